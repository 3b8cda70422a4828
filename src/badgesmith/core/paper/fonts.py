"""Certificate fonts: registration, per-character fallback, coverage checks and shaping.

reportlab draws one font per text run and does no shaping or bidi of its own, so this module
  * registers the shipped TrueType fonts once per process;
  * turns a logical string into display order (Arabic joined via presentation forms with
    ``arabic_reshaper``, then reordered with ``python-bidi``);
  * splits the display string into runs, each drawn with the first font in the chain that
    covers its characters (template face -> Arabic -> Hebrew -> CJK);
  * answers "can this name be printed?" before anything is issued (``missing_glyphs``).
"""

from __future__ import annotations

import hashlib
import threading
import unicodedata
import zlib
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import FF_NONSYMBOLIC, FF_SYMBOLIC, TTFont, makeToUnicodeCMap

from badgesmith.resources import resource_path

# Faces a template may choose; name -> file in resources/fonts.
TEMPLATE_FACES: dict[str, str] = {
    "NotoSerif-Regular": "NotoSerif-Regular.ttf",
    "NotoSerif-Bold": "NotoSerif-Bold.ttf",
    "NotoSerif-Italic": "NotoSerif-Italic.ttf",
    "NotoSans-Regular": "NotoSans-Regular.ttf",
    "NotoSans-Bold": "NotoSans-Bold.ttf",
}
FALLBACK_FACES: dict[str, str] = {
    "NotoSansArabic-Regular": "NotoSansArabic-Regular.ttf",
    "NotoSansArabic-Bold": "NotoSansArabic-Bold.ttf",
    "NotoSansHebrew-Regular": "NotoSansHebrew-Regular.ttf",
    "NotoSansHebrew-Bold": "NotoSansHebrew-Bold.ttf",
    "DroidSansFallback": "DroidSansFallbackFull.ttf",
}
ALL_FACES: dict[str, str] = {**TEMPLATE_FACES, **FALLBACK_FACES}
DEFAULT_FACE = "NotoSans-Regular"
# Droid Sans Fallback has no bold; bold CJK runs are emboldened with a stroke when drawn.
SYNTHETIC_BOLD = frozenset({"DroidSansFallback"})

_lock = threading.Lock()
_registered: set[str] = set()  # faces registered with reportlab so far


# ---------------------------------------------------------------------------- embedding


class _SubsetObjects:
    """The PDF objects of one font subset that do not depend on the document: built once per
    process and shared by every certificate that uses the same glyphs in the same order."""

    __slots__ = ("base_font", "widths", "to_unicode", "font_file", "length1", "descriptor")

    def __init__(self, font: CertificateFont, subset: tuple[int, ...]) -> None:
        face = font.face
        # Subset tag from the glyph set: different subsets get different tags, so the
        # combined print PDF (many certificates) never has two different "AAAAAA+Face".
        digest = hashlib.sha256(font.fontName.encode() + repr(subset).encode()).digest()
        tag = "".join(chr(65 + b % 26) for b in digest[:6])
        self.base_font = tag + "+" + (face.name + face.subfontNameX).decode("pdfdoc")
        self.widths = b"[ " + " ".join(fp_str(face.getCharWidth(c)) for c in subset).encode() + b" ]"
        self.to_unicode = zlib.compress(makeToUnicodeCMap(self.base_font, list(subset)).encode())
        raw = face.makeSubset(list(subset))
        self.length1 = len(raw)
        self.font_file = zlib.compress(raw, 9)  # once per glyph set: worth the best level
        flags = (face.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC
        self.descriptor = {
            "Type": "/FontDescriptor", "Ascent": face.ascent, "CapHeight": face.capHeight,
            "Descent": face.descent, "Flags": flags, "FontBBox": pdfdoc.PDFArray(face.bbox),
            "FontName": pdfdoc.PDFName(self.base_font), "ItalicAngle": face.italicAngle,
            "StemV": face.stemV, "MissingWidth": face.defaultWidth,
        }  # fmt: skip


_FLATE = pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])
_SUBSET_CACHE: OrderedDict[tuple[str, tuple[int, ...]], _SubsetObjects] = OrderedDict()
_SUBSET_CACHE_SIZE = 512
_subset_lock = threading.Lock()


def _subset_objects(font: CertificateFont, subset: tuple[int, ...]) -> _SubsetObjects:
    key = (font.fontName, subset)
    with _subset_lock:  # also serialises makeSubset: a face reads its file through a cursor
        hit = _SUBSET_CACHE.get(key)
        if hit is not None:
            _SUBSET_CACHE.move_to_end(key)
            return hit
        made = _SubsetObjects(font, subset)
        _SUBSET_CACHE[key] = made
        while len(_SUBSET_CACHE) > _SUBSET_CACHE_SIZE:
            _SUBSET_CACHE.popitem(last=False)
    return made


def _stream(content: bytes, **extra: Any) -> pdfdoc.PDFStream:
    """A stream whose content is already Flate-compressed (reportlab leaves it alone)."""
    return pdfdoc.PDFStream(pdfdoc.PDFDictionary({"Filter": _FLATE, **extra}), content=content)


class CertificateFont(TTFont):
    """A TrueType font embedded as small subsets that are cached across documents.

    reportlab re-subsets and re-compresses every font for every document, and (with its
    default "ASCII readable" subsets) always embeds all of ASCII. Here codes are given in
    code-point order of the characters a page actually uses (``assign``), so the same text
    gives the same subset, and the subset's PDF objects (glyph data, widths, ToUnicode map)
    are built once per process. Only glyphs that are drawn are embedded, and a font that
    draws nothing is not embedded at all (reportlab only embeds fonts selected for text).
    """

    def __init__(self, name: str, filename: str) -> None:
        # shapable=False: we shape ourselves; reportlab's harfbuzz path is paragraph-only.
        super().__init__(name, filename, asciiReadable=0, shapable=False)

    def assign(self, doc: Any, chars: Iterable[str]) -> None:
        """Give ``chars`` their codes in ``doc`` now, in code-point order."""
        self.splitString("".join(sorted(set(chars))), doc)

    def addObjects(self, doc: Any) -> None:
        state = self.state.get(doc)
        if state is None:
            state = self.state[doc] = TTFont.State(self._asciiReadable, self)
        state.frozen = 1
        font_dict = doc.idToObject["BasicFonts"].dict
        for n, subset in enumerate(state.subsets):
            internal = self.getSubsetInternalName(n, doc)[1:]
            objs = _subset_objects(self, tuple(subset))
            font_file = doc.Reference(_stream(objs.font_file, Length1=objs.length1),
                                      f"fontFile:{internal}")  # fmt: skip
            descriptor = doc.Reference(
                pdfdoc.PDFDictionary({**objs.descriptor, "FontFile2": font_file}),
                f"fontDescriptor:{internal}",
            )
            pdf_font = pdfdoc.PDFTrueTypeFont()
            pdf_font.Name = internal
            pdf_font.BaseFont = objs.base_font
            pdf_font.FirstChar = 0
            pdf_font.LastChar = len(subset) - 1
            pdf_font.Widths = objs.widths
            pdf_font.ToUnicode = doc.Reference(_stream(objs.to_unicode), f"toUnicode:{internal}")
            pdf_font.FontDescriptor = descriptor
            doc.Reference(pdf_font, internal)
            font_dict[internal] = pdf_font
        del self.state[doc]


def ensure_faces(*faces: str) -> None:
    """Register these shipped faces with reportlab, each once per process (thread-safe). Reading a
    face's tables takes tens of milliseconds (the CJK fallback most), and a chart or a Latin name
    needs one or two of the ten, so each is read when it is first used."""
    if _registered.issuperset(faces):
        return
    with _lock:
        for face in faces:
            if face not in _registered:
                pdfmetrics.registerFont(CertificateFont(face, str(resource_path("fonts", ALL_FACES[face]))))
                _registered.add(face)


def register_fonts() -> None:
    """Register every shipped face (a document may draw with any of them)."""
    ensure_faces(*ALL_FACES)


def is_bold(face: str) -> bool:
    return face.endswith("-Bold")


@cache
def coverage(face: str) -> frozenset[int]:
    """Code points the face maps to a glyph (its cmap)."""
    ensure_faces(face)
    font = pdfmetrics.getFont(face)
    return frozenset(font.face.charToGlyph)  # type: ignore[attr-defined]


@cache
def fallback_chain(face: str) -> tuple[str, ...]:
    """Fonts tried in order for a run whose template face is ``face``."""
    if face not in ALL_FACES:
        raise KeyError(f"unknown font {face!r}; choose one of {', '.join(TEMPLATE_FACES)}")
    weight = "Bold" if is_bold(face) else "Regular"
    chain = [face, f"NotoSansArabic-{weight}", f"NotoSansHebrew-{weight}", "DroidSansFallback"]
    # A serif face falls back to the sans of the same weight before the script fonts
    # (Noto Sans has a few more symbols).
    if face.startswith("NotoSerif"):
        chain.insert(1, f"NotoSans-{weight}")
    return tuple(dict.fromkeys(chain))


# ---------------------------------------------------------------------------- text shaping


def _has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def base_direction(text: str, default: str = "L") -> str:
    """"R" or "L": the direction of ``text``'s first letter that has one (Unicode bidi rules P2
    and P3), ``default`` when none has (digits, a percentage: they follow the page)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "R"
        if kind == "L":
            return "L"
    return default


def _has_arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" for ch in text)


def clean_text(text: str) -> str:
    """NFC, whitespace collapsed to single spaces, control characters dropped."""
    text = unicodedata.normalize("NFC", text)
    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        if ch.isspace():
            out.append(" ")
        elif cat in ("Cc", "Cs", "Co", "Cn") or ch == "\ufeff":
            continue
        else:
            out.append(ch)
    return " ".join("".join(out).split())


def display_text(text: str, base: str | None = None) -> str:
    """Logical text -> the glyph string to draw left to right.

    Arabic letters become their contextual presentation forms (joined, with lam-alef
    ligatures), and right-to-left runs are reordered by the Unicode bidi algorithm.
    Format characters (ZWJ, bidi marks) are dropped after they have done their job.
    ``base`` ("L" or "R") is the paragraph's direction when ``text`` is one line of a wrapped
    paragraph, or a label on a right-to-left page; None takes ``text``'s own (``base_direction``).
    """
    text = clean_text(text)
    if base is None:
        base = base_direction(text)
    if _has_rtl(text) or base == "R":
        if _has_arabic(text):
            import arabic_reshaper  # imported lazily: most names never need it

            text = arabic_reshaper.reshape(text)
        if any(unicodedata.mirrored(ch) for ch in text):
            # python-bidi's Rust algorithm leaves brackets unmirrored (rule L4): "(x)" in Arabic would
            # print as ")x("; its legacy Python one mirrors them
            from bidi.algorithm import get_display
        else:
            from bidi import get_display

        text = get_display(text, base_dir=base)
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


# ---------------------------------------------------------------------------- runs


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of display-order text drawn with one font."""

    text: str
    font: str


def _is_neutral(ch: str) -> bool:
    # Spaces, punctuation, digits and combining marks stay in the current run when that
    # font has them, so "王 小明" or "Zoë (Ñ)" do not flip fonts at every space.
    return ch.isspace() or unicodedata.category(ch)[0] in "MPZN"


def split_runs(display: str, face: str) -> list[Run]:
    """Split an already display-ordered string into runs by font coverage."""
    chain = fallback_chain(face)  # each face's coverage is read only when a character needs it
    runs: list[Run] = []
    cur_font: str | None = None
    cur: list[str] = []
    for ch in display:
        cp = ord(ch)
        if cp == 0xA0:
            cp = 0x20
        chosen: str | None = None
        if cur_font is not None and _is_neutral(ch) and cp in coverage(cur_font):
            chosen = cur_font
        else:
            chosen = next((f for f in chain if cp in coverage(f)), None)
        if chosen is None:
            chosen = cur_font or face  # uncovered; callers check missing_glyphs first
        if chosen != cur_font and cur:
            runs.append(Run("".join(cur), cur_font or face))
            cur = []
        cur_font = chosen
        cur.append(ch)
    if cur:
        runs.append(Run("".join(cur), cur_font or face))
    return runs


@lru_cache(maxsize=4096)
def _runs_cached(text: str, face: str, base: str | None) -> tuple[Run, ...]:
    return tuple(split_runs(display_text(text, base), face))


def runs_for(text: str, face: str, base: str | None = None) -> list[Run]:
    """Logical text -> display-ordered runs (memoised: fitting measures the same strings
    many times, and a batch repeats most of them); ``base`` as in ``display_text``."""
    return list(_runs_cached(text, face, base))


@cache
def _chain_coverage(face: str) -> frozenset[int]:
    return frozenset().union(*(coverage(f) for f in fallback_chain(face)))


def missing_glyphs(text: str, face: str = DEFAULT_FACE) -> set[str]:
    """Characters of ``text`` (as typed and as shaped for display) that no font can draw."""
    return set(_missing_cached(text, face))


@lru_cache(maxsize=4096)
def _missing_cached(text: str, face: str) -> frozenset[str]:
    covered = _chain_coverage(face)
    missing: set[str] = set()
    for ch in set(clean_text(text)) | set(display_text(text)):
        if ch == " " or unicodedata.category(ch) == "Cf":
            continue
        if ord(ch) not in covered:
            missing.add(ch)
    return frozenset(missing)


def can_render(text: str, face: str = DEFAULT_FACE) -> bool:
    """True when every character of ``text`` has a glyph: ask before issuing."""
    return not missing_glyphs(text, face)


def describe_missing(chars: Iterable[str]) -> str:
    """'"☃" (U+2603 SNOWMAN), ...' for error messages."""
    parts = []
    for ch in sorted(chars):
        name = unicodedata.name(ch, "unnamed character")
        parts.append(f'"{ch}" (U+{ord(ch):04X} {name})')
    return ", ".join(parts)


def runs_width(runs: Iterable[Run], size: float, char_space: float = 0.0) -> float:
    """Advance width of the runs at ``size`` points, including letter spacing."""
    total = 0.0
    for r in runs:
        total += pdfmetrics.stringWidth(r.text, r.font, size) + char_space * len(r.text)
    return total


