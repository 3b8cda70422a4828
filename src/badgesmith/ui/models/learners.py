"""Learners, fetched lazily a page at a time so 100,000 rows scroll smoothly."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from badgesmith.core.services import learners
from badgesmith.ui.models.table import ROW_ROLE

if TYPE_CHECKING:
    from badgesmith.core.services.learners import LearnerInfo
    from badgesmith.ui.ops import Ops

    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...  # the stub says object; it is the text
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
# (field, header): headers are translated when shown
COLUMNS = (("name", QT_TRANSLATE_NOOP("LearnersModel", "Name")), ("email", QT_TRANSLATE_NOOP("LearnersModel", "E-mail")),
           ("student_number", QT_TRANSLATE_NOOP("LearnersModel", "Student number")))
PAGE = 500


class LearnersModel(QAbstractTableModel):
    """Rows come from ``learners.list_learners`` in pages; the total from ``count_learners``.
    A new search runs on the worker (counting the matches among 100,000 learners takes a moment;
    ``reloaded`` says when it is shown); each further page is an indexed read of a few
    milliseconds, done as a quick read (ops.read)."""

    reloaded = Signal()

    def __init__(self, ops: Ops, parent: Any = None, page: int = PAGE) -> None:
        super().__init__(parent)
        self.ops = ops
        self.page = page
        self.search = ""
        self.by_last_name = False
        self.total = 0
        self._rows: list[LearnerInfo] = []
        self._generation = 0  # only the newest search is shown

    def reload(self, search: str | None = None) -> None:
        if search is not None:
            self.search = search
        text, page, by_last = self.search, self.page, self.by_last_name

        def first_page(ws: Any) -> tuple[int, list[LearnerInfo]]:
            total = learners.count_learners(ws, text)
            return total, learners.list_learners(ws, text, 0, min(page, total or page), by_last_name=by_last)

        self._generation += 1
        generation = self._generation

        def show(result: tuple[int, list[LearnerInfo]]) -> None:
            if generation != self._generation:
                return
            self.beginResetModel()
            self.total, self._rows = result
            self.endResetModel()
            self.reloaded.emit()

        self.ops.run(None, first_page, done=show, owner=self)

    def learner_at(self, row: int) -> LearnerInfo:
        return self._rows[row]

    def column_index(self, name: str) -> int:
        return next(i for i, (n, _h) in enumerate(COLUMNS) if n == name)

    # -- Qt
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        start, text, page, by_last = len(self._rows), self.search, self.page, self.by_last_name
        batch = self.ops.read(None, lambda ws: learners.list_learners(ws, text, start, page,
                                                                      by_last_name=by_last)) or []
        if not batch:
            self.total = start  # the table shrank under us
            return
        self.beginInsertRows(QModelIndex(), start, start + len(batch) - 1)
        self._rows.extend(batch)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return getattr(item, COLUMNS[index.column()][0]) or ""
        if role == ROW_ROLE:
            return item
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(COLUMNS[section][1])
        return None
