"""did:web both ways with the reference JavaScript stack, rotation included.

The workspace publishes its site into a folder that a real HTTPS server on 127.0.0.1 serves; the
JS stack resolves did:web with Digital Bazaar's did:web driver from that server (trusting its
test certificate), while Badgesmith verifies offline from the DID documents it holds.
"""

from __future__ import annotations

import copy
import json
import sys
import uuid
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from jsstack import JsStack, available, in_ci  # noqa: E402

from badgesmith.core.credentials.didweb import verification_method_id  # noqa: E402
from badgesmith.core.credentials.keys import generate_key  # noqa: E402
from badgesmith.core.services import issuer, issuing, publishing, verification  # noqa: E402
from badgesmith.core.services.verification import Verdict  # noqa: E402
from tests.sitehost import serve_https  # noqa: E402

pytestmark = pytest.mark.interop
PASS = "demo"


@pytest.fixture
def site(demo_ws, tmp_path):
    why = available()
    if why:
        if in_ci():
            pytest.fail(f"interop tests must run in CI: {why}")
        pytest.skip(why)
    folder = tmp_path / "site"
    folder.mkdir()
    with serve_https(folder, tmp_path / "tls") as host:
        info = issuer.get_issuer(demo_ws)
        issuer.update_issuer(demo_ws, info.name, info.url, info.email, info.description, info.logo,
                             host.url("verify.html"), host.url("status/1"), did_web=f"127.0.0.1%3A{host.port}")
        stack = JsStack({"VCJS_DID_WEB_HOSTS": host.host, "NODE_EXTRA_CA_CERTS": str(host.ca_file)})
        try:
            yield demo_ws, folder, host, stack
        finally:
            stack.close()


def _issue_one(ws, out: Path, nth: int) -> dict:
    learners = [r.learner_id for r in issuing.plan_issue(ws, 1) if r.eligible and not r.credential_id]
    summary = issuing.issue_batch(ws, 1, PASS, out, learner_ids=learners[nth:nth + 1], workers=1)
    assert len(summary.issued) == 1, (summary.error, summary.failed, summary.skipped)
    return json.loads(summary.issued[0].json.read_text(encoding="utf-8"))


def _unsigned_copy(doc: dict) -> dict:
    out = copy.deepcopy(doc)
    del out["proof"]
    out["id"] = f"urn:uuid:{uuid.uuid4()}"
    return out


def test_did_web_both_ways_with_rotation(site, tmp_path):
    ws, folder, host, js = site
    did = f"did:web:127.0.0.1%3A{host.port}"
    first = _issue_one(ws, tmp_path / "out1", 0)
    assert first["issuer"]["id"] == did
    assert first["proof"][0]["verificationMethod"].startswith(did + "#z6Mk")
    publishing.publish(ws, folder, PASS)
    assert (folder / ".well-known" / "did.json").is_file()

    # Badgesmith -> JS: resolved over HTTPS from the published folder
    result = js.verify(first)
    assert result["verified"], result["error"]
    assert any("/.well-known/did.json" in r for r in host.requests)

    # rotation: the new key joins did.json, the retired one stays, both generations verify
    issuer.rotate_key(ws, PASS)
    second = _issue_one(ws, tmp_path / "out2", 1)
    assert second["proof"][0]["verificationMethod"] != first["proof"][0]["verificationMethod"]
    publishing.publish(ws, folder, PASS)
    published = json.loads((folder / ".well-known" / "did.json").read_text())
    assert len(published["assertionMethod"]) == 2
    for doc in (first, second):
        result = js.verify(doc)
        assert result["verified"], result["error"]
        report = verification.verify_text(ws, json.dumps(doc))
        assert report.verdict is Verdict.VERIFIED, report.summary
    assert "did:web" in " ".join(c.message for c in report.checks)  # the report names the domain

    # JS -> Badgesmith: signed by the reference stack with the retired key, as the did:web
    _, retired = issuer.unlock_key(ws, PASS, key_id=1)
    seed = retired.private_key.private_bytes_raw()
    vm = verification_method_id(did, retired.private_key.public_key().public_bytes_raw())
    js_signed = js.sign(_unsigned_copy(first), seed, vm=vm)
    assert js.verify(js_signed)["verified"]
    report = verification.verify_text(ws, json.dumps(js_signed))
    assert report.verdict is Verdict.VERIFIED, report.summary

    # a key the DID document does not list is refused by both
    stranger = generate_key()
    vm = verification_method_id(did, stranger.public_key().public_bytes_raw())
    forged = js.sign(_unsigned_copy(first), stranger.private_bytes_raw(), vm=vm)
    assert not js.verify(forged)["verified"]
    report = verification.verify_text(ws, json.dumps(forged))
    assert report.verdict is Verdict.NOT_VERIFIED
    assert "does not list this key" in report.summary + " ".join(c.message for c in report.checks)

    # and a did:web Badgesmith holds no document for is not verified here (never fetched)
    other = json.loads(json.dumps(js_signed).replace(did, "did:web:elsewhere.example.org"))
    report = verification.verify_text(ws, json.dumps(other))
    assert report.verdict is Verdict.NOT_VERIFIED
    assert "never fetches" in " ".join(c.message for c in report.checks)
