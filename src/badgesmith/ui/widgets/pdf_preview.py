"""Showing the first page of a PDF (certificate previews), rendered with QtPdf.

Rendering a certificate takes tens of milliseconds, too long for the GUI thread: operations call
``render_pdf`` on the worker and hand the result to ``PdfPreview.show_rendered``."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap, QResizeEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


def on_white(image: QImage) -> QImage:
    """``image`` over white paper, without alpha. QtPdf leaves a page without a background of its
    own transparent: shown as it is, a design drawn on the bare page (modern) sits on the
    viewer's grey, and converted without alpha it turns black."""
    paper = QImage(image.size(), QImage.Format.Format_RGB32)
    paper.fill(QColor("white"))
    painter = QPainter(paper)
    painter.drawImage(0, 0, image)
    painter.end()
    return paper


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
    return on_white(image) if not image.isNull() else image


PREVIEW_WIDTH = 1400  # pixels: sharp when the preview fills a large window


@dataclass(frozen=True)
class RenderedPdf:
    pdf: bytes
    image: QImage  # page 1, or a null image when the PDF cannot be shown


def render_pdf(pdf: bytes, width_px: int = PREVIEW_WIDTH) -> RenderedPdf:
    """The PDF with its first page rendered (thread-safe: QImage, a document of its own)."""
    return RenderedPdf(pdf, render_first_page(pdf, width_px))


class PdfPreview(QLabel):
    """A label that shows a PDF's first page scaled to fit, with a message when empty."""

    def __init__(self, empty_text: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        empty_text = empty_text if empty_text is not None else self.tr("No preview")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextFormat(Qt.TextFormat.PlainText)  # messages may quote file names
        self.setWordWrap(True)  # a long message wraps instead of being cut at both sides
        self.setMargin(16)
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

    def show_rendered(self, rendered: RenderedPdf) -> None:
        self.pdf = rendered.pdf
        self._image = rendered.image
        if self._image.isNull():
            self.show_message(self.tr("This PDF cannot be shown."))
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
