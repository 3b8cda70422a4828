"""Driving widgets like a person: find, type, click."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QWidget,
    QWizard,
)


def find(parent: QWidget, cls: type, name: str | None = None):  # type: ignore[no-untyped-def]
    w = parent.findChild(cls, name) if name else parent.findChild(cls)
    assert w is not None, f"no {cls.__name__} {name or ''} in {parent.objectName()}"
    return w


def top_level(cls: type, name: str | None = None):  # type: ignore[no-untyped-def]
    for w in QApplication.topLevelWidgets():
        if isinstance(w, cls) and w.isVisible() and (name is None or w.objectName() == name):
            return w
    return None


def type_into(qtbot, edit: QLineEdit, text: str, enter: bool = False) -> None:  # type: ignore[no-untyped-def]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)
    if enter:
        qtbot.keyClick(edit, Qt.Key.Key_Return)


def choose(combo: QComboBox, text: str) -> None:
    i = combo.findText(text, Qt.MatchFlag.MatchContains)
    assert i >= 0, f"{text!r} not in {[combo.itemText(j) for j in range(combo.count())]}"
    combo.setCurrentIndex(i)


def click_button(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled(), f"button {button.text()!r} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def wizard_next(qtbot, wizard: QWizard) -> None:  # type: ignore[no-untyped-def]
    click_button(qtbot, wizard.button(QWizard.WizardButton.NextButton))


def wizard_finish(qtbot, wizard: QWizard) -> None:  # type: ignore[no-untyped-def]
    click_button(qtbot, wizard.button(QWizard.WizardButton.FinishButton))


def type_in_cell(qtbot, view: QAbstractItemView, row: int, col: int, text: str, key=Qt.Key.Key_Tab) -> None:  # type: ignore[no-untyped-def]
    """Select a cell and type into it as a person would, ending with Tab (or Enter)."""
    if view.state() == QAbstractItemView.State.EditingState:  # e.g. Tab opened the next cell
        qtbot.keyClick(cell_editor(view), Qt.Key.Key_Escape)
        QApplication.processEvents()
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, col))
    qtbot.keyClicks(view, text[0])  # the first key opens the editor (AnyKeyPressed)
    editor = cell_editor(view)
    if len(text) > 1:
        qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, key)
    QApplication.processEvents()  # Enter commits through a queued call


def cell_editor(view: QAbstractItemView) -> QWidget:
    """The open cell editor (a person's keystrokes go there)."""
    QApplication.processEvents()  # closed editors are deleted later
    editors = [w for w in view.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert editors, "typing did not open an editor"
    focused = [w for w in editors if w.hasFocus()]
    return (focused or editors)[-1]


def answer_question(button, seen: list | None = None, tries: int = 300,  # type: ignore[type-arg]
                    offered: list | None = None) -> None:  # type: ignore[type-arg]
    """Click ``button`` (a QMessageBox.StandardButton) on the next modal question box, when it shows.

    The box is modal (``exec``), so the answer is queued before the action that shows it. ``seen``
    collects each box's text, so a test can check that it was asked (and about what); ``offered``
    each box's buttons (its ``standardButtons()``).
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    def click(left: int = tries) -> None:
        box = next((w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.objectName() == "questionBox" and w.isVisible()), None)
        if box is None:
            if left > 0:
                QTimer.singleShot(10, lambda: click(left - 1))
            return
        if seen is not None:
            seen.append(box.text())
        if offered is not None:
            offered.append(box.standardButtons())
        box.button(button).click()

    QTimer.singleShot(0, click)


def click_row(qtbot, view: QAbstractItemView, row: int, col: int = 0) -> None:  # type: ignore[no-untyped-def]
    """A person's click on a row of a table."""
    rect = view.visualRect(view.model().index(row, col))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QApplication.processEvents()


def unlocked_window(qtbot, ws, passphrase: str = "demo"):  # type: ignore[no-untyped-def]
    """The main window on ``ws`` with the key unlocked and operations run synchronously, shown."""
    from badgesmith.ui.app import build_window
    from badgesmith.ui.tasks import SyncTaskRunner

    w = build_window(ws, SyncTaskRunner(), passphrase=passphrase)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def window_at(qtbot, ws, width: int = 1366, height: int = 768):  # type: ignore[no-untyped-def]
    """The main window on ``ws`` (key locked, operations run synchronously) at ``width`` × ``height``,
    shown once its first page is ready."""
    from badgesmith.ui.app import build_window
    from badgesmith.ui.tasks import SyncTaskRunner

    w = build_window(ws, SyncTaskRunner())
    qtbot.addWidget(w)
    w.resize(width, height)
    with qtbot.waitSignal(w.first_page_ready, timeout=5000):
        w.show()
    qtbot.waitExposed(w)
    return w
