"""Schema versions with Alembic, a backup before each upgrade, refusal of newer schemas."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from badgesmith.core.errors import WorkspaceError, WorkspaceTooNew

if TYPE_CHECKING:
    from badgesmith.core.store.workspace import Workspace

MIGRATIONS = Path(__file__).with_name("migrations")


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


@cache
def _scripts() -> ScriptDirectory:
    """The migration scripts, read once per process (every workspace open consults them)."""
    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    head = _scripts().get_current_head()
    assert head is not None
    return head


def current_revision(ws: Workspace) -> str | None:
    with ws.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade_to_head(ws: Workspace) -> Path | None:
    """Bring the schema to the newest version. Returns the backup written, if any."""
    script = _scripts()
    head = script.get_current_head()
    try:
        current = current_revision(ws)
    except Exception as exc:  # a damaged file, or not a database at all
        raise WorkspaceError(f"The workspace database cannot be read: {exc}.") from exc
    if current == head:
        return None
    if current is not None:
        try:
            script.get_revision(current)
        except Exception as exc:
            raise WorkspaceTooNew(
                "This workspace was written by a newer version of Badgesmith "
                f"(schema {current}); install the newer version to open it."
            ) from exc
    backup = None
    if current is not None and ws.is_sqlite:
        backup = backup_database_file(ws, f"before-upgrade-{current}")
    elif current is None and ws.is_sqlite and _has_tables(ws):
        raise WorkspaceError(f"{ws.db_path} is an SQLite file but not a Badgesmith workspace.")
    cfg = _config()
    with ws.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return backup


def _has_tables(ws: Workspace) -> bool:
    with ws.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'").all()
    return bool(rows)


def backup_database_file(ws: Workspace, label: str) -> Path:
    """Copy the live database with SQLite's online backup API into ``backups/``."""
    dest_dir = ws.folder / "backups"
    dest_dir.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    dest = dest_dir / f"workspace-{label}-{stamp}.db"
    sqlite_backup(ws.db_path, dest)
    return dest


def sqlite_backup(source: Path, dest: Path) -> None:
    """Consistent copy of a (possibly open, WAL-mode) SQLite database."""
    tmp = dest.with_name(dest.name + ".part")
    src = sqlite3.connect(str(source))
    try:
        out = sqlite3.connect(str(tmp))
        try:
            src.backup(out)
            out.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file
        finally:
            out.close()
    finally:
        src.close()
    tmp.replace(dest)
