"""Taking the database's write lock before reading what a transaction will change.

A check-then-write ("is the stored value still the one the grid showed?", "which status list
index is free?") is only safe when nobody can write between the check and the write. PostgreSQL
does that with row locks (``SELECT … FOR UPDATE``) or advisory locks; SQLite has one lock for the
whole database, and Python's sqlite3 takes it only at the transaction's first write, after the
reads: :func:`begin_write` takes it first.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import text
from sqlalchemy.orm import Session


def begin_write(s: Session) -> None:
    """On SQLite, start the session's transaction as a writer now (``BEGIN IMMEDIATE``: waits for
    another writer up to the busy timeout), so that what it reads next cannot change under it.
    Nothing to do on PostgreSQL, where the caller locks the rows or key it checks."""
    conn = s.connection()
    if conn.dialect.name != "sqlite":
        return
    dbapi = conn.connection.dbapi_connection
    if dbapi is not None and not dbapi.in_transaction:  # (already writing: it holds the lock)
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def advisory_key(name: str) -> int:
    """A PostgreSQL advisory lock key (a signed 64-bit number) for a name such as "cohort:3"."""
    return int.from_bytes(hashlib.sha256(f"badgesmith:{name}".encode()).digest()[:8], "big", signed=True)


def advisory_xact_lock(s: Session, name: str) -> None:
    """On PostgreSQL, wait for the transaction-level advisory lock ``name`` (released at commit or
    rollback); on SQLite, the database's write lock (:func:`begin_write`) does the same."""
    if s.get_bind().dialect.name == "postgresql":
        s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": advisory_key(name)})
    else:
        begin_write(s)
