"""verify.html in Debian's headless chromium, driven by playwright-core (drive.mjs).

Runs wherever node, tests/browser/node_modules and /usr/bin/chromium exist. Without them the
tests are skipped locally and FAIL under CI (env CI set): `.ci/run` must install them.
Set BADGESMITH_UPDATE_SCREENSHOTS=1 to refresh docs/screenshots/verify-page-offline.png (the page opened from a file).
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from badgesmith.core.paper import base43
from badgesmith.core.paper.qrclaim import (
    ClaimFields,
    ClaimStatus,
    claim_qr_payload,
    decode_claim,
    encode_claim,
    verify_claim,
)
from badgesmith.core.paper.verifypage import render_verify_page
from tests.browser.driver import run_driver

pytestmark = pytest.mark.browser

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
CHROMIUM = os.environ.get("BADGESMITH_CHROMIUM", "/usr/bin/chromium")
NODE = shutil.which("node")

CURRENT = Ed25519PrivateKey.from_private_bytes(bytes.fromhex("11" * 32))
RETIRED = Ed25519PrivateKey.from_private_bytes(bytes.fromhex("22" * 32))
STRANGER = Ed25519PrivateKey.from_private_bytes(bytes.fromhex("33" * 32))
ISSUER = "Northfield College"
NASTY_ISSUER = "Evil </script><script>alert('issuer')</script> & <b>Co</b>"
XSS_NAME = "<script>alert(1)</script>"
XSS_ACHIEVEMENT = '<img src=x onerror="alert(2)">'
URL = "https://certs.example-college.ac.uk/verify"

GOOD = ClaimFields(
    credential_id="urn:uuid:9b2d6c1e-4f3a-4e8b-a7d5-1c0f2e3d4b5a",
    recipient_name="Zoë Ångström",
    achievement_name="Level 3 Award in First Aid at Work",
    issuer_name=ISSUER,
    issued_on=date(2025, 3, 14),
    expires_on=date(2099, 3, 14),
)


def _missing() -> str | None:
    if NODE is None:
        return "node is not installed"
    if not (HERE / "node_modules" / "playwright-core").is_dir():
        return "run `npm ci --prefix tests/browser`"
    if not Path(CHROMIUM).exists():
        return f"{CHROMIUM} is missing (apt-get install chromium)"
    return None


def _one_char_changed(text: str) -> str:
    """A copy of ``text`` with one character changed that still decodes, with a bad signature."""
    for i in range(len(text) - 1, 3, -1):
        for alt in "0A":
            if alt == text[i]:
                continue
            changed = text[:i] + alt + text[i + 1 :]
            try:
                claim = decode_claim(changed)
            except ValueError:
                continue
            if verify_claim(claim, [CURRENT.public_key()]).status is ClaimStatus.BAD_SIGNATURE:
                return changed
    raise AssertionError("no single-character change found")


@pytest.fixture(scope="module")
def shown(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    why = _missing()
    if why:
        if os.environ.get("CI"):
            pytest.fail(f"browser tests cannot run in CI: {why}")
        pytest.skip(why)
    tmp = tmp_path_factory.mktemp("verify")
    keys = [("current", CURRENT.public_key()), ("retired", RETIRED.public_key())]
    page = tmp / "verify.html"
    page.write_text(render_verify_page(ISSUER, keys, "https://www.example-college.ac.uk/"), "utf-8")
    nasty = tmp / "nasty.html"
    nasty.write_text(render_verify_page(NASTY_ISSUER, keys), "utf-8")
    web = tmp / "web.html"  # a did:web issuer whose status list is on its website
    lists = {CURRENT.public_key().public_bytes_raw(): [("https://example.org/status/1", "did:web:example.org")]}
    web.write_text(render_verify_page(ISSUER, keys, status_lists=lists, did_web="did:web:example.org"), "utf-8")
    listed = tmp / "listed.html"  # revoked without a status list entry: the page lists it itself
    listed.write_text(render_verify_page(ISSUER, keys, revoked={"9b2d6c1e4f3a4e8ba7d51c0f2e3d4b5a": date(2026, 11, 30)}),
                      "utf-8")
    french = tmp / "french.html"  # an issuer whose language is French
    french.write_text(render_verify_page(ISSUER, keys, "https://www.example-college.ac.uk/", language="fr"), "utf-8")

    good = encode_claim(GOOD, CURRENT)
    xss = encode_claim(
        replace(GOOD, recipient_name=XSS_NAME, achievement_name=XSS_ACHIEVEMENT), CURRENT
    )
    cases = [
        {"name": "verified", "html": page, "fragment": good, "screenshot": True},
        {
            "name": "url-form",
            "html": page,
            "fragment": claim_qr_payload(good, URL).split("#", 1)[1],
        },
        {"name": "tampered", "html": page, "fragment": _one_char_changed(good), "screenshot": True},
        {
            "name": "unknown-key",
            "html": page,
            "fragment": encode_claim(GOOD, STRANGER),
            "screenshot": True,
        },
        {
            "name": "retired",
            "html": page,
            "fragment": encode_claim(replace(GOOD, expires_on=None), RETIRED),
        },
        {
            "name": "expired",
            "html": page,
            "screenshot": True,
            "fragment": encode_claim(
                replace(GOOD, issued_on=date(2020, 1, 1), expires_on=date(2021, 1, 1)), CURRENT
            ),
        },
        {"name": "xss", "html": page, "fragment": xss},
        {"name": "listed-revoked", "html": listed, "fragment": good},
        {"name": "listed-other", "html": listed, "fragment": encode_claim(replace(GOOD, credential_id=
                                                "urn:uuid:00000000-4f3a-4e8b-a7d5-1c0f2e3d4b5a"), CURRENT)},
        {"name": "did-web-from-file", "html": web, "fragment": encode_claim(replace(GOOD, status_index=5), CURRENT)},
        {"name": "xss-nasty-issuer", "html": nasty, "fragment": xss},
        {"name": "garbage", "html": page, "fragment": "hello%20world", "screenshot": True},
        {"name": "idle", "html": page, "screenshot": True},
        {"name": "paste-url", "html": page, "paste": "  " + claim_qr_payload(good, URL) + "\n"},
        {"name": "paste-tampered", "html": page, "paste": _one_char_changed(good)},
        {"name": "paste-bare-lowercase", "html": page, "paste": good.lower()},
        {"name": "bundled-verifier", "html": page, "fragment": good, "init": "nosubtle"},
        {
            "name": "bundled-tampered",
            "html": page,
            "fragment": _one_char_changed(good),
            "init": "nosubtle",
        },
        {
            "name": "no-verifier",
            "html": page,
            "fragment": good,
            "init": "nothing",
            "screenshot": True,
        },
        # the viewer's browser language, when the page has it; else the issuer's
        {"name": "de-verified", "html": page, "fragment": good, "languages": "de-DE,de,en", "screenshot": True},
        {"name": "de-revoked", "html": listed, "fragment": good, "languages": "de-DE,de,en"},
        {"name": "de-garbage", "html": page, "fragment": "hello%20world", "languages": "de-DE,de,en"},
        {"name": "sv-then-de", "html": page, "fragment": good, "languages": "sv-SE,sv,de-AT"},
        {"name": "sv-french-issuer", "html": french, "fragment": good, "languages": "sv-SE,sv"},
        {"name": "sv-english-issuer", "html": page, "fragment": good, "languages": "sv-SE,sv"},
        {"name": "ar-verified", "html": page, "fragment": good, "languages": "ar-EG,ar", "screenshot": True},
        {"name": "pt-PT", "html": page, "fragment": good, "languages": "pt-PT,pt"},
        {"name": "ja-verified", "html": page, "fragment": good, "languages": "ja-JP,ja", "screenshot": True},
        {"name": "chosen-ja", "html": page, "fragment": good, "choose": "ja"},
        {"name": "chosen-ar-idle", "html": french, "languages": "sv-SE,sv", "choose": "ar"},
    ]
    shots = tmp / "screenshots"
    shots.mkdir()
    job = tmp / "job.json"
    job.write_text(
        json.dumps(
            {
                "chromium": CHROMIUM,
                "screenshot_dir": str(shots),
                "cases": [{**c, "html": str(c["html"])} for c in cases],
            }
        )
    )
    results = run_driver("drive.mjs", job, shots)
    if os.environ.get("BADGESMITH_UPDATE_SCREENSHOTS"):
        shutil.copy(shots / "verified.png", REPO / "docs" / "screenshots" / "verify-page-offline.png")
    return results


def _text(r: dict[str, Any]) -> str:
    return r["headline"] + " " + r["summary"]


def test_valid_claim_is_verified(shown: dict[str, dict[str, Any]]) -> None:
    r = shown["verified"]  # a page from a file cannot read the status list: the headline says so
    assert r["state"] == "verified" and r["headline"] == "Verified — revocation not checked"
    assert r["summary"].startswith(
        "Issued by Northfield College to Zoë Ångström for Level 3 Award in First Aid at Work "
        "on 14 March 2025 (expires 14 March 2099)."
    )
    details = dict(r["details"])
    assert details["Certificate ID"] == "urn:uuid:9b2d6c1e-4f3a-4e8b-a7d5-1c0f2e3d4b5a"
    assert details["Signed with"].startswith("Northfield College’s current key ")
    assert r["secure"] is True  # file:// is a secure context: WebCrypto was used, no fallback note
    assert "built-in verifier" not in r["summary"]
    assert shown["url-form"]["state"] == "verified"


def test_data_verdict_for_automated_checks(shown: dict[str, dict[str, Any]]) -> None:
    expected = {"verified": "verified", "retired": "verified", "tampered": "not-verified",
                "expired": "not-verified", "no-verifier": "not-verified", "unknown-key": "unknown-issuer",
                "garbage": "unreadable", "idle": None}
    for case, verdict in expected.items():
        assert shown[case]["verdict"] == verdict, case


def test_from_a_file_revocation_cannot_be_checked_and_it_says_so(shown: dict[str, dict[str, Any]]) -> None:
    r = shown["verified"]  # a claim printed without a status list entry
    assert dict(r["details"])["Status"] == "Could not check for revocation"
    assert "this certificate carries no status list entry" in r["summary"]
    r = shown["did-web-from-file"]  # an entry, but the page was not opened from the issuer's site
    assert r["verdict"] == "verified"
    assert "Could not check for revocation: this page was opened from a file" in r["summary"]
    assert r["requests"] == []


def test_a_page_lists_the_certificates_revoked_without_a_status_list(shown: dict[str, dict[str, Any]]) -> None:
    r = shown["listed-revoked"]  # from a file too: the list is in the page
    assert r["verdict"] == "revoked" and r["headline"] == "Revoked"
    assert r["summary"].startswith("Northfield College revoked this certificate on 30 November 2026.")
    assert dict(r["details"])["Status"] == "Revoked on 30 November 2026"
    assert shown["listed-other"]["verdict"] == "verified"


def test_every_sentence_about_the_code_is_true(shown: dict[str, dict[str, Any]]) -> None:
    english = json.loads((REPO / "resources" / "verify" / "messages.json").read_text("utf-8"))["en"]
    assert not any("printed under the QR code" in m for m in english.values())  # only the QR holds it
    assert "a QR scanner app reads" in english["paste_label"]


def test_the_page_names_the_did_web_domain_or_explains_the_fingerprint(shown: dict[str, dict[str, Any]]) -> None:
    r = shown["did-web-from-file"]
    assert dict(r["details"])["Signed with"].startswith("Northfield College’s current key (did:web example.org)")
    assert "published by the web domain example.org (did:web:example.org)" in r["footer"]
    assert "A key fingerprint is a short code computed from the issuer’s public key" in shown["verified"]["footer"]


def test_one_character_changed_is_not_verified(shown: dict[str, dict[str, Any]]) -> None:
    r = shown["tampered"]
    assert r["state"] == "invalid"
    assert _text(r).startswith("NOT verified This certificate has been altered or is not genuine.")
    assert r["details"] == []


def test_other_key_is_unknown_with_its_fingerprint(shown: dict[str, dict[str, Any]]) -> None:
    from badgesmith.core.credentials.didkey import fingerprint

    r = shown["unknown-key"]
    assert r["state"] == "unknown-key"
    fp = fingerprint(STRANGER.public_key())
    assert r["summary"].startswith(
        f"Signed by an unknown key {fp}: not issued by Northfield College."
    )
    assert "Verified" not in _text(r)


def test_retired_key_still_verifies_and_says_so(shown: dict[str, dict[str, Any]]) -> None:
    r = shown["retired"]
    assert r["state"] == "verified"
    assert dict(r["details"])["Signed with"].startswith("Northfield College’s retired key")
    assert dict(r["details"])["Expires"] == "Does not expire"


def test_expired_claim_is_genuine_but_expired(shown: dict[str, dict[str, Any]]) -> None:
    r = shown["expired"]
    assert r["state"] == "expired" and r["headline"] == "Genuine, but expired"
    assert "it expired on 1 January 2021" in r["summary"]


@pytest.mark.parametrize("case", ["xss", "xss-nasty-issuer"])
def test_markup_in_names_shows_as_text_and_never_runs(
    shown: dict[str, dict[str, Any]], case: str
) -> None:
    r = shown[case]
    assert r["state"] == "verified"
    assert XSS_NAME in r["summary"] and XSS_ACHIEVEMENT in r["summary"]
    assert dict(r["details"])["Awarded to"] == XSS_NAME
    assert r["dialogs"] == [] and r["errors"] == []
    assert r["injected"] == 0
    assert r["scripts"] == 3  # the JSON block, TweetNaCl and the page script: nothing added


def test_nasty_issuer_name_is_escaped_in_html_and_json(shown: dict[str, dict[str, Any]]) -> None:
    r = shown["xss-nasty-issuer"]
    assert r["h1"] == NASTY_ISSUER
    assert r["title"] == "Check a certificate from " + NASTY_ISSUER
    assert r["csp"] == []


def test_garbage_is_unreadable_not_verified(shown: dict[str, dict[str, Any]]) -> None:
    r = shown["garbage"]
    assert r["state"] == "unreadable" and r["headline"] == "Not verified"
    assert "not a Badgesmith certificate code" in r["summary"]


def test_idle_page_without_a_claim(shown: dict[str, dict[str, Any]]) -> None:
    r = shown["idle"]
    assert r["state"] == "idle" and r["headline"] == "Ready to check"
    assert "current" in r["keys"] and "retired" in r["keys"]


def test_paste_box(shown: dict[str, dict[str, Any]]) -> None:
    assert shown["paste-url"]["state"] == "verified"
    assert shown["paste-bare-lowercase"]["state"] == "verified"
    assert shown["paste-tampered"]["state"] == "invalid"


def test_bundled_verifier_when_webcrypto_is_missing(shown: dict[str, dict[str, Any]]) -> None:
    r = shown["bundled-verifier"]
    assert r["state"] == "verified"
    assert "Checked with this page’s built-in verifier." in r["summary"]
    assert shown["bundled-tampered"]["state"] == "invalid"


def test_without_any_verifier_it_says_so_and_never_verifies(
    shown: dict[str, dict[str, Any]],
) -> None:
    r = shown["no-verifier"]
    assert r["state"] == "cannot-verify" and r["headline"] == "Cannot check here"
    assert "secure (https) pages" in r["summary"]
    assert "Verified" not in _text(r)


def test_no_network_request_was_attempted(shown: dict[str, dict[str, Any]]) -> None:
    for name, r in shown.items():
        assert r["requests"] == [], name
        assert r["blocked"] == [], name
        assert r["websockets"] == [], name
        assert r["csp"] == [], name  # nothing was even tried and refused by the policy
        if not name.startswith(("xss", "no-verifier")):
            assert r["errors"] == [], (name, r["errors"])


def test_screenshots_were_taken(shown: dict[str, dict[str, Any]]) -> None:
    for name in (
        "verified",
        "tampered",
        "unknown-key",
        "expired",
        "garbage",
        "idle",
        "no-verifier",
    ):
        png = Path(shown[name]["screenshot"])
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_claim_alphabet_needs_no_escaping_in_the_fragment() -> None:
    assert all(c not in base43.ALPHABET for c in " %#")


# -- languages: the viewer's browser language when the page has it, else the issuer's ----------


def test_a_german_browser_reads_the_report_in_german(shown: dict[str, dict[str, Any]]) -> None:
    r = shown["de-verified"]  # the issuer writes in English; the viewer's browser asks for German
    assert r["lang"] == "de" and r["dir"] == "ltr" and r["language"] == "de"
    assert r["state"] == "verified" and r["headline"] == "Verifiziert – Widerruf nicht geprüft"
    assert r["summary"].startswith(
        "Von Northfield College am 14. März 2025 an Zoë Ångström für Level 3 Award in First Aid at Work "
        "ausgestellt (gültig bis 14. März 2099)."
    )
    assert "Widerruf konnte nicht geprüft werden: Dieses Zertifikat hat keinen Eintrag" in r["summary"]
    details = dict(r["details"])
    assert details["Verliehen an"] == "Zoë Ångström"
    assert details["Ausgestellt am"] == "14. März 2025"
    assert details["Signiert mit"].startswith("aktueller Schlüssel von Northfield College")
    assert details["Status"] == "Widerruf konnte nicht geprüft werden"
    assert r["title"] == "Zertifikat von Northfield College prüfen"
    assert r["paste"] == "Zertifikatscode oder Link einfügen" and r["button"] == "Code prüfen"
    assert "So funktioniert die Prüfung" in r["footer"] and "Website des Ausstellers:" in r["footer"]
    assert "(aktuell)" in r["keys"] and "(abgelöst)" in r["keys"]
    assert r["languageLabel"] == "Sprache"
    for text in (r["headline"], r["summary"], r["footer"], *(d for d, _ in r["details"])):
        assert "Verified" not in text and "Issued" not in text and "Certificate" not in text, text


def test_german_revocation_and_unreadable_reports(shown: dict[str, dict[str, Any]]) -> None:
    r = shown["de-revoked"]
    assert r["verdict"] == "revoked" and r["headline"] == "Widerrufen"
    assert r["summary"].startswith("Northfield College hat dieses Zertifikat am 30. November 2026 widerrufen.")
    assert dict(r["details"])["Status"] == "Widerrufen am 30. November 2026"
    r = shown["de-garbage"]
    assert r["verdict"] == "unreadable" and r["headline"] == "Nicht verifiziert"
    assert r["summary"].startswith("Dieser Code kann nicht gelesen werden: Er ist kein Badgesmith-Zertifikatscode")


def test_the_first_shipped_browser_language_wins(shown: dict[str, dict[str, Any]]) -> None:
    r = shown["sv-then-de"]  # Swedish is not shipped; Austrian German is German
    assert r["navigatorLanguages"] == ["sv-SE", "sv", "de-AT"]
    assert r["lang"] == "de" and r["headline"] == "Verifiziert – Widerruf nicht geprüft"
    r = shown["pt-PT"]  # Portuguese readers get the Brazilian Portuguese the page has
    assert r["lang"] == "pt-BR" and r["headline"] == "Verificado — revogação não conferida"
    assert "14 de março de 2025" in r["summary"]


def test_a_language_we_do_not_ship_falls_back_to_the_issuers(shown: dict[str, dict[str, Any]]) -> None:
    r = shown["sv-french-issuer"]
    assert r["navigatorLanguages"] == ["sv-SE", "sv"]
    assert r["lang"] == "fr" and r["language"] == "fr"
    assert r["headline"] == "Vérifié — révocation non contrôlée"
    assert r["summary"].startswith("Délivré par Northfield College à Zoë Ångström pour Level 3 Award in First Aid "
                                   "at Work le 14 mars 2025 (expire le 14 mars 2099).")
    assert dict(r["details"])["Décerné à"] == "Zoë Ångström"
    assert r["title"] == "Vérifier un certificat de Northfield College"
    r = shown["sv-english-issuer"]
    assert r["lang"] == "en" and r["headline"] == "Verified — revocation not checked"


def test_arabic_runs_right_to_left(shown: dict[str, dict[str, Any]]) -> None:
    r = shown["ar-verified"]
    assert r["lang"] == "ar" and r["dir"] == "rtl"
    assert r["state"] == "verified" and r["headline"] == "تم التحقق — دون فحص الإلغاء"
    assert r["summary"].startswith("صادرة عن Northfield College إلى Zoë Ångström في Level 3 Award")
    assert "مُنحت إلى" in dict(r["details"])
    assert r["errors"] == []


def test_japanese_dates_and_words(shown: dict[str, dict[str, Any]]) -> None:
    r = shown["ja-verified"]
    assert r["lang"] == "ja" and r["dir"] == "ltr" and r["headline"] == "検証済み — 失効は未確認"
    assert r["summary"].startswith("2025年3月14日にNorthfield CollegeがZoë Ångströmに発行した")
    assert dict(r["details"])["有効期限"] == "2099年3月14日"


def test_the_language_menu_rewords_the_report(shown: dict[str, dict[str, Any]]) -> None:
    r = shown["chosen-ja"]  # an English browser; the viewer picks Japanese by hand
    assert r["lang"] == "ja" and r["language"] == "ja" and r["languageLabel"] == "言語"
    assert r["state"] == "verified" and r["headline"] == "検証済み — 失効は未確認"
    assert r["title"] == "Northfield Collegeの証明書を確認"
    options = r["languageOptions"]  # every shipped language, by its own name, marked as that language
    assert [o[0] for o in options] == ["en", "de", "fr", "es", "pt_BR", "it", "pl", "ar", "ja"]
    assert ["pt_BR", "pt-BR", "Português (Brasil)"] in options and ["ar", "ar", "العربية"] in options
    r = shown["chosen-ar-idle"]
    assert r["lang"] == "ar" and r["dir"] == "rtl" and r["state"] == "idle"
    assert r["headline"] == "جاهز للتحقق" and r["paste"] == "لصق رمز الشهادة أو رابطها"
    assert "مفاتيح" in r["footer"] and "Clés" not in r["footer"]


def test_every_case_is_english_in_an_english_browser(shown: dict[str, dict[str, Any]]) -> None:
    for name in ("verified", "tampered", "unknown-key", "expired", "garbage", "idle"):
        assert shown[name]["lang"] == "en" and shown[name]["dir"] == "ltr", name
        assert shown[name]["languageLabel"] == "Language"
