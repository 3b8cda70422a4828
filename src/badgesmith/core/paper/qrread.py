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


def _decode(im: Image.Image) -> list[str]:
    found = zxingcpp.read_barcodes(im, formats=zxingcpp.BarcodeFormat.QRCode)  # type: ignore[arg-type]
    return [b.text for b in found if b.valid]


def decode_qr_from_pdf(pdf: bytes, dpi: int = 150, max_pages: int = 10) -> list[str]:
    """Texts of every QR code on the PDF's pages (first ``max_pages``), page by page. Render only
    PDFs Badgesmith wrote (sealed, or its own output): a hostile page can take minutes to draw."""
    try:
        doc = pdfium.PdfDocument(pdf)
    except pdfium.PdfiumError as e:
        raise QrReadError(f"The PDF cannot be opened: {e}") from e
    scale = dpi / 72.0
    try:
        found: list[str] = []
        for i in range(min(len(doc), max_pages)):
            page = doc[i]
            try:
                found += _decode(page.render(scale=scale, grayscale=True).to_pil())
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
