"""Charts of the overview, as PNG images: the Overview page shows them and the report PDF
embeds them, so both are the same pictures.

Each chart is a reportlab ``Drawing`` built with reportlab's own chart package (reportlab is
the PDF library already: the bundle grows by nothing), written to SVG (``renderSVG``) and drawn
by resvg with the fonts Badgesmith ships, never the system's, so a cohort's name in any script
looks the same on every machine. resvg shapes and orders the text itself (Arabic joined, right
to left); reportlab only ever places text by its start, measured here with the shipped fonts'
own widths (``fonts.runs_width``), so no label depends on reportlab's one-font measurements.

The callers give every text already written in their language (labels, figures, percentages):
this module draws, it never words anything.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import resvg_py
from PIL import Image
from reportlab.graphics import renderSVG
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib.colors import HexColor

from badgesmith.core.paper import fonts
from badgesmith.resources import resource_path

FACE = "NotoSans-Regular"
BOLD = "NotoSans-Bold"
SCALE = 2  # PNG pixels per point: sharp on a high-density screen, 144 dpi in print
WIDTH = 480.0  # points
MONTHS_HEIGHT = 210.0
ROW = 24.0  # one bar of a share chart
SHRINK = 0.8  # a label shrinks to fit its room down to this share of its size, then loses its end
# resvg looks fonts up by family: each reportlab face is named as the family list that covers
# every script (the first family that has a character draws it)
_FAMILIES = "Noto Sans, Noto Sans Arabic, Noto Sans Hebrew, Droid Sans Fallback"
_FONT_HACKS = {FACE: {"family": _FAMILIES}, BOLD: {"family": _FAMILIES, "weight": "bold"}}
_FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf",
               "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf", "DroidSansFallbackFull.ttf")


@dataclass(frozen=True)
class ChartColours:
    """Hex colours of a chart: print colours by default; the app passes its palette's."""

    background: str = "#FFFFFF"
    text: str = "#222222"
    axis: str = "#6B6B6B"
    grid: str = "#DADDE2"
    bar: str = "#1F3A5F"
    track: str = "#EEF0F3"  # behind a share bar: the whole 100 %


PRINT_COLOURS = ChartColours()


@dataclass(frozen=True)
class ShareRow:
    """One bar of a share chart: what it is, its share (0-100) and the figure written beside it."""

    label: str
    percent: float
    figure: str


def text_width(text: str, size: float, face: str = FACE) -> float:
    """Width of ``text`` in points as drawn with the shipped fonts (fallback faces included)."""
    fonts.register_fonts()
    return fonts.runs_width(fonts.runs_for(text, face), size)


def fitted(text: str, room: float, size: float, face: str = FACE) -> tuple[str, float]:
    """``text`` at ``size``, or a little smaller (``SHRINK``), or cut with "…", to fit ``room``."""
    text = fonts.clean_text(text)
    least = size * SHRINK
    while size > least and text_width(text, size, face) > room:
        size = max(least, size - 0.5)
    if text_width(text, size, face) <= room:
        return text, size
    lo, hi = 0, len(text)
    while lo < hi:  # the longest start that fits with the ellipsis
        mid = (lo + hi + 1) // 2
        if text_width(text[:mid].rstrip() + "…", size, face) <= room:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…", size


def _string(x: float, y: float, text: str, size: float, colour: str, *, anchor: str = "start",
            face: str = FACE) -> String:
    """A label placed by its start (see the module docstring): ``anchor`` "middle" or "end" is
    worked out here with the shipped fonts' widths."""
    if anchor != "start":
        w = text_width(text, size, face)
        x -= w / 2 if anchor == "middle" else w
    return String(x, y, text, fontName=face, fontSize=size, fillColor=HexColor(colour), textAnchor="start")


def _nice_top(value: float) -> tuple[int, int]:
    """An axis top at or above ``value`` and a whole-number step giving at most 6 intervals."""
    top = max(1, int(value) + (0 if float(value).is_integer() else 1))
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if top <= step * 6:
            return -(-top // step) * step, step
    step = 10 ** len(str(top // 6))
    return -(-top // step) * step, step


def month_chart(labels: Sequence[str], counts: Sequence[int], colours: ChartColours = PRINT_COLOURS,
                width: float = WIDTH, height: float = MONTHS_HEIGHT) -> Drawing:
    """Vertical bars, one per month; ``labels`` under them (a label may hold a second line after
    "\\n", e.g. the year), each bar's count above it."""
    d = Drawing(width, height)
    d.add(Rect(0, 0, width, height, fillColor=HexColor(colours.background), strokeColor=None))
    top, step = _nice_top(max(counts, default=0))
    axis_w = max(text_width(str(top), 8) + 8, 22)
    c = VerticalBarChart()
    c.x, c.y, c.width, c.height = axis_w, 30, width - axis_w - 6, height - 44
    c.data = [list(counts) or [0]]
    c.bars[0].fillColor = HexColor(colours.bar)
    c.bars[0].strokeColor = None
    c.barSpacing, c.groupSpacing = 0, 6
    c.categoryAxis.visibleLabels = 0
    c.categoryAxis.strokeColor = HexColor(colours.axis)
    c.categoryAxis.visibleTicks = 0
    v = c.valueAxis
    v.valueMin, v.valueMax, v.valueStep = 0, top, step
    v.labels.fontName, v.labels.fontSize, v.labels.fillColor = FACE, 8, HexColor(colours.text)
    v.labelTextFormat = "%d"
    v.strokeColor = HexColor(colours.axis)
    v.visibleGrid, v.gridStrokeColor, v.gridStrokeWidth = 1, HexColor(colours.grid), 0.5
    d.add(c)
    n = max(1, len(counts))
    slot = c.width / n
    for i, (label, count) in enumerate(zip(labels, counts, strict=True)):
        cx = c.x + (i + 0.5) * slot
        for line_no, line in enumerate(label.split("\n")[:2]):
            text, size = fitted(line, slot - 2, 7.5)
            d.add(_string(cx, c.y - 11 - 9 * line_no, text, size, colours.text if line_no == 0 else colours.axis,
                          anchor="middle"))
        if count:
            d.add(_string(cx, c.y + c.height * count / top + 3, str(count), 7.5, colours.text, anchor="middle"))
    return d


def share_chart(rows: Sequence[ShareRow], colours: ChartColours = PRINT_COLOURS, width: float = WIDTH,
                percent_text: Callable[[float], str] = lambda v: f"{v:g}%") -> Drawing:
    """Horizontal bars from 0 to 100 %, one per row, top to bottom: the row's label at the left,
    its figure at the right; ``percent_text`` writes the axis's percentages."""
    n = max(1, len(rows))
    label_w = width * 0.36
    figure_w = max([text_width(r.figure, 8) for r in rows] + [40.0]) + 8
    figure_w = min(figure_w, width * 0.24)
    height = n * ROW + 30
    d = Drawing(width, height)
    d.add(Rect(0, 0, width, height, fillColor=HexColor(colours.background), strokeColor=None))
    c = HorizontalBarChart()
    c.x, c.y, c.width, c.height = label_w + 6, 20, width - label_w - figure_w - 14, n * ROW
    c.data = [[max(0.0, min(100.0, r.percent)) for r in rows] or [0.0]]
    c.bars[0].fillColor = HexColor(colours.bar)
    c.bars[0].strokeColor = None
    c.barSpacing, c.groupSpacing = 0, 7
    c.categoryAxis.reverseDirection = 1  # the first row at the top
    c.categoryAxis.visibleLabels = 0
    c.categoryAxis.visibleTicks = 0
    c.categoryAxis.strokeColor = HexColor(colours.axis)
    v = c.valueAxis
    v.valueMin, v.valueMax, v.valueStep = 0, 100, 25
    v.labels.fontName, v.labels.fontSize, v.labels.fillColor = FACE, 7.5, HexColor(colours.text)
    v.labelTextFormat = percent_text
    v.strokeColor = HexColor(colours.axis)
    v.visibleGrid, v.gridStrokeColor, v.gridStrokeWidth = 1, HexColor(colours.grid), 0.5
    for i in range(len(rows)):  # the whole 100 % behind each bar, so a short bar still reads as a share
        y = c.y + c.height - (i + 1) * ROW + c.groupSpacing / 2
        d.add(Rect(c.x, y, c.width, ROW - c.groupSpacing, fillColor=HexColor(colours.track), strokeColor=None))
    d.add(c)
    for i, r in enumerate(rows):
        cy = c.y + c.height - (i + 0.5) * ROW - 3
        text, size = fitted(r.label, label_w - 4, 8.5)
        d.add(_string(2, cy, text, size, colours.text))
        text, size = fitted(r.figure, figure_w - 4, 8)
        d.add(_string(width - figure_w + 4, cy, text, size, colours.text))
    return d


def svg(drawing: Drawing) -> str:
    """The drawing as SVG text, its faces named by the families resvg finds in the shipped fonts."""
    fonts.register_fonts()  # reportlab measures with them while it lays the chart out
    return str(renderSVG.drawToString(drawing, fontHacks=_FONT_HACKS))


def png(drawing: Drawing) -> bytes:
    """The drawing as an opaque RGB PNG, ``SCALE`` pixels per point."""
    return _png(svg(drawing), round(drawing.width * SCALE))


@lru_cache(maxsize=1)
def _font_files() -> list[str]:
    folder = resource_path("fonts")
    return [str(folder / f) for f in _FONT_FILES]


@lru_cache(maxsize=32)  # the page redraws the same figures when it is shown again
def _png(svg_text: str, width_px: int) -> bytes:
    drawn = resvg_py.svg_to_bytes(svg_string=svg_text, width=width_px, skip_system_fonts=True,
                                  font_files=_font_files(), font_family="Noto Sans")
    image = Image.open(io.BytesIO(bytes(drawn))).convert("RGB")  # no alpha: one image in a PDF, not two
    out = io.BytesIO()
    image.save(out, "PNG", optimize=False)
    return out.getvalue()
