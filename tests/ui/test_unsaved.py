"""Unsaved edits are never dropped silently: the user is asked Save / Discard / Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QPushButton

from tests.ui.conftest import close_boxes
from tests.ui.helpers import answer_question, choose, click_button, click_row, find, type_into

SB = QMessageBox.StandardButton


def test_achievement_edits_are_not_lost(qtbot, demo_window, demo_ws) -> None:
    from badgesmith.core.services import achievements
    from badgesmith.ui.ops import Change

    page = demo_window.show_page("achievements")
    assert page.model.rowCount() >= 2
    click_row(qtbot, page.list, 0)
    first, second = page.model.row_at(0), page.model.row_at(1)
    original = page.form.name.text()
    assert not page.revert.isEnabled() and not page.save.isEnabled()  # nothing changed yet
    type_into(qtbot, page.form.name, original + " EDITED")
    assert page.save.isEnabled() and page.revert.isEnabled() and page.has_unsaved_changes()

    # another achievement: Cancel keeps the edits and the selection
    seen: list[str] = []
    answer_question(SB.Cancel, seen)
    click_row(qtbot, page.list, 1)
    assert seen and "unsaved changes" in seen[0]
    assert page.current_id == first.id and page.list.currentIndex().row() == 0
    assert page.form.name.text() == original + " EDITED"

    # New achievement: Cancel keeps them too
    answer_question(SB.Cancel, seen)
    click_button(qtbot, find(page, QPushButton, "newAchievement"))
    assert len(seen) == 2 and page.current_id == first.id and page.form.name.text() == original + " EDITED"

    # another page changes something: the list reloads, the edits stay
    demo_window.ctx.notify(Change.COHORTS)
    assert page.form.name.text() == original + " EDITED" and page.has_unsaved_changes()

    # Save: written, then the other achievement is shown
    answer_question(SB.Save, seen)
    click_row(qtbot, page.list, page.model.rows().index(next(r for r in page.model.rows() if r.id == second.id)))
    assert len(seen) == 3
    assert achievements.get_achievement(demo_ws, first.id).spec.name == original + " EDITED"
    assert page.current_id == second.id and not page.has_unsaved_changes()

    # Discard: the edit is dropped on purpose
    name2 = page.form.name.text()
    type_into(qtbot, page.form.name, "Throw away")
    answer_question(SB.Discard, seen)
    click_row(qtbot, page.list, page.model.rows().index(next(r for r in page.model.rows() if r.id == first.id)))
    assert len(seen) == 4 and page.current_id == first.id
    assert achievements.get_achievement(demo_ws, second.id).spec.name == name2

    # "Discard changes" goes back to the saved achievement and is then disabled
    type_into(qtbot, page.form.name, "Oops")
    click_button(qtbot, page.revert)
    assert page.form.name.text() == original + " EDITED" and not page.revert.isEnabled()
    close_boxes()


def test_quit_and_switch_workspace_ask_about_unsaved_edits(qtbot, demo_window, demo_ws, tmp_path,
                                                           monkeypatch) -> None:
    import badgesmith.ui.app as app

    opened: list[object] = []
    monkeypatch.setattr(app, "open_or_setup", lambda *a, **k: opened.append(a) or None)
    page = demo_window.show_page("achievements")
    click_row(qtbot, page.list, 0)
    type_into(qtbot, page.form.name, "Unsaved name")
    seen: list[str] = []

    answer_question(SB.Cancel, seen)
    assert demo_window.switch_workspace(tmp_path / "elsewhere") is False
    assert seen and not opened  # Cancel: the other workspace is not even opened
    assert demo_window.ctx.ws is demo_ws and page.form.name.text() == "Unsaved name"

    answer_question(SB.Cancel, seen)
    demo_window.close()
    assert len(seen) == 2 and demo_window.isVisible()  # Cancel: the window stays, with the edits
    assert page.form.name.text() == "Unsaved name"

    demo_window.show_page("learners")  # the question brings the page with the edits back into view
    answer_question(SB.Discard, seen)
    demo_window.close()
    assert len(seen) == 3 and not demo_window.isVisible()
    assert demo_window.current_page() is page


def test_saving_one_settings_tab_keeps_edits_on_the_others(qtbot, demo_window, demo_ws) -> None:
    from badgesmith.core.services import issuer

    page = demo_window.show_page("settings")
    design = page.design
    name0 = design.signatories[0][0]
    type_into(qtbot, name0, "Dr Unsaved Signatory")
    page.tabs.setCurrentWidget(page.issuer)
    type_into(qtbot, page.issuer.email, "office@example.org")
    click_button(qtbot, find(page.issuer, QPushButton, "saveProfile"))
    assert issuer.get_issuer(demo_ws).email == "office@example.org"
    assert name0.text() == "Dr Unsaved Signatory" and design.has_unsaved_changes()

    # the other way round: saving the design keeps an unsaved profile edit
    type_into(qtbot, page.issuer.url, "https://unsaved.example.org")
    page.tabs.setCurrentWidget(design)
    click_button(qtbot, design.save)
    assert page.issuer.url.text() == "https://unsaved.example.org"
    assert not design.has_unsaved_changes() and page.has_unsaved_changes()
    page.issuer.reload()  # leave nothing unsaved for the window's close
    close_boxes()


def test_design_combo_changes_ask_before_discarding(qtbot, demo_window, demo_ws) -> None:
    from badgesmith.core.services import achievements

    design = demo_window.show_page("settings").design
    first = design.achievement.currentData()
    title = design.wording["title"]
    type_into(qtbot, title, "Unsaved title")
    seen: list[str] = []

    answer_question(SB.Cancel, seen)
    choose(design.achievement, "Digital Marketing")
    assert seen and design.achievement.currentData() == first == design.achievement_id
    assert title.text() == "Unsaved title"

    template = design.template.currentData()
    answer_question(SB.Cancel, seen)
    design.template.setCurrentIndex(next(i for i in range(design.template.count())
                                         if design.template.itemData(i) != template))
    assert len(seen) == 2 and design.template.currentData() == template and title.text() == "Unsaved title"

    answer_question(SB.Save, seen)
    choose(design.achievement, "Digital Marketing")
    assert len(seen) == 3
    assert achievements.get_achievement(demo_ws, first).spec.template_overrides["wording"]["title"] == "Unsaved title"
    assert design.achievement_id != first and not design.has_unsaved_changes()
    close_boxes()
