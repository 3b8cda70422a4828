"""The learner's whole record as a PDF transcript: a table of achievements, dates and results.

Built from the certificate renderer's pieces (``render``): the pages are planned first
(``plan_transcript``: one ``render.Plan`` per page, every text fitted in its box) and then
drawn. Like a certificate, the first page carries the signed QR claim and the issuer key's
fingerprint, the signed record (the CLR) travels inside as the attachment the verifier reads
(``pdfembed``), and the file leaves room for the seal (``pdfseal``). Portrait only: a table
reads down the page.

Rows are grouped: a row that other rows name as ``part_of`` (a pathway) is followed by those
rows, indented behind a bar (nested pathways deeper); a row whose pathway is not on the record
says which one it counts towards. A row never splits across pages, a pathway is never left
alone at the foot of a page, and every page repeats the table's header row.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

from badgesmith.core.paper import fonts as F
from badgesmith.core.paper.errors import UnrenderableTextError
from badgesmith.core.paper.pdfembed import attach_to_canvas
from badgesmith.core.paper.pdfseal import reserve_seal
from badgesmith.core.paper.render import (
    LEADING,
    MM,
    PlacedImage,
    PlacedText,
    Plan,
    Rect,
    Shape,
    TextStyle,
    assign_font_codes,
    check_text,
    draw_image,
    draw_qr,
    draw_shape,
    draw_text,
    fit_text,
    format_date,
    load_image,
    make_qr,
    page_size,
    qr_side,
)
from badgesmith.core.paper.templates import ENGLISH_MONTHS, Colours

TITLE_FACE = "NotoSerif-Bold"
NAME_FACE = "NotoSerif-Italic"
BODY_FACE = "NotoSerif-Regular"
SMALL_FACE = "NotoSans-Regular"
ATTACHMENT_DESCRIPTION = "Signed Comprehensive Learner Record (CLR 2.0) with the learner's credentials"
MAX_NAME_LINES = 8  # a 300-character name takes 6 at full size; longer ones shrink, then end in "…"
INDENT_LEVELS = 3  # deeper nesting is drawn at this depth: the name column must stay readable


@dataclass(frozen=True)
class TranscriptRow:
    """One achievement on the record."""

    achievement_name: str
    kind: str  # "Pathway" for a composite achievement, "" otherwise
    awarded: date
    valid_until: date | None = None
    result: str = ""  # "Score 87 / 100", "Completed", or nothing
    credential_id: str = ""
    part_of: str = ""  # the name of the pathway it counts towards, if any


@dataclass(frozen=True)
class TranscriptWording:
    achievement: str = "Achievement"
    awarded: str = "Awarded"
    valid_until: str = "Valid until"
    result: str = "Result"
    issued: str = "Issued"
    record_id: str = "Record ID"
    fingerprint: str = "Issuer key"
    scan_hint: str = "Scan to check this record"
    page: str = "Page {page} of {pages}"
    counts_towards: str = "Counts towards {pathway}"
    no_expiry: str = "No expiry"
    empty: str = "No achievements on this record yet."
    months: tuple[str, ...] = ENGLISH_MONTHS


@dataclass(frozen=True)
class TranscriptData:
    """Everything printed on a transcript (plain data; the logo as PNG/JPEG/SVG bytes)."""

    issuer_name: str
    learner_name: str
    issued_on: date
    rows: tuple[TranscriptRow, ...]
    qr_payload: str
    record: Mapping[str, Any] | None = None  # the signed CLR; embedded, with room for the seal
    record_name: str = "Learner record"
    issuer_logo: bytes | None = None
    key_fingerprint: str = ""
    record_id: str = ""
    paper: str = "A4"
    colours: Colours = field(default_factory=Colours)
    wording: TranscriptWording = field(default_factory=TranscriptWording)


@dataclass(frozen=True)
class Columns:
    """The table's columns as (x, width)."""

    name: tuple[float, float]
    awarded: tuple[float, float]
    valid: tuple[float, float]
    result: tuple[float, float]


@dataclass
class TranscriptPlan:
    width: float
    height: float
    columns: Columns
    pages: list[Plan]
    rows_on_page: list[list[int]]  # indices into data.rows, in printed order


@dataclass(frozen=True)
class _Row:
    """A measured row: its texts fitted at y = 0 (moved into place when the page is known)."""

    index: int
    depth: int
    group: bool  # a pathway: bold, on a tinted band
    height: float
    texts: tuple[PlacedText, ...]


# ---------------------------------------------------------------------------- planning


@dataclass
class _Geometry:
    data: TranscriptData
    W: float
    H: float
    k: float  # type scale: the page's width over A4's

    @property
    def x0(self) -> float:
        return 46 * self.k

    @property
    def x1(self) -> float:
        return self.W - 46 * self.k

    @property
    def top(self) -> float:
        return self.H - 42 * self.k

    @property
    def bottom(self) -> float:
        return 34 * self.k


def plan_transcript(data: TranscriptData) -> TranscriptPlan:
    """Where everything goes on every page; raises ``UnrenderableTextError`` /
    ``CertificateImageError`` before anything is drawn."""
    W, H = page_size(data.paper, "portrait")
    _check_texts(data)
    g = _Geometry(data, W, H, W / 595.0)
    k, col = g.k, data.colours
    gut, w_date, w_result = 10 * k, 80 * k, 88 * k
    w_name = g.x1 - g.x0 - 2 * w_date - w_result - 3 * gut
    xs = [g.x0, g.x0 + w_name + gut]
    xs += [xs[1] + w_date + gut, xs[1] + 2 * (w_date + gut)]
    cols = Columns((xs[0], w_name), (xs[1], w_date), (xs[2], w_date), (xs[3], w_result))
    rows = [_measure(data, cols, k, i, depth, group) for i, depth, group in _order(data.rows)]
    footer_top = g.bottom + 7 * k * LEADING + 6 * k
    pages: list[Plan] = []
    on_page: list[list[int]] = []
    y = 0.0
    for n, row in enumerate(rows):
        after = rows[n + 1] if n + 1 < len(rows) else None
        need = row.height + (after.height if row.group and after and after.depth > row.depth else 0)
        if not pages or (on_page[-1] and y - need < footer_top):
            pages.append(Plan(W, H))
            on_page.append([])
            y = _plan_table_head(g, pages[-1], cols, _plan_top(g, pages[-1], first=len(pages) == 1))
        _place_row(pages[-1], row, cols, y, k, col)
        on_page[-1].append(row.index)
        y -= row.height
    if not pages:
        pages.append(Plan(W, H))
        on_page.append([])
        y = _plan_table_head(g, pages[0], cols, _plan_top(g, pages[0], first=True))
        pages[0].texts.append(fit_text("empty", data.wording.empty, Rect(cols.name[0], y - 20 * k, g.x1 - g.x0, 14 * k),
                                       TextStyle(BODY_FACE, 9.5 * k, col.muted, align="left")))  # fmt: skip
    for number, plan in enumerate(pages, 1):
        _plan_footer(g, plan, number, len(pages))
    return TranscriptPlan(W, H, cols, pages, on_page)


def _check_texts(data: TranscriptData) -> None:
    if not F.clean_text(data.learner_name):
        raise UnrenderableTextError("learner name", data.learner_name, set(), "an empty name")
    check_text("learner name", data.learner_name, NAME_FACE)
    check_text("issuer name", data.issuer_name, TITLE_FACE)
    check_text("record name", data.record_name, TITLE_FACE)
    for row in data.rows:
        check_text("achievement name", row.achievement_name, TITLE_FACE)
        check_text("pathway name", row.part_of, SMALL_FACE)
        check_text(f"kind of {row.achievement_name!r}", row.kind, SMALL_FACE)
        check_text(f"result of {row.achievement_name!r}", row.result, SMALL_FACE)


def _order(rows: tuple[TranscriptRow, ...]) -> list[tuple[int, int, bool]]:
    """(row index, depth, is a group) in printed order: each pathway followed by its parts."""
    first_named: dict[str, int] = {}
    for i, r in enumerate(rows):
        first_named.setdefault(r.achievement_name, i)
    children: dict[int, list[int]] = {}
    nested: set[int] = set()
    for i, r in enumerate(rows):
        parent = first_named.get(r.part_of) if r.part_of else None
        if parent is not None and parent != i:
            children.setdefault(parent, []).append(i)
            nested.add(i)
    out: list[tuple[int, int, bool]] = []
    seen: set[int] = set()
    # top-level rows in the caller's order, then any caught in a part_of cycle (an upstream
    # defect, but every achievement is still printed, once)
    for root in [i for i in range(len(rows)) if i not in nested] + list(range(len(rows))):
        stack = [(root, 0)]
        while stack:
            i, depth = stack.pop()
            if i in seen:
                continue
            seen.add(i)
            out.append((i, depth, bool(children.get(i)) or bool(rows[i].kind)))
            stack.extend((c, depth + 1) for c in reversed(children.get(i, [])))
    return out


def _tight(pt: PlacedText, x: float, top: float) -> PlacedText:
    """The fitted text in a box just as tall as its lines, hung from ``top``."""
    h = max(1, len(pt.lines)) * pt.size * LEADING
    return replace(pt, box=Rect(x, top - h, pt.box.w, h))


def _measure(data: TranscriptData, cols: Columns, k: float, i: int, depth: int, group: bool) -> _Row:
    row, wd, col = data.rows[i], data.wording, data.colours
    pad = 5 * k
    indent = min(depth, INDENT_LEVELS) * 12 * k
    nx, nw = cols.name[0] + indent, cols.name[1] - indent
    name_size = 9.5 * k
    name = fit_text(f"row{i}_name", row.achievement_name, Rect(nx, 0, nw, MAX_NAME_LINES * name_size * LEADING),
                    TextStyle(TITLE_FACE if group else BODY_FACE, name_size, col.text, max_lines=MAX_NAME_LINES,
                              align="left", prefer_single_line=False))  # fmt: skip
    texts = [_tight(name, nx, -pad)]
    y = texts[0].box.y
    detail = [row.kind]
    if row.part_of and depth == 0:  # nested rows show their pathway by their place
        detail.append(wd.counts_towards.format(pathway=row.part_of))
    detail.append(row.credential_id)
    small = 6.8 * k
    shown = "  ·  ".join(d for d in detail if F.clean_text(d))
    if shown:
        fitted = fit_text(f"row{i}_detail", shown, Rect(nx, 0, nw, 3 * small * LEADING),
                          TextStyle(SMALL_FACE, small, col.muted, max_lines=3, align="left",
                                    prefer_single_line=False))  # fmt: skip
        texts.append(_tight(fitted, nx, y - 1.5 * k))
        y = texts[-1].box.y
    cell = TextStyle(SMALL_FACE, 8.5 * k, col.text, align="left")
    line_h = name_size * LEADING  # the cells' first lines sit on the name's first line
    valid = format_date(row.valid_until, wd.months) if row.valid_until else wd.no_expiry
    for fname, text, (x, w), colour in (
        ("awarded", format_date(row.awarded, wd.months), cols.awarded, col.text),
        ("valid", valid, cols.valid, col.text if row.valid_until else col.muted),
    ):
        texts.append(fit_text(f"row{i}_{fname}", text, Rect(x, -pad - line_h, w, line_h), replace(cell, colour=colour)))
    if F.clean_text(row.result):
        x, w = cols.result
        result = fit_text(f"row{i}_result", row.result, Rect(x, 0, w, 3 * line_h),
                          replace(cell, max_lines=3, prefer_single_line=False))
        texts.append(_tight(result, x, -pad - (line_h - result.size * LEADING) / 2))
        y = min(y, texts[-1].box.y)
    return _Row(i, depth, group, -y + pad, tuple(texts))


def _place_row(plan: Plan, row: _Row, cols: Columns, top: float, k: float, col: Colours) -> None:
    x0, x1 = cols.name[0], cols.result[0] + cols.result[1]
    bottom = top - row.height
    if row.group:
        plan.shapes.append(Shape("band", x0 - 4 * k, bottom, x1 + 4 * k, top, _tint(col.accent, 0.14)))
    for level in range(min(row.depth, INDENT_LEVELS)):  # one bar per pathway above it
        x = x0 + level * 12 * k + 3 * k
        plan.shapes.append(Shape("line", x, bottom + 2 * k, x, top - 2 * k, col.accent, 1.6 * k))
    plan.shapes.append(Shape("line", x0 - 4 * k, bottom, x1 + 4 * k, bottom, _tint(col.muted, 0.3), 0.4 * k))
    for pt in row.texts:
        plan.texts.append(replace(pt, box=Rect(pt.box.x, pt.box.y + top, pt.box.w, pt.box.h)))


def _plan_top(g: _Geometry, plan: Plan, *, first: bool) -> float:
    """The page's head: letterhead, title, learner and QR on the first page, one running line
    on the others; returns where the table starts."""
    data, k, col, wd = g.data, g.k, g.data.colours, g.data.wording
    w = g.x1 - g.x0
    if not first:
        style = TextStyle(SMALL_FACE, 8.5 * k, col.muted, min_size=6.5 * k, align="left")
        plan.texts.append(fit_text("running_title", f"{data.record_name} · {data.learner_name}",
                                   Rect(g.x0, g.top - 12 * k, w * 0.6, 12 * k), style))  # fmt: skip
        plan.texts.append(fit_text("running_issuer", data.issuer_name, Rect(g.x0 + w * 0.62, g.top - 12 * k, w * 0.38, 12 * k),
                                   replace(style, align="right")))  # fmt: skip
        plan.shapes.append(Shape("line", g.x0, g.top - 17 * k, g.x1, g.top - 17 * k, col.accent, 0.8 * k))
        return g.top - 34 * k
    cur = g.top
    logo_h, tx = 14 * MM * k, g.x0
    if data.issuer_logo is not None:
        iw, ih = load_image(data.issuer_logo, "issuer logo", max_px=480).getSize()
        lw = min(3 * logo_h, logo_h * iw / ih)
        plan.images.append(PlacedImage("issuer logo", data.issuer_logo, Rect(g.x0, cur - logo_h, lw, logo_h), "left",
                                       max_px=480))  # fmt: skip
        tx += lw + 12 * k
    head_h = logo_h if data.issuer_logo is not None else 26 * k
    plan.texts.append(fit_text("issuer", data.issuer_name, Rect(tx, cur - head_h, g.x1 - tx, head_h),
                               TextStyle(TITLE_FACE, 14 * k, col.primary, min_size=10 * k, max_lines=2, align="left")))  # fmt: skip
    cur -= head_h + 9 * k
    plan.shapes.append(Shape("ornament", g.x0, cur, g.x1, cur, col.accent, 0.8 * k))
    cur -= 20 * k
    # the QR at the right, its hint and the key's fingerprint under it
    qr = make_qr(data.qr_payload)
    side = qr_side(qr)
    quiet = 4 * side / len(qr.matrix)
    plan.qr, plan.qr_matrix = Rect(g.x1 - side, cur - side, side, side), qr
    under = Rect(g.x1 - side - quiet, 0, side + 2 * quiet, 0)
    hint = TextStyle(SMALL_FACE, 7.5 * k, col.muted, min_size=5.5 * k)
    qy = cur - side - quiet - 2 * k
    plan.texts.append(fit_text("qr_hint", wd.scan_hint, Rect(under.x, qy - 10 * k, under.w, 10 * k), hint))
    qy -= 10 * k
    if data.key_fingerprint:
        fp = f"{wd.fingerprint}: {data.key_fingerprint}"
        plan.texts.append(fit_text("fingerprint", fp, Rect(under.x, qy - 9 * k, under.w, 9 * k),
                                   replace(hint, size=6.4 * k, min_size=4.5 * k)))  # fmt: skip
        qy -= 9 * k
    # the title, the learner and the date at the left
    lw = under.x - 18 * k - g.x0
    for fname, text, style, gap in (
        ("title", data.record_name, TextStyle(TITLE_FACE, 24 * k, col.primary, min_size=16 * k, max_lines=2, align="left"), 0.0),
        ("learner", data.learner_name, TextStyle(NAME_FACE, 21 * k, col.text, min_size=14 * k, max_lines=2, align="left"), 8 * k),
        ("issued", f"{wd.issued} {format_date(data.issued_on, wd.months)}",
         TextStyle(SMALL_FACE, 9.5 * k, col.muted, min_size=7 * k, align="left"), 10 * k),
        ("record_id", f"{wd.record_id}: {data.record_id}" if data.record_id else "",
         TextStyle(SMALL_FACE, 7 * k, col.muted, min_size=5 * k, align="left"), 4 * k),
    ):  # fmt: skip
        if not text:
            continue
        cur -= gap
        fitted = fit_text(fname, text, Rect(g.x0, cur - 2 * style.size * LEADING, lw, 2 * style.size * LEADING), style)
        plan.texts.append(_tight(fitted, g.x0, cur))
        cur = plan.texts[-1].box.y
    return min(cur, qy) - 22 * k


def _plan_table_head(g: _Geometry, plan: Plan, cols: Columns, top: float) -> float:
    """The header row (on every page); returns where the first row starts."""
    wd, col, k = g.data.wording, g.data.colours, g.k
    label = TextStyle(SMALL_FACE, 7 * k, col.muted, min_size=5.5 * k, align="left", tracking=0.12, upper=True)
    for fname, text, (x, w) in (
        ("head_achievement", wd.achievement, cols.name), ("head_awarded", wd.awarded, cols.awarded),
        ("head_valid", wd.valid_until, cols.valid), ("head_result", wd.result, cols.result),
    ):  # fmt: skip
        plan.texts.append(fit_text(fname, text, Rect(x, top - 10 * k, w, 10 * k), label))
    y = top - 14 * k
    plan.shapes.append(Shape("line", cols.name[0] - 4 * k, y, cols.result[0] + cols.result[1] + 4 * k, y,
                             col.primary, 0.9 * k))  # fmt: skip
    return y


def _plan_footer(g: _Geometry, plan: Plan, number: int, pages: int) -> None:
    data, wd, k, col = g.data, g.data.wording, g.k, g.data.colours
    style = TextStyle(SMALL_FACE, 7 * k, col.muted, align="left")
    h = 7 * k * LEADING
    w = g.x1 - g.x0
    parts = [data.learner_name, data.record_name, data.issuer_name]
    plan.texts.append(fit_text("footer", "  ·  ".join(parts), Rect(g.x0, g.bottom, w * 0.74, h), style))
    plan.texts.append(fit_text("page_number", wd.page.format(page=number, pages=pages),
                               Rect(g.x0 + w * 0.76, g.bottom, w * 0.24, h), replace(style, align="right")))  # fmt: skip
    plan.shapes.append(Shape("line", g.x0, g.bottom + h + 3 * k, g.x1, g.bottom + h + 3 * k, _tint(col.muted, 0.3), 0.4 * k))


def _tint(hex_colour: str, amount: float) -> str:
    """``hex_colour`` mixed into white: ``amount`` 0 is white, 1 the colour itself."""
    c = HexColor(hex_colour)
    mixed = (round(255 * (1 - amount * (1 - v))) for v in (c.red, c.green, c.blue))
    return "#" + "".join(f"{v:02X}" for v in mixed)


# ---------------------------------------------------------------------------- drawing


def _all_texts(plan: TranscriptPlan) -> Iterable[PlacedText]:
    for page in plan.pages:
        yield from page.texts


def render_transcript(data: TranscriptData) -> bytes:
    """The transcript as PDF bytes (fonts embedded as subsets). With ``data.record`` the PDF
    carries it as ``credential.json`` (where the verifier looks) and room for the seal that
    signs the whole file (``pdfseal.seal_pdf``; the caller who holds the key signs it)."""
    F.register_fonts()
    plan = plan_transcript(data)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(plan.width, plan.height), pageCompression=1, initialFontName=F.DEFAULT_FACE)
    learner = F.clean_text(data.learner_name)
    c.setTitle(f"{data.record_name} – {learner}")
    c.setAuthor(data.issuer_name)
    c.setSubject(f"{data.record_name} of {learner}, issued by {data.issuer_name}")
    c.setCreator("Badgesmith")
    c.setKeywords([w for w in ("Comprehensive Learner Record 2.0", "verifiable credential", data.record_id) if w])
    if data.record is not None:
        attach_to_canvas(c, data.record, description=ATTACHMENT_DESCRIPTION)
        reserve_seal(c)
    assign_font_codes(c, _all_texts(plan))  # once for the whole file: one subset per font
    for page in plan.pages:
        for shape in page.shapes:
            draw_shape(c, shape)
        for image in page.images:
            draw_image(c, image)
        for pt in page.texts:
            draw_text(c, pt)
        if page.qr is not None and page.qr_matrix is not None:
            draw_qr(c, page.qr_matrix, page.qr)
        c.showPage()
    c.save()
    return buf.getvalue()
