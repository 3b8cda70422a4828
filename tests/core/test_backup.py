"""Backup to one signed archive and restore; a damaged or crafted archive never touches the
workspace (review finding 5: a planted trigger, a planted key, a zip bomb)."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import stat
import zipfile
from pathlib import Path

import pytest

from badgesmith.core.credentials import keys as keylib
from badgesmith.core.credentials.didkey import raw_public_bytes
from badgesmith.core.errors import KeyLocked, WorkspaceError
from badgesmith.core.services import backups, issuer, learners
from badgesmith.core.store import backup as store_backup
from badgesmith.core.store.backup import FORMAT, check_archive, holdings_of, restore_workspace
from badgesmith.core.store.models import SigningKey
from badgesmith.core.store.workspace import Workspace
from tests.conftest import db_snapshot


def _rewrite(archive: Path, edit_db=None, manifest_edit=None, sign_with=None) -> None:
    """A forger's archive: the database edited, the manifest's hash recomputed, and (optionally)
    re-signed with the forger's own key."""
    with zipfile.ZipFile(archive) as z:
        manifest = json.loads(z.read("manifest.json"))
        db_bytes = z.read("workspace.db")
    work = archive.with_suffix(".db")
    work.write_bytes(db_bytes)
    if edit_db:
        con = sqlite3.connect(work)
        edit_db(con)
        con.commit()
        con.close()
    data = work.read_bytes()
    manifest.update(sha256=hashlib.sha256(data).hexdigest(), size=len(data))
    manifest.pop("signature", None)  # the forger cannot sign with our key
    manifest.pop("public_key", None)
    if manifest_edit:
        manifest_edit(manifest)
    if sign_with is not None:
        manifest["public_key"] = raw_public_bytes(sign_with.public_key()).hex()
        manifest["signature"] = sign_with.sign(store_backup._manifest_bytes(manifest)).hex()
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", json.dumps(manifest))
        z.writestr("workspace.db", data)


def test_roundtrip_is_signed_and_keeps_everything_including_the_key(demo_ws, tmp_path):
    archive = backups.backup(demo_ws, tmp_path / "b.zip", "demo")
    manifest = json.loads(zipfile.ZipFile(archive).read("manifest.json"))
    assert manifest["format"] == FORMAT and manifest["signature"] and manifest["public_key"]
    assert stat.S_IMODE(archive.stat().st_mode) == 0o600
    before = db_snapshot(demo_ws.folder)
    learners.add_learner(demo_ws, "Added After Backup", "after@example.org")
    demo_ws.close()
    report = backups.inspect_restore(demo_ws.folder, archive)
    assert report.signed and report.signer_known and not report.new_keys and not report.needs_confirmation
    previous = backups.restore(demo_ws.folder, archive, None)  # our own backup: nothing to confirm
    assert previous is not None and previous.exists()
    assert stat.S_IMODE(previous.stat().st_mode) == 0o600
    assert db_snapshot(demo_ws.folder) == before
    with Workspace.open(demo_ws.folder) as ws2:
        issuer.unlock_key(ws2, "demo")  # the encrypted key came back and still opens
        assert not learners.search_prefix(ws2, "Added After")


def test_backing_up_needs_the_passphrase(demo_ws, tmp_path):
    with pytest.raises(KeyLocked):
        backups.backup(demo_ws, tmp_path / "b.zip", None)
    assert not (tmp_path / "b.zip").exists()


def test_backup_into_a_folder_names_the_file(demo_ws, tmp_path):
    out = backups.backup(demo_ws, tmp_path, "demo")
    assert out.parent == tmp_path and out.suffix == ".zip"


@pytest.mark.sqlite_only  # the archive of an SQLite workspace, made by hand (shared: test_backup_shared)
def test_a_planted_trigger_is_refused_even_when_the_forger_signs(demo_ws, tmp_path):
    archive = backups.backup(demo_ws, tmp_path / "b.zip", "demo")
    trigger = ("CREATE TRIGGER undo_revocations AFTER UPDATE ON credential WHEN NEW.status = 'revoked' "
               "BEGIN UPDATE credential SET status = 'active' WHERE id = NEW.id; END")
    _rewrite(archive, lambda con: con.execute(trigger), sign_with=keylib.generate_key())
    demo_ws.close()
    before = (demo_ws.folder / "workspace.db").read_bytes()
    with pytest.raises(WorkspaceError, match="never creates.*trigger undo_revocations"):
        backups.inspect_restore(demo_ws.folder, archive)
    with pytest.raises(WorkspaceError):
        backups.restore(demo_ws.folder, archive, None)
    assert (demo_ws.folder / "workspace.db").read_bytes() == before


@pytest.mark.parametrize("sql", [
    "CREATE VIEW v AS SELECT * FROM learner",
    "CREATE TABLE extra (x TEXT)",
    "ALTER TABLE learner ADD COLUMN sneaky TEXT",
    "CREATE INDEX ix_extra ON learner(email)",
])
def test_any_object_badgesmith_does_not_create_is_refused(demo_ws, tmp_path, sql):
    archive = backups.backup(demo_ws, tmp_path / "b.zip", "demo")
    _rewrite(archive, lambda con: con.execute(sql))
    with pytest.raises(WorkspaceError, match="never creates|tables differ"):
        backups.inspect_restore(demo_ws.folder, archive)


@pytest.mark.sqlite_only  # the archive of an SQLite workspace, made by hand (shared: test_backup_shared)
def test_a_planted_key_is_listed_and_needs_approval(demo_ws, tmp_path):
    archive = backups.backup(demo_ws, tmp_path / "b.zip", "demo")
    attacker = keylib.generate_key()
    did = keylib.did_of(attacker)

    def plant(con):
        con.execute("INSERT INTO signing_key (did, public_key, encrypted_private_key, status, created_at) "
                    "VALUES (?, ?, ?, 'retired', '2026-01-01 00:00:00')",
                    (did, raw_public_bytes(attacker.public_key()), keylib.encrypt_private_key(attacker, "x" * 10)))

    _rewrite(archive, plant)  # the forger cannot sign with our key: the manifest is left unsigned
    demo_ws.close()
    before = (demo_ws.folder / "workspace.db").read_bytes()
    report = backups.inspect_restore(demo_ws.folder, archive)
    assert report.needs_confirmation and [k.did for k in report.new_keys] == [did]
    text = " ".join(report.lines())
    assert did in text and "not signed" in text
    with pytest.raises(WorkspaceError, match="needs your confirmation"):
        backups.restore(demo_ws.folder, archive, None)
    assert (demo_ws.folder / "workspace.db").read_bytes() == before
    backups.restore(demo_ws.folder, archive, report)  # the user saw the key and said yes
    with Workspace.open(demo_ws.folder) as ws, ws.read_session() as s:
        assert s.query(SigningKey).filter_by(did=did).one().status == "retired"


@pytest.mark.sqlite_only  # the archive of an SQLite workspace, made by hand (shared: test_backup_shared)
def test_a_key_swapped_in_under_our_name_is_refused(demo_ws, tmp_path):
    # red team: the attacker's public key put in our current-key row (our did kept), every
    # revocation undone, the manifest signed with the attacker's key
    archive = backups.backup(demo_ws, tmp_path / "b.zip", "demo")
    attacker = keylib.generate_key()

    def swap(con):
        con.execute("UPDATE signing_key SET public_key = ? WHERE status = 'current'",
                    (raw_public_bytes(attacker.public_key()),))
        con.execute("UPDATE credential SET status = 'active', revoked_at = NULL")

    _rewrite(archive, swap, sign_with=attacker)
    demo_ws.close()
    before = (demo_ws.folder / "workspace.db").read_bytes()
    with pytest.raises(WorkspaceError, match="not the key it names"):
        backups.inspect_restore(demo_ws.folder, archive)
    with pytest.raises(WorkspaceError, match="not the key it names"):
        backups.restore(demo_ws.folder, archive, None)
    assert (demo_ws.folder / "workspace.db").read_bytes() == before


def test_a_backup_signed_by_a_key_we_do_not_hold_is_not_ours(demo_ws, tmp_path):
    # a consistent archive made with another key (did and public key agree) is a stranger's
    archive = backups.backup(demo_ws, tmp_path / "b.zip", "demo")
    attacker = keylib.generate_key()
    did = keylib.did_of(attacker)
    _rewrite(archive, lambda con: con.execute(
        "UPDATE signing_key SET did = ?, public_key = ? WHERE status = 'current'",
        (did, raw_public_bytes(attacker.public_key()))), sign_with=attacker)
    demo_ws.close()
    report = backups.inspect_restore(demo_ws.folder, archive)
    assert not report.signer_known and report.needs_confirmation
    assert "does not hold" in " ".join(report.lines())
    with pytest.raises(WorkspaceError, match="needs your confirmation"):
        backups.restore(demo_ws.folder, archive, None)


def test_rolling_back_past_a_revocation_says_so_and_needs_approval(demo_ws, tmp_path):
    from badgesmith.core.services import cohorts, issuing, register, verification

    cohort = cohorts.find_cohort(demo_ws, "Digital Marketing — Spring Workshop")
    issued = issuing.issue_batch(demo_ws, cohort, "demo", tmp_path / "out", workers=1).issued
    archive = backups.backup(demo_ws, tmp_path / "old.zip", "demo")  # our own, before the revocation
    register.revoke(demo_ws, issued[0].credential_id, "fraud detected", "demo")
    more = issuing.issue_batch(demo_ws, cohort, "demo", tmp_path / "out2", learner_ids=[issued[1].learner_id],
                               reissue=True).issued
    assert more
    demo_ws.close()
    report = backups.inspect_restore(demo_ws.folder, archive)
    assert report.signer_known and report.undone_revocations == (issued[0].credential_id,)
    assert report.forgotten_credentials == 1
    text = " ".join(report.lines())
    assert "undoes 1 revocation" in text and issued[0].credential_id in text and "verify as valid again" in text
    with pytest.raises(WorkspaceError, match="needs your confirmation"):
        backups.restore(demo_ws.folder, archive, None)
    backups.restore(demo_ws.folder, archive, report)  # the user read it and said yes
    with Workspace.open(demo_ws.folder) as ws:
        assert verification.verify_path(ws, issued[0].pdf).verified  # what the report warned of


def test_an_own_backup_that_loses_nothing_restores_without_a_question(demo_ws, tmp_path):
    archive = backups.backup(demo_ws, tmp_path / "b.zip", "demo")
    demo_ws.close()
    report = backups.inspect_restore(demo_ws.folder, archive)
    assert report.signer_known and not report.needs_confirmation
    assert backups.restore(demo_ws.folder, archive, None) is not None


def test_an_altered_signed_manifest_is_refused(demo_ws, tmp_path):
    archive = backups.backup(demo_ws, tmp_path / "b.zip", "demo")
    # the database edited and its hash recomputed, the signature kept: it no longer matches
    with zipfile.ZipFile(archive) as z:
        signature = json.loads(z.read("manifest.json"))["signature"]
    _rewrite(archive, lambda con: con.execute("UPDATE credential SET status = 'active'"),
             manifest_edit=lambda m: m.update(signature=signature))
    with pytest.raises(WorkspaceError, match="altered"):
        backups.inspect_restore(demo_ws.folder, archive)


def test_a_zip_bomb_is_refused_before_anything_is_written(demo_ws, tmp_path):
    archive = backups.backup(demo_ws, tmp_path / "b.zip", "demo")
    manifest = json.loads(zipfile.ZipFile(archive).read("manifest.json"))
    del manifest["signature"], manifest["public_key"]
    big = 286 << 20
    manifest["size"] = big
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", json.dumps(manifest))
        with z.open("workspace.db", "w", force_zip64=True) as f:
            for _ in range(big // (1 << 20)):
                f.write(bytes(1 << 20))
    assert archive.stat().st_size < 2_000_000  # a small file...
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    with pytest.raises(WorkspaceError, match="checksum"):
        check_archive(archive, scratch, holdings_of(tmp_path / "none.db"))
    assert list(scratch.iterdir()) == []  # ...that wrote nothing


@pytest.mark.sqlite_only  # compares the workspace file's bytes (a shared workspace: test_backup_shared)
@pytest.mark.parametrize("damage", ["truncate", "flip", "not-zip", "foreign-zip"])
def test_damaged_archive_is_refused_without_touching_the_workspace(demo_ws, tmp_path, damage):
    archive = backups.backup(demo_ws, tmp_path / "b.zip", "demo")
    data = archive.read_bytes()
    if damage == "truncate":
        archive.write_bytes(data[: len(data) // 2])
    elif damage == "flip":
        i = len(data) // 2
        archive.write_bytes(data[:i] + bytes([data[i] ^ 0xFF]) + data[i + 1:])
    elif damage == "not-zip":
        archive.write_bytes(b"hello" * 100)
    else:
        with zipfile.ZipFile(archive, "w") as z:
            z.writestr("readme.txt", "hi")
    demo_ws.close()
    before = (demo_ws.folder / "workspace.db").read_bytes()
    with pytest.raises(WorkspaceError):
        restore_workspace(archive, demo_ws.folder, None)
    assert (demo_ws.folder / "workspace.db").read_bytes() == before
    assert not list(demo_ws.folder.glob("*.restoring"))


def test_restoring_into_a_new_folder_lists_the_keys_it_brings(demo_ws, tmp_path):
    archive = backups.backup(demo_ws, tmp_path / "b.zip", "demo")
    fresh = tmp_path / "new-machine"
    report = backups.inspect_restore(fresh, archive)
    assert report.signed and not report.signer_known and report.needs_confirmation
    assert [k.role for k in report.new_keys] == ["current signing key"]
    backups.restore(fresh, archive, report)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o700
    assert stat.S_IMODE((fresh / "workspace.db").stat().st_mode) == 0o600
    with Workspace.open(fresh) as ws:
        issuer.unlock_key(ws, "demo")


def test_missing_backup_file(tmp_path):
    with pytest.raises(WorkspaceError, match="no backup file"):
        restore_workspace(tmp_path / "nope.zip", tmp_path / "ws", None)


def test_backup_to_unwritable_place_is_clear(demo_ws, tmp_path):
    with pytest.raises(WorkspaceError, match="Could not write the backup"):
        backups.backup(demo_ws, Path("/proc/badgesmith-backup.zip"), "demo")


@pytest.mark.sqlite_only  # the database file's permissions (a shared workspace has none here)
def test_workspace_files_are_private(tmp_path):
    folder = tmp_path / "ws"
    with Workspace.open(folder) as ws:
        learners.add_learner(ws, "Private Person", "p@example.org")
        for path in [ws.folder / "workspace.db", *ws.folder.glob("workspace.db-*")]:
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    # a workspace made by an earlier version (0644 in 0755) is tightened when opened
    folder.chmod(0o755)
    (folder / "workspace.db").chmod(0o644)
    shutil.rmtree(folder / "backups", ignore_errors=True)
    Workspace.open(folder).close()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / "workspace.db").stat().st_mode) == 0o600


def test_a_private_key_swapped_in_the_database_never_signs(demo_ws):
    # the row keeps our did and public key, but holds another key encrypted with our passphrase
    with demo_ws.session() as s:
        row = s.query(SigningKey).filter_by(status="current").one()
        row.encrypted_private_key = keylib.encrypt_private_key(keylib.generate_key(), "demo")
    with pytest.raises(WorkspaceError, match="does not match the key it names"):
        issuer.unlock_key(demo_ws, "demo")


def test_a_trusted_partner_key_made_our_own_is_listed(demo_ws, tmp_path):
    # red team round 3: the partner's key, trusted today, arrives as one of "our" retired keys
    partner = Workspace.open(tmp_path / "partner")
    issuer.init_issuer(partner, "Harbour Skills Ltd", "partner passphrase")
    issuer.export_issuer_card(partner, "partner passphrase", tmp_path / "card.json")
    issuer.import_trusted_issuer(demo_ws, tmp_path / "card.json")
    _, key = issuer.unlock_key(partner, "partner passphrase")
    partner.close()
    archive = backups.backup(demo_ws, tmp_path / "b.zip", "demo")

    def elevate(con):
        con.execute("INSERT INTO signing_key (did, public_key, encrypted_private_key, status, created_at) "
                    "VALUES (?, ?, ?, 'retired', '2026-01-01 00:00:00')",
                    (key.did, raw_public_bytes(key.private_key.public_key()),
                     keylib.encrypt_private_key(key.private_key, "x" * 10)))

    _rewrite(archive, elevate, sign_with=key.private_key)
    demo_ws.close()
    report = backups.inspect_restore(demo_ws.folder, archive)
    assert report.needs_confirmation and [k.did for k in report.new_keys] == [key.did]
    assert "retired signing key" in " ".join(report.lines())


def test_restoring_from_before_a_key_rotation_says_so(demo_ws, tmp_path):
    archive = backups.backup(demo_ws, tmp_path / "b.zip", "demo")
    old = issuer.list_keys(demo_ws)[0].did
    new = issuer.rotate_key(demo_ws, "demo").did
    demo_ws.close()
    report = backups.inspect_restore(demo_ws.folder, archive)
    assert report.signer_known and report.reactivated_keys == (old,) and report.dropped_keys == (new,)
    assert report.needs_confirmation
    text = " ".join(report.lines())
    assert "sign again" in text and "drops the signing key" in text
    with pytest.raises(WorkspaceError, match="needs your confirmation"):
        backups.restore(demo_ws.folder, archive, None)
