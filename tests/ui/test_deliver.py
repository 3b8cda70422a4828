"""The Deliver page, driven as a trainer would: set up the mail account, write the message, send
to a real SMTP server on 127.0.0.1, copy a LinkedIn link, save drafts."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog

from badgesmith.ui.dialogs.mail_account import MailAccountDialog
from badgesmith.ui.dialogs.message_template import MessageTemplateDialog
from tests.delivery.conftest import N_LEARNERS, _issued_template, issued, smtp  # noqa: F401 (fixtures)
from tests.delivery.smtpserver import PASSWORD, USER
from tests.ui.conftest import close_boxes, message_boxes
from tests.ui.helpers import click_button, click_row, find, top_level, type_into, unlocked_window


def test_a_trainer_sets_up_the_account_writes_the_message_and_sends(qtbot, issued, smtp, monkeypatch) -> None:  # noqa: F811
    ws, _ = issued
    monkeypatch.setenv("SSL_CERT_FILE", str(smtp.cert_file))  # the test server's certificate is trusted
    w = unlocked_window(qtbot, ws)
    page = w.show_page("deliver")
    assert page.model.rowCount() == N_LEARNERS
    assert page.send_button.text() == f"Send to {N_LEARNERS} learners"
    assert "No mail account yet" in page.account.text()

    click_button(qtbot, page.account_button)
    dlg = top_level(MailAccountDialog)
    type_into(qtbot, dlg.host, "127.0.0.1")
    dlg.port.selectAll()
    qtbot.keyClicks(dlg.port, str(smtp.port))
    type_into(qtbot, dlg.user, USER)
    type_into(qtbot, dlg.password, PASSWORD)
    type_into(qtbot, dlg.from_address, "courses@northbridge.example")
    click_button(qtbot, find(dlg, QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: not dlg.isVisible())
    assert f"through 127.0.0.1:{smtp.port}" in page.account.text()

    click_button(qtbot, page.message_button)
    mdlg = top_level(MessageTemplateDialog)
    type_into(qtbot, mdlg.subject, "Well done, {learner}!")
    first = page.model.rows()[0]
    qtbot.waitUntil(lambda: f"Subject: Well done, {first.learner}!" in mdlg.preview.toPlainText())
    type_into(qtbot, mdlg.subject, "Well done, {learner!")  # a typo: named, and the preview says it is stale
    qtbot.waitUntil(lambda: "no partner" in mdlg.error.text() and "No preview" in mdlg.preview.toPlainText())
    type_into(qtbot, mdlg.subject, "Well done, {learner}!")
    qtbot.waitUntil(lambda: f"Subject: Well done, {first.learner}!" in mdlg.preview.toPlainText())
    click_button(qtbot, find(mdlg, QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: not mdlg.isVisible())

    click_button(qtbot, page.send_button)
    qtbot.waitUntil(lambda: page.last_summary is not None, timeout=60_000)
    assert len(page.last_summary.sent) == N_LEARNERS
    assert set(smtp.handler.count_by_recipient().values()) == {1}
    assert all(r.message["Subject"].startswith("Well done, ") for r in smtp.handler.received)
    assert message_boxes("infoBox")
    close_boxes()
    qtbot.waitUntil(lambda: {page.model.row_at(i).state for i in range(page.model.rowCount())} == {"sent"})
    assert not page.send_button.isEnabled()

    click_row(qtbot, page.table, 2)
    click_button(qtbot, page.linkedin_button)
    qtbot.waitUntil(lambda: "linkedin.com/profile/add" in QApplication.clipboard().text())
    close_boxes()


def test_drafts_instead_of_sending(qtbot, issued, tmp_path, monkeypatch) -> None:  # noqa: F811
    ws, _ = issued
    w = unlocked_window(qtbot, ws)
    page = w.show_page("deliver")
    out = tmp_path / "drafts"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))  # the OS folder picker
    click_button(qtbot, page.drafts_button)
    qtbot.waitUntil(lambda: page.last_summary is not None, timeout=60_000)
    assert len(list(out.rglob("*.eml"))) == N_LEARNERS
    close_boxes()
    qtbot.waitUntil(lambda: {page.model.row_at(i).state for i in range(page.model.rowCount())} == {"drafted"})
    assert page.send_button.isEnabled()  # drafts are not sent: Send still reaches everyone
