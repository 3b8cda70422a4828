"""Moving a workspace of this computer into a shared database: ``badgesmith migrate-to``.

The target must be an empty PostgreSQL database (or one Badgesmith set up with nothing in it
yet). Badgesmith's own migrations make its tables and grants (``Workspace.open``), then every
table is copied in one transaction while the SQLite file is locked against writers. The copy is
then checked: the same number of rows in every table, the audit log's hash chain verifies
there, and every credential in the register verifies there as the Verify page checks it (one
that did not verify in the old workspace either is reported, not held against the move).

Until every check has passed nothing of the old workspace changes; a failure leaves the target
as it was found. Afterwards the SQLite file is kept in the folder's ``backups/`` and the folder
becomes the local side of the shared workspace (``shared-database.json``): certificates and
drafts stay where they are, so the paths the register holds stay valid.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, select
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from badgesmith.core.credentials.verify import Verdict
from badgesmith.core.errors import WorkspaceError
from badgesmith.core.fileio import private_dir
from badgesmith.core.said import QT_TRANSLATE_NOOP, Said, said
from badgesmith.core.services import verification
from badgesmith.core.store import audit, database_url, transfer
from badgesmith.core.store.migrate import BACKUPS_DIR, sqlite_backup
from badgesmith.core.store.models import AuditEvent, Credential
from badgesmith.core.store.workspace import DB_NAME, Workspace, connect_failure, make_engine

# what a credential may say after the move: authentic, whatever became of it since it was issued
_STILL_VERIFIES = (Verdict.VERIFIED, Verdict.REVOKED, Verdict.EXPIRED, Verdict.SUPERSEDED)
_SHOWN = 5  # credentials named in a refusal


@dataclass(frozen=True)
class MoveReport:
    """What migrate-to did and checked."""

    folder: Path
    where: str  # the shared database's address, without a password
    rows: dict[str, int]  # per table, the same on both sides
    audit_events: int
    verdicts: dict[str, int]  # verdict -> credentials, on the shared database
    failed_before: tuple[str, ...]  # credentials that did not verify in the old workspace either
    kept: Path  # the SQLite file, now in backups/
    copy_seconds: float
    check_seconds: float

    @property
    def credentials(self) -> int:
        return sum(self.verdicts.values())

    def lines(self) -> list[Said]:
        out = [said(QT_TRANSLATE_NOOP(
            "core", "Copied the workspace in {folder} into the shared database {where}: {rows} rows in {tables} "
                    "tables, in {seconds} s."), folder=self.folder, where=self.where, rows=sum(self.rows.values()),
            tables=len(self.rows), seconds=round(self.copy_seconds, 1))]
        out.append(said(QT_TRANSLATE_NOOP(
            "core", "Checked in {seconds} s: every table holds as many rows as before; the audit log's {events} "
                    "events verify; {verified} of {credentials} credentials verify as issued ({counts})."),
            seconds=round(self.check_seconds, 1), events=self.audit_events,
            verified=self.credentials - len(self.failed_before), credentials=self.credentials,
            counts=", ".join(f"{n} {v}" for v, n in sorted(self.verdicts.items())) or "none"))
        if self.failed_before:
            out.append(said(QT_TRANSLATE_NOOP(
                "core", "{n} credential(s) did not verify in the old workspace either, and still do not: {ids}."),
                n=len(self.failed_before), ids=", ".join(self.failed_before[:_SHOWN])))
        out.append(said(QT_TRANSLATE_NOOP(
            "core", "The old workspace file is kept as {kept}. {folder} is now this computer's side of the shared "
                    "workspace: certificates and drafts stay in it."), kept=self.kept, folder=self.folder))
        out.append(said(QT_TRANSLATE_NOOP(
            "core", "Others connect with: badgesmith --database {where} (add them first with badgesmith users "
                    "add)."), where=self.where))
        return out

    def as_dict(self) -> dict[str, Any]:
        return {"folder": str(self.folder), "database": self.where, "rows": self.rows,
                "audit_events": self.audit_events, "credentials": self.credentials, "verdicts": self.verdicts,
                "failed_before": list(self.failed_before), "kept": str(self.kept),
                "copy_seconds": round(self.copy_seconds, 3), "check_seconds": round(self.check_seconds, 3)}


def migrate_to(folder: Path, address: str | URL, password: str | None = None) -> MoveReport:
    """Copy the SQLite workspace in ``folder`` into the empty PostgreSQL database at ``address``
    and check the copy; then the folder becomes the local side of the shared workspace.

    Raises WorkspaceError (SignInRefused for a wrong name or password) with one sentence; then
    nothing was changed, here or there."""
    folder = Path(folder)
    url = database_url.parse(address) if isinstance(address, str) else address
    where = database_url.shown(url)
    if database_url.remembered(folder) is not None:
        raise WorkspaceError(said(QT_TRANSLATE_NOOP(
            "core", "{folder} is already the local side of a shared workspace: there is nothing to move."),
            folder=folder))
    if not (folder / DB_NAME).exists():
        raise WorkspaceError(said(QT_TRANSLATE_NOOP("core", "There is no workspace in {folder} to move."),
                                  folder=folder))
    source = Workspace.open(folder, create=False)
    try:
        _check_source_log(source)
        made = _check_target_empty(url, password, where)
        staging = Path(tempfile.mkdtemp(prefix=".migrate-to-", dir=folder))
        try:
            copied = _copy_and_check(source, folder, staging, url, password, where)
        except BaseException:
            _empty_again(url, password, made)
            raise
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    finally:
        source.close()
    _hand_over(folder, url)
    return MoveReport(folder, where, copied.rows, copied.audit_events, copied.verdicts, copied.failed_before,
                      copied.kept, copied.copy_seconds, copied.check_seconds)


# --- before anything is written ---------------------------------------------------------------


def _check_source_log(source: Workspace) -> None:
    """A log that is broken already would be broken there too: say so here, where it can be looked at."""
    with source.read_session() as s:
        problems = audit.check_chain(s)
    if problems:
        raise WorkspaceError(said(QT_TRANSLATE_NOOP(
            "core", "The audit log of this workspace is already broken ({problem}); nothing was copied. Check it "
                    "with badgesmith audit check."), problem=problems[0].message.rstrip(".")))


_RELATIONS = """
    SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
      AND n.nspname !~ '^pg_(toast|temp)'
    ORDER BY 1, 2"""


def _check_target_empty(url: URL, password: str | None, where: str) -> bool:
    """Refuse a database that holds anything; True when it holds no table at all (the move makes
    them, and takes them away again if it fails), False for Badgesmith's tables with no row."""
    engine = make_engine(database_url.with_password(url, password))
    try:
        with engine.connect() as conn:
            found = [tuple(r) for r in conn.exec_driver_sql(_RELATIONS)]
            if not found:
                return True
            schema = conn.exec_driver_sql("SELECT current_schema()").scalar()
            ours = {(schema, t.name) for t in transfer.TABLES} | {(schema, transfer.VERSION_TABLE)}
            if set(found) == ours and not any(transfer.row_counts(conn).values()):
                return False
    except DBAPIError as exc:
        raise WorkspaceError(connect_failure(where, exc)) from exc
    finally:
        engine.dispose()
    raise WorkspaceError(said(QT_TRANSLATE_NOOP(
        "core", "The database {where} is not empty (it holds {n} table(s), e.g. {names}); migrate-to copies a "
                "workspace only into an empty database. Create a new one (e.g. createdb badgesmith) and try "
                "again."), where=where, n=len(found), names=", ".join(f"{s}.{t}" for s, t in found[:3])))


# --- the copy and its checks -------------------------------------------------------------------


@dataclass(frozen=True)
class _Copied:
    rows: dict[str, int]
    audit_events: int
    verdicts: dict[str, int]
    failed_before: tuple[str, ...]
    kept: Path
    copy_seconds: float
    check_seconds: float


def _copy_and_check(source: Workspace, folder: Path, staging: Path, url: URL, password: str | None,
                    where: str) -> _Copied:
    started = time.perf_counter()
    target = Workspace.open(staging, url=url, password=password)  # the schema, grants and trigger
    backups = folder / BACKUPS_DIR
    had_backups = backups.exists()
    kept = backups / f"workspace-before-migrate-to-{datetime.now(UTC):%Y%m%dT%H%M%SZ}.db"
    try:
        with source.engine.connect() as src, target.engine.connect() as dst:
            _lock_source(src, folder)
            private_dir(backups)
            sqlite_backup(folder / DB_NAME, kept)  # what is copied, as one file to keep
            with dst.begin():
                refusal = transfer.owner_refusal(dst)
                if refusal is not None:
                    raise WorkspaceError(refusal)
                transfer.check_tables(src)
                transfer.check_tables(dst)
                if any(transfer.row_counts(dst).values()):
                    raise WorkspaceError(said(QT_TRANSLATE_NOOP(
                        "core", "Someone started using the database {where} meanwhile; nothing was copied."),
                        where=where))
                with transfer.keys_built_after(dst):
                    transfer.copy_rows(src, dst)
                transfer.reset_sequences(dst)
                copied = time.perf_counter()
                rows = _same_counts(src, dst)
                events = _chain_holds(dst)
            try:
                verdicts, failed_before = _credentials_verify(source, target, where)
            except BaseException:
                _take_back(dst)
                raise
    except BaseException:
        kept.unlink(missing_ok=True)
        if not had_backups:
            shutil.rmtree(backups, ignore_errors=True)
        raise
    finally:
        target.close()
    return _Copied(rows, events, verdicts, failed_before, kept, copied - started, time.perf_counter() - copied)


def _lock_source(src: Connection, folder: Path) -> None:
    """Nobody writes to the SQLite file until the move is over; the copy reads one snapshot."""
    raw: Any = src.connection.driver_connection
    try:
        raw.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        raise WorkspaceError(said(QT_TRANSLATE_NOOP(
            "core", "Another program is writing to the workspace in {folder}; close Badgesmith there and try "
                    "again. Nothing was copied."), folder=folder)) from exc


def _same_counts(src: Connection, dst: Connection) -> dict[str, int]:
    before, after = transfer.row_counts(src), transfer.row_counts(dst)
    differ = [f"{t} ({before[t]} → {after[t]})" for t in before if before[t] != after[t]]
    if differ:
        raise WorkspaceError(said(QT_TRANSLATE_NOOP(
            "core", "The copy does not hold the same rows as the workspace: {tables}; nothing was copied."),
            tables=", ".join(differ)))
    return after


def _chain_holds(dst: Connection) -> int:
    with Session(bind=dst) as s:
        problems = audit.check_chain(s)
        events = s.scalar(select(func.count()).select_from(AuditEvent)) or 0
    if problems:
        raise WorkspaceError(said(QT_TRANSLATE_NOOP(
            "core", "The audit log does not verify in the copy ({problem}); nothing was copied."),
            problem=problems[0].message.rstrip(".")))
    return events


def _credentials_verify(source: Workspace, target: Workspace, where: str) -> tuple[dict[str, int], tuple[str, ...]]:
    """Every credential of the copy checked as the Verify page checks it; one that does not verify
    is checked in the old workspace too, and holds the move back only when it verified there."""
    verdicts: Counter[str] = Counter()
    failing: list[str] = []
    for report in verification.verify_texts(target, _register(target)):
        verdicts[report.verdict.value] += 1
        if report.verdict not in _STILL_VERIFIES:
            failing.append(report.source)
    if not failing:
        return dict(verdicts), ()
    before = {r.source: r.verdict for r in verification.verify_texts(source, _register(source, failing))}
    broken = [cid for cid in failing if before.get(cid) in _STILL_VERIFIES]
    if broken:
        raise WorkspaceError(said(QT_TRANSLATE_NOOP(
            "core", "{n} credential(s) verify in the workspace but not in the copy on {where} (e.g. {ids}); "
                    "nothing was copied."), n=len(broken), where=where, ids=", ".join(broken[:_SHOWN])))
    return dict(verdicts), tuple(failing)


def _register(ws: Workspace, only: list[str] | None = None) -> Iterator[tuple[str, str]]:
    """(id, signed JSON) of the register's credentials, read a batch at a time."""
    query = select(Credential.id, Credential.signed_json).order_by(Credential.id)
    if only is not None:
        query = query.where(Credential.id.in_(only))
    with ws.read_session() as s:
        yield from ((cid, text) for cid, text in s.execute(query.execution_options(yield_per=500)))


_OUR_FUNCTIONS = """
    SELECT p.oid::regprocedure::text FROM pg_proc p
    WHERE p.pronamespace = current_schema()::regnamespace AND starts_with(p.proname, 'badgesmith_')"""


def _take_back(dst: Connection) -> None:
    """The copy was committed (the credentials are verified through the workspace's own sessions)
    but a credential failed its check: its rows go again."""
    try:
        with dst.begin():
            transfer.clear(dst)
    except DBAPIError:  # the server is gone: the tables made are dropped next, or a next attempt is refused
        pass


def _empty_again(url: URL, password: str | None, made: bool) -> None:
    """Leave a database that was empty as it was found: without the tables the move made. (Into
    Badgesmith's empty tables found there, nothing stays: the copy was rolled back or taken back.)"""
    if not made:
        return
    engine = make_engine(database_url.with_password(url, password))
    names = ", ".join(f'"{t}"' for t in [transfer.VERSION_TABLE, *(t.name for t in transfer.TABLES)])
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(f"DROP TABLE IF EXISTS {names} CASCADE")
            for function in conn.exec_driver_sql(_OUR_FUNCTIONS).scalars().all():  # the triggers' (roles.py)
                conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {function} CASCADE")
    except DBAPIError:  # the server is gone: a next attempt finds Badgesmith's empty tables and accepts them
        pass
    finally:
        engine.dispose()


# --- afterwards ---------------------------------------------------------------------------------


def _hand_over(folder: Path, url: URL) -> None:
    """The folder becomes the local side of the shared workspace; its SQLite file was kept in
    ``backups/`` already. The address is written first: a crash in between leaves a folder that
    Badgesmith refuses to open with a sentence (it holds both), never one that silently starts
    an empty workspace."""
    database_url.remember(folder, url)
    for path in (folder / DB_NAME, folder / (DB_NAME + "-wal"), folder / (DB_NAME + "-shm")):
        path.unlink(missing_ok=True)
