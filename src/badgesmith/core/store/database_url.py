"""Database addresses as people type them: ``postgresql://anna@db.college.lan/badgesmith``.

A shared workspace's local folder remembers its database's address in ``shared-database.json``,
never the password: libpq finds that in the URL typed, ``PGPASSWORD`` or ``~/.pgpass``, and the
app asks for it at sign-in.
"""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from badgesmith.core.errors import ValidationError, WorkspaceError
from badgesmith.core.fileio import atomic_write_text
from badgesmith.core.said import QT_TRANSLATE_NOOP, said

CONNECTION_FILE = "shared-database.json"
ENV_DATABASE_URL = "BADGESMITH_DATABASE_URL"
MAX_URL = 2000
_SCHEMES = {"postgresql", "postgres", "postgresql+psycopg"}


def parse(text: str) -> URL:
    """The SQLAlchemy URL (psycopg 3 driver) of a typed ``postgresql://`` address; ValidationError
    with one sentence for anything else."""
    typed = text.strip()
    if not typed:
        raise ValidationError(said(QT_TRANSLATE_NOOP("core", "Type the shared database's address, e.g. "
                                                             "postgresql://anna@server/badgesmith.")))
    if len(typed) > MAX_URL:
        raise ValidationError(said(QT_TRANSLATE_NOOP("core", "The database address is longer than {n} characters."),
                                   n=MAX_URL))
    scheme = typed.split("://", 1)[0].lower() if "://" in typed else ""
    if scheme not in _SCHEMES:
        raise ValidationError(said(QT_TRANSLATE_NOOP("core", "A shared database's address starts with postgresql:// "
                                                             "(e.g. postgresql://anna@server/badgesmith).")))
    try:
        url = make_url("postgresql+psycopg://" + typed.split("://", 1)[1])
    except (ArgumentError, ValueError) as exc:
        raise ValidationError(said(QT_TRANSLATE_NOOP("core", "This is not a database address: {reason}."),
                                   reason=str(exc).rstrip("."))) from exc
    if not url.database:
        raise ValidationError(said(QT_TRANSLATE_NOOP("core", "The address names no database: add it after the "
                                                             "server, e.g. postgresql://anna@server/badgesmith.")))
    return url


def shown(url: URL) -> str:
    """The address without its password, as written to the folder, logs and the window."""
    # libpq also takes a password as a query parameter: it goes the same way
    bare = url.set(drivername="postgresql")._replace(password=None).difference_update_query(["password"])
    return bare.render_as_string(hide_password=True)


def with_password(url: URL, password: str | None) -> URL:
    return url.set(password=password) if password else url


def remembered(folder: Path) -> URL | None:
    """The shared database this folder is the local side of, or None for an SQLite workspace."""
    path = folder / CONNECTION_FILE
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8")[:MAX_URL * 2])
        return parse(str(data["url"]))
    except (OSError, ValueError, KeyError, TypeError, ValidationError) as exc:
        raise WorkspaceError(f"{path} does not hold a shared database's address; remove it or "
                             "connect again (File ▸ Connect to a shared database).") from exc


def remember(folder: Path, url: URL) -> None:
    atomic_write_text(folder / CONNECTION_FILE, json.dumps({"url": shown(url)}, indent=1) + "\n", private=True)
