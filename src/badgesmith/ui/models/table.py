"""A read-only table model over a list of plain rows, described by named columns."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QPalette

from badgesmith.ui import colours
from badgesmith.ui.widgets.common import tooltip

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's dataclass
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column(Generic[T]):
    name: str  # stable key used by code and tests
    header: str  # shown as is, or translated in the model's ``context`` when it has one
    text: Callable[[T], str]
    tooltip: Callable[[T], str | None] | None = None
    foreground: Callable[[T], str | None] | None = None  # what the text's colour says: colours.GOOD…
    align_right: bool = False


class RowsModel(QAbstractTableModel, Generic[T]):
    def __init__(self, columns: Sequence[Column[T]], rows: Sequence[T] = (), parent: Any = None,
                 context: str | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        # headers marked with QT_TRANSLATE_NOOP(context, ...) are translated when shown
        self.context = context
        self._rows: list[T] = list(rows)

    # -- plain access for code and tests
    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, row: int) -> T:
        return self._rows[row]

    def column_index(self, name: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.name == name)

    def text(self, row: int, name: str) -> str:
        return str(self.data(self.index(row, self.column_index(name))))

    # -- Qt
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item, col = self._rows[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return col.text(item)
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip is not None:
            return tooltip(col.tooltip(item))  # user data: shown literally, never as HTML
        if role == Qt.ItemDataRole.ForegroundRole and col.foreground is not None:
            kind = col.foreground(item)
            return colours.status(kind, QPalette.ColorRole.Base) if kind else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return item
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            header = self.columns[section].header
            return QCoreApplication.translate(self.context, header) if self.context else header
        return None
