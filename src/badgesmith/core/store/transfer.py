"""Copying a workspace's rows from one database to another: SQLite into PostgreSQL (migrate-to, a
backup restored into a shared workspace) and PostgreSQL into SQLite (a shared workspace's backup).

Both databases must be at the same schema (Badgesmith's migrations made both). Tables are copied
in foreign-key order, in batches, inside the caller's transactions; into PostgreSQL through COPY.
Values travel as the databases store them, not as the models read them: a JSON column's text is
copied as text (so a JSON ``null`` stays JSON and never becomes SQL NULL), a moment as the naive
UTC timestamp both engines keep, written into SQLite exactly as SQLAlchemy writes it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, Connection, Date, DateTime, Integer, Table, func, inspect, select
from sqlalchemy.exc import DBAPIError

from badgesmith.core.errors import WorkspaceError
from badgesmith.core.said import QT_TRANSLATE_NOOP, said
from badgesmith.core.store.models import Base
from badgesmith.core.store.workspace import first_line

TABLES: tuple[Table, ...] = tuple(Base.metadata.sorted_tables)  # parents before children
VERSION_TABLE = "alembic_version"
BATCH = 20_000


@dataclass(frozen=True)
class _Column:
    name: str
    kind: str  # json | moment | day | plain


def _kind(column: Any) -> str:
    t = column.type
    if isinstance(t, JSON):
        return "json"
    if isinstance(t, DateTime) or isinstance(getattr(t, "impl", None), DateTime):
        return "moment"
    if isinstance(t, Date):
        return "day"
    return "plain"


def _columns(table: Table) -> tuple[_Column, ...]:
    return tuple(_Column(c.name, _kind(c)) for c in table.columns)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _is_pg(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql"


def check_tables(conn: Connection) -> None:
    """Refuse a database whose tables and columns are not exactly Badgesmith's: a copy would
    leave something behind, or fail half-way."""
    insp = inspect(conn)
    found = set(insp.get_table_names()) - {VERSION_TABLE}
    wanted = {t.name for t in TABLES}
    differ = sorted(found ^ wanted)
    for table in TABLES:
        if table.name in found and {c["name"] for c in insp.get_columns(table.name)} != set(table.columns.keys()):
            differ.append(table.name)
    if differ:
        raise WorkspaceError(said(QT_TRANSLATE_NOOP(
            "core", "The database's tables are not those of this version of Badgesmith ({tables}); nothing was "
                    "copied."), tables=", ".join(differ[:5])))


def _rows(conn: Connection, table: Table, batch: int) -> Iterator[Sequence[Any]]:
    """The table's rows as the database stores them, a batch at a time, read through the driver
    itself (a server-side cursor on PostgreSQL: a million learners never sit in memory at once)."""
    pg = _is_pg(conn)
    cols = ", ".join(_quoted(c.name) + ("::text" if pg and c.kind == "json" else "") for c in _columns(table))
    conn.exec_driver_sql("SELECT 1")  # the caller's transaction has begun: the cursor reads inside it
    raw: Any = conn.connection.driver_connection
    cur = raw.cursor(name=f"badgesmith_{table.name}") if pg else raw.cursor()
    try:
        cur.execute(f"SELECT {cols} FROM {_quoted(table.name)}")
        while part := cur.fetchmany(batch):
            yield part
    finally:
        cur.close()


def _sqlite_moment(value: Any) -> Any:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.isoformat(" ", "microseconds")  # SQLAlchemy's own SQLite format
    return value


def _sqlite_day(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _write_pg(dst: Connection, table: Table, parts: Iterator[Sequence[Any]]) -> int:
    raw = dst.connection.driver_connection
    assert raw is not None
    cols = ", ".join(_quoted(c.name) for c in _columns(table))
    n = 0
    with raw.cursor() as cur, cur.copy(f"COPY {_quoted(table.name)} ({cols}) FROM STDIN") as copy:
        for part in parts:
            for row in part:
                copy.write_row(row)
            n += len(part)
    return n


def _write_sqlite(dst: Connection, table: Table, parts: Iterator[Sequence[Any]]) -> int:
    columns = _columns(table)
    sql = (f"INSERT INTO {_quoted(table.name)} ({', '.join(_quoted(c.name) for c in columns)}) "
           f"VALUES ({', '.join('?' for _ in columns)})")
    # moments and days become the text SQLAlchemy writes; a flag goes as 0 or 1 by itself
    convert = [(i, _sqlite_moment if c.kind == "moment" else _sqlite_day)
               for i, c in enumerate(columns) if c.kind in ("moment", "day")]
    n = 0
    for part in parts:
        rows: list[Any] = []
        for row in part:
            if convert:
                values = list(row)
                for i, to_text in convert:
                    if values[i] is not None:
                        values[i] = to_text(values[i])
                row = tuple(values)
            rows.append(row)
        dst.exec_driver_sql(sql, rows)  # executemany
        n += len(rows)
    return n


def copy_rows(src: Connection, dst: Connection, *, batch: int = BATCH) -> dict[str, int]:
    """Copy every table's rows from ``src`` into the empty tables of ``dst`` (both inside the
    caller's transactions); returns the rows copied per table. A row the target refuses (a text
    PostgreSQL cannot hold, say) stops the copy with a sentence naming its table."""
    write = _write_pg if _is_pg(dst) else _write_sqlite
    refused: tuple[type[Exception], ...] = (DBAPIError, *_driver_errors())
    copied: dict[str, int] = {}
    for table in TABLES:
        try:
            copied[table.name] = write(dst, table, _rows(src, table, batch))
        except refused as exc:
            raise WorkspaceError(said(QT_TRANSLATE_NOOP(
                "core", "A row of the table {table} cannot be stored in the target database ({reason}); nothing "
                        "was copied."), table=table.name, reason=first_line(exc))) from exc
    return copied


def _driver_errors() -> tuple[type[Exception], ...]:
    """Errors psycopg raises itself during COPY (outside SQLAlchemy's wrapping)."""
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency; SQLite alone needs nothing
        return ()
    return (psycopg.Error,)


def clear(conn: Connection) -> None:
    """Delete every row (inside the caller's transaction): on PostgreSQL one TRUNCATE of all the
    tables, which checks no foreign key row by row (a DELETE of 100,000 learners would check each
    against tables full of dead rows); on SQLite children before parents."""
    if _is_pg(conn):
        conn.exec_driver_sql(f"TRUNCATE {', '.join(_quoted(t.name) for t in TABLES)}")
        return
    for table in reversed(TABLES):
        conn.exec_driver_sql(f"DELETE FROM {_quoted(table.name)}")


def lock_all(conn: Connection) -> None:
    """PostgreSQL: nobody else reads or writes any table until the caller's transaction ends.
    Waits a little for others' transactions to finish, then gives up with a sentence."""
    conn.exec_driver_sql("SET LOCAL lock_timeout = '15s'")
    try:
        conn.exec_driver_sql(f"LOCK TABLE {', '.join(_quoted(t.name) for t in TABLES)} IN ACCESS EXCLUSIVE MODE")
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) != "55P03":  # lock_not_available
            raise
        raise WorkspaceError(said(QT_TRANSLATE_NOOP(
            "core", "Others are working in the shared workspace right now; nothing was changed. Try again when "
                    "they have closed Badgesmith or finished what they are doing."))) from exc


def owner_refusal(conn: Connection) -> str | None:
    """PostgreSQL: why this account may not copy a workspace in, or None when it owns the tables
    (or is a superuser). Copying in writes audit events in other people's names and moves the id
    sequences, which the database allows only the tables' owner (see roles.py)."""
    row = conn.exec_driver_sql(
        "SELECT t.tableowner, pg_has_role(current_user, t.tableowner, 'MEMBER') "
        "  OR (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) "
        "FROM pg_tables t WHERE t.schemaname = current_schema() AND t.tablename = %(v)s", {"v": VERSION_TABLE}).first()
    if row is None or row[1]:
        return None
    return said(QT_TRANSLATE_NOOP(
        "core", "Only the database account that owns the shared workspace's tables ({owner}) can copy a whole "
                "workspace into it: the audit log it brings was written in other people's names. Sign in as "
                "{owner} and try again."), owner=row[0])


def reset_sequences(conn: Connection) -> None:
    """PostgreSQL: each table's id sequence continues after the largest id copied in."""
    if not _is_pg(conn):
        return  # SQLite takes the next rowid from the table itself
    for table in TABLES:
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or not isinstance(pk[0].type, Integer):
            continue
        seq = conn.exec_driver_sql("SELECT pg_get_serial_sequence(%(t)s, %(c)s)",
                                   {"t": _quoted(table.name), "c": pk[0].name}).scalar()
        if seq is None:
            continue
        conn.exec_driver_sql(
            f"SELECT setval(%(s)s, COALESCE(MAX({_quoted(pk[0].name)}), 0) + 1, false) FROM {_quoted(table.name)}",
            {"s": seq})


_CONSTRAINTS = """
    SELECT c.conrelid::regclass::text, c.conname, c.contype, pg_get_constraintdef(c.oid)
    FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
    WHERE t.relnamespace = current_schema()::regnamespace AND t.relname = ANY(%(tables)s)
      AND c.contype IN ('p', 'u', 'f')"""
_INDEXES = """
    SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
    FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
    WHERE t.relnamespace = current_schema()::regnamespace AND t.relname = ANY(%(tables)s)
      AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.contype IN ('p', 'u'))"""


def _keys(conn: Connection) -> tuple[list[tuple[str, str, str, str]], list[tuple[str, str]]]:
    tables = {"tables": [t.name for t in TABLES]}
    constraints = [tuple(r) for r in conn.exec_driver_sql(_CONSTRAINTS, tables)]
    indexes = [tuple(r) for r in conn.exec_driver_sql(_INDEXES, tables)]
    return sorted(constraints), sorted(indexes)  # type: ignore[arg-type]


@contextmanager
def keys_built_after(conn: Connection) -> Iterator[None]:
    """PostgreSQL: the block loads tables without their keys and indexes, which are then built
    once, each foreign key checked in one pass; several times faster than keeping them up to date
    row by row. Inside the caller's transaction: a failure anywhere leaves them as they were."""
    if not _is_pg(conn):
        yield
        return
    constraints, indexes = _keys(conn)
    for table, name, _, _ in sorted(constraints, key=lambda c: c[2] != "f"):  # foreign keys first
        conn.exec_driver_sql(f"ALTER TABLE {table} DROP CONSTRAINT {_quoted(name)}")
    for name, _ in indexes:
        conn.exec_driver_sql(f"DROP INDEX {name}")
    yield
    try:
        for table, name, _, ddl in sorted(constraints, key=lambda c: c[2] == "f"):  # foreign keys last
            conn.exec_driver_sql(f"ALTER TABLE {table} ADD CONSTRAINT {_quoted(name)} {ddl}")
        for _, ddl in indexes:
            conn.exec_driver_sql(ddl)
    except DBAPIError as exc:  # a duplicate, or a row pointing at nothing
        raise WorkspaceError(said(QT_TRANSLATE_NOOP(
            "core", "The rows copied break the database's rules ({reason}); nothing was copied."),
            reason=first_line(exc))) from exc
    if _keys(conn) != (constraints, indexes):  # never leave a shared database with a key less
        raise WorkspaceError(said(QT_TRANSLATE_NOOP(
            "core", "The database's keys and indexes could not be rebuilt as they were; nothing was copied.")))


def row_counts(conn: Connection) -> dict[str, int]:
    return {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one()) for t in TABLES}
