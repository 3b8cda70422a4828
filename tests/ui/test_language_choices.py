"""Choosing languages as a trainer does: the issuer's (Settings ▸ Issuer), an achievement's
certificate and a second one for a bilingual certificate (the design), a cohort's (the Issue
page), and a ready-made message to start from."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton

from tests.ui.helpers import choose, click_button, top_level


def _pick(qtbot, combo: QComboBox, own_name: str, stays: bool = True) -> None:  # type: ignore[no-untyped-def]
    """Type the start of the language's name into the box, as a keyboard user picks from a list
    (the last one, Japanese, with End: QTest types ASCII only)."""
    combo.setFocus()
    if own_name == "日本語":
        qtbot.keyClick(combo, Qt.Key.Key_End)
    else:
        # a box that acts on each choice gets one letter (each key would choose again)
        qtbot.keyClicks(combo, own_name[:4] if stays else own_name[0])
    assert not stays or combo.currentText() == own_name


def test_issuer_language_is_saved_from_settings(qtbot, demo_window, demo_ws) -> None:  # type: ignore[no-untyped-def]
    from badgesmith.core.services import issuer

    page = demo_window.show_page("settings")
    page.tabs.setCurrentWidget(page.issuer)
    assert page.issuer.language.currentData() == "en"
    _pick(qtbot, page.issuer.language, "Deutsch")
    click_button(qtbot, page.issuer.findChild(QPushButton, "saveProfile"))
    qtbot.waitUntil(lambda: issuer.get_issuer(demo_ws).language == "de", timeout=3000)
    from tests.ui.conftest import close_boxes

    close_boxes()


def test_design_language_fills_its_wording_and_saves_a_bilingual_design(qtbot, demo_window, demo_ws) -> None:  # type: ignore[no-untyped-def]
    from badgesmith.core.services import achievements

    design = demo_window.show_page("settings").design
    choose(design.achievement, "Practical First Aid")
    qtbot.waitUntil(lambda: design.wording["title"].text() == "Certificate of Achievement", timeout=3000)
    _pick(qtbot, design.language, "Deutsch")
    assert design.wording["title"].text() == "Zertifikat"
    assert design.wording["after_achievement"].text() == "erfolgreich teilgenommen hat"
    _pick(qtbot, design.second_language, "Français")
    click_button(qtbot, design.save)
    aid = design.achievement.currentData()
    qtbot.waitUntil(lambda: achievements.get_achievement(demo_ws, aid).spec.template_overrides.get("language") == "de",
                    timeout=3000)
    overrides = achievements.get_achievement(demo_ws, aid).spec.template_overrides
    assert overrides["second_language"] == "fr" and "wording" not in overrides  # the preset, not edits


def test_cohort_language_on_the_issue_page_prints_a_bilingual_certificate(qtbot, demo_window, demo_ws,  # type: ignore[no-untyped-def]
                                                                          tmp_path: Path) -> None:
    from badgesmith.core.services import certificates, cohorts

    page = demo_window.show_page("issue")
    first_aid = next(c for c in cohorts.list_cohorts(demo_ws) if c.name.startswith("First Aid"))
    page.select_cohort(first_aid.id)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    assert not page.second_language.isEnabled()  # a second language only after a first
    _pick(qtbot, page.language, "Español")
    qtbot.waitUntil(lambda: cohorts.get_cohort(demo_ws, first_aid.id).certificate_language == "es", timeout=3000)
    assert page.second_language.isEnabled()
    _pick(qtbot, page.second_language, "English")
    qtbot.waitUntil(lambda: cohorts.get_cohort(demo_ws, first_aid.id).certificate_language == "es+en", timeout=3000)
    learner = cohorts.roster(demo_ws, first_aid.id)[0].id
    pdf = certificates.preview_certificate(demo_ws, first_aid.id, learner)
    text = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    assert "Se certifica que / This certifies that" in " ".join(text.split())
    page.language.setFocus()
    qtbot.keyClick(page.language, Qt.Key.Key_Home)  # back to the achievement's design
    qtbot.waitUntil(lambda: cohorts.get_cohort(demo_ws, first_aid.id).certificate_language is None, timeout=3000)


def test_message_starts_from_a_ready_made_message_in_any_language(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    from badgesmith.core.delivery.messages import preset
    from badgesmith.ui.dialogs.message_template import MessageTemplateDialog

    dialog = MessageTemplateDialog(demo_window.ctx, None, "", None, demo_window)
    qtbot.addWidget(dialog)
    dialog.show()
    _pick(qtbot, dialog.preset, "日本語", stays=False)
    assert dialog.subject.text() == preset("ja").subject and dialog.body.toPlainText() == preset("ja").body
    dialog.reject()
    assert top_level(MessageTemplateDialog) is None or not dialog.isVisible()


def test_first_run_in_a_german_app_gives_a_german_issuer(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    from badgesmith.core.services import issuer
    from tests.ui.test_workflow import run_first_run_wizard

    QLocale.setDefault(QLocale("de"))  # the app's language (its catalogue aside: the wizard's checks read English)
    try:
        wizard = run_first_run_wizard(qtbot, tmp_path / "ws", tmp_path, monkeypatch)
    finally:
        QLocale.setDefault(QLocale("en_US"))
    assert issuer.get_issuer(wizard.workspace).language == "de"
    wizard.workspace.close()


def test_a_ready_made_message_asks_before_replacing_what_was_written(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from badgesmith.core.delivery.messages import preset
    from badgesmith.ui.dialogs.message_template import MessageTemplateDialog
    from tests.ui.helpers import answer_question

    dialog = MessageTemplateDialog(demo_window.ctx, None, "", None, demo_window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.body.setFocus()
    qtbot.keyClicks(dialog.body, "Good luck with the next course!")
    written = dialog.body.toPlainText()
    seen: list[str] = []
    answer_question(QMessageBox.StandardButton.Cancel, seen)
    _pick(qtbot, dialog.preset, "Français", stays=False)
    assert seen and dialog.body.toPlainText() == written  # asked, and kept
    answer_question(QMessageBox.StandardButton.Yes, seen)
    qtbot.wait(QApplication.keyboardInputInterval() + 100)  # a new search, not "FF"
    _pick(qtbot, dialog.preset, "Français", stays=False)
    assert dialog.body.toPlainText() == preset("fr").body and dialog.template().language == "fr"
    dialog.reject()


def test_a_french_message_writes_its_dates_in_french(demo_ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from badgesmith.core.delivery.messages import MessageTemplate
    from badgesmith.core.services import cohorts, delivery, issuing

    first_aid = next(c for c in cohorts.list_cohorts(demo_ws) if c.name.startswith("First Aid"))
    summary = issuing.issue_batch(demo_ws, first_aid.id, "demo", tmp_path / "out")
    credential = summary.issued[0].credential_id
    template = MessageTemplate("Votre certificat", "Délivré le {issued_on}.\n", "fr")
    letter = delivery.preview_letter(demo_ws, credential, template)
    months = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
              "novembre", "décembre")
    assert any(m in letter.body for m in months), letter.body
    english = delivery.preview_letter(demo_ws, credential, MessageTemplate("S", "Issued {issued_on}.\n"))
    assert not any(m in english.body for m in months)  # no language: the issuer's (English in the demo)
