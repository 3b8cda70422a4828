"""One issuing batch per cohort at a time, and status list indexes no two batches share.

A batch holds a lock for its whole run: on PostgreSQL a session-level advisory lock on a
connection of its own, on SQLite an OS lock on a file in the workspace folder. Either dies with the
process (a killed client's is released by the server or the system), so a batch is never blocked
by a ghost. Beside the lock, an ``issuing_claim`` row says who holds it and since when, for the
second person who presses Issue; a row whose lock is free (its holder was killed) is taken over.

Indexes into the status list are signed into each credential before its row is written, so each
batch reserves its range first, in a short transaction that queues behind any other reservation.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, delete, func, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import SQLAlchemyError

from badgesmith.core.errors import BadgesmithError
from badgesmith.core.said import QT_TRANSLATE_NOOP, said
from badgesmith.core.services.assessment import changed_by
from badgesmith.core.store.locking import advisory_key, advisory_xact_lock
from badgesmith.core.store.models import Credential, IssuingClaim, Setting, utcnow
from badgesmith.core.store.workspace import Workspace

log = logging.getLogger(__name__)
NEXT_INDEX_KEY = "status_list_next_index"  # setting: the first index no batch has reserved


class IssuingBusy(BadgesmithError):
    """Someone (or another window) is issuing the same cohort: try again when they have finished."""


def cohort_target(cohort_id: int) -> str:
    return f"cohort:{cohort_id}"


@contextmanager
def claimed(ws: Workspace, target: str) -> Iterator[None]:
    """Hold ``target``'s issuing lock and claim for the block; IssuingBusy at once when another
    batch holds it."""
    with _locked(ws, target):
        holder = _put_claim(ws, target)
        try:
            yield
        finally:
            _drop_claim(ws, target, holder)


def check_free(ws: Workspace, target: str) -> None:
    """IssuingBusy (saying who) when another batch is issuing ``target`` now: asked before the
    passphrase, so that nobody types it to be refused. The lock is taken and given back at once;
    the batch itself takes it again (and is refused if someone started meanwhile)."""
    with _locked(ws, target):
        pass


@contextmanager
def _locked(ws: Workspace, target: str) -> Iterator[None]:
    if ws.is_shared:
        with _advisory_lock(ws, target):
            yield
    else:
        with _file_lock(ws, target):
            yield


@contextmanager
def _advisory_lock(ws: Workspace, target: str) -> Iterator[None]:
    # Its own connection, in autocommit: the lock belongs to the connection (not a transaction),
    # and nothing stays "idle in transaction" for the length of a batch.
    conn = ws.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
    key = advisory_key(target)
    try:
        if not conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": key}).scalar_one():
            raise _busy(ws, target)
        try:
            yield
        finally:
            _unlock(conn, key)
    finally:
        conn.close()


def _unlock(conn: Connection, key: int) -> None:
    try:
        conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": key})
    except SQLAlchemyError:
        # the connection is broken (its lock went with it on the server): never pool it again
        conn.invalidate()


@contextmanager
def _file_lock(ws: Workspace, target: str) -> Iterator[None]:
    # Never deleted: unlinking a lock file another process has open would let a third lock a new one.
    path = ws.folder / f".issuing-{target.replace(':', '-')}.lock"
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if not _try_lock_file(fd):
            raise _busy(ws, target)
        yield  # closing the file releases the lock (and so does the process's death)
    finally:
        os.close(fd)


def _try_lock_file(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:  # flock: held by this open file, so a second open in the same process is refused too
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _put_claim(ws: Workspace, target: str) -> str:
    """Write (or take over) the claim row; returns the holder's name."""
    with ws.session() as s:
        holder = changed_by(s)
        insert = pg_insert if ws.is_shared else sqlite_insert
        stmt = insert(IssuingClaim).values(target=target, holder=holder, since=utcnow())
        s.execute(stmt.on_conflict_do_update(index_elements=["target"],
                                             set_={"holder": stmt.excluded.holder, "since": stmt.excluded.since}))
    return holder


def _drop_claim(ws: Workspace, target: str, holder: str) -> None:
    try:
        with ws.session() as s:
            s.execute(delete(IssuingClaim).where(IssuingClaim.target == target, IssuingClaim.holder == holder))
    except SQLAlchemyError as exc:  # the next batch takes the row over: it only names who issued
        log.warning("could not remove the issuing claim on %s: %s", target, exc)


def _busy(ws: Workspace, target: str) -> IssuingBusy:
    with ws.read_session() as s:
        claim = s.get(IssuingClaim, target)
        me = changed_by(s)
    if claim is None:  # the holder has just started (or finished): its row is not there yet
        return IssuingBusy(said(QT_TRANSLATE_NOOP("core", "Someone else is issuing this cohort right now; try "
                                                          "again when they have finished.")))
    if claim.holder == me:
        return IssuingBusy(said(QT_TRANSLATE_NOOP("core", "You have been issuing this cohort since {since}, in "
                                                          "another window or program; try again when that has "
                                                          "finished."), since=claim.since))
    return IssuingBusy(said(QT_TRANSLATE_NOOP("core", "{person} has been issuing this cohort since {since}; try "
                                                      "again when they have finished."),
                            person=claim.holder, since=claim.since))


def reserve_status_indexes(ws: Workspace, count: int) -> int:
    """The first of ``count`` status list indexes no other batch has or will use: reserved (and
    committed) before any is signed, so that two cohorts issued at once never share an index.
    Indexes of a batch that was cancelled or killed stay unused (a status list has room)."""
    with ws.session() as s:
        advisory_xact_lock(s, NEXT_INDEX_KEY)  # queue behind another batch's reservation
        top = s.scalar(select(func.max(Credential.status_list_index)))
        row = s.get(Setting, NEXT_INDEX_KEY, populate_existing=True)
        reserved = _as_index(row.value) if row is not None else 0
        first = max(0 if top is None else top + 1, reserved)  # (not "or": index 0 is a real index)
        if row is None:
            s.add(Setting(key=NEXT_INDEX_KEY, value=first + count))
        else:
            row.value = first + count
        return first


def _as_index(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0

