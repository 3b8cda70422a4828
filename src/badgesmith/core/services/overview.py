"""What happened, at a glance: the figures of the Overview page, ``badgesmith report`` and the
report PDF (one computation for all three).

* Credentials issued per month, over a period: the twelve months up to today, or a calendar
  year. Every credential counts in the month (UTC, as its certificate is dated) it was issued:
  a renewal in its own month, a revoked credential too (it was issued).
* Pass rate per cohort: of the learners enrolled, how many are eligible, by the rule the Issue
  page applies (``issuing.eligibility``). A cohort belongs to the period of its last day (its
  end date, else its start date, else the day it was created).
* For each criterion of each achievement, over the same cohorts: of the learners with a value
  recorded for it, how many do not meet it (``assessment.meets``, and the pass mark on the
  total for scores).
* Credentials that expire within ``RENEWAL_DAYS`` from now, whatever the period: live (not
  revoked, not replaced by a renewal), soonest first, as the register counts them.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import extract, func, select

from badgesmith.core.errors import NotFound, ValidationError
from badgesmith.core.said import QT_TRANSLATE_NOOP, said
from badgesmith.core.services import assessment, issuing, register
from badgesmith.core.services.achievements import current_version
from badgesmith.core.store.models import Cohort, Credential, Enrolment, IssuerProfile, Learner
from badgesmith.core.store.workspace import Workspace

RENEWAL_DAYS = 90  # the renewal list: credentials that expire within this many days
BAND_DAYS = 30  # the renewal chart counts them in bands of this many days
MONTHS = 12
FIRST_YEAR = 1970
RENEWAL_LIMIT = 100_000  # more than any register holds expiring at once


@dataclass(frozen=True)
class Period:
    """Whole months: from ``start`` (the first of a month) up to, not including, ``end``."""

    start: date
    end: date
    year: int | None = None  # None: the twelve months up to today

    @property
    def months(self) -> tuple[tuple[int, int], ...]:
        """(year, month) of each month in the period, in order."""
        out, y, m = [], self.start.year, self.start.month
        while (y, m) < (self.end.year, self.end.month):
            out.append((y, m))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return tuple(out)

    def holds(self, day: date) -> bool:
        return self.start <= day < self.end


@dataclass(frozen=True)
class MonthFigure:
    year: int
    month: int
    issued: int


@dataclass(frozen=True)
class CohortFigure:
    cohort_id: int
    cohort_name: str
    achievement_name: str
    day: date  # the day the cohort is dated by (see the module docstring)
    learners: int  # enrolled
    eligible: int

    @property
    def percent(self) -> float:
        return 100.0 * self.eligible / self.learners if self.learners else 0.0


@dataclass(frozen=True)
class CriterionFigure:
    achievement_id: int
    achievement_name: str
    criterion_id: int
    criterion_name: str
    assessed: int  # learners with a value recorded for it
    not_met: int

    @property
    def percent(self) -> float:
        return 100.0 * self.not_met / self.assessed if self.assessed else 0.0


@dataclass(frozen=True)
class ExpiringFigure:
    credential_id: str
    learner_id: int
    learner_name: str
    achievement_name: str
    cohort_id: int | None
    valid_until: datetime
    erased: bool = False  # the learner's personal data was erased: it cannot be renewed


@dataclass(frozen=True)
class Overview:
    issuer_name: str
    language: str  # the issuer's: the report is written in it
    period: Period
    months: tuple[MonthFigure, ...]
    cohorts: tuple[CohortFigure, ...]
    criteria: tuple[CriterionFigure, ...]
    expiring: tuple[ExpiringFigure, ...]
    made_at: datetime
    renewal_days: int = RENEWAL_DAYS

    @property
    def issued(self) -> int:
        return sum(m.issued for m in self.months)

    @property
    def expiring_bands(self) -> tuple[tuple[int, int, int], ...]:
        """(first day, last day, how many expire then) for each band of ``BAND_DAYS`` days ahead,
        counted from when the figures were made: day 1 is the next 24 hours."""
        bands = -(-self.renewal_days // BAND_DAYS)
        counts = [0] * bands
        for e in self.expiring:
            day = max(1, math.ceil((e.valid_until - self.made_at).total_seconds() / 86400))
            counts[min(bands - 1, (day - 1) // BAND_DAYS)] += 1
        return tuple((i * BAND_DAYS + 1, min((i + 1) * BAND_DAYS, self.renewal_days), n) for i, n in enumerate(counts))

    @property
    def empty(self) -> bool:
        """Nothing to draw: no credential issued in the period, no cohort, nothing expiring."""
        return not self.issued and not self.cohorts and not self.criteria and not self.expiring

    def as_dict(self) -> dict[str, Any]:
        """The figures as plain JSON data (``badgesmith report --json``)."""
        return {
            "issuer": self.issuer_name,
            "period": {"start": self.period.start.isoformat(), "end": self.period.end.isoformat(),
                       "year": self.period.year},
            "made_at": self.made_at.isoformat(),
            "issued": self.issued,
            "issued_per_month": [{"month": f"{m.year:04d}-{m.month:02d}", "issued": m.issued} for m in self.months],
            "pass_rates": [{"cohort_id": c.cohort_id, "cohort": c.cohort_name, "achievement": c.achievement_name,
                            "day": c.day.isoformat(), "learners": c.learners, "eligible": c.eligible,
                            "percent": round(c.percent, 1)} for c in self.cohorts],
            "criteria_not_met": [{"achievement_id": c.achievement_id, "achievement": c.achievement_name,
                                  "criterion_id": c.criterion_id, "criterion": c.criterion_name,
                                  "assessed": c.assessed, "not_met": c.not_met, "percent": round(c.percent, 1)}
                                 for c in self.criteria],
            "renewal_days": self.renewal_days,
            "expiring": [{"credential_id": e.credential_id, "learner_id": e.learner_id, "learner": e.learner_name,
                          "achievement": e.achievement_name, "cohort_id": e.cohort_id,
                          "valid_until": e.valid_until.isoformat()} for e in self.expiring],
        }


def period(year: int | None = None, today: date | None = None) -> Period:
    """The twelve months up to ``today`` (this month included), or the calendar ``year``."""
    today = today or datetime.now(UTC).date()
    if year is None:
        back = today.year * 12 + today.month - 1 - (MONTHS - 1)
        return Period(date(back // 12, back % 12 + 1, 1), _next_month(today))
    if not FIRST_YEAR <= year <= today.year:
        raise ValidationError(said(QT_TRANSLATE_NOOP(
            "core", "{year} is not a year with figures: choose one from {first} to {last}."),
            year=str(year), first=str(FIRST_YEAR), last=str(today.year)))
    return Period(date(year, 1, 1), date(year + 1, 1, 1), year)


def _next_month(day: date) -> date:
    return date(day.year + 1, 1, 1) if day.month == 12 else date(day.year, day.month + 1, 1)


def _moment(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def years(ws: Workspace, today: date | None = None) -> list[int]:
    """The years there can be figures for, newest first: from the first credential or cohort on."""
    this = (today or datetime.now(UTC).date()).year
    with ws.read_session() as s:
        firsts = [s.scalar(select(func.min(Credential.issued_at))), s.scalar(select(func.min(Cohort.created_at))),
                  s.scalar(select(func.min(Cohort.start_date))), s.scalar(select(func.min(Cohort.end_date)))]
    first = min((d.year for d in firsts if d is not None), default=this)
    return list(range(this, max(FIRST_YEAR, min(first, this)) - 1, -1))


def overview(ws: Workspace, year: int | None = None, today: date | None = None) -> Overview:
    """Every figure of the overview for ``year`` (None: the twelve months up to today)."""
    now = datetime.now(UTC)
    span = period(year, today or now.date())
    with ws.read_session() as s:
        profile = s.scalar(select(IssuerProfile))
        if profile is None:
            raise NotFound("This workspace has no issuer yet; set it up first.")
        issuer_name, language = profile.name, profile.language or "en"
    return Overview(issuer_name, language, span, _months(ws, span), *_cohorts_and_criteria(ws, span),
                    _expiring(ws), now)


def _months(ws: Workspace, span: Period) -> tuple[MonthFigure, ...]:
    y, m = extract("year", Credential.issued_at), extract("month", Credential.issued_at)
    q = (select(y, m, func.count()).where(Credential.issued_at >= _moment(span.start),
                                          Credential.issued_at < _moment(span.end)).group_by(y, m))
    with ws.read_session() as s:
        counts = {(int(a), int(b)): n for a, b, n in s.execute(q)}
    return tuple(MonthFigure(a, b, counts.get((a, b), 0)) for a, b in span.months)


@dataclass
class _Tally:
    achievement_name: str
    criterion_name: str
    position: int
    assessed: int = 0
    not_met: int = 0


def _cohorts_and_criteria(ws: Workspace, span: Period) -> tuple[tuple[CohortFigure, ...],
                                                                tuple[CriterionFigure, ...]]:
    with ws.read_session() as s:
        rows = s.execute(select(Cohort.id, Cohort.name, Cohort.achievement_id, Cohort.start_date, Cohort.end_date,
                                Cohort.created_at)).all()
        enrolled = dict(s.execute(select(Enrolment.cohort_id, func.count()).group_by(Enrolment.cohort_id)).all())
        names = {aid: current_version(s, aid).name for aid in {r.achievement_id for r in rows}}
    figures: list[CohortFigure] = []
    tallies: dict[tuple[int, int], _Tally] = {}
    for r in rows:
        day = r.end_date or r.start_date or r.created_at.astimezone(UTC).date()
        if not span.holds(day) or not enrolled.get(r.id):
            continue
        grid = assessment.assess_cohort(ws, r.id)
        elig = issuing.eligibility(ws, r.id, grid.eligibility)
        figures.append(CohortFigure(r.id, r.name, names[r.achievement_id], day, len(elig),
                                    sum(1 for e in elig.values() if e.eligible)))
        for position, c in enumerate(grid.criteria):
            tally = tallies.setdefault((r.achievement_id, c.id), _Tally(names[r.achievement_id], c.name, position))
            for lid, results in grid.results.items():
                if c.id in results.values:
                    tally.assessed += 1
                    tally.not_met += c.id in grid.eligibility[lid].unmet
    figures.sort(key=lambda f: (f.day, f.cohort_name.casefold(), f.cohort_id))
    criteria = [CriterionFigure(aid, t.achievement_name, cid, t.criterion_name, t.assessed, t.not_met)
                for (aid, cid), t in sorted(tallies.items(), key=lambda kv: (kv[1].achievement_name.casefold(),
                                                                              kv[0][0], kv[1].position))
                if t.assessed]
    return tuple(figures), tuple(criteria)


def _expiring(ws: Workspace) -> tuple[ExpiringFigure, ...]:
    rows = register.list_credentials(ws, status="expiring", expiring_days=RENEWAL_DAYS, limit=RENEWAL_LIMIT)
    out = [ExpiringFigure(r.id, r.learner_id, "" if r.erased else r.recipient_name, r.achievement_name,
                          r.cohort_id, r.valid_until, r.erased)
           for r in rows if r.valid_until is not None]
    return tuple(sorted(out, key=lambda e: (e.valid_until, e.learner_name.casefold(), e.credential_id)))


# ---------------------------------------------------------------------------- renewal


@dataclass(frozen=True)
class RenewalGroup:
    """Learners to renew in one cohort, with the folder their credentials were written to."""

    cohort_id: int
    cohort_name: str
    learner_ids: tuple[int, ...]
    folder: str | None  # where the credential being renewed was written (None: not known)


@dataclass(frozen=True)
class RenewalPlan:
    groups: tuple[RenewalGroup, ...]
    left_out: tuple[tuple[str, str], ...]  # (credential id, why it cannot be renewed here)


def renewal_plan(ws: Workspace, credential_ids: list[str]) -> RenewalPlan:
    """How to renew these credentials (from the renewal list): by cohort, each through the
    renewal of ``issuing.issue_batch``; the ones that cannot be renewed here, and why."""
    by_cohort: dict[int, list[int]] = defaultdict(list)
    folders: dict[int, str] = {}
    left_out: list[tuple[str, str]] = []
    with ws.read_session() as s:
        for cid in dict.fromkeys(credential_ids):
            c = s.get(Credential, cid)
            if c is None:
                raise NotFound(f"There is no credential {cid} in this workspace.")
            learner = s.get(Learner, c.learner_id)
            enrolled = c.cohort_id is not None and s.scalar(select(func.count()).select_from(Enrolment).where(
                Enrolment.cohort_id == c.cohort_id, Enrolment.learner_id == c.learner_id))
            if learner is None or learner.erased_at is not None:
                left_out.append((cid, said(QT_TRANSLATE_NOOP(
                    "core", "The learner's personal data was erased: the credential cannot be renewed."))))
            elif c.status != "active" or c.superseded_by:
                left_out.append((cid, said(QT_TRANSLATE_NOOP(
                    "core", "It was revoked or renewed already."))))
            elif c.cohort_id is None or not enrolled:
                left_out.append((cid, said(QT_TRANSLATE_NOOP(
                    "core", "The learner is no longer enrolled in the cohort it was issued through."))))
            else:
                by_cohort[c.cohort_id].append(c.learner_id)
                if c.pdf_path and c.cohort_id not in folders:
                    folders[c.cohort_id] = str(Path(c.pdf_path).parent)
        names = dict(s.execute(select(Cohort.id, Cohort.name).where(Cohort.id.in_(by_cohort))).all())
    groups = tuple(RenewalGroup(cid, names[cid], tuple(dict.fromkeys(ids)), folders.get(cid))
                   for cid, ids in sorted(by_cohort.items(), key=lambda kv: names[kv[0]].casefold()))
    return RenewalPlan(groups, tuple(left_out))
