"""Working at the same time (issue 18): several OS processes record results and issue on the same
cohorts at once, on SQLite and on a real PostgreSQL server.

What must hold: no lost update (each grid save either landed on the value its writer saw, or was
refused as stale: never did two saves start from the same value), imports never fail on each
other, no learner gets two live credentials, the audit chain verifies, status list indexes are
unique, a second Issue on a cohort says who is issuing, and a client killed in the middle of a
batch on PostgreSQL resumes to exactly one credential per learner.
"""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import time
import uuid
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from badgesmith.core.services import assessment, cohorts, issuer, issuing, issuing_lock, workspaces
from badgesmith.core.services.assessment import Seen, StaleResult
from badgesmith.core.services.issuing_lock import IssuingBusy
from badgesmith.core.store import audit, roles
from badgesmith.core.store.models import AssessmentResult, Credential, Evidence, IssuingClaim
from badgesmith.core.store.roles import Role
from badgesmith.core.store.workspace import Workspace
from tests.conftest import ON_POSTGRESQL
from tests.core import concurrent_clients as clients

ENGINES = ["sqlite", "postgresql"]


@pytest.fixture(params=ENGINES)
def made(request, tmp_path: Path) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """The workspace of concurrent_clients.build, on each engine: its folder and ids."""
    if request.param == "sqlite" and ON_POSTGRESQL:
        pytest.skip("the suite runs on PostgreSQL: new workspaces are databases; the SQLite pass covers this")
    url = request.getfixturevalue("pg_database") if request.param == "postgresql" else None
    folder = tmp_path / "ws"
    ids = clients.build(folder, url)
    return {"folder": folder, "url": url, "engine": request.param, **ids}


@pytest.fixture
def person(made: dict[str, Any], pg_server, tmp_path: Path) -> Iterator[Workspace]:  # type: ignore[no-untyped-def]
    """A second person on the same workspace: on PostgreSQL an issuer "anna_…" with a database
    account of her own (cluster-wide: a unique name, dropped afterwards); on SQLite a second
    connection to the same file (the same computer user)."""
    if made["engine"] == "sqlite":
        with Workspace.open(made["folder"]) as ws:
            yield ws
        return
    name = f"anna_{uuid.uuid4().hex[:8]}"
    with Workspace.open(made["folder"]) as owner, owner.engine.begin() as conn:
        roles.add_person(conn, name, "password 1", Role.ISSUER)
    db = make_url(made["url"]).database
    try:
        with Workspace.open(tmp_path / "anna", url=pg_server.url(db, user=name, password="password 1")) as ws:
            yield ws
    finally:
        with psycopg.connect(pg_server.url(), autocommit=True) as conn:
            conn.execute(f'DROP ROLE IF EXISTS "{name}"')


def _run(clients_: list[tuple[Any, tuple[Any, ...]]]) -> dict[int, Any]:
    """Run each (function, arguments) in an OS process of its own, all started together (a
    barrier); what each reported, by its process number (the arguments' fourth)."""
    ctx = multiprocessing.get_context("spawn")
    barrier, queue = ctx.Barrier(len(clients_)), ctx.Queue()
    procs = [ctx.Process(target=target, args=(*args, barrier, queue)) for target, args in clients_]
    for p in procs:
        p.start()
    reports = [queue.get(timeout=600) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    errors = [r for r in reports if r[1] != "ok"]
    assert not errors, errors
    return {proc: out for proc, _ok, out in reports}


def _assert_no_lost_update(reports: list[Any], folder: Path, cohort_id: int) -> dict[str, int]:
    """Each cell's saves form one chain: every save started from the value the one before it
    stored (two saves starting from the same value would mean one overwrote the other unseen),
    the chain ends at what is stored, and every refusal was of a value that had really changed."""
    saves: dict[tuple[int, int], list[tuple[Seen | None, Seen]]] = defaultdict(list)
    stale = 0
    for out in reports:
        for event in out:
            if event[0] == "saved":
                _, cell, seen, stored = event
                saves[tuple(cell)].append((seen, stored))
            else:
                _, cell, seen, current, message = event
                assert current != seen, "refused although nothing had changed"
                assert "changed this result at" in message  # who: the same account in every process here
                stale += 1
    with Workspace.open(folder) as ws:
        for cell, edges in saves.items():
            starts = [seen for seen, _ in edges]
            assert len(set(starts)) == len(starts), f"two saves of {cell} started from the same value: a lost update"
            following = dict(edges)
            state: Seen | None = None
            walked = 0
            while state in following:
                state = following[state]
                walked += 1
            assert walked == len(edges), f"saves of {cell} do not form one chain"
            assert clients.read_cell(ws, cohort_id, *cell) == state
    return {"saved": sum(len(e) for e in saves.values()), "stale": stale}


def test_grid_saves_and_imports_from_eight_processes_lose_nothing(made: dict[str, Any]) -> None:
    folder, grid = made["folder"], made["grid"]
    theory, practice = made["criteria"]
    edited = [(lid, theory) for lid in made["learners"]]
    imported = [(lid, practice) for lid in made["learners"]]
    # six people at the grid on the same six cells, and two imports of six other (new) cells,
    # all at once
    reports = _run([(clients.grid_editor, (str(folder), grid, edited, p, 30)) for p in range(6)]
                   + [(clients.bulk_writer, (str(folder), grid, imported, p, 10)) for p in (6, 7)])
    counts = _assert_no_lost_update([reports[p] for p in range(6)], folder, grid)
    print(f"{made['engine']}: {counts}")
    assert counts["saved"] >= len(edited)  # each cell was saved at least once: something landed
    # the imports never failed on each other, and each landed whole (every cell from one round)
    with Workspace.open(folder) as ws:
        values = {clients.read_cell(ws, grid, *cell).value for cell in imported}  # type: ignore[union-attr]
        with ws.read_session() as s:
            by = set(s.scalars(select(AssessmentResult.changed_by)))
    assert len(values) == 1 and values <= {reports[6][-1], reports[7][-1]}
    assert None not in by  # every save says who made it


def test_issuing_from_four_processes_gives_one_credential_each(made: dict[str, Any], tmp_path: Path) -> None:
    folder, ids = made["folder"], made["issue"]
    out = tmp_path / "out"
    # two processes start on the same cohort, and different cohorts are issued at the same time
    args = [(str(folder), ids[p % len(ids):] + ids[:p % len(ids)], str(out), p) for p in range(4)]
    reports = _run([(clients.issuer_client, a) for a in args])
    issued: dict[int, int] = defaultdict(int)
    busy = 0
    for events in reports.values():
        for event in events:
            if event[0] == "busy":
                busy += 1
                # who and since when; or, in the instant between the lock and its claim row, that
                # someone is issuing
                assert any(said in event[2] for said in ("has been issuing this cohort since", "You have been issuing",
                                                         "Someone else is issuing this cohort"))
            else:
                _, cid, n_issued, _skipped, error, failed = event
                assert error is None and failed == [], event
                issued[cid] += n_issued
    print(f"{made['engine']}: issued {dict(issued)}, refused as busy {busy} times")
    with Workspace.open(folder) as ws:
        assert workspaces.check_audit_log(ws) == []
        with ws.read_session() as s:
            creds = list(s.scalars(select(Credential)))
            events = [e for e in audit.events(s, limit=100000) if e.kind == "credential.issued"]
            claims = list(s.scalars(select(IssuingClaim)))
        for cid in ids:
            live = [c for c in creds if c.cohort_id == cid and c.superseded_by is None]
            enrolled = {lr.id for lr in cohorts.roster(ws, cid)}
            assert sorted(c.learner_id for c in live) == sorted(enrolled), "a learner has none, or two"
            assert issued[cid] == len(enrolled)
    indexes = [c.status_list_index for c in creds]
    assert None not in indexes and len(set(indexes)) == len(indexes)
    assert {e.subject for e in events} == {c.id for c in creds}
    assert claims == []  # every batch gave its claim back


# --- one person at a time, step by step -----------------------------------------------------------------


def test_a_stale_edit_is_refused_naming_who_and_when(made: dict[str, Any], person: Workspace) -> None:
    grid, (theory, _p), lid = made["grid"], made["criteria"], made["learners"][0]
    with Workspace.open(made["folder"]) as me:
        seen = clients.read_cell(me, grid, lid, theory)  # the grid shows the cell empty
        theirs = assessment.save_result(person, grid, lid, theory, "40", seen=None)
        with pytest.raises(StaleResult) as info:
            assessment.save_result(me, grid, lid, theory, "50", seen=seen)
        assert info.value.current == theirs and theirs is not None
        message = info.value.message
        if made["engine"] == "postgresql":  # her own database account
            assert message.startswith(f"{person.user} changed this result at ") and message.endswith(
                "; the grid now shows their value.")
            assert message.params == {"person": person.user, "when": theirs.assessed_at}  # (said: translated)
        else:  # the same computer user, in another window
            assert message.startswith("You changed this result at ") and message.endswith(
                ", in another window or program; the grid now shows that value.")
            assert message.params == {"when": theirs.assessed_at}
        assert clients.read_cell(me, grid, lid, theory) == theirs  # theirs stands
        with me.read_session() as s:  # recorded as saved by them
            assert s.scalar(select(AssessmentResult.changed_by).where(
                AssessmentResult.cohort_id == grid, AssessmentResult.learner_id == lid)) == (
                person.user or assessment.changed_by(s))
        # with what is stored now, the save lands; a clear from the old view is refused too
        mine = assessment.save_result(me, grid, lid, theory, "50", seen=theirs)
        assert mine is not None and mine.value == "50"
        with pytest.raises(StaleResult):
            assessment.save_result(person, grid, lid, theory, None, seen=theirs)
        # typing what someone else has just saved loses nothing: no refusal
        assert assessment.save_result(person, grid, lid, theory, "50", seen=None) == mine
        assert assessment.save_result(me, grid, lid, theory, None, seen=mine) is None
        with pytest.raises(StaleResult) as cleared:
            assessment.save_result(person, grid, lid, theory, "60", seen=mine)
        assert cleared.value.current is None and "cleared this result" in cleared.value.message


def test_a_stale_evidence_edit_is_refused(made: dict[str, Any], person: Workspace) -> None:
    grid, lid = made["grid"], made["learners"][1]
    with Workspace.open(made["folder"]) as me:
        assessment.set_evidence(person, grid, lid, "Calm under pressure", None, seen=(None, None))
        with pytest.raises(StaleResult) as info:
            assessment.set_evidence(me, grid, lid, "Hesitant", None, seen=(None, None))
        assert info.value.current == ("Calm under pressure", None)
        assessment.set_evidence(me, grid, lid, "Hesitant", None, seen=("Calm under pressure", None))
        with me.read_session() as s:
            assert [e.note for e in s.scalars(select(Evidence).where(Evidence.learner_id == lid))] == ["Hesitant"]


def test_an_insert_racing_another_insert_is_refused_on_postgresql(made: dict[str, Any], person: Workspace) -> None:
    """Both see the cell empty; the other person's insert is not committed yet when this save
    looks, so only the unique constraint can tell: the save waits for it and is refused."""
    if made["engine"] != "postgresql":
        pytest.skip("SQLite lets one writer at a time in: two inserts cannot race")
    import threading

    grid, (theory, _p), lid = made["grid"], made["criteria"], made["learners"][2]
    outcome: list[object] = []
    with Workspace.open(made["folder"]) as me:
        with person.session() as theirs:
            theirs.add(AssessmentResult(cohort_id=grid, learner_id=lid, criterion_id=theory, value="70",
                                        assessor="Anna", changed_by=person.user))
            theirs.flush()  # inserted, not committed
            save = threading.Thread(target=lambda: outcome.append(_attempt(me, grid, lid, theory)))
            save.start()
            _wait_until(lambda: _waiting_for_a_lock(made["url"]))  # this save now waits on their row
        save.join(timeout=60)  # their transaction has committed
    [refused] = outcome
    assert isinstance(refused, StaleResult) and isinstance(refused.current, Seen) and refused.current.value == "70"
    assert refused.message.params["person"] == person.user


def _attempt(ws: Workspace, grid: int, lid: int, crit: int) -> object:
    try:
        return assessment.save_result(ws, grid, lid, crit, "80", seen=None)
    except StaleResult as exc:
        return exc


def _waiting_for_a_lock(url: str) -> bool:
    with psycopg.connect(url, autocommit=True) as conn:
        return bool(conn.execute("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                                 "AND datname = current_database()").fetchone()[0])  # type: ignore[index]


def _wait_until(condition: Any, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "waited in vain"
        time.sleep(0.02)


def test_a_second_issue_says_who_is_issuing(made: dict[str, Any], person: Workspace, tmp_path: Path) -> None:
    cohort = made["issue"][0]
    target = issuing_lock.cohort_target(cohort)
    with Workspace.open(made["folder"]) as me:
        with issuing_lock.claimed(person, target):
            with pytest.raises(IssuingBusy) as info:
                issuing.issue_batch(me, cohort, clients.PASSPHRASE, tmp_path / "out", workers=1)
            with me.read_session() as s:
                assert s.scalar(select(Credential.id)) is None  # nothing was issued
        if made["engine"] == "postgresql":
            assert info.value.message.startswith(f"{person.user} has been issuing this cohort since ")
        else:  # the same computer user, in another window
            assert info.value.message.startswith("You have been issuing this cohort since ")
        assert info.value.message.endswith("try again when they have finished.") or "another window" in info.value.message
        # the holder has finished: the claim is gone, and issuing goes ahead
        summary = issuing.issue_batch(me, cohort, clients.PASSPHRASE, tmp_path / "out", workers=1)
        assert summary.complete and len(summary.issued) == len(cohorts.roster(me, cohort))
        with me.read_session() as s:
            assert s.scalar(select(IssuingClaim.target)) is None


def test_a_claim_left_by_a_killed_issuer_is_taken_over(made: dict[str, Any], tmp_path: Path) -> None:
    cohort = made["issue"][1]
    with Workspace.open(made["folder"]) as ws:
        with ws.session() as s:  # a batch that died (SIGKILL) left its row; its lock died with it
            s.add(IssuingClaim(target=issuing_lock.cohort_target(cohort), holder="ghost"))
        summary = issuing.issue_batch(ws, cohort, clients.PASSPHRASE, tmp_path / "out", workers=1)
        assert summary.complete and summary.issued
        with ws.read_session() as s:
            assert s.scalar(select(IssuingClaim.target)) is None


def test_the_command_line_says_who_is_issuing(made: dict[str, Any], person: Workspace, tmp_path: Path) -> None:
    env = {**os.environ, "BADGESMITH_PASSPHRASE": clients.PASSPHRASE, "BADGESMITH_WORKSPACE": str(made["folder"])}
    with issuing_lock.claimed(person, issuing_lock.cohort_target(made["issue"][2])):
        done = subprocess.run([sys.executable, "-m", "badgesmith.cli", "issue", "--cohort", "Course 2", "--out",
                               str(tmp_path / "out")], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode != 0
    assert "issuing this cohort since" in done.stderr and "Traceback" not in done.stderr, done.stderr


def test_status_list_indexes_are_reserved_in_turn(made: dict[str, Any], tmp_path: Path) -> None:
    with Workspace.open(made["folder"]) as ws:
        first = issuing_lock.reserve_status_indexes(ws, 5)
        second = issuing_lock.reserve_status_indexes(ws, 3)
        assert second == first + 5
        summary = issuing.issue_batch(ws, made["issue"][0], clients.PASSPHRASE, tmp_path / "out", workers=1)
        with ws.read_session() as s:
            indexes = sorted(s.scalars(select(Credential.status_list_index)))
    assert indexes == list(range(second + 3, second + 3 + len(summary.issued)))  # after what was reserved


# --- a client killed in the middle of a batch on PostgreSQL ---------------------------------------------


@pytest.mark.slow
def test_killed_on_postgresql_then_resumed(pg_database: str, tmp_path: Path) -> None:
    """test_kill_resume's walk on a shared workspace: each kill leaves the advisory lock to the
    server (it goes with the connection) and the claim row to be taken over."""
    from badgesmith.core.services.demo import create_demo
    from tests.core.test_kill_resume import (
        _check_after_kill,
        _check_resumed,
        _files_written_since,
        _kill,
        _start,
    )

    n = 60
    ws_dir, out = tmp_path / "ws", tmp_path / "out"
    with create_demo(ws_dir, n, pathway=False, database=pg_database) as ws:
        info = issuer.get_issuer(ws)
        issuer.update_issuer(ws, info.name, info.url, info.email, status_list_url=clients.STATUS_LIST)
    counts = []
    for i in range(6):
        started = time.time()
        proc = _start(ws_dir, out)
        deadline = time.monotonic() + 120
        target = 1 + 3 * i  # a few more certificates in place each time
        while proc.poll() is None and _files_written_since(out, started) < target and time.monotonic() < deadline:
            time.sleep(0.002)
        if proc.poll() is not None:
            break
        _kill(proc)
        _wait_until(lambda: not _advisory_locks(pg_database))  # the server has noticed
        counts.append(_check_after_kill(ws_dir, out))
    assert len(counts) >= 4, f"only {len(counts)} kills landed"
    assert counts == sorted(counts) and counts[-1] < n, counts
    proc = _start(ws_dir, out)
    assert proc.wait(timeout=300) == 0, proc.stderr.read().decode() if proc.stderr else ""
    assert _check_resumed(ws_dir, out) == n  # exactly one credential per learner
    with Workspace.open(ws_dir) as ws, ws.read_session() as s:
        assert s.scalar(select(IssuingClaim.target)) is None
        indexes = list(s.scalars(select(Credential.status_list_index)))
    assert None not in indexes and len(set(indexes)) == len(indexes)


def _advisory_locks(url: str) -> int:
    with psycopg.connect(url, autocommit=True) as conn:
        return int(conn.execute("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                                "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
                                ).fetchone()[0])  # type: ignore[index]
