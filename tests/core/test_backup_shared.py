"""Backup and restore of a shared workspace (a real PostgreSQL server): the same archive as for a
workspace of this computer, restorable into either kind; checked fully before anything is replaced;
only the administrator who owns the tables may restore."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import uuid
import zipfile
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from badgesmith.core.credentials import keys as keylib
from badgesmith.core.credentials.didkey import raw_public_bytes
from badgesmith.core.errors import NotPermitted, WorkspaceError
from badgesmith.core.services import (
    backups,
    issuer,
    learners,
    register,
    shared_database,
    workspaces,
)
from badgesmith.core.services.demo import DEMO_PASSPHRASE, create_demo
from badgesmith.core.store import backup as store_backup
from badgesmith.core.store import database_url
from badgesmith.core.store.backup import FORMAT
from badgesmith.core.store.roles import Role
from badgesmith.core.store.workspace import Workspace
from tests.core.moving import fresh_database, rows

PASSWORD = "correct horse 42"


@pytest.fixture(scope="module")
def _shared_demo(pg_server, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """The demo, credentials and all, set up on a database of its own: (folder, database name)."""
    with fresh_database(pg_server, "bs_backup_template") as url:
        folder = tmp_path_factory.mktemp("shared-demo") / "demo"
        create_demo(folder, database=url).close()
        yield folder, str(database_url.parse(url).database)


@pytest.fixture
def shared(_shared_demo, pg_server, tmp_path) -> Iterator[Workspace]:
    """A copy of the shared demo (its folder, and its database copied from the template's)."""
    template_folder, template = _shared_demo
    name = f"bs_backup_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_server.url(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    folder = Path(shutil.copytree(template_folder, tmp_path / "shared"))
    database_url.remember(folder, database_url.parse(pg_server.url(name)))
    ws = Workspace.open(folder)
    yield ws
    ws.close()
    with psycopg.connect(pg_server.url(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _kept(folder: Path) -> list[Path]:
    backups_dir = folder / "backups"
    return sorted(backups_dir.iterdir()) if backups_dir.is_dir() else []


def test_a_shared_backup_restores_into_a_fresh_workspace_of_this_computer(shared, tmp_path):
    assert shared.is_shared
    before = rows(shared)
    archive = backups.backup(shared, tmp_path / "b.zip", DEMO_PASSPHRASE)
    with zipfile.ZipFile(archive) as z:
        assert sorted(z.namelist()) == ["manifest.json", "workspace.db"]
        manifest = json.loads(z.read("manifest.json"))
    assert manifest["format"] == FORMAT and manifest["signature"]
    fresh = tmp_path / "laptop"
    report = backups.inspect_restore(fresh, archive)
    assert report.signed and not report.signer_known and report.needs_confirmation  # a new machine
    assert backups.restore(fresh, archive, report) is None
    with Workspace.open(fresh) as local:
        assert local.is_sqlite
        assert rows(local) == before
        assert not workspaces.check_audit_log(local)
        issuer.unlock_key(local, DEMO_PASSPHRASE)


def test_a_shared_backup_restores_into_the_shared_workspace(shared, tmp_path):
    before = rows(shared)
    archive = backups.backup(shared, tmp_path / "b.zip", DEMO_PASSPHRASE)
    learners.add_learner(shared, "Added After The Backup", "added.after@example.org")
    revoked = register.list_credentials(shared, status="active", limit=1)[0].id
    register.revoke(shared, revoked, "Recorded by mistake.", DEMO_PASSPHRASE)
    changed = rows(shared)
    report = backups.inspect_restore(shared, archive)
    assert report.signer_known and report.undone_revocations == (revoked,) and report.needs_confirmation
    with pytest.raises(WorkspaceError, match="needs your confirmation"):
        backups.restore(shared, archive, None)
    assert rows(shared) == changed and not _kept(shared.folder)

    kept = backups.restore(shared, archive, report)  # the user read it and said yes
    assert rows(shared) == before
    assert kept is not None and kept.parent == shared.folder / "backups"
    with sqlite3.connect(kept) as con:  # what was replaced, as a workspace file to open if need be
        assert con.execute("SELECT count(*) FROM learner WHERE name = 'Added After The Backup'").fetchone() == (1,)
    assert not workspaces.check_audit_log(shared)
    # the ids go on after the restored ones; the log goes on from the restored chain
    again = learners.add_learner(shared, "Added After The Restore", "added.restore@example.org")
    assert again.id > max(r[0] for r in before["learner"])
    register.revoke(shared, revoked, "Recorded by mistake, again.", DEMO_PASSPHRASE)
    assert not workspaces.check_audit_log(shared)


def test_restoring_through_the_folder_as_the_window_does(shared, tmp_path):
    archive = backups.backup(shared, tmp_path / "b.zip", DEMO_PASSPHRASE)
    before = rows(shared)
    learners.add_learner(shared, "Added After The Backup", "added.after@example.org")
    shared.close()
    folder = shared.folder
    report = backups.inspect_restore(folder, archive)
    assert not report.needs_confirmation  # our own backup, nothing issued or revoked since
    assert backups.restore(folder, archive, None) is not None
    with Workspace.open(folder) as ws:
        assert rows(ws) == before


def test_an_archive_of_this_computer_restores_into_a_new_shared_workspace(demo_ws, pg_server, tmp_path):
    before = rows(demo_ws)
    archive = backups.backup(demo_ws, tmp_path / "b.zip", DEMO_PASSPHRASE)
    with fresh_database(pg_server) as url, Workspace.open(tmp_path / "shared", url=url) as target:
        report = backups.inspect_restore(target, archive)
        assert [k.role for k in report.new_keys] == ["current signing key"]
        backups.restore(target, archive, report)
        assert rows(target) == before
        issuer.unlock_key(target, DEMO_PASSPHRASE)
        assert not workspaces.check_audit_log(target)


def _forged(archive: Path, damage: str) -> None:
    data = archive.read_bytes()
    if damage == "flip":
        i = len(data) // 2
        archive.write_bytes(data[:i] + bytes([data[i] ^ 0xFF]) + data[i + 1:])
        return
    # a trigger that would undo revocations, the manifest made to match and signed by the forger
    with zipfile.ZipFile(archive) as z:
        manifest = json.loads(z.read("manifest.json"))
        db = archive.with_suffix(".db")
        db.write_bytes(z.read("workspace.db"))
    with sqlite3.connect(db) as con:
        con.execute("CREATE TRIGGER undo_revocations AFTER UPDATE ON credential WHEN NEW.status = 'revoked' "
                    "BEGIN UPDATE credential SET status = 'active' WHERE id = NEW.id; END")
    con.close()
    body = db.read_bytes()
    forger = keylib.generate_key()
    manifest.update(sha256=hashlib.sha256(body).hexdigest(), size=len(body),
                    public_key=raw_public_bytes(forger.public_key()).hex())
    manifest.pop("signature")
    manifest["signature"] = forger.sign(store_backup._manifest_bytes(manifest)).hex()
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", json.dumps(manifest))
        z.writestr("workspace.db", body)


@pytest.mark.parametrize("damage", ["flip", "planted-trigger"])
def test_a_damaged_archive_is_refused_before_anything_is_replaced(shared, tmp_path, damage):
    archive = backups.backup(shared, tmp_path / "b.zip", DEMO_PASSPHRASE)
    learners.add_learner(shared, "Added After The Backup", "added.after@example.org")
    before = rows(shared)
    _forged(archive, damage)
    with pytest.raises(WorkspaceError, match="damaged|altered|never creates"):
        backups.inspect_restore(shared, archive)
    with pytest.raises(WorkspaceError, match="damaged|altered|never creates"):
        backups.restore(shared, archive, None)
    assert rows(shared) == before and not _kept(shared.folder)
    assert not [p for p in shared.folder.iterdir() if p.name.startswith("tmp")]  # no scratch left behind


def test_only_the_administrator_who_owns_the_tables_restores(shared, pg_server, tmp_path):
    archive = backups.backup(shared, tmp_path / "b.zip", DEMO_PASSPHRASE)
    tag = uuid.uuid4().hex[:8]
    people = {role: f"{role.value}_{tag}" for role in (Role.INSTRUCTOR, Role.ADMINISTRATOR)}
    for role, name in people.items():
        shared_database.add_person(shared, name, PASSWORD, role)
    database = str(shared.engine.url.database)
    before = rows(shared)
    try:
        for role, name in people.items():
            url = pg_server.url(database, user=name, password=PASSWORD)
            with Workspace.open(tmp_path / name, url=url) as theirs:
                report = backups.inspect_restore(theirs, archive)  # looking is allowed
                refusal = NotPermitted if role is Role.INSTRUCTOR else WorkspaceError
                with pytest.raises(refusal, match="administrator role" if role is Role.INSTRUCTOR else "owns"):
                    backups.restore(theirs, archive, report)
        assert rows(shared) == before and not _kept(shared.folder)
    finally:
        shared.close()
        with psycopg.connect(pg_server.url(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
            for name in people.values():
                conn.execute(f'DROP ROLE IF EXISTS "{name}"')
