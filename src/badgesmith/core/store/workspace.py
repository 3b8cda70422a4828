"""Opening a workspace: the folder, its SQLite engine, sessions and schema version.

A workspace is a folder holding ``workspace.db`` (SQLite in WAL mode) and ``backups/``. The
engine URL stays configurable (``Workspace.open(url=...)``) so that a multi-user college can
later point it at PostgreSQL; only the file-level helpers (backup) assume SQLite.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from platformdirs import user_data_path
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from badgesmith.core.errors import WorkspaceError
from badgesmith.core.fileio import make_private, private_dir
from badgesmith.core.store.migrate import BACKUPS_DIR, upgrade_to_head

log = logging.getLogger(__name__)
DB_NAME = "workspace.db"
ENV_WORKSPACE = "BADGESMITH_WORKSPACE"


def default_workspace_dir() -> Path:
    """``$BADGESMITH_WORKSPACE``, else the user data folder's ``default`` workspace."""
    env = os.environ.get(ENV_WORKSPACE)
    if env:
        return Path(env).expanduser()
    return user_data_path("Badgesmith", appauthor=False) / "default"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    # FULL: a committed credential survives a power cut, not only a crash of the process.
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA busy_timeout=10000")
    # Deleted rows are overwritten, not only unlinked: personal data that was removed or erased
    # does not linger in free pages (see services/erasure.py).
    cur.execute("PRAGMA secure_delete=ON")
    cur.close()


def make_engine(url: str) -> Engine:
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


class Workspace:
    """An open workspace. Create with :meth:`open`; use :meth:`session` for units of work."""

    def __init__(self, folder: Path, engine: Engine) -> None:
        self.folder = folder
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def db_path(self) -> Path:
        return self.folder / DB_NAME

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @classmethod
    def open(
        cls, folder: Path | str | None = None, *, url: str | None = None, create: bool = True
    ) -> Workspace:
        """Open (and create or upgrade) the workspace in ``folder``.

        Raises :class:`WorkspaceError` for a folder that cannot be used, a file that is not a
        Badgesmith workspace, or one written by a newer Badgesmith.
        """
        folder = Path(folder) if folder is not None else default_workspace_dir()
        if url is None:
            db = folder / DB_NAME
            if not db.exists():
                if not create:
                    raise WorkspaceError(f"There is no workspace in {folder}.")
                try:
                    private_dir(folder)
                    # created empty and private before SQLite opens it: its WAL and shared-memory
                    # files take the database file's permissions
                    os.close(os.open(db, os.O_CREAT | os.O_WRONLY, 0o600))
                except OSError as exc:
                    raise WorkspaceError(
                        f"Cannot create the workspace folder {folder}: {exc.strerror}."
                    ) from exc
            elif not _looks_like_sqlite(db):
                raise WorkspaceError(f"{db} is not a Badgesmith workspace (not an SQLite file).")
            make_workspace_private(folder)
            url = f"sqlite:///{db}"
        engine = make_engine(url)
        ws = cls(folder, engine)
        try:
            backup = upgrade_to_head(engine, folder / DB_NAME)
        except Exception:
            engine.dispose()
            raise
        if backup is not None:
            log.info("workspace %s upgraded; the old database was kept as %s", folder, backup)
        log.info("workspace opened: %s", folder)
        return ws

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction: committed when the block ends, rolled back on any exception."""
        with self._sessions() as s, s.begin():
            yield s

    def read_session(self) -> Session:
        return self._sessions()

    def compact(self) -> str | None:
        """Rewrite the database without free pages and empty its write-ahead log, so nothing
        deleted survives in either file; returns why it could not (a full disk), else None."""
        if not self.is_sqlite:
            return None
        try:
            with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
                c.exec_driver_sql("VACUUM")
                busy = c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except OperationalError as exc:
            return str(exc.orig)
        if busy is not None and busy[0]:
            return "another program is reading the workspace"
        return None

    def own_backups(self) -> list[Path]:
        """The copies Badgesmith keeps in the workspace (before upgrades and restores)."""
        folder = self.folder / BACKUPS_DIR
        return sorted(folder.iterdir()) if folder.is_dir() else []

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def make_workspace_private(folder: Path) -> None:
    """The workspace holds the encrypted keys and learners' personal data: the folder 0700, the
    database, its WAL and every backup 0600 (workspaces made by earlier versions are tightened
    when opened)."""
    make_private(folder)
    for path in (folder / DB_NAME, folder / (DB_NAME + "-wal"), folder / (DB_NAME + "-shm")):
        if path.exists():
            make_private(path)
    backups = folder / BACKUPS_DIR
    if backups.is_dir():
        make_private(backups)
        for path in backups.iterdir():
            make_private(path)


def _looks_like_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            head = f.read(16)
    except OSError:
        return False
    return head == b"SQLite format 3\x00" or head == b""
