"""The assessment grid: learners × criteria, saved as typed, with undo/redo and eligibility.

Columns: the learner, one per criterion, eligibility, the evidence note and the evidence URL.
Every accepted edit shows at once and is written as an operation (``assessment.save_result``
/ ``set_evidence``) on the worker; once saved it goes on a ``QUndoStack``, and undo and redo
write too. A value the service rejects is put back as it was: ``rejected`` carries the message
for the view to show. Loading a cohort is an operation too; ``loaded`` says when it is shown.

Several people may work on the same cohort: each save sends what the grid last saw of the cell,
and one that someone else changed meanwhile is refused (``stale`` says who and when) and the
grid reloads. ``poll`` (every few seconds, from the page) reloads it when anything changed, in
place: the current cell, the selection and cells being saved are kept.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QPalette, QUndoCommand, QUndoStack

from badgesmith.core.errors import ValidationError
from badgesmith.core.services import achievements, assessment, cohorts, pathway_awards
from badgesmith.core.services.assessment import (
    CellValue,
    Eligibility,
    Seen,
    StaleResult,
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
_SHOWN = object()  # write(): expect the cell the grid shows
log = logging.getLogger(__name__)
REFUSED_MARK = "⚠"  # before a value the grid did not save: told by more than its cell's colour


@dataclass
class GridRow:
    learner: LearnerInfo
    values: dict[int, str | None] = field(default_factory=dict)
    note: str | None = None
    url: str | None = None
    eligibility: Eligibility | None = None
    seen: dict[int, Seen] = field(default_factory=dict)  # the stored cells as read: their versions


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
                 old: str | None, new: str | None, label: str, stored: Seen | None) -> None:
        super().__init__(label)
        self.model, self.learner_id, self.column = model, learner_id, column
        self.old, self.new = old, new
        # the result as this command last stored it: undo and redo are refused, not forced, when
        # someone else changed the cell since
        self.stored = stored
        self._first = True  # the first redo happens in setData, before the push
        self._moving_back = False  # the stack is being put back after a refused undo or redo

    def redo(self) -> None:
        if self._first or self._moving_back:
            self._first = False
            return
        self._write(self.new, undoing=False)

    def undo(self) -> None:
        if self._moving_back:
            return
        self._write(self.old, undoing=True)

    def _write(self, value: str | None, undoing: bool) -> None:
        def stored(seen: Seen | None) -> None:
            self.stored = seen

        def refused(exc: BaseException) -> None:
            # QUndoStack moves when Undo is pressed, before the save answers: put it back (writing
            # nothing), so that Redo does not offer to re-make a change that was never undone. When
            # someone else changed the cell since, this change is history: it leaves the stack
            # (Qt deletes a command that is obsolete once moved), and the changes before it stay.
            # Deferred: an answer can come while the stack is still inside undo().
            QTimer.singleShot(0, self.model, lambda: put_back(isinstance(exc, StaleResult)))

        def put_back(obsolete: bool) -> None:
            stack = self.model.undo_stack
            at = stack.index() if undoing else stack.index() - 1
            if not (0 <= at < stack.count() and stack.command(at) is self):
                return  # something else was undone or done since
            self.setObsolete(obsolete)
            self._moving_back = True
            try:
                if undoing:
                    stack.redo()
                else:
                    stack.undo()
            finally:
                self._moving_back = False

        self.model.revisit(self.learner_id, self.column)
        if self.column in (NOTE, URL):
            self.model.write(self.learner_id, self.column, value, refused=refused)
        else:
            self.model.write(self.learner_id, self.column, value, then=stored, seen=self.stored, refused=refused)


@dataclass(frozen=True)
class _Loaded:
    cohort_id: int
    criteria: list[CriterionInfo]
    pass_mark: float | None
    assessor: str | None
    rows: list[GridRow]
    pathway: bool = False  # a pathway's cohort: eligibility is its requirements met, not the cells
    fingerprint: str = ""  # of what was read (assessment.cohort_fingerprint): polls compare it

    def shape(self) -> tuple[tuple[int, ...], tuple[int, ...], bool]:
        """What the grid's rows and columns are: a reload that keeps it can update cells in place."""
        return tuple(r.learner.id for r in self.rows), tuple(c.id for c in self.criteria), self.pathway


def _load(ws: Workspace, cohort_id: int) -> _Loaded:
    fingerprint = assessment.cohort_fingerprint(ws, cohort_id)  # first: a change while reading shows next time
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
            row.seen = {cid: Seen(cv.value, cv.assessed_at) for cid, cv in r.values.items()
                        if cv.value is not None and cv.assessed_at is not None}
            row.note, row.url = r.evidence_note, r.evidence_url
        row.eligibility = (_eligibility(criteria, pass_mark, row) if by_pathway is None else
                           by_pathway.get(learner.id, Eligibility(False, (
                               QCoreApplication.translate("AssessmentGridModel", "Not enrolled."),))))
        rows.append(row)
    return _Loaded(cohort_id, criteria, pass_mark, cohort.instructor, rows, by_pathway is not None, fingerprint)


def _set_seen(row: GridRow, criterion_id: int, seen: Seen | None) -> None:
    if seen is None:
        row.seen.pop(criterion_id, None)
    else:
        row.seen[criterion_id] = seen


def _eligibility(criteria: list[CriterionInfo], pass_mark: float | None, row: GridRow) -> Eligibility:
    values = {cid: CellValue(cid, v) for cid, v in row.values.items() if v is not None}
    return evaluate(criteria, pass_mark, values)


class AssessmentGridModel(QAbstractTableModel):
    rejected = Signal(str)  # a value that was not saved, and why
    stale = Signal(str)  # a save refused because someone else changed the cell: who and when
    saved = Signal()
    loaded = Signal()
    refreshed = Signal()  # other people's changes were put in place (rows and columns kept)
    revisited = Signal(QModelIndex)  # an undo or redo is writing this cell: the view goes there

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
        self.fingerprint = ""  # of the cohort as last read (see poll)
        self._saving: dict[tuple[int, str | int], int] = {}  # cells with saves under way: how many
        self._polling = False
        self.reloading = False  # True while a reload shows the same cohort anew: the view keeps its place

    # ------------------------------------------------------------------ loading

    def load(self, cohort_id: int | None) -> None:
        """Show ``cohort_id``'s grid (loaded as an operation; ``loaded`` when shown)."""
        self.cohort_id = cohort_id
        # (a workspace switch drops the answers of operations under way: nothing is waited for)
        self._polling = False
        self._saving.clear()
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
        self.fingerprint = loaded.fingerprint if loaded else ""
        self.endResetModel()
        self.loaded.emit()

    # ------------------------------------------------------------------ other people's changes

    def poll(self) -> None:
        """Ask (an operation) whether anyone changed the cohort since it was read; reload if so.
        Skipped while the worker is busy, a poll or a save is under way: the next one asks."""
        cohort_id = self.cohort_id
        if cohort_id is None or self._polling or self._saving or self.ops.runner.busy:
            return
        self._polling = True

        def answered(fingerprint: str) -> None:
            self._polling = False
            if cohort_id == self.cohort_id and fingerprint != self.fingerprint:
                self.refresh()

        def failed(exc: BaseException) -> None:  # (the server is away: the window says so when used)
            self._polling = False
            log.info("polling cohort %s failed: %s", cohort_id, exc)

        self.ops.run(None, lambda ws: assessment.cohort_fingerprint(ws, cohort_id), done=answered,
                     error=failed, owner=self)

    def refresh(self) -> None:
        """Read the cohort again and show it: in place when its learners and criteria are the same
        (the view keeps its current cell, selection and open editor; the undo history stays, its
        steps are checked like any save), else as a new load."""
        cohort_id = self.cohort_id
        if cohort_id is not None:
            self.ops.run(None, lambda ws: _load(ws, cohort_id), done=self._refreshed, owner=self)

    def _refreshed(self, loaded: _Loaded) -> None:
        if loaded.cohort_id != self.cohort_id:
            return
        now = _Loaded(self.cohort_id, self.criteria, self.pass_mark, self.assessor, self.rows, self.pathway)
        if loaded.shape() != now.shape():  # learners or criteria came or went: shown anew
            self.reloading = True
            try:
                self._show(loaded)
            finally:
                self.reloading = False
            return
        for row, fresh in zip(self.rows, loaded.rows, strict=True):
            busy = {key for (lid, key) in self._saving if lid == row.learner.id}
            for c in self.criteria:
                if c.id not in busy:  # a cell being saved shows what was typed until the save answers
                    row.values[c.id] = fresh.values.get(c.id)
                    _set_seen(row, c.id, fresh.seen.get(c.id))
            if not busy & {NOTE, URL}:
                row.note, row.url = fresh.note, fresh.url
            row.learner = fresh.learner
            row.eligibility = fresh.eligibility
            if busy:
                self._evaluate(row)  # with the values being saved
        self.fingerprint = loaded.fingerprint
        if self.rows:  # one range: a view repaints it, and leaves an open editor's text alone
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1))
        self.refreshed.emit()

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
        self.rejected.emit(self._about(row, key, reason))

    def _about(self, row: GridRow, key: str | int, reason: str) -> str:
        """A message about one cell, naming its learner and its column (the criterion)."""
        try:
            column = self.headerData(self._column_of(key), Qt.Orientation.Horizontal)
        except StopIteration:  # (the criterion went when the grid was read again)
            return self.tr("{learner}: {reason}").format(learner=row.learner.name, reason=reason)
        return self.tr("{learner}, {column}: {reason}").format(learner=row.learner.name, column=column, reason=reason)

    def _accept(self, row: GridRow, key: str | int) -> None:
        if self.refused.pop((row.learner.id, key), None) is not None:
            self._changed_cell(row, key)

    def revisit(self, learner_id: int, key: str | int) -> None:
        """Announce the cell an undo or redo changes, so that the trainer sees which it was."""
        r = next((i for i, row in enumerate(self.rows) if row.learner.id == learner_id), None)
        if r is not None and (key in (NOTE, URL) or any(c.id == key for c in self.criteria)):
            self.revisited.emit(self.index(r, self._column_of(key)))

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
              then: Callable[[Seen | None], None] | None = None, seen: Seen | None | object = _SHOWN,
              refused: Callable[[BaseException], None] | None = None) -> None:
        """Show one cell's new value and save it (an operation); used by edits, undo and redo.
        ``seen``: the version of the cell the save expects (default: the one the grid shows).
        When the save fails the cell goes back to what it was and ``rejected`` says why; when
        someone else changed the cell meanwhile it shows their value and ``stale`` says who.
        ``then`` gets the result as stored (None for evidence, or a cleared result); ``refused``
        gets the reason when the save is not made."""
        cohort_id, assessor = self.cohort_id, self.assessor
        row = next((row for row in self.rows if row.learner.id == learner_id), None)
        if cohort_id is None or row is None:
            return  # (the learner left the cohort meanwhile)
        before = (dict(row.values), row.note, row.url)
        save: Callable[[Workspace], Seen | None]
        if key in (NOTE, URL):
            shown = (row.note, row.url)
            self._put(row, key, value)
            note, url = row.note, row.url

            def save(ws: Workspace) -> Seen | None:
                assessment.set_evidence(ws, cohort_id, learner_id, note, url, assessor, seen=shown)
                return None
        else:
            criterion_id = int(key)
            expected = row.seen.get(criterion_id) if seen is _SHOWN else cast(Seen | None, seen)
            self._put(row, key, value)

            def save(ws: Workspace) -> Seen | None:
                return assessment.save_result(ws, cohort_id, learner_id, criterion_id, value, assessor,
                                              seen=expected)

        cell = (learner_id, key)
        self._saving[cell] = self._saving.get(cell, 0) + 1

        def settled() -> None:
            left = self._saving.pop(cell, 1) - 1
            if left:
                self._saving[cell] = left

        def saved(stored: Seen | None) -> None:
            settled()
            if key not in (NOTE, URL):
                _set_seen(row, int(key), stored)
                self._put(row, key, stored.value if stored else None)
            self._accept(row, key)
            self.saved.emit()
            if then is not None:
                then(stored)

        def failed(exc: BaseException) -> None:
            settled()
            row.values, row.note, row.url = before
            if refused is not None:
                refused(exc)
            if isinstance(exc, StaleResult):
                self._theirs(row, key, exc)
                return
            self._put(row, key, row.note if key == NOTE else row.url if key == URL else row.values.get(int(key)))
            self._refuse(row, key, value or "", user_message(exc))

        self.ops.run(None, save, changes=Change.RESULTS, done=saved, error=failed, owner=self)

    def _theirs(self, row: GridRow, key: str | int, exc: StaleResult) -> None:
        """Someone else changed the cell: show what is stored now, say who and when, and read the
        rest of the cohort again (they may have changed more)."""
        if key in (NOTE, URL):
            if isinstance(exc.current, tuple):
                row.note, row.url = exc.current
            self._put(row, key, row.note if key == NOTE else row.url)
        else:
            current = exc.current if isinstance(exc.current, Seen) else None
            _set_seen(row, int(key), current)
            self._put(row, key, current.value if current else None)
        self._accept(row, key)
        self.stale.emit(self._about(row, key, user_message(exc)))
        self.refresh()

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
        self.write(learner_id, key, new, then=lambda stored: self.undo_stack.push(
            _Edit(self, learner_id, key, old, new, label, stored)))
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
