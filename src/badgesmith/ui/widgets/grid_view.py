"""A spreadsheet-like table: typing edits; Tab moves right and, past the last entry column, on to
the next row's first; Enter saves and goes to the next row's first entry column (a class list is
entered learner by learner, not column by column). The first column (the learner) can be frozen:
it stays in view while the grid scrolls sideways (Qt's "frozen column" overlay), on the left, or on
the right in a right-to-left layout."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QTableView,
    QWidget,
)


class GridView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(True)
        self.entry_columns: tuple[int, int] | None = None  # first and last column typed into, per row
        self.frozen: QTableView | None = None

    # ---------------------------------------------------------------- the frozen first column

    def freeze_first_column(self) -> None:
        """Keep column 0 in view: a second view of the same model and selection, showing only that
        column, laid over the grid's leading edge (left, or right when right to left) and scrolled
        with it."""
        frozen = QTableView(self)
        frozen.setObjectName("frozenColumn")
        frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        frozen.verticalHeader().hide()
        frozen.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        frozen.setFrameShape(QFrame.Shape.NoFrame)
        frozen.setAlternatingRowColors(self.alternatingRowColors())
        frozen.setSelectionMode(self.selectionMode())
        frozen.setVerticalScrollMode(self.verticalScrollMode())
        self.viewport().stackUnder(frozen)
        self.frozen = frozen
        self._frozen_edge()
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)  # (scrolled by pixels below)
        self.horizontalHeader().sectionResized.connect(self._frozen_width)
        self.verticalHeader().sectionResized.connect(lambda i, _o, size: frozen.setRowHeight(i, size))
        frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(frozen.verticalScrollBar().setValue)
        frozen.clicked.connect(lambda index: self.setCurrentIndex(self.model().index(index.row(), 1)))
        if self.model() is not None:
            self._attach(self.model())

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if self.frozen is not None and model is not None:
            self._attach(model)

    def _attach(self, model: QAbstractItemModel) -> None:
        assert self.frozen is not None
        self.frozen.setModel(model)
        self.frozen.setSelectionModel(self.selectionModel())
        model.modelReset.connect(self._frozen_columns)
        model.layoutChanged.connect(self._frozen_columns)
        self._frozen_columns()

    def _frozen_columns(self) -> None:
        if self.frozen is None or self.model() is None:
            return
        for col in range(self.model().columnCount()):
            self.frozen.setColumnHidden(col, col != 0)
        self.frozen.verticalHeader().setDefaultSectionSize(self.verticalHeader().defaultSectionSize())
        self._frozen_width()

    def _frozen_width(self, *_: object) -> None:
        if self.frozen is None:
            return
        self.frozen.setColumnWidth(0, self.columnWidth(0))
        self._frozen_geometry()

    def _frozen_geometry(self) -> None:
        """Over column 0 and its heading, beside the row numbers. Child geometry is not mirrored:
        right to left, column 0 (and the row numbers) are at the viewport's right."""
        if self.frozen is None:
            return
        port = self.viewport().geometry()
        width = self.columnWidth(0)
        header = self.horizontalHeader().height() if not self.horizontalHeader().isHidden() else 0
        x = port.x() + port.width() - width if self.isRightToLeft() else port.x()
        self.frozen.setGeometry(x, port.y() - header, width, port.height() + header)
        rows = self.verticalHeader().defaultSectionSize()
        if self.frozen.verticalHeader().defaultSectionSize() != rows:  # (set after freezing, too)
            self.frozen.verticalHeader().setDefaultSectionSize(rows)

    def _frozen_edge(self) -> None:
        """The line between the frozen column and the scrolling ones, on the side they meet."""
        if self.frozen is not None:
            side = "left" if self.isRightToLeft() else "right"
            self.frozen.setStyleSheet(f"QTableView {{ border-{side}: 1px solid palette(mid); }}")

    def updateGeometries(self) -> None:
        # headers and scroll bars settled (row numbers widened, a scroll bar came): follow the viewport
        super().updateGeometries()
        self._frozen_geometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._frozen_geometry()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._frozen_edge()
            self._frozen_geometry()

    def scrollTo(self, index: QModelIndex | QPersistentModelIndex,
                 hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible) -> None:
        if self.frozen is not None and index.column() == 0:  # the frozen column is always in view
            return self.scrollTo(self.model().index(index.row(), 1), hint)
        super().scrollTo(index, hint)
        if self.frozen is not None and index.isValid():
            # a cell under the frozen column is scrolled out from under it (towards column 0, which
            # is a lower scroll value in either direction)
            start = self.columnViewportPosition(index.column())
            if self.isRightToLeft():
                hidden = start + self.columnWidth(index.column()) - (self.viewport().width() - self.columnWidth(0))
            else:
                hidden = self.columnWidth(0) - start
            if hidden > 0:
                bar = self.horizontalScrollBar()
                bar.setValue(bar.value() - hidden)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        # Enter in an editor arrives as SubmitModelCache: save, then go down like a spreadsheet.
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self._move_down()
            return
        super().closeEditor(editor, hint)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != QAbstractItemView.State.EditingState:
            self._move_down()
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.state() != QAbstractItemView.State.EditingState:
            index = self.currentIndex()
            if index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEditable:
                self.model().setData(index, None, Qt.ItemDataRole.EditRole)
            return
        super().keyPressEvent(event)

    def _move_down(self) -> None:
        cur = self.currentIndex()
        if not cur.isValid():
            return
        column = self.entry_columns[0] if self.entry_columns else cur.column()
        below: QModelIndex = self.model().index(cur.row() + 1, column)
        if below.isValid():
            self.setCurrentIndex(below)

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """Tab past the last entry column wraps to the next row's first (Shift+Tab back likewise),
        instead of running into read-only columns."""
        cur = self.currentIndex()
        if self.entry_columns and cur.isValid():
            first, last = self.entry_columns
            model = self.model()
            if action == QAbstractItemView.CursorAction.MoveNext and cur.column() >= last:
                nxt = model.index(cur.row() + 1, first)
                return nxt if nxt.isValid() else cur
            if action == QAbstractItemView.CursorAction.MovePrevious and cur.column() <= first:
                prev = model.index(cur.row() - 1, last)
                return prev if prev.isValid() else cur
        return super().moveCursor(action, modifiers)
