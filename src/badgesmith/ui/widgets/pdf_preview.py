"""Showing the first page of a PDF (certificate previews), rendered with QtPdf."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap, QResizeEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


def render_first_page(pdf: bytes, width_px: int) -> QImage:
    """Render page 1 of ``pdf`` to an image ``width_px`` wide (null image if unreadable)."""
    doc = QPdfDocument()
    buf = QBuffer()
    buf.setData(QByteArray(pdf))
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    doc.load(buf)
    if doc.status() != QPdfDocument.Status.Ready or doc.pageCount() < 1:
        return QImage()
    size = doc.pagePointSize(0)
    scale = width_px / max(1.0, size.width())
    image = doc.render(0, QSize(width_px, int(size.height() * scale)))
    doc.close()
    return image


class PdfPreview(QLabel):
    """A label that shows a PDF's first page scaled to fit, with a message when empty."""

    def __init__(self, empty_text: str = "No preview", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextFormat(Qt.TextFormat.PlainText)  # messages may quote file names
        self.setMinimumSize(240, 170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setStyleSheet("QLabel { background: #A9A59D; color: #2B2925; }")
        self._empty = empty_text
        self._image = QImage()
        self.pdf: bytes | None = None
        self.show_message(empty_text)

    def show_message(self, text: str) -> None:
        self.pdf = None
        self._image = QImage()
        self.setPixmap(QPixmap())
        self.setText(text)

    def set_pdf(self, pdf: bytes) -> None:
        self.pdf = pdf
        self._image = render_first_page(pdf, 1400)
        if self._image.isNull():
            self.show_message("This PDF cannot be shown.")
            return
        self.setText("")
        self._fit()

    def has_image(self) -> bool:
        return not self._image.isNull()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self._image.isNull():
            return
        target = self.size() - QSize(16, 16)
        pm = QPixmap.fromImage(self._image).scaled(target, Qt.AspectRatioMode.KeepAspectRatio,
                                                   Qt.TransformationMode.SmoothTransformation)
        painter = QPainter(pm)  # a hairline edge: pale paper must not melt into the backdrop
        painter.setPen(QColor("#5E5A52"))
        painter.drawRect(0, 0, pm.width() - 1, pm.height() - 1)
        painter.end()
        self.setPixmap(pm)
