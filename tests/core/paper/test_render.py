"""Certificate rendering: every template x paper x orientation scans at 150 dpi; names in
seven scripts render with embedded fonts; long names stay in their box; bad images fail
clearly; the credential round-trips; the batch file keeps order."""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest
import zxingcpp
from _demo import NAMES, demo_data, payload
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PIL import Image
from pypdf import PdfReader

from badgesmith.core.paper import fonts as F
from badgesmith.core.paper import qrclaim
from badgesmith.core.paper.batchpdf import combine_certificates
from badgesmith.core.paper.errors import (
    CertificateImageError,
    TemplateError,
    UnrenderableTextError,
)
from badgesmith.core.paper.pdfembed import embed_credential, extract_credential, read_metadata
from badgesmith.core.paper.qrread import QrReadError, decode_qr_from_image, decode_qr_from_pdf
from badgesmith.core.paper.render import (
    Rect,
    page_size,
    plan_certificate,
    render_certificate,
)
from badgesmith.core.paper.templates import list_templates, load_template

TEMPLATES = [tid for tid, _ in list_templates()]
needs_poppler = pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils missing")


def pdftoppm_150(pdf: bytes) -> Image.Image:
    with tempfile.TemporaryDirectory() as d:
        subprocess.run(["pdftoppm", "-png", "-r", "150", "-singlefile", "-", f"{d}/p"],
                       input=pdf, check=True)  # fmt: skip
        im = Image.open(f"{d}/p.png")
        im.load()
        return im


def embedded_fonts(pdf: bytes) -> set[str]:
    names = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            desc = font.get("/FontDescriptor")
            assert desc is not None and "/FontFile2" in desc.get_object(), font["/BaseFont"]
            names.add(str(font["/BaseFont"]).split("+", 1)[-1])
    return names


def test_builtin_templates() -> None:
    assert TEMPLATES == ["classic", "modern", "minimal"]


@needs_poppler
@pytest.mark.parametrize("orientation", ["landscape", "portrait"])
@pytest.mark.parametrize("paper", ["A4", "Letter"])
@pytest.mark.parametrize("tid", TEMPLATES)
def test_qr_scans_at_150_dpi(tid: str, paper: str, orientation: str) -> None:
    # A real signed claim (with a verification-page URL on Letter): print, scan, verify.
    data = demo_data(qr_payload="")
    key = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
    claim = qrclaim.encode_claim(qrclaim.ClaimFields(
        "urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427", data.recipient_name, data.achievement_name,
        data.issuer_name, data.issue_date, data.expiry_date), key)
    url = "https://certs.example-college.ac.uk/verify" if paper == "Letter" else None
    p = qrclaim.claim_qr_payload(claim, url)
    pdf = render_certificate(replace(data, qr_payload=p), load_template(tid), paper, orientation)
    im = pdftoppm_150(pdf)
    w, h = page_size(paper, orientation)
    assert abs(im.width - w / 72 * 150) <= 2 and abs(im.height - h / 72 * 150) <= 2
    found = [b.text for b in zxingcpp.read_barcodes(im, formats=zxingcpp.BarcodeFormat.QRCode)]
    assert found == [p]
    verdict = qrclaim.verify_claim(qrclaim.decode_claim(found[0]), [key.public_key()])
    assert verdict.status is qrclaim.ClaimStatus.VALID
    # Every box sits on the page, inside the margins.
    plan = plan_certificate(demo_data(qr_payload=p), load_template(tid), paper, orientation)
    page = Rect(10, 10, w - 20, h - 20)
    for t in plan.texts:
        for ext in t.extents():
            assert t.box.contains(ext, tol=0.5), (t.field, t.box, ext)
            assert page.contains(ext), t.field
    assert plan.qr is not None and 34 * 72 / 25.4 <= plan.qr.w <= 41 * 72 / 25.4


def test_qr_worst_case_version_20_scans() -> None:
    p = payload(600, seed=9)  # version 20 at M in alphanumeric mode
    pdf = render_certificate(
        demo_data(qr_payload=p), load_template("minimal"), "Letter", "portrait"
    )
    assert decode_qr_from_pdf(pdf, dpi=150) == [p]


@pytest.mark.parametrize("script", sorted(NAMES))
def test_names_in_many_scripts(script: str) -> None:
    name = NAMES[script]
    tpl = load_template("classic")
    assert F.can_render(name, tpl.fonts.name)
    assert F.missing_glyphs(name, tpl.fonts.name) == set()
    pdf = render_certificate(demo_data(name), tpl)
    fonts = embedded_fonts(pdf)
    expected = {
        "chinese": "DroidSansFallback", "japanese": "DroidSansFallback",
        "arabic": "NotoSansArabic-Regular", "hebrew": "NotoSansHebrew-Regular",
    }.get(script, "NotoSerif-Italic")  # fmt: skip
    assert expected in fonts
    runs = F.runs_for(name, tpl.fonts.name)
    assert all(ord(ch) in F.coverage(r.font) for r in runs for ch in r.text if ch != " ")


def test_arabic_is_joined_and_right_to_left() -> None:
    shown = F.display_text("محمد")
    # Contextual forms (Presentation Forms-B), not the isolated base letters...
    assert all(0xFE70 <= ord(ch) <= 0xFEFF for ch in shown)
    # ...in visual order: the final form of dal comes first (leftmost).
    assert shown[0] == "\ufeaa" and shown[-1] == "\ufee3"
    assert F.display_text("דוד כהן") == "ןהכ דוד"


def test_unrenderable_name_is_refused_not_boxed() -> None:
    name = "Ada \U0001f393 Lovelace"
    assert not F.can_render(name)
    assert F.missing_glyphs(name) == {"\U0001f393"}
    with pytest.raises(UnrenderableTextError, match="U\\+1F393"):
        render_certificate(demo_data(name), load_template("modern"))


@pytest.mark.parametrize("tid", TEMPLATES)
@pytest.mark.parametrize(
    "name",
    [
        " ".join(["Maximiliana-Wilhelmina"] * 9)[:200],
        "W" * 200,
        "王" * 200,
    ],
)
def test_long_name_stays_in_its_box(tid: str, name: str) -> None:
    assert len(name) >= 200
    for paper, orientation in (("A4", "landscape"), ("Letter", "portrait")):
        plan = plan_certificate(demo_data(name), load_template(tid), paper, orientation)
        t = plan.text("recipient")
        assert 1 <= len(t.lines) <= 2
        for ext in t.extents():
            assert t.box.contains(ext, tol=0.01), (ext, t.box)
        # and the box itself is within the page's width
        assert t.box.x > 0 and t.box.x1 < plan.width


def test_long_name_ink_stays_in_box() -> None:
    """Pixels, not arithmetic: render the name alone and look where the ink is."""
    name = "Bartholomew " * 17
    tpl = load_template("minimal", {"wording": {"presented": "", "completed": "", "title": "",
                                                "verify": ""}})  # fmt: skip
    data = demo_data(name, description="", achievement_name=" ", issuer_name=" ", credential_id="", key_fingerprint="",
                     issuer_logo=None, signatories=(), expiry_date=None)  # fmt: skip
    plan = plan_certificate(data, tpl)
    box = plan.text("recipient").box
    pdf = render_certificate(data, tpl)
    im = pdftoppm_150(pdf).convert("L")
    s = 150 / 72
    ink = im.point(lambda v: 255 if v < 128 else 0)
    # blank out the QR and the date blocks, then everything left must be inside the name box
    assert plan.qr is not None
    for r in [plan.qr] + [t.box for t in plan.texts if t.field.startswith(("date", "footer"))]:
        ink.paste(0, (int(r.x * s) - 40, int((plan.height - r.y1) * s) - 40,
                      int(r.x1 * s) + 40, int((plan.height - r.y) * s) + 40))  # fmt: skip
    for sh in plan.shapes:  # decorative hairlines
        ink.paste(0, (int(sh.x0 * s) - 4, int((plan.height - max(sh.y0, sh.y1)) * s) - 6,
                      int(sh.x1 * s) + 4, int((plan.height - min(sh.y0, sh.y1)) * s) + 6))  # fmt: skip
    bbox = ink.getbbox()
    assert bbox is not None
    x0, y0, x1, y1 = bbox
    assert x0 >= box.x * s - 2 and x1 <= box.x1 * s + 2
    assert y0 >= (plan.height - box.y1) * s - 2 and y1 <= (plan.height - box.y) * s + 2


def test_corrupt_logo_gives_clear_error() -> None:
    with pytest.raises(CertificateImageError, match="issuer logo is not a readable PNG or JPEG"):
        render_certificate(
            demo_data(issuer_logo=b"\x89PNG\r\n\x1a\nnot really"), load_template("classic")
        )
    with pytest.raises(CertificateImageError, match="not a readable SVG"):
        render_certificate(demo_data(issuer_logo=b"<svg xmlns='x'><unclosed"), load_template("classic"))


def test_an_svg_logo_prints_on_the_certificate() -> None:
    # SVG works everywhere (drawn with resvg): accepted when chosen means printable at issue time
    import pypdfium2

    from badgesmith.core.paper.images import check_image
    from tests.core.samples import SVG_LOGO

    assert check_image(SVG_LOGO, "logo") == "image/svg+xml"
    pdf = render_certificate(demo_data(issuer_logo=SVG_LOGO), load_template("classic"))
    page = pypdfium2.PdfDocument(pdf)[0].render(scale=1).to_pil().convert("RGB")
    colours = {c for _, c in page.getcolors(1 << 20)}
    assert any(abs(r - 0x1F) < 20 and abs(g - 0x3A) < 20 and abs(b - 0x5F) < 20 for r, g, b in colours)
    assert any(abs(r - 0xE8) < 20 and abs(g - 0xB3) < 20 and abs(b - 0x3A) < 30 for r, g, b in colours)


def test_jpeg_logo_and_background() -> None:
    buf = io.BytesIO()
    Image.new("RGB", (400, 300), "#EEF2F7").save(buf, "JPEG")
    data = demo_data(issuer_logo=buf.getvalue(), background_image=buf.getvalue())
    pdf = render_certificate(data, load_template("minimal"), "Letter", "portrait")
    assert decode_qr_from_pdf(pdf) == [data.qr_payload]


def test_template_overrides_and_validation() -> None:
    t = load_template("classic", {"colours": {"primary": "#004400"},
                                  "wording": {"title": "Certificat de réussite"},
                                  "signatories": [{"name": "Jeanne Dupont", "title": "Directrice"}]})  # fmt: skip
    assert t.colours.primary == "#004400" and t.colours.accent == "#B08D57"
    assert t.wording.title == "Certificat de réussite" and t.signatories[0].name == "Jeanne Dupont"
    with pytest.raises(TemplateError) as e:
        load_template("modern", {"colours": {"text": "blue"}, "fonts": {"name": "Comic Sans"},
                                 "signatories": [{"name": str(i)} for i in range(4)]})  # fmt: skip
    assert len(e.value.problems) == 3
    assert any("colours.text" in p for p in e.value.problems)
    with pytest.raises(TemplateError, match="no such template"):
        load_template("baroque")


def test_credential_roundtrip_and_metadata() -> None:
    cred = {"@context": ["https://www.w3.org/ns/credentials/v2"], "id": "urn:uuid:1",
            "credentialSubject": {"name": "Zoë محمد 王"}}  # fmt: skip
    data = demo_data()
    pdf = render_certificate(data, load_template("classic"), credential=cred)
    assert extract_credential(pdf) == cred
    meta = read_metadata(pdf)
    assert meta["Title"] == f"{data.achievement_name} – {data.recipient_name}"
    assert meta["Author"] == data.issuer_name and meta["Creator"] == "Badgesmith"
    assert data.achievement_name in meta["Subject"]
    # the other path (any PDF, pypdf) replaces the attachment
    cred2 = dict(cred, id="urn:uuid:2")
    pdf2 = embed_credential(pdf, cred2, title="T", author="A", subject="S")
    assert extract_credential(pdf2) == cred2
    assert read_metadata(pdf2)["Title"] == "T"
    assert len(PdfReader(io.BytesIO(pdf2)).attachments) == 1
    assert extract_credential(render_certificate(data, load_template("classic"))) is None


def test_qr_from_image(tmp_path: Path) -> None:
    data = demo_data()
    pdf = render_certificate(data, load_template("modern"))
    png = tmp_path / "scan.png"
    pdftoppm_150(pdf).save(png)
    assert decode_qr_from_image(png) == [data.qr_payload]
    assert decode_qr_from_image(png.read_bytes()) == [data.qr_payload]
    with pytest.raises(QrReadError, match="not a readable"):
        decode_qr_from_image(b"garbage")


def test_batch_pdf_order_and_no_attachments(tmp_path: Path) -> None:
    names = [NAMES[k] for k in sorted(NAMES)]
    pdfs = [render_certificate(demo_data(n, qr_payload=f"BS1:{i:04d}"), load_template("minimal"),
                               credential={"n": i}) for i, n in enumerate(names)]  # fmt: skip
    paths = []
    for i, p in enumerate(pdfs[:3]):
        paths.append(tmp_path / f"{i}.pdf")
        paths[-1].write_bytes(p)
    out = tmp_path / "print.pdf"
    n = combine_certificates([*paths, *pdfs[3:]], out, title="Batch")
    assert n == len(names)
    combined = out.read_bytes()
    assert decode_qr_from_pdf(combined, dpi=100, max_pages=50) == [f"BS1:{i:04d}" for i in range(n)]
    r = PdfReader(out)
    assert len(r.pages) == n and not r.attachments and r.metadata["/Title"] == "Batch"
    assert extract_credential(combined) is None
    assert list(tmp_path.glob(".batch-*")) == []


def test_corrupt_pdf_is_reported() -> None:
    with pytest.raises(QrReadError):
        decode_qr_from_pdf(b"%PDF-1.4 nonsense")
    with pytest.raises(ValueError):
        extract_credential(b"not a pdf")


def test_dates_are_human() -> None:
    data = replace(demo_data(), expiry_date=None)
    plan = plan_certificate(data, load_template("classic"))
    values = [t for t in plan.texts if t.field.startswith("date_value")]
    assert ["".join(r.text for r in t.lines[0]) for t in values] == ["14 March 2026"]
