"""Copying a workspace's rows from one database to another: SQLite into PostgreSQL (migrate-to, a
backup restored into a shared workspace) and PostgreSQL into SQLite (a shared workspace's backup).

Both databases must be at the same schema (Badgesmith's migrations made both). Tables are copied
in foreign-key order, in batches, inside the caller's transactions; into PostgreSQL through COPY.
Values travel as the databases store them, not as the models read them: a JSON column's text is
copied as text (so a JSON ``null`` stays JSON and never becomes SQL NULL), a moment as the naive
UTC timestamp both engines keep, written into SQLite exactly as SQLAlchemy writes it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, Connection, Date, DateTime, Integer, Table, Text, cast, func, inspect, select
from sqlalchemy.exc import DBAPIError

from badgesmith.core.errors import WorkspaceError
from badgesmith.core.said import QT_TRANSLATE_NOOP, said
from badgesmith.core.store.models import Base

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
    """The table's rows as the database stores them, a batch at a time (a server-side cursor on
    PostgreSQL: a million learners never sit in memory at once)."""
    pg = _is_pg(conn)
    cols = ", ".join(_quoted(c.name) + ("::text" if pg and c.kind == "json" else "") for c in _columns(table))
    result = conn.execution_options(stream_results=True, yield_per=batch).exec_driver_sql(
        f"SELECT {cols} FROM {_quoted(table.name)}")
    for part in result.partitions(batch):
        yield part


def _sqlite_value(value: Any, kind: str) -> Any:
    if value is None:
        return None
    if kind == "moment" and isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")  # SQLAlchemy's own SQLite format
    if kind == "day" and isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


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
    kinds = [c.kind for c in columns]
    n = 0
    for part in parts:
        rows = [tuple(_sqlite_value(v, k) for v, k in zip(row, kinds, strict=True)) for row in part]
        dst.exec_driver_sql(sql, rows)  # type: ignore[arg-type]  # executemany with positional rows
        n += len(rows)
    return n


def copy_rows(src: Connection, dst: Connection, *, batch: int = BATCH) -> dict[str, int]:
    """Copy every table's rows from ``src`` into the empty tables of ``dst`` (both inside the
    caller's transactions); returns the rows copied per table. A row the target refuses (a text
    PostgreSQL cannot hold, say) stops the copy with a sentence naming its table."""
    write = _write_pg if _is_pg(dst) else _write_sqlite
    copied: dict[str, int] = {}
    for table in TABLES:
        try:
            copied[table.name] = write(dst, table, _rows(src, table, batch))
        except (DBAPIError, *_driver_errors()) as exc:
            raise WorkspaceError(said(QT_TRANSLATE_NOOP(
                "core", "A row of the table {table} cannot be stored in the target database ({reason}); nothing "
                        "was copied."), table=table.name, reason=_first_line(exc))) from exc
    return copied


def _driver_errors() -> tuple[type[Exception], ...]:
    """Errors psycopg raises itself during COPY (outside SQLAlchemy's wrapping)."""
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency; SQLite alone needs nothing
        return ()
    return (psycopg.Error,)


def _first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    return (str(orig).strip().splitlines() or [type(orig).__name__])[0].rstrip(".")


def clear(conn: Connection) -> None:
    """Delete every row, children before parents (inside the caller's transaction)."""
    for table in reversed(TABLES):
        conn.exec_driver_sql(f"DELETE FROM {_quoted(table.name)}")


def lock_all(conn: Connection) -> None:
    """PostgreSQL: nobody else reads or writes any table until the caller's transaction ends."""
    names = ", ".join(_quoted(t.name) for t in TABLES)
    conn.exec_driver_sql(f"LOCK TABLE {names} IN ACCESS EXCLUSIVE MODE")


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


def row_counts(conn: Connection) -> dict[str, int]:
    return {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one()) for t in TABLES}


def contents(conn: Connection, *, batch: int = BATCH) -> dict[str, tuple[int, str]]:
    """Each table's row count and a digest of its rows as the models read them (any order, either
    engine): two databases holding the same rows give the same digests."""
    out: dict[str, tuple[int, str]] = {}
    for table in TABLES:
        cols = [cast(c, Text) if isinstance(c.type, JSON) else c for c in table.columns]
        total, n = 0, 0
        result = conn.execution_options(stream_results=True, yield_per=batch).execute(select(*cols))
        for part in result.partitions(batch):
            for row in part:
                digest = hashlib.blake2b(repr(tuple(_comparable(v) for v in row)).encode(), digest_size=16)
                total += int.from_bytes(digest.digest(), "big")
            n += len(part)
        out[table.name] = (n, f"{total % (1 << 128):032x}")
    return out


def _comparable(value: Any) -> Any:
    if isinstance(value, memoryview):
        return bytes(value)
    if isinstance(value, bool):
        return int(value)
    return value

