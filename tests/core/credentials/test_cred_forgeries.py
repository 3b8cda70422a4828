"""Red-team regressions: JSON-LD content outside the signature is never shown as verified.

Each class of the outside review's finding 1, checked at every layer that stops it: the strict
JSON reader, the profile of what Badgesmith accepts, the safe-mode processor, and the facts read
back from the signed dataset. (The same mutations go to the reference JavaScript verifier in
tests/interop/test_interop_forgeries.py.)
"""

from __future__ import annotations

import copy
import json
import re
import time

import mutants
import pytest

from badgesmith.core.credentials import dataintegrity as di
from badgesmith.core.credentials import safejsonld
from badgesmith.core.credentials.errors import (
    UndefinedTermError,
    UnreadableCredential,
    UnsafeJsonLd,
)
from badgesmith.core.credentials.jsontext import read_json
from badgesmith.core.credentials.verify import Verdict, verify_credential


def run(doc):
    return verify_credential(doc, key_trust=lambda did: "own-current", revocation_lookup=lambda cid: None)


def run_text(text: str):
    try:
        return run(read_json(text))
    except UnreadableCredential:
        return None


@pytest.mark.parametrize("name", sorted(mutants.named_mutations({"credentialSubject": {}})))
def test_every_classic_forgery_is_refused_and_never_shows_the_forged_name(signed_full, name) -> None:
    text = mutants.named_mutations(signed_full)[name]()
    report = run_text(text)
    if report is None:  # refused by the strict JSON reader (duplicate keys)
        assert "twice" in str(pytest.raises(UnreadableCredential, read_json, text).value)
        return
    assert report.verdict is Verdict.NOT_VERIFIED, name
    assert report.recipient_name != mutants.FORGED_NAME
    assert report.achievement_name != mutants.FORGED_ACHIEVEMENT
    failed = [c for c in report.checks if c.ok is False]
    assert failed and all(c.message.endswith(".") for c in failed)


def test_the_reviews_example_was_verified_before_and_is_refused_now(signed_full) -> None:
    report = run(json.loads(mutants.full_iri_subject_with_forged(signed_full)))
    assert report.verdict is Verdict.NOT_VERIFIED
    assert "full" in report.summary or "plain name" in report.summary
    assert report.recipient_name is None  # nothing is shown from a document that cannot be processed


@pytest.mark.parametrize("bad", mutants.BAD_IDS)
def test_the_processor_alone_refuses_every_dropped_id(signed_full, bad) -> None:
    # below the profile check: a node whose id some processor would drop never reaches a hash
    paths = mutants.node_paths(signed_full)
    for path in [(), *paths[:: max(1, len(paths) // 8)]]:
        doc = json.loads(mutants.set_id(signed_full, path, bad))
        del doc["proof"]
        with pytest.raises(UnsafeJsonLd):
            safejsonld.to_dataset(doc)


@pytest.mark.parametrize("name", ["full IRI subject + forged subject", "@included under forged top",
                                  "@graph with forged top", "top id trailing space", "top id NBSP", "top id BOM"])
def test_the_processor_alone_refuses_what_it_would_drop(signed_full, name) -> None:
    doc = json.loads(mutants.named_mutations(signed_full)[name]())
    del doc["proof"]
    with pytest.raises(UnsafeJsonLd):
        safejsonld.to_dataset(doc)


@pytest.mark.parametrize("name", ["@graph wrapper", "@nest name", "achievement under full IRI"])
def test_same_dataset_in_another_shape_fails_the_signed_facts_check(signed_full, name, monkeypatch) -> None:
    # without the profile check these sign the very same dataset: the signature is valid, and
    # only the comparison of what the JSON shows with what was signed stops them
    monkeypatch.setattr(di, "check_profile", lambda doc, what="credential": None)
    report = run(json.loads(mutants.named_mutations(signed_full)[name]()))
    assert report.check("signature").ok is True
    assert report.check("signed_facts").ok is False
    assert report.verdict is Verdict.NOT_VERIFIED


def test_facts_are_read_from_the_signed_dataset(signed_full) -> None:
    report = run(signed_full)
    assert report.verified
    assert report.recipient_name == signed_full["credentialSubject"]["name"]
    assert report.achievement_name == signed_full["credentialSubject"]["achievement"]["name"]
    assert report.issuer_name == signed_full["issuer"]["name"]
    assert report.credential_id == signed_full["id"]
    assert (report.valid_from, report.valid_until) == (signed_full["validFrom"], signed_full["validUntil"])
    assert report.awarded_date == signed_full["awardedDate"]
    entry = signed_full["credentialStatus"]
    assert report.status_entry.index == entry["statusListIndex"]
    assert report.status_entry.list_credential == entry["statusListCredential"]


def test_an_alias_in_an_inline_context_keeps_the_signature_but_not_the_facts(signed_full) -> None:
    doc = copy.deepcopy(signed_full)
    doc["@context"] = [*doc["@context"], {"fullName": "https://schema.org/name"}]
    doc["credentialSubject"]["fullName"] = doc["credentialSubject"].pop("name")
    report = run(doc)
    assert report.check("signature").ok is True  # the same dataset was signed
    assert report.check("signed_facts").ok is False  # but the JSON shows no name where readers look
    assert report.verdict is Verdict.NOT_VERIFIED


def test_an_inline_context_object_no_longer_breaks_verification(signed_full, issuer_key, issuer_vm) -> None:
    doc = copy.deepcopy(signed_full)
    doc["@context"] = [*doc["@context"], {"nickname": "https://example.org/vocab#nickname"}]
    report = run(doc)  # same dataset, same proof options: still genuine
    assert report.verified, report.summary
    unsigned = {k: v for k, v in doc.items() if k != "proof"}
    unsigned["credentialSubject"] = dict(unsigned["credentialSubject"], nickname="Mia")
    assert di.verify(di.sign(unsigned, issuer_key, issuer_vm)).valid


@pytest.mark.parametrize("context", [
    {"@vocab": "https://example.org/"}, {"@base": "https://example.org/"}, {"alias": "@id"},
    {"x": {"@id": "https://example.org/x", "@container": "@graph"}}, {"x": {"@reverse": "https://e.org/x"}},
    {"ex": "relative"},
])
def test_inline_contexts_beyond_plain_terms_are_refused(signed_full, context) -> None:
    doc = copy.deepcopy(signed_full)
    doc["@context"] = [*doc["@context"], context]
    with pytest.raises(UnsafeJsonLd):
        safejsonld.check_profile(doc)
    assert run(doc).verdict is Verdict.NOT_VERIFIED


@pytest.mark.parametrize("text, why", [
    ('{"a": 1, "a": 2}', "twice"),
    ('{"a": NaN}', "NaN"),
    ('{"a": 1e400}', "out of range"),
    ('{"a": 9007199254740993}', "too large"),
    ('{"a": "\\ud800"}', "U+D800"),
    ('{"a": "\\u001b[2J"}', "U+001B"),
    ("[" * 100_000 + "]" * 100_000, "nested"),
])
def test_strict_json_reader(text, why) -> None:
    with pytest.raises(UnreadableCredential, match=re.escape(why)):
        read_json(text)


def test_integral_floats_read_as_javascript_does() -> None:
    assert read_json('{"a": 2.0, "b": 1.5, "c": 3}') == {"a": 2, "b": 1.5, "c": 3}
    assert isinstance(read_json('{"a": 2.0}')["a"], int)


def test_undefined_terms_and_types_are_named(signed_full) -> None:
    doc = copy.deepcopy(signed_full)
    del doc["proof"]
    doc["credentialSubject"]["achievement"]["colour"] = "red"
    with pytest.raises(UndefinedTermError, match="credentialSubject.achievement.colour"):
        safejsonld.to_dataset(doc)


def test_null_values_and_nested_contexts_are_refused(signed_full) -> None:
    for mutate in (lambda d: d["credentialSubject"].__setitem__("name", None),
                   lambda d: d["credentialSubject"].__setitem__("@context", {"name": "https://e.org/n"})):
        doc = copy.deepcopy(signed_full)
        mutate(doc)
        with pytest.raises(UnsafeJsonLd):
            safejsonld.check_profile(doc)


def test_a_poison_graph_is_refused_quickly() -> None:
    # 9 blank nodes all linked to each other: RDFC-1.0 without a work limit explores every
    # permutation; with the reference implementation's limit it stops at once.
    ids = [f"_:n{i}" for i in range(9)]
    p = {"type": "IRI", "value": "https://example.org/knows"}
    triples = [{"subject": {"type": "blank node", "value": a}, "predicate": p,
                "object": {"type": "blank node", "value": b}} for a in ids for b in ids if a != b]
    started = time.perf_counter()
    with pytest.raises(UnsafeJsonLd, match="intricate"):
        safejsonld.canonicalize_dataset({"@default": triples})
    assert time.perf_counter() - started < 10  # a guard against a hang, not a benchmark
