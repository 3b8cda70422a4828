"""Red team of the learner record (CLR 2.0) verifier: real signed records, attacked as a forger
would. A record is "verified" only when its own proof holds by a trusted key, and each credential
in it verifies on its own (as this workspace would judge it handed over alone) and is its
learner's. Each edit below was also run through the reference JS verifier (tests/interop/vcjs.mjs,
outer proof only): where JS refuses, so does Badgesmith; where JS accepts an edit that leaves the
signed dataset unchanged (contexts reordered, a full IRI as type), Badgesmith refuses it as well."""

from __future__ import annotations

import copy
import json
import uuid
from datetime import UTC, date, datetime, timedelta

import pytest

from badgesmith.core.credentials import clr, keys, ob3
from badgesmith.core.credentials.dataintegrity import sign
from badgesmith.core.credentials.didkey import verification_method
from badgesmith.core.services import issuer, learner_record, register, transcripts, verification
from badgesmith.core.store.models import Credential
from badgesmith.core.store.workspace import Workspace
from tests.core.record_data import PASSPHRASE, achievement, learner, signed_award, workspace_key

D = date(2025, 3, 1)
T = datetime(2025, 4, 1, tzinfo=UTC)
EXT = "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json"
FORGER = keys.private_key_from_seed(bytes(range(7, 39)))


def _sign(doc, key):
    return sign(doc, key, verification_method(keys.did_of(key)))


def _check(rep, name):
    return next(c for c in rep.checks if c.name == name)


def _verify(ws, doc, tmp_path, name="record.json"):
    path = tmp_path / name
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return verification.verify_path(ws, path)


@pytest.fixture
def ana(ws):
    """Ana's two genuine credentials of this workspace, Bo's one, and Ana's signed record."""
    a, b = achievement(ws, "Pivot Tables"), achievement(ws, "Charts")
    ana, bo = learner(ws, "Ana Silva"), learner(ws, "Bo Chen")
    ids = [signed_award(ws, ana, x, D + timedelta(days=i)) for i, x in enumerate((a, b))]
    bo_id = signed_award(ws, bo, a, D)
    return {"id": ana, "ids": ids, "bo": bo_id, "record": learner_record.clr_credential(ws, ana, PASSPHRASE)}


def _held(record):
    return record["credentialSubject"]["verifiableCredential"]


def _record_around(ws, creds, signer, issuer_profile, name="Ana Silva"):
    unsigned = clr.build_and_check_record(clr.RecordInput(
        issuer=issuer_profile, learner=ob3.RecipientInfo(name, "ana@example.org"), credentials=tuple(creds),
        valid_from=T))
    return _sign(unsigned, signer)


# --- finding 1: a credential inside a record skipped the rules a credential alone must meet --------

@pytest.fixture
def partner(ws, tmp_path):
    """A partner whose card this workspace imported as trusted; its unlocked key."""
    other = Workspace.open(tmp_path / "partner")
    issuer.init_issuer(other, "Partner Academy", "partner passphrase")
    issuer.export_issuer_card(other, "partner passphrase", tmp_path / "card.json")
    issuer.import_trusted_issuer(ws, tmp_path / "card.json")
    _, key = issuer.unlock_key(other, "partner passphrase")
    other.close()
    return key


def _partner_credential(key, issuer_name, achievement_name):
    did = key.did
    doc = ob3.build_and_check(ob3.CredentialInput(
        issuer=ob3.IssuerProfile(did=did, name=issuer_name),
        achievement=ob3.AchievementInfo(id=f"urn:uuid:{uuid.uuid4()}",
                                        name=achievement_name, description="A course.",
                                        criteria_narrative="Attend."),
        recipient=ob3.RecipientInfo("Ana Silva", "ana@example.org"), valid_from=T))
    return _sign(doc, key.private_key)


def test_a_partner_credential_posing_as_this_workspace_fails_inside_a_record_as_alone(ws, partner, tmp_path):
    posing = _partner_credential(partner, "Test Issuer", "Advanced Safeguarding")
    alone = _verify(ws, posing, tmp_path, "alone.json")
    assert alone.verdict == "not_verified" and "does not come from you" in alone.summary
    honest = _partner_credential(partner, "Partner Academy", "Basic Safeguarding")
    record = _record_around(ws, [honest, posing], partner.private_key,
                            ob3.IssuerProfile(did=partner.did, name="Partner Academy"))
    rep = _verify(ws, record, tmp_path)  # the reference verifier accepts it: its proof is genuine
    assert rep.verdict == "not_verified", rep.lines()
    assert posing["id"] in rep.summary and "does not come from you" in rep.summary
    assert [n.verified for n in rep.parts] == [True, False]
    # a partner that changed its name: the record fails as the old credential fails alone
    renamed = _partner_credential(partner, "Partner Academy (old name)", "Old Course")
    assert not _verify(ws, renamed, tmp_path, "renamed.json").verified
    record = _record_around(ws, [honest, renamed], partner.private_key,
                            ob3.IssuerProfile(did=partner.did, name="Partner Academy"))
    assert not _verify(ws, record, tmp_path).verified
    # the honest partner's record verifies: the rule refuses nothing genuine
    record = _record_around(ws, [honest], partner.private_key, ob3.IssuerProfile(did=partner.did, name="Partner Academy"))
    assert _verify(ws, record, tmp_path).verified


# --- finding 2: a record whose learner cannot be read named the learner None ---------------------

@pytest.mark.parametrize("context", ["reordered", "clr_twice", "extensions"])
def test_a_record_with_another_context_is_refused_in_sentences(ws, ana, tmp_path, context):
    bad = copy.deepcopy(ana["record"])
    ctx = bad["@context"]
    bad["@context"] = {"reordered": [ctx[0], ctx[2], ctx[1]], "clr_twice": [*ctx, ctx[1]], "extensions": [*ctx, EXT]}[
        context]
    rep = _verify(ws, bad, tmp_path)  # the JS verifier accepts each (the signed dataset is the same)
    assert rep.verdict == "not_verified"
    text = "\n".join(rep.lines())
    assert "None" not in text and "not to" not in text
    assert all(not n.verified for n in rep.parts)


# --- attacks already refused (regression guards) -------------------------------------------------

def _achievement_outside(d):
    d["credentialSubject"]["association"] = [{"type": "Association", "associationType": "isChildOf",
                                              "sourceId": d["credentialSubject"]["achievement"][0]["id"],
                                              "targetId": "urn:uuid:00000000-0000-4000-8000-0000000000aa"}]


EDITS = {
    # the JS verifier refuses these too (the signed dataset changes)
    "credentials as one object": lambda d: d["credentialSubject"].update(verifiableCredential=_held(d)[0]),
    "credentials as an id": lambda d: d["credentialSubject"].update(verifiableCredential=_held(d)[0]["id"]),
    "credentials as ids": lambda d: d["credentialSubject"].update(verifiableCredential=[c["id"] for c in _held(d)]),
    "subject type as IRI": lambda d: d["credentialSubject"].update(
        type=["https://purl.imsglobal.org/spec/vc/clr/vocab.html#ClrSubject"]),
    "nested issuer as a string": lambda d: _held(d)[1].update(issuer=_held(d)[1]["issuer"]["id"]),
    "achievement renamed": lambda d: d["credentialSubject"]["achievement"][0].update(name="Brain Surgery"),
    "association outside": _achievement_outside,
    "credential dropped": lambda d: _held(d).pop(),
    # the JS verifier accepts these (same dataset): Badgesmith does not
    "type as IRI": lambda d: d.update(type=["VerifiableCredential",
                                            "https://purl.imsglobal.org/spec/vc/clr/vocab.html#ClrCredential"]),
    "subject as a list": lambda d: d.update(credentialSubject=[d["credentialSubject"]]),
    "same id twice": lambda d: _held(d).append({"@context": _held(d)[0]["@context"], "id": _held(d)[0]["id"],
                                                "type": ["VerifiableCredential"]}),
    "proof as an object": lambda d: d.update(proof=d["proof"][0]),
}


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_edits_of_a_genuine_record_are_refused(ws, ana, tmp_path, edit):
    bad = copy.deepcopy(ana["record"])
    EDITS[edit](bad)
    rep = _verify(ws, bad, tmp_path)
    assert rep.verdict == "not_verified", rep.lines()
    assert rep.summary.endswith(".") and "None" not in rep.summary


def test_a_credential_swapped_for_another_genuine_one_is_refused(ws, ana, tmp_path):
    with ws.read_session() as s:
        bos = json.loads(s.get(Credential, ana["bo"]).signed_json)
    bad = copy.deepcopy(ana["record"])
    _held(bad)[0] = bos  # verifies on its own, but the record's signature covers Ana's
    rep = _verify(ws, bad, tmp_path)
    assert rep.verdict == "not_verified" and _check(rep, "signature").ok is False
    # the issuer's own key wrapping Bo's credential in Ana's record: it is not hers
    _, key = workspace_key(ws)
    profile = ob3.IssuerProfile(did=key.did, name="Test Issuer")
    rep = _verify(ws, _record_around(ws, [_held(ana["record"])[0], bos], key.private_key, profile), tmp_path)
    assert rep.verdict == "not_verified" and ana["bo"] in rep.summary and "'Bo Chen'" in rep.summary


def test_a_forger_key_around_genuine_credentials_is_never_verified(ws, ana, tmp_path):
    creds = _held(ana["record"])
    _, key = workspace_key(ws)
    ours = ob3.IssuerProfile(did=key.did, name="Test Issuer")
    rep = _verify(ws, _record_around(ws, creds, FORGER, ours), tmp_path)
    assert rep.verdict == "not_verified" and _check(rep, "issuer_controls_key").ok is False
    theirs = ob3.IssuerProfile(did=keys.did_of(FORGER), name="Test Issuer")
    rep = _verify(ws, _record_around(ws, creds, FORGER, theirs), tmp_path)
    assert rep.verdict == "unknown_issuer" and not rep.verified


def test_a_record_inside_a_record_is_refused(ws, ana, tmp_path):
    _, key = workspace_key(ws)
    inner = ana["record"]
    with pytest.raises(Exception, match="@context"):  # never signed by the builder
        _record_around(ws, [inner], key.private_key, ob3.IssuerProfile(did=key.did, name="Test Issuer"))
    bad = copy.deepcopy(inner)
    _held(bad).append(copy.deepcopy(inner))
    assert _verify(ws, bad, tmp_path).verdict == "not_verified"


def test_a_revoked_component_fails_the_record_and_its_transcript(ws, ana, tmp_path):
    pdf = transcripts.transcript_pdf(ws, ana["id"], PASSPHRASE)
    assert _verify(ws, ana["record"], tmp_path).verified
    register.revoke(ws, ana["ids"][1], "Issued in error.", PASSPHRASE)
    rep = _verify(ws, ana["record"], tmp_path)
    assert rep.verdict == "not_verified" and ana["ids"][1] in rep.summary and "revoked" in rep.summary
    path = tmp_path / "transcript.pdf"
    path.write_bytes(pdf)
    rep = verification.verify_path(ws, path)
    assert rep.verdict == "not_verified" and ana["ids"][1] in rep.summary
    assert [n.verified for n in rep.parts] == [True, False]


def test_an_issuer_name_taken_from_a_nested_credential_is_refused_for_a_partner(ws, partner, tmp_path):
    """The record's issuer node is shared with its credentials': a name one of them gives the
    issuer is in the signed dataset, so moving it into the record's JSON keeps the proof valid
    (the JS verifier accepts it). For a trusted partner it must then be the trusted name."""
    creds = [_partner_credential(partner, name, course) for name, course in
             (("Partner Academy", "Course"), ("Partner Academy Ltd", "Old Course"))]
    record = _record_around(ws, creds, partner.private_key, ob3.IssuerProfile(did=partner.did, name="Partner Academy"))
    moved = copy.deepcopy(record)
    moved["issuer"]["name"] = "Partner Academy Ltd"
    rep = _verify(ws, moved, tmp_path)
    assert _check(rep, "signature").ok is True and _check(rep, "signed_facts").ok is True
    assert rep.verdict == "not_verified" and _check(rep, "issuer_name").ok is False
