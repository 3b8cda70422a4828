"""Font subsets: only drawn glyphs, cached per glyph set, tags unique per subset."""

from __future__ import annotations

import io

from _demo import NAMES, demo_data
from pypdf import PdfReader

from badgesmith.core.paper import fonts as F
from badgesmith.core.paper.render import render_certificate
from badgesmith.core.paper.templates import load_template


def _fonts(pdf: bytes) -> dict[str, tuple[int, bytes]]:
    """BaseFont -> (number of codes, embedded font program)."""
    out = {}
    for f in PdfReader(io.BytesIO(pdf)).pages[0]["/Resources"]["/Font"].values():
        f = f.get_object()
        data = f["/FontDescriptor"]["/FontFile2"].get_data()
        out[str(f["/BaseFont"])] = (int(f["/LastChar"]) + 1, data)
    return out


def test_no_fallback_fonts_for_latin_and_small_subsets() -> None:
    tpl = load_template("classic")
    fonts = _fonts(render_certificate(demo_data(NAMES["latin"]), tpl))
    faces = {name.split("+", 1)[1] for name in fonts}
    assert faces == {"NotoSerif-Bold", "NotoSerif-Italic", "NotoSerif-Regular", "NotoSans-Regular"}
    assert all(n < 80 for n, _ in fonts.values())  # not the whole of ASCII in every subset


def test_same_text_same_subset_other_text_other_tag() -> None:
    tpl = load_template("modern")
    a = _fonts(render_certificate(demo_data("Ann Lee"), tpl))
    b = _fonts(render_certificate(demo_data("Ann Lee"), tpl))
    c = _fonts(render_certificate(demo_data("Zed Quist"), tpl))
    assert a == b
    name_a = {k for k in a if k.endswith("NotoSans-Bold")}
    name_c = {k for k in c if k.endswith("NotoSans-Bold")}
    assert name_a and name_c and name_a.isdisjoint(name_c)


def test_cjk_only_when_needed() -> None:
    tpl = load_template("minimal")
    assert not any("DroidSans" in k for k in _fonts(render_certificate(demo_data("Ann"), tpl)))
    fonts = _fonts(render_certificate(demo_data(NAMES["chinese"]), tpl))
    (cjk,) = [v for k, v in fonts.items() if k.endswith("+DroidSansFallback")]
    # codes 0-32 (.notdef, the three glyphs, space filling up to 32): kilobytes of a 4 MB font
    assert cjk[0] <= 33 and len(cjk[1]) < 20_000
    assert F.missing_glyphs(NAMES["chinese"], tpl.fonts.name) == set()
