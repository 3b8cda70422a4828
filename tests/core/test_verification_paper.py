"""The printed page and the QR code around a genuine credential (review findings 3, 4 and 6):
a page painted over or edited, appended revisions, a second attachment or QR code, the QR's
link, and a trusted partner posing under this workspace's name."""

from __future__ import annotations

import io
from datetime import date

import pypdfium2
import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, TextStringObject
from reportlab.pdfgen.canvas import Canvas

from badgesmith.core.paper import qrclaim
from badgesmith.core.paper.pdfembed import extract_credential
from badgesmith.core.paper.qrread import decode_qr_from_pdf
from badgesmith.core.services import cohorts, issuer, issuing, verification
from badgesmith.core.store.workspace import Workspace


@pytest.fixture
def issued(demo_ws, tmp_path):
    cohort = cohorts.find_cohort(demo_ws, "Digital Marketing — Spring Workshop")
    s = issuing.issue_batch(demo_ws, cohort, "demo", tmp_path / "out", workers=1)
    return s.issued


def _overlay(width: float, height: float, draw) -> PdfReader:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(width, height))
    draw(c)
    c.showPage()
    c.save()
    return PdfReader(io.BytesIO(buf.getvalue()))


def _name_box(pdf: bytes, name: str) -> tuple[float, float, float, float]:
    page = pypdfium2.PdfDocument(pdf)[0]
    text = page.get_textpage()
    found = text.search(name)
    first = found.get_next()
    assert first, name
    boxes = [text.get_charbox(i) for i in range(first[0], first[0] + first[1])]
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _paint_over(src: bytes, name: str, forged: str | None, *, incremental: bool) -> bytes:
    x0, y0, x1, y1 = _name_box(src, name)
    reader = PdfReader(io.BytesIO(src))
    w, h = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)

    def draw(c):
        c.setFillColorRGB(1, 1, 1)
        c.rect(x0 - 4, y0 - 6, x1 - x0 + 8, y1 - y0 + 12, stroke=0, fill=1)
        if forged:
            c.setFillColorRGB(0, 0, 0)
            c.setFont("Helvetica", 26)
            c.drawCentredString((x0 + x1) / 2, y0, forged)

    overlay = _overlay(w, h, draw).pages[0]
    if incremental:
        writer = PdfWriter(io.BytesIO(src), incremental=True)
    else:
        writer = PdfWriter(clone_from=reader)
    writer.pages[0].merge_page(overlay)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _verify_bytes(ws, tmp_path, data: bytes, name: str = "x.pdf"):
    f = tmp_path / name
    f.write_bytes(data)
    return verification.verify_path(ws, f)


@pytest.mark.parametrize("incremental", [False, True])
@pytest.mark.parametrize("forged", [None, "Mallory Forger"])
def test_a_name_painted_over_is_not_verified(demo_ws, issued, tmp_path, incremental, forged):
    item = issued[0]
    data = _paint_over(item.pdf.read_bytes(), item.name, forged, incremental=incremental)
    rep = _verify_bytes(demo_ws, tmp_path, data)
    assert rep.verdict == "not_verified", rep.lines()
    assert rep.must_show and item.name in rep.must_show
    failed = {c.name for c in rep.checks if c.ok is False}
    if forged:  # new text in a font Badgesmith never uses: refused before the page is even rendered
        assert "pdf_structure" in failed and "font Helvetica" in rep.summary
    else:  # a white box over the name, drawn after the QR code
        page = next(c.message for c in rep.checks if c.name == "page")
        assert "drawn over" in page and "after its QR code" in page
        assert ("pdf_unchanged" in failed) == incremental  # an appended revision is named as such


def test_the_page_must_show_what_was_signed(demo_ws, issued, tmp_path):
    # a genuine credential attached to a page that shows someone else
    from badgesmith.core.paper.render import CertificateData, render_certificate
    from badgesmith.core.paper.templates import load_template

    genuine = issued[0]
    cred = extract_credential(genuine.pdf.read_bytes())
    qr_text = decode_qr_from_pdf(genuine.pdf.read_bytes())[0]
    claim = qrclaim.decode_claim(qr_text)
    forged = render_certificate(
        CertificateData(recipient_name="Mallory Forger", achievement_name=claim.achievement_name,
                        issuer_name=claim.issuer_name, issue_date=claim.issued_on,
                        credential_id=claim.credential_id, qr_payload=qr_text),
        load_template("modern"), credential=cred)
    rep = _verify_bytes(demo_ws, tmp_path, forged)
    assert rep.verdict == "not_verified"
    assert "does not show the recipient's name" in rep.summary and genuine.name in rep.summary


def test_attachment_removed_and_name_changed(demo_ws, issued, tmp_path):
    genuine = issued[0]
    data = _paint_over(genuine.pdf.read_bytes(), genuine.name, "Mallory Forger", incremental=False)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    del writer.root_object["/Names"]
    del writer.root_object["/AF"]
    out = io.BytesIO()
    writer.write(out)
    assert extract_credential(out.getvalue()) is None
    rep = _verify_bytes(demo_ws, tmp_path, out.getvalue())
    assert rep.verdict == "not_verified" and rep.must_show and genuine.name in rep.must_show


def test_two_credential_attachments_are_ambiguous(demo_ws, issued, tmp_path):
    a, b = issued[0], issued[1]
    writer = PdfWriter(clone_from=PdfReader(a.pdf))
    writer.add_attachment("credential.json", b.json.read_bytes())
    out = io.BytesIO()
    writer.write(out)
    rep = _verify_bytes(demo_ws, tmp_path, out.getvalue())
    assert rep.verdict == "ambiguous" and not rep.verified and "attached files" in rep.summary


def test_a_file_attachment_annotation_is_ambiguous(demo_ws, issued, tmp_path):
    writer = PdfWriter(clone_from=PdfReader(issued[0].pdf))
    spec = DictionaryObject({NameObject("/Type"): NameObject("/Filespec"),
                             NameObject("/F"): TextStringObject("credential.json")})
    annot = DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/FileAttachment"),
        NameObject("/Rect"): ArrayObject([FloatObject(10), FloatObject(10), FloatObject(30), FloatObject(30)]),
        NameObject("/FS"): spec})
    writer.pages[0][NameObject("/Annots")] = ArrayObject([writer._add_object(annot)])
    out = io.BytesIO()
    writer.write(out)
    rep = _verify_bytes(demo_ws, tmp_path, out.getvalue())
    assert rep.verdict == "ambiguous" and not rep.verified


def test_other_annotations_are_flagged(demo_ws, issued, tmp_path):
    writer = PdfWriter(clone_from=PdfReader(issued[0].pdf))
    from pypdf.annotations import FreeText

    writer.add_annotation(0, FreeText(text="Mallory Forger", rect=(200, 300, 600, 340)))
    out = io.BytesIO()
    writer.write(out)
    rep = _verify_bytes(demo_ws, tmp_path, out.getvalue())
    assert rep.verdict == "not_verified" and "annotation" in rep.summary


def test_a_photo_with_two_qr_codes_is_ambiguous(demo_ws, issued, tmp_path):
    def shot(path):
        page = pypdfium2.PdfDocument(str(path))[0]
        return page.render(scale=150 / 72).to_pil()

    a, b = shot(issued[0].pdf), shot(issued[1].pdf)
    both = Image.new("RGB", (a.width + b.width, max(a.height, b.height)), "white")
    both.paste(a, (0, 0))
    both.paste(b, (a.width, 0))
    buf = io.BytesIO()
    both.save(buf, "PNG")
    rep = _verify_bytes(demo_ws, tmp_path, buf.getvalue(), "two.png")
    assert rep.verdict == "ambiguous" and "2 different QR codes" in rep.summary


def test_a_genuine_claim_behind_a_foreign_link_is_flagged(demo_ws, tmp_path):
    _, key = issuer.unlock_key(demo_ws, "demo")
    fields = qrclaim.ClaimFields("urn:uuid:3f1c1f0e-8a43-4bb5-a1a3-5b2f6d8c9e03", "Ann Lee", "First Aid",
                                 "Northbridge Training Collective", date(2026, 1, 1))
    claim = qrclaim.encode_claim(fields, key.private_key)
    rep = verification.verify_text(demo_ws, "https://evil.example/verify.html#" + claim)
    assert rep.verdict == "not_verified" and "evil.example" in rep.summary
    assert rep.facts["QR link"] == "https://evil.example/verify.html"
    # with the issuer's own page configured, that page is accepted and another still flagged
    info = issuer.get_issuer(demo_ws)
    issuer.update_issuer(demo_ws, info.name, info.url, info.email, info.description, info.logo,
                         verify_page_url="https://northbridge.example.org/verify.html")
    assert verification.verify_text(demo_ws, "https://northbridge.example.org/verify.html#" + claim).verified
    assert not verification.verify_text(demo_ws, "https://evil.example/verify.html#" + claim).verified
    assert verification.verify_text(demo_ws, claim).verified  # a bare claim names no page


def test_a_trusted_partner_posing_as_us_is_refused(demo_ws, tmp_path):
    partner = Workspace.open(tmp_path / "partner")
    issuer.init_issuer(partner, "Partner Academy", "partner passphrase")
    issuer.export_issuer_card(partner, "partner passphrase", tmp_path / "card.json")
    issuer.import_trusted_issuer(demo_ws, tmp_path / "card.json")
    # the partner renames itself to our name and issues
    issuer.update_issuer(partner, "Northbridge Training Collective")
    _, key = issuer.unlock_key(partner, "partner passphrase")
    fields = qrclaim.ClaimFields("urn:uuid:3f1c1f0e-8a43-4bb5-a1a3-5b2f6d8c9e04", "Ann Lee", "First Aid",
                                 "Northbridge Training Collective", date(2026, 1, 1))
    rep = verification.verify_text(demo_ws, qrclaim.encode_claim(fields, key.private_key))
    assert rep.verdict == "not_verified"
    assert "Partner Academy" in rep.summary and "does not come from you" in rep.summary
    assert rep.facts["Issuer"] == "Partner Academy"
    # a partner under another name than the one trusted: shown under the trusted name, with a warning
    fields = qrclaim.ClaimFields("urn:uuid:3f1c1f0e-8a43-4bb5-a1a3-5b2f6d8c9e05", "Ann Lee", "First Aid",
                                 "Partner Academy International", date(2026, 1, 1))
    rep = verification.verify_text(demo_ws, qrclaim.encode_claim(fields, key.private_key))
    assert rep.verified and rep.facts["Issuer"] == "Partner Academy"
    assert rep.facts["Issuer (as the credential states)"] == "Partner Academy International"
    assert any(c.name == "issuer_name" and c.ok is None and "trusted this key as" in c.message for c in rep.checks)
    partner.close()


def test_a_genuine_certificate_passes_every_page_check(demo_ws, issued):
    for item in issued[:3]:
        rep = verification.verify_path(demo_ws, item.pdf)
        assert rep.verified, rep.lines()
        assert any(c.name == "page" and c.ok for c in rep.checks)
        assert rep.must_show == f"A genuine certificate shows: {item.name}, {rep.facts['Achievement']}, " \
                                f"{rep.facts['Issued']}."
