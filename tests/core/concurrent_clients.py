"""Clients for the concurrency tests, each run in an OS process of its own (multiprocessing,
spawn): they open the same workspace folder (an SQLite file, or the PostgreSQL database the
folder names) and report what happened through a queue. No pytest here: spawn imports this."""

from __future__ import annotations

import random
import time
from pathlib import Path
from typing import Any

from sqlalchemy import select

from badgesmith.core.services import achievements as ach
from badgesmith.core.services import assessment, cohorts, issuer, issuing, learners
from badgesmith.core.services.assessment import Seen, StaleResult
from badgesmith.core.services.issuing_lock import IssuingBusy
from badgesmith.core.store.models import AssessmentResult
from badgesmith.core.store.workspace import Workspace

PASSPHRASE = "secret phrase"
STATUS_LIST = "https://issuer.example.org/status/1"


def build(folder: Path, url: str | None = None, *, cohorts_n: int = 3, learners_n: int = 6) -> dict[str, Any]:
    """A workspace with an issuer (a status list address set), a score achievement (two
    criteria, 0–100000, so every write can carry a value of its own) and ``cohorts_n`` cohorts
    of ``learners_n`` learners, none with results yet, plus an attendance achievement whose
    cohorts everyone passed (for issuing)."""
    with Workspace.open(folder, url=url) as ws:
        issuer.init_issuer(ws, "Test Issuer", PASSPHRASE, url="https://issuer.example.org",
                           email="certs@issuer.example.org")
        info = issuer.get_issuer(ws)
        issuer.update_issuer(ws, info.name, info.url, info.email, status_list_url=STATUS_LIST)
        scored = ach.create_achievement(ws, ach.AchievementSpec(name="Scored", rule="score", pass_mark=50, criteria=(
            ach.CriterionSpec("Theory", "score", min_value=0, max_value=100000),
            ach.CriterionSpec("Practice", "score", min_value=0, max_value=100000))))
        attended = ach.create_achievement(ws, ach.AchievementSpec(
            name="Attended", criteria=(ach.CriterionSpec("Attendance", "status"),), validity_months=12))
        grid = cohorts.create_cohort(ws, "Grid", scored.id)
        ids = [learners.add_learner(ws, f"Grid learner {i}", f"grid{i}@example.org").id for i in range(learners_n)]
        cohorts.enrol(ws, grid.id, ids)
        issue_ids = []
        for k in range(cohorts_n):
            c = cohorts.create_cohort(ws, f"Course {k}", attended.id)
            members = [learners.add_learner(ws, f"Learner {k}-{i}", f"c{k}l{i}@example.org").id
                       for i in range(learners_n)]
            cohorts.enrol(ws, c.id, members)
            crit = assessment.criteria_for_cohort(ws, c.id)[0]
            assessment.record_results(ws, c.id, [(lid, crit.id, "attended") for lid in members])
            issue_ids.append(c.id)
        crits = [c.id for c in assessment.criteria_for_cohort(ws, grid.id)]
    return {"grid": grid.id, "learners": ids, "criteria": crits, "issue": issue_ids}


def read_cell(ws: Workspace, cohort_id: int, learner_id: int, criterion_id: int) -> Seen | None:
    with ws.read_session() as s:
        row = s.execute(select(AssessmentResult.value, AssessmentResult.assessed_at).where(
            AssessmentResult.cohort_id == cohort_id, AssessmentResult.learner_id == learner_id,
            AssessmentResult.criterion_id == criterion_id)).first()
    return Seen(row.value, row.assessed_at) if row is not None else None


def grid_editor(folder: str, cohort_id: int, cells: list[tuple[int, int]], proc: int, rounds: int,
                barrier: Any, queue: Any) -> None:
    """A person at the grid: read a cell, think a moment, save a value of their own with what
    they read. Reports ("saved", cell, seen, stored) or ("stale", cell, seen, stored now)."""
    rnd = random.Random(proc)
    out: list[tuple[Any, ...]] = []
    try:
        with Workspace.open(Path(folder)) as ws:
            barrier.wait()
            for i in range(rounds):
                cell = rnd.choice(cells)
                seen = read_cell(ws, cohort_id, *cell)
                time.sleep(rnd.random() * 0.01)  # another person may save meanwhile
                value = str(proc * 1000 + i)  # each write's own value
                try:
                    stored = assessment.save_result(ws, cohort_id, cell[0], cell[1], value, f"P{proc}", seen=seen)
                    out.append(("saved", cell, seen, stored))
                except StaleResult as exc:
                    out.append(("stale", cell, seen, exc.current, exc.message))
        queue.put((proc, "ok", out))
    except BaseException as exc:  # noqa: BLE001 - the test says what went wrong
        queue.put((proc, "error", repr(exc)))


def bulk_writer(folder: str, cohort_id: int, cells: list[tuple[int, int]], proc: int, rounds: int,
                barrier: Any, queue: Any) -> None:
    """An import: all ``cells`` at once, the last writer winning; it must never fail because
    another import added the same cells at the same moment."""
    out = []
    try:
        with Workspace.open(Path(folder)) as ws:
            barrier.wait()
            for i in range(rounds):
                value = str(proc * 1000 + i)
                assessment.record_results(ws, cohort_id, [(lid, cid, value) for lid, cid in cells], f"P{proc}")
                out.append(value)
        queue.put((proc, "ok", out))
    except BaseException as exc:  # noqa: BLE001
        queue.put((proc, "error", repr(exc)))


def issuer_client(folder: str, cohort_ids: list[int], out_root: str, proc: int, barrier: Any, queue: Any) -> None:
    """Someone pressing Issue on each cohort in turn (again, while someone else is issuing it)."""
    out: list[tuple[Any, ...]] = []
    try:
        with Workspace.open(Path(folder)) as ws:
            barrier.wait()
            todo = list(cohort_ids)
            deadline = time.monotonic() + 300
            while todo and time.monotonic() < deadline:
                cid = todo.pop(0)
                try:
                    s = issuing.issue_batch(ws, cid, PASSPHRASE, Path(out_root) / f"C{cid}", workers=1)
                    out.append(("issued", cid, len(s.issued), len(s.skipped), s.error, [f[2] for f in s.failed]))
                except IssuingBusy as exc:
                    out.append(("busy", cid, exc.message))
                    todo.append(cid)  # try again later
                    time.sleep(0.05)
        queue.put((proc, "ok", out))
    except BaseException as exc:  # noqa: BLE001
        queue.put((proc, "error", repr(exc)))
