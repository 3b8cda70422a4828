"""Opening images that come from outside (logos, signatures, backgrounds, photos of a QR code)
within limits, with one plain message for every way they can be wrong.

A PNG of a hundred bytes can declare 30,000 x 30,000 pixels; decoding it would take gigabytes.
Sizes are checked from the header before any pixel is decoded, JPEG photos are decoded at a
reduced scale straight away (DCT scaling costs nothing), and Pillow's own bomb errors become
messages.
"""

from __future__ import annotations

import io
import warnings

from PIL import Image, UnidentifiedImageError

from badgesmith.core.paper.errors import CertificateImageError

MAX_IMAGE_BYTES = 25_000_000
MAX_PIXELS = 40_000_000  # 40 megapixels as stored (a modern phone photo is 12-50)
MAX_DECODED_PIXELS = 25_000_000  # what is actually decoded: JPEGs are scaled down while decoding
MAX_SIDE = 20_000  # QR decoding (zxing) refuses sides over 65,535; no photo or logo is this long


def open_image(data: bytes, what: str, *, formats: tuple[str, ...] = ("PNG", "JPEG"),
               max_side: int | None = None) -> Image.Image:
    """The decoded image; CertificateImageError with one sentence when it is not acceptable.

    ``max_side`` lets a JPEG decode directly at a smaller scale (a QR photo, a logo)."""
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
                    f"The {what} is a {im.format or 'unknown'} image; use {' or '.join(formats)}."
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
