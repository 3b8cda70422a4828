"""Images that come from outside (logos, signatures, backgrounds, achievement badges, photos of
a QR code): the one set of rules for all of them, with one plain message for every way they can
be wrong.

* PNG, JPEG and SVG are accepted everywhere. An SVG is drawn with resvg (a renderer without
  scripts or network) at the size needed; one that refers to outside files or declares entities
  is refused, since it would not look the same elsewhere (or could read local files).
* A PNG of a hundred bytes can declare 30,000 x 30,000 pixels; decoding it would take gigabytes.
  Sizes are checked from the header before any pixel is decoded, JPEG photos are decoded at a
  reduced scale straight away (DCT scaling costs nothing), and Pillow's own bomb errors become
  messages.

:func:`check_image` is what every place that accepts an image calls when the user chooses it;
:func:`open_image` is what renders it. Both run the same code, so an image accepted when chosen
is one that certificates can print.
"""

from __future__ import annotations

import base64
import io
import re
import warnings

import resvg_py
from PIL import Image, UnidentifiedImageError

from badgesmith.core.paper.errors import CertificateImageError

MAX_IMAGE_BYTES = 25_000_000
MAX_PIXELS = 40_000_000  # 40 megapixels as stored (a modern phone photo is 12-50)
MAX_DECODED_PIXELS = 25_000_000  # what is actually decoded: JPEGs are scaled down while decoding
MAX_SIDE = 20_000  # QR decoding (zxing) refuses sides over 65,535; no photo or logo is this long
MAX_SVG_BYTES = 2_000_000
SVG_RENDER_SIDE = 1600  # pixels an SVG is drawn at when no size is asked for
MIME = {"PNG": "image/png", "JPEG": "image/jpeg", "SVG": "image/svg+xml"}
_OUTSIDE_REF = re.compile(rb"""(?:xlink:)?href\s*=\s*["'](?!data:|#)""", re.IGNORECASE)


def image_format(data: bytes) -> str | None:
    """"PNG", "JPEG" or "SVG" from the first bytes; None for anything else."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if data.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    head = data[:2048].lstrip().lower()
    if head.startswith(b"<svg") or (head.startswith((b"<?xml", b"<!--")) and b"<svg" in head):
        return "SVG"
    return None


def data_uri(data: bytes, mime: str | None = None) -> str:
    """An image as a ``data:`` URI (how designs and credentials carry images inside themselves)."""
    mime = mime or MIME.get(image_format(data) or "", "application/octet-stream")
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def check_image(data: bytes, what: str) -> str:
    """The image's MIME type after decoding it fully, as a certificate would (CertificateImageError)."""
    fmt = image_format(data)
    if fmt is None:
        raise CertificateImageError(f"The {what} must be a PNG, JPEG or SVG image.")
    open_image(data, what, formats=("PNG", "JPEG", "SVG"))
    return MIME[fmt]


def _svg_as_png(data: bytes, what: str, max_side: int | None) -> bytes:
    if len(data) > MAX_SVG_BYTES:
        raise CertificateImageError(f"The {what} is an SVG of {len(data) // 1000} kB; Badgesmith takes SVG "
                                    f"images up to {MAX_SVG_BYTES // 1_000_000} MB.")
    if b"<!ENTITY" in data or b"<!DOCTYPE" in data.upper():
        raise CertificateImageError(f"The {what} is an SVG with a document type declaration; save it as plain SVG.")
    if _OUTSIDE_REF.search(data):
        raise CertificateImageError(f"The {what} is an SVG that refers to other files; embed them, or export a PNG.")
    try:
        text = data.decode("utf-8")
        png = resvg_py.svg_to_bytes(svg_string=text, width=max_side or SVG_RENDER_SIDE, skip_system_fonts=True)
    except (UnicodeDecodeError, ValueError) as e:
        raise CertificateImageError(f"The {what} is not a readable SVG image ({str(e)[:100]}).") from None
    return bytes(png)


def open_image(data: bytes, what: str, *, formats: tuple[str, ...] = ("PNG", "JPEG", "SVG"),
               max_side: int | None = None) -> Image.Image:
    """The decoded image; CertificateImageError with one sentence when it is not acceptable.

    ``max_side`` lets a JPEG decode directly at a smaller scale (a QR photo, a logo) and is the
    width an SVG is drawn at."""
    if "SVG" in formats and image_format(data) == "SVG":
        data = _svg_as_png(data, what, max_side)
        formats = ("PNG",)
    if len(data) > MAX_IMAGE_BYTES:
        raise CertificateImageError(
            f"The {what} is {len(data) // 1_000_000} MB; Badgesmith takes images up to "
            f"{MAX_IMAGE_BYTES // 1_000_000} MB."
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            im = Image.open(io.BytesIO(data))
            if im.format not in formats:
                raise CertificateImageError(
                    f"The {what} is a {im.format or 'unknown'} image; use PNG, JPEG or SVG."
                )
            width, height = im.size
            if width * height > MAX_PIXELS or max(width, height) > MAX_SIDE:
                raise CertificateImageError(
                    f"The {what} declares {width} x {height} pixels, more than Badgesmith opens "
                    f"({MAX_PIXELS // 1_000_000} megapixels); use a smaller image."
                )
            if im.format == "JPEG":
                side = max_side or 4000
                if max(width, height) > side:  # DCT scaling: decode at 1/2, 1/4 or 1/8 directly
                    scale = side / max(width, height)
                    im.draft(im.mode, (max(1, int(width * scale)), max(1, int(height * scale))))
            if im.size[0] * im.size[1] > MAX_DECODED_PIXELS:
                raise CertificateImageError(
                    f"The {what} is {width} x {height} pixels; use an image of at most "
                    f"{MAX_DECODED_PIXELS // 1_000_000} megapixels."
                )
            im.load()  # decodes fully: truncated or corrupt data fails here, not later
    except CertificateImageError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise CertificateImageError(f"The {what} declares an enormous size; it is not a usable image.") from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError) as e:
        raise CertificateImageError(
            f"The {what} is not a readable {' or '.join(formats)} image ({e})."
        ) from None
    except MemoryError:
        raise CertificateImageError(f"The {what} is too large to open.") from None
    return im


def preview_png(data: bytes, what: str, side: int) -> bytes:
    """A small PNG of an image, at most ``side`` pixels wide or high, decoded by the rules above
    (for a preview in the window: a toolkit's own decoder would skip them)."""
    im = open_image(data, what, max_side=side)
    im.thumbnail((side, side))
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()
