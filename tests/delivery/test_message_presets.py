"""Message presets in every shipped language: valid templates with English's placeholders, letters
for learners in any script, the default in the issuer's language, and a German message sent through
a real SMTP server with its subject RFC 2047-encoded and its body in UTF-8."""

from __future__ import annotations

import json
import re
import unicodedata
from email import message_from_bytes, policy

import pytest
from sqlalchemy import select

from badgesmith.core.delivery import messages as mail
from badgesmith.core.languages import SHIPPED
from badgesmith.core.services import cohorts, delivery
from badgesmith.core.store.models import Credential, IssuerProfile
from badgesmith.resources import resource_path

from .conftest import N_LEARNERS, PASSPHRASE, account, mailer
from .smtpserver import PASSWORD

PLACEHOLDER = re.compile(r"\{([^{}\s]*)\}")
OPTIONAL = ("valid_until", "verify_link", "linkedin_link")  # empty for some credentials: their line goes
ENGLISH = mail.MessageTemplate(language="en")  # the English preset, written in English
OTHERS = [lang for lang in SHIPPED if lang != "en"]
# a learner whose name is in another script than the message
NAMES = {"en": "Ελένη Παπαδοπούλου", "de": "李小龍", "fr": "Анна Ковальчук", "es": "محمد الأحمد",
         "pt_BR": "山田 花子", "it": "Ayşe Öztürk", "pl": "서지민", "ar": "Zoë Ødegård", "ja": "Сергей Иванов"}


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def values(learner: str, **empty: str) -> dict[str, str]:
    v = {"learner": learner, "achievement": "Forklift Safety Basics", "issuer": "Northbridge Training",
         "issued_on": "14 March 2026", "valid_until": "14 March 2029", "verify_link": "https://nb.example/v#c",
         "linkedin_link": "https://www.linkedin.com/profile/add?x=1", "credential_id": "urn:uuid:1234"}
    return v | empty


def test_every_shipped_language_has_a_preset_and_the_presets_are_the_shipped_languages() -> None:
    assert set(mail.PRESET_LANGUAGES) == set(SHIPPED)
    for lang in OTHERS:
        assert resource_path("messages", f"{lang}.json").is_file()
        doc = json.loads(resource_path("messages", f"{lang}.json").read_text(encoding="utf-8"))
        assert doc["language"] == lang
        t = mail.preset(lang)
        assert t.subject != ENGLISH.subject and t.body != ENGLISH.body, f"{lang} fell back to English"
    assert mail.preset("en") == ENGLISH
    for unknown in ("xx", "", None, "de_AT"):
        assert mail.preset(unknown) == ENGLISH


@pytest.mark.parametrize("lang", list(SHIPPED))
def test_a_preset_is_a_valid_template_with_the_placeholders_of_english(lang: str) -> None:
    t = mail.preset(lang)
    assert mail.check_template(t) == t  # already stripped, no unknown placeholder or stray brace
    assert placeholders(t.subject) == placeholders(ENGLISH.subject), lang
    assert placeholders(t.body) == placeholders(ENGLISH.body), lang
    assert t.body.endswith("\n") and not t.body.endswith("\n\n")
    for name in OPTIONAL:  # the line of an optional placeholder disappears whole, as in English
        lines = [line for line in t.body.split("\n") if "{" + name + "}" in line]
        assert len(lines) == 1 and placeholders(lines[0]) == {name}, (lang, name, lines)


@pytest.mark.parametrize("lang", list(SHIPPED))
def test_a_preset_renders_a_letter_for_a_learner_named_in_another_script(lang: str) -> None:
    t, name = mail.preset(lang), NAMES[lang]
    full = mail.letter(t, values(name), name, "learner@example.org", ())
    assert "{" not in full.subject + full.body and "}" not in full.subject + full.body
    assert "Forklift Safety Basics" in full.subject and "\n" not in full.subject
    assert name in full.body and "Northbridge Training" in full.body and "14 March 2029" in full.body
    short = mail.letter(t, values(name, valid_until="", verify_link=""), name, "learner@example.org", ())
    assert len(short.body.split("\n")) == len(full.body.split("\n")) - 2
    assert "14 March 2029" not in short.body and "nb.example" not in short.body
    # the draft reads back with the email package exactly as written, whatever the scripts
    draft = mail.draft_bytes(full, "Northbridge Training", "courses@northbridge.example")
    assert draft.isascii()
    msg = message_from_bytes(draft, policy=policy.default)
    assert str(msg["Subject"]) == full.subject
    assert str(msg["To"]).startswith(name)
    assert msg.get_body(("plain",)).get_content().replace("\r\n", "\n") == full.body


def _first_strong_direction(line: str) -> str | None:
    for ch in PLACEHOLDER.sub("", line):
        kind = unicodedata.bidirectional(ch)
        if kind in ("L", "R", "AL"):
            return "rtl" if kind != "L" else "ltr"
    return None


def test_the_arabic_preset_runs_right_to_left_line_by_line() -> None:
    """Mail programs set a plain-text paragraph's direction by its first strong letter: every line
    (the subject too) starts right-to-left, the signature through a right-to-left mark."""
    t = mail.preset("ar")
    lines = [t.subject, *(line for line in t.body.split("\n") if line.strip())]
    assert all(_first_strong_direction(line) == "rtl" for line in lines), lines
    latin = sum(ch.isascii() and ch.isalpha() for ch in PLACEHOLDER.sub("", t.body))
    arabic = sum("\u0600" <= ch <= "\u06ff" for ch in t.body)
    assert arabic > 4 * latin  # Arabic text, not English with Arabic words


def _set_language(ws, lang: str) -> None:  # type: ignore[no-untyped-def]
    with ws.session() as s:
        s.scalar(select(IssuerProfile)).language = lang


def test_the_default_message_follows_the_issuers_language_and_a_saved_one_wins(issued) -> None:
    ws, cohort_id = issued
    achievement_id = cohorts.get_cohort(ws, cohort_id).achievement_id
    assert delivery.get_template(ws) == delivery.default_template(ws) == ENGLISH
    _set_language(ws, "ja")
    assert delivery.get_template(ws) == delivery.get_template(ws, achievement_id) == mail.preset("ja")
    assert delivery.default_template(ws) == mail.preset("ja")
    _set_language(ws, "tlh")  # a language Badgesmith does not ship: English
    assert delivery.get_template(ws) == ENGLISH
    _set_language(ws, "de")
    own = mail.MessageTemplate("Zertifikat: {achievement}", "Hallo {learner}")
    delivery.save_template(ws, own)
    assert delivery.get_template(ws) == delivery.get_template(ws, achievement_id) == own
    assert delivery.default_template(ws) == mail.preset("de")  # what "start from the preset" offers
    delivery.save_template(ws, mail.preset("fr"), achievement_id)  # a preset saved as an achievement's own
    assert delivery.get_template(ws, achievement_id) == mail.preset("fr")


def test_the_german_preset_arrives_through_a_real_server_encoded_for_mail(issued, smtp) -> None:
    ws, cohort_id = issued
    _set_language(ws, "de")
    summary = delivery.send(ws, cohort_id, PASSPHRASE, password=PASSWORD, settings=account(smtp),
                            mailer=mailer(smtp, PASSWORD), backoff=(0.01,))
    assert summary.complete and len(summary.sent) == N_LEARNERS, summary.lines()
    with ws.read_session() as s:
        docs = [json.loads(c.signed_json) for c in s.scalars(select(Credential))]
    names = {d["credentialSubject"]["name"] for d in docs}
    achievement = docs[0]["credentialSubject"]["achievement"]["name"]
    assert len(smtp.handler.received) == N_LEARNERS
    for received in smtp.handler.received:
        raw = received.data
        assert raw.isascii()  # nothing 8-bit on the wire: headers RFC 2047, parts base64
        head = raw.split(b"\r\n\r\n", 1)[0].decode("ascii")
        subject_raw = re.search(r"^Subject: (.*(?:\r\n[ \t].*)*)", head, re.M)
        assert subject_raw and "=?utf-8?" in subject_raw.group(1).lower()
        assert all(len(line) <= 78 for line in subject_raw.group(0).split("\r\n"))
        msg = received.message
        assert str(msg["Subject"]) == f"Ihr Zertifikat für „{achievement}“"
        text = msg.get_body(("plain",))
        assert text.get_content_charset() == "utf-8"
        body = text.get_content()
        assert "herzlichen Glückwunsch" in body and "Mit freundlichen Grüßen" in body
        assert any(f"Guten Tag {name}," in body for name in names), body[:80]
