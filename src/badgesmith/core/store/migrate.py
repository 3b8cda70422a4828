"""Schema versions with Alembic, a backup before each upgrade, refusal of newer schemas."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, inspect

from badgesmith.core.errors import WorkspaceError, WorkspaceTooNew
from badgesmith.core.fileio import private_dir
from badgesmith.core.said import QT_TRANSLATE_NOOP, said
from badgesmith.core.store import roles

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS = Path(__file__).with_name("migrations")


# Alembic (with Mako and Pygments, a tenth of a second) is imported only when a schema changes:
# opening an up-to-date workspace reads the revision names from the file names (revisions are
# numbered "NNNN" and each file begins with its number, which test_workspace checks against
# Alembic's own reading) and the database's version with one query.
def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


@cache
def _scripts() -> ScriptDirectory:
    """The migration scripts, read once per process (only when a schema changes)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config())


@cache
def revisions() -> tuple[str, ...]:
    """Every revision this installation knows, oldest first, from the scripts' file names."""
    names = sorted(p.name[:4] for p in (MIGRATIONS / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))
    return tuple(names)


def head_revision() -> str:
    known = revisions()
    if not known:
        raise WorkspaceError("Badgesmith's database migrations are missing from this installation.")
    return known[-1]


def current_revision(engine: Engine) -> str | None:
    """The schema version the database is at (None: no Badgesmith schema yet)."""
    with engine.connect() as conn:  # as Alembic's MigrationContext reads it
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def upgrade_to_head(engine: Engine, db_path: Path, *, may_upgrade: bool = True) -> Path | None:
    """Bring the schema of the database behind ``engine`` to the newest version. For an SQLite
    workspace (``db_path``) a copy is kept in its ``backups/`` first; returns that copy, if any.
    On a shared database only an administrator (``may_upgrade``) changes the schema, and the
    roles' grants are applied again afterwards (an upgrade may add tables)."""
    head = head_revision()
    is_sqlite = engine.dialect.name == "sqlite"
    try:
        current = current_revision(engine)
    except Exception as exc:  # a damaged file, or not a database at all
        raise WorkspaceError(f"The workspace database cannot be read: {exc}.") from exc
    if current == head:
        return None
    if current is not None and current not in revisions():
        raise WorkspaceTooNew(
            "This workspace was written by a newer version of Badgesmith "
            f"(schema {current}); install the newer version to open it."
        )
    if not may_upgrade:
        raise WorkspaceError(said(QT_TRANSLATE_NOOP(
            "core", "The shared database needs an upgrade to this version of Badgesmith; your administrator does "
                    "it by signing in with this version once.")))
    backup = None
    if current is not None and is_sqlite:
        backup = backup_database_file(db_path, f"before-upgrade-{current}")
    elif current is None and is_sqlite and _has_tables(engine):
        raise WorkspaceError(f"{db_path} is an SQLite file but not a Badgesmith workspace.")
    with engine.begin() as conn:
        _upgrade(conn, "head")
        if not is_sqlite:
            roles.apply_grants(conn)
    return backup


def _upgrade(conn: Connection, revision: str) -> None:
    from alembic import command

    cfg = _config()
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, revision)


def _has_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'").all()
    return bool(rows)


BACKUPS_DIR = "backups"  # the workspace's own copies: before an upgrade, before a restore


def backup_database_file(db_path: Path, label: str) -> Path:
    """Copy the live database with SQLite's online backup API into ``backups/`` beside it."""
    dest_dir = private_dir(db_path.parent / BACKUPS_DIR)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    dest = dest_dir / f"workspace-{label}-{stamp}.db"
    sqlite_backup(db_path, dest)
    return dest


SchemaObject = tuple[str, str, tuple[object, ...]]


def schema_objects(db: Path) -> set[SchemaObject]:
    """What an SQLite database is made of: every table (its columns, types, defaults, keys) and
    index (its columns, uniqueness, partiality), and any other object (trigger, view) by name.
    Read with PRAGMAs rather than DDL text, which differs between SQLAlchemy versions."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        con.execute("PRAGMA trusted_schema=OFF")
        out: set[SchemaObject] = set()
        for kind, name, table in con.execute("SELECT type, name, tbl_name FROM sqlite_master"):
            if name.startswith("sqlite_stat"):
                continue  # statistics written by ANALYZE: data, not schema
            if kind == "table":
                cols = tuple(tuple(r[1:]) for r in con.execute(f'PRAGMA table_xinfo("{name}")'))
                out.add((kind, name, cols))
            elif kind == "index":
                flags = next((r[2:] for r in con.execute(f'PRAGMA index_list("{table}")') if r[1] == name), ())
                cols = tuple(r[2] for r in con.execute(f'PRAGMA index_info("{name}")'))
                out.add((kind, name, (table, *flags, cols)))
            else:
                out.add((kind, name, (table,)))
        return out
    finally:
        con.close()


@cache
def reference_schema(revision: str) -> frozenset[SchemaObject]:
    """The schema Badgesmith's own migrations build up to ``revision`` (on a scratch database)."""
    try:
        _scripts().get_revision(revision)
    except Exception as exc:
        raise WorkspaceError(f"Unknown schema version {revision}.") from exc
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "reference.db"
        engine = create_engine(f"sqlite:///{db}")
        try:
            with engine.begin() as conn:
                _upgrade(conn, revision)
        finally:
            engine.dispose()
        return frozenset(schema_objects(db))


def sqlite_backup(source: Path, dest: Path) -> None:
    """Consistent copy of a (possibly open, WAL-mode) SQLite database."""
    tmp = dest.with_name(dest.name + ".part")
    os.close(os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600))  # private from the start
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
