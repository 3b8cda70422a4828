"""Roles on a shared workspace are the database's: an instructor's or issuer's own connection
cannot write what their role does not include, even with hand-written SQL (a real PostgreSQL)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from badgesmith.core.errors import NotPermitted, SignInRefused
from badgesmith.core.services import (
    assessment,
    cohorts,
    issuer,
    register,
    shared_database,
    workspaces,
)
from badgesmith.core.services.demo import DEMO_PASSPHRASE, create_demo
from badgesmith.core.store.roles import Role
from badgesmith.core.store.workspace import Workspace
from tests.pgdatabases import fresh_database, refuses

PASSWORD = "correct horse 42"


@pytest.fixture(scope="module")
def college(pg_server, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[Role, str]]]:
    """The demo on a fresh database, set up by its owner, with one person in each role:
    (database name, {role: sign-in name})."""
    tag = uuid.uuid4().hex[:8]
    with fresh_database(pg_server, "roles") as url:
        owner = create_demo(tmp_path_factory.mktemp("college") / "owner", database=url)
        people = {role: f"{role.value}_{tag}" for role in Role}
        for role, name in people.items():
            shared_database.add_person(owner, name, PASSWORD, role)
        owner.close()
        yield str(make_url(url).database), people
    with psycopg.connect(pg_server.url(), autocommit=True) as conn:
        for name in people.values():
            conn.execute(f'DROP ROLE "{name}"')


def _as(pg_server, college, role: Role) -> psycopg.Connection:
    db, people = college
    return psycopg.connect(pg_server.url(db, user=people[role], password=PASSWORD))


def _refused(conn: psycopg.Connection, sql: str) -> None:
    with pytest.raises(psycopg.errors.InsufficientPrivilege), conn.transaction():
        conn.execute(sql)


WRITES_OF_ISSUERS = [
    "INSERT INTO credential (id, learner_id, achievement_id, version_id, key_id, signed_json, recipient_name, "
    "achievement_name, issued_at, awarded_date, valid_from, status) SELECT 'urn:uuid:forged', learner_id, "
    "achievement_id, version_id, key_id, signed_json, recipient_name, achievement_name, issued_at, awarded_date, "
    "valid_from, 'active' FROM credential LIMIT 1",
    "UPDATE credential SET status = 'revoked'",
    "DELETE FROM credential",
    "INSERT INTO audit_event (at, kind, details, prev_hash, hash) VALUES (now(), 'issued', '{}', 'x', 'y')",
    "UPDATE setting SET value = '{}' WHERE key = 'audit_head'",
    "UPDATE achievement_version SET name = 'Forged'",
]
WRITES_OF_ADMINISTRATORS = [
    "UPDATE signing_key SET status = 'retired'",
    "INSERT INTO signing_key (did, public_key, encrypted_private_key, status, created_at) "
    "VALUES ('did:key:forged', '\\x00', '\\x00', 'current', now())",
    "DELETE FROM signing_key",
    "UPDATE issuer_profile SET name = 'Forged College'",
    "UPDATE audit_event SET details = '{}'",
    "DELETE FROM audit_event",
    "TRUNCATE audit_event",
]


def test_an_instructor_cannot_write_credentials_keys_or_the_log(pg_server, college) -> None:
    with _as(pg_server, college, Role.INSTRUCTOR) as conn:
        for sql in WRITES_OF_ISSUERS + WRITES_OF_ADMINISTRATORS:
            _refused(conn, sql)
        # nor read the encrypted signing key (the public one, yes)
        _refused(conn, "SELECT encrypted_private_key FROM signing_key")
        assert conn.execute("SELECT did, public_key FROM signing_key").fetchall()
        # what an instructor is for: results (and reading the register)
        with conn.transaction():
            n = conn.execute("UPDATE assessment_result SET value = value").rowcount
            assert n > 0
        assert conn.execute("SELECT count(*) FROM credential").fetchone()[0] > 0


def test_an_issuer_appends_to_the_log_in_their_own_name_only(pg_server, college) -> None:
    db, people = college
    with _as(pg_server, college, Role.ISSUER) as conn:
        for sql in WRITES_OF_ADMINISTRATORS:
            _refused(conn, sql)
        _refused(conn, "INSERT INTO audit_event (at, kind, details, prev_hash, hash, actor) "
                       f"VALUES (now(), 'revoked', '{{}}', 'x', 'y', '{people[Role.ADMINISTRATOR]}')")
        _refused(conn, "INSERT INTO audit_event (at, kind, details, prev_hash, hash) "
                       "VALUES (now(), 'revoked', '{}', 'x', 'y')")
        # accepted in their own name (rolled back: the demo is shared by this module's tests)
        with conn.transaction(force_rollback=True):
            inserted = conn.execute("INSERT INTO audit_event (at, kind, details, prev_hash, hash, actor) "
                                    f"VALUES (now(), 'test', '{{}}', 'x', 'y', '{people[Role.ISSUER]}')")
            assert inserted.rowcount == 1


def test_the_app_says_what_a_role_may_not_do_and_records_who(pg_server, college, tmp_path: Path) -> None:
    db, people = college
    url = pg_server.url(db, user=people[Role.INSTRUCTOR])
    if refuses(pg_server.url(db, user=people[Role.INSTRUCTOR], password="wrong password")):
        with pytest.raises(SignInRefused):
            Workspace.open(tmp_path / "anna", url=url, password="wrong password")
    ws = Workspace.open(tmp_path / "anna", url=url, password=PASSWORD)
    try:
        assert (ws.user, ws.role) == (people[Role.INSTRUCTOR], Role.INSTRUCTOR)
        cohort, criterion = next((c, k) for c in cohorts.list_cohorts(ws)
                                 for k in assessment.criteria_for_cohort(ws, c.id) if k.levels)
        learner = next(iter(assessment.cohort_results(ws, cohort.id)))
        assessment.record_result(ws, cohort.id, learner, criterion.id, criterion.levels[-1])
        stored = assessment.cohort_results(ws, cohort.id)[learner].values[criterion.id]
        assert stored.value == criterion.levels[-1]
        credential = register.list_credentials(ws)[0]
        with pytest.raises(NotPermitted, match="issuer role"):
            register.revoke(ws, credential.id, "testing", DEMO_PASSPHRASE)
        with pytest.raises(NotPermitted, match="issuer role"):
            issuer.unlock_key(ws, DEMO_PASSPHRASE)
    finally:
        ws.close()
    issuer_ws = Workspace.open(tmp_path / "ben", url=pg_server.url(db, user=people[Role.ISSUER]), password=PASSWORD)
    try:
        credential = register.list_credentials(issuer_ws)[0]
        register.revoke(issuer_ws, credential.id, "testing roles", DEMO_PASSPHRASE)
        register.reinstate(issuer_ws, credential.id, DEMO_PASSPHRASE)
        with issuer_ws.read_session() as s:
            from badgesmith.core.store import audit

            latest = audit.events(s, limit=2)
        assert {e.actor for e in latest} == {people[Role.ISSUER]}
        assert workspaces.check_audit_log(issuer_ws) == []
    finally:
        issuer_ws.close()


def test_a_removed_person_cannot_sign_in_and_stays_listed(pg_server, college, tmp_path: Path) -> None:
    from badgesmith.core.errors import WorkspaceError

    db, people = college
    name = f"gone_{uuid.uuid4().hex[:8]}"
    admin = Workspace.open(tmp_path / "admin", url=pg_server.url(db, user=people[Role.ADMINISTRATOR]),
                           password=PASSWORD)
    try:
        shared_database.add_person(admin, name, PASSWORD, Role.INSTRUCTOR)  # an administrator may add people
        Workspace.open(tmp_path / "gone", url=pg_server.url(db, user=name), password=PASSWORD).close()
        shared_database.remove_person(admin, name)
        with pytest.raises(WorkspaceError, match="may no longer sign in"):
            Workspace.open(tmp_path / "gone2", url=pg_server.url(db, user=name), password=PASSWORD)
        assert (name, Role.INSTRUCTOR, False) in shared_database.list_people(admin)
        with pytest.raises(NotPermitted):
            issuer_ws = Workspace.open(tmp_path / "i", url=pg_server.url(db, user=people[Role.ISSUER]),
                                       password=PASSWORD)
            try:
                shared_database.add_person(issuer_ws, f"x{name}", PASSWORD, Role.INSTRUCTOR)
            finally:
                issuer_ws.close()
    finally:
        admin.close()
        with psycopg.connect(pg_server.url(), autocommit=True) as conn:
            conn.execute(f'DROP ROLE IF EXISTS "{name}"')


@pytest.mark.sqlite_only  # a local workspace file, before the shared one
def test_a_first_start_that_chooses_a_shared_database_may_use_its_own_folder(pg_database, tmp_path: Path) -> None:
    """The folder of a first start already holds an empty local workspace when the trainer picks a
    shared database instead: that one is nobody's data and gives way; a used one never does."""
    from badgesmith.core.errors import WorkspaceError
    from badgesmith.core.services import learners

    Workspace.open(tmp_path / "fresh").close()  # what the first start made
    Workspace.open(tmp_path / "fresh", url=pg_database).close()
    assert not (tmp_path / "fresh" / "workspace.db").exists()
    with Workspace.open(tmp_path / "used") as used:
        learners.add_learner(used, "Ada Lovelace")
    with pytest.raises(WorkspaceError, match="holds a workspace of this computer"):
        Workspace.open(tmp_path / "used", url=pg_database)
    assert (tmp_path / "used" / "workspace.db").exists()


def test_what_the_database_refuses_is_said_in_a_sentence(pg_database, tmp_path: Path) -> None:
    from sqlalchemy.exc import SQLAlchemyError

    from badgesmith.core.store.models import Learner

    with Workspace.open(tmp_path / "ws", url=pg_database) as ws:
        with pytest.raises(SQLAlchemyError) as too_long, ws.session() as s:
            s.add(Learner(name="x" * 300, name_key="x" * 300, family_key="x"))
        assert "longer than the shared database can hold" in str(shared_database.explain(too_long.value))
        ws.engine.dispose()  # the server drops the connection: the next use says so, nothing half-written
        with psycopg.connect(pg_database, autocommit=True) as conn:
            conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                         "WHERE datname = current_database() AND pid <> pg_backend_pid()")
        assert shared_database.list_people(ws) is not None  # pre-ping: a fresh connection, no error
