"""Backing up and restoring a workspace: the use cases over store.backup, for the GUI and CLI.

A backup is signed with the workspace's current key (so it needs the passphrase); a workspace
that has no key yet is backed up unsigned. A restore is inspected first: the user sees what
the archive brings (keys this workspace does not hold, an unknown or missing signature) and
approves exactly that report.

A shared workspace (PostgreSQL) is backed up to the same archive, an SQLite workspace database
inside; restoring into one replaces the database's rows and needs an administrator. Either kind
restores from either kind's archive.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select

from badgesmith.core.credentials.didkey import raw_public_bytes
from badgesmith.core.services import issuer
from badgesmith.core.services.shared_database import require
from badgesmith.core.store import database_url
from badgesmith.core.store.backup import (
    ArchiveReport,
    Signer,
    backup_shared,
    backup_workspace,
    inspect_archive,
    inspect_shared,
    restore_shared,
    restore_workspace,
)
from badgesmith.core.store.models import SigningKey
from badgesmith.core.store.roles import Role
from badgesmith.core.store.workspace import Workspace

T = TypeVar("T")


def backup(ws: Workspace, out: Path, passphrase: str | None) -> Path:
    """Write a backup archive, signed with the current key when the workspace has one."""
    require(ws, Role.ISSUER)  # it holds the encrypted keys and is signed with them
    with ws.read_session() as s:
        has_key = s.scalar(select(SigningKey.id).limit(1)) is not None
    signer: Signer | None = None
    if has_key:
        _, key = issuer.unlock_key(ws, passphrase)  # KeyLocked / WrongPassphrase before anything is written
        public = raw_public_bytes(key.private_key.public_key())

        def signer(message: bytes) -> tuple[bytes, bytes]:
            return public, key.private_key.sign(message)

    if ws.is_shared:
        return backup_shared(ws.engine, Path(out), signer)
    return backup_workspace(ws.folder, Path(out), signer)


def inspect_restore(target: Path | Workspace, archive: Path) -> ArchiveReport:
    """What restoring ``archive`` into ``target`` (a workspace folder, or an open shared
    workspace) would bring; nothing changes."""
    def shared(ws: Workspace) -> ArchiveReport:
        return inspect_shared(Path(archive), ws.engine, ws.folder)

    return _on(target, shared, lambda folder: inspect_archive(Path(archive), folder))


def restore(target: Path | Workspace, archive: Path, approved: ArchiveReport | None) -> Path | None:
    """Restore ``archive`` into ``target``: the (closed) workspace in a folder, or a shared
    workspace (its folder, or it open). Returns where the replaced data was kept; see store.backup."""
    def shared(ws: Workspace) -> Path | None:
        require(ws, Role.ADMINISTRATOR)
        return restore_shared(Path(archive), ws.engine, ws.folder, approved)

    return _on(target, shared, lambda folder: restore_workspace(Path(archive), folder, approved))


def _on(target: Path | Workspace, shared: Callable[[Workspace], T], local: Callable[[Path], T]) -> T:
    if isinstance(target, Workspace):
        return shared(target) if target.is_shared else local(target.folder)
    folder = Path(target)
    if database_url.remembered(folder) is None:
        return local(folder)
    with Workspace.open(folder, create=False) as ws:  # the password from libpq's usual places
        return shared(ws)
