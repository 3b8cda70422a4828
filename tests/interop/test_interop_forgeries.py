"""Badgesmith is never more lenient than the reference JavaScript verifier, and shows what it signs.

Issued credentials are mutated structurally, as a forger would (tests/core/credentials/
mutants.py): subtrees moved under full-IRI keys, nodes wrapped in @included / @graph / @nest /
@set, whitespace or relative ids on any node, duplicated keys. Every mutant must be either
refused by Badgesmith, or verified by both Badgesmith and @digitalbazaar/vc (jsonld.js in safe
mode, reading the text with JSON.parse) with identical displayed facts.
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core" / "credentials"))

import mutants  # noqa: E402
from cred_factories import full_input  # noqa: E402
from jsstack import JsStack, available, in_ci  # noqa: E402

from badgesmith.core.credentials import dataintegrity as di  # noqa: E402
from badgesmith.core.credentials import didkey, keys, ob3, statuslist  # noqa: E402
from badgesmith.core.credentials.errors import UnreadableCredential  # noqa: E402
from badgesmith.core.credentials.jsontext import read_json  # noqa: E402
from badgesmith.core.credentials.verify import Verdict, verify_credential  # noqa: E402

pytestmark = pytest.mark.interop
SEED = bytes.fromhex("5a" * 32)
FACTS = ("credential_id", "issuer_id", "issuer_name", "recipient_name", "achievement_name", "valid_from", "valid_until")


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
def signed() -> dict:
    key = keys.private_key_from_seed(SEED)
    did = keys.did_of(key)
    entry = statuslist.status_entry("https://training.example/status/1", 7)
    return di.sign(ob3.build_and_check(full_input(did, status_entry=entry)), key, didkey.verification_method(did))


def ours(text: str):
    """Badgesmith's verdict and the facts it would display (None: refused)."""
    try:
        doc = read_json(text)
    except UnreadableCredential:
        return None
    report = verify_credential(doc, key_trust=lambda did: "own-current", revocation_lookup=lambda cid: None)
    if report.verdict is not Verdict.VERIFIED:
        return None
    return {"credential_id": report.credential_id, "issuer_id": report.issuer_did,
            "issuer_name": report.issuer_name, "recipient_name": report.recipient_name,
            "achievement_name": report.achievement_name, "valid_from": report.valid_from,
            "valid_until": report.valid_until}


def check(js, text: str, tally: dict[str, int] | None = None) -> None:
    mine = ours(text)
    theirs = js.verify_text(text)
    if tally is not None:
        tally["js verified"] = tally.get("js verified", 0) + bool(theirs["verified"])
        tally["we verified"] = tally.get("we verified", 0) + (mine is not None)
    if mine is None:
        return  # refused by Badgesmith: never more lenient
    assert theirs["verified"], f"Badgesmith verified what the reference rejects: {theirs['error']}"
    assert {k: theirs["facts"][k] for k in FACTS} == mine, "the facts shown differ from what a reader sees"
    assert mine["recipient_name"] != mutants.FORGED_NAME


def test_the_genuine_credential_verifies_in_both_with_the_same_facts(js, signed) -> None:
    text = mutants.dumps(signed)
    assert ours(text) is not None
    check(js, text)


@pytest.mark.parametrize("name", sorted(mutants.named_mutations({})))
def test_classic_forgeries(js, signed, name) -> None:
    text = mutants.named_mutations(signed)[name]()
    assert ours(text) is None, f"{name}: Badgesmith must refuse it"
    check(js, text)


def _mutant(signed: dict, data: st.DataObject) -> str:
    paths = mutants.node_paths(signed)
    kind = data.draw(st.sampled_from(["full-iri", "wrap", "bad-id", "blank-id", "duplicate", "forged+hidden",
                                      "included", "graph", "identity"]))
    if kind == "full-iri":
        path = data.draw(st.sampled_from([(), *paths]))
        node = mutants.at(signed, path) if path else signed
        keys_here = [k for k in node if k in mutants.KEY_IRIS]
        if not keys_here:
            return mutants.dumps(signed)
        return mutants.move_under_full_iri(signed, path, data.draw(st.sampled_from(keys_here)))
    if kind == "wrap":
        path = data.draw(st.sampled_from(paths))
        return mutants.wrap_value(signed, path, data.draw(st.sampled_from(["@included", "@graph", "@nest", "@set"])))
    if kind in ("bad-id", "blank-id"):
        path = data.draw(st.sampled_from([(), *paths]))
        new_id = data.draw(st.sampled_from(mutants.BAD_IDS)) if kind == "bad-id" else "_:forged"
        return mutants.set_id(signed, path, new_id)
    if kind == "duplicate":
        path = data.draw(st.sampled_from([(), *paths]))
        node = mutants.at(signed, path) if path else signed
        key = data.draw(st.sampled_from([k for k in node if k != "@context"]))
        forged = mutants.FORGED_NAME if isinstance(node[key], str) else copy.deepcopy(node[key])
        return mutants.duplicate_key(signed, path, key, forged, data.draw(st.booleans()))
    if kind == "forged+hidden":
        return mutants.full_iri_subject_with_forged(signed, data.draw(st.sampled_from(mutants.BAD_IDS)))
    if kind == "included":
        return mutants.included_wrapper(signed, data.draw(st.sampled_from(mutants.BAD_IDS)))
    if kind == "graph":
        return mutants.graph_wrapper(signed, data.draw(st.booleans()))
    return mutants.dumps(signed)


@settings(max_examples=150, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_structural_mutants_are_refused_or_verified_by_both_with_identical_facts(js, signed, data) -> None:
    check(js, _mutant(signed, data))


def test_a_js_signed_credential_with_an_inline_context_verifies_in_both(js) -> None:
    # an issuer extending the vocabulary with an inline term: legitimate, signed, and shown alike
    key = keys.private_key_from_seed(SEED)
    unsigned = ob3.build_and_check(full_input(keys.did_of(key)))
    unsigned["@context"] = [*unsigned["@context"], {"cohortCode": "https://training.example/vocab#cohortCode"}]
    unsigned["credentialSubject"]["cohortCode"] = "FA-2026-03"
    signed = js.sign(unsigned, SEED)
    text = mutants.dumps(signed)
    assert ours(text) is not None, "Badgesmith refuses a genuine credential with an inline context"
    check(js, text)


@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(digits=st.integers(1, 15), exponent=st.integers(-6, 14), data=st.data())
def test_every_number_badgesmith_accepts_canonicalises_as_in_javascript(js, digits, exponent, data) -> None:
    from dataclasses import replace

    mantissa = data.draw(st.integers(10 ** (digits - 1), 10**digits - 1))
    value = float(f"{mantissa}e{exponent - digits + 1}")
    key = keys.private_key_from_seed(SEED)
    did = keys.did_of(key)
    try:
        unsigned = ob3.build_and_check(replace(full_input(did), credits_earned=value))
    except UnreadableCredential:
        return  # refused: outside the range both canonicalise alike
    signed = di.sign(unsigned, key, didkey.verification_method(did))
    assert js.verify(signed)["verified"], value
