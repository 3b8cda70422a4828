"""Certificates in every shipped language: presets complete, glyphs all present, the QR still
scanning and verifying, German's phrase after the achievement, and bilingual certificates."""

from __future__ import annotations

import io
import string
import subprocess
from dataclasses import fields, replace
from datetime import date

import pytest
import zxingcpp
from _demo import NAMES, demo_data
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pypdf import PdfReader
from test_render import needs_poppler, pdftoppm_150

from badgesmith.core.errors import ValidationError
from badgesmith.core.languages import SHIPPED
from badgesmith.core.paper import fonts as F
from badgesmith.core.paper import qrclaim
from badgesmith.core.paper.errors import TemplateError
from badgesmith.core.paper.render import Rect, page_size, plan_certificate, render_certificate
from badgesmith.core.paper.templates import (
    Wording,
    list_templates,
    load_template,
    parse_languages,
    wording_languages,
    wording_preset,
)

TEMPLATES = [t for t, _ in list_templates()]
TEXT_FIELDS = [f.name for f in fields(Wording) if f.type == "str" and "date_pattern" not in f.name]


def test_every_shipped_language_has_wording_for_every_design() -> None:
    assert sorted(wording_languages()) == sorted(SHIPPED)
    english = {t: wording_preset(t, "en") for t in TEMPLATES}
    for lang in wording_languages():
        for t in TEMPLATES:
            w = wording_preset(t, lang)
            assert set(w) == set(english[t]), (lang, t)
            assert len(w["months"]) == 12 and len(set(w["months"])) == 12
            fields_in_pattern = {name for _, name, _, _ in string.Formatter().parse(w["date_pattern"]) if name}
            assert fields_in_pattern == {"day", "month", "year"}, (lang, w["date_pattern"])
            assert w["title"] and (w["presented"] or lang == "ja") and w["issued_label"] and w["verify"]
            if lang != "en":  # translated, not English left in place
                assert w["title"] != english[t]["title"] and w["verify"] != english[t]["verify"], (lang, t)


@pytest.mark.parametrize("lang", sorted(SHIPPED))
def test_wording_in_every_language_has_every_glyph(lang: str) -> None:
    for t in TEMPLATES:
        tpl = load_template(t, {"language": lang})
        for name in TEXT_FIELDS:
            text = getattr(tpl.wording, name)
            assert F.missing_glyphs(text, tpl.fonts.body) == set(), (lang, t, name)
            assert F.missing_glyphs(text, tpl.fonts.title) == set(), (lang, t, name)
        assert F.missing_glyphs(" ".join(tpl.wording.months), tpl.fonts.body) == set()


def _text_of(pdf: bytes) -> str:
    return subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()


@needs_poppler
@pytest.mark.parametrize("lang", sorted(SHIPPED))
def test_certificate_in_every_language_prints_and_its_qr_verifies(lang: str) -> None:
    key = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
    data = demo_data(NAMES["arabic"] if lang == "ar" else NAMES["japanese"] if lang == "ja" else NAMES["latin"],
                     qr_payload="")
    claim = qrclaim.encode_claim(qrclaim.ClaimFields(
        "urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427", data.recipient_name, data.achievement_name,
        data.issuer_name, data.issue_date, data.expiry_date), key)
    p = qrclaim.claim_qr_payload(claim, None)
    for t in TEMPLATES:
        tpl = load_template(t, {"language": lang})
        pdf = render_certificate(replace(data, qr_payload=p, issue_date=date(2026, 3, 14)), tpl)
        found = [b.text for b in zxingcpp.read_barcodes(pdftoppm_150(pdf), formats=zxingcpp.BarcodeFormat.QRCode)]
        assert found == [p], (lang, t)
        assert qrclaim.verify_claim(qrclaim.decode_claim(found[0]), [key.public_key()]).status \
            is qrclaim.ClaimStatus.VALID
        # every font the page uses is embedded: no glyph falls back to the viewer's fonts
        for page in PdfReader(io.BytesIO(pdf)).pages:
            for font in page["/Resources"]["/Font"].values():
                assert "/FontFile2" in font.get_object()["/FontDescriptor"].get_object()
        if lang not in ("ar",):  # Arabic is drawn as joined presentation forms; its text is checked below
            text = " ".join(_text_of(pdf).split())
            wording = tpl.wording
            assert wording.date(date(2026, 3, 14)).replace(" ", "") in text.replace(" ", ""), (lang, t)
            assert wording.issued_label.upper().replace(" ", "") in text.upper().replace(" ", ""), (lang, t)


def test_arabic_wording_is_shaped_and_right_to_left() -> None:
    tpl = load_template("classic", {"language": "ar"})
    plan = plan_certificate(demo_data(NAMES["arabic"]), tpl)
    runs = plan.text("presented").lines[0]
    assert "".join(r.text for r in runs) == F.display_text(tpl.wording.presented)
    assert all(r.font.startswith("NotoSansArabic") for r in runs if r.text.strip())


def test_german_phrase_after_the_achievement_sits_below_it() -> None:
    tpl = load_template("classic", {"language": "de"})
    assert tpl.wording.after_achievement == "erfolgreich teilgenommen hat"
    plan = plan_certificate(demo_data(), tpl)
    achievement, after = plan.text("achievement"), plan.text("after_achievement")
    assert after.box.y1 <= achievement.box.y + 0.01  # below it on the page
    # English has no such phrase: its page is as before
    assert all(t.field != "after_achievement" for t in plan_certificate(demo_data(), load_template("classic")).texts)


def test_date_order_and_month_names_follow_the_language() -> None:
    d = date(2026, 3, 14)
    assert load_template("classic", {"language": "de"}).wording.date(d) == "14. März 2026"
    assert load_template("classic", {"language": "es"}).wording.date(d) == "14 de marzo de 2026"
    assert load_template("classic", {"language": "ja"}).wording.date(d) == "2026年3月14日"
    assert load_template("classic", {"language": "pl"}).wording.date(d) == "14 marca 2026 r."
    assert load_template("classic").wording.date(d) == "14 March 2026"


def test_own_wording_applies_to_its_language_only() -> None:
    design = {"language": "en", "wording": {"title": "Diploma of Excellence"}}
    assert load_template("classic", design).wording.title == "Diploma of Excellence"
    assert load_template("classic", {**design, "languages": ["de"]}).wording.title == "Zertifikat"
    both = load_template("classic", {**design, "languages": ["fr", "en"]}).wording
    assert both.title == "Certificat de réussite / Diploma of Excellence"
    # a design made before languages existed keeps its own words, whatever it prints in
    assert load_template("classic", {"wording": {"title": "Urkunde"}, "languages": ["de"]}).wording.title == "Urkunde"


@pytest.mark.parametrize("tid", TEMPLATES)
def test_bilingual_certificate_fits_long_names(tid: str) -> None:
    tpl = load_template(tid, {"languages": ["de", "fr"]})
    w = tpl.wording
    assert w.title.count(" / ") == 1 and w.presented == "Hiermit wird bestätigt, dass / Nous certifions que" \
        if tid == "classic" else " / " in w.title
    assert w.date(date(2026, 3, 14)) == "14. März 2026 / 14 mars 2026"
    long_name = " ".join(["Maximiliana-Wilhelmina von Hohenzollern-Sigmaringen"] * 3)
    for paper, orientation in (("A4", "landscape"), ("Letter", "portrait")):
        data = demo_data(long_name)
        plan = plan_certificate(replace(data, expiry_date=date(2027, 3, 14)), tpl, paper, orientation)
        width, height = page_size(paper, orientation)
        page = Rect(10, 10, width - 20, height - 20)
        boxes = []
        for t in plan.texts:
            for ext in t.extents():
                assert t.box.contains(ext, tol=0.5), (t.field, paper, orientation)
                assert page.contains(ext), t.field
            if t.lines:
                boxes.append((t.field, t.box))
        for i, (fa, a) in enumerate(boxes):  # no two texts overlap
            for fb, b in boxes[i + 1:]:
                overlap = min(a.x1, b.x1) - max(a.x, b.x) > 0.5 and min(a.y1, b.y1) - max(a.y, b.y) > 0.5
                assert not overlap, (fa, fb, paper, orientation)
        name = plan.text("recipient")
        assert "".join(r.text for line in name.lines for r in line).replace(" ", "") \
            == long_name.replace(" ", "")  # the whole name, on at most two lines, not cut


def test_wrong_languages_are_refused_with_the_choices() -> None:
    with pytest.raises(TemplateError, match="language: expected one of"):
        load_template("classic", {"language": "xx"})
    with pytest.raises(ValidationError, match="bilingual"):
        parse_languages("de+fr+it")
    assert parse_languages("de+fr") == ("de", "fr") and parse_languages("de+de") == ("de",)
