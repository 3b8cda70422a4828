"""The assessment grid: learners × criteria, saved as typed, with undo/redo and eligibility.

Columns: the learner, one per criterion, eligibility, the evidence note and the evidence URL.
Every accepted edit is written at once through ``assessment.record_result`` /
``set_evidence`` and pushed on a ``QUndoStack``; undo and redo write too. A value the
service rejects is not saved: ``rejected`` carries the message for the view to show.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QUndoCommand, QUndoStack

from badgesmith.ui.widgets.common import tooltip

if TYPE_CHECKING:
    from badgesmith.core.services.assessment import CriterionInfo, Eligibility
    from badgesmith.core.services.learners import LearnerInfo
    from badgesmith.core.store.workspace import Workspace

Index = QModelIndex | QPersistentModelIndex
NOTE, URL = "note", "url"
ELIGIBLE_COLOUR, NOT_ELIGIBLE_COLOUR = "#1B7F3B", "#9A3412"


@dataclass
class GridRow:
    learner: LearnerInfo
    values: dict[int, str | None] = field(default_factory=dict)
    note: str | None = None
    url: str | None = None
    eligibility: Eligibility | None = None


def describe(c: CriterionInfo) -> str:
    """What may be typed in a criterion's column, for its header tooltip."""
    if c.kind == "score":
        lo = "" if c.min_value is None else f"{c.min_value:g}"
        hi = "" if c.max_value is None else f"{c.max_value:g}"
        return f"Score {lo}–{hi}" if (lo or hi) else "Score"
    if c.kind == "level":
        need = f" (required: {c.required_level})" if c.required and c.required_level else ""
        return "Level: " + " / ".join(c.levels) + need
    return "Type p / passed / attended, or f / failed / absent"


class _Edit(QUndoCommand):
    def __init__(self, model: AssessmentGridModel, learner_id: int, column: str | int,
                 old: str | None, new: str | None, label: str) -> None:
        super().__init__(label)
        self.model, self.learner_id, self.column = model, learner_id, column
        self.old, self.new = old, new
        self._first = True  # the first redo happens in setData, before the push

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.model.write(self.learner_id, self.column, self.new)

    def undo(self) -> None:
        self.model.write(self.learner_id, self.column, self.old)


class AssessmentGridModel(QAbstractTableModel):
    rejected = Signal(str)  # a value that was not saved, and why
    saved = Signal()

    def __init__(self, ws: Workspace, parent: Any = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.cohort_id: int | None = None
        self.criteria: list[CriterionInfo] = []
        self.pass_mark: float | None = None
        self.rows: list[GridRow] = []
        self.assessor: str | None = None
        self.undo_stack = QUndoStack(self)

    # ------------------------------------------------------------------ loading

    def load(self, cohort_id: int | None) -> None:
        from badgesmith.core.services import achievements, assessment, cohorts

        self.beginResetModel()
        self.undo_stack.clear()
        self.cohort_id = cohort_id
        self.rows, self.criteria, self.pass_mark = [], [], None
        if cohort_id is not None:
            cohort = cohorts.get_cohort(self.ws, cohort_id)
            spec = achievements.get_achievement(self.ws, cohort.achievement_id).spec
            self.pass_mark = spec.pass_mark if spec.rule == "score" else None
            self.assessor = cohort.instructor
            self.criteria = assessment.criteria_for_cohort(self.ws, cohort_id)
            results = assessment.cohort_results(self.ws, cohort_id)
            for learner in cohorts.roster(self.ws, cohort_id):
                r = results.get(learner.id)
                row = GridRow(learner)
                if r is not None:
                    row.values = {cid: cv.value for cid, cv in r.values.items()}
                    row.note, row.url = r.evidence_note, r.evidence_url
                self._evaluate(row)
                self.rows.append(row)
        self.endResetModel()

    def _evaluate(self, row: GridRow) -> None:
        from badgesmith.core.services.assessment import CellValue, evaluate

        values = {cid: CellValue(cid, v) for cid, v in row.values.items() if v is not None}
        row.eligibility = evaluate(self.criteria, self.pass_mark, values)

    # ------------------------------------------------------------------ columns

    @property
    def eligible_column(self) -> int:
        return 1 + len(self.criteria)

    @property
    def note_column(self) -> int:
        return self.eligible_column + 1

    @property
    def url_column(self) -> int:
        return self.eligible_column + 2

    def criterion_column(self, name: str) -> int:
        return 1 + next(i for i, c in enumerate(self.criteria) if c.name == name)

    def _key(self, column: int) -> str | int | None:
        """Criterion id, NOTE, URL, or None for read-only columns."""
        if 1 <= column <= len(self.criteria):
            return self.criteria[column - 1].id
        if column == self.note_column:
            return NOTE
        if column == self.url_column:
            return URL
        return None

    # ------------------------------------------------------------------ writing

    def write(self, learner_id: int, key: str | int, value: str | None) -> None:
        """Save one cell through the services and show it (used by edits, undo and redo)."""
        from badgesmith.core.services import assessment

        assert self.cohort_id is not None
        r = next(i for i, row in enumerate(self.rows) if row.learner.id == learner_id)
        row = self.rows[r]
        if key in (NOTE, URL):
            note = value if key == NOTE else row.note
            url = value if key == URL else row.url
            assessment.set_evidence(self.ws, self.cohort_id, learner_id, note, url, self.assessor)
            row.note, row.url = (note or "").strip() or None, (url or "").strip() or None
            col = self.note_column if key == NOTE else self.url_column
        else:
            assert isinstance(key, int)
            row.values[key] = assessment.record_result(self.ws, self.cohort_id, learner_id, key, value,
                                                       self.assessor)
            self._evaluate(row)
            col = 1 + next(i for i, c in enumerate(self.criteria) if c.id == key)
            self.dataChanged.emit(self.index(r, self.eligible_column), self.index(r, self.eligible_column))
        self.dataChanged.emit(self.index(r, col), self.index(r, col))
        self.saved.emit()

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        from badgesmith.core.services.assessment import normalise_value
        from badgesmith.ui.errors import user_message

        key = self._key(index.column()) if index.isValid() else None
        if key is None or role != Qt.ItemDataRole.EditRole:
            return False
        row = self.rows[index.row()]
        text = None if value is None else str(value)
        if key in (NOTE, URL):
            old = row.note if key == NOTE else row.url
            new = (text or "").strip() or None
            label = "evidence"
        else:
            c = self.criteria[index.column() - 1]
            old = row.values.get(c.id)
            try:
                new = normalise_value(c, text)
            except Exception as exc:
                self.rejected.emit(f"{row.learner.name}: {user_message(exc)}")
                return False
            label = c.name
        if new == old:
            return True
        try:
            self.write(row.learner.id, key, new)
        except Exception as exc:
            self.rejected.emit(f"{row.learner.name}: {user_message(exc)}")
            return False
        self.undo_stack.push(_Edit(self, row.learner.id, key, old, new, f"{label} for {row.learner.name}"))
        return True

    # ------------------------------------------------------------------ Qt

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.cohort_id is None else len(self.criteria) + 4

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._key(index.column()) is not None:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, col = self.rows[index.row()], index.column()
        el = row.eligibility
        if col == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return row.learner.name
            if role == Qt.ItemDataRole.ToolTipRole:
                return tooltip(row.learner.email)
            return None
        if col == self.eligible_column:
            if el is None:
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return "✓ eligible" if el.eligible else f"✗ {'; '.join(el.reasons)}" if el.reasons else "✗"
            if role == Qt.ItemDataRole.ToolTipRole:
                return tooltip("Eligible for the credential." if el.eligible else "\n".join(el.reasons))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(ELIGIBLE_COLOUR if el.eligible else NOT_ELIGIBLE_COLOUR)
            return None
        key = self._key(col)
        if key == NOTE:
            value = row.note
        elif key == URL:
            value = row.url
        else:
            value = row.values.get(key)  # type: ignore[arg-type]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return value or ""
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(key, int):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(section + 1)
            return None
        n = len(self.criteria)
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return "Learner"
            if section <= n:
                c = self.criteria[section - 1]
                return c.name + ("" if c.required else " (optional)")
            return ("Eligibility", "Evidence note", "Evidence link")[section - n - 1]
        if role == Qt.ItemDataRole.ToolTipRole and 1 <= section <= n:
            return tooltip(describe(self.criteria[section - 1]))
        return None
