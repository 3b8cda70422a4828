"""A spreadsheet-like table: typing edits; Tab moves right and, past the last entry column, on to
the next row's first; Enter saves and goes to the next row's first entry column (a class list is
entered learner by learner, not column by column)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableView, QWidget


class GridView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(True)
        self.entry_columns: tuple[int, int] | None = None  # first and last column typed into, per row

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
