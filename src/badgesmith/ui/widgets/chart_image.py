"""A chart image that fits the room it is given: drawn smaller in a narrow window (200 %
scaling, a long language) instead of pushing the page wider, never larger than it was made."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

SMALLEST = 200  # logical pixels: narrower than this, the page scrolls sideways instead


class ChartImage(QLabel):
    """A label showing a PNG (a screen reader calls it a graphic: its accessible name and
    description say what it shows and its figures)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._natural = QSize(0, 0)

    def set_png(self, png: bytes, scale: float) -> None:
        """Show ``png``, drawn at ``scale`` pixels per logical pixel."""
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        pixmap.setDevicePixelRatio(scale)
        self._natural = QSize(round(pixmap.width() / scale), round(pixmap.height() / scale))
        self.setPixmap(pixmap)
        self.updateGeometry()

    def png_image(self) -> QPixmap:
        return self.pixmap()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return not self._natural.isEmpty()

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        if self._natural.isEmpty():
            return 0
        shown = min(width, self._natural.width())
        return round(shown * self._natural.height() / self._natural.width())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self._natural)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        if self._natural.isEmpty():
            return QSize(0, 0)
        width = min(SMALLEST, self._natural.width())
        return QSize(width, self.heightForWidth(width))

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        pixmap = self.pixmap()
        if pixmap.isNull():
            return
        room = self.contentsRect()
        size = self._natural.scaled(room.size(), Qt.AspectRatioMode.KeepAspectRatio)
        size = size.boundedTo(self._natural)
        x = room.x() if not self.isRightToLeft() else room.right() - size.width()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawPixmap(QRect(x, room.y(), size.width(), size.height()), pixmap)
        painter.end()
