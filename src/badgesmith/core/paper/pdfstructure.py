"""What a certificate PDF is made of, checked before its page is believed.

Badgesmith writes every certificate in one go with reportlab: one page in a flat page tree, of
paper size, its text in fonts Badgesmith ships, with one attached credential, no annotations, no
layers and no embedded drawings. Anything else was added afterwards or is built to look
different to different programs (e.g. a page that pypdf, PDFium and poppler each read
differently, or a layer shown on screen but not on paper), so it is reported as a problem, in
one sentence each, and the certificate is not vouched for.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Any

from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

from badgesmith.core.paper.errors import CertificateError
from badgesmith.core.paper.pdffonts import font_problems

MAX_PAGE_POINTS = 1700  # about 60 cm: far more than A3, far less than a page that exhausts memory
MIN_PAGE_POINTS = 100


class PdfCheckError(CertificateError):
    """The PDF's structure cannot be read."""


@dataclass(frozen=True)
class Structure:
    pages: int
    later_revisions: int  # incremental updates appended after the file was first written
    attachments: tuple[str, ...]  # embedded file names, from every place a viewer shows them
    annotations: tuple[str, ...]  # annotation subtypes on the first page
    problems: tuple[str, ...]  # sentences: built or edited in ways Badgesmith never writes
    renderable: bool = True  # of paper size: safe to render (a huge page would exhaust memory)


def _resolve(obj: Any) -> Any:
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


def read_structure(pdf: bytes) -> Structure:
    try:
        reader = PdfReader(io.BytesIO(pdf))
        problems: list[str] = []
        pages = _page_tree(reader, problems)
        names = [name for name, blobs in reader.attachments.items() for _ in blobs]
        annots: list[str] = []
        renderable = pages == 1
        if pages == 1:
            page = reader.pages[0]
            annots = _annotations(page, names)
            renderable = _page_size(page, problems)
            _drawings(page, problems)
            problems += list(font_problems(reader))
        if "/OCProperties" in reader.root_object:
            problems.append("The PDF has layers (optional content) that can show different things on screen "
                            "and on paper; Badgesmith certificates have none.")
        revisions = _later_revisions(pdf, reader)
    except PdfCheckError:
        raise
    except Exception as exc:  # pypdf raises many kinds of errors on hostile structures
        raise PdfCheckError(f"The PDF is damaged or incomplete and cannot be read ({type(exc).__name__}).") from exc
    return Structure(pages, revisions, tuple(names), tuple(annots), tuple(problems), renderable)


def _page_tree(reader: PdfReader, problems: list[str]) -> int:
    """The page count, and a problem when the page tree is not the plain one Badgesmith writes
    (programs disagree on which page an unusual tree shows)."""
    root = _resolve(reader.root_object["/Pages"])
    kids = _resolve(root.get("/Kids")) or []
    if len(kids) == 1:
        page = _resolve(kids[0])
        if (not isinstance(page, DictionaryObject) or page.get("/Type") != "/Page" or "/Kids" in page
                or root.get("/Count") != 1):
            problems.append("The PDF's page structure is unusual, so different programs can show different "
                            "pages; Badgesmith certificates have a single, plain page.")
    return len(reader.pages)


def _annotations(page: Any, names: list[str]) -> list[str]:
    annots: list[str] = []
    refs = _resolve(page.get("/Annots"))
    if refs is None:
        return annots
    if not isinstance(refs, list):
        return ["Unknown"]
    for ref in refs:
        annot = _resolve(ref)
        if not isinstance(annot, DictionaryObject):
            annots.append("Unknown")
            continue
        subtype = str(annot.get("/Subtype", "/Unknown")).lstrip("/")
        annots.append(subtype)
        if subtype == "FileAttachment":
            spec = _resolve(annot.get("/FS"))
            spec = spec if isinstance(spec, DictionaryObject) else {}
            names.append(str(spec.get("/UF") or spec.get("/F") or "(unnamed)"))
    return annots


def _page_size(page: Any, problems: list[str]) -> bool:
    for box in (page.mediabox, page.cropbox):
        w, h = float(box.width), float(box.height)
        if not (MIN_PAGE_POINTS <= w <= MAX_PAGE_POINTS and MIN_PAGE_POINTS <= h <= MAX_PAGE_POINTS):
            problems.append(f"The page is {w / 72 * 2.54:.0f} x {h / 72 * 2.54:.0f} cm; a certificate is "
                            "A4 or Letter.")
            return False
    return True


def _drawings(page: Any, problems: list[str]) -> None:
    resources = _resolve(page.get("/Resources")) or {}
    xobjects = _resolve(resources.get("/XObject")) or {}
    for obj in xobjects.values():
        if _resolve(obj).get("/Subtype") == "/Form":
            problems.append("The page contains an embedded drawing (a form XObject), which Badgesmith "
                            "certificates never have: content was added to the page.")
            return


_EOF = re.compile(rb"%%EOF")


def _later_revisions(pdf: bytes, reader: PdfReader) -> int:
    # An incremental update appends objects, a new cross-reference section pointing back at the
    # previous one (/Prev) and another %%EOF. Badgesmith writes each certificate in one go.
    eofs = len(_EOF.findall(pdf))
    prev = 1 if "/Prev" in reader.trailer else 0
    return max(eofs - 1, prev, 0)
