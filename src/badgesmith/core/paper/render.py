"""Render one certificate to PDF bytes with reportlab.

The page is planned first (``plan_certificate``: every text box with its fitted lines, the
QR square, the images) and then drawn from the plan, so tests and the app's preview can ask
where things go without parsing a PDF. Layout adapts to A4/Letter in either orientation:
sizes scale with the page's short side, vertical space is shared out by weights, and the
signatories move to their own row when the page is too narrow for one bottom band.

The achievement's image is drawn by the designs with room for it (``LayoutSpec.image``):
*modern* sets it beside the achievement and description on a landscape page (their boxes make
way) and under them on a portrait page; *minimal* sets it in the top corner across from the
logo (the issuer line and title make way). *classic* has no room: its centred logo is its one
emblem, and its landscape page needs every line for a long name over two lines. The image keeps
its aspect ratio inside a capped square and is left out where the page cannot spare that.
"""

from __future__ import annotations

import copy
import hashlib
import io
import unicodedata
import zlib
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any, Literal, Protocol

import segno
from PIL import Image
from reportlab import rl_config
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from badgesmith.core.paper import fonts as F
from badgesmith.core.paper import qrfast
from badgesmith.core.paper.errors import CertificateImageError, UnrenderableTextError
from badgesmith.core.paper.images import open_image
from badgesmith.core.paper.pdfembed import attach_to_canvas
from badgesmith.core.paper.pdfseal import reserve_seal
from badgesmith.core.paper.qrclaim import qr_segments
from badgesmith.core.paper.sizes import MM, ORIENTATIONS, PAPER_SIZES
from badgesmith.core.paper.templates import Signatory, Template

# ASCII85 only makes image streams 25% bigger and slower to write; nobody reads PDFs in a
# 7-bit channel any more.
rl_config.useA85 = 0

Orientation = Literal["landscape", "portrait"]
LEADING = 1.22  # line height in ems
MIN_TEXT_SIZE = 4.0  # below this a name is truncated with an ellipsis instead


@dataclass(frozen=True)
class CertificateData:
    """Everything printed on one certificate (plain data; images as PNG/JPEG bytes)."""

    recipient_name: str
    achievement_name: str
    issuer_name: str
    issue_date: date
    credential_id: str
    qr_payload: str
    description: str = ""
    expiry_date: date | None = None
    issuer_logo: bytes | None = None
    background_image: bytes | None = None  # replaces the template's background
    signatories: Sequence[Signatory] = ()  # replaces the template's signatories when given
    key_fingerprint: str = ""
    achievement_image: bytes | None = None  # drawn by the designs with room for it (LayoutSpec.image)
    endorsed_by: tuple[str, ...] = ()  # endorsers of the achievement, current (credentials/endorsement.py)
    supplement: MorePages | None = None  # pages after the certificate: the EU elements (supplement.py)


class MorePages(Protocol):
    """Pages printed after the certificate, on its paper (supplement.Supplement: a protocol here,
    as that module plans with this one)."""

    def plan_pages(self, data: CertificateData, template: Template, width: float, height: float) -> list[Plan]: ...


# ---------------------------------------------------------------------------- geometry


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def x1(self) -> float:
        return self.x + self.w

    @property
    def y1(self) -> float:
        return self.y + self.h

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2

    def contains(self, other: Rect, tol: float = 0.01) -> bool:
        return (
            other.x >= self.x - tol
            and other.y >= self.y - tol
            and other.x1 <= self.x1 + tol
            and other.y1 <= self.y1 + tol
        )


@dataclass(frozen=True)
class TextStyle:
    face: str
    size: float  # largest size
    colour: str
    min_size: float = 0.0  # shrink down to this before wrapping (0: = size)
    max_lines: int = 1
    align: Literal["left", "center", "right"] = "center"
    tracking: float = 0.0  # letter spacing in ems
    upper: bool = False
    prefer_single_line: bool = True  # names: shrink first, wrap only when that is not enough
    # the paragraph's direction, "L" or "R" ("": the text's own, see fonts.base_direction); a
    # wrapped paragraph's lines are each ordered for display in it
    base: str = ""


@dataclass(frozen=True)
class PlacedText:
    """A fitted text box: its box, lines (display-ordered runs), size and drawn extents."""

    field: str
    box: Rect
    style: TextStyle
    lines: tuple[tuple[F.Run, ...], ...]
    size: float
    line_widths: tuple[float, ...]

    def baselines(self) -> list[float]:
        lh = self.size * LEADING
        block = lh * len(self.lines)
        top = self.box.cy + block / 2
        # baseline 0.26 em above the line box's bottom: descenders fit below, accents above
        return [top - (i + 1) * lh + 0.26 * self.size for i in range(len(self.lines))]

    def line_x(self, i: int) -> float:
        w = self.line_widths[i]
        if self.style.align == "left":
            return self.box.x
        if self.style.align == "right":
            return self.box.x1 - w
        return self.box.cx - w / 2

    def extents(self) -> list[Rect]:
        """Ink extent of each line: advance width x (descender -0.25 em .. accented capital 0.95 em)."""
        out = []
        for i, base in enumerate(self.baselines()):
            out.append(
                Rect(self.line_x(i), base - 0.25 * self.size, self.line_widths[i], 1.2 * self.size)
            )
        return out


@dataclass(frozen=True)
class Shape:
    """A drawn line or area: a rule, a coloured band, a card behind the logo, a rule with a
    diamond in the middle (an ornament)."""

    kind: Literal["line", "band", "card", "ornament"]
    x0: float
    y0: float
    x1: float
    y1: float
    colour: str
    width: float = 0.0  # of a line or ornament


@dataclass(frozen=True)
class PlacedImage:
    what: str  # named in messages: "issuer logo", "signature"
    data: bytes
    box: Rect
    align: Literal["left", "center", "right"] = "center"
    max_px: int = 520  # decoded at most this large: plenty for its size on paper


@dataclass
class Plan:
    width: float
    height: float
    texts: list[PlacedText] = field(default_factory=list)
    images: list[PlacedImage] = field(default_factory=list)
    qr: Rect | None = None
    qr_matrix: segno.QRCode | None = None
    shapes: list[Shape] = field(default_factory=list)

    def text(self, field_name: str) -> PlacedText:
        return next(t for t in self.texts if t.field == field_name)


# ---------------------------------------------------------------------------- text fitting


def _prep(text: str, style: TextStyle) -> str:
    text = F.clean_text(text)
    return text.upper() if style.upper else text


def _width1(text: str, style: TextStyle, base: str | None = None) -> tuple[float, tuple[F.Run, ...]]:
    """Width at 1 pt (tracking included) and the display runs of a logical line (of a paragraph
    going ``base``)."""
    runs = tuple(F.runs_for(text, style.face, base))
    return F.runs_width(runs, 1.0, style.tracking), runs


def _break_points(text: str) -> list[int]:
    """Indices where a line may break: spaces, else between ideographs, else anywhere."""
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    cjk = [
        i
        for i in range(1, len(text))
        if unicodedata.east_asian_width(text[i - 1]) in "WF"
        or unicodedata.east_asian_width(text[i]) in "WF"
    ]
    pts = sorted(set(spaces) | set(cjk))
    return pts or list(range(1, len(text)))


def _split_at(text: str, i: int) -> tuple[str, str]:
    return text[:i].rstrip(), text[i:].lstrip()


def _greedy_wrap(text: str, style: TextStyle, size: float, max_w: float) -> list[str]:
    words = text.split(" ")
    lines: list[str] = []
    cur = ""
    for word in words:
        trial = f"{cur} {word}" if cur else word
        if _width1(trial, style)[0] * size <= max_w or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    # A single word wider than the box is cut between characters.
    out: list[str] = []
    for line in lines:
        while _width1(line, style)[0] * size > max_w and len(line) > 1:
            cut = len(line) - 1
            while cut > 1 and _width1(line[:cut], style)[0] * size > max_w:
                cut = max(1, int(cut * 0.9)) if cut > 20 else cut - 1
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return out


def _ellipsize(text: str, style: TextStyle, size: float, max_w: float) -> str:
    while text and _width1(text + "…", style)[0] * size > max_w:
        text = text[: max(0, len(text) - max(1, len(text) // 20))]
    return text.rstrip() + "…"


def fit_text(field_name: str, text: str, box: Rect, style: TextStyle) -> PlacedText:
    """Fit ``text`` in ``box``: shrink to ``min_size``, then wrap to ``max_lines``, then shrink
    further and finally cut with an ellipsis; the result never leaves the box.

    Memoised (the result is immutable): in a batch every certificate repeats the template's
    wording, the achievement, the description and the signatories."""
    return _fit_text_cached(field_name, text, box, style)


@lru_cache(maxsize=2048)
def _fit_text_cached(field_name: str, text: str, box: Rect, style: TextStyle) -> PlacedText:
    text = _prep(text, style)
    min_size = style.min_size or style.size
    # wrapped first, then each line ordered for display in the whole text's direction (a line
    # of an Arabic paragraph that starts with a Latin word still goes right to left)
    base = style.base or F.base_direction(text)

    def height_cap(n: int) -> float:
        return box.h / (n * LEADING)

    def placed(lines: list[str], size: float) -> PlacedText:
        # (a line going its own way is ordered as measured: the same memoised runs)
        ws = [_width1(line, style, None if F.base_direction(line) == base else base) for line in lines]
        return PlacedText(
            field_name, box, style, tuple(r for _, r in ws), size,
            tuple(w * size for w, _ in ws),
        )  # fmt: skip

    if not text:
        return placed([], style.size)
    w1, _ = _width1(text, style)
    single = min(style.size, box.w / w1 if w1 else style.size, height_cap(1))
    if style.max_lines == 1 or (style.prefer_single_line and single >= min_size):
        if single >= MIN_TEXT_SIZE:
            return placed([text], single)
        return placed([_ellipsize(text, style, MIN_TEXT_SIZE, box.w)], MIN_TEXT_SIZE)

    best_lines, best_size = [text], single
    if style.prefer_single_line:
        # Balanced two-line break: try break points nearest the middle.
        pts = sorted(_break_points(text), key=lambda i: abs(i - len(text) / 2))[:24]
        for i in pts:
            a, b = _split_at(text, i)
            if not a or not b:
                continue
            wmax = max(_width1(a, style)[0], _width1(b, style)[0])
            size = min(style.size, box.w / wmax, height_cap(2))
            if size > best_size:
                best_lines, best_size = [a, b], size
    else:
        size = style.size
        while size >= MIN_TEXT_SIZE:
            lines = _greedy_wrap(text, style, size, box.w)
            if len(lines) <= style.max_lines and size <= height_cap(len(lines)):
                best_lines, best_size = lines, size
                break
            size = round(size * 0.94, 2)
        else:
            lines = _greedy_wrap(text, style, MIN_TEXT_SIZE, box.w)
            cap = min(style.max_lines, max(1, int(box.h / (MIN_TEXT_SIZE * LEADING))))
            kept = lines[:cap]
            if len(lines) > cap:
                kept[-1] = _ellipsize(kept[-1], style, MIN_TEXT_SIZE, box.w)
            best_lines, best_size = kept, MIN_TEXT_SIZE
    if best_size < MIN_TEXT_SIZE:
        n = len(best_lines)
        best_size = MIN_TEXT_SIZE
        if height_cap(n) < MIN_TEXT_SIZE:
            best_lines = [" ".join(best_lines)]
        best_lines = [_ellipsize(line, style, best_size, box.w) for line in best_lines]
    return placed(best_lines, best_size)


# ---------------------------------------------------------------------------- images

_IMAGE_CACHE: OrderedDict[tuple[bytes, int], ImageReader] = OrderedDict()
_IMAGE_CACHE_SIZE = 32


def load_image(data: bytes, what: str, max_px: int = 1600) -> ImageReader:
    """A cached, size-capped ImageReader for PNG, JPEG or SVG bytes (see images); a
    ``CertificateImageError`` when they are not a readable image."""
    key = (hashlib.sha256(data).digest(), max_px)
    hit = _IMAGE_CACHE.get(key)
    if hit is not None:
        _IMAGE_CACHE.move_to_end(key)
        return hit
    try:
        im = open_image(data, what, max_side=max_px)
    except CertificateImageError as e:
        raise CertificateImageError(f"{e.message} Choose another file.") from None
    if im.mode not in ("RGB", "RGBA", "L", "LA"):
        im = im.convert("RGBA" if "transparency" in im.info or im.mode == "P" else "RGB")
    if max(im.size) > max_px:
        im.thumbnail((max_px, max_px), Image.Resampling.LANCZOS)
    reader = ImageReader(im)
    _IMAGE_CACHE[key] = reader
    if len(_IMAGE_CACHE) > _IMAGE_CACHE_SIZE:
        _IMAGE_CACHE.popitem(last=False)
    return reader


class _ImageXObjects:
    """An image's PDF XObject (and soft mask), compressed once per process.

    ``Canvas.drawImage`` re-digests and re-compresses the pixels (~1 MB for a logo and two
    signatures) for every document; here the compressed streams are kept with the cached
    ImageReader and every document gets a shallow copy that shares them."""

    def __init__(self, reader: ImageReader) -> None:
        im = reader._image  # type: ignore[attr-defined]
        digest = hashlib.sha256(im.tobytes() + im.mode.encode() + repr(im.size).encode())
        self.name = "bsimg" + digest.hexdigest()[:24]
        xobj = pdfdoc.PDFImageXObject(self.name, reader, mask="auto")
        smask = getattr(xobj, "_smask", None)
        if smask is not None:
            del xobj._smask
            smask.name = self.name + "m"
        for obj in (xobj, smask):  # compressed once per process: worth zlib's best level
            if obj is not None and tuple(obj._filters) == ("FlateDecode",):
                obj.streamContent = zlib.compress(zlib.decompress(obj.streamContent), 9)
        self.xobj, self.smask = xobj, smask

    def draw(self, c: Canvas, x: float, y: float, w: float, h: float) -> None:
        doc = c._doc
        reg = doc.getXObjectName(self.name)
        if reg not in doc.idToObject:
            xobj = copy.copy(self.xobj)
            c._setXObjects(xobj)
            doc.Reference(xobj, reg)
            doc.addForm(self.name, xobj)
            if self.smask is not None:
                smask = copy.copy(self.smask)
                sreg = doc.getXObjectName(smask.name)
                c._setXObjects(smask)
                xobj.smask = doc.Reference(smask, sreg)
        c._currentPageHasImages = 1
        c.saveState()
        c.translate(x, y)
        c.scale(w, h)
        c._code.append(f"/{reg} Do")
        c.restoreState()
        c._formsinuse.append(self.name)


def _xobjects(reader: ImageReader) -> _ImageXObjects:
    made = getattr(reader, "_bs_xobjects", None)
    if made is None:
        made = reader._bs_xobjects = _ImageXObjects(reader)  # type: ignore[attr-defined]
    return made


def _fit_image(reader: ImageReader, box: Rect, align: str = "center") -> Rect:
    iw, ih = reader.getSize()
    scale = min(box.w / iw, box.h / ih)
    w, h = iw * scale, ih * scale
    x = box.x if align == "left" else box.x1 - w if align == "right" else box.cx - w / 2
    return Rect(x, box.y + (box.h - h) / 2, w, h)


# ---------------------------------------------------------------------------- QR


def make_qr(payload: str) -> segno.QRCode:
    """The claim codec's symbol (``qrclaim.make_qr``), encoded by ``qrfast``: the same symbol
    module for module (the tests check it), several times faster."""
    return qrfast.make(qr_segments(payload), "m")


def qr_side(qr: segno.QRCode) -> float:
    """Printed side of the symbol (quiet zone excluded): 35 mm up to version 10, 40 mm above,
    so modules stay >= 0.4 mm (>= 2.3 px at 150 dpi) even at version 20."""
    return (35.0 if qr.version <= 10 else 40.0) * MM  # type: ignore[operator]


def draw_qr(c: Canvas, qr: segno.QRCode, box: Rect, light: str = "#FFFFFF") -> None:
    """Draw the symbol in ``box`` (the quiet zone is painted outside the box) as one vector
    path of horizontal runs: crisp at any resolution and fast to write."""
    n = len(qr.matrix)
    m = box.w / n
    quiet = 4 * m
    c.setFillColor(HexColor(light))
    c.rect(box.x - quiet, box.y - quiet, box.w + 2 * quiet, box.h + 2 * quiet, stroke=0, fill=1)
    # Module units via one transform, integer rectangles written as literal operators:
    # reportlab's per-number float formatting would dominate the page's cost otherwise.
    ops = []
    for r, row in enumerate(qr.matrix):
        y = n - 1 - r
        start = -1
        for col in range(n + 1):
            dark = col < n and row[col]
            if dark and start < 0:
                start = col
            elif not dark and start >= 0:
                ops.append(f"{start} {y} {col - start} 1 re")
                start = -1
    c.saveState()
    c.setFillColor(HexColor("#000000"))
    c.transform(m, 0, 0, m, box.x, box.y)
    c.addLiteral("\n".join(ops) + "\nf")
    c.restoreState()


# ---------------------------------------------------------------------------- dates


def format_date(d: date, months: Sequence[str]) -> str:
    """'5 March 2026': day-month-year with the month spelled out is unambiguous everywhere
    (a certificate writes dates as its wording says: ``Wording.date``)."""
    return f"{d.day} {months[d.month - 1]} {d.year}"


# ---------------------------------------------------------------------------- planning


def page_size(paper: str = "A4", orientation: str = "landscape") -> tuple[float, float]:
    if paper not in PAPER_SIZES:
        raise ValueError(f"paper must be one of {', '.join(PAPER_SIZES)}, got {paper!r}")
    if orientation not in ORIENTATIONS:
        raise ValueError(f"orientation must be landscape or portrait, got {orientation!r}")
    w, h = PAPER_SIZES[paper]
    short, long_ = min(w, h), max(w, h)
    return (long_, short) if orientation == "landscape" else (short, long_)


def check_text(field_name: str, text: str, face: str) -> None:
    """Raise ``UnrenderableTextError`` when no shipped font can draw a character of ``text``."""
    missing = F.missing_glyphs(text, face)
    if missing:
        raise UnrenderableTextError(field_name, text, missing, F.describe_missing(missing))


def _luminance(hex_colour: str) -> float:
    c = HexColor(hex_colour)
    return 0.2126 * c.red + 0.7152 * c.green + 0.0722 * c.blue


@dataclass(frozen=True)
class LayoutSpec:
    """What sets one layout apart, in points for a 595-point short side (A4's)."""

    margin: float  # of the page's short side
    frame_bottom: float  # the bottom margin, as a share of the others
    title: float
    title_tracking: float
    name: float
    achievement: float
    italic_wording: bool  # "presented to" / "for completing" in the italic face
    name_rule: Literal["bar", "rule", None]  # drawn under the recipient's name
    text_align: Literal["left", "center"]
    image: Literal["beside", "corner", None] = None  # where the achievement's image goes, if anywhere
    image_mm: float = 0.0  # the largest side of that image


LAYOUTS: dict[str, LayoutSpec] = {
    "classic": LayoutSpec(0.105, 1.0, 30, 0.06, 46, 22, True, "rule", "center"),
    "modern": LayoutSpec(0.08, 0.8, 27, 0.0, 44, 21, False, "bar", "left", "beside", 34),
    "minimal": LayoutSpec(0.11, 1.0, 14, 0.32, 48, 19, False, None, "center", "corner", 24),
}
MIN_IMAGE_MM = 14.0  # an achievement image smaller than this is left out: it would not read


@dataclass
class _Page:
    """What every part of the planning shares."""

    data: CertificateData
    t: Template
    spec: LayoutSpec
    plan: Plan
    frame: Rect
    k: float  # type scale: the short side over A4's

    @property
    def landscape(self) -> bool:
        return self.plan.width > self.plan.height

    @property
    def logo(self) -> bytes | None:
        """The issuer logo, when there is one and the design shows it."""
        return self.data.issuer_logo if self.t.logo.position != "none" else None

    @property
    def logo_h(self) -> float:
        return min(self.t.logo.max_height_mm * MM, 0.1 * self.plan.height)

    @property
    def badge(self) -> bytes | None:
        """The achievement's image, when there is one and the design has room for it."""
        return self.data.achievement_image if self.spec.image else None

    @property
    def badge_side(self) -> float:
        return self.spec.image_mm * MM * self.k


def plan_certificate(
    data: CertificateData, template: Template, paper: str = "A4", orientation: str = "landscape"
) -> Plan:
    """Where everything goes; raises ``UnrenderableTextError`` / ``CertificateImageError``
    before anything is drawn. The footer, the bottom band and the middle are common to every
    layout; the top is each layout's own (``_TOPS``)."""
    W, H = page_size(paper, orientation)
    _check_texts(data, template)
    spec = LAYOUTS[template.layout]
    margin = spec.margin * min(W, H)
    frame = Rect(margin, margin * spec.frame_bottom, W - 2 * margin, 0)
    frame = Rect(frame.x, frame.y, frame.w, H - frame.y - margin)
    page = _Page(data, template, spec, Plan(W, H), frame, min(W, H) / 595.0)
    y = _plan_footer(page)
    band_top = _plan_band(page, y)
    content_top = _TOPS[template.layout](page)
    _plan_middle(page, content_top, band_top + 14 * page.k)
    return page.plan


def _check_texts(data: CertificateData, t: Template) -> None:
    fo = t.fonts
    for field_name, text, face in (
        ("recipient name", data.recipient_name, fo.name),
        ("achievement name", data.achievement_name, fo.achievement),
        ("issuer name", data.issuer_name, fo.body),
        ("description", data.description, fo.body),
        ("endorsers", " ".join(data.endorsed_by), fo.body),
        *((f"signatory name {s.name!r}", s.name + s.title, fo.body) for s in data.signatories),
        *((f"signatory name {s.name!r}", s.name + s.title, fo.body) for s in t.signatories),
        *((f"wording ({name})", text, fo.body) for name, text in vars(t.wording).items() if isinstance(text, str)),
        *(("month names", " ".join(t.wording.months + t.wording.second_months), fo.body),),
    ):
        check_text(field_name, text, face)
    if not F.clean_text(data.recipient_name):
        raise UnrenderableTextError("recipient name", data.recipient_name, set(), "an empty name")


def _plan_footer(page: _Page) -> float:
    """Credential id, key fingerprint and how to verify; returns where the band above starts."""
    data, wd, fo, col, k, frame = page.data, page.t.wording, page.t.fonts, page.t.colours, page.k, page.frame
    small = TextStyle(fo.small, 6.6 * k, col.muted, align=page.spec.text_align)
    parts = [f"{wd.credential_label}: {data.credential_id}"]
    if data.key_fingerprint:
        parts.append(f"{wd.fingerprint_label}: {data.key_fingerprint}")
    fh = 6.6 * k * LEADING
    page.plan.texts.append(fit_text("footer_ids", "   ·   ".join(parts),
                                    Rect(frame.x, frame.y + fh, frame.w, fh), small))  # fmt: skip
    page.plan.texts.append(fit_text("footer_verify", wd.verify, Rect(frame.x, frame.y, frame.w, fh), small))
    return frame.y + 2 * fh + 10 * k


def _plan_band(page: _Page, y: float) -> float:
    """The bottom band: dates | signatories | QR (signatories get a row of their own when the
    page is too narrow); returns the band's top."""
    data, t, plan, k, frame = page.data, page.t, page.plan, page.k, page.frame
    wd, fo, col = t.wording, t.fonts, t.colours
    qr = make_qr(data.qr_payload)
    side = qr_side(qr)
    plan.qr_matrix = qr
    quiet = 4 * side / len(qr.matrix)
    qr_box = Rect(frame.x1 - side, y, side, side)
    plan.qr = qr_box
    band_top = y + side
    left_w = qr_box.x - quiet - 12 * k - frame.x
    signatories = list(data.signatories or t.signatories)[:3]
    ncols = 1 + len(signatories)
    sig_row_h = 62 * k
    sigs_in_band = not signatories or left_w / ncols >= 128 * k
    label = TextStyle(fo.small, 7.2 * k, col.muted, align="left", tracking=0.12, upper=True)
    value = TextStyle(fo.body, 10.5 * k, col.text, min_size=7 * k, align="left")
    date_w = left_w / ncols if sigs_in_band else left_w
    dy = y + 4 * k
    blocks = [("date", wd.issued_label, wd.date(data.issue_date))]
    if data.expiry_date:
        blocks.append(("date", wd.expires_label, wd.date(data.expiry_date)))
    if data.endorsed_by:  # the current endorsements the credential carries (credentials/endorsement.py)
        blocks.append(("endorsed", wd.endorsed_label, ", ".join(data.endorsed_by)))
    for i, (kind, lab, val) in enumerate(reversed(blocks)):
        by = dy + i * 34 * k
        plan.texts.append(fit_text(f"{kind}_value_{i}", val, Rect(frame.x, by, date_w - 8 * k, 14 * k), value))
        plan.texts.append(fit_text(f"{kind}_label_{i}", lab, Rect(frame.x, by + 14 * k, date_w - 8 * k, 10 * k), label))
    if not signatories:
        return band_top
    if sigs_in_band:
        sx, sw, sy = frame.x + date_w, (left_w - date_w) / len(signatories), y
    else:
        sx, sw, sy = frame.x, frame.w / len(signatories), band_top + 22 * k
        band_top = sy + sig_row_h
    name_st = TextStyle(fo.body, 10 * k, col.text, min_size=7 * k)
    title_st = TextStyle(fo.small, 7.6 * k, col.muted, min_size=6 * k)
    for i, s in enumerate(signatories):
        cell = Rect(sx + i * sw + 8 * k, sy, sw - 16 * k, sig_row_h)
        plan.texts.append(fit_text(f"signatory_title_{i}", s.title, Rect(cell.x, cell.y, cell.w, 11 * k), title_st))
        plan.texts.append(fit_text(f"signatory_name_{i}", s.name, Rect(cell.x, cell.y + 11 * k, cell.w, 14 * k),
                                   name_st))  # fmt: skip
        line_y = cell.y + 27 * k
        plan.shapes.append(Shape("line", cell.x + 6 * k, line_y, cell.x1 - 6 * k, line_y, col.muted, 0.6 * k))
        if s.signature_image:
            plan.images.append(PlacedImage("signature", s.signature_image,
                                           Rect(cell.x + 10 * k, line_y + 1.5 * k, cell.w - 20 * k, cell.h - 29 * k)))  # fmt: skip
    return band_top


def _top_modern(page: _Page) -> float:
    """A coloured band across the top with the title and issuer on it, the logo on a white card."""
    data, plan, k, frame = page.data, page.plan, page.k, page.frame
    wd, fo, col = page.t.wording, page.t.fonts, page.t.colours
    W, H = plan.width, plan.height
    band_h = max(0.2 * H if page.landscape else 0.15 * H, 92 * k)
    plan.shapes.append(Shape("band", 0, H - band_h, W, H, col.primary))
    plan.shapes.append(Shape("band", 0, H - band_h - 5 * k, W, H - band_h, col.accent))
    logo, logo_h = page.logo, page.logo_h
    card = logo_h + 10 * k
    text_right = frame.x1 - (card + 20 * k if logo is not None else 0)
    ty = H - band_h / 2
    title_size = page.spec.title * k
    plan.texts.append(fit_text("title", wd.title, Rect(frame.x, ty - 6 * k, text_right - frame.x, 36 * k),
                               TextStyle(fo.title, title_size, "#FFFFFF", min_size=16 * k, align="left")))
    plan.texts.append(fit_text("issuer", data.issuer_name, Rect(frame.x, ty - 24 * k, text_right - frame.x, 14 * k),
                               TextStyle(fo.small, 10 * k, "#DDE7EA", min_size=7 * k, align="left", tracking=0.16, upper=True)))  # fmt: skip
    if logo is not None:
        cbox = Rect(frame.x1 - card, H - band_h / 2 - card / 2, card, card)
        plan.shapes.append(Shape("card", cbox.x, cbox.y, cbox.x1, cbox.y1, "#FFFFFF"))
        plan.images.append(PlacedImage("issuer logo", logo, Rect(cbox.x + 5 * k, cbox.y + 5 * k, logo_h, logo_h),
                                       max_px=480))
    return H - band_h - 5 * k - 26 * k


def _top_classic(page: _Page) -> float:
    """Logo, issuer in capitals, a large title and an ornament, all centred inside the frame."""
    return _top_centred(page, issuer_gap=12, issuer_colour=page.t.colours.primary, ornament=True)


def _top_minimal(page: _Page) -> float:
    """Like classic, smaller and airier: a widely tracked title, a short plain rule."""
    return _top_centred(page, issuer_gap=22, issuer_colour=page.t.colours.muted, ornament=False)


def _top_centred(page: _Page, *, issuer_gap: float, issuer_colour: str, ornament: bool) -> float:
    data, t, plan, k, frame, spec = page.data, page.t, page.plan, page.k, page.frame, page.spec
    wd, fo, col = t.wording, t.fonts, t.colours
    cur = frame.y1
    logo, logo_h = page.logo, page.logo_h
    pos = t.logo.position
    # the achievement's image in the top corner across from the logo; centred lines beside it
    # are narrowed on both sides (they stay centred), and the middle starts below it
    badge_bottom, clear = frame.y1, 0.0
    if page.badge is not None and spec.image == "corner":
        side = page.badge_side
        right = not (logo is not None and pos == "top-right")
        bx = frame.x1 - side if right else frame.x
        plan.images.append(PlacedImage("achievement image", page.badge, Rect(bx, frame.y1 - side, side, side),
                                       "right" if right else "left", max_px=640))
        badge_bottom, clear = frame.y1 - side, side + 10 * k
    if logo is not None:
        lw = 3 * logo_h
        lx = frame.x if pos == "top-left" else frame.x1 - lw if pos == "top-right" else frame.cx - lw / 2
        align: Literal["left", "center", "right"] = (
            "left" if pos == "top-left" else "right" if pos == "top-right" else "center")
        plan.images.append(PlacedImage("issuer logo", logo, Rect(lx, cur - logo_h, lw, logo_h), align, max_px=480))
        if pos == "top-center":
            cur -= logo_h + 10 * k
        elif not ornament:  # minimal: the issuer line clears a logo set in a corner
            cur -= logo_h * 0.35
    issuer_style = TextStyle(fo.small, 9 * k, issuer_colour, min_size=7 * k, tracking=0.18, upper=True)
    inset = max(0.15 * frame.w, clear if cur > badge_bottom else 0.0)
    plan.texts.append(fit_text("issuer", data.issuer_name,
                               Rect(frame.x + inset, cur - 14 * k, frame.w - 2 * inset, 14 * k), issuer_style))
    cur -= 14 * k + issuer_gap * k
    title_size = spec.title * k
    title_style = TextStyle(fo.title, title_size, col.primary if ornament else col.accent,
                            min_size=title_size * 0.6, max_lines=2, tracking=spec.title_tracking, upper=True)
    th = title_size * LEADING * (1.0 if page.landscape else 1.9)
    inset = clear if cur > badge_bottom else 0.0
    plan.texts.append(fit_text("title", wd.title, Rect(frame.x + inset, cur - th, frame.w - 2 * inset, th),
                               title_style))
    cur -= th + 8 * k
    if ornament:
        plan.shapes.append(Shape("ornament", frame.cx - 60 * k, cur, frame.cx + 60 * k, cur, col.accent, 1.0 * k))
    else:
        plan.shapes.append(Shape("line", frame.cx - 18 * k, cur, frame.cx + 18 * k, cur, col.accent, 1.2 * k))
    return min(cur - 12 * k, badge_bottom - 8 * k)


_TOPS = {"classic": _top_classic, "modern": _top_modern, "minimal": _top_minimal}


def _plan_middle(page: _Page, content_top: float, content_bottom: float) -> None:
    """Presented to / NAME / for completing / ACHIEVEMENT / description, sharing the space left
    by weights (from the top in the modern layout, centred in the others)."""
    data, plan, k, frame, spec = page.data, page.plan, page.k, page.frame, page.spec
    wd, fo, col = page.t.wording, page.t.fonts, page.t.colours
    align = spec.text_align
    centred = align == "center"
    inset = 0.04 * frame.w if centred else 0.0
    cx0, cw = frame.x + inset, frame.w - 2 * inset
    body_it = fo.body.replace("Regular", "Italic") if spec.italic_wording else fo.body
    name_size, ach_size = spec.name * k, spec.achievement * k
    stack: list[tuple[str, str, TextStyle, float, float]] = [  # field, text, style, height, gap weight
        ("presented", wd.presented, TextStyle(body_it, 12.5 * k, col.muted, min_size=9 * k, align=align), 18 * k, 1.0),
        ("recipient", data.recipient_name, TextStyle(fo.name, name_size, col.text, min_size=22 * k, max_lines=2, align=align), name_size * 1.45, 0.6),
        ("completed", wd.completed, TextStyle(body_it, 12.5 * k, col.muted, min_size=9 * k, align=align), 18 * k, 1.3),
        ("achievement", data.achievement_name, TextStyle(fo.achievement, ach_size, col.primary, min_size=13 * k, max_lines=2, align=align), ach_size * 2 * LEADING, 0.5),
    ]  # fmt: skip
    if wd.after_achievement:  # the words some languages put after the achievement's name
        stack.append(("after_achievement", wd.after_achievement,
                      TextStyle(body_it, 12.5 * k, col.muted, min_size=9 * k, align=align), 18 * k, 0.5))
    if data.description:
        stack.append(("description", data.description,
                      TextStyle(fo.body, 10 * k, col.muted, min_size=8 * k, max_lines=3, align=align, prefer_single_line=False),
                      10 * k * LEADING * 3, 0.7))  # fmt: skip
    fixed = sum(h for _, _, _, h, _ in stack)
    weights = sum(g for *_, g in stack) + 1.0
    below = beside = 0.0  # the achievement's image: its side under the text, or the column beside it
    if page.badge is not None and spec.image == "beside":
        # under the text where the page has the height for it (with gaps of at least 10 pt),
        # else in a column at the right of the lines below the name
        room = content_top - content_bottom - fixed - (weights - 1.0 + 0.8) * 10 * k
        below = min(page.badge_side, room) if room >= MIN_IMAGE_MM * MM else 0.0
        if below:
            fixed, weights = fixed + below, weights + 0.8
        else:
            beside = page.badge_side
    spare = max(0.0, content_top - content_bottom - fixed)
    gap = min(spare / weights, 40 * k)
    used = fixed + gap * (weights - 1.0)
    cur = content_top - max(0.0, (content_top - content_bottom - used) / 2) if centred else content_top
    column_top = content_top
    for i, (name, text, style, h, g) in enumerate(stack):
        if i:
            cur -= gap * g
        box_w = cw if name != "description" else min(cw, 0.72 * frame.w if centred else cw * 0.8)
        if beside and i >= 2:  # the lines below the name make way for the image
            if i == 2:
                column_top = cur
            box_w = min(box_w, cw - beside - 18 * k)
        bx = cx0 if align == "left" else frame.cx - box_w / 2
        placed = fit_text(name, text, Rect(bx, cur - h, box_w, h), style)
        plan.texts.append(placed)
        if name == "recipient" and placed.lines:
            base = placed.baselines()[-1] - 0.32 * placed.size - 4 * k
            if spec.name_rule == "bar":
                plan.shapes.append(Shape("line", bx, base, bx + 56 * k, base, col.accent, 3 * k))
            elif spec.name_rule == "rule":
                half = min(max(placed.line_widths) / 2 + 30 * k, cw / 2)
                plan.shapes.append(Shape("line", frame.cx - half, base, frame.cx + half, base, col.accent, 0.8 * k))
        cur -= h
    badge = page.badge
    if badge is not None and below:
        cur -= gap * 0.8
        x = cx0 if align == "left" else frame.cx - below / 2
        plan.images.append(PlacedImage("achievement image", badge, Rect(x, cur - below, below, below),
                                       "left" if align == "left" else "center", max_px=640))
    elif badge is not None and beside:
        side = min(beside, column_top - content_bottom)
        if side >= MIN_IMAGE_MM * MM:
            plan.images.append(PlacedImage("achievement image", badge,
                                           Rect(frame.x1 - side, column_top - side, side, side), "right", max_px=640))


# ---------------------------------------------------------------------------- drawing


def draw_text(c: Canvas, pt: PlacedText) -> None:
    if not pt.lines:
        return
    c.setFillColor(HexColor(pt.style.colour))
    for i, base in enumerate(pt.baselines()):
        to = c.beginText(pt.line_x(i), base)
        to.setCharSpace(pt.style.tracking * pt.size)
        for run in pt.lines[i]:
            to.setFont(run.font, pt.size)
            synthetic = run.font in F.SYNTHETIC_BOLD and F.is_bold(pt.style.face)
            if synthetic:  # fake bold for CJK: fill + thin stroke
                to.setTextRenderMode(2)
                c.setStrokeColor(HexColor(pt.style.colour))
                c.setLineWidth(pt.size * 0.035)
            to.textOut(run.text)
            if synthetic:
                to.setTextRenderMode(0)
        c.drawText(to)


def draw_shape(c: Canvas, shape: Shape) -> None:
    x0, y0, x1, y1 = shape.x0, shape.y0, shape.x1, shape.y1
    colour = HexColor(shape.colour)
    if shape.kind == "band":
        c.setFillColor(colour)
        c.rect(x0, y0, x1 - x0, y1 - y0, stroke=0, fill=1)
    elif shape.kind == "card":
        c.setFillColor(colour)
        c.roundRect(x0, y0, x1 - x0, y1 - y0, (x1 - x0) * 0.08, stroke=0, fill=1)
    elif shape.kind == "ornament":  # rule with a small diamond in the middle
        c.setStrokeColor(colour)
        c.setFillColor(colour)
        c.setLineWidth(shape.width)
        mid, d = (x0 + x1) / 2, shape.width * 4
        c.line(x0, y0, mid - 2 * d, y0)
        c.line(mid + 2 * d, y0, x1, y0)
        p = c.beginPath()
        p.moveTo(mid - d, y0)
        p.lineTo(mid, y0 + d)
        p.lineTo(mid + d, y0)
        p.lineTo(mid, y0 - d)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
    else:
        c.setStrokeColor(colour)
        c.setLineWidth(shape.width)
        c.line(x0, y0, x1, y1)


def _draw_classic_frame(c: Canvas, W: float, H: float, primary: str, accent: str) -> None:
    k = min(W, H) / 595.0
    o = 0.045 * min(W, H)
    c.setStrokeColor(HexColor(primary))
    c.setLineWidth(2.4 * k)
    c.rect(o, o, W - 2 * o, H - 2 * o, stroke=1, fill=0)
    i = o + 6 * k
    c.setStrokeColor(HexColor(accent))
    c.setLineWidth(0.8 * k)
    c.rect(i, i, W - 2 * i, H - 2 * i, stroke=1, fill=0)
    # corner ornaments: small accent squares set on the inner frame's corners
    s = 7 * k
    c.setFillColor(HexColor(accent))
    for x, y in ((i, i), (W - i, i), (i, H - i), (W - i, H - i)):
        p = c.beginPath()
        p.moveTo(x - s / 2, y)
        p.lineTo(x, y + s / 2)
        p.lineTo(x + s / 2, y)
        p.lineTo(x, y - s / 2)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
    # a quiet inner line around the content, inset further
    j = i + 8 * k
    c.setStrokeColor(Color(*HexColor(accent).rgb(), alpha=0.45))
    c.setLineWidth(0.4 * k)
    c.rect(j, j, W - 2 * j, H - 2 * j, stroke=1, fill=0)


def draw_image(c: Canvas, image: PlacedImage) -> None:
    """The image inside its box, aspect ratio kept, aligned as asked."""
    reader = load_image(image.data, image.what, max_px=image.max_px)
    r = _fit_image(reader, image.box, image.align)
    _xobjects(reader).draw(c, r.x, r.y, r.w, r.h)


def _draw_background(c: Canvas, data: bytes, W: float, H: float) -> None:
    reader = load_image(data, "background image", max_px=2400)
    iw, ih = reader.getSize()
    scale = max(W / iw, H / ih)  # cover the page, centred, cropped
    w, h = iw * scale, ih * scale
    _xobjects(reader).draw(c, (W - w) / 2, (H - h) / 2, w, h)


def draw_plan(c: Canvas, plan: Plan, template: Template, background: bytes | None) -> None:
    W, H = plan.width, plan.height
    col = template.colours
    if col.paper.upper() != "#FFFFFF":
        c.setFillColor(HexColor(col.paper))
        c.rect(0, 0, W, H, stroke=0, fill=1)
    if background:
        _draw_background(c, background, W, H)
    if template.layout == "classic":
        _draw_classic_frame(c, W, H, col.primary, col.accent)
    for shape in plan.shapes:
        draw_shape(c, shape)
    for image in plan.images:
        draw_image(c, image)
    for pt in plan.texts:
        draw_text(c, pt)
    if plan.qr and plan.qr_matrix is not None:
        light = col.paper if _luminance(col.paper) > 0.9 else "#FFFFFF"
        draw_qr(c, plan.qr_matrix, plan.qr, light)


def assign_font_codes(c: Canvas, texts: Iterable[PlacedText]) -> None:
    """Give every character the document draws its code before drawing, in code-point order:
    the same text gives the same (cached) font subsets. Call with all of a document's texts."""
    used: dict[str, set[str]] = {}
    for pt in texts:
        for line in pt.lines:
            for run in line:
                used.setdefault(run.font, set()).update(run.text)
    for font_name, chars in used.items():
        font = pdfmetrics.getFont(font_name)
        if isinstance(font, F.CertificateFont):
            font.assign(c._doc, chars)


def render_certificate(
    data: CertificateData,
    template: Template,
    paper: str = "A4",
    orientation: str = "landscape",
    *,
    credential: Mapping[str, Any] | None = None,
) -> bytes:
    """The certificate as PDF bytes (its page, then any of ``data.supplement``; fonts embedded as subsets).

    With ``credential`` (the signed OB 3.0 JSON) the PDF carries it as the embedded file
    ``credential.json``, written in the same pass (see ``pdfembed``), and room for the seal that
    signs the whole file (see ``pdfseal``; the caller who holds the key signs it).
    """
    F.register_fonts()
    plan = plan_certificate(data, template, paper, orientation)
    more = data.supplement.plan_pages(data, template, plan.width, plan.height) if data.supplement else []
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(plan.width, plan.height), pageCompression=1,
               initialFontName=F.DEFAULT_FACE)  # fmt: skip
    # initialFontName: otherwise reportlab lists an unembedded Helvetica in every PDF
    title = f"{data.achievement_name} – {F.clean_text(data.recipient_name)}"
    c.setTitle(title)
    c.setAuthor(data.issuer_name)
    c.setSubject(f"{template.wording.title}: {data.achievement_name}, awarded to "
                 f"{F.clean_text(data.recipient_name)} by {data.issuer_name}")  # fmt: skip
    c.setCreator("Badgesmith")
    c.setKeywords(["Open Badges 3.0", "verifiable credential", data.credential_id])
    if credential is not None:
        attach_to_canvas(c, credential)
        reserve_seal(c)
    assign_font_codes(c, [*plan.texts, *(t for page in more for t in page.texts)])
    draw_plan(c, plan, template, data.background_image or template.background_image)
    c.showPage()
    for page in more:  # the design's paper and frame, without its background image
        draw_plan(c, page, template, None)
        c.showPage()
    c.save()
    return buf.getvalue()
