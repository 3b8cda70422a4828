"""Interoperability with the reference JavaScript stack (@digitalbazaar/vc & co), offline.

Runs in CI (where a missing node_modules is a failure, not a skip): `npm ci --prefix tests/interop`.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core" / "credentials"))

from cred_factories import full_input, minimal_input  # noqa: E402
from jsstack import SCRIPT, JsStack, available, in_ci  # noqa: E402

from badgesmith.core.credentials import dataintegrity as di  # noqa: E402
from badgesmith.core.credentials import didkey, keys, ob3, statuslist  # noqa: E402
from badgesmith.core.credentials.loader import bundled_contexts  # noqa: E402
from badgesmith.core.credentials.verify import Verdict, verify_credential  # noqa: E402

pytestmark = pytest.mark.interop

SEED = bytes.fromhex("9b2c7a103f4e4d5c9a8b7c6d5e4f3a21" * 2)
NAMES = {
    "greek": "Μαρία Παπαδοπούλου",
    "cjk": "山田 太郎 / 李小龍 / 김민준",
    "arabic": "فاطمة الزهراء بنت محمد",
    "emoji-latin": "Zoë Ŋgúgĩ 🎓",
}


@pytest.fixture(scope="module")
def js():
    why = available()
    if why:
        if in_ci():
            pytest.fail(f"interop tests must run in CI: {why}")
        pytest.skip(why)
    stack = JsStack()
    yield stack
    stack.close()


@pytest.fixture(scope="module")
def key():
    return keys.private_key_from_seed(SEED)


def sign_ours(key, data) -> dict:
    did = keys.did_of(key)
    return di.sign(ob3.build_and_check(data), key, didkey.verification_method(did))


@pytest.mark.parametrize("script", sorted(NAMES))
def test_badgesmith_credential_with_every_field_verifies_in_js(js, key, script) -> None:
    entry = statuslist.status_entry("https://training.example/status/7", 1234)
    data = full_input(keys.did_of(key), name=NAMES[script], status_entry=entry)
    signed = sign_ours(key, data)
    result = js.verify(signed)
    assert result["verified"], result["error"]


def test_minimal_credential_and_proof_object_form_verify_in_js(js, key) -> None:
    signed = sign_ours(key, minimal_input(keys.did_of(key), name="عمر"))
    assert js.verify(signed)["verified"]
    as_object = dict(signed, proof=signed["proof"][0])
    assert js.verify(as_object)["verified"]


def test_tampered_badgesmith_credential_fails_in_js(js, key) -> None:
    signed = sign_ours(key, full_input(keys.did_of(key), name=NAMES["greek"]))
    for mutate in (
        lambda d: d["credentialSubject"].__setitem__("name", "Μαρία Παπαδοπούλοu"),
        lambda d: d["credentialSubject"]["achievement"].__setitem__("name", "Advanced First Aid"),
        lambda d: d.__setitem__("validUntil", "2099-01-01T00:00:00Z"),
        lambda d: d["proof"][0].__setitem__("created", "2020-01-01T00:00:00Z"),
    ):
        doc = copy.deepcopy(signed)
        mutate(doc)
        result = js.verify(doc)
        assert not result["verified"]
        assert not di.verify(doc).valid  # and we agree


def test_undefined_term_rejected_by_js_too(js, key) -> None:
    signed = sign_ours(key, minimal_input(keys.did_of(key)))
    signed["credentialSubject"]["grade"] = "A+"
    assert not js.verify(signed)["verified"]
    assert not di.verify(signed).valid


def test_signed_status_list_verifies_in_js(js, key) -> None:
    doc = statuslist.signed_status_list("https://training.example/status/7", key, [1234])
    result = js.verify(doc)
    assert result["verified"], result["error"]


@pytest.mark.parametrize("script", sorted(NAMES))
def test_js_signed_credential_verifies_in_badgesmith(js, key, script) -> None:
    did = keys.did_of(key)
    unsigned = ob3.build_and_check(full_input(did, name=NAMES[script]))
    signed = js.sign(unsigned, SEED, created="2025-03-01T10:00:00Z")
    assert isinstance(signed["proof"], dict)  # the JS stack writes a single proof object
    assert di.verify(signed).valid
    report = verify_credential(
        signed,
        key_trust=lambda d: "trusted" if d == did else "unknown",
        revocation_lookup=lambda c: None,
        now=datetime(2025, 6, 1, tzinfo=UTC),
    )
    assert report.verdict is Verdict.VERIFIED, [c for c in report.checks if not c.ok]
    # both stacks produce the same signature for the same input (Ed25519 is deterministic)
    ours = di.sign(unsigned, key, didkey.verification_method(did), "2025-03-01T10:00:00Z")
    assert ours["proof"][0]["proofValue"] == signed["proof"]["proofValue"]


def test_js_signed_then_tampered_fails_in_badgesmith(js, key) -> None:
    unsigned = ob3.build_and_check(minimal_input(keys.did_of(key), name="李小龍"))
    signed = js.sign(unsigned, SEED)
    signed["credentialSubject"]["name"] = "李小龙"
    assert not di.verify(signed).valid


def test_shipped_contexts_equal_the_npm_packages(js) -> None:
    npm = js.call(op="contexts")
    for url, ours in bundled_contexts().items():
        assert url in npm, url
        assert npm[url] == ours, url


def test_command_line_verify(js, key, tmp_path) -> None:
    good = tmp_path / "good.json"
    good.write_text(json.dumps(sign_ours(key, minimal_input(keys.did_of(key)))), encoding="utf-8")
    r = subprocess.run(["node", str(SCRIPT), "verify", str(good)], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stdout + r.stderr
    assert json.loads(r.stdout)[0]["verified"] is True
