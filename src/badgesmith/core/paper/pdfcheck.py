"""What a certificate PDF holds besides its credential: structure, and what its page shows.

The embedded credential and the QR claim are signed; the page people look at is not. These
checks catch the usual ways a genuine certificate PDF is turned into a forged one:

* an incremental update appended to the file (what PDF editors do on "save");
* annotations (a text box over the name), extra attachments, a second QR code;
* the name, achievement or date missing from the page text, drawn invisibly (white, clipped,
  off the page, microscopic), or painted over by something drawn later: found by rendering the
  area with and without the objects concerned (PDFium);
* anything drawn after the QR code: Badgesmith draws the QR code last (see render.draw_plan),
  so later content was added to the page afterwards.

They cannot prove the absence of every change (text added in an empty corner by editing the
content stream is not caught); the verification report therefore also says in words what the
page must read.
"""

from __future__ import annotations

import ctypes
import io
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from bidi.algorithm import get_display
from PIL import Image, ImageChops
from pypdf import PdfReader
from pypdf.errors import PdfReadError

from badgesmith.core.paper.errors import CertificateError

Box = tuple[float, float, float, float]  # left, bottom, right, top in PDF points
RENDER_SCALE = 2.0  # 144 dpi: enough to see a 6 pt glyph, cheap for one region
_INK = 48  # grey levels that count as a visible difference
_MIN_VISIBLE = 0.01  # share of a fact's area that must change when it is removed
_MIN_TEXT_HEIGHT = 4.0  # points: smaller text cannot be read on paper


class PdfCheckError(CertificateError):
    """The PDF's structure cannot be read."""


@dataclass(frozen=True)
class PageFact:
    """A statement the page must show: ``label`` for messages, the text, other spellings."""

    label: str
    text: str
    alternatives: tuple[str, ...] = ()
    may_shorten: bool = False  # a very long name may end in "…" on the page


@dataclass(frozen=True)
class Structure:
    pages: int
    later_revisions: int  # incremental updates appended after the file was first written
    attachments: tuple[str, ...]  # embedded file names, from every place a viewer shows them
    annotations: tuple[str, ...]  # annotation subtypes on the first page


@dataclass
class PageReport:
    problems: list[str] = field(default_factory=list)  # sentences: what is wrong with the page


def read_structure(pdf: bytes) -> Structure:
    try:
        reader = PdfReader(io.BytesIO(pdf))
        pages = len(reader.pages)
        names = [name for name, blobs in reader.attachments.items() for _ in blobs]
        annots = []
        if pages:
            for ref in reader.pages[0].get("/Annots") or []:
                annot = ref.get_object()
                subtype = str(annot.get("/Subtype", "/Unknown")).lstrip("/")
                annots.append(subtype)
                if subtype == "FileAttachment":
                    spec = annot.get("/FS")
                    spec = spec.get_object() if spec is not None else {}
                    names.append(str(spec.get("/UF") or spec.get("/F") or "(unnamed)"))
        revisions = _later_revisions(pdf, reader)
    except (PdfReadError, ValueError, KeyError, AttributeError, OSError) as exc:
        raise PdfCheckError(f"The PDF is damaged or incomplete and cannot be read ({exc}).") from exc
    return Structure(pages, revisions, tuple(names), tuple(annots))


_EOF = re.compile(rb"%%EOF")


def _later_revisions(pdf: bytes, reader: PdfReader) -> int:
    # An incremental update appends objects, a new cross-reference section pointing back at the
    # previous one (/Prev) and another %%EOF. Badgesmith writes each certificate in one go.
    eofs = len(_EOF.findall(pdf))
    prev = 1 if "/Prev" in reader.trailer else 0
    return max(eofs - 1, prev, 0)


# --- the page ----------------------------------------------------------------------------------


def _norm(text: str) -> str:
    """Comparable form: compatibility forms folded (Arabic presentation forms), case folded,
    spaces, line breaks, bidi marks and other invisible characters removed."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return "".join(c for c in text if not c.isspace() and unicodedata.category(c) not in ("Cf", "Cc"))


def _forms(text: str) -> set[str]:
    """The ways a string can come out of a page: logical order, and the visual (drawn) order a
    right-to-left name is printed in, whole or line by line."""
    out = {_norm(text), _norm(get_display(text)), _norm(text[::-1])}
    return {f for f in out if f}


@dataclass(frozen=True)
class _Obj:
    index: int
    kind: int
    bounds: tuple[float, float, float, float]
    text: str  # normalised, text objects only


def _objects(page: pdfium.PdfPage) -> list[_Obj]:
    textpage = page.get_textpage()
    out = []
    for i, obj in enumerate(page.get_objects(max_depth=1)):
        kind = pdfium_c.FPDFPageObj_GetType(obj.raw)
        text = ""
        if kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
            n = pdfium_c.FPDFTextObj_GetText(obj.raw, textpage.raw, None, 0)
            if n > 2:
                buf = ctypes.create_string_buffer(n)
                pdfium_c.FPDFTextObj_GetText(obj.raw, textpage.raw, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)), n)
                text = _norm(buf.raw[: n - 2].decode("utf-16-le", "replace"))
        out.append(_Obj(i, kind, tuple(obj.get_bounds()), text))  # type: ignore[arg-type]
    return out


def _occurrences(objs: list[_Obj], forms: set[str]) -> list[list[_Obj]]:
    """Runs of consecutive text objects (in paint order) whose joined text holds one of
    ``forms``, shortest first: a wrapped name spans several lines, each its own object."""
    texts = [o for o in objs if o.text]
    limit = 4 * max(map(len, forms)) + 8
    found: list[tuple[int, int]] = []
    for start in range(len(texts)):
        joined = ""
        for end in range(start, len(texts)):
            joined += texts[end].text
            if any(f in joined for f in forms):
                found.append((start, end))
                break
            if len(joined) > limit:
                break
    minimal = [(a, b) for a, b in found if not any((c, d) != (a, b) and a <= c and d <= b for c, d in found)]
    return [texts[a : b + 1] for a, b in minimal]


def _shortened_occurrences(objs: list[_Obj], forms: set[str]) -> list[list[_Obj]]:
    """Runs ending in an ellipsis whose text before it begins one of ``forms``."""
    texts = [o for o in objs if o.text]
    out = []
    for start in range(len(texts)):
        joined = ""
        for end in range(start, min(start + 6, len(texts))):
            joined += texts[end].text
            head, dots, _ = joined.partition("...")  # NFKC spells "…" as three dots
            if dots:
                if len(head) >= 8 and any(f.startswith(head) for f in forms):
                    out.append(texts[start : end + 1])
                break
    return out


def _union(objs: Sequence[_Obj]) -> tuple[float, float, float, float]:
    return (min(o.bounds[0] for o in objs), min(o.bounds[1] for o in objs),
            max(o.bounds[2] for o in objs), max(o.bounds[3] for o in objs))


def _render_region(pdf: bytes, remove: set[int], box: tuple[float, float, float, float]) -> Image.Image | None:
    doc = pdfium.PdfDocument(pdf)
    try:
        page = doc[0]
        width, height = page.get_size()
        x0, y0, x1, y1 = max(box[0], 0), max(box[1], 0), min(box[2], width), min(box[3], height)
        if x1 - x0 < 1 or y1 - y0 < 1:
            return None  # the area lies off the page: nothing of it is printed
        if remove:
            for i, obj in enumerate(list(page.get_objects(max_depth=1))):
                if i in remove:
                    page.remove_obj(obj)
        page.gen_content()  # every variant regenerated alike, so they differ only by what was removed
        return page.render(scale=RENDER_SCALE, crop=(x0, y0, width - x1, height - y1), grayscale=True).to_pil()
    finally:
        doc.close()


def _changed(a: Image.Image | None, b: Image.Image | None) -> float:
    if a is None or b is None or a.size != b.size:
        return 0.0
    diff = ImageChops.difference(a, b).point(lambda v: 255 if v > _INK else 0)
    return diff.histogram()[255] / max(1, a.size[0] * a.size[1])


def check_page(pdf: bytes, facts: Sequence[PageFact], qr_box: tuple[float, float, float, float] | None) -> PageReport:
    """Whether the first page visibly shows each fact, uncovered, with nothing drawn after the QR."""
    report = PageReport()
    try:
        doc = pdfium.PdfDocument(pdf)
    except pdfium.PdfiumError as exc:
        raise PdfCheckError(f"The PDF cannot be opened: {exc}") from exc
    try:
        objs = _objects(doc[0])
    finally:
        doc.close()
    if qr_box is not None:
        _check_after_qr(objs, qr_box, report)
    for fact in facts:
        forms: set[str] = set()
        for spelling in (fact.text, *fact.alternatives):
            forms |= _forms(spelling)
        runs = _occurrences(objs, forms)
        if not runs and fact.may_shorten:
            runs = _shortened_occurrences(objs, forms)
        if not runs:
            report.problems.append(f"The page does not show the {fact.label} the credential states ({fact.text}).")
            continue
        for run in runs:
            box = _union(run)
            if box[3] - box[1] < _MIN_TEXT_HEIGHT:
                report.problems.append(f"The {fact.label} is printed too small to be read.")
                continue
            indices = {o.index for o in run}
            later = {o.index for o in objs if o.index > max(indices) and _overlaps(o.bounds, box)}
            as_drawn = _render_region(pdf, set(), box)
            before_later = _render_region(pdf, later, box) if later else as_drawn
            bare = _render_region(pdf, later | indices, box)
            if before_later is None or _changed(before_later, bare) < _MIN_VISIBLE:
                report.problems.append(f"The {fact.label} ({fact.text}) is on the page but not visible: "
                                       "it was hidden, so what shows there is something else.")
            elif later and _changed(as_drawn, before_later) > 0:
                report.problems.append(f"Something is drawn over the {fact.label} ({fact.text}): the page "
                                       "was changed after the certificate was made.")
    return report


def _overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _check_after_qr(objs: list[_Obj], qr_box: tuple[float, float, float, float], report: PageReport) -> None:
    inside = [o.index for o in objs if _overlaps(o.bounds, qr_box) and o.kind == pdfium_c.FPDF_PAGEOBJ_PATH]
    if not inside:
        return
    after = [o for o in objs if o.index > max(inside)]
    if after:
        report.problems.append(
            f"{len(after)} item(s) were drawn on the page after its QR code; Badgesmith draws the QR "
            "code last, so the page was changed after the certificate was made."
        )


def date_spellings(d: date, month_names: Sequence[Sequence[str]]) -> tuple[str, ...]:
    """How a certificate may print ``d``: '5 March 2026' in each known set of month names, and ISO."""
    return tuple(dict.fromkeys([f"{d.day} {months[d.month - 1]} {d.year}" for months in month_names]
                               + [d.isoformat()]))
