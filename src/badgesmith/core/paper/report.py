"""The overview report as a PDF, for a provider's annual quality review or an accreditor: a
title with the issuer and the period, then sections, each a chart (a PNG from ``charts``) with
its figures as a small table under it, and the date it was made.

The report is written in the issuer's language: its words live in
``resources/reports/<lang>.json`` (``report_words``; a key missing there is taken from English),
its dates in the certificates' words for that language. Text is set with the certificates' fonts
and fallback chain (``fonts.runs_for``), so a name in any script prints.
"""

from __future__ import annotations

import html
import io
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from badgesmith.core.languages import ENGLISH, SHIPPED
from badgesmith.core.paper import fonts
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


# ---------------------------------------------------------------------------- drawing


def _markup(text: str, face: str) -> str:
    """``text`` as Paragraph markup: each run in the first font of the chain that has its letters,
    right-to-left runs in display order (``fonts.runs_for``)."""
    return "".join(f'<font name="{run.font}">{html.escape(run.text, quote=False)}</font>'
                   for run in fonts.runs_for(text, face))


def _style(name: str, face: str, size: float, colour: str = TEXT, *, align: int = TA_LEFT,
           before: float = 0, after: float = 0) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=face, fontSize=size, leading=size * 1.3, textColor=HexColor(colour),
                          alignment=align, spaceBefore=before, spaceAfter=after)


STYLES = {
    "issuer": _style("issuer", TITLE, 20, PRIMARY, after=4),
    "title": _style("title", BOLD, 13, TEXT, after=2),
    "meta": _style("meta", BODY, 9, MUTED, after=2),
    "section": _style("section", BOLD, 12, PRIMARY, before=14, after=4),
    "note": _style("note", BODY, 8.5, MUTED, after=6),
    "cell": _style("cell", BODY, 8),
    "cell_right": _style("cell_right", BODY, 8, align=TA_RIGHT),
    "head": _style("head", BOLD, 7.5, MUTED),
    "head_right": _style("head_right", BOLD, 7.5, MUTED, align=TA_RIGHT),
    "total": _style("total", BOLD, 8),
    "total_right": _style("total_right", BOLD, 8, align=TA_RIGHT),
}


def _p(text: str, style: str) -> Paragraph:
    s = STYLES[style]
    return Paragraph(_markup(text, s.fontName), s)


def _table(t: ReportTable, width: float) -> Table:
    def cells(row: Sequence[str], kind: str) -> list[Paragraph]:
        return [_p(text, f"{kind}_right" if i in t.numeric else kind) for i, text in enumerate(row)]

    data = [cells(t.header, "head")] + [cells(r, "cell") for r in t.rows]
    if t.total is not None:
        data.append(cells(t.total, "total"))
    table = Table(data, colWidths=[width * w for w in t.widths], repeatRows=1, hAlign="LEFT")
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2.5),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5), ("LEFTPADDING", (0, 0), (-1, -1), 4),
             ("RIGHTPADDING", (0, 0), (-1, -1), 4), ("LINEBELOW", (0, 0), (-1, 0), 0.8, HexColor(PRIMARY)),
             ("LINEBELOW", (0, 1), (-1, -1), 0.3, HexColor(RULE))]
    style += [("BACKGROUND", (0, r), (-1, r), HexColor(BAND)) for r in range(2, len(data), 2)]
    if t.total is not None:
        style.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, HexColor(PRIMARY)))
    table.setStyle(TableStyle(style))
    return table


def _chart(c: ReportChart, width: float) -> Image:
    scale = min(1.0, width / c.width)
    return Image(io.BytesIO(c.png), width=c.width * scale, height=c.height * scale, hAlign="LEFT")


def _story(data: ReportData, width: float) -> list[Flowable]:
    story: list[Flowable] = [_p(data.issuer_name, "issuer"), _p(data.title, "title"), _p(data.period, "meta"),
                             _p(data.generated, "meta")]
    for section in data.sections:
        head: list[Flowable] = [_p(section.title, "section")]
        if section.note:
            head.append(_p(section.note, "note"))
        if section.charts:  # the title stays with the first chart
            head.append(_chart(section.charts[0], width))
        story.append(KeepTogether(head))
        story += [_chart(c, width) for c in section.charts[1:]]
        if section.table is not None and section.table.rows:
            story += [Spacer(1, 6), _table(section.table, width)]
    return story


def render_report(data: ReportData) -> bytes:
    """The report as PDF bytes, A4 portrait, fonts embedded as subsets."""
    fonts.register_fonts()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN + 6, title=f"{data.title} – {data.issuer_name}",
                            author=data.issuer_name, subject=f"{data.title}, {data.period}", creator="Badgesmith")

    def footer(canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        y = MARGIN - 4
        canvas.setStrokeColor(HexColor(RULE))
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, y + 10, PAGE[0] - MARGIN, y + 10)
        left = Paragraph(_markup(f"{data.issuer_name} · {data.title} · {data.period}", BODY), STYLES["note"])
        left.wrapOn(canvas, (PAGE[0] - 2 * MARGIN) * 0.8, 20)
        left.drawOn(canvas, MARGIN, y - 2)
        right = Paragraph(_markup(data.page.format(page=canvas.getPageNumber()), BODY),
                          ParagraphStyle("page", parent=STYLES["note"], alignment=TA_RIGHT))
        right.wrapOn(canvas, (PAGE[0] - 2 * MARGIN) * 0.2, 20)
        right.drawOn(canvas, PAGE[0] - MARGIN - (PAGE[0] - 2 * MARGIN) * 0.2, y - 2)
        canvas.restoreState()

    doc.build(_story(data, PAGE[0] - 2 * MARGIN), onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()
