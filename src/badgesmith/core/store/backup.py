"""Backup of a whole workspace to one archive, and restore from it.

The archive is a zip holding ``workspace.db`` (taken with SQLite's online backup API, so a
workspace in use is copied consistently; the encrypted signing keys live in it) and a
``manifest.json`` with the SHA-256 of the database. Restore checks the archive completely
(zip CRC, manifest hash, SQLite integrity, a Badgesmith schema) before it touches anything,
then swaps the database in with a rename, keeping the previous one in ``backups/``.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from badgesmith import __version__
from badgesmith.core.errors import WorkspaceError
from badgesmith.core.store.migrate import head_revision, sqlite_backup
from badgesmith.core.store.workspace import DB_NAME

FORMAT = "badgesmith-backup/1"


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def backup_workspace(folder: Path, out: Path) -> Path:
    """Write a backup archive of the workspace in ``folder`` to ``out`` (atomically)."""
    db = folder / DB_NAME
    if not db.exists():
        raise WorkspaceError(f"There is no workspace in {folder} to back up.")
    out = Path(out)
    if out.is_dir():
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        out = out / f"badgesmith-backup-{stamp}.zip"
    with tempfile.TemporaryDirectory() as tmp:
        snap = Path(tmp) / DB_NAME
        sqlite_backup(db, snap)
        manifest = {
            "format": FORMAT,
            "created": datetime.now(UTC).isoformat(),
            "badgesmith": __version__,
            "schema": _schema_of(snap),
            "sha256": _sha256(snap),
        }
        part = out.with_name(out.name + ".part")
        try:
            with zipfile.ZipFile(part, "w", zipfile.ZIP_DEFLATED) as z:
                z.writestr("manifest.json", json.dumps(manifest, indent=2))
                z.write(snap, DB_NAME)
            with part.open("rb+") as f:
                os.fsync(f.fileno())
            part.replace(out)
        except OSError as exc:
            part.unlink(missing_ok=True)
            raise WorkspaceError(f"Could not write the backup to {out}: {exc.strerror}.") from exc
    return out


def _schema_of(db: Path) -> str | None:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        con.close()


def check_archive(archive: Path, into: Path) -> dict[str, object]:
    """Extract and verify the archive's database into folder ``into``; return its manifest."""
    try:
        with zipfile.ZipFile(archive) as z:
            bad = z.testzip()
            if bad is not None:
                raise WorkspaceError(f"The backup {archive.name} is damaged ({bad} is corrupt).")
            names = set(z.namelist())
            if not {"manifest.json", DB_NAME} <= names:
                raise WorkspaceError(f"{archive.name} is not a Badgesmith backup.")
            manifest = json.loads(z.read("manifest.json"))
            z.extract(DB_NAME, into)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise WorkspaceError(f"The backup {archive.name} is damaged or unreadable.") from exc
    if manifest.get("format") != FORMAT:
        raise WorkspaceError(f"{archive.name} is not a Badgesmith backup.")
    db = into / DB_NAME
    if _sha256(db) != manifest.get("sha256"):
        raise WorkspaceError(f"The backup {archive.name} is damaged (checksum mismatch).")
    try:
        con = sqlite3.connect(str(db))
        ok = con.execute("PRAGMA integrity_check").fetchone()[0]
        con.close()
    except sqlite3.DatabaseError as exc:
        raise WorkspaceError(f"The backup {archive.name} holds a damaged database.") from exc
    if ok != "ok":
        raise WorkspaceError(f"The backup {archive.name} holds a damaged database.")
    schema = _schema_of(db)
    if schema is None:
        raise WorkspaceError(f"{archive.name} does not hold a Badgesmith workspace.")
    if schema > head_revision():
        raise WorkspaceError(
            f"The backup {archive.name} was made by a newer Badgesmith; install it to restore."
        )
    return manifest


def restore_workspace(archive: Path, folder: Path) -> Path | None:
    """Replace the workspace in ``folder`` with the archive's. Returns where the old one went.

    Nothing is touched unless the archive checks out. The archive's database is then copied
    into the live one through SQLite's backup API: one write transaction, so a crash leaves
    either the old or the new workspace, and a connection still open elsewhere sees the new
    content instead of a file swapped away under it.
    """
    archive = Path(archive)
    if not archive.is_file():
        raise WorkspaceError(f"There is no backup file at {archive}.")
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / DB_NAME
    with tempfile.TemporaryDirectory(dir=folder) as tmp:
        check_archive(archive, Path(tmp))
        restored = Path(tmp) / DB_NAME
        if not db.exists():
            staged = folder / (DB_NAME + ".restoring")
            shutil.copyfile(restored, staged)
            with staged.open("rb+") as f:
                os.fsync(f.fileno())
            staged.replace(db)
            return None
        keep = folder / "backups"
        keep.mkdir(exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        previous = keep / f"workspace-before-restore-{stamp}.db"
        sqlite_backup(db, previous)
        src = sqlite3.connect(str(restored))
        dst = sqlite3.connect(str(db), timeout=5)
        try:
            dst.execute("PRAGMA synchronous=FULL")
            src.backup(dst)
        except sqlite3.OperationalError as exc:
            raise WorkspaceError(
                f"The workspace is busy ({exc}); close other Badgesmith windows and try again. "
                "Nothing was changed."
            ) from exc
        finally:
            dst.close()
            src.close()
    return previous
