"""The published site end to end: issue, print, scan, open the page over HTTPS, revoke, republish.

A real HTTPS server on 127.0.0.1 serves the folder `badgesmith publish` wrote; headless Chromium
reaches it as https://badges.example.test:PORT/ (host-resolver mapping, the test certificate
trusted by its key hash). The QR code is read by zxing from a 150 dpi render of the PDF.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import zxingcpp
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PIL import Image

from badgesmith.core.credentials.didkey import did_key_from_public
from badgesmith.core.credentials.statuslist import signed_status_list
from badgesmith.core.paper.qrclaim import ClaimFields, claim_qr_payload, encode_claim
from badgesmith.core.paper.verifypage import render_verify_page
from badgesmith.core.services import issuer, issuing, publishing, register
from tests.browser.driver import run_driver
from tests.sitehost import COPY_DOMAIN, TEST_DOMAIN, serve_https

pytestmark = pytest.mark.browser

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
CHROMIUM = os.environ.get("BADGESMITH_CHROMIUM", "/usr/bin/chromium")
NODE = shutil.which("node")
PASS = "demo"


@pytest.fixture
def browser() -> None:
    why = None
    if NODE is None or not (HERE / "node_modules" / "playwright-core").is_dir():
        why = "node or tests/browser/node_modules is missing: run `npm ci --prefix tests/browser`"
    elif not Path(CHROMIUM).exists():
        why = f"{CHROMIUM} is missing"
    elif not shutil.which("pdftoppm"):
        why = "pdftoppm (poppler-utils) is missing"
    if why:
        if os.environ.get("CI"):
            pytest.fail(f"browser tests cannot run in CI: {why}")
        pytest.skip(why)


def _visit(host: Any, tmp: Path, visits: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    shots = tmp / "shots"
    shots.mkdir(exist_ok=True)
    job = tmp / f"job-{visits[0]['name']}.json"
    job.write_text(json.dumps({"chromium": CHROMIUM, "spki": host.spki_sha256, "map": "*.example.test",
                               "screenshot_dir": str(shots), "visits": visits}))
    results = run_driver("site.mjs", job, shots)
    for r in results.values():
        assert not r["dialogs"] and not r["errors"] and not r["csp"], r
        assert r["secure"] and r["injected"] == 0
    return results


def _scan(pdf: Path, tmp: Path) -> str:
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-singlefile", str(pdf), str(tmp / "page")], check=True)
    found = zxingcpp.read_barcodes(Image.open(tmp / "page.png"), formats=zxingcpp.BarcodeFormat.QRCode)
    assert len(found) == 1
    return found[0].text


def _text(r: dict[str, Any]) -> str:
    return " ".join([r["headline"], r["summary"], *(" ".join(d) for d in r["details"])])


def test_scan_verify_revoke_republish_and_a_missing_list(browser, demo_ws, tmp_path):
    www = tmp_path / "www"
    site = www / "badges"
    www.mkdir()
    with serve_https(www, tmp_path / "tls") as host:
        base = f"https://{TEST_DOMAIN}:{host.port}/badges/"
        info = issuer.get_issuer(demo_ws)
        issuer.update_issuer(demo_ws, info.name, info.url, info.email, info.description, info.logo,
                             base + "verify.html", base + "status/1")
        eligible = [r.learner_id for r in issuing.plan_issue(demo_ws, 1) if r.eligible]
        summary = issuing.issue_batch(demo_ws, 1, PASS, tmp_path / "out", learner_ids=eligible[:2], workers=1)
        item = summary.issued[0]

        # 1-3: the printed certificate, rendered at 150 dpi and decoded by zxing
        url = _scan(item.pdf, tmp_path)
        assert url.startswith(base + "verify.html#BS1:")
        result = publishing.publish(demo_ws, site, PASS)
        assert {"verify.html", "status/1", "issuer.json", "README.txt"} <= set(result.written)

        # 4-5: the page says verified, and not revoked as of the list's date
        shown = _visit(host, tmp_path, [{"name": "site-verified", "url": url, "screenshot": True}])["site-verified"]
        assert shown["verdict"] == "verified" and shown["headline"] == "Verified", shown
        assert "Not revoked as of" in _text(shown) and "Could not check" not in _text(shown)
        assert shown["origin"] == f"https://{TEST_DOMAIN}:{host.port}"
        if os.environ.get("BADGESMITH_UPDATE_SCREENSHOTS"):
            shutil.copy(shown["screenshot"], REPO / "docs" / "screenshots" / "verify-page.png")
        assert any(r.startswith("GET /badges/status/1 ") for r in host.requests)

        # 6-7: revoke, publish again (only the list changes), reload: revoked
        before = {p: (site / p).stat().st_mtime_ns for p in result.written}
        register.revoke(demo_ws, item.credential_id, "Assessment found to be invalid", PASS)
        again = publishing.publish(demo_ws, site, PASS)
        assert again.written == ["status/1"] and not again.removed
        assert all((site / p).stat().st_mtime_ns == before[p] for p in before if p != "status/1")
        shown = _visit(host, tmp_path, [{"name": "site-revoked", "url": url, "screenshot": True}])["site-revoked"]
        assert shown["verdict"] == "revoked" and shown["headline"] == "Revoked", shown
        assert "has revoked this certificate" in shown["summary"]
        if os.environ.get("BADGESMITH_UPDATE_SCREENSHOTS"):
            shutil.copy(shown["screenshot"], REPO / "docs" / "screenshots" / "verify-page-revoked.png")

        # the same page copied to another website, beside a list of its own making, cannot vouch
        (www / "copy" / "status").mkdir(parents=True)
        shutil.copy(site / "verify.html", www / "copy" / "verify.html")
        forged = json.loads((site / "status" / "1").read_text())
        forged["credentialSubject"]["encodedList"] = json.loads(
            json.dumps(signed_status_list(forged["id"], Ed25519PrivateKey.generate(), [])))["credentialSubject"][
            "encodedList"]
        (www / "copy" / "status" / "1").write_text(json.dumps(forged))
        copied = url.replace(f"{TEST_DOMAIN}:{host.port}/badges/", f"{COPY_DOMAIN}:{host.port}/copy/")
        shown = _visit(host, tmp_path, [{"name": "site-copy", "url": copied}])["site-copy"]
        assert shown["verdict"] == "verified" and "the status list is on another website" in _text(shown)
        assert "Not revoked" not in _text(shown)

        # the other learner's certificate is still good
        other = _scan(summary.issued[1].pdf, tmp_path)
        assert _visit(host, tmp_path, [{"name": "site-other", "url": other}])["site-other"]["verdict"] == "verified"

        # without the list on the server: a plain "could not check", never a bare "verified"
        (site / "status" / "1").unlink()
        shown = _visit(host, tmp_path, [{"name": "site-no-list", "url": other, "screenshot": True}])["site-no-list"]
        assert shown["verdict"] == "verified" and shown["headline"] == "Verified — revocation not checked"
        assert "Could not check for revocation" in _text(shown) and "HTTP 404" in _text(shown)
        assert "Not revoked" not in _text(shown)


NASTY_ISSUER = "Evil </script><script>alert('issuer')</script> & <b>Co</b>"
XSS_NAME = "<img src=x onerror=\"alert(1)\">"
XSS_ACHIEVEMENT = "</bdi><script>alert(2)</script>"


def test_hostile_names_with_a_status_list_show_as_text(browser, tmp_path):
    key = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
    did = did_key_from_public(key.public_key())
    www = tmp_path / "www"
    (www / "status").mkdir(parents=True)
    with serve_https(www, tmp_path / "tls") as host:
        base = f"https://{TEST_DOMAIN}:{host.port}/"
        lists = {key.public_key().public_bytes_raw(): [(base + "status/1", did)]}
        page = render_verify_page(NASTY_ISSUER, [("current", key.public_key())], status_lists=lists)
        (www / "verify.html").write_text(page, encoding="utf-8")
        (www / "status" / "1").write_text(json.dumps(signed_status_list(base + "status/1", key, [7])))
        # a list on another site, and one signed for another issuer, are not used
        elsewhere = {key.public_key().public_bytes_raw(): [("https://other.example.org/status/1", did)]}
        (www / "elsewhere.html").write_text(render_verify_page(NASTY_ISSUER, [("current", key.public_key())],
                                                               status_lists=elsewhere), encoding="utf-8")
        (www / "status" / "2").write_text(json.dumps(signed_status_list(base + "status/2", key, [7],
                                                                        issuer_did="did:web:example.org")))
        wrong = {key.public_key().public_bytes_raw(): [(base + "status/2", did)]}
        # two lists for the key: one gone, the other marks the certificate: revoked all the same
        two = {key.public_key().public_bytes_raw(): [(base + "status/gone", did), (base + "status/1", did)]}
        (www / "two.html").write_text(render_verify_page(NASTY_ISSUER, [("current", key.public_key())],
                                                         status_lists=two), encoding="utf-8")
        (www / "wrong.html").write_text(render_verify_page(NASTY_ISSUER, [("current", key.public_key())],
                                                           status_lists=wrong), encoding="utf-8")

        fields = ClaimFields("urn:uuid:9b2d6c1e-4f3a-4e8b-a7d5-1c0f2e3d4b5a", XSS_NAME, XSS_ACHIEVEMENT,
                             NASTY_ISSUER, date(2026, 3, 14), status_index=7)
        revoked = claim_qr_payload(encode_claim(fields, key), base + "verify.html")
        clear = claim_qr_payload(encode_claim(replace(fields, status_index=8), key), base + "verify.html")
        claim_only = revoked.split("#", 1)[1]
        shown = _visit(host, tmp_path, [
            {"name": "hostile-revoked", "url": revoked},
            {"name": "hostile-clear", "url": clear},
            {"name": "hostile-elsewhere", "url": base + "elsewhere.html#" + claim_only},
            {"name": "hostile-wrong-issuer", "url": base + "wrong.html#" + claim_only},
            {"name": "hostile-two-lists", "url": base + "two.html#" + claim_only},
            {"name": "hostile-two-lists-clear", "url": base + "two.html#" + clear.split("#", 1)[1]},
        ])
    r = shown["hostile-revoked"]
    assert r["verdict"] == "revoked"
    assert NASTY_ISSUER in r["summary"] and XSS_NAME in r["summary"] and XSS_ACHIEVEMENT in r["summary"]
    assert shown["hostile-two-lists"]["verdict"] == "revoked"
    two_clear = _text(shown["hostile-two-lists-clear"])  # one list unreadable: no "not revoked"
    assert "Could not check for revocation" in two_clear and "Not revoked" not in two_clear
    assert shown["hostile-clear"]["verdict"] == "verified"
    assert "Not revoked as of" in _text(shown["hostile-clear"])
    assert "the status list is on another website" in _text(shown["hostile-elsewhere"])
    assert "not this issuer" in _text(shown["hostile-wrong-issuer"])
    for name in ("hostile-elsewhere", "hostile-wrong-issuer"):
        assert shown[name]["verdict"] == "verified" and "Could not check for revocation" in _text(shown[name])
