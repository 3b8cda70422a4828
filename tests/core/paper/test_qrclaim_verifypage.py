"""render_verify_page: self-contained, strict CSP, escaped data (the browser tests run it)."""

from __future__ import annotations

import base64
import hashlib
import json
import re

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from badgesmith.core.credentials.didkey import did_key_from_public, fingerprint
from badgesmith.core.paper.verifypage import VerifyPageError, render_verify_page, script_json

CURRENT = Ed25519PrivateKey.from_private_bytes(b"\x11" * 32).public_key()
RETIRED = Ed25519PrivateKey.from_private_bytes(b"\x22" * 32).public_key()
RAW = CURRENT.public_bytes(Encoding.Raw, PublicFormat.Raw)
NASTY = 'Evil </script><script>alert(1)</script> & <!-- \u2028 "Co"'


def _scripts(page: str) -> list[tuple[str, str]]:
    return re.findall(r"<script([^>]*)>(.*?)</script>", page, re.S)


def _config(page: str) -> dict:
    [(_, text)] = [(a, t) for a, t in _scripts(page) if "application/json" in a]
    return json.loads(text)


def test_keys_are_embedded_with_status_and_fingerprint() -> None:
    page = render_verify_page(
        "Northfield College", [("current", RAW), ("retired", did_key_from_public(RETIRED))]
    )
    config = _config(page)
    assert config["issuer"] == "Northfield College"
    assert [k["status"] for k in config["keys"]] == ["current", "retired"]
    assert config["keys"][0]["pub"] == RAW.hex()
    assert config["keys"][0]["fingerprint"] == fingerprint(CURRENT)
    assert config["keys"][1]["fingerprint"] == fingerprint(RETIRED)
    assert config["keys"][0]["kid"] == hashlib.sha256(RAW).hexdigest()[:16]


def test_nasty_issuer_name_cannot_break_out() -> None:
    page = render_verify_page(NASTY, [("current", CURRENT)])
    assert page.count("</script>") == 3  # the JSON block, TweetNaCl and the page script
    assert "<script>alert(1)" not in page and "<!-- " not in page.split("<body")[1]
    assert "Evil &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;!-- " in page
    assert _config(page)["issuer"] == NASTY
    json_text = script_json({"x": NASTY})
    assert not set("<>&\u2028") & set(json_text)


def test_page_is_self_contained_with_a_strict_csp() -> None:
    page = render_verify_page("Northfield College", [("current", CURRENT)], "https://example.org/")
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert csp.startswith("default-src 'none'; script-src 'sha256-")
    assert "unsafe" not in csp and "img-src data:" in csp
    # the one connection it may open: its own origin, for the status list
    assert "connect-src 'self';" in csp and csp.count("-src") == 5
    executable = [text for attrs, text in _scripts(page) if "application/json" not in attrs]
    assert len(executable) == 2
    for text in executable:  # only these exact scripts may run
        digest = base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    style = re.search(r"<style>(.*?)</style>", page, re.S).group(1)
    assert base64.b64encode(hashlib.sha256(style.encode()).digest()).decode() in csp
    # nothing that could load: no src/srcset, no stylesheet links, no CSS url() or @import
    assert not re.search(r"\ssrc(set)?=|<link|<iframe|<img|url\(|@import", page, re.I)
    links = re.findall(r'href="([^"]*)"', page)
    assert links == ["https://example.org/"]  # the issuer's website, only followed on a click
    assert "{{" not in page


def test_page_script_never_writes_html() -> None:
    page = render_verify_page("X", [("current", CURRENT)])
    app = _scripts(page)[-1][1]
    for sink in (
        "innerHTML",
        "outerHTML",
        "insertAdjacentHTML",
        "document.write",
        "eval(",
        "Function(",
    ):
        assert sink not in app


@pytest.mark.parametrize(
    "issuer, keys, url, message",
    [
        ("", [("current", RAW)], None, "issuer's name"),
        ("X", [], None, "at least one"),
        ("X", [("revoked", RAW)], None, "'current' or 'retired'"),
        ("X", [("current", b"short")], None, "32 raw bytes"),
        ("X", [("current", "did:web:example.org")], None, "did:key"),
        ("X", [("current", RAW)], "javascript:alert(1)", "https://"),
        ("X", [("current", RAW)], 'https://x.org/"onmouseover=alert(1)', "https://"),
    ],
)
def test_bad_inputs_are_refused(issuer: str, keys: list, url: str | None, message: str) -> None:
    with pytest.raises(VerifyPageError, match=re.escape(message)):
        render_verify_page(issuer, keys, url)
