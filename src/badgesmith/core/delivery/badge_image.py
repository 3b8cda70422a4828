"""The badge image of a credential: the achievement's own image, or a default drawn from the
achievement's name in the certificate design's colours.

The default is an SVG (a rosette: a ring of points, a disc, the name in up to three lines and the
initials); the PNG is that SVG drawn by resvg with the fonts Badgesmith ships, so it looks the
same on every machine."""

from __future__ import annotations

import base64
import html
import io
import math
import textwrap
from functools import lru_cache

import resvg_py
from PIL import Image

from badgesmith.core.paper.images import image_format, open_image
from badgesmith.core.paper.templates import Colours
from badgesmith.resources import resource_path

BADGE_PX = 512
_FONT_FILES = ("NotoSans-Bold.ttf", "NotoSans-Regular.ttf", "NotoSansArabic-Bold.ttf",
               "NotoSansHebrew-Bold.ttf", "DroidSansFallbackFull.ttf")


def _lines(name: str) -> list[str]:
    lines = textwrap.wrap(" ".join(name.split()), width=18, break_long_words=True) or [""]
    if len(lines) > 3:
        lines = lines[:3]
        lines[2] = lines[2][:17].rstrip() + "…"
    return lines


def _initials(name: str) -> str:
    words = [w for w in name.split() if w[:1].isalnum()]
    return "".join(w[0] for w in words[:3]).upper() or "★"


def default_badge_svg(name: str, colours: Colours) -> bytes:
    """A 512 x 512 SVG badge for an achievement that has no image of its own."""

    points = []
    for i in range(48):  # the rosette's serrated edge
        r = 250 if i % 2 == 0 else 232
        a = math.pi * 2 * i / 48
        points.append(f"{256 + r * math.cos(a):.1f},{256 + r * math.sin(a):.1f}")
    lines = _lines(name)
    size = 40 if max(len(line) for line in lines) <= 12 else 31
    first_y = 300 - (len(lines) - 1) * size * 0.6
    text = "".join(
        f'<text x="256" y="{first_y + i * size * 1.2:.0f}" font-size="{size}" font-weight="bold" '
        f'text-anchor="middle" fill="{colours.paper}">{html.escape(line)}</text>'
        for i, line in enumerate(lines))
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">'
        f'<polygon points="{" ".join(points)}" fill="{colours.accent}"/>'
        f'<circle cx="256" cy="256" r="212" fill="{colours.primary}"/>'
        f'<circle cx="256" cy="256" r="196" fill="none" stroke="{colours.accent}" stroke-width="4"/>'
        f'<text x="256" y="190" font-size="64" font-weight="bold" text-anchor="middle" '
        f'fill="{colours.accent}">{html.escape(_initials(name))}</text>'
        f'<g font-family="Noto Sans, Noto Sans Arabic, Noto Sans Hebrew, Droid Sans Fallback, sans-serif">'
        f"{text}</g></svg>"
    )
    return svg.encode("utf-8")


@lru_cache(maxsize=1)
def _font_files() -> list[str]:
    folder = resource_path("fonts")
    return [str(folder / f) for f in _FONT_FILES if (folder / f).exists()]


def svg_to_png(svg: bytes, side: int = BADGE_PX) -> bytes:
    return bytes(resvg_py.svg_to_bytes(svg_string=svg.decode("utf-8"), width=side, skip_system_fonts=True,
                                       font_files=_font_files(), font_family="Noto Sans"))


@lru_cache(maxsize=16)  # one achievement's badge serves its whole cohort
def badge_images(image: bytes | None, name: str, colours: Colours) -> tuple[bytes, bytes]:
    """(PNG, SVG) to bake: the achievement's image when it has one, else the default badge.

    A PNG image is kept as it is (baking adds a chunk, never re-encodes); a JPEG becomes a PNG; an
    SVG image is kept for the SVG badge and drawn for the PNG. Where the achievement's image is
    raster, the SVG badge wraps it (an <image> with the PNG as a data: URI)."""
    if image is None:
        svg = default_badge_svg(name, colours)
        return svg_to_png(svg), svg
    kind = image_format(image)
    if kind == "SVG":
        return svg_to_png(image), image
    if kind == "PNG":
        png = image
    else:
        buf = io.BytesIO()
        open_image(image, "badge image", max_side=BADGE_PX * 2).save(buf, format="PNG")
        png = buf.getvalue()
    with Image.open(io.BytesIO(png)) as im:
        w, h = im.size

    uri = "data:image/png;base64," + base64.b64encode(png).decode("ascii")
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
           f'width="{w}" height="{h}" viewBox="0 0 {w} {h}"><image width="{w}" height="{h}" '
           f'xlink:href="{uri}"/></svg>').encode("ascii")
    return png, svg
