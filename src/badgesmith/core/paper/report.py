"""The overview report as a PDF, for a provider's annual quality review or an accreditor: a
title with the issuer and the period, then sections, each a chart (a PNG from ``charts``) with
its figures as a small table under it, and the date it was made.

The report is written in the issuer's language: its words live in
``resources/reports/<lang>.json`` (``report_words``; a key missing there is taken from English),
its dates in the certificates' words for that language. Text is set as the certificates set theirs
(``render.fit_text``: wrapped in reading order, then each line ordered for display, each run in the
first face of the fallback chain that has its letters), so a name in any script prints and an
Arabic paragraph's lines come in order; a right-to-left language mirrors the page.
"""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Image,
    KeepTogether,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from badgesmith.core.languages import ENGLISH, RIGHT_TO_LEFT, SHIPPED
from badgesmith.core.paper import fonts
from badgesmith.core.paper.render import LEADING, Rect, TextStyle, draw_text, fit_text
from badgesmith.core.paper.templates import wording_preset
from badgesmith.resources import ResourceNotFound, resource_path

log = logging.getLogger(__name__)

BODY = "NotoSans-Regular"
BOLD = "NotoSans-Bold"
TITLE = "NotoSerif-Bold"
PRIMARY, TEXT, MUTED, RULE, BAND = "#1F3A5F", "#222222", "#5F5F5F", "#C9CDD3", "#EEF0F3"
PAGE = (210 * mm, 297 * mm)  # A4 portrait: a report reads down the page
MARGIN = 18 * mm


# ---------------------------------------------------------------------------- words


@dataclass(frozen=True)
class ReportWords:
    """The report's words in one language, and how that language writes a date."""

    language: str
    words: dict[str, Any]
    months: tuple[str, ...]
    date_pattern: str

    def __getitem__(self, key: str) -> str:
        return str(self.words[key])

    def short_month(self, month: int) -> str:
        return str(self.words["short_months"][month - 1])

    def date(self, day: date) -> str:
        return self.date_pattern.format(day=day.day, month=self.months[day.month - 1], year=day.year)

    def month(self, year: int, month: int) -> str:
        """The month inside a sentence ("Od grudnia 2025 …"), as a date writes it."""
        return self["month_year"].format(month=self.months[month - 1], year=year)

    def month_alone(self, year: int, month: int) -> str:
        """The month on its own, as a table row names it: languages whose dates decline the month
        (Polish "stycznia") give the nominative ("styczeń") as ``standalone_months``."""
        alone = self.words.get("standalone_months")
        name = alone[month - 1] if isinstance(alone, list) and len(alone) == 12 else self.months[month - 1]
        return self["month_year"].format(month=name, year=year)

    @property
    def rtl(self) -> bool:
        """The language is written right to left."""
        return self.language in RIGHT_TO_LEFT


@cache
def _words_file(language: str) -> dict[str, Any]:
    try:
        doc = json.loads(resource_path("reports", f"{language}.json").read_text(encoding="utf-8"))
        words = doc["words"]
        if not isinstance(words, dict):
            raise TypeError("words is not an object")
        return words
    except (ResourceNotFound, OSError, ValueError, KeyError, TypeError) as exc:
        # a damaged install still writes the report: in English rather than not at all
        log.warning("The %s report words cannot be read (%s); using English.", language, exc)
        return {}


def report_words(language: str) -> ReportWords:
    """The words of ``language`` (English for a language Badgesmith does not ship), each missing
    one taken from English."""
    language = language if language in SHIPPED else ENGLISH
    english = _words_file(ENGLISH)
    words = {**english, **_words_file(language)} if language != ENGLISH else dict(english)
    if len(words.get("short_months", ())) != 12:
        words["short_months"] = english["short_months"]
    preset = wording_preset("classic", language)  # the certificates' months and date pattern
    return ReportWords(language, words, tuple(preset["months"]), str(preset["date_pattern"]))


# ---------------------------------------------------------------------------- content


@dataclass(frozen=True)
class ReportTable:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]  # shares of the text width
    numeric: frozenset[int] = frozenset()  # columns set to the right
    total: tuple[str, ...] | None = None  # a last row, in bold


@dataclass(frozen=True)
class ReportChart:
    png: bytes
    width: float  # points
    height: float


@dataclass(frozen=True)
class ReportSection:
    title: str
    note: str = ""  # a sentence under the title (what the figures mean, or why there are none)
    charts: tuple[ReportChart, ...] = ()
    table: ReportTable | None = None


@dataclass(frozen=True)
class ReportData:
    issuer_name: str
    title: str
    period: str
    generated: str  # "Generated on 30 November 2026"
    page: str  # "Page {page}"
    sections: tuple[ReportSection, ...]
    rtl: bool = False  # the language is written right to left: the page is mirrored


# ---------------------------------------------------------------------------- drawing

MAX_LINES = 200  # a paragraph or a cell is never cut: it takes the lines it needs


@dataclass(frozen=True)
class _Look:
    face: str
    size: float
    colour: str = TEXT
    end: bool = False  # set at the end of the line (figures), not at its start
    before: float = 0
    after: float = 0


STYLES = {
    "issuer": _Look(TITLE, 20, PRIMARY, after=4),
    "title": _Look(BOLD, 13, TEXT, after=2),
    "meta": _Look(BODY, 9, MUTED, after=2),
    "section": _Look(BOLD, 12, PRIMARY, before=14, after=4),
    "note": _Look(BODY, 8.5, MUTED, after=6),
    "cell": _Look(BODY, 8),
    "cell_right": _Look(BODY, 8, end=True),
    "head": _Look(BOLD, 7.5, MUTED),
    "head_right": _Look(BOLD, 7.5, MUTED, end=True),
    "total": _Look(BOLD, 8),
    "total_right": _Look(BOLD, 8, end=True),
}


def _text_style(look: _Look, text: str, rtl: bool, *, own: bool = True, lines: int = MAX_LINES) -> TextStyle:
    """How the certificates would set ``text`` on a page going ``rtl``: from the start of the line
    (the right on a right-to-left page), in the text's own direction (``own``: a name typed in
    Hebrew goes right to left on an English page) or else the page's."""
    page = "R" if rtl else "L"
    return TextStyle(look.face, look.size, look.colour, max_lines=lines, align="right" if look.end != rtl else "left",
                     prefer_single_line=False, base=fonts.base_direction(text, page) if own else page)


class _Text(Flowable):
    """A paragraph set the way the certificates set theirs (``render.fit_text``): wrapped in the
    order it is read, then each line ordered for display in the paragraph's direction, so an
    Arabic paragraph's second line comes under its first; each run in a face that has its
    letters."""

    def __init__(self, text: str, look: _Look, rtl: bool) -> None:
        super().__init__()
        self.text = text
        self.spaceBefore, self.spaceAfter = look.before, look.after
        self.style = _text_style(look, text, rtl)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        size = self.style.size
        self.placed = fit_text("report", self.text, Rect(0, 0, avail_width, MAX_LINES * size * LEADING), self.style)
        self.width, self.height = avail_width, len(self.placed.lines) * size * LEADING
        return self.width, self.height

    def draw(self) -> None:
        draw_text(self.canv, replace(self.placed, box=Rect(0, 0, self.width, self.height)))


def _p(text: str, style: str, rtl: bool) -> _Text:
    return _Text(text, STYLES[style], rtl)


def _table(t: ReportTable, width: float, rtl: bool) -> Table:
    order = range(len(t.header) - 1, -1, -1) if rtl else range(len(t.header))  # the first column at the start

    def cells(row: Sequence[str], kind: str) -> list[_Text]:
        return [_p(row[i], f"{kind}_right" if i in t.numeric else kind, rtl) for i in order]

    data = [cells(t.header, "head")] + [cells(r, "cell") for r in t.rows]
    if t.total is not None:
        data.append(cells(t.total, "total"))
    table = Table(data, colWidths=[width * t.widths[i] for i in order], repeatRows=1, hAlign=_start(rtl))
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2.5),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5), ("LEFTPADDING", (0, 0), (-1, -1), 4),
             ("RIGHTPADDING", (0, 0), (-1, -1), 4), ("LINEBELOW", (0, 0), (-1, 0), 0.8, HexColor(PRIMARY)),
             ("LINEBELOW", (0, 1), (-1, -1), 0.3, HexColor(RULE))]
    style += [("BACKGROUND", (0, r), (-1, r), HexColor(BAND)) for r in range(2, len(data), 2)]
    if t.total is not None:
        style.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, HexColor(PRIMARY)))
    table.setStyle(TableStyle(style))
    return table


def _start(rtl: bool) -> str:
    return "RIGHT" if rtl else "LEFT"


def _chart(c: ReportChart, width: float, rtl: bool) -> Image:
    scale = min(1.0, width / c.width)
    return Image(io.BytesIO(c.png), width=c.width * scale, height=c.height * scale, hAlign=_start(rtl))


def _story(data: ReportData, width: float) -> list[Flowable]:
    rtl = data.rtl
    story: list[Flowable] = [_p(data.issuer_name, "issuer", rtl), _p(data.title, "title", rtl),
                             _p(data.period, "meta", rtl), _p(data.generated, "meta", rtl)]
    for section in data.sections:
        head: list[Flowable] = [_p(section.title, "section", rtl)]
        if section.note:
            head.append(_p(section.note, "note", rtl))
        if section.charts:  # the title stays with the first chart
            head.append(_chart(section.charts[0], width, rtl))
        story.append(KeepTogether(head))
        story += [_chart(c, width, rtl) for c in section.charts[1:]]
        if section.table is not None and section.table.rows:
            story += [Spacer(1, 6), _table(section.table, width, rtl)]
    return story


def _footer_text(canvas: Canvas, text: str, box: Rect, look: _Look, rtl: bool) -> None:
    """One line, shrunk or cut to fit ``box``; in the page's direction (it starts with a name)."""
    style = replace(_text_style(look, text, rtl, own=False, lines=1), prefer_single_line=True)
    draw_text(canvas, fit_text("report_footer", text, box, style))


def render_report(data: ReportData) -> bytes:
    """The report as PDF bytes, A4 portrait, fonts embedded as subsets."""
    fonts.register_fonts()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN + 6, title=f"{data.title} – {data.issuer_name}",
                            author=data.issuer_name, subject=f"{data.title}, {data.period}", creator="Badgesmith")
    inner = PAGE[0] - 2 * MARGIN

    def footer(canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        y = MARGIN - 4
        canvas.setStrokeColor(HexColor(RULE))
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, y + 10, PAGE[0] - MARGIN, y + 10)
        wide, narrow = inner * 0.8, inner * 0.2
        # the running title at the start of the line, the page number at its end
        title_x, page_x = (MARGIN + narrow, MARGIN) if data.rtl else (MARGIN, MARGIN + wide)
        look = STYLES["note"]
        _footer_text(canvas, f"{data.issuer_name} · {data.title} · {data.period}", Rect(title_x, y - 4, wide, 11),
                     look, data.rtl)
        _footer_text(canvas, data.page.format(page=canvas.getPageNumber()), Rect(page_x, y - 4, narrow, 11),
                     replace(look, end=True), data.rtl)
        canvas.restoreState()

    doc.build(_story(data, inner), onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()
