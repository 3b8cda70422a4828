"""The printed page and the QR code around a genuine credential (review findings 3, 4 and 6, and
both red-team rounds): the page is vouched for only when the file is sealed, byte for byte, by
the key that signed the credential; the QR's link; a trusted partner posing as this workspace."""

from __future__ import annotations

import io
import re
import time
import zlib
from datetime import date

import pypdfium2
import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter
from pypdf.annotations import FreeText
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    StreamObject,
)
from reportlab.pdfgen.canvas import Canvas

from badgesmith.core.credentials import keys as keylib
from badgesmith.core.errors import ValidationError
from badgesmith.core.paper import pdfseal, qrclaim
from badgesmith.core.paper.pdfembed import extract_credential
from badgesmith.core.paper.qrread import decode_qr_from_pdf
from badgesmith.core.paper.render import CertificateData, render_certificate
from badgesmith.core.paper.templates import load_template
from badgesmith.core.services import cohorts, issuer, issuing, register, verification
from badgesmith.core.store.workspace import Workspace
from tests.core import forgers

SEAL = re.compile(rb"BSP1:[A-Za-z0-9_-]{96}")


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


def _paint_over(src: bytes, name: str, forged: str | None = "Mallory Forger", *, incremental: bool = False) -> bytes:
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


def _resaved(src: bytes, edit=lambda w: None) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(src)))
    edit(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _annotated(src: bytes) -> bytes:
    def edit(w):
        w.add_annotation(0, FreeText(text="Mallory Forger", rect=(200, 300, 600, 340)))
    return _resaved(src, edit)


def _second_attachment(other_json: bytes):
    def forge(src: bytes) -> bytes:
        return _resaved(src, lambda w: w.add_attachment("credential.json", other_json))
    return forge


def _verify_bytes(ws, tmp_path, data: bytes, name: str = "x.pdf"):
    f = tmp_path / name
    f.write_bytes(data)
    return verification.verify_path(ws, f)


def _seal_failed(rep) -> str:
    (check,) = [c for c in rep.checks if c.name == "sealed"]
    assert check.ok is False
    return check.message


EDITS = {
    "painted over": lambda src, item: _paint_over(src, item.name),
    "painted over, appended revision": lambda src, item: _paint_over(src, item.name, incremental=True),
    "name hidden": lambda src, item: _paint_over(src, item.name, None),
    "annotation on top": lambda src, item: _annotated(src),
    "glyphs drawing another name": lambda src, item: forgers.tounicode_lie(src, item.name, "Mallory Forger"),
    "letters swapped in the font": lambda src, item: forgers.swap_letters(src, item.name, *[
        c for c in dict.fromkeys(item.name.replace(" ", "")) if c.isalpha()][:2]),
    "screen-only layer": lambda src, item: forgers.print_only_layer(src),
    "nested page tree": lambda src, item: forgers.nested_page_tree(src),
    "issuer line removed": lambda src, item: forgers.drop_line(src, "Northbridge Training Collective"),
    "name repeated": lambda src, item: forgers.repeat_line(src, item.name, 50),
    "re-saved unchanged by another program": lambda src, item: _resaved(src),
    "one byte appended": lambda src, item: src + b" ",
}


@pytest.mark.parametrize("edit", list(EDITS))
def test_any_edit_of_a_genuine_certificate_is_not_verified(demo_ws, issued, tmp_path, edit):
    item = issued[0]
    src = item.pdf.read_bytes()
    rep = _verify_bytes(demo_ws, tmp_path, EDITS[edit](src, item))
    assert rep.verdict == "not_verified" and not rep.verified, rep.lines()
    assert "changed after it was made" in _seal_failed(rep) or "no seal" in _seal_failed(rep)
    # what a genuine one shows is still said, from the signed credential
    assert rep.must_show and item.name in rep.must_show


def test_a_second_credential_attached_is_not_verified(demo_ws, issued, tmp_path):
    a, b = issued[0], issued[1]
    rep = _verify_bytes(demo_ws, tmp_path, _second_attachment(b.json.read_bytes())(a.pdf.read_bytes()))
    assert not rep.verified


def test_a_genuine_credential_on_a_page_made_elsewhere(demo_ws, issued, tmp_path):
    # the credential and QR of a real certificate on a page that names someone else
    genuine = issued[0]
    cred = extract_credential(genuine.pdf.read_bytes())
    qr_text = decode_qr_from_pdf(genuine.pdf.read_bytes())[0]
    claim = qrclaim.decode_claim(qr_text)
    forged = render_certificate(
        CertificateData(recipient_name="Mallory Forger", achievement_name=claim.achievement_name,
                        issuer_name=claim.issuer_name, issue_date=claim.issued_on,
                        credential_id=claim.credential_id, qr_payload=qr_text),
        load_template("modern"), credential=cred)
    # with the genuine seal copied in, or the placeholder left as it is
    for data in (forged, forged.replace(pdfseal.PLACEHOLDER, SEAL.search(genuine.pdf.read_bytes()).group(0))):
        rep = _verify_bytes(demo_ws, tmp_path, data)
        assert rep.verdict == "not_verified" and "changed after it was made" in _seal_failed(rep)
        assert genuine.name in rep.must_show


def test_a_forgery_sealed_by_a_trusted_partner_is_not_ours(demo_ws, issued, tmp_path):
    # a partner we trust seals a page carrying OUR credential: the seal must be the credential's key
    partner = Workspace.open(tmp_path / "partner")
    issuer.init_issuer(partner, "Partner Academy", "partner passphrase")
    issuer.export_issuer_card(partner, "partner passphrase", tmp_path / "card.json")
    issuer.import_trusted_issuer(demo_ws, tmp_path / "card.json")
    _, key = issuer.unlock_key(partner, "partner passphrase")
    item = issued[0]
    cred = extract_credential(item.pdf.read_bytes())
    forged = render_certificate(
        CertificateData(recipient_name="Mallory Forger", achievement_name="Digital Marketing Workshop",
                        issuer_name="Northbridge Training Collective", issue_date=date.today(),
                        credential_id=item.credential_id, qr_payload="BS1:X"),
        load_template("modern"), credential=cred)
    rep = _verify_bytes(demo_ws, tmp_path, pdfseal.seal_pdf(forged, key.private_key))
    assert rep.verdict == "not_verified" and "changed after it was made" in _seal_failed(rep)
    partner.close()


def test_an_unsealed_certificate_says_how_to_get_a_sealed_one(demo_ws, issued, tmp_path):
    # as written before seals existed: the credential inside is genuine, the page unproven
    item = issued[0]
    old = re.sub(rb"/BadgesmithSeal \(BSP1:[A-Za-z0-9_-]{96}\)", lambda m: b" " * len(m.group(0)),
                 item.pdf.read_bytes())
    rep = _verify_bytes(demo_ws, tmp_path, old)
    assert rep.verdict == "not_verified" and "no seal" in rep.summary and "re-export" in rep.summary
    assert any(c.name == "signature" and c.ok for c in rep.checks)  # the credential itself is fine
    pdf, _json = register.reexport(demo_ws, item.credential_id, tmp_path / "again", "demo")
    assert verification.verify_path(demo_ws, pdf).verified


def _endless_shading(w: PdfWriter) -> None:
    """Paint page 1 of writer ``w`` with a shading whose function runs 100,000 steps a pixel
    (hours to render)."""
    fn = StreamObject()
    fn._data = zlib.compress(b"{ " + b"dup pop " * 100_000 + b"pop pop 1 }", 9)
    fn.update({NameObject("/FunctionType"): NumberObject(4), NameObject("/Filter"): NameObject("/FlateDecode"),
               NameObject("/Domain"): ArrayObject([FloatObject(0), FloatObject(1000)] * 2),
               NameObject("/Range"): ArrayObject([FloatObject(0), FloatObject(1)])})
    sh = DictionaryObject({NameObject("/ShadingType"): NumberObject(1),
                           NameObject("/ColorSpace"): NameObject("/DeviceGray"),
                           NameObject("/Domain"): ArrayObject([FloatObject(0), FloatObject(1000)] * 2),
                           NameObject("/Function"): w._add_object(fn)})
    page = w.pages[0]
    page["/Resources"][NameObject("/Shading")] = DictionaryObject({NameObject("/Sh0"): w._add_object(sh)})
    stream = DecodedStreamObject()
    stream.set_data(b"q /Sh0 sh Q\n" + page.get_contents().get_data())
    page[NameObject("/Contents")] = w._add_object(stream)


def test_a_page_that_takes_forever_to_draw_is_never_drawn(demo_ws, issued, tmp_path):
    # red team round 2: a shading whose function runs 100,000 steps a pixel (hours to render)
    started = time.perf_counter()
    rep = _verify_bytes(demo_ws, tmp_path, _resaved(issued[0].pdf.read_bytes(), _endless_shading))
    assert rep.verdict == "not_verified"
    assert time.perf_counter() - started < 30  # a guard against rendering it at all, not a benchmark


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
    # red team round 3: our name with a Greek capital Nu, or with a zero-width space, is our name
    for lookalike in ("\u039dorthbridge Training Collective", "North\u200bbridge Training Collective",
                      "NORTHBRIDGE TRAINING COLLECTIVE"):
        fields = qrclaim.ClaimFields("urn:uuid:3f1c1f0e-8a43-4bb5-a1a3-5b2f6d8c9e06", "Ann Lee", "First Aid",
                                     lookalike, date(2026, 1, 1))
        rep = verification.verify_text(demo_ws, qrclaim.encode_claim(fields, key.private_key))
        assert rep.verdict == "not_verified" and "does not come from you" in rep.summary, lookalike
    # any other name than the one trusted: shown under the trusted name, and not vouched for
    fields = qrclaim.ClaimFields("urn:uuid:3f1c1f0e-8a43-4bb5-a1a3-5b2f6d8c9e05", "Ann Lee", "First Aid",
                                 "Partner Academy International", date(2026, 1, 1))
    rep = verification.verify_text(demo_ws, qrclaim.encode_claim(fields, key.private_key))
    assert rep.verdict == "not_verified" and rep.facts["Issuer"] == "Partner Academy"
    assert rep.facts["Issuer (as the credential states)"] == "Partner Academy International"
    assert "import their new issuer card" in rep.summary
    # the partner's own name still verifies
    fields = qrclaim.ClaimFields("urn:uuid:3f1c1f0e-8a43-4bb5-a1a3-5b2f6d8c9e07", "Ann Lee", "First Aid",
                                 "Partner Academy", date(2026, 1, 1))
    assert verification.verify_text(demo_ws, qrclaim.encode_claim(fields, key.private_key)).verified
    partner.close()


@pytest.mark.parametrize("card_name", ["\u039dorthbridge Training Collective", "Northbridge Training Col\u200blective",
                                       "northbridge-training collective", "N0RTHBRIDGE TRAINING COLLECTIVE"])
def test_a_card_whose_name_reads_as_ours_is_not_imported(demo_ws, tmp_path, card_name):
    partner = Workspace.open(tmp_path / "partner")
    issuer.init_issuer(partner, "Harbour Skills Ltd", "partner passphrase")
    _, key = issuer.unlock_key(partner, "partner passphrase")
    card = keylib.export_issuer_card(card_name, key.private_key)
    (tmp_path / "card.json").write_bytes(card)
    with pytest.raises(ValidationError, match="reads like your own issuer name"):
        issuer.import_trusted_issuer(demo_ws, tmp_path / "card.json")
    assert issuer.list_trusted_issuers(demo_ws) == []
    partner.close()


def test_a_genuine_certificate_is_sealed_and_verifies(demo_ws, issued):
    for item in issued[:3]:
        rep = verification.verify_path(demo_ws, item.pdf)
        assert rep.verified, rep.lines()
        assert any(c.name == "sealed" and c.ok for c in rep.checks)
        assert any(c.name == "qr_matches" and c.ok for c in rep.checks)
        assert rep.must_show == f"A genuine certificate shows: {item.name}, {rep.facts['Achievement']}, " \
                                f"{rep.facts['Issued']}."


def test_a_trusted_partner_cannot_hang_the_verifier_with_a_sealed_page(demo_ws, issued, tmp_path, monkeypatch):
    # red team round 3: a partner's key seals whatever page it likes; drawing it is time-limited
    import json

    from pypdf.generic import TextStringObject

    from badgesmith.core.credentials.dataintegrity import sign
    from badgesmith.core.credentials.didkey import verification_method
    from badgesmith.core.paper import isolated

    partner = Workspace.open(tmp_path / "partner")
    issuer.init_issuer(partner, "Harbour Skills Ltd", "partner passphrase")
    issuer.export_issuer_card(partner, "partner passphrase", tmp_path / "card.json")
    issuer.import_trusted_issuer(demo_ws, tmp_path / "card.json")
    _, key = issuer.unlock_key(partner, "partner passphrase")
    partner.close()
    doc = json.loads(issued[0].json.read_text())
    del doc["proof"]
    doc["issuer"] = {**doc["issuer"], "id": key.did, "name": "Harbour Skills Ltd"}
    doc.pop("credentialStatus", None)
    signed = sign(doc, key.private_key, verification_method(key.did))
    page = render_certificate(
        CertificateData(recipient_name=issued[0].name, achievement_name="Digital Marketing Workshop",
                        issuer_name="Harbour Skills Ltd", issue_date=date.today(),
                        credential_id=signed["id"], qr_payload="BS1:X"),
        load_template("modern"), credential=signed)
    token = "X" * 5 + "0" * 96  # pypdf escapes ":"; the placeholder goes in afterwards, same length

    def hang(w):
        _endless_shading(w)
        w.add_metadata({"/BadgesmithSeal": TextStringObject(token)})

    forged = _resaved(page, hang).replace(token.encode(), pdfseal.PLACEHOLDER)
    monkeypatch.setattr(isolated, "TIME_LIMIT_S", 2.0)
    started = time.perf_counter()
    rep = _verify_bytes(demo_ws, tmp_path, pdfseal.seal_pdf(forged, key.private_key))
    assert any(c.name == "sealed" and c.ok for c in rep.checks)  # the partner's own, sealed file...
    assert rep.verdict == "not_verified" and "takes too long" in rep.summary  # ...stopped, not drawn for hours
    assert time.perf_counter() - started < 20
