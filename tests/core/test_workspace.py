"""Opening, creating, upgrading and refusing workspaces."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from badgesmith.core.errors import WorkspaceError, WorkspaceTooNew
from badgesmith.core.store.migrate import current_revision, head_revision
from badgesmith.core.store.workspace import Workspace
from tests.conftest import FIXTURES

SCHEMAS = sorted((FIXTURES / "schemas").glob("workspace-*.db"))


@pytest.mark.sqlite_only  # the SQLite file itself
def test_new_workspace_is_wal_with_foreign_keys(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "w") as ws, ws.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert c.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert current_revision(ws.engine) == head_revision()


def test_engine_url_is_configurable(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'elsewhere.sqlite'}"
    with Workspace.open(tmp_path / "w", url=url) as ws:
        assert str(ws.engine.url) == url
    assert (tmp_path / "elsewhere.sqlite").exists()


@pytest.mark.parametrize("fixture", SCHEMAS, ids=lambda p: p.name)
def test_every_released_schema_upgrades_to_the_newest(fixture: Path, tmp_path: Path) -> None:
    folder = tmp_path / "old"
    folder.mkdir()
    shutil.copy(fixture, folder / "workspace.db")
    before = sqlite3.connect(folder / "workspace.db").execute("SELECT count(*) FROM learner").fetchone()[0]
    with Workspace.open(folder) as ws:
        assert current_revision(ws.engine) == head_revision()
        with ws.engine.connect() as c:
            assert c.exec_driver_sql("SELECT count(*) FROM learner").scalar() == before
    old_rev = fixture.stem.split("-")[1]
    backups = list((folder / "backups").glob(f"workspace-before-upgrade-{old_rev}-*.db")) if (folder / "backups").exists() else []
    if old_rev != head_revision():
        assert len(backups) == 1, "a backup must be written before migrating"
        rev = sqlite3.connect(backups[0]).execute("SELECT version_num FROM alembic_version").fetchone()[0]
        assert rev == old_rev
    else:
        assert backups == []


def test_revisions_read_from_file_names_are_alembics() -> None:
    """Opening a workspace reads the revisions from the scripts' file names, not through Alembic;
    both readings must agree: the same revisions, in the same order, the same head."""
    from alembic.script import ScriptDirectory

    from badgesmith.core.store.migrate import MIGRATIONS, revisions

    scripts = ScriptDirectory(str(MIGRATIONS))
    assert revisions() == tuple(s.revision for s in reversed(list(scripts.walk_revisions())))
    assert head_revision() == scripts.get_current_head()


def test_schema_fixture_for_head_exists() -> None:
    assert (FIXTURES / "schemas" / f"workspace-{head_revision()}.db").exists(), \
        "keep a fixture file of each released schema"


@pytest.mark.sqlite_only  # the SQLite file itself
def test_newer_schema_is_refused_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "w"
    Workspace.open(folder).close()
    con = sqlite3.connect(folder / "workspace.db")
    con.execute("UPDATE alembic_version SET version_num='9999'")
    con.commit()
    con.close()
    data = (folder / "workspace.db").read_bytes()
    with pytest.raises(WorkspaceTooNew, match="newer version of Badgesmith"):
        Workspace.open(folder)
    assert (folder / "workspace.db").read_bytes() == data


def test_not_a_database_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "w"
    folder.mkdir()
    (folder / "workspace.db").write_bytes(b"PK\x03\x04 this is a zip file, not SQLite" * 10)
    with pytest.raises(WorkspaceError, match="not a Badgesmith workspace"):
        Workspace.open(folder)


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "w"
    folder.mkdir()
    con = sqlite3.connect(folder / "workspace.db")
    con.execute("CREATE TABLE recipes (id INTEGER)")
    con.commit()
    con.close()
    with pytest.raises(WorkspaceError, match="not a Badgesmith workspace"):
        Workspace.open(folder)


def test_missing_workspace_without_create(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError, match="no workspace"):
        Workspace.open(tmp_path / "nothing", create=False)


def test_migrations_build_exactly_the_models(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from badgesmith.core.store.models import Base

    with Workspace.open(tmp_path / "w") as ws, ws.engine.connect() as c:
        assert compare_metadata(MigrationContext.configure(c), Base.metadata) == []


def test_upgrade_from_0001_recomputes_learner_sort_keys(tmp_path: Path) -> None:
    from badgesmith.core.services.learners import list_learners, name_key

    folder = tmp_path / "old"
    folder.mkdir()
    shutil.copy(FIXTURES / "schemas" / "workspace-0001.db", folder / "workspace.db")
    with Workspace.open(folder) as ws:
        with ws.engine.connect() as c:
            rows = c.exec_driver_sql("SELECT name, name_key FROM learner").all()
        assert rows and all(key == name_key(name) for name, key in rows)
        names = [x.name for x in list_learners(ws, limit=1000)]
    assert names.index("Ágnes Szőke") < names.index("Zoë Ñúñez-Çelik")
