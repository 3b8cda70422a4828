"""Read the QR code back: from a certificate PDF (rendered with PDFium) or a photo/scan.

No Qt here: pypdfium2 rasterises the page, zxing-cpp finds and decodes the symbols.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import zxingcpp
from PIL import Image, ImageOps

from badgesmith.core.paper.errors import CertificateError, CertificateImageError
from badgesmith.core.paper.images import open_image


class QrReadError(CertificateError, ValueError):
    """The file is not a readable PDF or image."""


Box = tuple[float, float, float, float]  # left, bottom, right, top in PDF points


def _decode(im: Image.Image) -> list[str]:
    return [text for text, _ in _decode_with_corners(im)]


def _decode_with_corners(im: Image.Image) -> list[tuple[str, list[tuple[int, int]]]]:
    found = zxingcpp.read_barcodes(im, formats=zxingcpp.BarcodeFormat.QRCode)  # type: ignore[arg-type]
    out = []
    for b in found:
        if b.valid:
            p = b.position
            out.append((b.text, [(p.top_left.x, p.top_left.y), (p.top_right.x, p.top_right.y),
                                 (p.bottom_right.x, p.bottom_right.y), (p.bottom_left.x, p.bottom_left.y)]))
    return out


def decode_qr_from_pdf(pdf: bytes, dpi: int = 150, max_pages: int = 10) -> list[str]:
    """Texts of every QR code on the PDF's pages (first ``max_pages``), page by page."""
    return [text for text, _ in decode_qr_boxes_from_pdf(pdf, dpi, max_pages)]


def decode_qr_boxes_from_pdf(pdf: bytes, dpi: int = 150, max_pages: int = 10) -> list[tuple[str, Box]]:
    """Each QR code's text and where it lies on its page, in PDF points."""
    try:
        doc = pdfium.PdfDocument(pdf)
    except pdfium.PdfiumError as e:
        raise QrReadError(f"The PDF cannot be opened: {e}") from e
    scale = dpi / 72.0
    try:
        found: list[tuple[str, Box]] = []
        for i in range(min(len(doc), max_pages)):
            page = doc[i]
            try:
                height = page.get_height()
                bitmap = page.render(scale=scale, grayscale=True)
                for text, corners in _decode_with_corners(bitmap.to_pil()):
                    xs = [x / scale for x, _ in corners]
                    ys = [height - y / scale for _, y in corners]
                    found.append((text, (min(xs), min(ys), max(xs), max(ys))))
            finally:
                page.close()
        return found
    finally:
        doc.close()


def decode_qr_from_image(source: str | Path | bytes) -> list[str]:
    """Texts of the QR codes in a PNG/JPEG photo or scan (EXIF rotation honoured)."""
    try:
        raw = source if isinstance(source, bytes) else Path(source).read_bytes()
    except OSError as e:
        raise QrReadError(f"Cannot read {source!s}: {e.strerror or e}") from e
    try:
        opened = open_image(raw, "image", max_side=3000)
        im = ImageOps.exif_transpose(opened).convert("L")
    except CertificateImageError as e:
        raise QrReadError(e.message) from None
    except (OSError, ValueError, SyntaxError) as e:
        raise QrReadError(f"Not a readable PNG or JPEG image ({e}).") from e
    texts = _decode(im)
    if not texts and max(im.size) > 2000:
        # Big phone photos: a downscaled copy often binarises better.
        small = im.copy()
        small.thumbnail((1600, 1600))
        texts = _decode(small)
    return texts
