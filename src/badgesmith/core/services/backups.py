"""Backing up and restoring a workspace: the use cases over store.backup, for the GUI and CLI.

A backup is signed with the workspace's current key (so it needs the passphrase); a workspace
that has no key yet is backed up unsigned. A restore is inspected first: the user sees what
the archive brings (keys this workspace does not hold, an unknown or missing signature) and
approves exactly that report.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from badgesmith.core.credentials.didkey import raw_public_bytes
from badgesmith.core.services import issuer
from badgesmith.core.store.backup import (
    ArchiveReport,
    Signer,
    backup_workspace,
    inspect_archive,
    restore_workspace,
)
from badgesmith.core.store.models import SigningKey
from badgesmith.core.store.workspace import Workspace


def backup(ws: Workspace, out: Path, passphrase: str | None) -> Path:
    """Write a backup archive, signed with the current key when the workspace has one."""
    with ws.read_session() as s:
        has_key = s.scalar(select(SigningKey.id).limit(1)) is not None
    signer: Signer | None = None
    if has_key:
        _, key = issuer.unlock_key(ws, passphrase)  # KeyLocked / WrongPassphrase before anything is written
        public = raw_public_bytes(key.private_key.public_key())

        def signer(message: bytes) -> tuple[bytes, bytes]:
            return public, key.private_key.sign(message)

    return backup_workspace(ws.folder, Path(out), signer)


def inspect_restore(folder: Path, archive: Path) -> ArchiveReport:
    """What restoring ``archive`` would bring; nothing changes."""
    return inspect_archive(Path(archive), Path(folder))


def restore(folder: Path, archive: Path, approved: ArchiveReport | None) -> Path | None:
    """Restore ``archive`` into the (closed) workspace in ``folder``; see store.backup."""
    return restore_workspace(Path(archive), Path(folder), approved)
