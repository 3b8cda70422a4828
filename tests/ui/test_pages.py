"""Smaller page behaviours: escaping in rich text, learner add/edit, filters."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from tests.ui.helpers import click_button, find, top_level, type_into


def test_verify_report_escapes_html(qtbot, demo_window) -> None:
    from badgesmith.core.credentials.verify import Check
    from badgesmith.core.services.verification import Report

    page = demo_window.show_page("verify")
    evil = "<script>alert(1)</script><b>Eve</b>"
    page.show_report(Report(source="x.json", kind="credential", verdict="unknown_issuer", summary=evil,
                            checks=[Check("signature", True, f"Signed for {evil}.")],
                            facts={"recipient": evil}))
    html_text = page.details.text()
    assert "<script>" not in html_text and "&lt;script&gt;" in html_text
    assert "<b>Eve</b>" not in html_text
    assert page.summary.text().endswith(evil)  # plain-text label: shown literally, never interpreted
    assert "Unknown issuer" in page.verdict.text()


def test_verify_pasted_garbage_says_it_cannot_be_read(qtbot, demo_window) -> None:
    page = demo_window.show_page("verify")
    page.paste.setPlainText("hello, this is not a QR code")
    click_button(qtbot, find(page, QPushButton, "verifyText"))
    assert page.report is None or not page.report.verified
    assert page.verdict.text() and "Verified" not in page.verdict.text()


def test_add_and_edit_learner(qtbot, demo_window, demo_ws) -> None:
    from badgesmith.core.services import learners
    from badgesmith.ui.dialogs.learner import LearnerDialog

    page = demo_window.show_page("learners")
    n = learners.count_learners(demo_ws)
    click_button(qtbot, find(page, QPushButton, "addLearner"))
    dlg = top_level(LearnerDialog)
    type_into(qtbot, dlg.name, "Ada Lovelace")
    type_into(qtbot, dlg.email, "learner000@example.org")  # taken
    dlg.accept()
    assert dlg.isVisible() and "already exists" in dlg.error.text()
    type_into(qtbot, dlg.email, "ada@example.org")
    dlg.accept()
    assert learners.count_learners(demo_ws) == n + 1
    type_into(qtbot, page.filter, "ada")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    page.table.selectRow(0)
    page.edit_learner()
    dlg = top_level(LearnerDialog)
    type_into(qtbot, dlg.number, "S-ADA")
    dlg.accept()
    assert learners.list_learners(demo_ws, "ada")[0].student_number == "S-ADA"


def test_credentials_page_empty_state(qtbot, demo_window) -> None:
    page = demo_window.show_page("credentials")
    assert page.model.rowCount() == 0
    assert "No credentials issued yet" in page.count.text()
    assert not page.revoke_button.isEnabled()
