"""Settings ▸ Publishing and the wizard's domain, driven as a trainer would."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.conftest import db_snapshot
from tests.ui.conftest import close_boxes, message_boxes
from tests.ui.helpers import answer_question, click_button, type_into, unlocked_window
from tests.ui.test_workflow import run_first_run_wizard


def test_wizard_asks_where_certificates_are_checked(qtbot, tmp_path, monkeypatch) -> None:
    from badgesmith.core.services import issuer

    # typed without https://, as a trainer would: the status list beside the page is suggested
    wizard = run_first_run_wizard(qtbot, tmp_path / "ws", tmp_path, monkeypatch,
                                  website="www.riverside.example.org/badges/verify.html",
                                  domain="riverside.example.org")
    info = issuer.get_issuer(wizard.workspace)
    assert info.verify_page_url == "https://www.riverside.example.org/badges/verify.html"
    assert info.status_list_url == "https://www.riverside.example.org/badges/status/1"
    assert info.did_web == "did:web:riverside.example.org" and info.issuer_did == info.did_web
    wizard.workspace.close()


def test_wizard_without_a_website_is_a_full_answer(qtbot, tmp_path, monkeypatch) -> None:
    from badgesmith.core.services import issuer

    wizard = run_first_run_wizard(qtbot, tmp_path / "ws", tmp_path, monkeypatch)
    info = issuer.get_issuer(wizard.workspace)
    assert info.verify_page_url is None and info.status_list_url is None and info.did_web is None
    wizard.workspace.close()


def test_publishing_tab_saves_checks_and_publishes_a_folder(qtbot, demo_ws, demo_dir, tmp_path, monkeypatch) -> None:
    from badgesmith.core.services import issuer, issuing

    w = unlocked_window(qtbot, demo_ws)
    page = w.show_page("settings")
    tab = page.publishing
    page.tabs.setCurrentWidget(tab)
    before = db_snapshot(demo_dir)
    type_into(qtbot, tab.verify_url, "https://northbridge.example.org/badges/verify.html")
    type_into(qtbot, tab.status_url, "https://northbridge.example.org/badges/status/1")
    type_into(qtbot, tab.did_web, "northbridge example org")
    click_button(qtbot, tab.save_button)
    assert "domain name" in tab.error.text()
    assert db_snapshot(demo_dir) == before  # nothing half-saved
    type_into(qtbot, tab.did_web, "northbridge.example.org")
    click_button(qtbot, tab.save_button)
    assert not tab.error.isVisible()
    info = issuer.get_issuer(demo_ws)
    assert info.did_web == "did:web:northbridge.example.org"
    assert info.verify_page_url == "https://northbridge.example.org/badges/verify.html"

    # publishing credentials asks first, and No leaves it off
    seen: list[str] = []
    answer_question(QMessageBox.StandardButton.No, seen)
    tab.publish_credentials.click()
    click_button(qtbot, tab.save_button)
    assert "become public" in seen[0] and not tab.publish_credentials.isChecked()
    assert not issuer.get_issuer(demo_ws).publish_credentials

    issuing.issue_batch(demo_ws, 1, "demo", tmp_path / "out", workers=1)
    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(site))
    click_button(qtbot, tab.publish_button)  # no folder yet: it asks for one, then publishes
    qtbot.waitUntil(lambda: "Published to" in tab.result.text() or tab.error.isVisible(), timeout=20_000)
    assert not tab.error.isVisible(), tab.error.text()
    assert "wrote status/1" in tab.result.text() and "did.json" in tab.result.text()
    assert (site / "verify.html").is_file() and (site / "status" / "1").is_file()
    assert json.loads((site / "issuer.json").read_text())["id"] == "did:web:northbridge.example.org"
    did_doc = site / "elsewhere" / "northbridge.example.org" / ".well-known" / "did.json"
    assert json.loads(did_doc.read_text())["id"] == "did:web:northbridge.example.org"

    # again, nothing changed: nothing is written
    mtimes = {p: p.stat().st_mtime_ns for p in site.rglob("*") if p.is_file()}
    tab.result.clear()
    click_button(qtbot, tab.publish_button)
    qtbot.waitUntil(lambda: "Published to" in tab.result.text(), timeout=20_000)
    assert "0 file(s) written" in tab.result.text()
    assert {p: p.stat().st_mtime_ns for p in site.rglob("*") if p.is_file()} == mtimes

    # after a revocation on the Credentials page, Publish site… there rewrites the list only
    from badgesmith.core.services import register

    cid = register.list_credentials(demo_ws)[0].id
    register.revoke(demo_ws, cid, "Issued by mistake", "demo")
    credentials = w.show_page("credentials")
    click_button(qtbot, credentials.publish_button)
    qtbot.waitUntil(lambda: bool(message_boxes("infoBox")), timeout=20_000)
    text = message_boxes("infoBox")[0].text()
    assert "1 file(s) written" in text and "wrote status/1" in text
    close_boxes()
    page = w.show_page("settings")

    # opting in (Yes) publishes each credential's JSON
    answer_question(QMessageBox.StandardButton.Yes)
    tab.publish_credentials.click()
    tab.result.clear()
    click_button(qtbot, tab.publish_button)  # unsaved edits are saved first
    qtbot.waitUntil(lambda: "Published to" in tab.result.text(), timeout=20_000)
    assert issuer.get_issuer(demo_ws).publish_credentials
    assert len(list((site / "credentials").glob("*.json"))) > 0
    close_boxes()


def test_issue_page_and_revoke_dialog_say_what_will_not_reach_outsiders(qtbot, demo_ws, tmp_path,
                                                                        monkeypatch) -> None:
    from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton

    from badgesmith.core.services import issuing
    from badgesmith.ui.dialogs.revoke import RevokeDialog
    from tests.ui.helpers import click_row, find, top_level

    w = unlocked_window(qtbot, demo_ws)
    issue = w.show_page("issue")  # the demo has no website addresses yet
    assert issue.warnings.isVisible()
    assert "sees only a code" in issue.warnings.text() and "no revocation entry" in issue.warnings.text()

    issued = issuing.issue_batch(demo_ws, 1, "demo", tmp_path / "out", workers=1).issued
    credentials = w.show_page("credentials")
    credentials.reload()
    click_row(qtbot, credentials.table, 0)
    click_button(qtbot, find(credentials, QPushButton, "revokeButton"))
    dlg = top_level(RevokeDialog)
    reach = find(dlg, QLabel, "revokeReach").text()
    assert "issued without a status list entry" in reach and "other verifiers will not see it" in reach
    assert "your published status list" not in reach  # the old promise, untrue here
    type_into(qtbot, dlg.reason, "Issued in error")
    click_button(qtbot, find(dlg, QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=10_000)
    revoked = next(c for c in issued if c.credential_id == credentials.model.row_at(0).id)
    # the page published afterwards lists it: the one place its revocation shows
    info_page = w.show_page("settings")
    info_page.tabs.setCurrentWidget(info_page.publishing)
    tab = info_page.publishing
    type_into(qtbot, tab.verify_url, "https://northbridge.example.org/badges/verify.html")
    type_into(qtbot, tab.status_url, "https://northbridge.example.org/badges/status/1")
    click_button(qtbot, tab.save_button)
    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(site))
    click_button(qtbot, tab.publish_button)
    qtbot.waitUntil(lambda: "Published to" in tab.result.text(), timeout=20_000)
    assert revoked.credential_id.removeprefix("urn:uuid:").replace("-", "") in (site / "verify.html").read_text()
    issue = w.show_page("issue")  # addresses set: no warning any more
    assert not issue.warnings.isVisible()
    close_boxes()
