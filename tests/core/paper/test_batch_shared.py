"""The combined print PDF shares identical objects between pages and reads foreign PDFs."""

from __future__ import annotations

import io
from pathlib import Path

from _demo import NAMES, demo_data
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen.canvas import Canvas

from badgesmith.core.paper.batchpdf import combine_certificates
from badgesmith.core.paper.qrread import decode_qr_from_pdf
from badgesmith.core.paper.render import render_certificate
from badgesmith.core.paper.templates import load_template


def test_shared_images_and_fonts(tmp_path: Path) -> None:
    tpl = load_template("classic")
    names = ["Ann Lee", "Bob Ray", NAMES["latin"], "Ann Lee"]
    pdfs = [render_certificate(demo_data(n, qr_payload=f"BS1:{i:04d}"), tpl, credential={"n": i})
            for i, n in enumerate(names)]  # fmt: skip
    out = tmp_path / "print.pdf"
    assert combine_certificates(pdfs, out, title="B") == 4
    assert out.stat().st_size < 0.5 * sum(map(len, pdfs))
    r = PdfReader(out)
    images = set()
    fonts: dict[str, set[int]] = {}
    for page in r.pages:
        res = page["/Resources"]
        images |= {x.idnum for x in res["/XObject"].values()}  # type: ignore[attr-defined]
        for f in res["/Font"].values():
            desc = f.get_object()["/FontDescriptor"].get_object()
            fonts.setdefault(str(desc["/FontName"]), set()).add(desc.raw_get("/FontFile2").idnum)
    assert len(images) == 3  # the logo and two signatures, once for the four pages
    # one embedded file per distinct subset; different subsets never share a name
    assert all(len(v) == 1 for v in fonts.values())
    assert decode_qr_from_pdf(out.read_bytes(), dpi=100) == [f"BS1:{i:04d}" for i in range(4)]


def test_other_layouts_and_fallback_to_pypdf(tmp_path: Path) -> None:
    buf = io.BytesIO()
    c = Canvas(buf)
    c.drawString(100, 100, "hello")
    c.showPage()
    c.drawString(100, 100, "again")
    c.showPage()
    c.save()
    plain = buf.getvalue()
    alt = io.BytesIO()
    PdfWriter(clone_from=PdfReader(io.BytesIO(plain))).write(alt)  # pypdf's own layout
    # a wrong startxref: the small reader gives up, pypdf rebuilds the xref and copies it
    broken = plain[: plain.rindex(b"startxref")] + b"startxref\n12\n%%EOF\n"
    cert = render_certificate(demo_data(qr_payload="BS1:X"), load_template("minimal"))
    out = tmp_path / "mixed.pdf"
    assert combine_certificates([plain, alt.getvalue(), broken, cert], out) == 7
    r = PdfReader(out)
    texts = [p.extract_text().strip() for p in r.pages]
    assert texts[:6] == ["hello", "again"] * 3
    assert decode_qr_from_pdf(out.read_bytes(), dpi=100, max_pages=10) == ["BS1:X"]
