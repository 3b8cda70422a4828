"""The EU micro-credential supplement (issue 17): the certificate's second page lists the
achievement's EU elements in the certificate's language; long lists continue on further pages and
never leave the page; no page without EU elements or when the design switches it off."""

from __future__ import annotations

import io
import string
import subprocess
import unicodedata
from dataclasses import replace
from datetime import date

import pytest
from _demo import NAMES, demo_data
from pypdf import PdfReader
from test_render import needs_poppler

from badgesmith.core.countries import countries, country_name
from badgesmith.core.eu_elements import EQF, EuElements
from badgesmith.core.languages import SHIPPED
from badgesmith.core.paper import fonts as F
from badgesmith.core.paper.errors import TemplateError
from badgesmith.core.paper.render import (
    PlacedText,
    Rect,
    page_size,
    plan_certificate,
    render_certificate,
)
from badgesmith.core.paper.supplement import MIN_BODY, Supplement, plan_supplement
from badgesmith.core.paper.templates import load_template, supplement_wording
from badgesmith.core.services import achievements, certificates, cohorts, issuing, verification

FIRST_AID = "First Aid — March 2026"
OUTCOMES = ("Perform cardiopulmonary resuscitation (CPR) on an adult.",
            "Place an unresponsive, breathing casualty in the recovery position.",
            "Control severe bleeding until help arrives.")
EU = EuElements(learning_outcomes=OUTCOMES, workload_hours=16, level_framework=EQF, level="3",
                assessment_type="Practical scenarios observed by a qualified assessor against a rubric",
                participation="on-site", quality_assurance="Internal moderation and a yearly review.",
                prerequisites="None.", supervision="supervised-identity-verified", integration="stackable",
                stackable_towards="Workplace Safety Diploma",
                further_information="https://northbridge.example.org/courses/practical-first-aid")
SUPPLEMENT = Supplement(EU, 1.5, "IE", "Leinster")


def _pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def _page_text(pdf: bytes, page: int) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-f", str(page), "-l", str(page), "-", "-"], input=pdf,
                         check=True, capture_output=True).stdout.decode()
    return _plain(out)


def _plain(text: str) -> str:
    """Presentation forms back to letters, bidi marks and Arabic vowel marks (which the shaping
    drops) gone, one space between words."""
    text = unicodedata.normalize("NFKC", text)
    return " ".join("".join(ch for ch in text if unicodedata.category(ch) not in ("Cf", "Mn")).split())


def _field(texts: list[PlacedText], name: str) -> str:
    """What a left-to-right field prints, its lines joined by spaces."""
    return " ".join("".join(r.text for r in line) for t in texts if t.field == name for line in t.lines)


def _all_texts(pages: list) -> list[PlacedText]:  # type: ignore[type-arg]
    return [t for page in pages for t in page.texts]


# ---------------------------------------------------------------------------- through issuing


@needs_poppler
def test_the_demo_first_aid_certificate_lists_its_eu_elements_on_page_two(demo_ws, tmp_path) -> None:
    cohort = cohorts.find_cohort(demo_ws, FIRST_AID)
    learner = next(r.learner_id for r in issuing.plan_issue(demo_ws, cohort) if r.eligible)
    summary = issuing.issue_batch(demo_ws, cohort, "demo", tmp_path / "out", learner_ids=[learner], workers=1)
    (item,) = summary.issued
    pdf = item.pdf.read_bytes()
    assert _pages(pdf) == 2
    text = _page_text(pdf, 2)
    for label in ("Micro-credential supplement", "Learner", "Title", "Awarding body", "Country or region",
                  "Date of issue", "Learning outcomes", "Notional workload", "Level", "Type of assessment",
                  "Form of participation", "Type of quality assurance", "Prerequisites",
                  "Supervision and identity verification", "Integration or stackability", "Further information"):
        assert label.upper() in text.upper(), label
    for value in (item.name, "Practical First Aid", "Northbridge Training Collective", "Ireland (Leinster)",
                  *OUTCOMES, "Hours: 16 · ECTS credits: 1", "European Qualifications Framework (EQF), level 3",
                  "Practical scenarios observed by a qualified assessor against a rubric", "On site",
                  "Internal: a second assessor moderates a sample of every cohort's results", "None.",
                  "Supervised, with identity verification", "Stand-alone",
                  "https://northbridge.example.org/courses/practical-first-aid", "Page 2 of 2", item.credential_id):
        assert value in text, value
    assert "Grade achieved".upper() not in text.upper()  # a certificate does not hold the learner's results
    # page 1 is the certificate as before: its QR claim matches the credential, the file verifies
    report = verification.verify_path(demo_ws, item.pdf)
    assert report.verified, report.lines()
    assert any(c.name == "qr_matches" and c.ok for c in report.checks)
    assert _pages(summary.combined_pdf.read_bytes()) == 2  # the print file has both pages


@needs_poppler
def test_a_german_certificate_has_german_labels_and_words(demo_ws) -> None:
    cohort = cohorts.find_cohort(demo_ws, FIRST_AID)
    cohorts.set_certificate_language(demo_ws, cohort, "de")
    pdf = certificates.preview_certificate(demo_ws, cohort)
    assert _pages(pdf) == 2
    text = _page_text(pdf, 2)
    for words in ("Beiblatt zum Microcredential", "LERNERGEBNISSE", "VERANSCHLAGTER ARBEITSAUFWAND",
                  "ART DER QUALITÄTSSICHERUNG", "Stunden: 16 · ECTS-Punkte: 1", "Präsenz",
                  "Europäischer Qualifikationsrahmen (EQR), Niveau 3", "Mit Aufsicht und Identitätsprüfung",
                  "Eigenständig", "Irland (Leinster)", "Seite 2 von 2", *OUTCOMES):  # what the trainer typed stays as typed
        assert words in text, words
    assert "LEARNING OUTCOMES" not in text and "On site" not in text


def test_a_bilingual_certificate_says_each_label_first_slash_second() -> None:
    tpl = load_template("classic", {"languages": ["de", "fr"]})
    (page,) = plan_supplement(SUPPLEMENT, demo_data(), tpl, *page_size("A4", "portrait"))
    assert _field(page.texts, "supplement_learning_outcomes_label") == "LERNERGEBNISSE / ACQUIS D'APPRENTISSAGE"
    assert _field(page.texts, "supplement_date_of_issue_0") == "14. März 2026 / 14 mars 2026"
    assert _field(page.texts, "supplement_participation_0") == "Präsenz / En présentiel"
    assert _field(page.texts, "supplement_workload_0") == \
        "Stunden: 16 · ECTS-Punkte: 1,5 / Heures : 16 · Crédits ECTS : 1,5"
    assert _field(page.texts, "supplement_integration_0") == \
        "Anrechenbar auf Workplace Safety Diploma / Cumulable en vue de Workplace Safety Diploma"
    assert _field(page.texts, "supplement_learner_0") == NAMES["latin"]
    assert _field(page.texts, "supplement_country_0") == "Irland (Leinster) / Irlande (Leinster)"
    # languages that say a word alike say it once
    (same,) = plan_supplement(replace(SUPPLEMENT, eu=replace(EU, participation="online")), demo_data(),
                              load_template("classic", {"languages": ["de", "it"]}), *page_size())
    assert _field(same.texts, "supplement_participation_0") == "Online"


@needs_poppler
def test_an_arabic_page_is_right_to_left_with_every_glyph_embedded() -> None:
    tpl = load_template("modern", {"languages": ["ar"]})
    data = demo_data(NAMES["arabic"], supplement=SUPPLEMENT)
    pdf = render_certificate(data, tpl, "A4", "portrait")
    assert _pages(pdf) == 2
    page2 = PdfReader(io.BytesIO(pdf)).pages[1]
    for font in page2["/Resources"]["/Font"].values():  # no glyph left to the viewer's fonts
        assert "/FontFile2" in font.get_object()["/FontDescriptor"].get_object()
    arabic = supplement_wording("ar")
    text = _page_text(pdf, 2)
    for key in ("heading", "learning_outcomes", "awarding_body", "quality_assurance"):
        assert _plain(arabic[key]) in text, key
    assert _plain(arabic["choices"]["on-site"]) in text and NAMES["arabic"] in text
    (page,) = plan_supplement(SUPPLEMENT, data, tpl, *page_size("A4", "portrait"))
    label = next(t for t in page.texts if t.field == "supplement_learning_outcomes_label")
    value = next(t for t in page.texts if t.field == "supplement_learning_outcomes_0")
    assert label.box.x > value.box.x1  # the labels on the right, the values to their left
    assert label.style.align == value.style.align == "right"
    assert all(r.font.startswith("NotoSansArabic") for r in label.lines[0] if r.text.strip())
    bullet = next(t for t in page.texts if t.field == "supplement_learning_outcomes_0_bullet")
    assert bullet.box.x >= value.box.x1  # a list's bullets at the right too
    # "(EQF)" keeps its brackets facing the right way in a right-to-left line
    level = "".join(r.text for r in next(t for t in page.texts if t.field == "supplement_level_0").lines[0])
    assert "(EQF)" in level and ")EQF(" not in level


@pytest.mark.parametrize("lang", sorted(SHIPPED))
def test_every_language_has_the_whole_page_translated_with_every_glyph(lang: str) -> None:
    english, own = supplement_wording("en"), supplement_wording(lang)
    tpl = load_template("classic", {"languages": [lang]})

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    for key, text in own.items():
        if key == "choices":
            assert set(text) == set(english["choices"])
            continue
        assert fields(text) == fields(english[key]), (lang, key)
        for face in (tpl.fonts.body, tpl.fonts.small, tpl.fonts.title):
            assert F.missing_glyphs(text, face) == set(), (lang, key)
    for word in own["choices"].values():
        assert F.missing_glyphs(word, tpl.fonts.body) == set(), (lang, word)
    names = [country_name(code, lang) or "" for code in countries()]
    assert F.missing_glyphs(" ".join(names), tpl.fonts.body) == set(), lang
    assert (country_name("DE", lang) == "Germany") == (lang == "en")  # each country in the language
    if lang != "en":  # translated, not English left in place
        for key in ("heading", "intro", "learning_outcomes", "workload", "quality_assurance", "level_none"):
            assert own[key] != english[key], (lang, key)
        assert own["choices"]["on-site"] != english["choices"]["on-site"]


# ---------------------------------------------------------------------------- fitting


def test_a_very_long_list_of_outcomes_continues_on_further_pages_inside_each_page() -> None:
    long = tuple(f"{i}. " + "Explain and apply safe practice in a realistic workplace scenario, with a risk "
                 "assessment and a clear report to colleagues. " * 12 for i in range(1, 41))
    tpl = load_template("classic")
    supplement = replace(SUPPLEMENT, eu=replace(EU, learning_outcomes=long))
    data = demo_data(supplement=supplement)
    for paper, orientation in (("A4", "landscape"), ("Letter", "portrait")):
        width, height = page_size(paper, orientation)
        pages = plan_supplement(supplement, data, tpl, width, height)
        assert len(pages) > 2
        body = Rect(10, 10, width - 20, height - 20)
        for page in pages:
            for t in page.texts:
                for ext in t.extents():
                    assert t.box.contains(ext, tol=0.5), (t.field, paper)
                    assert body.contains(ext), (t.field, paper)
        texts = _all_texts(pages)
        for i, outcome in enumerate(long):  # every word printed, none cut, in order
            assert _field(texts, f"supplement_learning_outcomes_{i}") == " ".join(outcome.split())
        values = [t for t in texts if t.field.startswith("supplement_learning") and not t.field.endswith("label")]
        assert min(t.size for t in values) >= MIN_BODY * min(width, height) / 595 - 0.01
        # the label again where the list goes on over a page, and the elements after it still come
        assert all(any(t.field == "supplement_learning_outcomes_label" for t in p.texts) for p in pages[:-1])
        assert "supplement_further_information_0" in {t.field for t in pages[-1].texts}
        footers = [_field(p.texts, "supplement_page") for p in pages]
        assert footers == [f"Page {n} of {len(pages) + 1}" for n in range(2, len(pages) + 2)]
    pdf = render_certificate(data, tpl, "Letter", "portrait")
    assert _pages(pdf) == 1 + len(plan_supplement(supplement, data, tpl, *page_size("Letter", "portrait")))


def test_the_demo_elements_fit_one_page_at_full_size_in_every_design_and_page() -> None:
    for tid in ("classic", "modern", "minimal"):
        for paper, orientation in (("A4", "landscape"), ("A4", "portrait"), ("Letter", "landscape")):
            pages = plan_supplement(SUPPLEMENT, demo_data(), load_template(tid), *page_size(paper, orientation))
            assert len(pages) == 1, (tid, paper, orientation)
            texts = [t for t in pages[0].texts if t.field == "supplement_learning_outcomes_0"]
            assert min(t.size for t in texts) > MIN_BODY  # no need to shrink


def test_unprintable_trainer_text_is_refused_like_a_name() -> None:
    from badgesmith.core.paper.errors import UnrenderableTextError

    bad = replace(SUPPLEMENT, eu=replace(EU, assessment_type="Observed \U0001f393"))
    with pytest.raises(UnrenderableTextError, match="^The type of assessment 'Observed .*U\\+1F393"):
        render_certificate(demo_data(supplement=bad), load_template("classic"))


# ---------------------------------------------------------------------------- when it prints


def test_no_eu_elements_no_second_page_and_page_one_unchanged(ws) -> None:
    tpl = load_template("classic")
    assert _pages(render_certificate(demo_data(), tpl)) == 1
    # the supplement leaves the certificate's own page as it was
    assert plan_certificate(demo_data(supplement=SUPPLEMENT), tpl).texts == plan_certificate(demo_data(), tpl).texts
    # through the workspace: an achievement without EU elements prints one page
    from badgesmith.core.services import achievements as ach
    from badgesmith.core.services import learners

    a = ach.create_achievement(ws, ach.AchievementSpec(name="Plain workshop",
                                                       criteria=(ach.CriterionSpec("Attendance", "status"),)))
    assert a.spec.eu.is_empty()
    cohort = cohorts.create_cohort(ws, "Plain", a.id)
    cohorts.enrol(ws, cohort.id, [learners.add_learner(ws, "Ann Lee", "ann@example.org").id])
    assert _pages(certificates.preview_certificate(ws, cohort.id)) == 1


def test_the_design_can_switch_the_page_off(demo_ws) -> None:
    tpl = load_template("modern", {"supplement": False})
    assert not tpl.supplement and load_template("modern").supplement
    assert _pages(render_certificate(demo_data(supplement=SUPPLEMENT), tpl)) == 1
    assert _pages(render_certificate(demo_data(supplement=SUPPLEMENT), load_template("modern"))) == 2
    with pytest.raises(TemplateError, match="supplement: expected true or false"):
        load_template("modern", {"supplement": "no"})
    # saved with an achievement's design, its certificates print one page
    cohort = cohorts.find_cohort(demo_ws, FIRST_AID)
    aid = cohorts.get_cohort(demo_ws, cohort).achievement_id
    spec = achievements.get_achievement(demo_ws, aid).spec
    achievements.save_design(demo_ws, aid, spec.template, {**spec.template_overrides, "supplement": False})
    assert _pages(certificates.preview_certificate(demo_ws, cohort)) == 1


def test_dates_and_numbers_follow_the_language() -> None:
    data = demo_data(issue_date=date(2026, 3, 14))
    (page,) = plan_supplement(SUPPLEMENT, data, load_template("classic", {"languages": ["pl"]}), *page_size())
    assert _field(page.texts, "supplement_date_of_issue_0") == "14 marca 2026 r."
    assert _field(page.texts, "supplement_workload_0") == "Godziny: 16 · Punkty ECTS: 1,5"
    assert _field(page.texts, "supplement_country_0") == "Irlandia (Leinster)"  # CLDR's name, the region as typed
