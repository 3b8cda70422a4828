"""The overview's figures (issue 17, point 4) match counts computed directly from the database
of the demo workspace, with plain SQL written here and not through the services."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from badgesmith.core.errors import ValidationError
from badgesmith.core.services import overview
from badgesmith.core.store.workspace import Workspace
from tests.core.overview_data import MOVED, make_overview_demo, months_back, stamp
from tests.pgdatabases import copy_workspace


@pytest.fixture(scope="module")
def _template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("overview-demo")
    make_overview_demo(folder)
    return folder


@pytest.fixture
def folder(_template: Path, tmp_path: Path) -> Path:
    dest = tmp_path / "demo"
    return copy_workspace(_template, dest)


# ---------------------------------------------------------------- the figures, in SQL


def _sql(folder: Path) -> sqlite3.Connection:
    """The workspace's rows in SQLite, where the figures are counted independently of the
    service: a shared workspace is exported first, as its backup does."""
    db = folder / "workspace.db"
    if (folder / "shared-database.json").exists():
        from badgesmith.core.store.backup import export_sqlite
        from tests.conftest import engine_of

        db = folder / "exported.db"
        with engine_of(folder) as engine, engine.connect() as src:
            export_sqlite(src, db)
    con = sqlite3.connect(str(db))
    con.row_factory = sqlite3.Row
    return con


def _span(year: int | None, today: date) -> tuple[date, date]:
    if year is not None:
        return date(year, 1, 1), date(year + 1, 1, 1)
    first = date(today.year - 1, today.month + 1, 1) if today.month < 12 else date(today.year, 1, 1)
    after = date(today.year + 1, 1, 1) if today.month == 12 else date(today.year, today.month + 1, 1)
    return first, after


def issued_per_month(con: sqlite3.Connection, first: date, after: date) -> dict[str, int]:
    rows = con.execute("SELECT strftime('%Y-%m', issued_at) AS month, count(*) FROM credential "
                       "WHERE issued_at >= ? AND issued_at < ? GROUP BY month", (str(first), str(after)))
    return {month: n for month, n in rows}


def _cohorts_in(con: sqlite3.Connection, first: date, after: date) -> list[sqlite3.Row]:
    return [r for r in con.execute(
        "SELECT c.id, c.achievement_id, v.id AS version, v.rule, v.pass_mark, v.requirement, "
        "       coalesce(c.end_date, c.start_date, date(c.created_at)) AS day, "
        "       (SELECT count(*) FROM enrolment e WHERE e.cohort_id = c.id) AS learners "
        "FROM cohort c JOIN achievement_version v ON v.achievement_id = c.achievement_id "
        "WHERE v.number = (SELECT max(number) FROM achievement_version w WHERE w.achievement_id = c.achievement_id)")
        if str(first) <= r["day"] < str(after) and r["learners"]]


def _unmet(con: sqlite3.Connection, cohort: sqlite3.Row) -> dict[int, set[int]]:
    """criterion id -> the enrolled learners with a value recorded for it who do not meet it;
    and, under the key -1 - criterion id, every learner with a value for it."""
    out: dict[int, set[int]] = defaultdict(set)
    totals = {lid: (n, total) for lid, n, total in con.execute(
        "SELECT r.learner_id, count(*), sum(CAST(r.value AS REAL)) FROM assessment_result r "
        "JOIN criterion k ON k.id = r.criterion_id WHERE r.cohort_id = ? AND k.kind = 'score' GROUP BY r.learner_id",
        (cohort["id"],))}
    n_scores = con.execute("SELECT count(*) FROM criterion WHERE version_id = ? AND kind = 'score'",
                           (cohort["version"],)).fetchone()[0]
    for r in con.execute(
            "SELECT r.learner_id, k.id AS criterion, k.kind, r.value, "
            "       (SELECT position FROM rubric_level WHERE id = r.level_id) AS got, "
            "       (SELECT position FROM rubric_level l WHERE l.criterion_id = k.id AND l.name = k.required_level) AS need "
            "FROM assessment_result r JOIN criterion k ON k.id = r.criterion_id "
            "JOIN enrolment e ON e.cohort_id = r.cohort_id AND e.learner_id = r.learner_id "
            "WHERE r.cohort_id = ? AND k.version_id = ?", (cohort["id"], cohort["version"])):
        out[-1 - r["criterion"]].add(r["learner_id"])
        if r["kind"] == "status":
            missed = r["value"] != "Completed"
        elif r["kind"] == "level":
            missed = r["need"] is not None and r["got"] < r["need"]
        else:  # a score: the pass mark is on the total of every score, once all are recorded
            n, total = totals[r["learner_id"]]
            missed = cohort["rule"] == "score" and n == n_scores and total < cohort["pass_mark"]
        if missed:
            out[r["criterion"]].add(r["learner_id"])
    return out


def _holds(con: sqlite3.Connection, learner: int, achievement: int, now: str) -> bool:
    return con.execute("SELECT count(*) FROM credential WHERE learner_id = ? AND achievement_id = ? AND "
                       "status = 'active' AND superseded_by IS NULL AND (valid_until IS NULL OR valid_until > ?)",
                       (learner, achievement, now)).fetchone()[0] > 0


def _meets(tree: dict[str, Any], held: Any) -> bool:
    if "achievement" in tree:
        return bool(held(tree["achievement"]))
    if "all_of" in tree:
        return all(_meets(t, held) for t in tree["all_of"])
    return sum(_meets(t, held) for t in tree["of"]) >= tree["at_least"]


def eligible(con: sqlite3.Connection, cohort: sqlite3.Row) -> int:
    learners = [r[0] for r in con.execute("SELECT learner_id FROM enrolment WHERE cohort_id = ?", (cohort["id"],))]
    tree = json.loads(cohort["requirement"] or "null")
    if tree:  # a pathway: its requirement met by live credentials
        now = stamp(datetime.now(UTC))
        return sum(_meets(tree, lambda a, lid=lid: _holds(con, lid, a, now)) for lid in learners)
    required = [r[0] for r in con.execute("SELECT id FROM criterion WHERE version_id = ? AND (required OR kind = 'score')",
                                          (cohort["version"],))]
    unmet, recorded = _unmet(con, cohort), defaultdict(set)
    for c in required:
        recorded[c] = unmet[-1 - c]
    return sum(all(lid in recorded[c] and lid not in unmet[c] for c in required) for lid in learners)


def expected(folder: Path, year: int | None = None) -> dict[str, Any]:
    today = datetime.now(UTC).date()
    first, after = _span(year, today)
    con = _sql(folder)
    try:
        cohorts = _cohorts_in(con, first, after)
        criteria: dict[tuple[int, int], list[int]] = {}
        for c in cohorts:
            for crit, who in _unmet(con, c).items():
                if crit < 0:
                    key = (c["achievement_id"], -1 - crit)
                    criteria.setdefault(key, [0, 0])[0] += len(who)
            for crit, who in _unmet(con, c).items():
                if crit >= 0:
                    criteria[(c["achievement_id"], crit)][1] += len(who)
        now = datetime.now(UTC)
        soon = [r[0] for r in con.execute(
            "SELECT id FROM credential WHERE status = 'active' AND superseded_by IS NULL AND valid_until > ? "
            "AND valid_until <= ? ORDER BY valid_until", (stamp(now), stamp(now + timedelta(days=90))))]
        return {"months": issued_per_month(con, first, after),
                "cohorts": {c["id"]: (c["learners"], eligible(con, c)) for c in cohorts},
                "criteria": {k: tuple(v) for k, v in criteria.items()},
                "expiring": sorted(soon)}  # the same credentials; the page orders ties by name
    finally:
        con.close()


def figures(folder: Path, year: int | None = None) -> dict[str, Any]:
    ws = Workspace.open(folder)
    try:
        o = overview.overview(ws, year)
    finally:
        ws.close()
    return {"months": {f"{m.year:04d}-{m.month:02d}": m.issued for m in o.months if m.issued},
            "cohorts": {c.cohort_id: (c.learners, c.eligible) for c in o.cohorts},
            "criteria": {(c.achievement_id, c.criterion_id): (c.assessed, c.not_met) for c in o.criteria},
            "expiring": sorted(e.credential_id for e in o.expiring)}


# ---------------------------------------------------------------- the tests


def test_every_figure_of_the_last_12_months_matches_the_database(folder: Path) -> None:
    want, got = expected(folder), figures(folder)
    assert got == want
    # the demo really gives each figure something to count
    assert len(want["months"]) == len([b for b in MOVED if b < 12]) + 1  # four months back, and this one
    assert sum(want["months"].values()) == 33 - MOVED[13]  # one was moved out of the period
    assert len(want["cohorts"]) == 6 and 0 < sum(e for _n, e in want["cohorts"].values()) < sum(
        n for n, _e in want["cohorts"].values())
    assert any(not_met for _a, not_met in want["criteria"].values())
    assert len(want["expiring"]) == 4  # 10, 10, 45 and 89 days: not 95 days, expired, revoked or replaced


@pytest.mark.parametrize("back", [0, 1])
def test_the_figures_of_a_year_match_the_database(folder: Path, back: int) -> None:
    year = datetime.now(UTC).year - back
    assert figures(folder, year) == expected(folder, year)


def test_each_month_of_the_period_is_listed_and_the_total_adds_up(folder: Path) -> None:
    ws = Workspace.open(folder)
    try:
        o = overview.overview(ws)
        year = overview.overview(ws, datetime.now(UTC).year)
    finally:
        ws.close()
    assert len(o.months) == 12 and o.months[-1].month == datetime.now(UTC).month
    assert o.issued == sum(m.issued for m in o.months) == sum(expected(folder)["months"].values())
    assert [m.month for m in year.months] == list(range(1, 13))
    assert sum(n for *_days, n in o.expiring_bands) == len(o.expiring)


def test_a_year_without_figures_is_refused_in_a_sentence(folder: Path) -> None:
    ws = Workspace.open(folder)
    try:
        with pytest.raises(ValidationError, match="is not a year with figures"):
            overview.overview(ws, datetime.now(UTC).year + 1)
        assert overview.years(ws)[0] == datetime.now(UTC).year
        now = datetime.now(UTC)
        assert overview.years(ws)[-1] == months_back(13, now).year  # a credential issued 13 months ago
    finally:
        ws.close()


def test_the_renewal_plan_groups_by_cohort_beside_the_credentials_it_replaces(folder: Path) -> None:
    ws = Workspace.open(folder)
    try:
        o = overview.overview(ws)
        plan = overview.renewal_plan(ws, [e.credential_id for e in o.expiring])
    finally:
        ws.close()
    con = _sql(folder)
    try:
        where = {r["id"]: (r["cohort_id"], r["learner_id"], str(Path(r["pdf_path"]).parent))
                 for r in con.execute("SELECT id, cohort_id, learner_id, pdf_path FROM credential")}
    finally:
        con.close()
    wanted: dict[int, set[int]] = defaultdict(set)
    for e in o.expiring:
        wanted[where[e.credential_id][0]].add(where[e.credential_id][1])
    assert {g.cohort_id: set(g.learner_ids) for g in plan.groups} == wanted and plan.left_out == ()
    for g in plan.groups:
        assert g.folder in {w[2] for w in where.values() if w[0] == g.cohort_id}


def test_what_a_learner_did_not_meet_follows_the_eligibility_rule() -> None:
    from badgesmith.core.services.assessment import CellValue, CriterionInfo, evaluate

    levels = ("Not yet", "Competent", "Excellent")
    theory = CriterionInfo(1, "Theory", "score", 0, 50, True, None, ())
    practice = CriterionInfo(2, "Practice", "score", 0, 50, True, None, ())
    cpr = CriterionInfo(3, "CPR", "level", None, None, True, "Competent", levels)
    extra = CriterionInfo(4, "Extra task", "status", None, None, False, None, ())  # optional
    criteria = [theory, practice, cpr, extra]

    def cells(**values: str) -> dict[int, CellValue]:
        ids = {"theory": 1, "practice": 2, "cpr": 3, "extra": 4}
        return {ids[k]: CellValue(ids[k], v) for k, v in values.items()}

    passed = evaluate(criteria, 60, cells(theory="40", practice="30", cpr="Excellent", extra="Failed"))
    assert passed.eligible and passed.unmet == {4}  # an optional criterion failed: not met, still eligible
    short = evaluate(criteria, 60, cells(theory="40", practice="10", cpr="Not yet", extra="Completed"))
    assert not short.eligible and short.unmet == {1, 2, 3}  # the pass mark is on the total of both scores
    unscored = evaluate(criteria, 60, cells(theory="40", cpr="Competent"))
    assert not unscored.eligible and unscored.unmet == frozenset()  # nothing recorded is not "not met"
