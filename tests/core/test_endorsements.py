"""Endorsements (OB 3.0 EndorsementCredential) between two real workspaces: the provider's request,
the endorser's signature, the provider's import, credentials that carry it, and what `verify`
says of every way an endorsement can be tampered with or forged."""

from __future__ import annotations

import copy
import hashlib
import json
import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from jsonschema import Draft201909Validator

from badgesmith.core.credentials import endorsement, ob3
from badgesmith.core.credentials.schema import _format_checker
from badgesmith.core.credentials.verify import EndorsementStatus, Verdict
from badgesmith.core.errors import ValidationError
from badgesmith.core.services import achievements as ach
from badgesmith.core.services import (
    assessment,
    certificates,
    cohorts,
    endorsements,
    issuer,
    issuing,
    learner_record,
)
from badgesmith.core.store.models import Credential
from badgesmith.resources import resource_path
from tests.core.endorsement_data import (
    COMMENT,
    GUILD,
    GUILD_PASSPHRASE,
    UNTIL,
    Pair,
    credential_carrying,
    endorsed_lines,
    endorsement_by,
    load,
    make_pair,
    reopen,
    verify_doc,
)
from tests.core.pathway_data import learner
from tests.core.record_data import PASSPHRASE, signed_award, workspace_key

SCHEMA_SHA256 = "4627e1878848d0192c3f9e26f09ef88a96ad48a46f5fca11b80b679ece0de345"  # SOURCE-endorsement.md
SHARED = Path(__file__).resolve().parents[3] / "shared" / "standards" / "ob3-schema"


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("endorsement-pair")
    make_pair(folder).close()
    return folder


@pytest.fixture
def pair(made: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    p = reopen(made, tmp_path / "pair")
    yield p
    p.close()


@pytest.fixture
def added(pair: Pair) -> Pair:
    """The provider trusts the guild's card and has added its endorsement."""
    issuer.import_trusted_issuer(pair.provider, pair.card)
    endorsements.add_endorsement(pair.provider, pair.achievement_id, pair.endorsement)
    return pair


def _guild(pair: Pair) -> tuple[object, ob3.IssuerProfile]:
    _, key = issuer.unlock_key(pair.endorser, GUILD_PASSPHRASE)
    return key.private_key, ob3.IssuerProfile(did=key.did, name=GUILD, url="https://guild.example.org")


def _version_id(pair: Pair, achievement_id: int) -> str:
    return f"urn:uuid:{ach.get_achievement(pair.provider, achievement_id).current.uuid}"


# --- the endorsement itself -----------------------------------------------------------------------


def test_the_signed_endorsement_conforms_to_the_official_schema(pair: Pair) -> None:
    shipped = resource_path("schema", "ob_v3p0_endorsementcredential_schema.json").read_bytes()
    assert hashlib.sha256(shipped).hexdigest() == SCHEMA_SHA256
    if SHARED.is_dir():  # the reference copy it was taken from, byte for byte
        assert (SHARED / "ob_v3p0_endorsementcredential_schema.json").read_bytes() == shipped
    doc = load(pair.endorsement)
    validator = Draft201909Validator(json.loads(shipped), format_checker=_format_checker())
    assert list(validator.iter_errors(doc)) == []
    assert doc["type"] == ["VerifiableCredential", "EndorsementCredential"]
    assert doc["@context"] == ob3.CONTEXT and doc["id"].startswith("urn:uuid:")
    assert doc["credentialSubject"] == {"id": _version_id(pair, pair.achievement_id), "type": ["EndorsementSubject"],
                                        "endorsementComment": COMMENT}
    assert doc["issuer"]["name"] == GUILD and doc["issuer"]["id"] == issuer.get_issuer(pair.endorser).did
    assert doc["validUntil"] == "2031-12-31T23:59:59Z"
    [proof] = doc["proof"]
    assert proof["cryptosuite"] == "eddsa-rdfc-2022" and proof["verificationMethod"].startswith(doc["issuer"]["id"])
    # a schema check that can fail: the same document without its required name does not conform
    assert list(validator.iter_errors({k: v for k, v in doc.items() if k != "name"}))


def test_the_request_carries_the_achievement_as_credentials_do(added: Pair) -> None:
    request = endorsements.endorsement_request(added.provider, added.achievement_id)
    assert request["type"] == "BadgesmithEndorsementRequest" and request["version"] == 1
    lid = learner(added.provider, "Ana Lima")
    cid = signed_award(added.provider, lid, added.achievement_id, date(2026, 3, 1))
    with added.provider.read_session() as s:
        doc = json.loads(s.get(Credential, cid).signed_json)
    assert request["achievement"] == doc["credentialSubject"]["achievement"]
    assert request["issuer"] == doc["issuer"]
    assert len(request["achievement"]["endorsement"]) == 1  # what the version carries now


@pytest.mark.parametrize(("content", "says"), [
    (b"\xff\xfe not text", "not a text file"),
    (b"{not json", "is not valid JSON"),
    (b'{"type": "Something", "version": 1}', "is not a Badgesmith endorsement request"),
    (b'{"@context": [], "type": ["VerifiableCredential"]}', "is a credential, not an endorsement request"),
    (b'{"type": "BadgesmithEndorsementRequest", "version": 2}', "version 2"),
    (b'{"type": "BadgesmithEndorsementRequest", "version": 1, "achievement": {"name": "X"}, "issuer": {"name": "Y"}}',
     "names no achievement id"),
    (b'{"type": "BadgesmithEndorsementRequest", "version": 1, "achievement": {"id": "urn:uuid:1", "name": "X"}}',
     "does not say who awards"),
    (b'{"type": "BadgesmithEndorsementRequest", "version": 1, "type": "BadgesmithEndorsementRequest"}',
     "twice in one object"),
])
def test_reading_a_request_says_what_is_wrong(tmp_path: Path, content: bytes, says: str) -> None:
    path = tmp_path / "req.json"
    path.write_bytes(content)
    with pytest.raises(ValidationError, match=says):
        endorsements.read_request(path)


def test_a_request_has_a_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    path.write_bytes(b" " * (endorsement.MAX_REQUEST_BYTES + 1))
    with pytest.raises(ValidationError, match="larger than an endorsement request ever is"):
        endorsements.read_request(path)


def test_signing_refuses_a_past_day_a_long_comment_and_ones_own_achievement(pair: Pair) -> None:
    out = pair.folder / "again.json"
    with pytest.raises(ValidationError, match="which has passed"):
        endorsements.endorse(pair.endorser, pair.request, out, GUILD_PASSPHRASE, valid_until=date(2020, 1, 1))
    with pytest.raises(ValidationError, match="at most 1000"):
        endorsements.endorse(pair.endorser, pair.request, out, GUILD_PASSPHRASE, comment="x" * 1001)
    with pytest.raises(ValidationError, match="achievement of this workspace"):
        endorsements.endorse(pair.provider, pair.request, out, PASSPHRASE)
    assert not out.exists()
    today = endorsements.endorse(pair.endorser, pair.request, out, GUILD_PASSPHRASE, comment="  ",
                                 valid_until=datetime.now(UTC).date())
    doc = load(out)
    assert today.valid_until == datetime.now(UTC).date() and "endorsementComment" not in doc["credentialSubject"]


# --- adding it ---------------------------------------------------------------------------------------


def test_adding_needs_the_endorsers_key_to_be_trusted(pair: Pair) -> None:
    fp = issuer.get_issuer(pair.endorser).fingerprint
    with pytest.raises(ValidationError, match=f"signed by the key {fp}, which you have not imported as trusted"):
        endorsements.add_endorsement(pair.provider, pair.achievement_id, pair.endorsement)
    assert endorsements.list_endorsements(pair.provider, pair.achievement_id) == []
    issuer.import_trusted_issuer(pair.provider, pair.card)
    info = endorsements.add_endorsement(pair.provider, pair.achievement_id, pair.endorsement)
    assert (info.endorser_name, info.comment, info.valid_until, info.status) == (GUILD, COMMENT, UNTIL, "valid")
    with pytest.raises(ValidationError, match="added already"):
        endorsements.add_endorsement(pair.provider, pair.achievement_id, pair.endorsement)


def _write(pair: Pair, doc: object, name: str = "candidate.json") -> Path:
    path = pair.folder / name
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def test_adding_refuses_what_is_not_this_achievements_genuine_endorsement(pair: Pair) -> None:
    issuer.import_trusted_issuer(pair.provider, pair.card)
    key, guild = _guild(pair)
    genuine = load(pair.endorsement)
    tampered = copy.deepcopy(genuine)
    tampered["credentialSubject"]["endorsementComment"] = "Mandatory for all our members."
    other = endorsement_by(key, guild, _version_id(pair, pair.other_id))
    foreign = endorsement_by(key, guild, "urn:uuid:3f0e7f4e-8c1e-4d5f-a4a6-000000000001")
    expired = endorsement_by(key, guild, _version_id(pair, pair.achievement_id),
                             valid_until=datetime(2026, 2, 1, tzinfo=UTC))
    _, own_key = workspace_key(pair.provider, PASSPHRASE)
    own = endorsement_by(own_key.private_key, ob3.IssuerProfile(did=own_key.did, name="Northbridge Training"),
                         _version_id(pair, pair.achievement_id))
    cases = [
        (tampered, "was not added: Not verified: The signature does not match"),
        (other, "it endorses Crane Safety, not Forklift Safety. Add it to Crane Safety."),
        (foreign, "which is not a version of Forklift Safety"),
        (expired, "was not added: Expired:"),
        (own, "signed by this workspace's own key"),
        (load(pair.request), "is an endorsement request, not an endorsement"),
        ({"@context": ob3.CONTEXT, "type": ["VerifiableCredential", "OpenBadgeCredential"]}, "is not an endorsement"),
    ]
    for doc, says in cases:
        with pytest.raises(ValidationError) as refused:
            endorsements.add_endorsement(pair.provider, pair.achievement_id, _write(pair, doc))
        assert says in refused.value.message, (says, refused.value.message)
    path = pair.folder / "junk.json"
    path.write_bytes(b"\x00\x01 not json")
    with pytest.raises(ValidationError, match="does not hold an endorsement that can be read"):
        endorsements.add_endorsement(pair.provider, pair.achievement_id, path)
    assert endorsements.list_endorsements(pair.provider, pair.achievement_id) == []
    # the one for Crane Safety is welcome there
    assert endorsements.add_endorsement(pair.provider, pair.other_id, _write(pair, other)).status == "valid"


# --- carried by credentials --------------------------------------------------------------------------


def test_issued_credentials_carry_it_unchanged_and_print_it(added: Pair, tmp_path: Path) -> None:
    ws, aid = added.provider, added.achievement_id
    lid = learner(ws, "Zoë Ñúñez")
    cohort = cohorts.create_cohort(ws, "Forklift — May", aid, date(2026, 5, 4), date(2026, 5, 4), "Yard", "Sam")
    cohorts.enrol(ws, cohort.id, [lid])
    crit = assessment.criteria_for_cohort(ws, cohort.id)[0]
    assessment.record_results(ws, cohort.id, [(lid, crit.id, "attended")], assessor="Sam")
    [item] = issuing.issue_batch(ws, cohort.id, PASSPHRASE, tmp_path / "out", workers=1).issued
    doc = json.loads(item.json.read_text(encoding="utf-8"))
    [carried] = doc["credentialSubject"]["achievement"]["endorsement"]
    assert carried == load(added.endorsement)  # the very object the guild signed, its @context and proof too
    assert json.dumps(carried, sort_keys=True) == json.dumps(load(added.endorsement), sort_keys=True)
    report = verify_doc(ws, doc)
    assert report.verified, report.summary
    [line] = endorsed_lines(report)
    assert f"Endorsed by {GUILD} ({load(added.endorsement)['issuer']['id']})" in line and COMMENT in line
    assert "valid until 31 December 2031" in line
    [result] = report.endorsements
    assert result.status is EndorsementStatus.ENDORSED and result.endorser_name == GUILD
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(item.pdf), "-"], capture_output=True, check=True).stdout.decode()
        assert "ENDORSED BY" in text and GUILD in text
        # re-exported after the endorsement was removed: it prints what the credential carries
        [info] = endorsements.list_endorsements(ws, aid)
        endorsements.remove_endorsement(ws, info.id)
        pdf, _ = certificates.render_existing(ws, item.credential_id, PASSPHRASE)
        again = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
        assert "ENDORSED BY" in again and GUILD in again


def test_a_new_version_is_not_carried_the_earlier_ones_endorsement(added: Pair) -> None:
    ws, aid = added.provider, added.achievement_id
    spec = ach.get_achievement(ws, aid).spec
    # no credential was issued, but an endorsed version is frozen: the edit makes version 2
    detail = ach.update_achievement(ws, aid, ach.AchievementSpec(**{**vars(spec), "description": "Now with pallets."}))
    assert [v.number for v in detail.versions] == [1, 2]
    [info] = endorsements.list_endorsements(ws, aid)
    assert info.status == endorsements.EARLIER and not info.carried
    assert "earlier version" in info.sentence and "Ask Guild of Employers to endorse the current version" in info.sentence
    cid = signed_award(ws, learner(ws, "Bo Ek"), aid, date(2026, 3, 2))
    with ws.read_session() as s:
        doc = json.loads(s.get(Credential, cid).signed_json)
    assert "endorsement" not in doc["credentialSubject"]["achievement"]
    assert endorsements.endorsement_request(ws, aid)["achievement"]["id"] == f"urn:uuid:{detail.current.uuid}"


def test_removing_it_stops_new_credentials_carrying_it(added: Pair) -> None:
    [info] = endorsements.list_endorsements(added.provider, added.achievement_id)
    endorsements.remove_endorsement(added.provider, info.id)
    assert endorsements.list_endorsements(added.provider, added.achievement_id) == []
    doc = credential_carrying(added.provider, added.achievement_id, [])
    assert "endorsement" not in doc["credentialSubject"]["achievement"]
    assert endorsements.endorsement_request(added.provider, added.achievement_id)["achievement"].get(
        "endorsement") is None


def test_a_learner_record_of_endorsed_credentials_verifies(added: Pair) -> None:
    ws = added.provider
    ana = learner(ws, "Ana Lima")
    signed_award(ws, ana, added.achievement_id, date(2026, 3, 1))
    signed_award(ws, ana, added.other_id, date(2026, 3, 2))
    record = learner_record.clr_credential(ws, ana, PASSPHRASE)
    assert all("endorsement" not in a for a in record["credentialSubject"]["achievement"])  # only in the credentials
    report = verify_doc(ws, record, "record.json")
    assert report.verified, report.summary
    assert len(endorsed_lines(report)) == 0 and all(n.verified for n in report.parts)


def test_certificates_print_only_current_endorsers() -> None:
    def e(name: str, start: str, until: str | None = None) -> dict[str, object]:
        return {"issuer": {"name": name}, "validFrom": start, **({"validUntil": until} if until else {})}

    now = datetime(2027, 6, 1, tzinfo=UTC)
    carried = [e("Guild", "2026-01-01T00:00:00Z"), e("Old Board", "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z"),
               e("Future Council", "2028-01-01T00:00:00Z"), e("Guild", "2026-02-01T00:00:00Z", "2030-01-01T00:00:00Z"),
               e("Chamber", "2026-01-01T00:00:00Z", "2027-06-01T00:00:00Z")]
    assert endorsement.current_endorsers(carried, now) == ("Guild", "Chamber")


# --- what verify says -----------------------------------------------------------------------------------


def _tamper(path: str, value: object):  # type: ignore[no-untyped-def]
    def change(doc: dict) -> None:  # type: ignore[type-arg]
        *parents, last = path.split(".")
        node = doc
        for part in parents:
            node = node[int(part)] if part.isdigit() else node[part]
        node[last] = value
    return change


TAMPERINGS = {
    "comment changed": _tamper("credentialSubject.endorsementComment", "Required by law for every driver."),
    "endorser name changed": _tamper("issuer.name", "Federal Logistics Board"),
    "subject id changed": _tamper("credentialSubject.id", "urn:uuid:00000000-0000-4000-8000-000000000000"),
    "validUntil changed": _tamper("validUntil", "2099-12-31T23:59:59Z"),
    "proof changed": _tamper("proof.0.proofValue", "z" + "3" * 87),
}


@pytest.mark.parametrize("how", sorted(TAMPERINGS))
def test_a_tampered_endorsement_is_reported_inside_a_credential_its_issuer_signed(added: Pair, how: str) -> None:
    bad = load(added.endorsement)
    TAMPERINGS[how](bad)
    doc = credential_carrying(added.provider, added.achievement_id, [bad])  # the issuer signs over it
    report = verify_doc(added.provider, doc)
    assert report.verdict is Verdict.NOT_VERIFIED
    assert report.summary.startswith("Not verified: An endorsement does not verify: "), report.summary
    assert endorsed_lines(report) == [] and report.endorsements[0].status is EndorsementStatus.INVALID
    # handed over alone, it does not verify either
    alone = verify_doc(added.provider, bad, "endorsement.json")
    assert not alone.verified and endorsed_lines(alone) == []


def test_an_endorsement_changed_after_issuing_breaks_the_credential(added: Pair) -> None:
    doc = credential_carrying(added.provider, added.achievement_id, [load(added.endorsement)])
    doc["credentialSubject"]["achievement"]["endorsement"][0]["credentialSubject"]["endorsementComment"] = "Best!"
    report = verify_doc(added.provider, doc)
    assert report.verdict is Verdict.NOT_VERIFIED and "The signature does not match" in report.summary
    assert endorsed_lines(report) == []
    assert any("endorsements it carries are not checked" in c.message for c in report.checks)


def test_an_endorsement_forged_with_the_issuers_own_key_is_refused(added: Pair) -> None:
    _, own = workspace_key(added.provider, PASSPHRASE)
    subject = _version_id(added, added.achievement_id)
    guild_did = load(added.endorsement)["issuer"]["id"]
    # in the guild's name and DID, signed by the provider's key
    posing = endorsement_by(own.private_key, ob3.IssuerProfile(did=guild_did, name=GUILD), subject,
                            vm=f"{own.did}#{own.did.split(':')[-1]}")
    report = verify_doc(added.provider, credential_carrying(added.provider, added.achievement_id, [posing]))
    assert not report.verified and endorsed_lines(report) == []
    assert "An endorsement does not verify: The credential names issuer" in report.summary
    # in another name under the provider's own DID: the signed content names its issuer twice
    self_made = endorsement_by(own.private_key, ob3.IssuerProfile(did=own.did, name="Federal Logistics Board"),
                               subject)
    report = verify_doc(added.provider, credential_carrying(added.provider, added.achievement_id, [self_made]))
    assert not report.verified and endorsed_lines(report) == []
    assert "states 2 different issuer names" in report.summary
    # under its own DID and name (a self-endorsement): an endorsement must come from someone else
    self_made = endorsement_by(own.private_key, ob3.IssuerProfile(did=own.did, name="Northbridge Training"), subject)
    report = verify_doc(added.provider, credential_carrying(added.provider, added.achievement_id, [self_made]))
    assert not report.verified and endorsed_lines(report) == []
    assert report.summary == ("Not verified: An endorsement does not verify: it is signed by the credential's own "
                              "issuer; an endorsement must come from someone else.")


def test_an_endorsement_of_another_achievement_is_refused(added: Pair) -> None:
    key, guild = _guild(added)
    crane = _version_id(added, added.other_id)
    genuine_for_crane = endorsement_by(key, guild, crane)
    assert verify_doc(added.provider, genuine_for_crane, "e.json").verified  # genuine, in itself
    report = verify_doc(added.provider, credential_carrying(added.provider, added.achievement_id, [genuine_for_crane]))
    assert not report.verified and endorsed_lines(report) == []
    assert f"it endorses {crane}, not this credential's achievement ({_version_id(added, added.achievement_id)})" \
        in report.summary


def test_an_expired_endorsement_says_so_and_the_credential_stands(added: Pair) -> None:
    key, guild = _guild(added)
    old = endorsement_by(key, guild, _version_id(added, added.achievement_id),
                         valid_until=datetime(2026, 2, 1, 23, 59, 59, tzinfo=UTC))
    report = verify_doc(added.provider, credential_carrying(added.provider, added.achievement_id, [old]))
    assert report.verified and endorsed_lines(report) == []
    [result] = report.endorsements
    assert result.status is EndorsementStatus.EXPIRED
    assert result.message == f"The endorsement by {GUILD} ({guild.did}) expired on 1 February 2026."
    alone = verify_doc(added.provider, old, "old.json")
    assert alone.verdict is Verdict.EXPIRED and endorsed_lines(alone) == []


def test_an_endorsement_by_an_unknown_key_in_a_famous_name_is_not_shown_as_one(added: Pair) -> None:
    from badgesmith.core.credentials.keys import did_of, generate_key

    fresh = generate_key()
    famous = ob3.IssuerProfile(did=did_of(fresh), name="Siemens AG")
    fake = endorsement_by(fresh, famous, _version_id(added, added.achievement_id))
    report = verify_doc(added.provider, credential_carrying(added.provider, added.achievement_id, [fake]))
    assert report.verified and endorsed_lines(report) == []  # the credential is genuine; the endorsement stands on nothing
    [result] = report.endorsements
    assert result.status is EndorsementStatus.UNKNOWN_KEY and "Siemens AG" in result.message
    assert "signed by an unknown key" in result.message and "not shown as an endorsement" in result.message


def test_a_trusted_endorser_writing_another_name_is_refused(added: Pair) -> None:
    key, guild = _guild(added)
    renamed = endorsement_by(key, ob3.IssuerProfile(did=guild.did, name="Siemens AG"),
                             _version_id(added, added.achievement_id))
    report = verify_doc(added.provider, credential_carrying(added.provider, added.achievement_id, [renamed]))
    assert not report.verified and endorsed_lines(report) == []
    assert "you trusted this key as 'Guild of Employers'" in report.summary


def test_an_endorsement_handed_over_alone_is_reported(added: Pair) -> None:
    report = verify_doc(added.provider, load(added.endorsement), "endorsement.json")
    assert report.verified and report.kind == "endorsement", report.summary
    assert report.summary == "Verified: the endorsement is authentic, current and signed by a key you trust."
    [line] = endorsed_lines(report)
    assert GUILD in line and COMMENT in line
    assert "Forklift Safety, version 1, of this workspace" in report.facts["Endorses"]
    assert any(c.name == "schema" and c.ok for c in report.checks)
    # an endorsement carrying endorsements of its own is not one
    nested = dict(load(added.endorsement), credentialSubject={
        **load(added.endorsement)["credentialSubject"], "achievement": {"endorsement": [load(added.endorsement)]}})
    assert not verify_doc(added.provider, nested, "nested.json").verified
