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
    page = (REPO / "resources" / "verify" / "verify.html").read_text()
    assert "printed under the QR code" not in page  # it is not printed: only the QR holds it
    assert "a QR scanner app reads" in page


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
