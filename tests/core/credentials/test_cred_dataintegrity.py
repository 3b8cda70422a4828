"""eddsa-rdfc-2022: the W3C vector byte for byte, round trips, wrong keys, offline processing."""

from __future__ import annotations

import copy
import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from cred_vectors import (
    CANONICAL_DOCUMENT,
    CANONICAL_PROOF_OPTIONS,
    COMBINED_HASH,
    DOCUMENT_HASH,
    PROOF_HASH,
)
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from badgesmith.core.credentials import dataintegrity as di
from badgesmith.core.credentials import didkey, keys, multikey
from badgesmith.core.credentials.loader import OfflineLoader

VEC = Path(__file__).resolve().parents[2] / "fixtures" / "vc-di-eddsa"
EXAMPLES_URL = "https://www.w3.org/ns/credentials/examples/v2"


@pytest.fixture(scope="module")
def vector():
    signed = json.loads((VEC / "eddsa-rdfc-2022" / "signedDataInt.json").read_text())
    config = json.loads((VEC / "eddsa-rdfc-2022" / "proofConfigDataInt.json").read_text())
    pair = json.loads((VEC / "keyPair.json").read_text())
    expected = (VEC / "eddsa-rdfc-2022" / "sigBTC58DataInt.txt").read_text().strip()
    loader = OfflineLoader({EXAMPLES_URL: json.loads((VEC / "contexts" / "credentials-examples-v2.json").read_text())})
    unsigned = {k: v for k, v in signed.items() if k != "proof"}
    key = Ed25519PrivateKey.from_private_bytes(multikey.decode_private_multikey(pair["privateKeyMultibase"]))
    return signed, unsigned, config, key, expected, loader


def test_w3c_vector_canonical_forms(vector) -> None:
    _, unsigned, config, _, _, loader = vector
    assert di.canonicalize(unsigned, loader) == CANONICAL_DOCUMENT
    assert di.canonicalize(config, loader) == CANONICAL_PROOF_OPTIONS
    assert hashlib.sha256(CANONICAL_DOCUMENT.encode()).hexdigest() == DOCUMENT_HASH
    assert hashlib.sha256(CANONICAL_PROOF_OPTIONS.encode()).hexdigest() == PROOF_HASH


def test_w3c_vector_hash_data(vector) -> None:
    _, unsigned, config, _, _, loader = vector
    assert di.hash_data(unsigned, config, loader).hex() == COMBINED_HASH


def test_w3c_vector_proof_value_byte_for_byte(vector) -> None:
    signed, unsigned, config, key, expected, loader = vector
    out = di.sign(unsigned, key, config["verificationMethod"], config["created"], loader=loader)
    proof = out["proof"]
    assert isinstance(proof, list) and len(proof) == 1
    assert proof[0]["proofValue"] == expected
    assert {k: v for k, v in proof[0].items()} == signed["proof"]
    assert {k: v for k, v in out.items() if k != "proof"} == unsigned
    assert "proof" not in unsigned  # input untouched


def test_w3c_signed_vector_proof_checks_out(vector) -> None:
    # the vector's verificationMethod is not a did:key, so verify its signature directly
    signed, unsigned, _, key, _, loader = vector
    opts = {k: v for k, v in signed["proof"].items() if k != "proofValue"}
    opts["@context"] = signed["@context"]
    sig = multikey.multibase_decode(signed["proof"]["proofValue"])
    key.public_key().verify(sig, di.hash_data(unsigned, opts, loader))


def test_sign_verify_roundtrip_proof_array_and_object(signed_full) -> None:
    assert isinstance(signed_full["proof"], list) and len(signed_full["proof"]) == 1
    result = di.verify(signed_full)
    assert result.valid, result.reason
    as_object = dict(signed_full, proof=signed_full["proof"][0])
    assert di.verify(as_object).valid


def test_another_key_fails(signed_full, issuer_did) -> None:
    other = keys.generate_key()
    unsigned = {k: v for k, v in signed_full.items() if k != "proof"}
    forged = di.sign(unsigned, other, signed_full["proof"][0]["verificationMethod"], "2025-03-01T10:00:00Z")
    result = di.verify(forged)
    assert not result.valid and "does not match" in result.reason
    # signing properly with the other key gives a valid proof but a different did
    resigned = di.sign(unsigned, other, didkey.verification_method(keys.did_of(other)))
    ok = di.verify(resigned)
    assert ok.valid and ok.did != issuer_did


def test_proof_problems_reported(signed_full) -> None:
    cases = {
        "no proof": {k: v for k, v in signed_full.items() if k != "proof"},
        "two proofs": dict(signed_full, proof=signed_full["proof"] * 2),
        "bad purpose": dict(signed_full, proof=[dict(signed_full["proof"][0], proofPurpose="authentication")]),
        "bad suite": dict(signed_full, proof=[dict(signed_full["proof"][0], cryptosuite="ecdsa-rdfc-2019")]),
        "short sig": dict(signed_full, proof=[dict(signed_full["proof"][0], proofValue="z1111")]),
        "bad vm": dict(signed_full, proof=[dict(signed_full["proof"][0], verificationMethod="https://x.example#k")]),
        "not a list": dict(signed_full, proof="z123"),
    }
    for name, doc in cases.items():
        result = di.verify(doc)
        assert not result.valid, name
        assert result.reason.endswith("."), (name, result.reason)


def test_sign_refuses_already_signed_and_contextless(signed_full, issuer_key, issuer_vm) -> None:
    with pytest.raises(di.SigningError):
        di.sign(signed_full, issuer_key, issuer_vm)
    with pytest.raises(di.SigningError):
        di.sign({"id": "urn:uuid:x"}, issuer_key, issuer_vm)


def test_created_default_is_now_utc(signed_full, issuer_key, issuer_vm) -> None:
    unsigned = {k: v for k, v in signed_full.items() if k != "proof"}
    out = di.sign(unsigned, issuer_key, issuer_vm)
    assert out["proof"][0]["created"].endswith("Z")
    assert di.verify(out).valid


def test_sign_and_verify_with_network_disabled(no_network, issuer_key, issuer_did, issuer_vm) -> None:
    from cred_factories import full_input

    from badgesmith.core.credentials import ob3

    loader = OfflineLoader()  # fresh: nothing cached, every context goes through the loader
    cred = ob3.build_and_check(full_input(issuer_did), loader)
    signed = di.sign(cred, issuer_key, issuer_vm, loader=loader)
    assert di.verify(signed, loader=OfflineLoader()).valid
    assert no_network == []


def test_sign_and_verify_in_a_network_namespace(tmp_path) -> None:
    """Run in a process that has no network at all (unshare -rn), when the system allows it."""
    unshare = shutil.which("unshare")
    if not unshare or subprocess.run([unshare, "-rn", "true"], capture_output=True).returncode != 0:
        pytest.skip("unshare -rn is not permitted here (the socket-patching test still runs)")
    code = (
        f"import sys; sys.path.insert(0, {str(Path(__file__).parent)!r})\n"
        "from cred_factories import full_input\n"
        "from badgesmith.core.credentials import ob3, keys, didkey, dataintegrity as di\n"
        "k = keys.generate_key(); did = keys.did_of(k)\n"
        "s = di.sign(ob3.build_and_check(full_input(did)), k, didkey.verification_method(did))\n"
        "assert di.verify(s).valid\n"
        "import socket\n"
        "try:\n"
        "    socket.create_connection(('93.184.216.34', 80), timeout=2); print('NETWORK')\n"
        "except OSError:\n"
        "    print('OFFLINE-OK')\n"
    )
    r = subprocess.run([unshare, "-rn", sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "OFFLINE-OK"


def test_canonical_proof_options_cache_is_keyed_on_every_field(vector) -> None:
    _, unsigned, config, _, _, loader = vector
    base = di.hash_data(unsigned, config, loader)
    for field, value in (("created", "2023-02-24T23:36:39Z"), ("verificationMethod", config["verificationMethod"] + "x"),
                         ("proofPurpose", "authentication")):
        changed = copy.deepcopy(config)
        changed[field] = value
        assert di.hash_data(unsigned, changed, loader)[:32] != base[:32], field


@pytest.mark.parametrize(
    "created", ["2025-03-01T10:00:00Z", "1999-12-31T23:59:59.123456Z", "2025-03-01T10:00:00+02:00", "2025-03-01"]
)
def test_proof_options_template_equals_full_canonicalisation(issuer_vm, created) -> None:
    ctx = ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"]
    options = di.proof_options(issuer_vm, created, ctx)
    loader = OfflineLoader()
    assert di._canonical_proof_options(loader, options) == di.canonicalize(options, OfflineLoader())
