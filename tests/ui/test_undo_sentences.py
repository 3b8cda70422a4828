"""The Undo bar says whole sentences, each translated as a whole: nothing is re-cased or glued in,
so a German noun keeps its capital and a name stays as written."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from badgesmith.core.services import cohorts, learners
from badgesmith.ui import i18n
from tests.ui.helpers import answer_question, click_button, click_row, type_into


@pytest.fixture
def german(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    installed = i18n.install(qapp, "de")
    yield
    i18n.uninstall(qapp, installed)


def _delete_a_learner(qtbot, demo_window, demo_ws):  # type: ignore[no-untyped-def]
    page = demo_window.show_page("learners")
    target = learners.list_learners(demo_ws)[0]
    type_into(qtbot, page.filter, target.email or target.name)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    click_row(qtbot, page.table, 0)
    answer_question(QMessageBox.StandardButton.Yes)
    click_button(qtbot, page.findChild(QPushButton, "deleteLearner"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    return page, target.name


def _undo(qtbot, page) -> str:  # type: ignore[no-untyped-def]
    click_button(qtbot, page.findChild(QPushButton, "undoButton"))
    qtbot.waitUntil(lambda: not page.findChild(QPushButton, "undoButton").isEnabled())
    return page.findChild(QLabel, "undoText").text()


def test_deleting_and_undoing_in_english(qtbot, demo_window, demo_ws) -> None:
    page, name = _delete_a_learner(qtbot, demo_window, demo_ws)
    assert page.findChild(QLabel, "undoText").text() == f"Deleted {name}."
    assert _undo(qtbot, page) == f"Undone: deleted {name}."
    assert page.model.rowCount() == 1


def test_in_german_each_sentence_is_german_and_the_name_keeps_its_capital(
        qtbot, demo_window, demo_ws, german) -> None:  # type: ignore[no-untyped-def]
    page, name = _delete_a_learner(qtbot, demo_window, demo_ws)
    said = QCoreApplication.translate("LearnersPage", "Deleted {learner}.").format(learner=name)
    undone = QCoreApplication.translate("LearnersPage", "Undone: deleted {learner}.").format(learner=name)
    assert said != f"Deleted {name}." and undone != f"Undone: deleted {name}."  # the catalogue speaks
    assert page.findChild(QLabel, "undoText").text() == said
    text = _undo(qtbot, page)
    assert text == undone and name in text and "deleted" not in text
    assert name[0].isupper() and name[0].lower() + name[1:] not in text


def test_removing_from_a_cohort_and_undoing(qtbot, demo_window, demo_ws) -> None:
    page = demo_window.show_page("cohorts")
    cohort = cohorts.get_cohort(demo_ws, cohorts.find_cohort(demo_ws, "First Aid — March 2026"))
    page.select_cohort(cohort.id)
    qtbot.waitUntil(lambda: page.grid_model.rowCount() == cohort.enrolled)
    learner = page.grid_model.rows[0].learner.name
    page.grid.setFocus()
    click_row(qtbot, page.grid, 0, 1)
    answer_question(QMessageBox.StandardButton.Yes)
    click_button(qtbot, page.findChild(QPushButton, "removeEnrolment"))
    qtbot.waitUntil(lambda: page.grid_model.rowCount() == cohort.enrolled - 1)
    assert page.findChild(QLabel, "undoText").text() == f"Removed {learner} from {cohort.name}."
    assert _undo(qtbot, page) == f"Undone: removed {learner} from {cohort.name}."
    qtbot.waitUntil(lambda: page.grid_model.rowCount() == cohort.enrolled)
