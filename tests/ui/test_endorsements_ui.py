"""Endorsements in the desktop app: the provider exports a request and adds the signed endorsement
in the achievement editor (and removes it); the endorser signs one from File ▸ Endorse an
achievement…; the Verify page shows it on a credential that carries it."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.core.endorsement_data import COMMENT, GUILD, GUILD_PASSPHRASE, load, verify_doc
from tests.ui.conftest import close_boxes, message_boxes
from tests.ui.helpers import (
    answer_question,
    click_button,
    click_row,
    find,
    top_level,
    unlocked_window,
)
from tests.ui.test_verify_recheck import FilePicker, _go


def _guild(tmp_path: Path):  # type: ignore[no-untyped-def]
    from badgesmith.core.services import issuer
    from badgesmith.core.store.workspace import Workspace

    ws = Workspace.open(tmp_path / "guild")
    issuer.init_issuer(ws, GUILD, GUILD_PASSPHRASE, url="https://guild.example.org")
    return ws


def test_the_provider_exports_a_request_adds_the_endorsement_and_removes_it(
        qtbot, demo_window, demo_ws, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from badgesmith.core.services import endorsements, issuer
    from badgesmith.ui.pages.endorsement_section import EndorsementSection

    page = _go(qtbot, demo_window, "achievements")
    row = next(i for i, a in enumerate(page.model.rows()) if a.name == "Practical First Aid")
    click_row(qtbot, page.list, row)
    section = find(page, EndorsementSection, "endorsementSection")
    assert section.model.rowCount() == 0 and "No endorsements yet" in section.hint.text()
    assert not section.remove.isEnabled()
    # while the editor holds unsaved changes, the box waits (a request is of the version as saved)
    qtbot.keyClicks(page.form.name, " Plus")
    assert not section.isEnabled()
    click_button(qtbot, page.revert)
    assert section.isEnabled()

    request = tmp_path / "request.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", FilePicker(request))
    click_button(qtbot, section.export)
    assert "Send it to the employer" in message_boxes("infoBox")[0].text()
    close_boxes()
    assert load(request)["achievement"]["name"] == "Practical First Aid"

    guild = _guild(tmp_path)
    signed = endorsements.endorse(guild, request, tmp_path / "endorsement.json", GUILD_PASSPHRASE,
                                  comment=COMMENT, valid_until=date(2031, 12, 31)).path
    card = issuer.export_issuer_card(guild, GUILD_PASSPHRASE, tmp_path / "guild-card.json")
    guild.close()

    # not trusted yet: refused, with what to do
    monkeypatch.setattr(QFileDialog, "getOpenFileName", FilePicker(signed))
    click_button(qtbot, section.add)
    assert "which you have not imported as trusted" in message_boxes()[0].text()
    close_boxes()
    assert section.model.rowCount() == 0

    issuer.import_trusted_issuer(demo_ws, card)
    click_button(qtbot, section.add)
    assert "Added the endorsement by Guild of Employers" in message_boxes("infoBox")[0].text()
    close_boxes()
    assert section.model.rowCount() == 1
    assert section.model.text(0, "endorser") == GUILD and section.model.text(0, "status") == "Valid"
    assert COMMENT in section.model.text(0, "comment")

    # an edit that makes a new version leaves the endorsement behind: asked first; Cancel keeps all
    from badgesmith.core.services import achievements as ach

    before = ach.get_achievement(demo_ws, section.achievement_id)
    qtbot.keyClicks(page.form.description, " Updated.")
    asked: list[str] = []
    answer_question(QMessageBox.StandardButton.Cancel, asked)
    click_button(qtbot, page.save)
    assert "The endorsement by Guild of Employers vouches for the version as it is now" in asked[0]
    assert ach.get_achievement(demo_ws, section.achievement_id).current == before.current
    click_button(qtbot, page.revert)

    click_row(qtbot, section.table, 0)
    assert section.remove.isEnabled()
    seen: list[str] = []
    answer_question(QMessageBox.StandardButton.Yes, seen)
    click_button(qtbot, section.remove)
    assert "Remove the endorsement by Guild of Employers" in seen[0]
    assert section.model.rowCount() == 0
    assert endorsements.list_endorsements(demo_ws, section.achievement_id) == []


def test_a_new_achievement_cannot_ask_for_endorsements_until_saved(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    page = _go(qtbot, demo_window, "achievements")
    click_button(qtbot, find(page, type(page.save), "newAchievement"))
    assert not page.endorsements.export.isEnabled() and not page.endorsements.add.isEnabled()
    assert "Save the achievement first" in page.endorsements.hint.text()


def test_the_endorser_signs_from_the_file_menu(qtbot, demo_ws, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from badgesmith.core.credentials.verify import verify_credential
    from badgesmith.core.services import achievements as ach
    from badgesmith.core.services import endorsements, issuer
    from badgesmith.core.store.workspace import Workspace
    from badgesmith.ui.dialogs.endorse import EndorseDialog

    provider = Workspace.open(tmp_path / "provider")
    issuer.init_issuer(provider, "Harbour Skills", "harbour passphrase")
    aid = ach.create_achievement(provider, ach.AchievementSpec(
        name="Rope Access Level 1", description="Worked safely at height on ropes.",
        criteria=(ach.CriterionSpec("Attended", "status"),))).id
    request = endorsements.export_request(provider, aid, tmp_path / "request.json")
    provider.close()

    window = unlocked_window(qtbot, demo_ws)  # the demo's provider is the endorser here
    file_menu = window.menuBar().actions()[0].menu()
    next(a for a in file_menu.actions() if a.text() == "&Endorse an achievement…").trigger()
    dialog = top_level(EndorseDialog, "endorseDialog")
    assert dialog is not None and not dialog.sign.isEnabled()

    not_a_request = tmp_path / "notes.json"
    not_a_request.write_text('{"type": "Notes"}', encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", FilePicker(not_a_request))
    click_button(qtbot, dialog.choose)
    assert "is not a Badgesmith endorsement request" in dialog.error.text() and not dialog.sign.isEnabled()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", FilePicker(request))
    click_button(qtbot, dialog.choose)
    assert "Rope Access Level 1, awarded by Harbour Skills" in dialog.summary.text()
    assert dialog.error.isHidden()
    qtbot.keyClicks(dialog.comment, "Our riggers need this.")
    qtbot.mouseClick(dialog.expires, Qt.MouseButton.LeftButton, pos=dialog.expires.rect().center())
    assert dialog.until.isEnabled()

    out = tmp_path / "signed.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", FilePicker(out))
    click_button(qtbot, dialog.sign)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "Saved your endorsement of Rope Access Level 1" in message_boxes("infoBox")[0].text()
    close_boxes()
    doc = load(out)
    assert doc["issuer"]["name"] == "Northbridge Training Collective"
    assert doc["credentialSubject"]["endorsementComment"] == "Our riggers need this."
    until = dialog.valid_until()
    assert until is not None and doc["validUntil"] == f"{until.isoformat()}T23:59:59Z"
    assert until > datetime.now(UTC).date()
    report = verify_credential(doc, key_trust=lambda _d: "trusted", revocation_lookup=lambda _c: None)
    assert report.verified and report.endorsement, report.summary


def test_the_verify_page_shows_an_endorsement_a_credential_carries(
        qtbot, demo_window, demo_ws, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from badgesmith.core.services import achievements as ach
    from badgesmith.core.services import endorsements, issuer
    from tests.core.endorsement_data import credential_carrying

    aid = ach.find_achievement(demo_ws, "Practical First Aid")
    request = endorsements.export_request(demo_ws, aid, tmp_path / "request.json")
    guild = _guild(tmp_path)
    signed = endorsements.endorse(guild, request, tmp_path / "endorsement.json", GUILD_PASSPHRASE, comment=COMMENT).path
    issuer.import_trusted_issuer(demo_ws, issuer.export_issuer_card(guild, GUILD_PASSPHRASE, tmp_path / "card.json"))
    guild.close()
    endorsements.add_endorsement(demo_ws, aid, signed)
    doc = credential_carrying(demo_ws, aid, [load(signed)], passphrase="demo")
    assert verify_doc(demo_ws, doc).verified
    path = tmp_path / "credential.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")

    page = _go(qtbot, demo_window, "verify")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", FilePicker(path))
    qtbot.mouseClick(page.drop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.report is not None and page.report.source == "credential.json")
    assert page.report.verified
    assert "Endorsed by Guild of Employers" in page.details.text() and COMMENT in page.details.text()
