"""A shared database's address as the window needs it: made from the fields people type, with
another sign-in name, and shown as "server/database".

The address itself (what it may be, where a folder remembers it) is core's
(core/services/shared_database.py); these only put it together and take it apart for the forms.
"""

from __future__ import annotations

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

DEFAULT_PORT = 5432


def build(server: str, port: int, database: str, name: str) -> str:
    """``postgresql://name@server:port/database``; a server typed as a folder (``/run/postgresql``)
    is the server's socket on this computer."""
    server, database, name = server.strip(), database.strip(), name.strip()
    if server.startswith("/"):
        url = URL.create("postgresql", username=name or None, database=database,
                         query={"host": server, "port": str(port)})
    else:
        url = URL.create("postgresql", username=name or None, host=server or None,
                         port=None if port == DEFAULT_PORT else port, database=database)
    return url.render_as_string(hide_password=False)


def _url(address: str) -> URL | None:
    try:
        return make_url(address.strip())
    except (ArgumentError, ValueError):
        return None


def name_in(address: str) -> str:
    """The sign-in name an address carries ("" when it names none)."""
    url = _url(address)
    return (url.username or "") if url is not None else ""


def with_name(address: str, name: str) -> str:
    """``address`` signing in as ``name`` (unchanged when ``name`` is empty)."""
    url = _url(address)
    if url is None or not name.strip():
        return address
    return url.set(username=name.strip()).render_as_string(hide_password=False)


def fields(address: str) -> tuple[str, int, str, str] | None:
    """(server, port, database, name) of an address, as ``build`` takes them (None if it cannot
    be read): a server reached through its socket folder is that folder, as it was typed."""
    url = _url(address)
    if url is None or not url.drivername.startswith("postgresql"):
        return None
    return _fields(url)


def _fields(url: URL) -> tuple[str, int, str, str]:
    socket = url.query.get("host")
    server = url.host or (socket if isinstance(socket, str) else "")
    port = url.port or _int(url.query.get("port")) or DEFAULT_PORT
    return server, port, url.database or "", url.username or ""


def _int(value: object) -> int | None:
    return int(value) if isinstance(value, str) and value.isdigit() else None


def server_and_database(url: URL) -> tuple[str, str]:
    """(server, database) of a connected workspace's address, for the status bar: the server's
    name, or the socket folder it is reached through on this computer (as typed to connect), or
    "localhost" when the address names neither."""
    server, port, database, _name = _fields(url)
    server = server or "localhost"
    if port != DEFAULT_PORT:
        server = f"{server}:{port}"
    return server, database


def short_where(address: str) -> str:
    """"server/database" of an address (the address itself if it cannot be read)."""
    url = _url(address)
    if url is None:
        return address
    server, database = server_and_database(url)
    return f"{server}/{database}"
