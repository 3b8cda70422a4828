"""Two people on one cohort: the grid refuses a stale edit saying who changed the cell and shows
their value, shows other people's changes without a restart (keeping the trainer's place and an
edit in progress), and a second Issue on a cohort says who is issuing.

"Someone else" is a second connection to the same workspace (the same file, or on PostgreSQL the
same database), as another window or computer would be."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel

from badgesmith.core.services import assessment, cohorts, issuing_lock, learners, removal
from badgesmith.core.store.models import Credential
from badgesmith.core.store.workspace import Workspace
from tests.ui.conftest import close_boxes, message_boxes
from tests.ui.helpers import (
    cell_editor,
    choose,
    click_button,
    find,
    top_level,
    type_in_cell,
    type_into,
    unlocked_window,
)

LEVELS = ("Not yet", "Competent", "Excellent")
FIRST_AID = "First Aid — March 2026"


def _grid(page, demo_ws):  # type: ignore[no-untyped-def]
    cohort = cohorts.find_cohort(demo_ws, FIRST_AID)
    page.select_cohort(cohort)
    return cohort, page.grid_model, page.grid


def _stored(ws: Workspace, cohort: int, learner: int, criterion: int) -> str | None:
    cell = assessment.cohort_results(ws, cohort)[learner].values.get(criterion)
    return cell.value if cell else None


def _other_levels(shown: object) -> list[str]:
    return [lv for lv in LEVELS if lv != (shown or None)]


def test_a_stale_edit_says_who_changed_it_and_shows_their_value(qtbot, demo_window, demo_ws) -> None:  # type: ignore[no-untyped-def]
    page = demo_window.show_page("cohorts")
    page.poll_timer.stop()  # (about the save itself: no poll shows their change first)
    cohort, m, grid = _grid(page, demo_ws)
    learner, criterion = m.rows[0].learner, m.criteria[0]
    theirs, mine = _other_levels(m.data(m.index(0, 1)))
    with Workspace.open(demo_ws.folder) as other:  # (the same person: a second window, say)
        assessment.record_result(other, cohort, learner.id, criterion.id, theirs, "Anna")
    type_in_cell(qtbot, grid, 0, 1, mine, key=Qt.Key.Key_Return)
    message = find(page, QLabel, "gridMessage")
    assert message.isVisible()
    assert message.text().startswith(f"{learner.name}, {criterion.name}: You changed this result at ")
    assert message.text().endswith(", in another window or program; the grid now shows that value.")
    assert m.data(m.index(0, 1)) == theirs  # their value, not a refused one of mine
    assert m.data(m.index(0, 1), Qt.ItemDataRole.BackgroundRole) is None
    assert _stored(demo_ws, cohort, learner.id, criterion.id) == theirs
    # typed again over what the grid now shows: saved
    type_in_cell(qtbot, grid, 0, 1, mine, key=Qt.Key.Key_Return)
    assert _stored(demo_ws, cohort, learner.id, criterion.id) == mine
    assert m.data(m.index(0, 1)) == mine and not message.isVisible()


def test_undo_of_a_change_someone_has_changed_since_is_refused_and_leaves_the_history(
        qtbot, demo_window, demo_ws) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Z over a cell someone else changed since: refused, naming who; their value stays, and
    the refused change leaves Undo and Redo (the change before it is still undone by Ctrl+Z)."""
    page = demo_window.show_page("cohorts")
    page.poll_timer.stop()
    cohort, m, grid = _grid(page, demo_ws)
    learner, (first, second) = m.rows[0].learner, m.criteria[:2]
    before = m.data(m.index(0, 1))
    mine, theirs = _other_levels(m.data(m.index(0, 2)))[:2]
    type_in_cell(qtbot, grid, 0, 1, _other_levels(before)[0], key=Qt.Key.Key_Return)  # an earlier change
    type_in_cell(qtbot, grid, 0, 2, mine, key=Qt.Key.Key_Return)
    assert m.undo_stack.count() == 2
    with Workspace.open(demo_ws.folder) as other:
        assessment.record_result(other, cohort, learner.id, second.id, theirs, "Anna")
    demo_window.activateWindow()
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    message = find(page, QLabel, "gridMessage")
    assert message.text().startswith(f"{learner.name}, {second.name}: You changed this result at "), message.text()
    assert _stored(demo_ws, cohort, learner.id, second.id) == theirs and m.data(m.index(0, 2)) == theirs
    qtbot.waitUntil(lambda: m.undo_stack.count() == 1)
    assert (m.undo_stack.index(), m.undo_stack.canRedo()) == (1, False)
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (0, 2)  # shown where it was refused
    qtbot.keyClick(grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the change before it
    assert _stored(demo_ws, cohort, learner.id, first.id) == before and m.undo_stack.canRedo()
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (0, 1)  # the cell it undid
    assert _stored(demo_ws, cohort, learner.id, second.id) == theirs


def test_other_peoples_changes_appear_and_the_edit_in_progress_stays(qtbot, demo_window, demo_ws) -> None:  # type: ignore[no-untyped-def]
    page = demo_window.show_page("cohorts")
    page.poll_timer.setInterval(20)  # (every 3 s in the app)
    cohort, m, grid = _grid(page, demo_ws)
    shown = m.data(m.index(0, 1))
    theirs = _other_levels(shown)[0]
    grid.setFocus()
    grid.setCurrentIndex(m.index(2, 2))
    qtbot.keyClicks(grid, "E")  # typing has begun in learner 3's second criterion
    editor = cell_editor(grid)
    with Workspace.open(demo_ws.folder) as other:
        assessment.record_result(other, cohort, m.rows[0].learner.id, m.criteria[0].id, theirs, "Anna")
    for _ in range(3):  # polls come and go; none reloads under the open editor
        with qtbot.waitSignal(page.poll_timer.timeout, timeout=5000):
            pass
    assert grid.state() == QAbstractItemView.State.EditingState and editor.text() == "E"
    assert m.data(m.index(0, 1)) == shown
    qtbot.keyClicks(editor, "xcellent")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # saved; on to the next learner
    QApplication.processEvents()  # (Enter commits through a queued call)
    assert _stored(demo_ws, cohort, m.rows[2].learner.id, m.criteria[1].id) == "Excellent"
    qtbot.waitUntil(lambda: m.data(m.index(0, 1)) == theirs, timeout=10_000)  # their change, no restart
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (3, 1)  # the trainer's place kept
    assert m.data(m.index(2, 2)) == "Excellent"


def test_the_current_learner_stays_current_when_someone_changes_the_roster(qtbot, demo_window, demo_ws) -> None:  # type: ignore[no-untyped-def]
    page = demo_window.show_page("cohorts")
    page.poll_timer.setInterval(20)
    cohort, m, grid = _grid(page, demo_ws)
    n = m.rowCount()
    grid.setFocus()
    grid.setCurrentIndex(m.index(3, 2))
    current = m.rows[3].learner.id
    with Workspace.open(demo_ws.folder) as other:  # someone takes the first learner out of the cohort
        removal.unenrol(other, cohort, m.rows[0].learner.id)
    qtbot.waitUntil(lambda: m.rowCount() == n - 1, timeout=10_000)
    index = grid.currentIndex()
    assert m.rows[index.row()].learner.id == current and index.column() == 2


@pytest.mark.parametrize("unlocked", [True, False], ids=["key unlocked", "key locked"])
def test_a_second_issue_says_who_is_issuing(qtbot, demo_ws, demo_window, tmp_path, unlocked) -> None:  # type: ignore[no-untyped-def]
    """Said at once, and before the passphrase is asked for: nobody types it to be refused."""
    from badgesmith.ui.dialogs.passphrase import UnlockDialog

    window = unlocked_window(qtbot, demo_ws) if unlocked else demo_window
    page = window.show_page("issue")
    choose(page.cohort, FIRST_AID)
    type_into(qtbot, page.out_dir, str(tmp_path / "out"))
    cohort = cohorts.find_cohort(demo_ws, FIRST_AID)
    with Workspace.open(demo_ws.folder) as other, \
            issuing_lock.claimed(other, issuing_lock.cohort_target(cohort)):  # someone is issuing it
        click_button(qtbot, page.issue_button)
        qtbot.waitUntil(lambda: bool(message_boxes()), timeout=10_000)
        asked = top_level(UnlockDialog) is not None
        [box] = message_boxes()
        text, title = box.text(), box.windowTitle()
        close_boxes()
    assert "issuing this cohort since" in text and "try again when" in text, text
    assert title == "Already being issued" and not asked  # not "failed": nothing went wrong
    with demo_ws.read_session() as s:
        assert s.query(Credential).count() == 0


def test_a_shared_workspace_announcing_others_changes_keeps_the_edit_in_progress(
        qtbot, sync_runner, shared_demo, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """On PostgreSQL another person's commit is announced at once (LISTEN/NOTIFY) and the Cohorts
    page reloads: not under the trainer's typing, and keeping their place."""
    from badgesmith.ui.app import build_window

    mine = Workspace.open(tmp_path / "mine", url=shared_demo)
    theirs = Workspace.open(tmp_path / "theirs", url=shared_demo)
    window = build_window(mine, sync_runner)
    try:
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        page = window.show_page("cohorts")
        page.poll_timer.stop()  # (the announcement alone, here)
        cohort, m, grid = _grid(page, mine)
        n = m.rowCount()
        grid.setFocus()
        grid.setCurrentIndex(m.index(2, 2))
        qtbot.keyClicks(grid, "E")
        editor = cell_editor(grid)
        with qtbot.waitSignal(window.ctx.changed, timeout=20_000):  # another laptop enrols someone
            newcomer = learners.add_learner(theirs, "Grace Hopper", "grace@example.org")
            cohorts.enrol(theirs, cohort, [newcomer.id])
        QApplication.processEvents()
        assert grid.state() == QAbstractItemView.State.EditingState and editor.text() == "E"
        assert m.rowCount() == n  # held back while the cell is typed in
        qtbot.keyClicks(editor, "xcellent")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: m.rowCount() == n + 1, timeout=10_000)
        assert m.rows[-1].learner.name == "Grace Hopper"
        assert (grid.currentIndex().row(), grid.currentIndex().column()) == (3, 1)
        assert _stored(mine, cohort, m.rows[2].learner.id, m.criteria[1].id) == "Excellent"
    finally:
        window.ctx.stop_listening()
        theirs.close()
        mine.close()
