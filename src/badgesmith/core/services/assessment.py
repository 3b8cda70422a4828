"""Recording assessment results and computing eligibility from an achievement's rule.

Rules (per achievement version):
  * every *required* status criterion must read Completed (passed / attended);
  * every *required* rubric criterion must reach its required level (or any level if none);
  * with a pass mark, the sum of the score criteria must be at or above it, and each score
    must have been recorded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from badgesmith.core.errors import NotFound, ValidationError
from badgesmith.core.said import QT_TRANSLATE_NOOP, said
from badgesmith.core.services.achievements import current_version
from badgesmith.core.services.cohorts import roster
from badgesmith.core.services.csv_export import write_csv
from badgesmith.core.services.csv_style import CsvStyle
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
    """Save one cell as typed (``None`` clears it). Returns the stored value."""
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
    """Save (learner, criterion, value, assessor) cells in the caller's transaction."""
    version = _version_for_cohort(s, cohort_id)
    crit = {c.id: c for c in version.criteria}
    enrolled = set(s.scalars(select(Enrolment.learner_id).where(Enrolment.cohort_id == cohort_id)))
    existing = {(r.learner_id, r.criterion_id): r for r in
                s.scalars(select(AssessmentResult).where(AssessmentResult.cohort_id == cohort_id))}
    stored: list[str | None] = []
    for learner_id, criterion_id, raw, assessor in cells:
        c = crit.get(criterion_id)
        if c is None:
            raise ValidationError("That criterion does not belong to this cohort's achievement.")
        if learner_id not in enrolled:
            raise ValidationError("That learner is not enrolled in this cohort.")
        value = normalise_value(_criterion_info(c), raw)
        row = existing.get((learner_id, criterion_id))
        if value is None:
            if row is not None:
                s.delete(row)
                del existing[(learner_id, criterion_id)]
        else:
            level_id = None
            if c.kind == "level":
                level_id = next(lv.id for lv in c.levels if lv.name == value)
            if row is None:
                row = AssessmentResult(cohort_id=cohort_id, learner_id=learner_id, criterion_id=criterion_id)
                s.add(row)
                existing[(learner_id, criterion_id)] = row
            row.value, row.level_id = value, level_id
            row.assessor, row.assessed_at = assessor, assessed_at or utcnow()
        stored.append(value)
    return stored


def normalise_evidence_url(url: str | None) -> str | None:
    """A typed evidence link as stored (None when empty); ValidationError when it is not one
    (the importer's rule: values.normalise_url)."""
    try:
        return normalise_url(url)
    except InvalidUrl as exc:
        raise ValidationError(exc.message) from None


def set_evidence(ws: Workspace, cohort_id: int, learner_id: int, note: str | None, url: str | None,
                 assessor: str | None = None) -> None:
    note = (note or "").strip() or None
    url = normalise_evidence_url(url)
    with ws.session() as s:
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
