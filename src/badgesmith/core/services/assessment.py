"""Recording assessment results and computing eligibility from an achievement's rule.

Rules (per achievement version):
  * every *required* status criterion must read Completed (passed / attended);
  * every *required* rubric criterion must reach its required level (or any level if none);
  * with a pass mark, the sum of the score criteria must be at or above it, and each score
    must have been recorded.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, func, select, text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from badgesmith.core.errors import BadgesmithError, NotFound, ValidationError
from badgesmith.core.said import QT_TRANSLATE_NOOP, said
from badgesmith.core.services.achievements import current_version
from badgesmith.core.services.cohorts import roster
from badgesmith.core.services.csv_export import write_csv
from badgesmith.core.services.csv_style import CsvStyle
from badgesmith.core.services.shared_database import who_is
from badgesmith.core.store.locking import advisory_xact_lock, begin_write
from badgesmith.core.store.models import (
    AchievementVersion,
    AssessmentResult,
    Cohort,
    Criterion,
    Enrolment,
    Evidence,
    utcnow,
)
from badgesmith.core.store.workspace import Workspace
from badgesmith.core.values import (
    STATUS_HELP,
    InvalidUrl,
    format_number,
    normalise_url,
    parse_number,
    parse_status,
)

COMPLETED, FAILED = "Completed", "Failed"


@dataclass(frozen=True)
class CriterionInfo:
    id: int
    name: str
    kind: str
    min_value: float | None
    max_value: float | None
    required: bool
    required_level: str | None
    levels: tuple[str, ...]


@dataclass(frozen=True)
class CellValue:
    criterion_id: int
    value: str | None  # the score as text, the status, or the level name
    assessor: str | None = None
    assessed_at: datetime | None = None


@dataclass(frozen=True)
class Eligibility:
    eligible: bool
    reasons: tuple[str, ...] = ()  # why not, one plain sentence each (a ``Said``: the app translates it)
    # the criteria whose recorded value does not meet them (``meets``; with a pass mark on the
    # total, every score criterion when the total falls short): what the overview counts
    unmet: frozenset[int] = frozenset()


@dataclass
class LearnerResults:
    learner_id: int
    values: dict[int, CellValue] = field(default_factory=dict)
    evidence_note: str | None = None
    evidence_url: str | None = None


def criteria_for_cohort(ws: Workspace, cohort_id: int) -> list[CriterionInfo]:
    with ws.read_session() as s:
        return [_criterion_info(c) for c in _version_for_cohort(s, cohort_id).criteria]


def _criterion_info(c: Criterion) -> CriterionInfo:
    return CriterionInfo(c.id, c.name, c.kind, c.min_value, c.max_value, c.required,
                         c.required_level, tuple(lv.name for lv in c.levels))


def _version_for_cohort(s: Session, cohort_id: int) -> AchievementVersion:
    cohort = s.get(Cohort, cohort_id)
    if cohort is None:
        raise NotFound(f"There is no cohort with id {cohort_id}.")
    return current_version(s, cohort.achievement_id)


def normalise_value(c: CriterionInfo, raw: str | None) -> str | None:
    """Check a typed value for a criterion; return its stored form or raise ValidationError."""
    if raw is None or not str(raw).strip():
        return None
    text = str(raw).strip()
    if c.kind == "score":
        num = parse_number(text)  # the importer's rules: "7,5", "1 234,5"...
        if num is None:
            raise ValidationError(f"{c.name}: '{text}' is not a number.")
        if (c.min_value is not None and num < c.min_value) or (c.max_value is not None and num > c.max_value):
            raise ValidationError(f"{c.name}: {text} is outside {_fmt(c.min_value)}–{_fmt(c.max_value)}.")
        return _fmt(num)
    if c.kind == "level":
        for lv in c.levels:
            if lv.casefold() == text.casefold():
                return lv
        raise ValidationError(f"{c.name}: '{text}' is not one of the levels ({', '.join(c.levels)}).")
    passed = parse_status(text)  # the same pass/fail and attendance words as an import
    if passed is not None:
        return COMPLETED if passed else FAILED
    raise ValidationError(f"{c.name}: '{text}' is not a result; {STATUS_HELP}.")


def _fmt(x: float | None) -> str:
    return "…" if x is None else format_number(x)


def record_result(
    ws: Workspace, cohort_id: int, learner_id: int, criterion_id: int, value: str | None,
    assessor: str | None = None,
) -> str | None:
    """Save one cell as typed (``None`` clears it), whatever is stored: the last writer wins (a
    script's or an import's way; the grid saves with ``save_result``). Returns the stored value."""
    return record_results(ws, cohort_id, [(learner_id, criterion_id, value)], assessor)[0]


def record_results(
    ws: Workspace, cohort_id: int, cells: list[tuple[int, int, str | None]], assessor: str | None = None,
) -> list[str | None]:
    """Save many cells in one transaction: all of them or, on any bad value, none."""
    with ws.session() as s:
        return record_in_session(s, cohort_id, [(lid, cid, v, assessor) for lid, cid, v in cells])


def record_in_session(
    s: Session, cohort_id: int, cells: list[tuple[int, int, str | None, str | None]],
    assessed_at: datetime | None = None,
) -> list[str | None]:
    """Save (learner, criterion, value, assessor) cells in the caller's transaction, the last
    writer winning: a cell another person saved meanwhile is overwritten (what an import of a
    results file means), and one they added meanwhile is updated rather than refused."""
    criteria = _criteria_of(s, cohort_id)
    enrolled = set(s.scalars(select(Enrolment.learner_id).where(Enrolment.cohort_id == cohort_id)))
    by = changed_by(s)
    now = assessed_at or utcnow()
    upserts: dict[tuple[int, int], dict[str, object]] = {}
    cleared: set[tuple[int, int]] = set()
    stored: list[str | None] = []
    for learner_id, criterion_id, raw, assessor in cells:
        value, level_id = _checked_cell(criteria, enrolled, learner_id, criterion_id, raw)
        key = (learner_id, criterion_id)
        if value is None:
            upserts.pop(key, None)
            cleared.add(key)
        else:
            cleared.discard(key)
            upserts[key] = {"cohort_id": cohort_id, "learner_id": learner_id, "criterion_id": criterion_id,
                            "value": value, "level_id": level_id, "assessor": assessor, "assessed_at": now,
                            "changed_by": by}
        stored.append(value)
    table = _RESULTS
    if cleared:
        s.execute(delete(table).where(table.c.cohort_id == bindparam("c"), table.c.learner_id == bindparam("l"),
                                      table.c.criterion_id == bindparam("k")),
                  [{"c": cohort_id, "l": lid, "k": cid} for lid, cid in cleared])
    if upserts:
        stmt = _insert(s, table)
        s.execute(stmt.on_conflict_do_update(
            index_elements=["cohort_id", "learner_id", "criterion_id"],
            set_={col: stmt.excluded[col] for col in ("value", "level_id", "assessor", "assessed_at", "changed_by")}),
            list(upserts.values()))
    return stored


# --- saving from the grid: nothing another person saved is ever overwritten unseen ---------------


@dataclass(frozen=True)
class Seen:
    """A stored cell as the grid last read it: its value and when it was saved. The grid sends it
    with each save (``None`` for a cell it showed empty); it is the cell's version."""

    value: str
    assessed_at: datetime


class StaleResult(BadgesmithError):
    """The cell changed since the grid read it (another person, window or import saved it): the
    save was refused. ``current`` is the cell as stored now, for the grid to show: a ``Seen`` or
    None (empty) for a result, the (note, link) pair for evidence."""

    def __init__(self, message: str, current: object) -> None:
        super().__init__(message)
        self.current = current


def save_result(
    ws: Workspace, cohort_id: int, learner_id: int, criterion_id: int, value: str | None,
    assessor: str | None = None, *, seen: Seen | None,
) -> Seen | None:
    """Save one cell typed in the grid (``None`` clears it), unless the stored cell is no longer
    ``seen``, what the grid showed: then :class:`StaleResult` says who changed it and when. The
    check and the write are one step (the row, or on SQLite the database, is locked between them),
    so of two people saving the same cell at once, one is refused. Returns the cell as stored."""
    with ws.session() as s:
        begin_write(s)
        enrolled = set(s.scalars(select(Enrolment.learner_id).where(Enrolment.cohort_id == cohort_id,
                                                                    Enrolment.learner_id == learner_id)))
        stored, level_id = _checked_cell(_criteria_of(s, cohort_id), enrolled, learner_id, criterion_id, value)
        key = (AssessmentResult.cohort_id == cohort_id, AssessmentResult.learner_id == learner_id,
               AssessmentResult.criterion_id == criterion_id)
        row = s.execute(select(AssessmentResult.id, AssessmentResult.value, AssessmentResult.assessed_at,
                               AssessmentResult.changed_by).where(*key).with_for_update()).first()
        current = Seen(row.value, row.assessed_at) if row is not None else None
        if current != seen:
            if (current.value if current else None) == stored:
                return current  # they saved what was typed here: nothing of theirs is lost
            raise StaleResult(_stale_said(row.changed_by if row else None, current, changed_by(s)), current)
        table = _RESULTS
        if stored is None:
            if row is not None:
                s.execute(delete(table).where(table.c.id == row.id))
            return None
        now, me = utcnow(), changed_by(s)
        values = {"value": stored, "level_id": level_id, "assessor": assessor, "assessed_at": now, "changed_by": me}
        if row is not None:
            s.execute(update(table).where(table.c.id == row.id).values(**values))
        else:
            added = s.execute(_insert(s, table).values(
                cohort_id=cohort_id, learner_id=learner_id, criterion_id=criterion_id, **values)
                .on_conflict_do_nothing().returning(table.c.id)).first()
            if added is None:  # another person added this cell since the grid read it empty
                theirs = s.execute(select(AssessmentResult.value, AssessmentResult.assessed_at,
                                          AssessmentResult.changed_by).where(*key)).one()
                current = Seen(theirs.value, theirs.assessed_at)
                if theirs.value == stored:
                    return current
                raise StaleResult(_stale_said(theirs.changed_by, current, me), current)
        return Seen(stored, now)


def _stale_said(who: str | None, current: Seen | None, me: str) -> str:
    """Why a save was refused: who changed the cell (``me``: the one saving, in another window)
    and when."""
    if current is None:
        return said(QT_TRANSLATE_NOOP("core", "Someone else cleared this result meanwhile; the grid now shows it "
                                              "empty."))
    if who is None:  # saved before Badgesmith recorded who saves (schema 0012)
        return said(QT_TRANSLATE_NOOP("core", "Someone else changed this result at {when}; the grid now shows "
                                              "their value."), when=current.assessed_at)
    if who == me:
        return said(QT_TRANSLATE_NOOP("core", "You changed this result at {when}, in another window or program; "
                                              "the grid now shows that value."), when=current.assessed_at)
    return said(QT_TRANSLATE_NOOP("core", "{person} changed this result at {when}; the grid now shows their "
                                          "value."), person=who, when=current.assessed_at)


def changed_by(s: Session) -> str:
    """Who is saving, as recorded with a result (``shared_database.who_is``, for a session)."""
    return who_is(s.info.get("user"))


def _criteria_of(s: Session, cohort_id: int) -> dict[int, Criterion]:
    return {c.id: c for c in _version_for_cohort(s, cohort_id).criteria}


def _checked_cell(criteria: dict[int, Criterion], enrolled: set[int], learner_id: int, criterion_id: int,
                  raw: str | None) -> tuple[str | None, int | None]:
    """The value as stored and its level's id; ValidationError for a cell that cannot be saved."""
    c = criteria.get(criterion_id)
    if c is None:
        raise ValidationError("That criterion does not belong to this cohort's achievement.")
    if learner_id not in enrolled:
        raise ValidationError("That learner is not enrolled in this cohort.")
    value = normalise_value(_criterion_info(c), raw)
    level_id = None
    if value is not None and c.kind == "level":
        level_id = next(lv.id for lv in c.levels if lv.name == value)
    return value, level_id


_RESULTS = cast(Table, AssessmentResult.__table__)


def _insert(s: Session, table: Table) -> Any:
    """An INSERT of the session's engine that can say ON CONFLICT (both engines have it)."""
    return pg_insert(table) if s.get_bind().dialect.name == "postgresql" else sqlite_insert(table)


def normalise_evidence_url(url: str | None) -> str | None:
    """A typed evidence link as stored (None when empty); ValidationError when it is not one
    (the importer's rule: values.normalise_url)."""
    try:
        return normalise_url(url)
    except InvalidUrl as exc:
        raise ValidationError(exc.message) from None


def set_evidence(ws: Workspace, cohort_id: int, learner_id: int, note: str | None, url: str | None,
                 assessor: str | None = None, *, seen: tuple[str | None, str | None] | None = None) -> None:
    """Save a learner's evidence note and link. With ``seen`` (the note and link the grid showed),
    refused as :class:`StaleResult` when someone else saved different ones meanwhile."""
    note = (note or "").strip() or None
    url = normalise_evidence_url(url)
    with ws.session() as s:
        # one writer of a learner's evidence at a time: two saving it at once would add two rows
        advisory_xact_lock(s, f"evidence:{cohort_id}:{learner_id}")
        if seen is not None:
            ev = s.execute(select(Evidence.note, Evidence.url, Evidence.recorded_at).where(
                Evidence.cohort_id == cohort_id, Evidence.learner_id == learner_id)).first()
            current = (ev.note, ev.url) if ev is not None else (None, None)
            if current == (note, url):
                return  # they saved what was typed here
            if current != seen:
                raise StaleResult(said(QT_TRANSLATE_NOOP("core", "Someone else changed this evidence at {when}; "
                                                                 "the grid now shows it."), when=ev.recorded_at)
                                  if ev is not None else
                                  said(QT_TRANSLATE_NOOP("core", "Someone else removed this evidence meanwhile; "
                                                                 "the grid now shows none.")), current)
        evidence_in_session(s, cohort_id, learner_id, note, url, assessor)


def evidence_in_session(s: Session, cohort_id: int, learner_id: int, note: str | None,
                        url: str | None, assessor: str | None) -> None:
    ev = s.scalar(select(Evidence).where(Evidence.cohort_id == cohort_id, Evidence.learner_id == learner_id))
    if note is None and url is None:
        if ev is not None:
            s.delete(ev)
        return
    if ev is None:
        ev = Evidence(cohort_id=cohort_id, learner_id=learner_id)
        s.add(ev)
    ev.note, ev.url, ev.assessor, ev.recorded_at = note, url, assessor, utcnow()


def cohort_results(ws: Workspace, cohort_id: int) -> dict[int, LearnerResults]:
    """Every enrolled learner's recorded values, keyed by learner id."""
    with ws.read_session() as s:
        out = {lid: LearnerResults(lid) for lid in
               s.scalars(select(Enrolment.learner_id).where(Enrolment.cohort_id == cohort_id))}
        for r in s.scalars(select(AssessmentResult).where(AssessmentResult.cohort_id == cohort_id)):
            if r.learner_id in out:
                out[r.learner_id].values[r.criterion_id] = CellValue(r.criterion_id, r.value, r.assessor, r.assessed_at)
        for ev in s.scalars(select(Evidence).where(Evidence.cohort_id == cohort_id)):
            if ev.learner_id in out:
                out[ev.learner_id].evidence_note, out[ev.learner_id].evidence_url = ev.note, ev.url
        return out


# What the grid compares to notice other people's changes: every result (value and when it was
# saved), evidence and enrolment of the cohort, and its achievement's newest version (criteria).
# On PostgreSQL the server digests them, so that one short row crosses the network every few seconds.
_PG_FINGERPRINT = text("""
SELECT md5(concat_ws('#',
  (SELECT string_agg(concat_ws('|', learner_id, criterion_id, quote_nullable(value), assessed_at), ','
                     ORDER BY id) FROM assessment_result WHERE cohort_id = :c),
  (SELECT string_agg(concat_ws('|', learner_id, quote_nullable(note), quote_nullable(url), recorded_at), ','
                     ORDER BY id) FROM evidence WHERE cohort_id = :c),
  (SELECT string_agg(concat_ws('|', learner_id, position), ',' ORDER BY id) FROM enrolment WHERE cohort_id = :c),
  (SELECT max(v.id) FROM achievement_version v JOIN cohort c ON c.achievement_id = v.achievement_id
    WHERE c.id = :c)))
""")


def cohort_fingerprint(ws: Workspace, cohort_id: int) -> str:
    """A short text that changes whenever anyone (another person, window or import) changes the
    cohort's results, evidence, enrolment or criteria: the grid asks for it every few seconds and
    reloads when it differs from the one read with the grid."""
    with ws.read_session() as s:
        if ws.is_shared:
            return str(s.execute(_PG_FINGERPRINT, {"c": cohort_id}).scalar_one())
        h = hashlib.sha256()
        for stmt in (
            select(AssessmentResult.learner_id, AssessmentResult.criterion_id, AssessmentResult.value,
                   AssessmentResult.assessed_at).where(AssessmentResult.cohort_id == cohort_id)
            .order_by(AssessmentResult.id),
            select(Evidence.learner_id, Evidence.note, Evidence.url, Evidence.recorded_at)
            .where(Evidence.cohort_id == cohort_id).order_by(Evidence.id),
            select(Enrolment.learner_id, Enrolment.position).where(Enrolment.cohort_id == cohort_id)
            .order_by(Enrolment.id),
            select(func.max(AchievementVersion.id)).join(Cohort, Cohort.achievement_id == AchievementVersion.achievement_id)
            .where(Cohort.id == cohort_id),
        ):
            for row in s.execute(stmt):  # (a local file: reading the rows costs next to nothing)
                h.update(repr(tuple(row)).encode())
            h.update(b"#")
        return h.hexdigest()


def meets(c: CriterionInfo, value: str | None) -> bool | None:
    """Whether a recorded status or level meets the criterion: Completed; a level at or above the
    required one (any level when none is required). None when nothing is recorded, and for a
    score: a score meets nothing on its own, the pass mark is on the total (``evaluate``)."""
    if value is None or c.kind == "score":
        return None
    if c.kind == "status":
        return value == COMPLETED  # stored values are Completed or Failed (normalise_value)
    if not c.required_level:
        return True
    if value not in c.levels or c.required_level not in c.levels:
        return False
    return c.levels.index(value) >= c.levels.index(c.required_level)


def evaluate(criteria: list[CriterionInfo], pass_mark: float | None, values: dict[int, CellValue]) -> Eligibility:
    """Pure eligibility rule; see the module docstring."""
    reasons: list[str] = []
    unmet: set[int] = set()
    total = 0.0
    missing_score = False
    for c in criteria:
        v = values.get(c.id)
        val = v.value if v else None
        if c.kind == "score":
            if val is None:
                missing_score = True
                if pass_mark is not None or c.required:
                    reasons.append(said(QT_TRANSLATE_NOOP("core", "No score recorded for {criterion}."),
                                        criterion=c.name))
            else:
                total += float(val)
            continue
        met = meets(c, val)
        if met is False:
            unmet.add(c.id)
        if not c.required or met:
            continue
        if c.kind == "status":
            if val is None:
                reasons.append(said(QT_TRANSLATE_NOOP("core", "{criterion}: not recorded."), criterion=c.name))
            elif val == FAILED:
                reasons.append(said(QT_TRANSLATE_NOOP("core", "{criterion}: failed."), criterion=c.name))
            else:
                reasons.append(f"{c.name}: {val.lower()}.")
        elif c.kind == "level":
            if val is None:
                reasons.append(said(QT_TRANSLATE_NOOP("core", "{criterion}: no level recorded."), criterion=c.name))
            else:
                reasons.append(said(QT_TRANSLATE_NOOP("core", "{criterion}: {level} is below the required {required}."),
                                    criterion=c.name, level=val, required=c.required_level))
    if pass_mark is not None and not missing_score and total < pass_mark:
        reasons.append(said(QT_TRANSLATE_NOOP("core", "Score {score} is below the pass mark of {mark}."),
                            score=total, mark=pass_mark))
        unmet.update(c.id for c in criteria if c.kind == "score")
    return Eligibility(not reasons, tuple(reasons), frozenset(unmet))


@dataclass(frozen=True)
class CohortAssessment:
    """A cohort's criteria, every enrolled learner's results and their eligibility, read once."""

    criteria: tuple[CriterionInfo, ...]
    results: dict[int, LearnerResults]
    eligibility: dict[int, Eligibility]


def assess_cohort(ws: Workspace, cohort_id: int) -> CohortAssessment:
    with ws.read_session() as s:
        version = _version_for_cohort(s, cohort_id)
        criteria = [_criterion_info(c) for c in version.criteria]
        pass_mark = version.pass_mark if version.rule == "score" else None
    results = cohort_results(ws, cohort_id)
    return CohortAssessment(tuple(criteria), results,
                            {lid: evaluate(criteria, pass_mark, r.values) for lid, r in results.items()})


def eligibility(ws: Workspace, cohort_id: int) -> dict[int, Eligibility]:
    """Eligibility of every enrolled learner in the cohort, keyed by learner id."""
    return assess_cohort(ws, cohort_id).eligibility


def export_results_csv(ws: Workspace, cohort_id: int, out: Path, style: CsvStyle | None = None) -> Path:
    """A cohort's results as CSV (one row per learner, a column per criterion), formula-safe, in
    ``style`` (default: the user's locale's, see ``csv_style``): scores are numbers, so a German
    spreadsheet reads 7,5."""
    crits = criteria_for_cohort(ws, cohort_id)
    results = cohort_results(ws, cohort_id)
    elig = eligibility(ws, cohort_id)
    headers = ["Learner", "E-mail", "Student number", *[c.name for c in crits], "Eligible", "Why not",
               "Assessor", "Notes", "Evidence URL"]
    rows = []
    for lr in roster(ws, cohort_id):
        r = results.get(lr.id)
        values = r.values if r else {}
        assessor = next((v.assessor for v in values.values() if v.assessor), "")
        e = elig.get(lr.id)
        rows.append([lr.name, lr.email or "", lr.student_number or "",
                     *[_export_value(c, values[c.id].value) if c.id in values else "" for c in crits],
                     "yes" if e and e.eligible else "no", " ".join(e.reasons) if e else "",
                     assessor or "", (r.evidence_note or "") if r else "", (r.evidence_url or "") if r else ""])
    write_csv(out, headers, rows, style)
    return Path(out)


def _export_value(c: CriterionInfo, value: str | None) -> str | Decimal:
    """A score as a number (written with the locale's decimal separator); anything else as text."""
    if c.kind == "score" and value:
        try:
            return Decimal(value)
        except InvalidOperation:
            pass
    return value or ""
