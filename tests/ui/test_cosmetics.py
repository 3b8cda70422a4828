"""What a trainer sees: every eligibility reason readable, buttons enabled only when they do something."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_eligibility_reasons_are_not_cut(qtbot, demo_window, demo_ws) -> None:
    from badgesmith.core.services import cohorts

    page = demo_window.show_page("cohorts")
    page.select_cohort(cohorts.find_cohort(demo_ws, "First Aid — March 2026"))
    m, grid = page.grid_model, page.grid
    col = m.eligible_column
    grid.setFocus()
    for c in (1, 2, 3):  # a learner missing several results: several reasons
        grid.setCurrentIndex(m.index(0, c))
        qtbot.keyClick(grid, Qt.Key.Key_Delete)
    texts = [m.data(m.index(r, col)) for r in range(m.rowCount())]
    many = [r for r in m.rows if r.eligibility and len(r.eligibility.reasons) > 1]
    assert many, "the demo has a learner with several reasons"
    for row in many:  # every reason is in the cell, not only the first
        text = m.data(m.index(m.rows.index(row), col))
        assert all(reason in text for reason in row.eligibility.reasons), text
    widest = max(grid.fontMetrics().horizontalAdvance(t) for t in texts)
    assert grid.columnWidth(col) >= widest, (grid.columnWidth(col), widest)


def test_discard_changes_only_when_something_changed(qtbot, demo_window) -> None:
    from tests.ui.helpers import click_row, type_into

    page = demo_window.show_page("achievements")
    click_row(qtbot, page.list, 0)
    assert not page.revert.isEnabled()
    type_into(qtbot, page.form.name, page.form.name.text() + "!")
    assert page.revert.isEnabled()
    page.revert.click()
    assert not page.revert.isEnabled() and not page.has_unsaved_changes()
