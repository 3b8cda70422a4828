"""Mistakes a user can make show a clear message and leave the workspace unchanged."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QPushButton, QWizard

from tests.conftest import db_snapshot
from tests.ui.conftest import close_boxes, message_boxes
from tests.ui.helpers import click_button, find, top_level, type_into


def _window(qtbot, demo_ws, runner, passphrase=None):  # type: ignore[no-untyped-def]
    from badgesmith.ui.app import build_window

    w = build_window(demo_ws, runner, passphrase=passphrase)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_wrong_passphrase_says_so_and_changes_nothing(qtbot, demo_ws, demo_dir, sync_runner) -> None:
    from badgesmith.ui.dialogs.passphrase import UnlockDialog

    w = _window(qtbot, demo_ws, sync_runner)
    before = db_snapshot(demo_dir)
    assert w.key_label.text() == "Signing key: locked"
    # trying to issue asks for the passphrase first
    page = w.show_page("issue")
    click_button(qtbot, page.issue_button)
    dlg = top_level(UnlockDialog)
    assert dlg is not None
    type_into(qtbot, find(dlg, QLineEdit, "passphrase"), "not the passphrase")
    click_button(qtbot, dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))
    assert dlg.isVisible()
    assert "passphrase is wrong" in dlg.error.text()
    assert not w.ctx.unlocked and w.key_label.text() == "Signing key: locked"
    dlg.reject()
    assert page.last_summary is None
    assert db_snapshot(demo_dir) == before
    # the right one unlocks, once for the session
    click_button(qtbot, w.unlock_button)
    dlg = top_level(UnlockDialog)
    type_into(qtbot, find(dlg, QLineEdit, "passphrase"), "demo")
    dlg.accept()
    assert w.ctx.unlocked and "unlocked" in w.key_label.text()


def test_first_run_refuses_short_or_mismatched_passphrase(qtbot, tmp_path) -> None:
    from badgesmith.core.services import issuer
    from badgesmith.core.store.workspace import Workspace
    from badgesmith.ui.dialogs.first_run import FirstRunWizard

    ws = Workspace.open(tmp_path / "ws")
    wizard = FirstRunWizard(ws)
    qtbot.addWidget(wizard)
    wizard.show()
    type_into(qtbot, wizard.profile.name, "Acme")
    type_into(qtbot, wizard.profile.email, "not-an-email")
    click_button(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentPage() is wizard.profile and "not a valid e-mail" in wizard.profile.error.text()
    assert not issuer.is_initialised(ws)
    ws.close()


def test_malformed_csv_shows_message_and_imports_nothing(qtbot, demo_ws, demo_dir, sync_runner, tmp_path) -> None:
    from badgesmith.ui.dialogs.import_learners import ImportLearnersWizard

    w = _window(qtbot, demo_ws, sync_runner)
    before = db_snapshot(demo_dir)
    page = w.show_page("learners")
    bad = tmp_path / "learners.csv"
    bad.write_bytes(b"\x00\x01\x02PK\x03\x04 this is not a spreadsheet \xff\xfe\x00" * 50)
    click_button(qtbot, find(page, QPushButton, "importLearners"))
    wizard = top_level(ImportLearnersWizard)
    type_into(qtbot, wizard.file_page.path, str(bad))
    error = wizard.file_page.error
    qtbot.waitUntil(error.isVisible, timeout=3000)  # read when typing pauses
    assert "spreadsheet" in error.text().lower() or "csv" in error.text().lower(), error.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    # a readable file whose rows are all wrong: previewed, explained, and nothing to import
    bad.write_text("Name,Email\n,\n ,nobody\n", encoding="utf-8")
    wizard.file_page.path.setText(str(bad) + " ")  # a new path text: read again
    wizard.file_page._load_now()
    assert wizard.preview is not None, wizard.file_page.error.text()
    assert not wizard.file_page.error.isVisible()
    click_button(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    click_button(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentPage() is wizard.preview_page
    assert wizard.preview_page.model.rowCount() >= 1  # each row shown with the reason it is refused
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert wizard.preview_page.error.isVisible()
    wizard.reject()
    assert db_snapshot(demo_dir) == before


def test_unwritable_output_folder_shows_message(qtbot, demo_ws, demo_dir, sync_runner, tmp_path) -> None:
    w = _window(qtbot, demo_ws, sync_runner, passphrase="demo")
    page = w.show_page("issue")
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    type_into(qtbot, page.out_dir, str(blocker / "certificates"))
    before = db_snapshot(demo_dir)
    click_button(qtbot, page.issue_button)
    boxes = message_boxes("errorBox")
    assert boxes, "an error message is shown"
    text = boxes[0].text()
    assert str(blocker) in text or "folder" in text.lower(), text
    close_boxes()
    assert page.last_summary is None
    assert db_snapshot(demo_dir) == before
    assert not list(tmp_path.glob("**/*.pdf"))


def test_invalid_grid_value_is_not_saved(qtbot, demo_ws, demo_dir, sync_runner) -> None:
    from tests.ui.helpers import type_in_cell

    w = _window(qtbot, demo_ws, sync_runner)
    page = w.show_page("cohorts")
    page.select_cohort(next(c.id for c in page.model.rows() if c.name.startswith("First Aid")))
    before = db_snapshot(demo_dir)
    type_in_cell(qtbot, page.grid, 0, 1, "brilliant")
    assert "not one of the levels" in find(page, QLabel, "gridMessage").text()
    assert db_snapshot(demo_dir) == before
