"""The EU micro-credential elements in the GUI (issue 17): the achievement editor's section with its
live completeness line, the issuer's country in Settings, and the note before issuing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from tests.conftest import db_snapshot
from tests.ui.conftest import close_boxes
from tests.ui.helpers import choose, click_button

QUALITY = "External review by Quality and Qualifications Ireland"


@pytest.fixture(autouse=True)
def _nothing_asked_on_closing(monkeypatch):  # type: ignore[no-untyped-def]
    """A test that fails halfway leaves edits: closing its window then discards them rather than
    asking (no test here answers that question, and an unanswered one would wait for ever)."""
    from PySide6.QtWidgets import QMessageBox

    from badgesmith.ui import errors

    monkeypatch.setattr(errors, "ask_save_discard", lambda *_a: QMessageBox.StandardButton.Discard)


def _open(qtbot, page, name: str) -> None:  # type: ignore[no-untyped-def]
    """Click the achievement's row in the list, as a trainer does."""
    row = next(i for i, a in enumerate(page.model.rows()) if a.name == name)
    rect = page.list.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.form.name.text() == name


def _type(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def test_the_line_names_what_is_missing_and_typing_it_completes_and_saves(qtbot, demo_window, demo_ws) -> None:  # type: ignore[no-untyped-def]
    from badgesmith.core.services import achievements

    page = demo_window.show_page("achievements")
    _open(qtbot, page, "Digital Marketing Workshop")
    eu = page.eu
    before = achievements.get_achievement(demo_ws, page.current_id).spec.eu
    assert eu.body.isVisible()  # its elements are filled: the section is open
    assert eu.completeness.text() == ("EU micro-credential: 10 of 11 mandatory elements — missing: "
                                      "type of quality assurance")
    _type(qtbot, eu.quality, QUALITY[:8])
    # the line follows the typing (core's rule), before anything is saved
    assert eu.completeness.text() == "EU micro-credential: all 11 mandatory elements"
    qtbot.keyClicks(eu.quality, QUALITY[8:])
    assert page.has_unsaved_changes()
    qtbot.keyClick(eu.quality, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Save
    assert not page.has_unsaved_changes()
    saved = achievements.get_achievement(demo_ws, page.current_id).spec.eu
    assert saved.quality_assurance == QUALITY
    assert saved == before.__class__(**{**before.__dict__, "quality_assurance": QUALITY})  # the rest kept as it was
    assert eu.completeness.text() == "EU micro-credential: all 11 mandatory elements"
    assert eu.quality.text() == QUALITY


def test_a_new_micro_credential_opens_the_section_and_is_filled_by_keyboard(qtbot, demo_window, demo_ws) -> None:  # type: ignore[no-untyped-def]
    from badgesmith.core.eu_elements import EQF
    from badgesmith.core.services import achievements

    page = demo_window.show_page("achievements")
    click_button(qtbot, page.findChild(QPushButton, "newAchievement"))
    eu = page.eu
    assert not eu.body.isVisible() and eu.toggle.text() == "Show the elements"  # calm for who does not need it
    _type(qtbot, page.form.name, "Cyber Hygiene Basics")
    page.form.type.setFocus()
    qtbot.keyClicks(page.form.type, "Micro")  # a combo box finds an entry by its first letters
    assert page.form.type.currentData() == "MicroCredential"
    assert eu.body.isVisible()  # a micro-credential: the section opens
    assert "0 of" not in eu.completeness.text() and "missing: learning outcomes, notional workload, level, " \
        "type of assessment, form of participation, type of quality assurance" in eu.completeness.text()
    _type(qtbot, eu.outcomes, "Use a password manager.")
    qtbot.keyClick(eu.outcomes, Qt.Key.Key_Return)
    qtbot.keyClicks(eu.outcomes, "Spot a phishing e-mail.")
    qtbot.keyClick(eu.outcomes, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is eu.hours  # Tab goes on to the next field, in reading order
    qtbot.keyClicks(eu.hours, "8")
    qtbot.keyClick(eu.hours, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is eu.framework
    qtbot.keyClick(eu.framework, Qt.Key.Key_Tab)
    qtbot.keyClicks(eu.level, "4")
    assert "missing: type of assessment, form of participation, type of quality assurance" in eu.completeness.text()
    _type(qtbot, eu.assessment, "Online quiz")
    eu.participation.setFocus()
    qtbot.keyClicks(eu.participation, "Onl")
    _type(qtbot, eu.quality, QUALITY)
    assert eu.completeness.text() == "EU micro-credential: all 11 mandatory elements"
    click_button(qtbot, page.save)
    assert page.error.isHidden(), page.error.text()
    spec = achievements.get_achievement(demo_ws, page.current_id).spec
    assert spec.achievement_type == "MicroCredential"
    assert spec.eu.learning_outcomes == ("Use a password manager.", "Spot a phishing e-mail.")
    assert (spec.eu.workload_hours, spec.eu.level_framework, spec.eu.level) == (8, EQF, "4")
    assert (spec.eu.assessment_type, spec.eu.participation, spec.eu.quality_assurance) == \
        ("Online quiz", "online", QUALITY)
    assert achievements.eu_check(demo_ws, spec).complete


def test_core_refuses_too_long_an_element_like_any_other_field(qtbot, demo_window, demo_dir) -> None:  # type: ignore[no-untyped-def]
    page = demo_window.show_page("achievements")
    _open(qtbot, page, "Digital Marketing Workshop")
    before = db_snapshot(demo_dir)
    QApplication.clipboard().setText("Reviewed. " * 201)  # 2,010 characters, pasted
    page.eu.quality.setFocus()
    qtbot.keyClick(page.eu.quality, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert page.error.isVisible() and "type of quality assurance" in page.error.text() \
        and "limit is 2000" in page.error.text()
    click_button(qtbot, page.save)
    assert db_snapshot(demo_dir) == before
    click_button(qtbot, page.revert)  # nothing left unsaved: the window closes without asking


def test_stackable_is_filled_in_with_the_pathways_that_require_it(qtbot, demo_window, demo_ws) -> None:  # type: ignore[no-untyped-def]
    from badgesmith.core.pathways.requirements import from_json
    from badgesmith.core.services import achievements, pathways

    workshop = achievements.find_achievement(demo_ws, "Digital Marketing Workshop")
    pathways.set_requirement(demo_ws, achievements.find_achievement(demo_ws, "Food Hygiene Level 2"),
                             from_json({"all_of": [{"achievement": workshop}]}))
    page = demo_window.show_page("achievements")
    _open(qtbot, page, "Digital Marketing Workshop")
    eu = page.eu
    assert not eu.towards.isEnabled()
    eu.integration.setFocus()
    qtbot.keyClicks(eu.integration, "Stack")
    assert eu.integration.currentData() == "stackable"
    assert eu.towards.isEnabled() and eu.towards.text() == "Food Hygiene Level 2"
    click_button(qtbot, page.save)
    spec = achievements.get_achievement(demo_ws, workshop).spec
    assert (spec.eu.integration, spec.eu.stackable_towards) == ("stackable", "Food Hygiene Level 2")


def _press(qtbot, box, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    """A key pressed in a country box: while its suggestions are open, they have the keyboard."""
    popup = box.completer().popup()
    qtbot.keyClick(popup if popup.isVisible() else box.lineEdit(), key, modifier)


def _type_country(qtbot, box, text: str) -> None:  # type: ignore[no-untyped-def]
    box.setFocus()
    _press(qtbot, box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _press(qtbot, box, Qt.Key.Key_Backspace)
    for ch in text:
        qtbot.keyClicks(box.completer().popup() if box.completer().popup().isVisible() else box.lineEdit(), ch)
    assert box.lineEdit().text().casefold() == text.casefold()


def test_the_issuers_country_is_chosen_by_keyboard_and_counts_in_the_check(qtbot, demo_window, demo_ws) -> None:  # type: ignore[no-untyped-def]
    from badgesmith.core.services import issuer

    page = demo_window.show_page("settings")
    tab = page.issuer
    page.tabs.setCurrentWidget(tab)
    box = tab.country
    assert box.currentText() == "Ireland (IE)" and tab.region.text() == "Leinster"
    _type_country(qtbot, box, "germ")  # part of a name finds it
    assert box.completer().popup().isVisible() and box.completer().completionCount() == 1
    _press(qtbot, box, Qt.Key.Key_Down)
    _press(qtbot, box, Qt.Key.Key_Return)
    assert box.currentText() == "Germany (DE)"
    _press(qtbot, box, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab.region
    qtbot.keyClick(tab.region, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(tab.region, "Bavaria")
    click_button(qtbot, tab.findChild(QPushButton, "saveProfile"))
    close_boxes()
    info = issuer.get_issuer(demo_ws)
    assert (info.country, info.region) == ("DE", "Bavaria")

    # text that names no country does not stay in the box: it shows the country that is kept
    _type_country(qtbot, box, "atlantis")
    _press(qtbot, box, Qt.Key.Key_Tab)
    assert box.currentText() == "Germany (DE)" and box.currentData() == "DE"

    # no country: the achievement editor names it as missing
    _type_country(qtbot, box, "")
    _press(qtbot, box, Qt.Key.Key_Tab)
    assert box.currentData() is None and box.currentText() == "— none —"
    click_button(qtbot, tab.findChild(QPushButton, "saveProfile"))
    close_boxes()
    assert issuer.get_issuer(demo_ws).country is None
    achievements_page = demo_window.show_page("achievements")
    _open(qtbot, achievements_page, "Practical First Aid")
    assert achievements_page.eu.completeness.text() == ("EU micro-credential: 10 of 11 mandatory elements — "
                                                       "missing: country or region of the issuer")


def test_the_issue_page_notes_an_incomplete_micro_credential_and_still_issues(qtbot, demo_window, demo_ws) -> None:  # type: ignore[no-untyped-def]
    page = demo_window.show_page("issue")
    choose(page.cohort, "Digital Marketing")
    assert page.eu_note.isVisible()
    assert page.eu_note.text().startswith("EU micro-credential: 10 of 11 mandatory elements — missing: "
                                          "type of quality assurance.")
    assert page.issue_button.isEnabled()  # a note, not a block
    choose(page.cohort, "First Aid")
    assert not page.eu_note.isVisible()  # complete: nothing to say


def test_the_first_run_asks_for_the_country_too(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from badgesmith.core.services import issuer
    from badgesmith.core.store.workspace import Workspace
    from badgesmith.ui.dialogs.first_run import FirstRunWizard
    from tests.ui.helpers import type_into, wizard_next

    wizard = FirstRunWizard(Workspace.open(tmp_path / "ws"))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()  # the keyboard goes to it, as to the window a person has in front of them
    qtbot.waitUntil(wizard.isActiveWindow)
    type_into(qtbot, wizard.profile.name, "Riverside First Aid")
    _type_country(qtbot, wizard.profile.country, "(at)")  # its code finds it too
    _press(qtbot, wizard.profile.country, Qt.Key.Key_Tab)
    assert wizard.profile.country.currentText() == "Austria (AT)"
    wizard_next(qtbot, wizard)
    wizard_next(qtbot, wizard)  # no website yet
    type_into(qtbot, wizard.key.passphrase, "correct horse")
    type_into(qtbot, wizard.key.confirm, "correct horse")
    wizard_next(qtbot, wizard)
    wizard_next(qtbot, wizard)  # the folder as offered: the issuer and its key are made
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.backup, timeout=30_000)
    assert issuer.get_issuer(wizard.workspace).country == "AT"
    wizard.workspace.close()
