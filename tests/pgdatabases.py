"""Test workspaces on PostgreSQL: each new workspace gets its own database, copied from a template
already migrated to the newest schema (CREATE DATABASE … TEMPLATE takes a fraction of the time
the migrations take), and the databases a test made are dropped after it."""

from __future__ import annotations

import itertools
import json
import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg

from badgesmith.core.store import database_url
from badgesmith.core.store.workspace import DB_NAME, Workspace

# per test session: sessions (a developer's, a helper's) may share one server
TEMPLATE = f"bs_template_{os.getpid()}"
_server: Any = None
_made: list[str] = []
_numbers = itertools.count(1)


def _admin() -> psycopg.Connection:
    return psycopg.connect(_server.url(), autocommit=True)


def new_database(template: str = TEMPLATE) -> str:
    """A new database copied from ``template``; its superuser URL."""
    name = f"bs_test_{os.getpid()}_{next(_numbers)}"
    with _admin() as conn:
        # a copy needs the template to have no other connection (a test may hold one open)
        conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (template,))
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}" STRATEGY FILE_COPY')
    _made.append(name)
    return _server.url(name)


def copy_database(folder: Path) -> None:
    """Give a copied workspace folder its own copy of the database it names."""
    path = folder / database_url.CONNECTION_FILE
    url = database_url.parse(json.loads(path.read_text())["url"])
    copied = database_url.parse(new_database(str(url.database)))
    database_url.remember(folder, copied)


def copy_workspace(source: Path, dest: Path, **copytree: Any) -> Path:
    """A copy of a workspace folder (or of a folder of workspaces) for a test to change. On
    PostgreSQL each copied workspace gets its own copy of its database."""
    shutil.copytree(source, dest, **copytree)
    if _server is not None:
        for path in sorted(dest.rglob(database_url.CONNECTION_FILE)):
            copy_database(path.parent)
    return dest


@contextmanager
def fresh_database(pg_server: Any, prefix: str = "bs") -> Iterator[str]:
    """A new, empty database on ``pg_server`` (its superuser URL), dropped afterwards; for the
    tests of the shared database itself, on either engine's run."""
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_server.url(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield pg_server.url(name)
    finally:
        with psycopg.connect(pg_server.url(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def refuses(url_with_a_wrong_password: str) -> bool:
    """Whether the server checks passwords (a developer's own may let everyone in)."""
    try:
        psycopg.connect(url_with_a_wrong_password).close()
    except psycopg.OperationalError:
        return True
    return False


def mark() -> int:
    return len(_made)


def drop_since(mark: int) -> None:
    names, _made[mark:] = _made[mark:], []
    if not names:
        return
    with _admin() as conn:
        for name in names:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def installed(server: Any, scratch: Path) -> Iterator[None]:
    """While active, ``Workspace.open`` of a folder without a workspace makes a shared one."""
    global _server
    _server = server
    with _admin() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{TEMPLATE}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{TEMPLATE}"')
    Workspace.open(scratch, url=server.url(TEMPLATE)).close()
    original = Workspace.__dict__["open"].__func__

    def open_on_postgresql(cls: type[Workspace], folder: Path | str | None = None, *,
                           url: Any = None, create: bool = True, password: str | None = None) -> Workspace:
        if url is None and folder is not None and create:
            f = Path(folder)
            if not (f / DB_NAME).exists() and not (f / database_url.CONNECTION_FILE).exists():
                url = new_database()
        return original(cls, folder, url=url, create=create, password=password)

    Workspace.open = classmethod(open_on_postgresql)  # type: ignore[method-assign,assignment]
    try:
        yield
    finally:
        Workspace.open = classmethod(original)  # type: ignore[method-assign,assignment]
