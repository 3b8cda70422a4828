"""Is the text of a certificate page drawn as it reads? Glyphs checked against our own fonts.

Text extraction reads a PDF font's /ToUnicode map, not the shapes it draws: a forger can draw
"Mallory Forger" with codes whose /ToUnicode says "Priya Patel", and every text-based check
reads the genuine name. Badgesmith draws every text of a certificate with subsets of the fonts
it ships (resources/fonts), so each glyph actually drawn can be compared, outline for outline,
with the glyph the shipped font has for the character /ToUnicode claims. A page drawn with any
other font (a standard font, a Type 3 font, one not embedded) was not made by Badgesmith.
"""

from __future__ import annotations

import io
import re
import struct
from collections.abc import Iterator
from functools import cache
from typing import Any

from fontTools.ttLib import TTFont, TTLibError
from pypdf import PdfReader
from pypdf.generic import ContentStream, DictionaryObject, IndirectObject

from badgesmith.core.paper.fonts import ALL_FACES
from badgesmith.resources import resource_path

MAX_FONT_BYTES = 8_000_000  # an embedded subset; our biggest (CJK) subsets are far smaller
_SHOW_OPERATORS = {b"Tj", b"TJ", b"'", b'"'}


@cache
def _shipped(face: str) -> TTFont | None:
    filename = ALL_FACES.get(face)
    if filename is None:
        return None
    return TTFont(str(resource_path("fonts", filename)), lazy=True)


def _outline(font: TTFont, glyph_name: str) -> tuple[Any, ...]:
    glyf = font["glyf"]
    coords, ends, flags = glyf[glyph_name].getCoordinates(glyf)
    return (tuple(coords), tuple(ends), tuple(f & 1 for f in flags))


def _to_unicode(font: DictionaryObject) -> dict[int, str]:
    """code -> text from a /ToUnicode CMap (bfchar and bfrange entries)."""
    cmap = font.get("/ToUnicode")
    if cmap is None:
        return {}
    data = cmap.get_object().get_data().decode("latin-1")
    out: dict[int, str] = {}

    def text(hexstr: str) -> str:
        raw = bytes.fromhex(hexstr)
        return raw.decode("utf-16-be", "replace")

    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
        for code, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
            out[int(code, 16)] = text(dst)
    for block in re.findall(r"beginbfrange(.*?)endbfrange", data, re.S):
        for lo, hi, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            first = int(dst, 16)
            for i, code in enumerate(range(int(lo, 16), min(int(hi, 16), int(lo, 16) + 256) + 1)):
                out[code] = chr(first + i) if first + i < 0x110000 else "\ufffd"
    return out


def _used_codes(reader: PdfReader, page: Any) -> dict[str, set[int]]:
    """Font resource name -> the one-byte codes the page's content shows with it."""
    used: dict[str, set[int]] = {}
    current = None
    contents = page.get_contents()
    if contents is None:
        return used
    for operands, operator in ContentStream(contents, reader).operations:
        if operator == b"Tf" and operands:
            current = str(operands[0])
        elif operator in _SHOW_OPERATORS and current is not None:
            strings = operands[-1] if operator != b"TJ" else [x for x in operands[0] if isinstance(x, bytes | str)]
            for s in strings if isinstance(strings, list) else [strings]:
                raw = s if isinstance(s, bytes) else getattr(s, "original_bytes", str(s).encode("latin-1", "replace"))
                used.setdefault(current, set()).update(raw)
    return used


def _resolve(obj: Any) -> Any:
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


def font_problems(reader: PdfReader) -> Iterator[str]:
    """Sentences for every way the first page's text is not drawn the way it reads."""
    page = reader.pages[0]
    resources = _resolve(page.get("/Resources")) or {}
    fonts = _resolve(resources.get("/Font")) or {}
    used = _used_codes(reader, page)
    for name, codes in used.items():
        font = _resolve(fonts.get(name))
        if not isinstance(font, DictionaryObject):
            yield f"The page draws text with a font it does not define ({name})."
            continue
        yield from _check_font(font, codes)


def _check_font(font: DictionaryObject, codes: set[int]) -> Iterator[str]:
    base = str(font.get("/BaseFont", "")).lstrip("/")
    face = base.split("+", 1)[1] if re.match(r"^[A-Z]{6}\+", base) else ""
    shipped = _shipped(face)
    descriptor = _resolve(font.get("/FontDescriptor"))
    program = _resolve(descriptor.get("/FontFile2")) if isinstance(descriptor, DictionaryObject) else None
    if font.get("/Subtype") != "/TrueType" or shipped is None or program is None:
        yield (f"Some text is drawn with the font {base or 'without a name'}, which Badgesmith never uses on "
               "a certificate: the page was edited.")
        return
    data = program.get_data()
    if len(data) > MAX_FONT_BYTES:
        yield f"The font {base} is far larger than any Badgesmith embeds."
        return
    try:
        subset = TTFont(io.BytesIO(data), lazy=True)
        cmap = {code: g for t in subset["cmap"].tables for code, g in t.cmap.items()}
        shipped_cmap = shipped.getBestCmap()
        tounicode = _to_unicode(font)
        for code in sorted(codes):
            text, glyph = tounicode.get(code), cmap.get(code)
            if glyph is None or text is None:
                yield f"Some text in the font {base} has no defined meaning: the page was edited."
                return
            original = shipped_cmap.get(ord(text)) if len(text) == 1 else None
            if original is None or _outline(subset, glyph) != _outline(shipped, original):
                yield (f"Some text is drawn with shapes that do not match the letters it reads as (font {base}): "
                       "what the page shows differs from its text.")
                return
    except (TTLibError, KeyError, ValueError, TypeError, AttributeError, IndexError, AssertionError, struct.error):
        yield f"The embedded font {base} cannot be read: the page was edited."
