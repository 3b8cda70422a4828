"""The Verify page keeps its verdict true: it checks again when a credential is revoked or
reinstated elsewhere in the app, and on "Check again"; a click on the drop zone opens a file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QPushButton

from tests.ui.helpers import answer_question, click_button, click_row, find, top_level

FIRST_AID = 1  # the demo's "First Aid — March 2026" cohort


def _issue_one(ws, out: Path):  # type: ignore[no-untyped-def]
    from badgesmith.core.services import issuing

    learner = next(r.learner_id for r in issuing.plan_issue(ws, FIRST_AID) if r.eligible)
    return issuing.issue_batch(ws, FIRST_AID, "demo", out, learner_ids=[learner], workers=1).issued[0]


def _go(qtbot, window, key: str):  # type: ignore[no-untyped-def]
    """A click on the page's name in the navigation list."""
    from badgesmith.ui.pages import PAGES

    row = next(i for i, p in enumerate(PAGES) if p[0] == key)
    nav = window.nav
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(nav.item(row)).center())
    QApplication.processEvents()
    assert window.current_page() is window.page(key)
    return window.page(key)


class FilePicker:
    """Stands in for the system's file dialog: answers with ``path`` and records what was asked."""

    def __init__(self, path: Path) -> None:
        self.path, self.calls = path, []  # type: ignore[var-annotated]

    def __call__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.calls.append(args)
        return str(self.path), ""


def test_the_verdict_follows_revocation_and_reinstatement_without_reopening_the_file(
        qtbot, demo_window, demo_ws, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from badgesmith.ui.dialogs.passphrase import UnlockDialog
    from badgesmith.ui.dialogs.revoke import RevokeDialog

    item = _issue_one(demo_ws, tmp_path / "out")
    w = demo_window
    picker = FilePicker(item.pdf)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", picker)

    vpage = _go(qtbot, w, "verify")
    again = find(vpage, QPushButton, "checkAgain")
    assert not again.isEnabled()  # nothing to check again yet
    qtbot.mouseClick(vpage.drop, Qt.MouseButton.LeftButton)  # the drop zone opens the file dialog
    assert len(picker.calls) == 1
    file_filter = picker.calls[0][3]
    assert all(ext in file_filter for ext in ("*.pdf", "*.json", "*.png", "*.jpg", "*.jpeg"))
    assert vpage.report is not None and vpage.report.verified
    assert "Verified" in vpage.verdict.text() and again.isEnabled()

    # revoke it on the Credentials page: a click on its row, Revoke…, the reason and passphrase typed
    cpage = _go(qtbot, w, "credentials")
    click_row(qtbot, cpage.table, next(i for i, r in enumerate(cpage.model.rows()) if r.id == item.credential_id))
    click_button(qtbot, cpage.revoke_button)
    dlg = top_level(RevokeDialog)
    assert dlg is not None
    qtbot.keyClicks(dlg.reason, "Issued in error: wrong cohort")
    qtbot.keyClick(dlg.reason, Qt.Key.Key_Return)  # Enter presses "Revoke"
    unlock = top_level(UnlockDialog)
    assert unlock is not None  # the key is locked: the passphrase first
    qtbot.keyClicks(unlock.edit, "demo")
    qtbot.keyClick(unlock.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.result() == QDialog.DialogCode.Accepted)
    assert cpage.model.rows()[cpage.table.currentIndex().row()].status == "revoked"

    # back on the Verify page, the same report now says "revoked": the file was not opened again
    vpage = _go(qtbot, w, "verify")
    assert len(picker.calls) == 1
    assert vpage.report is not None and vpage.report.verdict == "revoked"
    assert "Revoked" in vpage.verdict.text()
    assert "Issued in error: wrong cohort" in vpage.summary.text() + vpage.details.text()

    # reinstated: verified again
    cpage = _go(qtbot, w, "credentials")
    answer_question(QMessageBox.StandardButton.Yes)
    click_button(qtbot, cpage.reinstate_button)
    qtbot.waitUntil(lambda: cpage.model.rows()[cpage.table.currentIndex().row()].status == "active")
    vpage = _go(qtbot, w, "verify")
    assert vpage.report is not None and vpage.report.verified and "Verified" in vpage.verdict.text()
    assert len(picker.calls) == 1


def test_check_again_picks_up_what_changed_outside_the_app(qtbot, demo_window, demo_ws, tmp_path,
                                                          monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from badgesmith.core.services import register

    item = _issue_one(demo_ws, tmp_path / "out")
    picker = FilePicker(item.json)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", picker)
    vpage = _go(qtbot, demo_window, "verify")
    vpage.drop.setFocus()
    qtbot.keyClick(vpage.drop, Qt.Key.Key_Space)  # the drop zone works from the keyboard too
    assert len(picker.calls) == 1
    assert vpage.report is not None and vpage.report.verified
    # e.g. the command line revoked it meanwhile: the window was not told
    register.revoke(demo_ws, item.credential_id, "Revoked from the command line", "demo")
    assert vpage.report.verified
    click_button(qtbot, find(vpage, QPushButton, "checkAgain"))
    assert len(picker.calls) == 1  # the same file, not asked for again
    assert vpage.report is not None and vpage.report.verdict == "revoked"
    assert "Revoked from the command line" in vpage.summary.text() + vpage.details.text()
    assert vpage.checked_at.text().startswith("Checked at ")


def test_a_cancelled_file_dialog_changes_nothing(qtbot, demo_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls: list[object] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: calls.append(a) or ("", ""))
    vpage = _go(qtbot, demo_window, "verify")
    qtbot.mouseClick(vpage.drop, Qt.MouseButton.LeftButton)
    assert len(calls) == 1
    assert vpage.report is None and vpage.summary.text() == "No credential checked yet."
    assert not find(vpage, QPushButton, "checkAgain").isEnabled()
