"""Learner records (CLR 2.0) without a workspace: the builder, the safe profile's one exception,
the signed facts, and a red team: a record must never show what its signatures do not cover."""

from __future__ import annotations

import copy
from datetime import UTC, datetime

import pytest

from badgesmith.core.credentials import clr, keys, ob3
from badgesmith.core.credentials import dataintegrity as di
from badgesmith.core.credentials.didkey import verification_method
from badgesmith.core.credentials.errors import SigningError, UnsafeJsonLd
from badgesmith.core.credentials.safejsonld import check_profile
from badgesmith.core.credentials.verify import Verdict, verify_credential

from .cred_factories import full_input, minimal_input

OTHER = keys.private_key_from_seed(bytes(range(1, 33)))
NOW = datetime(2026, 1, 10, tzinfo=UTC)


def _sign(doc, key):
    did = keys.did_of(key)
    return di.sign(doc, key, verification_method(did))


@pytest.fixture
def creds(issuer_key, issuer_did):
    full = full_input(issuer_did, name="Ana", valid_until=None)
    a = _sign(ob3.build_and_check(full), issuer_key)
    b = _sign(ob3.build_and_check(minimal_input(issuer_did, name="Ana")), issuer_key)
    return [a, b]


def _record(creds, issuer_did, **extra):
    issuer = full_input(issuer_did).issuer
    parts = ((creds[1]["credentialSubject"]["achievement"]["id"], creds[0]["credentialSubject"]["achievement"]["id"]),)
    return clr.build_and_check_record(clr.RecordInput(
        issuer=issuer, learner=ob3.RecipientInfo("Ana", "ana@example.org"), credentials=tuple(creds),
        valid_from=datetime(2026, 1, 1, tzinfo=UTC), parts=parts, **extra))


def _check(doc, issuer_did):
    return verify_credential(doc, key_trust=lambda d: "own-current" if d == issuer_did else "unknown",
                             revocation_lookup=lambda _: None, now=NOW)


@pytest.fixture
def record(creds, issuer_key, issuer_did):
    return _sign(_record(creds, issuer_did), issuer_key)


def test_the_builder_writes_the_clr_shape(creds, issuer_did):
    r = _record(creds, issuer_did)
    assert r["@context"][1] == "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json"
    assert r["issuer"] == creds[0]["issuer"]  # the same Profile object as the credentials'
    s = r["credentialSubject"]
    assert s["verifiableCredential"] == creds and len(s["achievement"]) == 2
    assert [x["associationType"] for x in s["association"]] == ["isChildOf", "isParentOf"]
    assert clr.record_shape_problems({**r, "proof": [{}]}) == []


def test_a_signed_record_verifies_and_reports_each_credential(record, issuer_did):
    rep = _check(record, issuer_did)
    assert rep.verdict is Verdict.VERIFIED, rep.summary
    assert rep.record and rep.recipient_name == "Ana" and rep.achievement_name == "Learner record"
    assert [n.credential_id for n in rep.nested] == [c["id"] for c in record["credentialSubject"]["verifiableCredential"]]
    assert rep.check("schema").message.startswith("Has the structure of a CLR")


def test_an_empty_or_huge_record_is_refused_with_a_sentence(creds, issuer_did):
    with pytest.raises(SigningError, match="Ana holds no credential"):
        clr.build_record(clr.RecordInput(issuer=full_input(issuer_did).issuer, learner=ob3.RecipientInfo("Ana"),
                                         credentials=(), valid_from=NOW))
    with pytest.raises(SigningError, match="too large to verify"):
        _record(creds * 120, issuer_did)


@pytest.mark.parametrize("where", ["achievement_name", "recipient", "proofValue"])
def test_one_changed_byte_in_a_nested_credential_names_it(record, issuer_did, where):
    bad = copy.deepcopy(record)
    nested = bad["credentialSubject"]["verifiableCredential"][1]
    if where == "achievement_name":
        nested["credentialSubject"]["achievement"]["name"] = "Attendancf"
    elif where == "recipient":
        nested["credentialSubject"]["name"] = "Anb"
    else:
        value = nested["proof"][0]["proofValue"]
        nested["proof"][0]["proofValue"] = value[:10] + ("2" if value[10] != "2" else "3") + value[11:]
    rep = _check(bad, issuer_did)
    assert rep.verdict is Verdict.NOT_VERIFIED
    assert nested["id"] in rep.summary
    assert [n.verified for n in rep.nested] == [True, False]


def test_red_team_unknown_key_wrapping_genuine_credentials(creds, issuer_did):
    forged = _sign(_record(creds, issuer_did), OTHER)  # names our issuer, signed by another key
    rep = _check(forged, issuer_did)
    assert rep.verdict is Verdict.NOT_VERIFIED and rep.check("issuer_controls_key").ok is False
    # the forger as issuer of its own wrapper: an unknown issuer, never verified
    other = ob3.IssuerProfile(did=keys.did_of(OTHER), name="Forger")
    wrap = clr.build_and_check_record(clr.RecordInput(issuer=other, learner=ob3.RecipientInfo("Ana"),
                                                      credentials=tuple(creds), valid_from=NOW))
    rep = _check(_sign(wrap, OTHER), issuer_did)
    assert rep.verdict is Verdict.UNKNOWN_ISSUER and all(n.verified for n in rep.nested)


def test_red_team_another_learners_credential(creds, issuer_key, issuer_did):
    bo = _sign(ob3.build_and_check(minimal_input(issuer_did, name="Bo")), issuer_key)
    rep = _check(_sign(_record([creds[0], bo], issuer_did), issuer_key), issuer_did)
    assert rep.verdict is Verdict.NOT_VERIFIED and bo["id"] in rep.summary and "'Bo'" in rep.summary
    assert [n.belongs for n in rep.nested] == [True, False]


def test_red_team_a_credential_removed_from_the_json(record, creds, issuer_key, issuer_did):
    bad = copy.deepcopy(record)
    del bad["credentialSubject"]["verifiableCredential"][1]  # its achievement and links stay listed
    rep = _check(bad, issuer_did)
    assert rep.verdict is Verdict.NOT_VERIFIED and rep.check("signature").ok is False
    assert "Attendance" in rep.check("schema").message  # an achievement no credential awards
    # even signed as such by the issuer itself: an achievement is never shown without its credential
    unsigned = {k: v for k, v in bad.items() if k != "proof"}
    rep = _check(_sign(unsigned, issuer_key), issuer_did)
    assert rep.verdict is Verdict.NOT_VERIFIED and "none of its credentials awards" in rep.summary


def test_red_team_duplicate_or_hidden_credentials(record, creds, issuer_key, issuer_did):
    twice = copy.deepcopy(record)
    twice["credentialSubject"]["verifiableCredential"].append(copy.deepcopy(creds[0]))
    rep = _check(twice, issuer_did)  # the same signed dataset: the JSON shows one more than was signed
    assert rep.verdict is Verdict.NOT_VERIFIED
    # a credential hidden elsewhere than the list, signed by the issuer: refused, not shown
    unsigned = {k: v for k, v in copy.deepcopy(record).items() if k != "proof"}
    hidden = copy.deepcopy(creds[0])
    del hidden["@context"], hidden["proof"]
    hidden["id"] = "urn:uuid:00000000-0000-4000-8000-000000000001"
    unsigned["credentialSubject"]["achievement"][0]["related"] = [hidden]
    with pytest.raises(UnsafeJsonLd):
        _check_signed_facts(unsigned)


def _check_signed_facts(doc):
    from badgesmith.core.credentials.safejsonld import to_dataset
    from badgesmith.core.credentials.signedfacts import facts_from_dataset

    return facts_from_dataset(to_dataset(doc))


@pytest.mark.parametrize("where", ["subject", "achievement", "nested_subject", "not_a_record", "deeper"])
def test_red_team_context_smuggled_anywhere_else_is_refused(record, where):
    bad = copy.deepcopy(record)
    ctx = ["https://www.w3.org/ns/credentials/v2"]
    if where == "subject":
        bad["credentialSubject"]["@context"] = ctx
    elif where == "achievement":
        bad["credentialSubject"]["achievement"][0]["@context"] = ctx
    elif where == "nested_subject":
        bad["credentialSubject"]["verifiableCredential"][0]["credentialSubject"]["@context"] = ctx
    elif where == "not_a_record":  # the same nesting under an OB credential's context
        bad["@context"] = bad["@context"][:1] + bad["@context"][2:]
    else:  # a record nested in a record nesting credentials
        inner = copy.deepcopy(record)
        bad["credentialSubject"]["verifiableCredential"][0] = inner
    with pytest.raises(UnsafeJsonLd, match="@context"):
        check_profile(bad)


def test_nested_credentials_are_checked_as_documents_of_their_own(record):
    bad = copy.deepcopy(record)
    bad["credentialSubject"]["verifiableCredential"][0]["@graph"] = []
    with pytest.raises(UnsafeJsonLd, match="@graph"):
        check_profile(bad)
    bad = copy.deepcopy(record)
    del bad["credentialSubject"]["verifiableCredential"][0]["@context"]
    with pytest.raises(UnsafeJsonLd, match="no @context"):
        check_profile(bad)


def test_red_team_two_clr_subjects(record, issuer_did):
    bad = copy.deepcopy(record)
    second = {"type": ["ClrSubject"], "name": "Mallory"}
    bad["credentialSubject"] = [bad["credentialSubject"], second]
    rep = _check(bad, issuer_did)
    assert rep.verdict is Verdict.NOT_VERIFIED and rep.recipient_name is None
    assert "cannot be processed" in rep.check("signature").message
    # with nothing nested, the signed content itself names two learners: refused all the same
    lone = {k: v for k, v in copy.deepcopy(bad).items() if k != "proof"}
    lone["credentialSubject"][0]["verifiableCredential"] = []
    with pytest.raises(UnsafeJsonLd):
        _check_signed_facts(lone)
