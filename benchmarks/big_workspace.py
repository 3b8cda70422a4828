"""A demo workspace grown to a college's size for benchmarks, on SQLite or PostgreSQL.

The demo with its 1,000-learner bulk cohort (``create_demo``), then learners added straight into
the table (executemany on SQLite, COPY on PostgreSQL) up to ``n_learners``, a status list address
(so every credential takes a status list index, as a college's revocable ones do), a few credentials
really issued to a seed cohort, and copies of those up to ``n_credentials``. Each copy gets its own
id, status list index and learner, written into its signed text too, so its signature no longer
verifies: the copies are there for the database's sake (row counts, index sizes, the queries that
read every credential), not to be verified. A second bulk cohort of 1,000 is enrolled and assessed,
so issuing can be timed twice per workspace.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from badgesmith.core.services import assessment, cohorts, issuer, issuing
from badgesmith.core.services.demo import DEMO_NAMES, create_demo
from badgesmith.core.services.learners import family_key, name_key
from badgesmith.core.store.workspace import Workspace

BULK = 1000
SEEDS = 8
LEARNER_COLUMNS = ("name", "name_key", "family_key", "email", "student_number", "created_at")
BULK_COHORTS = ("Bulk attendance cohort", "Bulk attendance cohort 2")


def learner_rows(start: int, stop: int, created_at: Any) -> Iterator[tuple[Any, ...]]:
    """Learner ``i`` is called like the 100,000-learner benchmark's (startup.py): a demo name and
    ``i``; its keys are the name's keys with `` i`` added (checked against the service's own
    functions for every 1,000th row)."""
    keys = [name_key(n) for n in DEMO_NAMES]
    for i in range(start, stop):
        base = i % len(DEMO_NAMES)
        name = f"{DEMO_NAMES[base]} {i}"
        key = f"{keys[base]} {i}"
        row = (name, key, f"{i} {key}", f"bench{i:07d}@example.org", f"B{i:07d}", created_at)
        if i % 1000 == 0:
            assert row[1:3] == (name_key(name), family_key(name)), row
        yield row


def _raw(ws: Workspace) -> Any:
    return ws.engine.raw_connection()


def _insert(ws: Workspace, table: str, columns: tuple[str, ...], rows: Iterator[tuple[Any, ...]]) -> None:
    """Rows into ``table`` in one transaction: COPY on PostgreSQL, executemany on SQLite."""
    raw = _raw(ws)
    try:
        cur = raw.cursor()
        if ws.is_shared:
            with cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            marks = ", ".join("?" for _ in columns)
            cur.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
        raw.commit()
    finally:
        raw.close()


def _query(ws: Workspace, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    raw = _raw(ws)
    try:
        cur = raw.cursor()
        cur.execute(sql)
        rows = cur.fetchall()
        return [d[0] for d in cur.description], rows
    finally:
        raw.close()


def _enrol_assessed(ws: Workspace, name: str, achievement_id: int, learner_ids: list[int]) -> int:
    today = cohorts.get_cohort(ws, cohorts.find_cohort(ws, BULK_COHORTS[0])).start_date
    c = cohorts.create_cohort(ws, name, achievement_id, today, today, "Main hall", "Benchmark")
    cohorts.enrol(ws, c.id, learner_ids)
    crit = assessment.criteria_for_cohort(ws, c.id)[0]
    assessment.record_results(ws, c.id, [(lid, crit.id, "attended") for lid in learner_ids], assessor="Benchmark")
    return c.id


def _copy_credentials(ws: Workspace, n: int, learner_ids: list[tuple[int, str]]) -> None:
    columns, seeds = _query(ws, "SELECT * FROM credential")
    col = {c: i for i, c in enumerate(columns)}
    top = max(r[col["status_list_index"]] for r in seeds)

    def rows() -> Iterator[tuple[Any, ...]]:
        for k in range(n):
            seed = list(seeds[k % len(seeds)])
            old_id, old_index = seed[col["id"]], seed[col["status_list_index"]]
            new_id, new_index = f"urn:uuid:{uuid.uuid4()}", top + 1 + k
            seed[col["id"]], seed[col["status_list_index"]] = new_id, new_index
            seed[col["learner_id"]], seed[col["recipient_name"]] = learner_ids[k]
            seed[col["signed_json"]] = seed[col["signed_json"]].replace(old_id, new_id).replace(
                f'"statusListIndex": "{old_index}"', f'"statusListIndex": "{new_index}"')
            yield tuple(seed)

    _insert(ws, "credential", tuple(columns), rows())


def build(folder: Path, url: str | None, n_learners: int, n_credentials: int, say: Any = print) -> Workspace:
    """The grown workspace in ``folder`` (on the database at ``url``, else SQLite); open."""
    t0 = time.perf_counter()
    if url is not None:
        Workspace.open(folder, url=url).close()  # the folder now remembers the database
    ws = create_demo(folder, BULK)
    # revocable credentials, as a college publishing its status list issues: each takes an index
    issuer.set_publishing(ws, "https://northbridge.example.org/verify/", "https://northbridge.example.org/status/1",
                          None, False)
    attendance = cohorts.get_cohort(ws, cohorts.find_cohort(ws, BULK_COHORTS[0])).achievement_id
    created_at = _query(ws, "SELECT created_at FROM learner LIMIT 1")[1][0][0]
    t1 = time.perf_counter()
    _insert(ws, "learner", LEARNER_COLUMNS, learner_rows(BULK, n_learners, created_at))
    t2 = time.perf_counter()
    filled = _query(ws, "SELECT id, name FROM learner WHERE email LIKE 'bench%' ORDER BY id "
                    f"LIMIT {n_credentials + BULK}")[1]
    needed = n_credentials + BULK
    assert len(filled) >= needed, f"{n_learners} learners are too few for {n_credentials} credentials"
    seed = _enrol_assessed(ws, "Seed cohort", attendance, [lid for lid, _ in filled[:SEEDS]])
    summary = issuing.issue_batch(ws, seed, "demo", folder / "seed-certificates", workers=1)
    assert summary.complete and len(summary.issued) == SEEDS, summary.lines()
    _copy_credentials(ws, n_credentials - SEEDS, [(lid, nm) for lid, nm in filled[SEEDS:n_credentials]])
    _enrol_assessed(ws, BULK_COHORTS[1], attendance, [lid for lid, _ in filled[n_credentials:needed]])
    t3 = time.perf_counter()
    if ws.is_shared:  # what autovacuum does after a load this size; done now so each run is alike
        with ws.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
            c.exec_driver_sql("VACUUM ANALYZE")
    t4 = time.perf_counter()
    say(f"  built in {t4 - t0:.0f} s: demo {t1 - t0:.0f} s, {n_learners - BULK:,} learners {t2 - t1:.0f} s, "
        f"{SEEDS} issued + {n_credentials - SEEDS:,} copies and a second cohort {t3 - t2:.0f} s"
        + (f", VACUUM ANALYZE {t4 - t3:.0f} s" if ws.is_shared else ""))
    return ws
