"""Deleting, removing, archiving and erasing, as a trainer does it: click, confirm, undo."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QMessageBox, QPushButton

from badgesmith.core.services import achievements, cohorts, erasure, issuing, learners, register
from tests.ui.conftest import close_boxes, message_boxes
from tests.ui.helpers import answer_question, click_button, click_row, type_into


def _visible(name: str):  # type: ignore[no-untyped-def]
    return next((w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()), None)


def _tick(qtbot, box: QCheckBox) -> None:  # type: ignore[no-untyped-def]
    """A click on the check box's square, as a person aims."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()


def _filter_to(qtbot, page, text: str) -> None:  # type: ignore[no-untyped-def]
    type_into(qtbot, page.filter, text)
    qtbot.waitUntil(lambda: page.model.search == text and page.model.rowCount() >= 1)


def _holder_selected(qtbot, demo_window, demo_ws, tmp_path):  # type: ignore[no-untyped-def]
    """A learner who was issued a credential, selected on the Learners page."""
    c = next(c for c in cohorts.list_cohorts(demo_ws) if c.enrolled)
    item = issuing.issue_batch(demo_ws, c.id, "demo", tmp_path / "out", workers=1).issued[0]
    who = learners.find_learner(demo_ws, str(item.learner_id))
    page = demo_window.show_page("learners")
    _filter_to(qtbot, page, who.email or who.name)
    click_row(qtbot, page.table, 0)
    return item, who, page


def test_delete_learner_asks_and_undo_brings_them_back(qtbot, demo_window, demo_ws) -> None:
    page = demo_window.show_page("learners")
    target = learners.list_learners(demo_ws)[0]
    _filter_to(qtbot, page, target.email or target.name)
    click_row(qtbot, page.table, 0)
    seen: list[str] = []
    answer_question(QMessageBox.StandardButton.No, seen)
    click_button(qtbot, page.findChild(QPushButton, "deleteLearner"))
    assert seen and target.name in seen[0] and "undo" in seen[0]
    assert learners.find_learner(demo_ws, str(target.id)).id == target.id  # No: nothing happened
    answer_question(QMessageBox.StandardButton.Yes, seen)
    click_button(qtbot, page.findChild(QPushButton, "deleteLearner"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    bar = page.findChild(QLabel, "undoText")
    assert bar.isVisible() and target.name in bar.text()
    # Ctrl+Z on the page puts them back, enrolments and all
    demo_window.activateWindow()
    qtbot.waitUntil(demo_window.isActiveWindow)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert learners.find_learner(demo_ws, str(target.id)).name == target.name
    assert "Undone" in bar.text()


def test_learner_with_credentials_is_erased_after_two_confirmations(qtbot, demo_window, demo_ws, tmp_path) -> None:
    item, who, page = _holder_selected(qtbot, demo_window, demo_ws, tmp_path)
    click_button(qtbot, page.findChild(QPushButton, "eraseLearner"))
    qtbot.waitUntil(lambda: _visible("eraseLearnerDialog") is not None)
    dialog = _visible("eraseLearnerDialog")
    text = dialog.findChild(QLabel, "eraseText").text()
    assert who.name in text and "cannot be undone" in text and "yours to manage" in text
    erase = dialog.findChild(QPushButton, "eraseConfirm")
    assert not erase.isEnabled()
    qtbot.mouseClick(erase, Qt.MouseButton.LeftButton)  # disabled: nothing happens
    assert learners.find_learner(demo_ws, str(who.id))
    _tick(qtbot, dialog.findChild(QCheckBox, "eraseUnderstood"))
    assert erase.isEnabled()
    click_button(qtbot, erase)
    qtbot.waitUntil(lambda: bool(message_boxes("infoBox")))
    assert "erased" in message_boxes("infoBox")[0].text()
    close_boxes()
    assert not dialog.isVisible()
    assert register.get_credential(demo_ws, item.credential_id).row.recipient_name == erasure.ERASED_NAME
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)


def test_deleting_a_learner_with_credentials_says_erase_instead(qtbot, demo_window, demo_ws, tmp_path) -> None:
    item, who, page = _holder_selected(qtbot, demo_window, demo_ws, tmp_path)
    answer_question(QMessageBox.StandardButton.Yes)
    click_button(qtbot, page.findChild(QPushButton, "deleteLearner"))
    qtbot.waitUntil(lambda: bool(message_boxes()))
    assert "Erase their personal data instead" in message_boxes()[0].text()
    close_boxes()
    assert learners.find_learner(demo_ws, str(who.id)).name == who.name


def test_learners_list_sorts_by_last_name(qtbot, demo_window, demo_ws) -> None:
    page = demo_window.show_page("learners")
    qtbot.waitUntil(lambda: page.model.rowCount() > 5)
    sort = page.sort
    sort.setFocus()
    qtbot.keyClick(sort, Qt.Key.Key_Down)
    assert sort.currentIndex() == 1
    want = [r.name for r in learners.list_learners(demo_ws, limit=10, by_last_name=True)]
    qtbot.waitUntil(lambda: [page.model.learner_at(i).name for i in range(10)] == want)
    assert want != [r.name for r in learners.list_learners(demo_ws, limit=10)]


def test_remove_from_cohort_and_delete_cohort_are_undoable(qtbot, demo_window, demo_ws) -> None:
    page = demo_window.show_page("cohorts")
    target = next(c for c in cohorts.list_cohorts(demo_ws) if c.enrolled and not c.issued)
    click_row(qtbot, page.list, next(i for i, c in enumerate(page.model.rows()) if c.id == target.id))
    qtbot.waitUntil(lambda: page.grid_model.rowCount() == target.enrolled)
    click_row(qtbot, page.grid, 0, 0)
    name = page.grid_model.rows[0].learner.name
    seen: list[str] = []
    answer_question(QMessageBox.StandardButton.Yes, seen)
    click_button(qtbot, page.findChild(QPushButton, "removeEnrolment"))
    assert name in seen[0]
    qtbot.waitUntil(lambda: page.grid_model.rowCount() == target.enrolled - 1)
    undo = page.findChild(QPushButton, "undoButton")
    assert undo.isVisible()
    click_button(qtbot, undo)
    qtbot.waitUntil(lambda: page.grid_model.rowCount() == target.enrolled)
    assert name in {r.learner.name for r in page.grid_model.rows}

    answer_question(QMessageBox.StandardButton.Yes, seen)
    click_button(qtbot, page.findChild(QPushButton, "deleteCohort"))
    assert target.name in seen[-1]
    qtbot.waitUntil(lambda: target.id not in {c.id for c in page.model.rows()})
    click_button(qtbot, undo)
    qtbot.waitUntil(lambda: target.id in {c.id for c in page.model.rows()})
    assert cohorts.get_cohort(demo_ws, target.id).enrolled == target.enrolled


def test_archive_achievement_hides_it_and_brings_it_back(qtbot, demo_window, demo_ws) -> None:
    page = demo_window.show_page("achievements")
    first = achievements.list_achievements(demo_ws)[0]
    click_row(qtbot, page.list, 0)
    seen: list[str] = []
    answer_question(QMessageBox.StandardButton.Yes, seen)
    click_button(qtbot, page.findChild(QPushButton, "archiveAchievement"))
    assert first.name in seen[0] and "verify as before" in seen[0]
    qtbot.waitUntil(lambda: first.id not in {a.id for a in page.model.rows()})
    assert first.id not in {a.id for a in achievements.list_achievements(demo_ws)}
    _tick(qtbot, page.findChild(QCheckBox, "showArchived"))
    qtbot.waitUntil(lambda: first.id in {a.id for a in page.model.rows()})
    row = next(i for i, a in enumerate(page.model.rows()) if a.id == first.id)
    assert page.model.data(page.model.index(row, 0)).endswith("(archived)")
    click_row(qtbot, page.list, row)
    button = page.findChild(QPushButton, "archiveAchievement")
    assert button.text() == "Bring back"
    click_button(qtbot, button)
    qtbot.waitUntil(lambda: first.id in {a.id for a in achievements.list_achievements(demo_ws)})


def test_refusals_come_before_any_question(qtbot, demo_window, demo_ws, tmp_path) -> None:
    c = next(c for c in cohorts.list_cohorts(demo_ws) if c.enrolled)
    item = issuing.issue_batch(demo_ws, c.id, "demo", tmp_path / "out", workers=1).issued[0]
    page = demo_window.show_page("cohorts")
    page.refresh()
    click_row(qtbot, page.list, next(i for i, x in enumerate(page.model.rows()) if x.id == c.id))
    assert not page.findChild(QPushButton, "deleteCohort").isEnabled()  # it issued: nothing to delete
    qtbot.waitUntil(lambda: page.grid_model.rowCount() == c.enrolled)
    row = next(i for i, r in enumerate(page.grid_model.rows) if r.learner.id == item.learner_id)
    click_row(qtbot, page.grid, row, 0)
    seen: list[str] = []
    answer_question(QMessageBox.StandardButton.Yes, seen, tries=30)
    click_button(qtbot, page.findChild(QPushButton, "removeEnrolment"))
    qtbot.waitUntil(lambda: bool(message_boxes()))
    assert "stay enrolled" in message_boxes()[0].text() and seen == []  # said, not asked
    close_boxes()
    qtbot.wait(400)  # the queued answer gives up
    # the register: an erased learner's credential has nothing to re-export or preview
    erasure.erase_learner(demo_ws, item.learner_id)
    cred = demo_window.show_page("credentials")
    cred.refresh()
    qtbot.waitUntil(lambda: any(r.id == item.credential_id for r in cred.model.rows()))
    click_row(qtbot, cred.table, next(i for i, r in enumerate(cred.model.rows()) if r.id == item.credential_id))
    assert not cred.findChild(QPushButton, "reexportButton").isEnabled()
    assert "erased" in cred.preview.text()


def test_bringing_back_ends_the_archive_undo(qtbot, demo_window, demo_ws) -> None:
    page = demo_window.show_page("achievements")
    first = achievements.list_achievements(demo_ws)[0]
    click_row(qtbot, page.list, 0)
    answer_question(QMessageBox.StandardButton.Yes)
    click_button(qtbot, page.findChild(QPushButton, "archiveAchievement"))
    qtbot.waitUntil(lambda: first.id not in {a.id for a in page.model.rows()})
    _tick(qtbot, page.findChild(QCheckBox, "showArchived"))
    qtbot.waitUntil(lambda: first.id in {a.id for a in page.model.rows()})
    click_row(qtbot, page.list, next(i for i, a in enumerate(page.model.rows()) if a.id == first.id))
    click_button(qtbot, page.findChild(QPushButton, "archiveAchievement"))  # Bring back
    qtbot.waitUntil(lambda: "Brought back" in page.findChild(QLabel, "undoText").text())
    assert not page.findChild(QPushButton, "undoButton").isEnabled()


def test_the_wheel_passing_over_a_list_changes_nothing(qtbot, demo_window) -> None:
    """Scrolling a form must not change the field that passes under the pointer (the design
    editor's combo boxes did); once the user clicked into it, the wheel chooses."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent

    page = demo_window.show_page("learners")
    combo = page.sort
    qtbot.waitUntil(combo.isVisible)

    def wheel() -> None:
        pos = QPointF(combo.width() / 2, combo.height() / 2)
        event = QWheelEvent(pos, combo.mapToGlobal(pos), QPoint(0, -120), QPoint(0, -120), Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(combo, event)

    page.filter.setFocus()
    wheel()
    assert combo.currentIndex() == 0  # passing over it changes nothing
    combo.setFocus()
    wheel()
    assert combo.currentIndex() == 1
