"""Charts of the overview, as PNG images: the Overview page shows them and the report PDF
embeds them, so both are the same pictures.

Each chart is a reportlab ``Drawing`` built with reportlab's own chart package (reportlab is
the PDF library already: the bundle grows by nothing), written to SVG (``renderSVG``) and drawn
by resvg with the fonts Badgesmith ships, never the system's, so a cohort's name in any script
looks the same on every machine. Labels are shaped and ordered as the certificates' text is
(``fonts.display_text``: Arabic joined, right-to-left runs reordered) and each run is drawn in the
first face of the fallback chain that has its letters (``fonts.split_runs``): resvg only draws
them. reportlab only ever places text by its start, measured here with the shipped fonts' own
widths (``fonts.runs_width``), so no label depends on reportlab's one-font measurements. A chart
for a right-to-left page is mirrored (``rtl``): its labels are not.

The callers give every text already written in their language (labels, figures, percentages):
this module draws, it never words anything.
"""

from __future__ import annotations

import html
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import resvg_py
from PIL import Image
from reportlab.graphics import renderSVG
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Group, Rect, String
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


class _Page:
    """A chart's drawing and the side its lines start from. Everything is placed as in a
    left-to-right chart; on a right-to-left one (``rtl``) the bars and axes are drawn mirrored and
    each label is set at the mirrored place, its letters not mirrored."""

    def __init__(self, width: float, height: float, background: str, rtl: bool) -> None:
        self.d = Drawing(width, height)
        self.d.add(Rect(0, 0, width, height, fillColor=HexColor(background), strokeColor=None))
        self.rtl = rtl
        self.shapes = Group(transform=(-1, 0, 0, 1, width, 0) if rtl else (1, 0, 0, 1, 0, 0))
        self.d.add(self.shapes)

    def label(self, x: float, y: float, text: str, size: float, colour: str, anchor: str = "start",
              face: str = FACE) -> None:
        """``text`` placed by its ``anchor`` ("start", "middle" or "end" of a left-to-right line) at
        ``x``, ``y`` (the baseline)."""
        if self.rtl:
            x, anchor = self.d.width - x, {"start": "end", "end": "start"}.get(anchor, anchor)
        # a label with no letter of its own direction (a figure, a percentage) follows the chart's
        base = fonts.base_direction(text, "R" if self.rtl else "L")
        self.d.add(_string(x, y, text, size, colour, anchor=anchor, face=face, base=base))


def _string(x: float, y: float, text: str, size: float, colour: str, *, anchor: str = "start",
            face: str = FACE, base: str | None = None) -> String:
    """A label placed by its left end, its text already in display order (``fonts.display_text``,
    split into runs by font when written to SVG, see ``_runs_svg``); ``anchor`` "middle" or "end"
    is worked out here with the shipped fonts' widths."""
    if anchor != "start":
        w = text_width(text, size, face)
        x -= w / 2 if anchor == "middle" else w
    return String(x, y, fonts.display_text(text, base), fontName=face, fontSize=size, fillColor=HexColor(colour),
                  textAnchor="start")


def _nice_top(value: float) -> tuple[int, int]:
    """An axis top at or above ``value`` and a whole-number step giving at most 6 intervals."""
    top = max(1, int(value) + (0 if float(value).is_integer() else 1))
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if top <= step * 6:
            return -(-top // step) * step, step
    step = 10 ** len(str(top // 6))
    return -(-top // step) * step, step


def month_chart(labels: Sequence[str], counts: Sequence[int], colours: ChartColours = PRINT_COLOURS,
                width: float = WIDTH, height: float = MONTHS_HEIGHT, *, rtl: bool = False) -> Drawing:
    """Vertical bars, one per month; ``labels`` under them (a label may hold a second line after
    "\\n", e.g. the year), each bar's count above it. ``rtl``: the months run from the right, the
    counts' axis stands at the right."""
    page = _Page(width, height, colours.background, rtl)
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
    v.visibleLabels = 0  # drawn below, where a right-to-left chart wants them
    v.strokeColor = HexColor(colours.axis)
    v.visibleGrid, v.gridStrokeColor, v.gridStrokeWidth = 1, HexColor(colours.grid), 0.5
    page.shapes.add(c)
    for value in range(0, top + 1, step):
        page.label(c.x - 5, c.y + c.height * value / top - 8 * 0.35, str(value), 8, colours.text, anchor="end")
    n = max(1, len(counts))
    slot = c.width / n
    for i, (label, count) in enumerate(zip(labels, counts, strict=True)):
        cx = c.x + (i + 0.5) * slot
        for line_no, line in enumerate(label.split("\n")[:2]):
            text, size = fitted(line, slot - 2, 7.5)
            page.label(cx, c.y - 11 - 9 * line_no, text, size, colours.text if line_no == 0 else colours.axis,
                       anchor="middle")
        if count:
            page.label(cx, c.y + c.height * count / top + 3, str(count), 7.5, colours.text, anchor="middle")
    return page.d


def share_chart(rows: Sequence[ShareRow], colours: ChartColours = PRINT_COLOURS, width: float = WIDTH,
                percent_text: Callable[[float], str] = lambda v: f"{v:g}%", *, rtl: bool = False) -> Drawing:
    """Horizontal bars from 0 to 100 %, one per row, top to bottom: the row's label at the left,
    its figure at the right; ``percent_text`` writes the axis's percentages. ``rtl``: the label at
    the right, the bars growing leftwards, the figure at the left."""
    n = max(1, len(rows))
    label_w = width * 0.36
    figure_w = max([text_width(r.figure, 8) for r in rows] + [40.0]) + 8
    figure_w = min(figure_w, width * 0.24)
    height = n * ROW + 30
    page = _Page(width, height, colours.background, rtl)
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
    v.visibleLabels = 0  # drawn below, where a right-to-left chart wants them
    v.strokeColor = HexColor(colours.axis)
    v.visibleGrid, v.gridStrokeColor, v.gridStrokeWidth = 1, HexColor(colours.grid), 0.5
    for i in range(len(rows)):  # the whole 100 % behind each bar, so a short bar still reads as a share
        y = c.y + c.height - (i + 1) * ROW + c.groupSpacing / 2
        page.shapes.add(Rect(c.x, y, c.width, ROW - c.groupSpacing, fillColor=HexColor(colours.track),
                             strokeColor=None))
    page.shapes.add(c)
    for value in range(0, 101, 25):
        page.label(c.x + c.width * value / 100, c.y - 5 - 7.5 * 0.9, percent_text(value), 7.5, colours.text,
                   anchor="middle")
    for i, r in enumerate(rows):
        cy = c.y + c.height - (i + 0.5) * ROW - 3
        text, size = fitted(r.label, label_w - 4, 8.5)
        page.label(2, cy, text, size, colours.text)
        text, size = fitted(r.figure, figure_w - 4, 8)
        page.label(width - figure_w + 4, cy, text, size, colours.text)
    return page.d


# A label's text goes to resvg in display order with each run in a face that has its letters:
# resvg's own bidi would reorder it again (an override keeps its order) and its font fallback
# does not reach every character (an Arabic label's "—" came out as a box).
_LRO, _PDF = "\u202d", "\u202c"
_RUN_FAMILIES: dict[str, tuple[str, str]] = {
    "NotoSans-Regular": ("Noto Sans", "normal"), "NotoSans-Bold": ("Noto Sans", "bold"),
    "NotoSansArabic-Regular": ("Noto Sans Arabic", "normal"), "NotoSansArabic-Bold": ("Noto Sans Arabic", "bold"),
    "NotoSansHebrew-Regular": ("Noto Sans Hebrew", "normal"), "NotoSansHebrew-Bold": ("Noto Sans Hebrew", "bold"),
    "DroidSansFallback": ("Droid Sans Fallback", "normal"),
}
_TEXT = re.compile(r"(<text\b[^>]*>)([^<]*)(</text>)")


def _runs_svg(svg_text: str) -> str:
    """Each <text> of reportlab's SVG (its content display-ordered) as one <tspan> per run of one
    face (``fonts.split_runs``), held in display order by a left-to-right override."""

    def runs(m: re.Match[str]) -> str:
        face = BOLD if "font-weight: bold" in m.group(1) else FACE
        spans = []
        for run in fonts.split_runs(html.unescape(m.group(2)), face):
            family, weight = _RUN_FAMILIES[run.font]
            spans.append(f'<tspan font-family="{family}" font-weight="{weight}">'
                         f"{html.escape(run.text, quote=False)}</tspan>")
        return f"{m.group(1)}{_LRO}{''.join(spans)}{_PDF}{m.group(3)}"

    return _TEXT.sub(runs, svg_text)


def svg(drawing: Drawing) -> str:
    """The drawing as SVG text, its faces named by the families resvg finds in the shipped fonts."""
    fonts.ensure_faces(FACE, BOLD)  # reportlab measures with them while it lays the chart out
    return _runs_svg(str(renderSVG.drawToString(drawing, fontHacks=_FONT_HACKS)))


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
