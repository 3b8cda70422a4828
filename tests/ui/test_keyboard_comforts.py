"""Issue 14, small comforts a trainer meets every day, driven by keys and clicks: Enter on the
wizard's folder page, Ctrl+A in the enrol dialog, dates in the locale's format, and
"Add criterion" opening the new row for typing."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDateEdit,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QTableWidget,
)

from tests.ui.helpers import click_button, click_row, find, top_level, type_into, wizard_next


@pytest.mark.sqlite_only  # where a workspace of this computer lives (a shared one's folder is fixed)
def test_enter_in_the_wizards_folder_box_goes_on(qtbot, tmp_path) -> None:
    from badgesmith.core.services import issuer
    from badgesmith.core.store.workspace import Workspace
    from badgesmith.ui.dialogs.first_run import FirstRunWizard
    from badgesmith.ui.tasks import SyncTaskRunner

    wizard = FirstRunWizard(Workspace.open(tmp_path / "first"), runner=SyncTaskRunner())
    qtbot.addWidget(wizard)
    with qtbot.waitActive(wizard):  # a context manager: called bare, it waits for nothing
        wizard.show()
    type_into(qtbot, find(wizard, QLineEdit, "issuerName"), "Riverside First Aid", enter=True)
    assert wizard.currentPage() is wizard.website  # Enter goes on from a page with a line edit
    wizard_next(qtbot, wizard)
    type_into(qtbot, wizard.key.passphrase, "correct horse")
    type_into(qtbot, wizard.key.confirm, "correct horse", enter=True)
    assert wizard.currentPage() is wizard.location
    folder = find(wizard, QLineEdit, "workspaceFolder")
    assert QApplication.focusWidget() is folder  # the page opens with the cursor in the folder box
    type_into(qtbot, folder, "somewhere/relative", enter=True)  # refused: it says why, and stays
    assert wizard.currentPage() is wizard.location and "whole path" in wizard.location.error.text()
    chosen = tmp_path / "Training records"
    type_into(qtbot, folder, str(chosen), enter=True)
    assert wizard.currentPage() is wizard.backup
    assert wizard.workspace.folder == chosen and issuer.is_initialised(wizard.workspace)
    wizard.workspace.close()


def _enrol_dialog(qtbot, ws, runner):  # type: ignore[no-untyped-def]
    """The main window on ``ws``, a new empty cohort chosen, its enrol dialog open and active."""
    from badgesmith.core.services import achievements, cohorts
    from badgesmith.ui.app import build_window
    from badgesmith.ui.dialogs.cohort import EnrolDialog

    achievement = achievements.list_achievements(ws)[0].id
    cohort = cohorts.create_cohort(ws, "Evening class — Ctrl+A", achievement)
    window = build_window(ws, runner)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
    page = window.show_page("cohorts")
    row = next(i for i, c in enumerate(page.model.rows()) if c.id == cohort.id)
    click_row(qtbot, page.list, row)
    click_button(qtbot, find(page, QPushButton, "enrolLearners"))
    dialog = top_level(EnrolDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    return window, cohort.id, dialog


def _matching(ws, text: str) -> set[int]:  # type: ignore[no-untyped-def]
    from badgesmith.core.services import learners

    return {learner.id for learner in learners.list_learners(ws, text, 0, 10_000)}


def _roster(ws, cohort_id: int) -> set[int]:  # type: ignore[no-untyped-def]
    from badgesmith.core.services import cohorts

    return {learner.id for learner in cohorts.roster(ws, cohort_id)}


def test_ctrl_a_in_the_enrol_filter_selects_the_learners_shown(qtbot, demo_ws, sync_runner) -> None:
    from badgesmith.core.services import learners

    _window, cohort_id, dialog = _enrol_dialog(qtbot, demo_ws, sync_runner)
    shown = _matching(demo_ws, "learner00")
    assert 1 < len(shown) < learners.count_learners(demo_ws)
    box = find(dialog, QLineEdit, "enrolFilter")
    box.setFocus()
    qtbot.keyClicks(box, "learner00")
    qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # at once, before the filter's pause
    assert len(dialog.table.selectionModel().selectedRows()) == len(shown)
    assert box.text() == "learner00"  # the filter was not touched
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter: "Enrol selected"
    assert not dialog.isVisible()
    assert _roster(demo_ws, cohort_id) == shown


def test_ctrl_a_on_a_button_and_right_after_typing_with_the_worker(qtbot, demo_ws) -> None:
    """The real threaded runner: the filtered list arrives later, and Ctrl+A and Enter wait for it."""
    from badgesmith.ui.tasks import TaskRunner

    runner = TaskRunner()
    try:
        _window, cohort_id, dialog = _enrol_dialog(qtbot, demo_ws, runner)
        qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=10_000)
        box = find(dialog, QLineEdit, "enrolFilter")
        box.setFocus()
        qtbot.keyClicks(box, "learner01")
        enrol = find(dialog, QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        enrol.setFocus()  # Tab-ed to the button
        qtbot.waitUntil(lambda: QApplication.focusWidget() is enrol)
        qtbot.keyClick(enrol, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(enrol, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
        runner.wait(10_000)
        assert _roster(demo_ws, cohort_id) == _matching(demo_ws, "learner01")
    finally:
        runner.stop_all(10_000)


@pytest.mark.parametrize(("where", "shown", "keys", "typed"), [
    ((QLocale.Language.German, QLocale.Country.Germany), "dd.MM.yyyy", "24122026", "24.12.2026"),
    ((QLocale.Language.English, QLocale.Country.UnitedStates), "M/d/yyyy", "12242026", "12/24/2026"),
    ((QLocale.Language.C, QLocale.Country.AnyCountry), "yyyy-MM-dd", "20261224", "2026-12-24"),
])
def test_cohort_dates_are_written_the_locales_way(qtbot, demo_ws, sync_runner, where, shown, keys, typed) -> None:
    from badgesmith.core.services import cohorts
    from badgesmith.ui.app import build_window
    from badgesmith.ui.dialogs.cohort import CohortDialog

    before = QLocale()
    QLocale.setDefault(QLocale(*where))
    try:
        window = build_window(demo_ws, sync_runner)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
        page = window.show_page("cohorts")
        click_button(qtbot, find(page, QPushButton, "newCohort"))
        dialog = top_level(CohortDialog)
        qtbot.waitUntil(dialog.isActiveWindow)
        start, end = find(dialog, QDateEdit, "cohortStart"), find(dialog, QDateEdit, "cohortEnd")
        assert start.displayFormat() == shown  # the locale's short format, with the year in full
        assert start.text() == QDate.currentDate().toString(shown)
        type_into(qtbot, dialog.name, "Winter first aid")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)  # to the achievement
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # to the start date
        for edit in (start, end):  # the digits in the locale's order (each full part moves on), then Tab
            assert QApplication.focusWidget() is edit
            qtbot.keyClicks(edit, keys)
            assert edit.text() == typed
            qtbot.keyClick(edit, Qt.Key.Key_Tab)
        click_button(qtbot, find(dialog, QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))
        assert not dialog.isVisible()
        made = next(c for c in cohorts.list_cohorts(demo_ws) if c.name == "Winter first aid")
        assert made.start_date == made.end_date == date(2026, 12, 24)
    finally:
        QLocale.setDefault(before)



def test_the_year_is_widened_outside_quoted_text() -> None:
    from badgesmith.ui.widgets.common import four_digit_year

    assert four_digit_year("dd.MM.yy") == "dd.MM.yyyy"
    assert four_digit_year("yyyy/MM/dd") == "yyyy/MM/dd"
    assert four_digit_year("d.MM.yy \u202f'y г'.") == "d.MM.yyyy \u202f'y г'."  # a literal in quotes stays
    assert four_digit_year("d 'de' MMMM 'de' y") == "d 'de' MMMM 'de' yyyy"

def test_add_criterion_opens_the_new_rows_name_for_typing(qtbot, demo_ws, sync_runner) -> None:
    from badgesmith.core.services import achievements
    from badgesmith.ui.app import build_window

    window = build_window(demo_ws, sync_runner)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):  # keys go to the focused widget only in the active window
        window.show()
    page = window.show_page("achievements")
    chosen = next(a for a in achievements.list_achievements(demo_ws) if a.name == "Digital Marketing Workshop")
    click_row(qtbot, page.list, next(i for i, a in enumerate(page.model.rows()) if a.id == chosen.id))
    before = [c.name for c in achievements.get_achievement(demo_ws, chosen.id).spec.criteria]
    try:
        table = find(page, QTableWidget, "criteriaTable")
        assert table.rowCount() == len(before)
        add = find(page, QPushButton, "addCriterion")
        click_button(qtbot, add)
        qtbot.waitUntil(lambda: table.state() == QAbstractItemView.State.EditingState)
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit) and table.isAncestorOf(editor)  # the new name, not the button
        qtbot.keyClicks(editor, "Practical test")  # its space does not press "Add criterion" again
        qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits through a queued call
        qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
        assert table.rowCount() == len(before) + 1
        assert table.item(len(before), 0).text() == "Practical test"
        assert QApplication.focusWidget() is not add  # a later Space cannot add a row either
        click_button(qtbot, page.save)  # saved, so closing the window asks nothing
        assert not page.has_unsaved_changes()
    finally:  # never left with unsaved edits: closing the window would ask, and wait for an answer
        if page.has_unsaved_changes():
            click_button(qtbot, page.revert)
    after = [c.name for c in achievements.get_achievement(demo_ws, chosen.id).spec.criteria]
    assert after == [*before, "Practical test"]
