"""Endorsements against the reference JavaScript verifier: Badgesmith never says "Endorsed by" for
an endorsement the reference stack would not verify on its own, inside a credential the reference
stack would not verify, and what it says is what the endorsement's JSON states.

The reference verifier checks a credential's own proof only; an endorsement inside it is checked
by taking it out and verifying it alone. Forgeries are the named attacks of
tests/core/test_endorsements_redteam.py, credentials signed by the reference stack itself, and
structural mutants (tests/core/credentials/mutants.py) of the embedded endorsement, both as a
learner would make them (the credential's signature left as it was) and as a dishonest provider
would (the credential signed again over the change).
"""

from __future__ import annotations

import copy
import sys
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core" / "credentials"))

import mutants  # noqa: E402
from cred_factories import full_input  # noqa: E402
from jsstack import JsStack  # noqa: E402

from badgesmith.core.credentials import dataintegrity as di  # noqa: E402
from badgesmith.core.credentials import endorsement as E  # noqa: E402
from badgesmith.core.credentials import keys, ob3  # noqa: E402
from badgesmith.core.credentials.didkey import verification_method  # noqa: E402
from badgesmith.core.credentials.errors import CredentialError, UnreadableCredential  # noqa: E402
from badgesmith.core.credentials.jsontext import read_json  # noqa: E402
from badgesmith.core.credentials.multikey import multibase_encode  # noqa: E402
from badgesmith.core.credentials.verify import (  # noqa: E402
    SHOWS_ENDORSEMENTS,
    EndorsementStatus,
    Verdict,
    verify_credential,
)

from .test_interop_js import js  # noqa: E402, F401  (the warm node process fixture)

pytestmark = pytest.mark.interop
GUILD_SEED = bytes.fromhex("6e" * 32)
PROVIDER_SEED = bytes.fromhex("5d" * 32)
FORGER_SEED = bytes.fromhex("7f" * 32)
GUILD = "Guild of Employers"
COMMENT = "Exactly what our members look for when they hire."
V2 = "https://www.w3.org/ns/credentials/v2"
OB303 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
ENDORSEMENT_PATH = ("credentialSubject", "achievement", "endorsement", 0)

guild_key, provider_key, forger_key = (keys.private_key_from_seed(s) for s in (GUILD_SEED, PROVIDER_SEED, FORGER_SEED))
GUILD_DID, PROVIDER_DID, FORGER_DID = (keys.did_of(k) for k in (guild_key, provider_key, forger_key))
BASE = full_input(PROVIDER_DID, valid_until=None)
ACHIEVEMENT_ID = BASE.achievement.id


def trust(did: str) -> str:
    """A verifier who imported the guild's and the provider's issuer cards."""
    return {GUILD_DID: "trusted", PROVIDER_DID: "trusted"}.get(did, "unknown")


def raw_sign(doc: dict[str, Any], private_key: Any, *, vm: str | None = None, purpose: str = "assertionMethod",
             created: str = "2026-01-05T10:00:00Z") -> dict[str, Any]:
    """Signed as it is, with any key: a forger's own program (safe-mode canonicalisation only)."""
    doc = {k: v for k, v in doc.items() if k != "proof"}
    options = di.proof_options(vm or verification_method(keys.did_of(private_key)), created, doc["@context"], purpose)
    proof = {k: v for k, v in options.items() if k != "@context"}
    proof["proofValue"] = multibase_encode(private_key.sign(di.hash_data(doc, options)))
    return {**doc, "proof": [proof]}


def unsigned_endorsement(subject: str = ACHIEVEMENT_ID, *, name: str = GUILD, did: str = GUILD_DID,
                         comment: str | None = COMMENT, **changes: Any) -> dict[str, Any]:
    doc = E.build_endorsement(E.EndorsementInput(
        ob3.IssuerProfile(did=did, name=name), subject, "First Aid Basics", "Provider",
        datetime(2026, 1, 5, 10, tzinfo=UTC), None, comment))
    doc.update(changes)
    return doc


GENUINE = di.sign(unsigned_endorsement(), guild_key, verification_method(GUILD_DID), "2026-01-05T10:00:00Z")


def carrying(carried: list[Any], stack: JsStack | None = None) -> dict[str, Any]:
    """A credential of the achievement carrying ``carried``, signed by the provider: by Badgesmith's
    signer when it can process it, else by the reference stack (when ``stack`` is given)."""
    doc = ob3.build_credential(replace(BASE, achievement=replace(BASE.achievement, endorsements=())))
    doc["credentialSubject"]["achievement"]["endorsement"] = carried
    try:
        return raw_sign(doc, provider_key, created="2026-03-01T09:00:00Z")
    except CredentialError:
        if stack is None:
            raise
        return stack.sign(doc, PROVIDER_SEED, created="2026-03-01T09:00:00Z")


def check(stack: JsStack, text: str) -> list[Any]:
    """Badgesmith's endorsed results for ``text``, after asserting it is never more lenient than
    the reference stack and shows what the JSON states."""
    try:
        doc = read_json(text)
    except UnreadableCredential:
        return []  # refused outright
    rep = verify_credential(doc, key_trust=trust, revocation_lookup=lambda cid: None)
    if rep.verdict is Verdict.VERIFIED:
        theirs = stack.verify_text(text)
        assert theirs["verified"], f"Badgesmith verified what the reference rejects: {theirs['error']}"
    endorsed = [e for e in rep.endorsements if e.status is EndorsementStatus.ENDORSED]
    if endorsed:
        assert rep.verdict in SHOWS_ENDORSEMENTS
    items = doc["credentialSubject"]["achievement"]["endorsement"] if endorsed else []
    for e in endorsed:
        item = items[e.position - 1]
        theirs = stack.verify(item)
        assert theirs["verified"], f"Endorsed by, yet the reference rejects the endorsement alone: {theirs['error']}"
        shown = (e.endorser_name, e.endorser_did, e.comment, e.subject_id, e.valid_from, e.valid_until)
        stated = (item["issuer"]["name"], item["issuer"]["id"], item["credentialSubject"].get("endorsementComment"),
                  item["credentialSubject"]["id"], item["validFrom"], item.get("validUntil"))
        assert shown == stated, "what Badgesmith shows is not what the endorsement states"
        assert e.subject_id == ACHIEVEMENT_ID
        assert e.endorser_did != PROVIDER_DID and e.endorser_name != mutants.FORGED_NAME
    return endorsed


def test_the_genuine_endorsement_is_shown_alike_in_both(js) -> None:  # noqa: F811
    assert js.verify(GENUINE)["verified"]
    text = mutants.dumps(carrying([GENUINE]))
    assert js.verify_text(text)["verified"]
    [shown] = check(js, text)
    assert shown.endorser_name == GUILD and shown.comment == COMMENT


def _named_attacks() -> dict[str, Any]:
    posing = unsigned_endorsement()
    other = "urn:uuid:0b7e5a40-2d9c-4f43-9a0e-6f2d2b1c0a99"
    no_proof = {k: v for k, v in GENUINE.items() if k != "proof"}
    two = copy.deepcopy(GENUINE)
    two["proof"] = [GENUINE["proof"][0], copy.deepcopy(GENUINE["proof"][0])]
    suite = copy.deepcopy(GENUINE)
    suite["proof"][0]["cryptosuite"] = "eddsa-jcs-2022"
    alias = unsigned_endorsement(**{"@context": [V2, OB303, {
        "note": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#endorsementComment"}]})
    alias["credentialSubject"] = {"id": ACHIEVEMENT_ID, "type": ["EndorsementSubject"], "note": "Required by law."}
    return {
        "provider's key, guild's DID": lambda: raw_sign(posing, provider_key),
        "provider's key and DID, guild's name": lambda: raw_sign(unsigned_endorsement(did=PROVIDER_DID), provider_key),
        "unknown key, guild's name": lambda: raw_sign(unsigned_endorsement(did=FORGER_DID), forger_key),
        "guild's DID, unknown key in the fragment": lambda: raw_sign(
            posing, forger_key, vm=f"{GUILD_DID}#{FORGER_DID.split(':')[-1]}"),
        "another achievement": lambda: raw_sign(unsigned_endorsement(other), guild_key),
        "achievement id in capitals": lambda: raw_sign(unsigned_endorsement(ACHIEVEMENT_ID.upper()), guild_key),
        "proofPurpose authentication": lambda: raw_sign(posing, guild_key, purpose="authentication"),
        "two proofs": lambda: two,
        "another cryptosuite": lambda: suite,
        "no proof": lambda: no_proof,
        "validFrom in the future": lambda: raw_sign(unsigned_endorsement(
            validFrom=(datetime.now(UTC) + timedelta(days=2)).strftime("%Y-%m-%dT%H:%M:%SZ")), guild_key),
        "comment changed": lambda: {**GENUINE, "credentialSubject": {**GENUINE["credentialSubject"],
                                                                    "endorsementComment": "Required by law."}},
        "endorser renamed": lambda: {**GENUINE, "issuer": {**GENUINE["issuer"], "name": "Siemens AG"}},
        "comment under an alias term": lambda: raw_sign(alias, guild_key),
        "context order swapped": lambda: raw_sign(unsigned_endorsement(**{"@context": [OB303, V2]}), guild_key),
        "older OB context": lambda: raw_sign(unsigned_endorsement(
            **{"@context": [V2, "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json"]}), guild_key),
        "not an EndorsementCredential": lambda: raw_sign(unsigned_endorsement(
            type=["VerifiableCredential", "OpenBadgeCredential"]), guild_key),
    }


@pytest.mark.parametrize("name", sorted(_named_attacks()))
def test_named_attacks_are_never_endorsed(js, name) -> None:  # noqa: F811
    endorsement = _named_attacks()[name]()
    try:
        outer = carrying([endorsement], js)
    except RuntimeError:
        return  # the reference stack cannot process it either: nothing to verify
    assert check(js, mutants.dumps(outer)) == [], f"{name}: shown as an endorsement"


@pytest.mark.parametrize("context", [
    [V2, OB303, "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json"],
    [V2, OB303, "https://www.w3.org/ns/credentials/undefined-terms/v2"],
    [V2, OB303, "https://w3id.org/security/data-integrity/v2"],
    [V2, OB303, {"name": "https://schema.org/name"}],
    [V2, OB303, {"endorsementComment": "https://example.org/comment"}],
])
def test_an_endorsement_with_another_context_is_shown_alike_or_refused(js, context) -> None:  # noqa: F811
    endorsement = raw_sign(unsigned_endorsement(**{"@context": context}), guild_key)
    for shown in check(js, mutants.dumps(carrying([endorsement], js))):
        assert (shown.endorser_name, shown.comment) == (GUILD, COMMENT)


def test_a_credential_signed_by_the_reference_stack_is_held_to_the_same_rules(js) -> None:  # noqa: F811
    # the reference stack signs over an embedded endorsement Badgesmith's processor cannot read
    # alongside the credential's context: Badgesmith refuses it, never more lenient
    older = raw_sign(unsigned_endorsement(
        **{"@context": [V2, "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json"]}), guild_key)
    doc = ob3.build_credential(replace(BASE, achievement=replace(BASE.achievement, endorsements=())))
    doc["credentialSubject"]["achievement"]["endorsement"] = [older]
    try:
        signed = js.sign(doc, PROVIDER_SEED)
    except RuntimeError:
        return
    assert check(js, mutants.dumps(signed)) == []
    # and a genuine endorsement in a credential the reference stack signed is shown as in the other
    signed = js.sign(ob3.build_credential(replace(BASE, achievement=replace(BASE.achievement,
                                                                              endorsements=(GENUINE,)))), PROVIDER_SEED)
    assert len(check(js, mutants.dumps(signed))) == 1


def _endorsement_mutant(signed: dict[str, Any], data: st.DataObject) -> str:
    """A structural mutation of the embedded endorsement (tests/core/credentials/mutants.py)."""
    paths = [p for p in mutants.node_paths(signed) if p[:len(ENDORSEMENT_PATH)] == ENDORSEMENT_PATH]
    path = data.draw(st.sampled_from(paths))
    kind = data.draw(st.sampled_from(["full-iri", "wrap", "bad-id", "blank-id", "duplicate", "edit"]))
    node = mutants.at(signed, path)
    if kind == "full-iri":
        keys_here = [k for k in node if k in mutants.KEY_IRIS]
        return mutants.move_under_full_iri(signed, path, data.draw(st.sampled_from(keys_here))) if keys_here \
            else mutants.dumps(signed)
    if kind == "wrap":
        return mutants.wrap_value(signed, path, data.draw(st.sampled_from(["@included", "@graph", "@nest", "@set"])))
    if kind in ("bad-id", "blank-id"):
        return mutants.set_id(signed, path, data.draw(st.sampled_from(mutants.BAD_IDS)) if kind == "bad-id"
                              else "_:forged")
    keys_here = [k for k in node if k != "@context"]
    key = data.draw(st.sampled_from(keys_here))
    if kind == "duplicate":
        forged = mutants.FORGED_NAME if isinstance(node[key], str) else copy.deepcopy(node[key])
        return mutants.duplicate_key(signed, path, key, forged, data.draw(st.booleans()))
    changed = copy.deepcopy(signed)
    target = mutants.at(changed, path)
    target[key] = mutants.FORGED_NAME if isinstance(target[key], str) else target[key]
    return mutants.dumps(changed)


@settings(max_examples=80, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data(), resign=st.booleans())
def test_mutants_of_an_embedded_endorsement_are_refused_or_shown_as_stated(js, data, resign) -> None:  # noqa: F811
    text = _endorsement_mutant(carrying([GENUINE]), data)
    if resign:  # the provider signs over the change
        try:
            doc = read_json(text)
            text = mutants.dumps(carrying(doc["credentialSubject"]["achievement"]["endorsement"], js))
        except (UnreadableCredential, CredentialError, RuntimeError, KeyError, TypeError):
            return  # nothing that either stack signs
    for shown in check(js, text):
        assert (shown.endorser_name, shown.comment) == (GUILD, COMMENT)  # no mutant changes what was signed
