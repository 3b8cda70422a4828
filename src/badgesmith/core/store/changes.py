"""Other people's changes to a shared workspace, as they commit (PostgreSQL LISTEN/NOTIFY).

A statement trigger on every table sends the table's name on one channel; PostgreSQL delivers
notifications only when the writing transaction commits, and once per name per transaction, so a
batch of a thousand credentials is one message. The listener leaves out what this process wrote
itself (its own connections are known by their backend ids): its pages already know.
"""

from __future__ import annotations

import logging
import threading
import time
import weakref
from typing import Any

from sqlalchemy import Connection, Engine, event

log = logging.getLogger(__name__)
CHANNEL = "badgesmith_changes"


def install_notifications(conn: Connection) -> None:
    """The trigger function and a statement trigger on each Badgesmith table (idempotent)."""
    conn.exec_driver_sql(f"""
        CREATE OR REPLACE FUNCTION badgesmith_notify() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME);
          RETURN NULL;
        END $$""")
    tables = conn.exec_driver_sql("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                                  "AND tablename <> 'alembic_version'").scalars().all()
    for table in tables:
        conn.exec_driver_sql(f'DROP TRIGGER IF EXISTS notify_change ON "{table}"')
        conn.exec_driver_sql(f'CREATE TRIGGER notify_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "{table}" '
                             "FOR EACH STATEMENT EXECUTE FUNCTION badgesmith_notify()")


_own: weakref.WeakKeyDictionary[Engine, set[int]] = weakref.WeakKeyDictionary()


def remember_own_connections(engine: Engine) -> None:
    """Note each new connection's backend id, so that our own notifications are recognised."""
    own = _own.setdefault(engine, set())

    @event.listens_for(engine, "connect")
    def _connected(dbapi_connection: Any, _record: Any) -> None:
        own.add(dbapi_connection.info.backend_pid)


def own_pids(engine: Engine) -> set[int]:
    return _own.get(engine, set())


class ChangeListener:
    """Waits for other connections' commits on ``engine``'s database, on a connection of its own."""

    def __init__(self, engine: Engine) -> None:
        import psycopg  # only a shared workspace listens

        self._engine = engine
        # the engine's own connection arguments: a password is passed as it is, never in a URL
        args, kwargs = engine.dialect.create_connect_args(engine.url)
        kwargs.update(autocommit=True, connect_timeout=10, application_name="Badgesmith (changes)")
        self._conn = psycopg.connect(*args, **kwargs)
        self._conn.execute(f"LISTEN {CHANNEL}")
        self._closed = threading.Event()

    def wait(self, timeout: float, gather: float = 0.5) -> set[str]:
        """The tables others changed: waits up to ``timeout`` s for a first notification, then
        ``gather`` s more for the rest of a burst. Empty when nothing came."""
        own = own_pids(self._engine)
        tables: set[str] = set()
        deadline = time.monotonic() + timeout
        while not self._closed.is_set():
            left = deadline - time.monotonic()
            if left <= 0:
                break
            for note in self._conn.notifies(timeout=left, stop_after=1):
                if note.pid not in own:
                    tables.add(note.payload)
            if tables:
                deadline = min(deadline, time.monotonic() + gather)
        return tables

    def close(self) -> None:
        self._closed.set()
        try:
            self._conn.close()
        except Exception:  # closing a connection the server already dropped
            log.debug("change listener closed after its connection was lost")
