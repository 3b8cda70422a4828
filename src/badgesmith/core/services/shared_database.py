"""A workspace several people share on PostgreSQL: connecting, who may do what, the people.

The database enforces the roles (core/store/roles.py); :func:`require` says so in a sentence
before anything is tried, and :func:`explain` turns what the database says into one when a
refusal or a dropped connection reaches the user anyway.
"""

from __future__ import annotations

import getpass
from pathlib import Path

from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from badgesmith.core.errors import NotPermitted, ValidationError
from badgesmith.core.said import QT_TRANSLATE_NOOP, Said, said
from badgesmith.core.store import database_url, roles
from badgesmith.core.store.changes import ChangeListener
from badgesmith.core.store.roles import Role
from badgesmith.core.store.workspace import Workspace, default_workspace_dir

__all__ = ["ChangeListener", "Role"]  # for the GUI and CLI, which reach the store only through services

ENV_DATABASE_URL = database_url.ENV_DATABASE_URL
ROLE_NAMES = {
    Role.INSTRUCTOR: QT_TRANSLATE_NOOP("core", "instructor"),
    Role.ISSUER: QT_TRANSLATE_NOOP("core", "issuer"),
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("core", "administrator"),
}
_NEEDS = {
    Role.INSTRUCTOR: QT_TRANSLATE_NOOP("core", "This needs the instructor role; you ({user}) have no Badgesmith role. "
                                               "Ask your administrator."),
    Role.ISSUER: QT_TRANSLATE_NOOP("core", "Issuing, revoking and changing achievements need the issuer role; you "
                                           "({user}) are signed in as {role}. Ask your administrator or an issuer."),
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("core", "This needs the administrator role; you ({user}) are signed in as "
                                                  "{role}. Ask your administrator."),
}


def role_name(role: Role) -> Said:
    return said(ROLE_NAMES[role])


def who(ws: Workspace) -> str:
    """The name a change is recorded under: the database account, else the computer's user."""
    return who_is(ws.user)


def who_is(user: str | None) -> str:
    """``user`` (a shared workspace's account), else the computer's user name."""
    if user:
        return user
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no user name in the environment or the password database
        return "?"


def require(ws: Workspace, role: Role) -> None:
    """Refuse, in one sentence, what the signed-in person's role does not include."""
    if not ws.may(role):
        raise NotPermitted(said(_NEEDS[role], user=ws.user or "?", role=role_name(ws.role)))


def folder_for(address: str) -> Path:
    """The local folder (certificates, drafts) of a shared workspace opened without --workspace:
    one per server and database beside the default workspace, never the SQLite one itself."""
    url = database_url.parse(address)
    host = (url.host or "local").replace("/", "_")
    return default_workspace_dir().parent / f"shared-{host}-{url.database}"


def remembered(folder: Path) -> str | None:
    """The shared database's address a workspace folder remembers (no password), or None."""
    url = database_url.remembered(folder)
    return database_url.shown(url) if url is not None else None


def listen(ws: Workspace) -> ChangeListener:
    """A listener for what others commit to this shared workspace (core/store/changes.py)."""
    return ChangeListener(ws.engine)


def current_role(ws: Workspace) -> Role | None:
    """The signed-in person's role as the database has it now (an administrator may change it)."""
    with ws.engine.connect() as conn:
        return roles.role_of(conn)


def connect(folder: Path | None, address: str, password: str | None = None) -> Workspace:
    """Open (or set up, on an empty database) the shared workspace at ``address``."""
    url = database_url.parse(address)
    return Workspace.open(folder or folder_for(address), url=url, password=password)


def explain(exc: SQLAlchemyError) -> Said | None:
    """A sentence for what a shared database answered, or None when it is not one of these."""
    orig = getattr(exc, "orig", None)
    code = getattr(orig, "sqlstate", None)
    if code == "42501":  # insufficient_privilege: grants or the audit trigger
        return said(QT_TRANSLATE_NOOP("core", "The shared database refused this change: your role does not "
                                              "allow it. Nothing was saved. Ask your administrator."))
    if code == "22001":  # a text longer than its column: SQLite stores it, PostgreSQL refuses
        return said(QT_TRANSLATE_NOOP("core", "A text is longer than the shared database can hold; nothing was "
                                              "saved. Shorten it and try again."))
    if code in ("40001", "40P01"):  # serialization failure, deadlock: nothing was written
        return said(QT_TRANSLATE_NOOP("core", "Someone else changed the same data at the same moment; nothing "
                                              "was saved. Try again."))
    if isinstance(exc, DBAPIError) and exc.connection_invalidated or (code or "").startswith("08"):
        return said(QT_TRANSLATE_NOOP("core", "The connection to the shared database was lost; this change was "
                                              "not saved. Check the network and try again."))
    return None


# -- people (administrators) -----------------------------------------------------------------


def list_people(ws: Workspace) -> list[tuple[str, Role, bool]]:
    """(sign-in name, role, may sign in) of everyone with a Badgesmith role."""
    _shared(ws)
    with ws.engine.connect() as conn:
        return roles.people(conn)


def add_person(ws: Workspace, name: str, password: str, role: Role) -> None:
    _shared(ws)
    require(ws, Role.ADMINISTRATOR)
    with ws.engine.begin() as conn:
        roles.add_person(conn, name, password, role)


def change_role(ws: Workspace, name: str, role: Role) -> None:
    _shared(ws)
    require(ws, Role.ADMINISTRATOR)
    with ws.engine.begin() as conn:
        roles.set_role(conn, name, role)


def remove_person(ws: Workspace, name: str) -> None:
    _shared(ws)
    require(ws, Role.ADMINISTRATOR)
    if name.strip() == ws.user:
        raise ValidationError(said(QT_TRANSLATE_NOOP("core", "You cannot remove yourself; another "
                                                             "administrator can.")))
    with ws.engine.begin() as conn:
        roles.remove_person(conn, name)


def _shared(ws: Workspace) -> None:
    if not ws.is_shared:
        raise ValidationError(said(QT_TRANSLATE_NOOP("core", "People and roles belong to a shared database; "
                                                             "this workspace is on this computer only.")))
