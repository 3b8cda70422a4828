"""Backup to one archive and restore; a damaged archive never touches the workspace."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from badgesmith.core.errors import WorkspaceError
from badgesmith.core.services import issuer, learners
from badgesmith.core.store.backup import backup_workspace, restore_workspace
from badgesmith.core.store.workspace import Workspace
from tests.conftest import db_snapshot


def test_roundtrip_keeps_everything_including_the_key(demo_ws, tmp_path):
    archive = backup_workspace(demo_ws.folder, tmp_path / "b.zip")
    before = db_snapshot(demo_ws.folder)
    learners.add_learner(demo_ws, "Added After Backup", "after@example.org")
    demo_ws.close()
    previous = restore_workspace(archive, demo_ws.folder)
    assert previous is not None and previous.exists()
    assert db_snapshot(demo_ws.folder) == before
    with Workspace.open(demo_ws.folder) as ws2:
        issuer.unlock(ws2, "demo")  # the encrypted key came back and still opens
        assert not learners.search_prefix(ws2, "Added After")


def test_backup_into_a_folder_names_the_file(demo_ws, tmp_path):
    out = backup_workspace(demo_ws.folder, tmp_path)
    assert out.parent == tmp_path and out.suffix == ".zip"


@pytest.mark.parametrize("damage", ["truncate", "flip", "not-zip", "foreign-zip"])
def test_damaged_archive_is_refused_without_touching_the_workspace(demo_ws, tmp_path, damage):
    archive = backup_workspace(demo_ws.folder, tmp_path / "b.zip")
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
        restore_workspace(archive, demo_ws.folder)
    assert (demo_ws.folder / "workspace.db").read_bytes() == before
    assert not list(demo_ws.folder.glob("*.restoring"))


def test_missing_backup_file(tmp_path):
    with pytest.raises(WorkspaceError, match="no backup file"):
        restore_workspace(tmp_path / "nope.zip", tmp_path / "ws")


def test_backup_to_unwritable_place_is_clear(demo_ws, tmp_path):
    with pytest.raises(WorkspaceError, match="Could not write the backup"):
        backup_workspace(demo_ws.folder, Path("/proc/badgesmith-backup.zip"))
