"""Tab always leads somewhere: one application-wide rule for the controls that would keep it.

Qt's tables use Tab to move between cells and text boxes type it, so a keyboard user who tabs
into them is stuck. Here Tab leaves a table that cannot be edited and every text box (nobody types
a tab character into Badgesmith), and Ctrl+Tab leaves an editable grid, whose Tab goes to the next
cell as trainers expect.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QPlainTextEdit, QTextEdit, QWidget

from badgesmith.ui import focus_ring

_TABS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


def _leaves(widget: QObject, event: QKeyEvent) -> bool:
    ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        return True
    if isinstance(widget, QAbstractItemView) and widget.tabKeyNavigation():
        return ctrl or widget.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    return False


class TabOut(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() in _TABS \
                and isinstance(watched, QWidget) and watched is QApplication.focusWidget() and _leaves(watched, event):
            forward = event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            QWidget.focusNextPrevChild(watched, forward)  # QWidget's: the focus chain, not the next cell
            return True
        return False


def install(app: QApplication) -> None:
    """Once per application; with it, a visible focus wherever Tab leads (ui/focus_ring.py)."""
    focus_ring.install(app)
    if app.property("badgesmithTabOut"):
        return
    rule = TabOut(app)
    app.installEventFilter(rule)
    app.setProperty("badgesmithTabOut", True)
