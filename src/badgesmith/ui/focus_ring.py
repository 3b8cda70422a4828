"""The keyboard focus is always visible: one application-wide rule.

Most controls show the focus themselves, but Qt's Fusion style draws nothing for a table or list
without rows, a read-only text box, a scroll area, a flat button, or the default button (which
looks the same focused or not). Those get a ring in the palette's highlight colour around them
while they have the focus; it follows the control as it moves and leaves it alone otherwise.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QFocusFrame,
    QProxyStyle,
    QPushButton,
    QScrollBar,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    QToolButton,
    QWidget,
)

RING = 2.0  # px; the style's focus frame margin is the room it has around the control


def needs_ring(w: QWidget | None) -> bool:
    """Controls the style draws the same with and without the focus."""
    if isinstance(w, QAbstractScrollArea):
        return True
    if isinstance(w, QPushButton):
        return w.isFlat() or w.isDefault()
    return isinstance(w, QToolButton) and w.autoRaise()


class _Above(QProxyStyle):
    """The ring sits above the control's neighbours (in the scroll area's page or the window), not
    in the control's parent, which would clip it where the control fills that parent."""

    def styleHint(self, hint: QStyle.StyleHint, option: QStyleOption | None = None,  # noqa: N802 - Qt's name
                  widget: QWidget | None = None, returned: QStyleHintReturn | None = None) -> int:
        if hint == QStyle.StyleHint.SH_FocusFrame_AboveWidget:
            return 1
        return super().styleHint(hint, option, widget, returned)


class FocusRing(QFocusFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("focusRing")
        self._style = _Above()
        self.setStyle(self._style)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), RING))
        p.drawRoundedRect(QRectF(self.rect()).adjusted(RING / 2, RING / 2, -RING / 2, -RING / 2), 3, 3)
        p.end()


def install(app: QApplication) -> None:
    """Once per application."""
    if app.property("badgesmithFocusRing"):
        return
    app.setProperty("badgesmithFocusRing", True)
    # the ring lives in the window of the control it surrounds, so it goes when that window goes:
    # a new one is made then, as Qt's own macOS style does
    rings: list[FocusRing] = []
    # The ring sits in an outer scroll area's page; when a scroll area between it and the control
    # scrolls (as it does to show a control reached with Tab), the control moves without a move
    # event of its own, so the ring is put around it again.
    bars: list[QScrollBar] = []

    def again() -> None:
        if rings and shiboken6.isValid(rings[0]) and (w := rings[0].widget()) is not None:
            rings[0].setWidget(None)  # type: ignore[arg-type]
            rings[0].setWidget(w)

    def watch(w: QWidget | None) -> None:
        for bar in bars:
            if shiboken6.isValid(bar):
                bar.valueChanged.disconnect(again)
        bars.clear()
        p = w.parentWidget() if w is not None else None
        while p is not None:
            if isinstance(p, QAbstractScrollArea):
                bars.extend((p.verticalScrollBar(), p.horizontalScrollBar()))
            p = p.parentWidget()
        for bar in bars:
            bar.valueChanged.connect(again)

    def follow(_old: QWidget | None, new: QWidget | None) -> None:
        if not rings or not shiboken6.isValid(rings[0]):
            if not needs_ring(new):
                return
            rings[:] = [FocusRing()]
        rings[0].setWidget(new if needs_ring(new) else None)  # type: ignore[arg-type]  # None: hidden
        watch(new if needs_ring(new) else None)

    app.focusChanged.connect(follow)
