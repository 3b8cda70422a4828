"""verify.html in every shipped language: a complete catalogue, the issuer's language, no English
left in the page script (the browser tests check what a viewer reads)."""

from __future__ import annotations

import json
import re

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from badgesmith.core.languages import RIGHT_TO_LEFT, SHIPPED
from badgesmith.core.paper.verifypage import VerifyPageError, messages, render_verify_page
from badgesmith.resources import resource_path

KEY = Ed25519PrivateKey.from_private_bytes(b"\x11" * 32).public_key()
SLOT = re.compile(r"\{(\w+)\}")


def _config(page: str) -> dict:
    [text] = re.findall(r'<script type="application/json" id="bs-config">(.*?)</script>', page, re.S)
    return json.loads(text)


def test_the_catalogue_has_exactly_the_shipped_languages() -> None:
    assert list(messages()) == list(SHIPPED)


@pytest.mark.parametrize("language", [code for code in SHIPPED if code != "en"])
def test_every_language_has_every_english_message_with_the_same_slots(language: str) -> None:
    english, table = messages()["en"], messages()[language]
    assert set(table) == set(english), set(table) ^ set(english)
    for key, text in english.items():
        assert table[key].strip(), (language, key)
        assert sorted(SLOT.findall(table[key])) == sorted(SLOT.findall(text)), (language, key, table[key])
        assert "{{" not in table[key] and "}}" not in table[key]


def test_translations_are_not_left_in_english() -> None:
    english = messages()["en"]
    untranslated = {(lang, key) for lang, table in messages().items() if lang != "en"
                    for key, text in table.items() if text == english[key] and len(SLOT.sub("", text)) > 12}
    assert untranslated == set()


def test_each_language_dates_in_its_own_locale() -> None:
    for code, table in messages().items():
        assert table["locale"].split("-")[0] == code.split("_")[0], code


def test_the_page_is_written_in_the_issuers_language() -> None:
    page = render_verify_page("Northfield College", [("current", KEY)], "https://example.org/", language="de")
    assert '<html lang="de" dir="ltr">' in page
    assert "<title>Zertifikat von Northfield College prüfen</title>" in page
    assert '<span data-t="check_button">Code prüfen</span>' in page
    assert '<span data-t="keys_of">Schlüssel von <bdi>Northfield College</bdi>:</span>' in page
    shown = re.sub(r"<script.*?</script>", "", page, flags=re.S)  # (the catalogue holds every language)
    assert "Website des Ausstellers:" in shown and "Check code" not in shown and "Keys of" not in shown
    config = _config(page)
    assert config["language"] == "de" and config["languages"] == SHIPPED
    assert config["messages"] == messages() and config["rtl"] == sorted(RIGHT_TO_LEFT)


def test_english_by_default_and_arabic_right_to_left() -> None:
    assert '<html lang="en" dir="ltr">' in render_verify_page("X", [("current", KEY)])
    page = render_verify_page("X", [("current", KEY)], language="ar")
    assert '<html lang="ar" dir="rtl">' in page
    assert '<html lang="pt-BR" dir="ltr">' in render_verify_page("X", [("current", KEY)], language="pt_BR")


def test_names_in_messages_are_escaped() -> None:
    nasty = "<b>Evil</b> & {domain}"
    page = render_verify_page(nasty, [("current", KEY)], did_web="did:web:example.org", language="fr")
    assert "<title>Vérifier un certificat de &lt;b&gt;Evil&lt;/b&gt; &amp; {domain}</title>" in page
    assert "Clés de <bdi>&lt;b&gt;Evil&lt;/b&gt; &amp; {domain}</bdi>\u00a0:" in page
    assert "<strong>example.org</strong> (<span class=\"mono\">did:web:example.org</span>)" in page


def test_a_language_we_do_not_ship_is_refused() -> None:
    with pytest.raises(VerifyPageError, match="cannot be written in 'sv'"):
        render_verify_page("X", [("current", KEY)], language="sv")


def test_the_page_script_words_nothing_itself() -> None:
    """Every sentence the script shows comes from the catalogue: no string literal in it reads
    like words (a word, a space and another word)."""
    script = resource_path("verify", "verify.js").read_text("utf-8")
    code = re.sub(r"//[^\n]*|/\*.*?\*/", "", script, flags=re.S)
    literals = re.findall(r'"((?:[^"\\\n]|\\.)*)"', code)
    worded = [s for s in literals if s != "use strict" and re.search(r"[^\W\d_]{2,}\s+[^\W\d_]{2,}", s)]
    assert worded == []
    for key in set(re.findall(r'(?:ClaimError|Unchecked|\bt|parts)\("(\w+)"', code)):
        assert key in messages()["en"], key
