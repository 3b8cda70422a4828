"""Opening a workspace: the folder, its database engine, sessions and schema version.

A workspace is a folder holding ``workspace.db`` (SQLite in WAL mode) and ``backups/``. A shared
workspace keeps its data on a PostgreSQL server instead: the folder then holds only the files
(certificates, drafts) and ``shared-database.json``, the server's address without a password.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from platformdirs import user_data_path
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from badgesmith.core.errors import SignInRefused, WorkspaceError
from badgesmith.core.fileio import make_private, private_dir
from badgesmith.core.said import QT_TRANSLATE_NOOP, said
from badgesmith.core.store import changes, database_url, roles
from badgesmith.core.store.migrate import BACKUPS_DIR, upgrade_to_head
from badgesmith.core.store.roles import Role

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


def make_engine(url: str | URL) -> Engine:
    if str(url).startswith("sqlite"):
        engine = create_engine(url, future=True)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    # A dropped connection is noticed before use (pre-ping) and a server that does not answer
    # is given up on after 10 s rather than hanging the window.
    engine = create_engine(url, future=True, pool_pre_ping=True, pool_size=4, max_overflow=4,
                           connect_args={"connect_timeout": 10, "application_name": "Badgesmith"})
    changes.remember_own_connections(engine)
    return engine


class Workspace:
    """An open workspace. Create with :meth:`open`; use :meth:`session` for units of work."""

    def __init__(self, folder: Path, engine: Engine, *, user: str | None = None,
                 role: Role = Role.ADMINISTRATOR) -> None:
        self.folder = folder
        self.engine = engine
        # who is working: the database account on a shared workspace, None on one's own SQLite
        self.user = user
        self.role = role
        self.closed = False
        self._sessions = sessionmaker(engine, expire_on_commit=False, info={"user": user})

    @property
    def db_path(self) -> Path:
        return self.folder / DB_NAME

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def is_shared(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    def where(self) -> str:
        """Where the data is, for people: the folder, or the shared database's address."""
        return database_url.shown(self.engine.url) if self.is_shared else str(self.folder)

    def may(self, role: Role) -> bool:
        """Whether the signed-in person's role includes ``role`` (always, on one's own SQLite)."""
        return roles.ORDER.index(self.role) >= roles.ORDER.index(role)

    @classmethod
    def open(
        cls, folder: Path | str | None = None, *, url: str | URL | None = None, create: bool = True,
        password: str | None = None,
    ) -> Workspace:
        """Open (and create or upgrade) the workspace in ``folder``.

        ``url`` (``postgresql://…``) makes or opens a shared workspace: the folder keeps the files
        and remembers the address. Without it, a folder that remembers one opens that database.

        Raises :class:`WorkspaceError` for a folder that cannot be used, a file that is not a
        Badgesmith workspace, one written by a newer Badgesmith, or a database that cannot be
        reached or signed in to.
        """
        folder = Path(folder) if folder is not None else default_workspace_dir()
        if url is None and (remembered := database_url.remembered(folder)) is not None:
            url = remembered
        if url is not None and not str(url).startswith("sqlite"):
            return cls._open_shared(folder, url, password, create)
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

    @classmethod
    def _open_shared(cls, folder: Path, url: str | URL, password: str | None, create: bool) -> Workspace:
        if isinstance(url, str):
            try:
                url = database_url.parse(url)
            except ValueError as exc:
                raise WorkspaceError(str(exc)) from exc
        if (folder / DB_NAME).exists() and _never_used(folder / DB_NAME):
            # made by a first start that then chose a shared database: nobody's data
            for suffix in ("", "-wal", "-shm"):
                (folder / (DB_NAME + suffix)).unlink(missing_ok=True)
        if folder.exists() and (folder / DB_NAME).exists():
            raise WorkspaceError(said(QT_TRANSLATE_NOOP(
                "core", "{folder} holds a workspace of this computer; choose another folder for the files of the "
                        "shared one (or copy this one into the shared database with migrate-to)."), folder=folder))
        try:
            private_dir(folder)
        except OSError as exc:
            raise WorkspaceError(f"Cannot create the workspace folder {folder}: {exc.strerror}.") from exc
        engine = make_engine(database_url.with_password(url, password))
        try:
            user, role = _sign_in(engine, folder, url)
        except Exception:
            engine.dispose()
            raise
        database_url.remember(folder, url)
        log.info("shared workspace opened: %s (files in %s) as %s", database_url.shown(url), folder, role)
        return cls(folder, engine, user=user, role=role)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction: committed when the block ends, rolled back on any exception."""
        with self._sessions() as s, s.begin():
            yield s

    def read_session(self) -> Session:
        return self._sessions()

    def compact(self) -> str | None:
        """Rewrite the database without free pages and empty its write-ahead log, so nothing
        deleted survives in either file; returns why it could not (a full disk), else None.
        On a shared database the tables holding personal data are rewritten (VACUUM FULL), which
        only their owner may do; the server's write-ahead log is recycled by PostgreSQL itself."""
        if self.is_shared:
            return self._compact_shared()
        try:
            with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
                c.exec_driver_sql("VACUUM")
                busy = c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except OperationalError as exc:
            return str(exc.orig)
        if busy is not None and busy[0]:
            return "another program is reading the workspace"
        return None

    def _compact_shared(self) -> str | None:
        try:
            with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
                owner = c.exec_driver_sql("SELECT pg_has_role(current_user, tableowner, 'MEMBER') FROM pg_tables "
                                          "WHERE schemaname = current_schema() AND tablename = 'learner'").scalar()
                if not owner:  # PostgreSQL would skip the tables with a mere warning
                    return "only the database's owner can rewrite its tables; ask them to run VACUUM FULL"
                c.exec_driver_sql("VACUUM FULL learner, enrolment, assessment_result, evidence, credential, "
                                  "outbox_message, imported_credential, audit_event")
        except DBAPIError as exc:
            return first_line(exc)
        return None

    def own_backups(self) -> list[Path]:
        """The copies Badgesmith keeps in the workspace (before upgrades and restores)."""
        folder = self.folder / BACKUPS_DIR
        return sorted(folder.iterdir()) if folder.is_dir() else []

    def close(self) -> None:
        self.closed = True
        self.engine.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _sign_in(engine: Engine, folder: Path, url: URL) -> tuple[str, Role]:
    """Connect, bring the schema up to date (the tables' owner only) and find the person's role."""
    where = database_url.shown(url)
    try:
        with engine.connect() as conn:
            user = str(conn.exec_driver_sql("SELECT session_user").scalar_one())
            role = roles.role_of(conn) if _has_schema(conn) else Role.ADMINISTRATOR
    except DBAPIError as exc:
        raise WorkspaceError(connect_failure(where, exc)) from exc
    if role is None:
        raise WorkspaceError(said(roles.NO_ROLE, user=user))
    try:
        upgrade_to_head(engine, folder / DB_NAME, may_upgrade=role is Role.ADMINISTRATOR)
    except DBAPIError as exc:
        raise WorkspaceError(said(QT_TRANSLATE_NOOP("core", "The shared database {where} could not be set up: "
                                                            "{reason}."), where=where, reason=first_line(exc))) from exc
    return user, role


def _has_schema(conn: Any) -> bool:
    return conn.exec_driver_sql("SELECT to_regclass('alembic_version') IS NOT NULL").scalar_one()


def first_line(exc: BaseException) -> str:
    """What the database (or driver) said, first line only: the rest repeats the statement."""
    orig = getattr(exc, "orig", None) or exc
    return (str(orig).strip().splitlines() or [type(orig).__name__])[0].rstrip(".")


def connect_failure(where: str, exc: DBAPIError) -> str:
    reason = first_line(exc)
    if "password authentication failed" in reason or "no password supplied" in reason:
        raise SignInRefused(said(QT_TRANSLATE_NOOP("core", "The shared database {where} did not accept the name "
                                                           "and password. Check them and sign in again."), where=where))
    if "is not permitted to log in" in reason:
        return said(QT_TRANSLATE_NOOP("core", "Your account may no longer sign in to the shared database {where}; "
                                              "ask your administrator."), where=where)
    if "does not exist" in reason and "database" in reason:
        return said(QT_TRANSLATE_NOOP("core", "There is no database named in {where}; ask your administrator for "
                                              "the right address."), where=where)
    return said(QT_TRANSLATE_NOOP("core", "Cannot reach the shared database {where}: {reason}."),
                where=where, reason=reason)


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


def _never_used(db: Path) -> bool:
    """An SQLite workspace with no issuer, learner, achievement or credential (or no tables)."""
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            held = ("issuer_profile", "learner", "achievement", "credential", "cohort")
            return all(t not in tables or con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] == 0 for t in held)
        finally:
            con.close()
    except sqlite3.Error:
        return False


def _looks_like_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            head = f.read(16)
    except OSError:
        return False
    return head == b"SQLite format 3\x00" or head == b""
