"""The application icon: the shipped PNGs in resources/icons, else one painted at run time."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap

from badgesmith.resources import resource_path

PRIMARY = "#1F3A5F"
ACCENT = "#B08D57"


def app_icon() -> QIcon:
    icon = QIcon()
    try:
        for png in sorted(resource_path("icons").glob("badgesmith-*.png")):
            icon.addFile(str(png))
    except OSError:
        pass
    if icon.isNull():
        for size in (16, 32, 48, 64, 128, 256):
            icon.addPixmap(_badge(size))
    return icon


def _badge(size: int) -> QPixmap:
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 64.0
    # two ribbon tails, then the medal
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(ACCENT))
    for x in (20, 36):
        tail = QPainterPath()
        tail.moveTo(QPointF(x * s, 34 * s))
        tail.lineTo(QPointF((x + 8) * s, 34 * s))
        tail.lineTo(QPointF((x + 8) * s, 62 * s))
        tail.lineTo(QPointF((x + 4) * s, 57 * s))
        tail.lineTo(QPointF(x * s, 62 * s))
        tail.closeSubpath()
        p.drawPath(tail)
    p.setBrush(QBrush(QColor(PRIMARY)))
    p.setPen(QPen(QColor(ACCENT), max(1.0, 3 * s)))
    p.drawEllipse(QRectF(8 * s, 2 * s, 48 * s, 48 * s))
    p.setPen(QColor("#FFFFFF"))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(6, int(28 * s)))
    p.setFont(font)
    p.drawText(QRectF(8 * s, 2 * s, 48 * s, 48 * s), Qt.AlignmentFlag.AlignCenter, "B")
    p.end()
    return pm
