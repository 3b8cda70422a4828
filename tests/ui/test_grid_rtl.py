"""The assessment grid right to left (Arabic): the frozen learner column sits on the right, beside
the row numbers, over its own rows, and scrolls with the grid."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import cell_editor


@pytest.fixture
def rtl(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Right to left, as Arabic sets it (i18n.install), and back for the next test."""
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _grid(qtbot, demo_window, demo_ws):  # type: ignore[no-untyped-def]
    """First Aid's grid (three criteria), in a window narrow enough for the grid to scroll sideways."""
    from badgesmith.core.services import cohorts

    demo_window.resize(1000, 600)
    page = demo_window.show_page("cohorts")
    first_aid = cohorts.get_cohort(demo_ws, cohorts.find_cohort(demo_ws, "First Aid — March 2026"))
    page.select_cohort(first_aid.id)
    grid = page.grid
    qtbot.waitUntil(lambda: grid.model().rowCount() == first_aid.enrolled > 10)
    QApplication.processEvents()
    return page.grid_model, grid


def _x_in_window(widget, x: int) -> int:  # type: ignore[no-untyped-def]
    return widget.mapTo(widget.window(), QPoint(x, 0)).x()


def _assert_frozen_on_the_right(grid) -> None:  # type: ignore[no-untyped-def]
    frozen = grid.frozen
    port, fport = grid.viewport(), frozen.viewport()
    assert frozen.isVisible() and grid.isRightToLeft() and frozen.isRightToLeft()
    # the frozen viewport ends where the grid's does (at the row numbers, on the right) …
    assert _x_in_window(fport, fport.width()) == _x_in_window(port, port.width())
    assert frozen.geometry().right() == grid.width() - grid.frameWidth() - grid.verticalHeader().width() - 1
    assert grid.verticalHeader().geometry().left() > frozen.geometry().right()
    # … and is as wide as the learner column: the other columns stay uncovered to its left
    assert frozen.width() == grid.columnWidth(0)
    assert frozen.geometry().left() > grid.viewport().geometry().left() + 100


def _assert_rows_aligned(m, grid) -> None:  # type: ignore[no-untyped-def]
    frozen = grid.frozen
    assert frozen.verticalScrollBar().value() == grid.verticalScrollBar().value()
    shown = [r for r in range(m.rowCount()) if 0 <= grid.rowViewportPosition(r) < grid.viewport().height()]
    assert len(shown) >= 3
    for r in shown:
        assert frozen.rowHeight(r) == grid.rowHeight(r)
        assert frozen.rowViewportPosition(r) == grid.rowViewportPosition(r)
        # the name is drawn on the same line as the learner's results
        mine = frozen.viewport().mapToGlobal(frozen.visualRect(m.index(r, 0)).topLeft()).y()
        theirs = grid.viewport().mapToGlobal(grid.visualRect(m.index(r, 1)).topLeft()).y()
        assert mine == theirs


def test_the_frozen_column_is_on_the_right_and_follows_the_rows(qtbot, demo_window, demo_ws, rtl) -> None:
    m, grid = _grid(qtbot, demo_window, demo_ws)
    assert grid.horizontalScrollBar().maximum() > 0  # the grid scrolls sideways here
    _assert_frozen_on_the_right(grid)
    _assert_rows_aligned(m, grid)
    grid.setFocus()
    for _ in range(3):  # down the class list, a page at a time
        qtbot.keyClick(grid, Qt.Key.Key_PageDown)
    assert grid.verticalScrollBar().value() > 0
    _assert_rows_aligned(m, grid)
    qtbot.keyClick(grid, Qt.Key.Key_End)  # to the row's last column: the grid scrolls sideways
    assert grid.horizontalScrollBar().value() != grid.horizontalScrollBar().minimum()
    _assert_frozen_on_the_right(grid)
    _assert_rows_aligned(m, grid)
    # the eligibility column's start (its right edge) and its heading are beside the names, not under them
    assert grid.currentIndex().column() == m.eligible_column
    start = grid.horizontalHeader().sectionViewportPosition(m.eligible_column) + grid.columnWidth(m.eligible_column)
    assert start <= grid.viewport().width() - grid.columnWidth(0) == grid.frozen.x() - grid.viewport().x()


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight])
def test_going_back_to_the_first_criterion_scrolls_it_out_from_under_the_names(
        qtbot, demo_window, demo_ws, rtl, direction) -> None:  # type: ignore[no-untyped-def]
    QApplication.setLayoutDirection(direction)
    m, grid = _grid(qtbot, demo_window, demo_ws)
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_End)
    assert grid.horizontalScrollBar().value() != grid.horizontalScrollBar().minimum()
    qtbot.keyClick(grid, Qt.Key.Key_Home)  # the first column is the frozen one: the first criterion shows

    def beside_the_names(left: int, right: int) -> bool:  # viewport x of a cell's edges
        names = grid.columnWidth(0)
        if grid.isRightToLeft():
            return left >= 0 and right <= grid.viewport().width() - names
        return names <= left and right <= grid.viewport().width()

    first = grid.columnViewportPosition(1)
    assert beside_the_names(first, first + grid.columnWidth(1))
    # typing there opens the editor in the cell the user sees
    grid.setCurrentIndex(m.index(0, 1))
    qtbot.keyClicks(grid, "4")
    editor = cell_editor(grid)
    assert beside_the_names(editor.geometry().left(), editor.geometry().right())
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
