"""On a shared workspace, what another person commits appears in the open window without a
restart (PostgreSQL LISTEN/NOTIFY), and the window's own changes are not announced twice."""

from __future__ import annotations

from badgesmith.core.services import learners
from badgesmith.core.store.workspace import Workspace
from tests.ui.helpers import type_into


def test_a_learner_added_elsewhere_appears_in_the_open_list(qtbot, sync_runner, shared_demo, tmp_path) -> None:
    from badgesmith.ui.app import build_window

    mine = Workspace.open(tmp_path / "mine", url=shared_demo)
    theirs = Workspace.open(tmp_path / "theirs", url=shared_demo)
    try:
        window = build_window(mine, sync_runner)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        page = window.show_page("learners")
        type_into(qtbot, page.filter, "grace")
        qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)

        learners.add_learner(theirs, "Grace Hopper", "grace@example.org")  # another laptop

        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=15000)
        assert "Grace Hopper" in page.model.data(page.model.index(0, 0))
    finally:
        theirs.close()
        window.ctx.stop_listening()
        mine.close()


def test_file_restore_on_a_shared_workspace_replaces_the_data_in_place(qtbot, sync_runner, shared_demo, tmp_path,
                                                                        monkeypatch) -> None:
    """File ▸ Restore workspace… on a shared workspace restores over the open connection (nobody is
    asked to sign in again) and the open pages show the restored data."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from badgesmith.core.services import backups
    from badgesmith.core.services.demo import DEMO_PASSPHRASE
    from badgesmith.ui.app import build_window
    from tests.ui.helpers import answer_question
    from tests.ui.test_verify_recheck import FilePicker

    ws = Workspace.open(tmp_path / "mine", url=shared_demo)
    try:
        archive = backups.backup(ws, tmp_path / "before.zip", DEMO_PASSPHRASE)
        learners.add_learner(ws, "Late Arrival", "late@example.org")
        window = build_window(ws, sync_runner)
        qtbot.addWidget(window)
        window.show()
        page = window.show_page("learners")
        type_into(qtbot, page.filter, "late arrival")
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", FilePicker(archive))
        asked: list[str] = []
        answer_question(QMessageBox.StandardButton.Yes, asked)
        window.restore_action.trigger()
        qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=15000)
        assert asked and "postgresql://" in asked[0]  # it names the shared database, not a folder
        assert learners.list_learners(ws, "Late Arrival") == [] and not ws.closed
    finally:
        window.ctx.stop_listening()
        ws.close()


def test_a_role_changed_by_the_administrator_takes_effect_in_the_open_window(qtbot, sync_runner, shared_demo,
                                                                             tmp_path) -> None:
    import uuid

    import psycopg

    from badgesmith.core.services import shared_database
    from badgesmith.core.services.shared_database import Role
    from badgesmith.ui.app import build_window
    from tests.conftest import database_url_as

    name = f"anna_{uuid.uuid4().hex[:8]}"
    owner = Workspace.open(tmp_path / "owner", url=shared_demo)
    shared_database.add_person(owner, name, "anna's password", Role.INSTRUCTOR)
    anna = Workspace.open(tmp_path / "anna", url=database_url_as(shared_demo, name), password="anna's password")
    try:
        window = build_window(anna, sync_runner)
        qtbot.addWidget(window)
        window.show()
        assert "(instructor)" in window.ws_label.text() and not window.unlock_action.isEnabled()
        shared_database.change_role(owner, name, Role.ISSUER)
        qtbot.waitUntil(lambda: "(issuer)" in window.ws_label.text(), timeout=30000)
        assert window.unlock_action.isEnabled() and anna.may(Role.ISSUER)
    finally:
        window.ctx.stop_listening()
        anna.close()
        owner.close()
        with psycopg.connect(shared_demo, autocommit=True) as conn:
            conn.execute(f'DROP OWNED BY "{name}"')
            conn.execute(f'DROP ROLE "{name}"')
