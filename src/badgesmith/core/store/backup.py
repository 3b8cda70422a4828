"""Backup of a whole workspace to one signed archive, and a restore that trusts nothing in it.

The archive is a zip holding ``workspace.db`` (taken with SQLite's online backup API, so a
workspace in use is copied consistently; the encrypted signing keys live in it) and a
``manifest.json`` with the database's SHA-256 and size, signed with the workspace's current
Ed25519 key.

A backup file can come from anywhere, so restore checks, in this order and before anything of
the workspace is touched:

1. the manifest: its format, its size, and its signature (by a key the archive itself holds);
2. the database entry: declared sizes within limits and the disk space to hold it, then its
   SHA-256 streamed from the zip *before* a byte is written to disk;
3. the extracted database: SQLite's integrity and foreign-key checks, and a schema made of
   exactly the tables and indexes Badgesmith's migrations create for its version: no trigger,
   view or unknown table can ride in (a trigger could silently undo revocations);
4. the keys it brings: each own signing key must be the key its identifier names, the manifest
   must be signed by one of them, and the backup counts as "ours" only when that key is one the
   current workspace holds (compared by the key itself, never by what the archive calls it);
5. what it would throw away: credentials issued and revocations made since the backup (a
   rollback would make revoked credentials verify again).

Keys the current workspace does not hold, a signer it does not hold, and anything lost are
listed, and the restore goes ahead only when the caller approved exactly that report (see
:class:`ArchiveReport`).

The previous database is kept in ``backups/`` and copied over through SQLite's backup API.

A shared workspace (PostgreSQL) is backed up to the same archive: its rows, read in one
snapshot, exported into a new SQLite database made by the migrations. Restoring into one runs the
same checks, then replaces the rows in one transaction, the replaced rows kept in the local
folder's ``backups/`` as an SQLite workspace database (see :func:`restore_shared`).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import Connection, Engine, create_engine, text

from badgesmith import __version__
from badgesmith.core.credentials.didkey import did_key_from_public
from badgesmith.core.errors import WorkspaceError
from badgesmith.core.fileio import make_private, private_dir
from badgesmith.core.said import QT_TRANSLATE_NOOP, said
from badgesmith.core.store import transfer
from badgesmith.core.store.migrate import (
    BACKUPS_DIR,
    head_revision,
    reference_schema,
    schema_objects,
    sqlite_backup,
    upgrade_to_head,
)
from badgesmith.core.store.workspace import DB_NAME

FORMAT = "badgesmith-backup/2"
OLD_FORMATS = ("badgesmith-backup/1",)  # unsigned backups of earlier versions
MAX_DB_BYTES = 2_000_000_000
MAX_MANIFEST_BYTES = 64_000
SPARE_DISK_BYTES = 100_000_000  # never fill the disk to the brim while checking a backup
_SIGNED = b"badgesmith-backup/2\n"  # domain separation: a backup signature signs nothing else

# message -> (raw Ed25519 public key, signature); None makes an unsigned backup (no key yet)
Signer = Callable[[bytes], tuple[bytes, bytes]]


@dataclass(frozen=True)
class ArchiveKey:
    did: str
    role: str  # "current signing key", "retired signing key", "trusted issuer <name>"
    known: bool  # the current workspace already holds it


@dataclass(frozen=True)
class ArchiveReport:
    """What a backup would bring and throw away; a restore proceeds only with the report its
    caller approved (or, for our own backup that loses nothing, without a question)."""

    archive_sha256: str
    created: str | None
    signed: bool
    signer_did: str | None  # the archive's own key that signed its manifest
    signer_known: bool  # ...and the current workspace holds that very key: it is our own backup
    keys: tuple[ArchiveKey, ...]
    forgotten_credentials: int = 0  # issued after the backup: the restored workspace has no record
    undone_revocations: tuple[str, ...] = ()  # revoked now, valid (or unknown) in the backup
    dropped_keys: tuple[str, ...] = ()  # own signing keys of now that the backup lacks
    reactivated_keys: tuple[str, ...] = ()  # retired now (e.g. rotated away from), current in the backup
    revived_learners: int = 0  # erased now, with their personal data in the backup

    @property
    def new_keys(self) -> tuple[ArchiveKey, ...]:
        return tuple(k for k in self.keys if not k.known)

    @property
    def needs_confirmation(self) -> bool:
        return bool(self.new_keys or not self.signer_known or self.forgotten_credentials or self.undone_revocations
                    or self.dropped_keys or self.reactivated_keys or self.revived_learners)

    def lines(self) -> list[str]:
        out = []
        if not self.signed:
            out.append("This backup is not signed (made by an older Badgesmith, or before there was a key): "
                       "restore it only if you made it yourself.")
        elif not self.signer_known:
            out.append(f"This backup was signed by the key {self.signer_did}, which this workspace does not hold.")
        else:
            out.append("This backup was signed by this workspace's own key.")
        for k in self.new_keys:
            out.append(f"It brings a key this workspace does not hold as such: {k.role}, {k.did}.")
        for did in self.reactivated_keys:
            out.append(f"It makes the retired key {did} sign again: you rotated away from it since this backup.")
        for did in self.dropped_keys:
            out.append(f"It drops the signing key {did}: credentials signed with it would show as signed by an "
                       "unknown key.")
        if self.undone_revocations:
            shown = ", ".join(self.undone_revocations[:10]) + (" …" if len(self.undone_revocations) > 10 else "")
            out.append(f"Restoring undoes {len(self.undone_revocations)} revocation(s) made since ({shown}): those "
                       "credentials would verify as valid again until you revoke them again.")
        if self.forgotten_credentials:
            out.append(f"{self.forgotten_credentials} credential(s) issued since this backup would no longer be "
                       "recorded here (their files stay valid, but could not be listed, renewed or revoked).")
        if self.revived_learners:
            out.append(f"It brings back the personal data of {self.revived_learners} learner(s) you erased since "
                       "this backup: if you restore it, erase them again.")
        return out


def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _manifest_bytes(manifest: dict[str, Any]) -> bytes:
    body = {k: v for k, v in manifest.items() if k != "signature"}
    return _SIGNED + json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")


def backup_workspace(folder: Path, out: Path, signer: Signer | None) -> Path:
    """Write a signed backup archive of the workspace in ``folder`` to ``out`` (atomically)."""
    db = folder / DB_NAME
    if not db.exists():
        raise WorkspaceError(f"There is no workspace in {folder} to back up.")
    with tempfile.TemporaryDirectory() as tmp:
        snap = Path(tmp) / DB_NAME
        sqlite_backup(db, snap)
        return _write_archive(snap, Path(out), signer)


def backup_shared(engine: Engine, out: Path, signer: Signer | None) -> Path:
    """The same archive for a shared workspace: its rows, as one consistent snapshot, exported
    into a new SQLite workspace database, so that a backup restores anywhere (here, on another
    server, or on one computer) and is checked the same way."""
    with tempfile.TemporaryDirectory() as tmp:
        snap = Path(tmp) / DB_NAME
        with engine.connect().execution_options(isolation_level="REPEATABLE READ") as src, src.begin():
            export_sqlite(src, snap)
        return _write_archive(snap, Path(out), signer)


def export_sqlite(src: Connection, dest: Path) -> None:
    """Write every row ``src`` sees into a new SQLite workspace database at ``dest``."""
    engine = _new_sqlite(dest)
    try:
        _export(src, engine)
    finally:
        engine.dispose()


def _new_sqlite(dest: Path) -> Engine:
    """An empty SQLite workspace database made by Badgesmith's own migrations (its schema is
    exactly what a restore checks for), private from the start."""
    os.close(os.open(dest, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    engine = create_engine(f"sqlite:///{dest}")
    upgrade_to_head(engine, dest)
    return engine


def _export(src: Connection, engine: Engine) -> None:
    transfer.check_tables(src)
    with engine.begin() as dst:
        transfer.copy_rows(src, dst)


def _write_archive(snap: Path, out: Path, signer: Signer | None) -> Path:
    if out.is_dir():
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        out = out / f"badgesmith-backup-{stamp}.zip"
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "created": datetime.now(UTC).isoformat(),
        "badgesmith": __version__,
        "schema": _schema_of(snap),
        "sha256": _sha256_file(snap),
        "size": snap.stat().st_size,
    }
    if signer is not None:
        public, _ = signer(b"")
        manifest["public_key"] = public.hex()
        manifest["signature"] = signer(_manifest_bytes(manifest))[1].hex()
    part = out.with_name(out.name + ".part")
    try:
        os.close(os.open(part, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600))
        with zipfile.ZipFile(part, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("manifest.json", json.dumps(manifest, indent=2))
            z.write(snap, DB_NAME)
        with part.open("rb+") as f:
            os.fsync(f.fileno())
        part.replace(out)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise WorkspaceError(f"Could not write the backup to {out}: {exc.strerror}.") from exc
    make_private(out)
    return out


def _schema_of(db: Path) -> str | None:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.DatabaseError:
        return None
    finally:
        con.close()


def _read_manifest(z: zipfile.ZipFile, name: str) -> dict[str, Any]:
    try:
        info = z.getinfo("manifest.json")
        z.getinfo(DB_NAME)
    except KeyError:
        raise WorkspaceError(f"{name} is not a Badgesmith backup.") from None
    if info.file_size > MAX_MANIFEST_BYTES:
        raise WorkspaceError(f"{name} is not a Badgesmith backup (its manifest is too large).")
    manifest = json.loads(z.read(info))
    if not isinstance(manifest, dict) or manifest.get("format") not in (FORMAT, *OLD_FORMATS):
        raise WorkspaceError(f"{name} is not a Badgesmith backup.")
    return manifest


def _signature(manifest: dict[str, Any], name: str) -> bytes | None:
    """The manifest signer's raw public key after checking its signature; None when unsigned."""
    if manifest.get("format") != FORMAT or "signature" not in manifest:
        return None
    try:
        public = bytes.fromhex(str(manifest["public_key"]))
        Ed25519PublicKey.from_public_bytes(public).verify(bytes.fromhex(str(manifest["signature"])),
                                                          _manifest_bytes(manifest))
    except (ValueError, KeyError, InvalidSignature):
        raise WorkspaceError(f"The backup {name} was altered: its signature does not match its contents.") from None
    return public


def _extract_checked(z: zipfile.ZipFile, manifest: dict[str, Any], into: Path, name: str) -> Path:
    info = z.getinfo(DB_NAME)
    declared = manifest.get("size", info.file_size)
    if info.file_size > MAX_DB_BYTES or declared != info.file_size:
        raise WorkspaceError(f"The backup {name} declares a database of an impossible size; it is not restored.")
    free = shutil.disk_usage(into).free
    if free < info.file_size + SPARE_DISK_BYTES:
        raise WorkspaceError(f"There is not enough free disk space to check the backup {name} "
                             f"({info.file_size // 1_000_000} MB needed).")
    # the hash first, streamed from the zip: nothing is written for an archive that does not check out
    h, n = hashlib.sha256(), 0
    with z.open(info) as src:
        for chunk in iter(lambda: src.read(1 << 20), b""):
            n += len(chunk)
            if n > info.file_size:
                raise WorkspaceError(f"The backup {name} is damaged (the database is larger than declared).")
            h.update(chunk)
    if h.hexdigest() != manifest.get("sha256"):
        raise WorkspaceError(f"The backup {name} is damaged (checksum mismatch).")
    db = into / DB_NAME
    with z.open(info) as src, open(db, "wb") as dst:
        shutil.copyfileobj(src, dst, 1 << 20)
    make_private(db)
    return db


def _check_database(db: Path, name: str) -> str:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            con.execute("PRAGMA trusted_schema=OFF")
            ok = con.execute("PRAGMA integrity_check").fetchone()[0]
            dangling = con.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise WorkspaceError(f"The backup {name} holds a damaged database.") from exc
    if ok != "ok" or dangling:
        raise WorkspaceError(f"The backup {name} holds a damaged database.")
    schema = _schema_of(db)
    if schema is None:
        raise WorkspaceError(f"{name} does not hold a Badgesmith workspace.")
    if schema > head_revision():
        raise WorkspaceError(f"The backup {name} was made by a newer Badgesmith; install it to restore.")
    try:
        expected = reference_schema(schema)
    except WorkspaceError:
        raise WorkspaceError(f"{name} does not hold a Badgesmith workspace (unknown schema {schema}).") from None
    found = schema_objects(db)
    extra = sorted(f"{kind} {obj}" for kind, obj, _ in found - expected)
    if extra or {(k, n) for k, n, _ in expected} - {(k, n) for k, n, _ in found}:
        listed = "; ".join(extra[:5]) or "its tables differ from Badgesmith's"
        raise WorkspaceError(f"The backup {name} holds database objects Badgesmith never creates ({listed}); "
                             "it is not restored.")
    return schema


@dataclass(frozen=True)
class Holdings:
    """What a workspace database holds that a restore must compare against."""

    own: dict[str, str]  # own signing keys: did -> status
    own_public: frozenset[bytes]
    trusted: frozenset[str]  # dids of trusted issuers
    credentials: dict[str, str]  # id -> status
    learners: frozenset[int] = frozenset()  # ids of learners whose data is held
    erased: frozenset[int] = frozenset()  # ids of learners erased (schema 0005)


def _read(db: Path) -> Holdings:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        own = con.execute("SELECT did, status, public_key FROM signing_key").fetchall()
        trusted = con.execute("SELECT did FROM trusted_issuer").fetchall()
        creds = con.execute("SELECT id, status FROM credential").fetchall()
        try:
            people = con.execute("SELECT id, erased_at IS NOT NULL FROM learner").fetchall()
        except sqlite3.OperationalError:  # a backup from before erasure existed (schema < 0005)
            people = [(i, False) for (i,) in con.execute("SELECT id FROM learner")]
    finally:
        con.close()
    return Holdings({d: st for d, st, _ in own}, frozenset(bytes(pk) for _, _, pk in own),
                    frozenset(d for (d,) in trusted), dict(creds),
                    frozenset(i for i, gone in people if not gone), frozenset(i for i, gone in people if gone))


def holdings_of(db: Path) -> Holdings:
    """What the workspace database at ``db`` holds (nothing, when there is none yet)."""
    empty = Holdings({}, frozenset(), frozenset(), {})
    if not db.exists():
        return empty
    try:
        return _read(db)
    except sqlite3.DatabaseError:
        return empty


def holdings_in(conn: Connection) -> Holdings:
    """What the database behind ``conn`` holds (a shared workspace's, at the newest schema)."""
    own = conn.execute(text("SELECT did, status, public_key FROM signing_key")).all()
    trusted = conn.execute(text("SELECT did FROM trusted_issuer")).all()
    creds = conn.execute(text("SELECT id, status FROM credential")).all()
    people = conn.execute(text("SELECT id, erased_at IS NOT NULL FROM learner")).all()
    return Holdings({d: st for d, st, _ in own}, frozenset(bytes(pk) for _, _, pk in own),
                    frozenset(d for (d,) in trusted), {i: st for i, st in creds},
                    frozenset(i for i, gone in people if not gone), frozenset(i for i, gone in people if gone))


def _keys(db: Path, current: Holdings, name: str) -> tuple[tuple[ArchiveKey, ...], dict[bytes, str]]:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        own = con.execute("SELECT did, status, public_key FROM signing_key ORDER BY id").fetchall()
        trusted = con.execute("SELECT did, name FROM trusted_issuer ORDER BY id").fetchall()
    finally:
        con.close()
    for did, _, pk in own:
        if did != did_key_from_public(bytes(pk)):
            raise WorkspaceError(f"The backup {name} holds a signing key that is not the key it names; it was "
                                 "altered and is not restored.")
    # a key is known only in the role it has now: a partner's key becoming "our own" is news
    keys = [ArchiveKey(did, f"{status} signing key", did in current.own) for did, status, _ in own]
    keys += [ArchiveKey(did, f"trusted issuer {tname}", did in current.trusted) for did, tname in trusted]
    return tuple(keys), {bytes(pk): did for did, _, pk in own}


def check_archive(archive: Path, into: Path, current: Holdings) -> ArchiveReport:
    """Check the archive completely, extracting its database into folder ``into``."""
    name = archive.name
    try:
        with zipfile.ZipFile(archive) as z:
            manifest = _read_manifest(z, name)
            signer = _signature(manifest, name)
            db = _extract_checked(z, manifest, into, name)
    except WorkspaceError:
        raise
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError, NotImplementedError) as exc:
        raise WorkspaceError(f"The backup {name} is damaged or unreadable.") from exc
    _check_database(db, name)
    keys, own = _keys(db, current, name)
    signer_did = None
    if signer is not None:
        signer_did = own.get(signer)
        if signer_did is None:
            raise WorkspaceError(f"The backup {name} was signed by a key it does not hold; it is not restored.")
    restored = _read(db)
    undone = tuple(sorted(i for i, st in current.credentials.items()
                          if st == "revoked" and restored.credentials.get(i) != "revoked"))
    forgotten = len(current.credentials.keys() - restored.credentials.keys())
    dropped = tuple(d for d in current.own if d not in restored.own)
    reactivated = tuple(d for d, st in restored.own.items() if st == "current" and current.own.get(d) == "retired")
    revived = len(current.erased & restored.learners)
    digest = hashlib.sha256()
    with archive.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return ArchiveReport(digest.hexdigest(), manifest.get("created"), signer is not None, signer_did,
                         signer is not None and signer in current.own_public, keys, forgotten, undone,
                         dropped, reactivated, revived)



def inspect_archive(archive: Path, folder: Path) -> ArchiveReport:
    """What restoring ``archive`` into the workspace in ``folder`` would bring (nothing changes)."""
    archive = Path(archive)
    if not archive.is_file():
        raise WorkspaceError(f"There is no backup file at {archive}.")
    scratch = folder if folder.exists() else Path(tempfile.gettempdir())
    with tempfile.TemporaryDirectory(dir=scratch) as tmp:
        return check_archive(archive, Path(tmp), holdings_of(folder / DB_NAME))


def inspect_shared(archive: Path, engine: Engine, folder: Path) -> ArchiveReport:
    """What restoring ``archive`` into the shared database behind ``engine`` would bring; the
    archive is checked in a scratch folder inside the workspace's local ``folder``."""
    archive = Path(archive)
    if not archive.is_file():
        raise WorkspaceError(f"There is no backup file at {archive}.")
    with engine.connect() as conn:
        current = holdings_in(conn)
    with tempfile.TemporaryDirectory(dir=private_dir(folder)) as tmp:
        return check_archive(archive, Path(tmp), current)


def restore_shared(archive: Path, engine: Engine, folder: Path, approved: ArchiveReport | None) -> Path:
    """Replace the rows of the shared database behind ``engine`` with the archive's; returns
    where the replaced rows were kept (an SQLite workspace database in ``folder/backups``).

    The archive is checked exactly as for a workspace on this computer, and brought up to this
    version's schema, before anything is touched. Then, in one transaction that locks every table
    (nobody else reads a half-restored workspace): the current rows are exported to the kept file,
    deleted, and the archive's copied in. Only the owner of the tables may: a restore writes audit
    events in other people's names, which the database refuses anyone else (see roles.py).
    """
    archive = Path(archive)
    if not archive.is_file():
        raise WorkspaceError(f"There is no backup file at {archive}.")
    with engine.connect() as conn:
        owner = transfer.owner_refusal(conn)
        if owner is not None:
            raise WorkspaceError(owner)
        current = holdings_in(conn)
    with tempfile.TemporaryDirectory(dir=private_dir(folder)) as tmp:
        report = check_archive(archive, Path(tmp), current)
        if report.needs_confirmation and report != approved:
            raise WorkspaceError("Restoring this backup needs your confirmation: " + " ".join(report.lines()))
        restored = Path(tmp) / DB_NAME
        source = create_engine(f"sqlite:///{restored}")
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        keep = private_dir(folder / BACKUPS_DIR) / f"workspace-before-restore-{stamp}.db"
        kept: Engine | None = None
        try:
            upgrade_to_head(source, restored)  # a backup of an older version, as its own open would
            kept = _new_sqlite(keep)  # made before the tables are locked: others wait only for the copy
            with source.connect() as src, engine.connect() as dst, dst.begin():
                transfer.check_tables(src)
                transfer.lock_all(dst)
                if holdings_in(dst) != current:  # what the user approved losing is what would be lost
                    raise WorkspaceError(said(QT_TRANSLATE_NOOP(
                        "core", "Someone changed the shared workspace while the backup was being checked; nothing "
                                "was restored. Try again.")))
                _export(dst, kept)
                transfer.clear(dst)
                with transfer.keys_built_after(dst):
                    transfer.copy_rows(src, dst)
                transfer.reset_sequences(dst)
        except BaseException:
            keep.unlink(missing_ok=True)  # nothing was replaced: there is nothing to keep
            raise
        finally:
            source.dispose()
            if kept is not None:
                kept.dispose()
    return keep


def restore_workspace(archive: Path, folder: Path, approved: ArchiveReport | None) -> Path | None:
    """Replace the workspace in ``folder`` with the archive's. Returns where the old one went.

    Nothing is touched unless the archive checks out and, when it needs confirmation (unknown
    keys, an unknown or missing signature, anything lost), ``approved`` is the very report the
    user saw. The
    archive's database is copied into the live one through SQLite's backup API: one write
    transaction, so a crash leaves either the old or the new workspace, and a connection
    still open elsewhere sees the new content instead of a file swapped away under it.
    """
    archive = Path(archive)
    if not archive.is_file():
        raise WorkspaceError(f"There is no backup file at {archive}.")
    private_dir(folder)
    db = folder / DB_NAME
    with tempfile.TemporaryDirectory(dir=folder) as tmp:
        report = check_archive(archive, Path(tmp), holdings_of(db))
        if report.needs_confirmation and report != approved:
            raise WorkspaceError("Restoring this backup needs your confirmation: " + " ".join(report.lines()))
        restored = Path(tmp) / DB_NAME
        if not db.exists():
            staged = folder / (DB_NAME + ".restoring")
            shutil.copyfile(restored, staged)
            make_private(staged)
            with staged.open("rb+") as f:
                os.fsync(f.fileno())
            staged.replace(db)
            return None
        keep = private_dir(folder / BACKUPS_DIR)
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
