"""The assessment grid: learners × criteria, saved as typed, with undo/redo and eligibility.

Columns: the learner, one per criterion, eligibility, the evidence note and the evidence URL.
Every accepted edit shows at once and is written as an operation (``assessment.record_result``
/ ``set_evidence``) on the worker; once saved it goes on a ``QUndoStack``, and undo and redo
write too. A value the service rejects is put back as it was: ``rejected`` carries the message
for the view to show. Loading a cohort is an operation too; ``loaded`` says when it is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QPalette, QUndoCommand, QUndoStack

from badgesmith.core.errors import ValidationError
from badgesmith.core.services import achievements, assessment, cohorts, pathway_awards
from badgesmith.core.services.assessment import (
    CellValue,
    Eligibility,
    evaluate,
    normalise_evidence_url,
    normalise_value,
)
from badgesmith.ui import colours
from badgesmith.ui.errors import user_message
from badgesmith.ui.i18n import say
from badgesmith.ui.ops import Change
from badgesmith.ui.widgets.common import tooltip

if TYPE_CHECKING:
    from badgesmith.core.services.assessment import CriterionInfo
    from badgesmith.core.services.learners import LearnerInfo
    from badgesmith.core.store.workspace import Workspace
    from badgesmith.ui.ops import Ops

Index = QModelIndex | QPersistentModelIndex
NOTE, URL = "note", "url"
REFUSED_MARK = "⚠"  # before a value the grid did not save: told by more than its cell's colour


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
        return (QCoreApplication.translate("AssessmentGridModel", "Score {low}–{high}").format(low=lo, high=hi)
                if (lo or hi) else QCoreApplication.translate("AssessmentGridModel", "Score"))
    if c.kind == "level":
        levels = " / ".join(c.levels)
        if c.required and c.required_level:
            return QCoreApplication.translate("AssessmentGridModel", "Level: {levels} (required: {level})").format(
                levels=levels, level=c.required_level)
        return QCoreApplication.translate("AssessmentGridModel", "Level: {levels}").format(levels=levels)
    #: name the pass and fail words of your language from core/words.py (STATUS_WORDS): the grid
    #: and imports accept those of every shipped language, and p / passed / f / failed too
    return QCoreApplication.translate("AssessmentGridModel", "Type p / passed / attended, or f / failed / absent")


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


@dataclass(frozen=True)
class _Loaded:
    cohort_id: int
    criteria: list[CriterionInfo]
    pass_mark: float | None
    assessor: str | None
    rows: list[GridRow]
    pathway: bool = False  # a pathway's cohort: eligibility is its requirements met, not the cells


def _load(ws: Workspace, cohort_id: int) -> _Loaded:
    cohort = cohorts.get_cohort(ws, cohort_id)
    spec = achievements.get_achievement(ws, cohort.achievement_id).spec
    pass_mark = spec.pass_mark if spec.rule == "score" else None
    criteria = assessment.criteria_for_cohort(ws, cohort_id)
    results = assessment.cohort_results(ws, cohort_id)
    by_pathway = pathway_awards.cohort_eligibility(ws, cohort_id)
    rows = []
    for learner in cohorts.roster(ws, cohort_id):
        r = results.get(learner.id)
        row = GridRow(learner)
        if r is not None:
            row.values = {cid: cv.value for cid, cv in r.values.items()}
            row.note, row.url = r.evidence_note, r.evidence_url
        row.eligibility = (_eligibility(criteria, pass_mark, row) if by_pathway is None else
                           by_pathway.get(learner.id, Eligibility(False, (
                               QCoreApplication.translate("AssessmentGridModel", "Not enrolled."),))))
        rows.append(row)
    return _Loaded(cohort_id, criteria, pass_mark, cohort.instructor, rows, by_pathway is not None)


def _eligibility(criteria: list[CriterionInfo], pass_mark: float | None, row: GridRow) -> Eligibility:
    values = {cid: CellValue(cid, v) for cid, v in row.values.items() if v is not None}
    return evaluate(criteria, pass_mark, values)


class AssessmentGridModel(QAbstractTableModel):
    rejected = Signal(str)  # a value that was not saved, and why
    saved = Signal()
    loaded = Signal()

    def __init__(self, ops: Ops, parent: Any = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.cohort_id: int | None = None
        self.criteria: list[CriterionInfo] = []
        self.pass_mark: float | None = None
        self.rows: list[GridRow] = []
        self.assessor: str | None = None
        self.pathway = False
        self.undo_stack = QUndoStack(self)
        # values the grid refused, shown in their cells (red) until fixed: (learner id, column key)
        # -> (what was typed, why it was refused)
        self.refused: dict[tuple[int, str | int], tuple[str, str]] = {}

    # ------------------------------------------------------------------ loading

    def load(self, cohort_id: int | None) -> None:
        """Show ``cohort_id``'s grid (loaded as an operation; ``loaded`` when shown)."""
        self.cohort_id = cohort_id
        if cohort_id is None:
            self._show(None)
            return
        self.ops.run(None, lambda ws: _load(ws, cohort_id), done=self._show, owner=self)

    def _show(self, loaded: _Loaded | None) -> None:
        if loaded is not None and loaded.cohort_id != self.cohort_id:
            return  # another cohort was chosen meanwhile
        self.beginResetModel()
        self.undo_stack.clear()
        self.refused.clear()
        self.rows = loaded.rows if loaded else []
        self.criteria = loaded.criteria if loaded else []
        self.pass_mark = loaded.pass_mark if loaded else None
        self.assessor = loaded.assessor if loaded else None
        self.pathway = loaded.pathway if loaded else False
        self.endResetModel()
        self.loaded.emit()

    def _evaluate(self, row: GridRow) -> None:
        if not self.pathway:  # a pathway's eligibility comes from credentials, never from cells
            row.eligibility = _eligibility(self.criteria, self.pass_mark, row)

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

    # ------------------------------------------------------------------ refused values

    def _refuse(self, row: GridRow, key: str | int, text: str, reason: str) -> None:
        self.refused[(row.learner.id, key)] = (text, reason)
        self._changed_cell(row, key)
        self.rejected.emit(self.tr("{learner}: {reason}").format(learner=row.learner.name, reason=reason))

    def _accept(self, row: GridRow, key: str | int) -> None:
        if self.refused.pop((row.learner.id, key), None) is not None:
            self._changed_cell(row, key)

    def _column_of(self, key: str | int) -> int:
        if key == NOTE:
            return self.note_column
        if key == URL:
            return self.url_column
        return 1 + next(i for i, c in enumerate(self.criteria) if c.id == key)

    def _changed_cell(self, row: GridRow, key: str | int) -> None:
        if row in self.rows:
            index = self.index(self.rows.index(row), self._column_of(key))
            self.dataChanged.emit(index, index)

    def refusal_summary(self) -> str | None:
        """What is still refused, in one line (None when every typed value was saved)."""
        if not self.refused:
            return None
        names = {r.learner.id: r.learner.name for r in self.rows}
        (learner_id, _key), (text, reason) = next(reversed(self.refused.items()))
        name = names.get(learner_id, "")
        if len(self.refused) > 1:
            return self.tr("{learner}: “{text}” was not saved — {reason} (%n values in red are not saved)", "",
                           len(self.refused)).format(learner=name, text=text, reason=reason)
        return self.tr("{learner}: “{text}” was not saved — {reason}").format(learner=name, text=text, reason=reason)

    # ------------------------------------------------------------------ writing

    def write(self, learner_id: int, key: str | int, value: str | None,
              then: Callable[[], None] | None = None) -> None:
        """Show one cell's new value and save it (an operation); used by edits, undo and redo.
        When the save fails the cell goes back to what it was and ``rejected`` says why."""
        cohort_id, assessor = self.cohort_id, self.assessor
        if cohort_id is None:
            return
        row = next(row for row in self.rows if row.learner.id == learner_id)
        before = (dict(row.values), row.note, row.url)
        self._put(row, key, value)
        if key in (NOTE, URL):
            note, url = row.note, row.url

            def save(ws: Workspace) -> str | None:
                assessment.set_evidence(ws, cohort_id, learner_id, note, url, assessor)
                return None
        else:
            criterion_id = int(key)

            def save(ws: Workspace) -> str | None:
                return assessment.record_result(ws, cohort_id, learner_id, criterion_id, value, assessor)

        def saved(stored: str | None) -> None:
            if key not in (NOTE, URL):
                self._put(row, key, stored)
            self._accept(row, key)
            self.saved.emit()
            if then is not None:
                then()

        def failed(exc: BaseException) -> None:
            row.values, row.note, row.url = before
            self._put(row, key, row.note if key == NOTE else row.url if key == URL else row.values.get(int(key)))
            self._refuse(row, key, value or "", user_message(exc))

        self.ops.run(None, save, changes=Change.RESULTS, done=saved, error=failed, owner=self)

    def _put(self, row: GridRow, key: str | int, value: str | None) -> None:
        if row not in self.rows:
            return  # the grid was reloaded meanwhile
        r = self.rows.index(row)
        if key == NOTE:
            row.note = (value or "").strip() or None
        elif key == URL:
            row.url = (value or "").strip() or None
        else:
            row.values[int(key)] = value
            self._evaluate(row)
            self.dataChanged.emit(self.index(r, self.eligible_column), self.index(r, self.eligible_column))
        self._changed_cell(row, key)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        key = self._key(index.column()) if index.isValid() else None
        if key is None or role != Qt.ItemDataRole.EditRole:
            return False
        row = self.rows[index.row()]
        text = None if value is None else str(value)
        try:  # a value the column does not accept is said at once, and nothing is saved
            if key in (NOTE, URL):
                old = row.note if key == NOTE else row.url
                new = ((text or "").strip() or None) if key == NOTE else normalise_evidence_url(text)
                label = self.tr("evidence for {learner}").format(learner=row.learner.name)
            else:
                c = self.criteria[index.column() - 1]
                old = row.values.get(c.id)
                new = normalise_value(c, text)
                label = self.tr("{criterion} for {learner}").format(criterion=c.name, learner=row.learner.name)
        except ValidationError as exc:
            self._refuse(row, key, text or "", user_message(exc))
            return False
        if new == old:
            self._accept(row, key)  # typed back what is saved: nothing is refused any more
            return True
        learner_id = row.learner.id
        self.write(learner_id, key, new, then=lambda: self.undo_stack.push(
            _Edit(self, learner_id, key, old, new, label)))
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
                # the reasons are sentences: joined as sentences ("Theory test. Practical…"), not with ";"
                if el.eligible:
                    return self.tr("✓ eligible")
                return self.tr("✗ {reasons}").format(reasons=" ".join(map(say, el.reasons))) if el.reasons else "✗"
            if role == Qt.ItemDataRole.ToolTipRole:
                return tooltip(self.tr("Eligible for the credential.") if el.eligible else "\n".join(map(say, el.reasons)))
            if role == Qt.ItemDataRole.ForegroundRole:
                return colours.status(colours.GOOD if el.eligible else colours.ATTENTION, QPalette.ColorRole.Base)
            return None
        key = self._key(col)
        if key == NOTE:
            value = row.note
        elif key == URL:
            value = row.url
        else:
            value = row.values.get(key)  # type: ignore[arg-type]
        refused = self.refused.get((row.learner.id, key)) if key is not None else None
        if refused is not None:  # shown until fixed, so that a refused value is never missed
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{REFUSED_MARK} {refused[0]}"
            if role == Qt.ItemDataRole.EditRole:
                return refused[0]
            if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
                background, text = colours.refused_cell()
                return background if role == Qt.ItemDataRole.BackgroundRole else text
            if role == Qt.ItemDataRole.ToolTipRole:
                return tooltip(self.tr("Not saved: {reason}").format(reason=refused[1]))
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
                return self.tr("Learner")
            if section <= n:
                c = self.criteria[section - 1]
                return c.name if c.required else self.tr("{criterion} (optional)").format(criterion=c.name)
            return (self.tr("Eligibility"), self.tr("Evidence note"), self.tr("Evidence link"))[section - n - 1]
        if role == Qt.ItemDataRole.ToolTipRole and 1 <= section <= n:
            return tooltip(describe(self.criteria[section - 1]))
        return None
