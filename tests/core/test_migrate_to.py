"""migrate-to: a workspace of this computer copied into an empty PostgreSQL database (a real server),
checked (rows, audit log, every credential), and nothing changed anywhere when it cannot be.

The source of a move is an SQLite workspace, so these tests run on the SQLite run of the suite
(``sqlite_only``); the target is always the test server."""

from __future__ import annotations

import shutil
import sqlite3
import stat
import time
from dataclasses import replace
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select

from badgesmith.core.credentials.verify import Verdict
from badgesmith.core.errors import WorkspaceError
from badgesmith.core.services import (
    assessment,
    cohorts,
    issuer,
    issuing,
    learners,
    migration,
    register,
    verification,
    workspaces,
)
from badgesmith.core.services.demo import DEMO_PASSPHRASE, create_demo
from badgesmith.core.store import transfer
from badgesmith.core.store.models import Cohort, Enrolment
from badgesmith.core.store.workspace import Workspace
from tests.conftest import db_snapshot
from tests.core.moving import fresh_database, relations, rows

pytestmark = pytest.mark.sqlite_only


@pytest.fixture(scope="module")
def _demo_with_credentials(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("move-demo") / "demo"
    create_demo(folder).close()  # with its pathway: 33 credentials, one revoked
    return folder


@pytest.fixture
def source(_demo_with_credentials: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(_demo_with_credentials, tmp_path / "workspace"))


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def _rows_of(folder: Path) -> dict:
    with Workspace.open(folder, create=False) as ws:
        return rows(ws)


def test_the_demo_moves_in_and_every_check_passes(pg_server, source, tmp_path):
    before = _rows_of(source)
    with fresh_database(pg_server) as url:
        started = time.perf_counter()
        report = migration.migrate_to(source, url)
        print(f"\nmigrate-to of the demo: {time.perf_counter() - started:.2f} s")
        assert report.rows == {t: len(r) for t, r in before.items()}
        assert report.credentials == len(before["credential"]) == 33 and not report.failed_before
        assert report.verdicts == {"verified": 32, "revoked": 1}
        assert report.audit_events == len(before["audit_event"])
        assert any("33 of 33 credentials verify" in line for line in report.lines())
        # the folder is the shared workspace's local side; the SQLite file is kept, private
        assert not (source / "workspace.db").exists() and (source / "shared-database.json").exists()
        assert report.kept.parent == source / "backups"
        assert stat.S_IMODE(report.kept.stat().st_mode) == 0o600
        assert not list(source.glob(".migrate-to-*"))
        kept = tmp_path / "kept"
        kept.mkdir()
        shutil.copyfile(report.kept, kept / "workspace.db")
        assert _rows_of(kept) == before
        with Workspace.open(source) as ws:
            assert ws.is_shared and ws.folder == source
            assert rows(ws) == before
            assert not workspaces.check_audit_log(ws)
            issuer.unlock_key(ws, DEMO_PASSPHRASE)
            # new rows take ids after the copied ones, and the log goes on from the copied chain
            added = learners.add_learner(ws, "Arrived After The Move", "after.the.move@example.org")
            assert added.id > max(r[0] for r in before["learner"])
            active = register.list_credentials(ws, status="active", limit=1)[0].id
            register.revoke(ws, active, "Recorded by mistake.", DEMO_PASSPHRASE)
            assert not workspaces.check_audit_log(ws)


@pytest.mark.slow
def test_a_workspace_of_100000_learners_moves_in_within_a_minute(pg_server, tmp_path):
    folder = tmp_path / "big"
    ws = create_demo(folder, 100_000)  # one cohort of all of them, every result recorded
    with ws.read_session() as s:
        bulk = s.scalars(select(Cohort)).one()
        some = list(s.scalars(select(Enrolment.learner_id).order_by(Enrolment.learner_id).limit(300)))
    # 300 of them also in a small cohort, issued (planning the big one alone would take longer than the move)
    small = cohorts.create_cohort(ws, "Evening repeat", bulk.achievement_id)
    cohorts.enrol(ws, small.id, some)
    attended = assessment.criteria_for_cohort(ws, small.id)[0].id
    assessment.record_results(ws, small.id, [(lid, attended, "attended") for lid in some], assessor="Demo")
    assert len(issuing.issue_batch(ws, small.id, DEMO_PASSPHRASE, tmp_path / "certificates").issued) == 300
    with ws.engine.connect() as conn:
        counts = transfer.row_counts(conn)
    ws.close()
    with fresh_database(pg_server) as url:
        started = time.perf_counter()
        report = migration.migrate_to(folder, url)
        seconds = time.perf_counter() - started
        print(f"\nmigrate-to of 100,000 learners: {seconds:.1f} s (copy {report.copy_seconds:.1f} s, "
              f"checks {report.check_seconds:.1f} s)")
        assert seconds < 60
        assert report.rows == counts and counts["learner"] == 100_000 and counts["assessment_result"] == 100_300
        assert report.verdicts == {"verified": 300}
        with Workspace.open(folder) as shared, shared.engine.connect() as conn:
            assert transfer.row_counts(conn) == counts
            assert learners.search_prefix(shared, "Zoë", limit=5)


def test_a_database_that_is_not_empty_is_refused_and_nothing_changes(pg_server, source):
    before, files = db_snapshot(source), _files(source)
    with fresh_database(pg_server) as url:
        with psycopg.connect(url) as conn:
            conn.execute("CREATE TABLE other_app (x int)")
            conn.execute("INSERT INTO other_app VALUES (1)")
        with pytest.raises(WorkspaceError, match="is not empty.*other_app"):
            migration.migrate_to(source, url)
        assert relations(url) == ["other_app"]
        with psycopg.connect(url) as conn:
            assert conn.execute("SELECT count(*) FROM other_app").fetchone() == (1,)
    assert db_snapshot(source) == before and _files(source) == files


def test_a_shared_workspace_in_use_is_not_a_target(pg_server, source, tmp_path):
    with fresh_database(pg_server) as url:
        create_demo(tmp_path / "theirs", pathway=False, database=url).close()
        before = db_snapshot(source)
        with pytest.raises(WorkspaceError, match="is not empty"):
            migration.migrate_to(source, url)
        assert db_snapshot(source) == before and not (source / "shared-database.json").exists()


def test_a_failure_half_way_leaves_the_target_empty_and_the_workspace_untouched(pg_server, source):
    # SQLite keeps a text longer than its column; PostgreSQL refuses it. assessment_result is the
    # last table copied: every other table is in the target's transaction when it fails
    assert transfer.TABLES[-1].name == "assessment_result"
    con = sqlite3.connect(source / "workspace.db")
    with con:
        con.execute("UPDATE assessment_result SET assessor = ? WHERE id = (SELECT min(id) FROM assessment_result)",
                    ("x" * 300,))
    con.close()
    before, files = db_snapshot(source), _files(source)
    with fresh_database(pg_server) as url:
        with pytest.raises(WorkspaceError, match="table assessment_result") as refused:
            migration.migrate_to(source, url)
        assert "\n" not in refused.value.message and "nothing was copied" in refused.value.message
        assert relations(url) == []  # as found: not even the tables the move made
        assert db_snapshot(source) == before and _files(source) == files
        # put right, the same database takes it
        con = sqlite3.connect(source / "workspace.db")
        with con:
            con.execute("UPDATE assessment_result SET assessor = 'Dr. Hannah Okafor' WHERE length(assessor) > 200")
        con.close()
        assert migration.migrate_to(source, url).credentials == 33


def test_a_credential_that_fails_its_check_there_takes_the_whole_copy_back(pg_server, source, monkeypatch):
    """The last check runs on the committed copy: one credential that verified here but not there
    (here made to fail on the server's side only) and the copy goes again."""
    real = verification.verify_texts

    def failing_there(ws, texts):
        for n, report in enumerate(real(ws, texts)):
            if ws.is_shared and n == 7:
                report = replace(report, verdict=Verdict.NOT_VERIFIED)
            yield report

    monkeypatch.setattr(verification, "verify_texts", failing_there)
    before, files = db_snapshot(source), _files(source)
    with fresh_database(pg_server) as url:
        with pytest.raises(WorkspaceError, match="1 credential.*verify in the workspace but not in the copy"):
            migration.migrate_to(source, url)
        assert relations(url) == []
    assert db_snapshot(source) == before and _files(source) == files


def test_a_broken_audit_log_is_refused_before_anything_is_made(pg_server, source):
    con = sqlite3.connect(source / "workspace.db")
    with con:
        con.execute("UPDATE audit_event SET details = '{\"forged\": true}' WHERE id = (SELECT max(id) FROM audit_event)")
    con.close()
    before = db_snapshot(source)
    with fresh_database(pg_server) as url:
        with pytest.raises(WorkspaceError, match="audit log of this workspace is already broken"):
            migration.migrate_to(source, url)
        assert relations(url) == []
    assert db_snapshot(source) == before


def test_an_empty_shared_workspace_is_a_target(pg_server, source, tmp_path):
    """Set up (e.g. by "Connect to a shared database") with nothing in it yet: as good as empty."""
    with fresh_database(pg_server) as url:
        Workspace.open(tmp_path / "set-up", url=url).close()
        report = migration.migrate_to(source, url)
        assert report.credentials == 33 and not report.failed_before


def test_a_folder_that_is_already_shared_or_empty_is_refused(tmp_path):
    with pytest.raises(WorkspaceError, match="no workspace"):
        migration.migrate_to(tmp_path / "nothing", "postgresql://anna@server/badgesmith")
    (tmp_path / "shared").mkdir()
    (tmp_path / "shared" / "shared-database.json").write_text('{"url": "postgresql://anna@server/badgesmith"}')
    with pytest.raises(WorkspaceError, match="already the local side"):
        migration.migrate_to(tmp_path / "shared", "postgresql://anna@server/badgesmith")
