"""Every page can be used with the keyboard alone: Tab reaches every enabled control, in the
order they are read (never back up the page), and each control has a name a screen reader can say."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from .tour import settle, tab_round, tour

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit, QPlainTextEdit)


def _in_a_view(w: QWidget) -> bool:
    parent = w.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def _stops(top: QWidget) -> list[QWidget]:
    """The controls a keyboard user must be able to reach on what is shown (a control inside a
    table's cell is reached with the table's arrow keys, not Tab)."""
    out = []
    for w in top.findChildren(QWidget):
        if not isinstance(w, INTERACTIVE) or not w.isVisibleTo(top) or not w.isEnabled():
            continue
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus != Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(w, QLineEdit) and isinstance(w.parent(), (QComboBox, QAbstractSpinBox)):
            continue  # the editor inside a combo or spin box: the box is the stop
        if type(w).__name__.startswith("Qt") or w.objectName().startswith("qt_"):
            continue  # Qt's own parts (a scroll area's buttons, a tab bar's scrollers)
        out.append(w)
    return out


def _name(w: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(w)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def _backwards(reached: list[QWidget], window: QWidget) -> list[str]:
    """Pairs where Tab goes up: a control reached after another lies wholly above it, in the same
    column (reading order is top to bottom, then across). Positions are read with every scroll
    area at its top: Tab scrolls one to the control it reaches, which moves what is inside it
    against what is outside (a row above the scroll area)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QAbstractScrollArea

    for area in window.findChildren(QAbstractScrollArea):
        area.verticalScrollBar().setValue(0)
    boxes = []
    for w in dict.fromkeys(reached):
        if isinstance(w, INTERACTIVE):
            at = w.mapTo(window, QPoint(0, 0))
            boxes.append((at.x(), at.y(), w.width(), w.height(), f"{type(w).__name__} {w.objectName()!r}"))
    found = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            if b[1] + b[3] <= a[1] - 2 and min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0]) > 10:
                found.append(f"{b[4]} comes after {a[4]} but stands above it")
    return found


def test_tab_reaches_every_control_of_every_page_and_each_has_a_name(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    w = demo_window
    w.resize(1366, 768)
    problems: list[str] = []
    for name, page in tour(w):
        w.nav.setFocus()
        settle(20)
        reached = tab_round(qtbot)
        problems += [f"{name}: {p}" for p in _backwards([x for x in reached if page.isAncestorOf(x)], w)]
        for control in _stops(page):
            label = f"{name}: {type(control).__name__} {control.objectName()!r}"
            if control not in reached and not _in_a_view(control):
                problems.append(f"{label} is not reached by Tab")
            if not _name(control):
                problems.append(f"{label} has no accessible name")
    assert problems == [], "\n".join(problems)


def test_a_criterions_kind_is_chosen_from_its_cell_with_the_keyboard(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QTableWidget

    page = demo_window.show_page("achievements")
    table = page.findChild(QTableWidget, "criteriaTable")
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)  # first row, first cell
    kind_column = 1
    for _ in range(kind_column):
        qtbot.keyClick(table, Qt.Key.Key_Right)
    assert table.currentColumn() == kind_column
    combo = table.cellWidget(table.currentRow(), kind_column)
    before = combo.currentIndex()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: combo.view().isVisible(), timeout=2000)  # its list is open, and has the keyboard
    assert QApplication.focusWidget() in (combo, combo.view())
    qtbot.keyClick(combo.view(), Qt.Key.Key_Down)
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    assert combo.currentIndex() == (before + 1) % combo.count() or combo.currentIndex() == combo.count() - 1
    assert _name(combo)
    from PySide6.QtWidgets import QMessageBox

    from .helpers import answer_question

    answer_question(QMessageBox.StandardButton.Discard)  # the edit is not kept when the window closes
