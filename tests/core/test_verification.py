"""The verification service on what people hand in: PDFs, JSON, QR photos, pasted text."""

from __future__ import annotations

import io
import json
from datetime import date

import pypdfium2
import pytest

from badgesmith.core.paper import pdfseal, qrclaim
from badgesmith.core.paper.pdfembed import extract_credential
from badgesmith.core.paper.qrread import decode_qr_from_pdf
from badgesmith.core.paper.render import CertificateData, render_certificate
from badgesmith.core.paper.templates import load_template
from badgesmith.core.services import cohorts, issuer, issuing, register, verification
from badgesmith.core.store.workspace import Workspace


@pytest.fixture
def issued(demo_ws, tmp_path):
    cohort = cohorts.find_cohort(demo_ws, "Digital Marketing — Spring Workshop")
    s = issuing.issue_batch(demo_ws, cohort, "demo", tmp_path / "out", workers=1)
    assert len(s.issued) >= 2
    return s.issued


def _png_of(pdf_path, dpi=150) -> bytes:
    page = pypdfium2.PdfDocument(str(pdf_path))[0]
    img = page.render(scale=dpi / 72).to_pil()
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def test_pdf_json_image_and_text_all_verify(demo_ws, issued, tmp_path):
    item = issued[0]
    assert verification.verify_path(demo_ws, item.pdf).verified
    assert verification.verify_path(demo_ws, item.json).verified
    png = tmp_path / "photo.png"
    png.write_bytes(_png_of(item.pdf))
    rep = verification.verify_path(demo_ws, png)
    assert rep.verified and rep.kind == "claim" and rep.facts["Recipient"] == item.name
    text = decode_qr_from_pdf(item.pdf.read_bytes())[0]
    assert verification.verify_text(demo_ws, text).verified


def test_one_changed_character_in_the_qr_text_is_not_verified(demo_ws, issued):
    text = decode_qr_from_pdf(issued[0].pdf.read_bytes())[0]
    claim_start = text.index("BS1:") + 4 if "BS1:" in text else 0
    failures = 0
    for i in range(claim_start + 2, len(text), max(1, (len(text) - claim_start) // 25)):
        ch = "A" if text[i] != "A" else "B"
        rep = verification.verify_text(demo_ws, text[:i] + ch + text[i + 1:])
        assert not rep.verified
        failures += 1
    assert failures >= 20


def test_revoked_then_reinstated(demo_ws, issued):
    item = issued[1]
    register.revoke(demo_ws, item.credential_id, "Attendance sheet was wrong", "demo")
    for path in (item.pdf, item.json):
        rep = verification.verify_path(demo_ws, path)
        assert rep.verdict == "revoked" and "Attendance sheet was wrong" in rep.summary
    register.reinstate(demo_ws, item.credential_id, "demo")
    assert verification.verify_path(demo_ws, item.pdf).verified


def test_a_qr_from_another_certificate_does_not_match(demo_ws, issued, tmp_path):
    a, b = issued[0], issued[1]
    qr_of_a = decode_qr_from_pdf(a.pdf.read_bytes())[0]
    cred_b = extract_credential(b.pdf.read_bytes())
    forged = render_certificate(
        CertificateData(recipient_name=b.name, achievement_name="Digital Marketing Workshop",
                        issuer_name="Northbridge Training Collective", issue_date=date.today(),
                        credential_id=b.credential_id, qr_payload=qr_of_a),
        load_template("modern"), credential=cred_b)
    f = tmp_path / "forged.pdf"
    f.write_bytes(forged)
    rep = verification.verify_path(demo_ws, f)
    assert not rep.verified and any(c.name == "sealed" and c.ok is False for c in rep.checks)
    # even a file the issuer's own key sealed is checked: its QR must say what its credential says
    _, key = issuer.unlock_key(demo_ws, "demo")
    f.write_bytes(pdfseal.seal_pdf(forged, key.private_key))
    rep = verification.verify_path(demo_ws, f)
    assert any(c.name == "sealed" and c.ok for c in rep.checks)
    assert not rep.verified and any(c.name == "qr_matches" and c.ok is False for c in rep.checks)


def test_edited_embedded_credential_is_not_verified(demo_ws, issued, tmp_path):
    doc = json.loads(issued[0].json.read_text())
    doc["credentialSubject"]["name"] = "Someone Else"
    f = tmp_path / "edited.json"
    f.write_text(json.dumps(doc))
    rep = verification.verify_path(demo_ws, f)
    assert rep.verdict == "not_verified"


def test_unknown_issuer_until_its_card_is_imported(demo_ws, issued, tmp_path):
    other = Workspace.open(tmp_path / "employer")
    issuer.init_issuer(other, "Employer HR", "hr passphrase")
    rep = verification.verify_path(other, issued[0].pdf)
    assert rep.verdict == "unknown_issuer"
    text = decode_qr_from_pdf(issued[0].pdf.read_bytes())[0]
    claim_rep = verification.verify_text(other, text)
    assert claim_rep.verdict == "unknown_issuer" and "unknown key" in claim_rep.summary
    issuer.export_issuer_card(demo_ws, "demo", tmp_path / "card.json")
    issuer.import_trusted_issuer(other, tmp_path / "card.json")
    assert verification.verify_path(other, issued[0].pdf).verified
    assert verification.verify_text(other, text).verified
    other.close()


def test_claim_signed_by_another_key_is_unknown(demo_ws):
    from badgesmith.core.credentials.keys import generate_key

    fields = qrclaim.ClaimFields("urn:uuid:3f1c1f0e-8a43-4bb5-a1a3-5b2f6d8c9e01", "Ann", "First Aid",
                                 "Northbridge Training Collective", date(2026, 1, 1))
    text = qrclaim.encode_claim(fields, generate_key())
    rep = verification.verify_text(demo_ws, text)
    assert rep.verdict == "unknown_issuer"


@pytest.mark.parametrize("content, why", [
    (b"\x89PNG\r\n\x1a\n" + b"junk" * 50, "image"),
    (b"%PDF-1.4 garbage", "PDF is damaged"),
    (b"\x00\x01\x02\xff" * 30, "not a PDF"),
    (b"{ not json", "not valid JSON"),
])
def test_garbage_is_reported_plainly(demo_ws, tmp_path, content, why):
    f = tmp_path / "x.bin"
    f.write_bytes(content)
    rep = verification.verify_path(demo_ws, f)
    assert rep.verdict == "unreadable" and not rep.verified
    assert why in rep.summary and rep.summary.endswith(".")


def test_expired_claim(demo_ws):
    _, key = issuer.unlock_key(demo_ws, "demo")
    fields = qrclaim.ClaimFields("urn:uuid:3f1c1f0e-8a43-4bb5-a1a3-5b2f6d8c9e02", "Ann", "Food Hygiene",
                                 "Northbridge Training Collective", date(2020, 1, 1), date(2021, 1, 1))
    rep = verification.verify_text(demo_ws, qrclaim.encode_claim(fields, key.private_key))
    assert rep.verdict == "expired"


def test_multi_page_pdfs_are_not_vouched_for(demo_ws, issued, tmp_path):
    from pypdf import PdfReader, PdfWriter

    from badgesmith.core.paper.pdfembed import embed_credential

    forged = render_certificate(
        CertificateData(recipient_name="Mallory Forger", achievement_name="Digital Marketing Workshop",
                        issuer_name="Northbridge Training Collective", issue_date=date.today(),
                        credential_id=issued[0].credential_id, qr_payload="nothing"),
        load_template("modern"))
    w = PdfWriter()
    w.append(PdfReader(io.BytesIO(forged)))
    w.append(PdfReader(str(issued[0].pdf)))
    buf = io.BytesIO()
    w.write(buf)
    pdf = embed_credential(buf.getvalue(), extract_credential(issued[0].pdf.read_bytes()))
    f = tmp_path / "two-pages.pdf"
    f.write_bytes(pdf)
    rep = verification.verify_path(demo_ws, f)
    assert rep.verdict == "not_verified" and any(c.name == "sealed" and c.ok is False for c in rep.checks)
