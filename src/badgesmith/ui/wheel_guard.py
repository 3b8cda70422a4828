"""The mouse wheel scrolls forms; it changes a combo box, spin box or date only once the user
has clicked into it (or tabbed to it). Without this, scrolling a long form such as the design
editor silently changes whatever field passes under the pointer."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Wheel and isinstance(watched, QComboBox | QAbstractSpinBox)
                and not watched.hasFocus()):
            event.ignore()  # not consumed by the field: the scroll area behind it scrolls
            parent = watched.parentWidget()
            if parent is not None:
                QApplication.sendEvent(parent, event)
            return True
        return False


_guard: WheelGuard | None = None


def install(app: QApplication) -> None:
    """Once per application."""
    global _guard
    if _guard is None:
        _guard = WheelGuard(app)
        app.installEventFilter(_guard)
