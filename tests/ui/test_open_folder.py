"""'Open folder' where no file manager answers (issue 14): under the offscreen platform, as on a
server or a bare desktop, QDesktopServices.openUrl returns False; the folder's path is then shown,
selectable, with a button that copies it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from badgesmith.core.services import cohorts
from tests.ui.conftest import close_boxes, message_boxes
from tests.ui.helpers import click_button, type_into


def test_open_folder_without_a_file_manager_shows_the_path(qtbot, demo_window, tmp_path) -> None:
    page = demo_window.show_page("issue")
    page.select_cohort(cohorts.find_cohort(demo_window.ctx.ws, "Digital Marketing — Spring Workshop"))
    out = tmp_path / "certificates out"
    type_into(qtbot, page.out_dir, str(out))
    demo_window.ctx.unlock("demo")
    click_button(qtbot, page.issue_button)
    dialog = page.summary_dialog
    assert dialog is not None and dialog.isVisible()
    click_button(qtbot, dialog.findChild(QPushButton, "openFolder"))
    qtbot.waitUntil(lambda: bool(message_boxes("folderBox")))
    (box,) = message_boxes("folderBox")
    assert str(out) in box.text().splitlines()
    assert box.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    copy = box.findChild(QPushButton, "copyPath")
    assert copy is not None and copy.text() == "Copy path"
    click_button(qtbot, copy)
    assert QApplication.clipboard().text() == str(out)
    qtbot.waitUntil(lambda: not message_boxes("folderBox"))  # the copy button closes the message
    close_boxes()
    dialog.close()
