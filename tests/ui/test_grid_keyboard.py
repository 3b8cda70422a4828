"""The assessment grid follows the keyboard the way a class list is entered: learner by learner."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from tests.ui.helpers import cell_editor, find, type_in_cell


def _first_aid(page, demo_ws):  # type: ignore[no-untyped-def]
    """Three criteria (CPR, recovery position, bleeding), each a level."""
    from badgesmith.core.services import cohorts

    page.select_cohort(cohorts.find_cohort(demo_ws, "First Aid — March 2026"))
    return page.grid_model, page.grid


def test_enter_goes_to_the_next_learners_first_criterion(qtbot, demo_window, demo_ws) -> None:
    page = demo_window.show_page("cohorts")
    m, grid = _first_aid(page, demo_ws)
    assert len(m.criteria) >= 2
    last = len(m.criteria)
    type_in_cell(qtbot, grid, 0, last, "Competent", key=Qt.Key.Key_Return)  # learner 1's last criterion
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (1, 1)  # learner 2, first criterion
    qtbot.keyClick(grid, Qt.Key.Key_Return)  # Enter without editing: on to the next learner too
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (2, 1)


def test_tab_past_the_last_criterion_wraps_to_the_next_learner(qtbot, demo_window, demo_ws) -> None:
    page = demo_window.show_page("cohorts")
    m, grid = _first_aid(page, demo_ws)
    last = len(m.criteria)
    grid.setFocus()
    grid.setCurrentIndex(m.index(0, last))
    qtbot.keyClick(grid, Qt.Key.Key_Tab)
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (1, 1)  # not into Eligibility
    qtbot.keyClick(grid, Qt.Key.Key_Backtab)
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (0, last)
    type_in_cell(qtbot, grid, 0, last, "Excellent")  # typing, then Tab: the same wrap from the editor
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (1, 1)
    # the learners' names stay in view: the frozen column shows them at the grid's left edge
    frozen = grid.frozen
    assert frozen.isVisible() and frozen.x() <= grid.verticalHeader().width() + grid.frameWidth()
    name = frozen.visualRect(m.index(1, 0))
    assert frozen.viewport().rect().contains(name.center())
    assert frozen.model().data(m.index(1, 0)) == m.rows[1].learner.name
    assert grid.visualRect(grid.currentIndex()).left() >= grid.columnWidth(0)  # not under the names


def test_a_refused_value_stays_visible_until_fixed(qtbot, demo_window, demo_ws) -> None:
    page = demo_window.show_page("cohorts")
    m, grid = _first_aid(page, demo_ws)
    message = find(page, QLabel, "gridMessage")
    type_in_cell(qtbot, grid, 0, 1, "No")  # not one of the levels
    refused = m.index(0, 1)
    assert m.data(refused) == "⚠ No" and m.data(refused, Qt.ItemDataRole.BackgroundRole) is not None  # marked, not only tinted
    assert m.data(refused, Qt.ItemDataRole.EditRole) == "No"
    assert "“No” was not saved" in message.text()
    if grid.state() == grid.State.EditingState:
        qtbot.keyClick(cell_editor(grid), Qt.Key.Key_Escape)
    type_in_cell(qtbot, grid, 1, 1, "Competent")  # another learner's value saves...
    QApplication.processEvents()
    assert message.isVisible() and "“No” was not saved" in message.text()  # ...and the refusal is still said
    assert m.data(refused) == "⚠ No"
    type_in_cell(qtbot, grid, 0, 1, "Excellent")  # fixed
    assert m.data(refused) == "Excellent" and m.data(refused, Qt.ItemDataRole.BackgroundRole) is None
    assert not message.isVisible()


def test_eligibility_reasons_read_as_sentences(qtbot, demo_window, demo_ws) -> None:
    page = demo_window.show_page("cohorts")
    m, _grid = _first_aid(page, demo_ws)
    texts = [m.data(m.index(r, m.eligible_column)) or "" for r in range(m.rowCount())]
    assert not any(".;" in t for t in texts)
    tips = [m.data(m.index(r, m.eligible_column), Qt.ItemDataRole.ToolTipRole) for r in range(m.rowCount())]
    assert all(tips)  # the whole text in a tool tip as well


def test_go_menu_shows_the_ampersand_and_the_window_fits_the_screen(qtbot, demo_window) -> None:
    from PySide6.QtGui import QGuiApplication, QKeySequence
    from PySide6.QtWidgets import QMenu

    assert not QKeySequence.mnemonic("Cohorts & assessment").isEmpty()  # what the menu showed before
    go = next(m for m in demo_window.menuBar().findChildren(QMenu) if m.title() == "&Go")
    action = next(a for a in go.actions() if "assessment" in a.text())
    assert QKeySequence.mnemonic(action.text()).isEmpty()  # no underlined letter: the "&" shows as itself
    room = QGuiApplication.primaryScreen().availableGeometry()
    assert demo_window.height() <= room.height() and demo_window.width() <= room.width()


def test_the_type_list_is_sorted(qtbot, demo_window) -> None:
    from tests.ui.helpers import click_row

    page = demo_window.show_page("achievements")
    click_row(qtbot, page.list, 0)
    types = [page.form.type.itemText(i) for i in range(page.form.type.count())]
    assert types == sorted(types, key=str.casefold), types


def test_save_design_says_it_saved(qtbot, demo_window) -> None:
    from tests.ui.helpers import click_button

    design = demo_window.show_page("settings").design
    click_button(qtbot, design.save)
    assert "Saved" in find(design, QLabel, "designSaved").text()
