"""What a certificate's page shows, compared with what was signed.

The embedded credential and the QR claim are signed; the page people look at is not. Once the
file's structure and fonts check out (pdfstructure, pdffonts: the text is drawn as it reads),
the page must show each signed fact (recipient, achievement, issuer, dates, credential id):

* exactly, as a line of its own, and only a few times;
* visibly: removing it from the page must change what the page looks like (a white, clipped,
  off-page or microscopic name is hidden);
* uncovered: nothing drawn after it may change how it looks (a name painted over);
* and nothing may be drawn after the QR code: Badgesmith draws it last (render.draw_plan).

Rendering uses PDFium on the area concerned with and without the objects in question. These
checks cannot prove the absence of every change (a line added in an empty corner), so the
verification report also says in words what the page must read.
"""

from __future__ import annotations

import ctypes
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from bidi.algorithm import get_display
from PIL import Image, ImageChops

from badgesmith.core.paper.errors import CertificateError

Box = tuple[float, float, float, float]  # left, bottom, right, top in PDF points
RENDER_SCALE = 2.0  # 144 dpi: enough to see a 6 pt glyph, cheap for one region
_INK = 48  # grey levels that count as a visible difference
_MIN_VISIBLE = 0.01  # share of a fact's area that must change when it is removed
_MIN_TEXT_HEIGHT = 4.0  # points: smaller text cannot be read on paper
MAX_OCCURRENCES = 3  # a fact printed more often is a page built to confuse (and costs renders)


class PageCheckError(CertificateError):
    """The page cannot be rendered to check it."""


@dataclass(frozen=True)
class PageFact:
    """A statement the page must show: ``label`` for messages, the text, other spellings."""

    label: str
    text: str
    alternatives: tuple[str, ...] = ()
    may_shorten: bool = False  # a very long name may end in "…" on the page
    own_line: bool = True  # drawn as a line of its own (the footer's id shares its line)


@dataclass
class PageReport:
    problems: list[str] = field(default_factory=list)  # sentences: what is wrong with the page


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


def _lines(objs: list[_Obj]) -> list[list[_Obj]]:
    """Text objects grouped into lines: consecutive in paint order and on the same baseline band
    (a line in several fonts is several objects)."""
    lines: list[list[_Obj]] = []
    for o in (o for o in objs if o.text):
        last = lines[-1][-1] if lines else None
        if last is not None and last.index == o.index - 1 and _same_band(last.bounds, o.bounds):
            lines[-1].append(o)
        else:
            lines.append([o])
    return lines


def _same_band(a: Box, b: Box) -> bool:
    overlap = min(a[3], b[3]) - max(a[1], b[1])
    return overlap > 0.5 * min(a[3] - a[1], b[3] - b[1])


def _text(run: Sequence[_Obj]) -> str:
    return "".join(o.text for o in run)


def _occurrences(objs: list[_Obj], fact: PageFact, forms: set[str]) -> list[list[_Obj]]:
    """Where the page shows ``fact``: whole lines (or consecutive lines of a wrapped text) whose
    text is exactly one of ``forms``; for a footer fact, a line that contains it."""
    lines = _lines(objs)
    found: list[list[_Obj]] = []
    for start in range(len(lines)):
        for end in range(start, min(start + 6, len(lines))):
            group = lines[start : end + 1]
            if not fact.own_line:
                if any(f in _text(group[0]) for f in forms):
                    found.append(list(group[0]))
                break
            # a wrapped right-to-left text is drawn line by line in visual order
            readings = {"".join(_text(line) for line in group), "".join(_text(line)[::-1] for line in group)}
            if readings & forms or (fact.may_shorten and any(_shortened(r, forms) for r in readings)):
                found.append([o for line in group for o in line])
                break
    return found


def _shortened(text: str, forms: set[str]) -> bool:
    """A long text cut to fit, ending in an ellipsis (NFKC spells "…" as three dots)."""
    head, dots, tail = text.rpartition("...")
    return bool(dots) and not tail and len(head) >= 8 and any(f.startswith(head) and f != head for f in forms)


def _neighbours(objs: list[_Obj], run: Sequence[_Obj]) -> list[_Obj]:
    """Other text on the same band as ``run`` and close to it: letters added before or after a
    name ("Su" + "Priya Patel" + "kar") make another name."""
    box = _union(run)
    height = box[3] - box[1]
    members = {o.index for o in run}
    return [o for o in objs if o.text and o.index not in members and _same_band(o.bounds, box)
            and o.bounds[0] < box[2] + 3 * height and o.bounds[2] > box[0] - 3 * height]


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
        raise PageCheckError(f"The PDF cannot be opened: {exc}") from exc
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
        runs = _occurrences(objs, fact, forms)
        if not runs:
            report.problems.append(f"The page does not show the {fact.label} the credential states ({fact.text}).")
            continue
        if len(runs) > MAX_OCCURRENCES:
            report.problems.append(f"The page shows the {fact.label} {len(runs)} times; a certificate shows it "
                                   f"at most {MAX_OCCURRENCES} times.")
            continue
        for run in runs:
            problem = _check_run(pdf, objs, fact, run)
            if problem:
                report.problems.append(problem)
    return report


def _check_run(pdf: bytes, objs: list[_Obj], fact: PageFact, run: list[_Obj]) -> str | None:
    box = _union(run)
    if box[3] - box[1] < _MIN_TEXT_HEIGHT * len(_lines(run)):
        return f"The {fact.label} is printed too small to be read."
    if fact.own_line and _neighbours(objs, run):
        return (f"Other text is printed right beside the {fact.label} ({fact.text}), so the line reads "
                "differently from what was signed.")
    indices = {o.index for o in run}
    later = {o.index for o in objs if o.index > max(indices) and _overlaps(o.bounds, box)}
    as_drawn = _render_region(pdf, set(), box)
    before_later = _render_region(pdf, later, box) if later else as_drawn
    bare = _render_region(pdf, later | indices, box)
    if before_later is None or _changed(before_later, bare) < _MIN_VISIBLE:
        return (f"The {fact.label} ({fact.text}) is on the page but not visible: it was hidden, so what shows "
                "there is something else.")
    if later and _changed(as_drawn, before_later) > 0:
        return f"Something is drawn over the {fact.label} ({fact.text}): the page was changed after the certificate was made."
    return None


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
