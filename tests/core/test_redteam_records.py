"""Red team of learner records, transcripts, credentials added from other issuers and pathway
evidence: real signed material, attacked as a forger would. The forger is a learner holding
genuine files, or a partner whose key this workspace trusts (the only one who can sign or seal
anything). A trainer must never be made to count a credential that is not genuine, not from an
issuer they trust, not the learner's, or not the achievement a pathway names."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from badgesmith.core.credentials import clr, ob3
from badgesmith.core.credentials.dataintegrity import sign
from badgesmith.core.credentials.didkey import verification_method
from badgesmith.core.credentials.keys import UnlockedKey
from badgesmith.core.errors import ValidationError
from badgesmith.core.paper.pdfseal import seal_pdf
from badgesmith.core.paper.qrclaim import ClaimFields, claim_qr_payload, encode_claim
from badgesmith.core.paper.transcript import TranscriptData, render_transcript
from badgesmith.core.pathways.requirements import from_json
from badgesmith.core.services import achievements as ach
from badgesmith.core.services import (
    imported,
    issuer,
    learner_record,
    pathways,
    transcripts,
    verification,
)
from badgesmith.core.store.workspace import Workspace
from tests.core.record_data import PASSPHRASE, achievement, learner, signed_award

T = datetime(2026, 1, 5, 9, tzinfo=UTC)


def _partner_key(ws: Workspace, folder: Path, name: str) -> UnlockedKey:
    other = Workspace.open(folder)
    issuer.init_issuer(other, name, "partner passphrase")
    issuer.export_issuer_card(other, "partner passphrase", folder.with_suffix(".card"))
    issuer.import_trusted_issuer(ws, folder.with_suffix(".card"))
    _, key = issuer.unlock_key(other, "partner passphrase")
    other.close()
    return key


@pytest.fixture
def partner(ws: Workspace, tmp_path: Path) -> UnlockedKey:
    """A partner, Partner Academy, whose card this workspace imported as trusted: its key."""
    return _partner_key(ws, tmp_path / "partner", "Partner Academy")


def _credential(key: UnlockedKey, *, iri: str | None = None, name: str = "Ana Lima", cid: str | None = None,
                issuer_name: str = "Partner Academy", valid_from: datetime = T, valid_until: datetime | None = None,
                awarded: datetime | None = None) -> dict:
    doc = ob3.build_and_check(ob3.CredentialInput(
        issuer=ob3.IssuerProfile(did=key.did, name=issuer_name),
        achievement=ob3.AchievementInfo(id=iri or f"urn:uuid:{uuid.uuid4()}", name="Python Basics",
                                        description="A course.", criteria_narrative="Attend."),
        recipient=ob3.RecipientInfo(name, "ana@example.org"), valid_from=valid_from, valid_until=valid_until,
        awarded_date=awarded, credential_id=cid))
    return sign(doc, key.private_key, verification_method(key.did))


def _file(folder: Path, doc: dict, name: str = "credential.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def _own_iri(ws: Workspace, achievement_id: int) -> str:
    with ws.read_session() as s:
        return f"urn:uuid:{ach.current_version(s, achievement_id).uuid}"


# --- finding 1: an issuer no longer trusted still vouched for its added credentials ---------------

def test_an_issuer_no_longer_trusted_vouches_for_nothing(ws: Workspace, partner, tmp_path: Path) -> None:
    ana = learner(ws, "Ana Lima")
    iri = f"urn:uuid:{uuid.uuid4()}"
    path = achievement(ws, "Python Pathway")
    pathways.set_requirement(ws, path, from_json({"all_of": [{"external": iri}]}))
    signed_award(ws, ana, achievement(ws, "Excel Basics"), date(2026, 1, 2))
    added = imported.add_credential(ws, ana, _file(tmp_path, _credential(partner, iri=iri)))
    assert [p.met for p in pathways.progress(ws, ana)] == [True]
    [trusted] = issuer.list_trusted_issuers(ws)
    issuer.remove_trusted_issuer(ws, trusted.id)  # e.g. the partner's key leaked
    [p] = pathways.progress(ws, ana)
    assert not p.met and p.needs  # was still met: the credential counted without anyone vouching
    record = learner_record.clr_credential(ws, ana, PASSPHRASE)  # and it went into the signed record
    assert added.credential_id not in [d["id"] for d in record["credentialSubject"]["verifiableCredential"]]
    assert verification.verify_path(ws, _file(tmp_path, record, "record.json")).verified


# --- finding 2: another issuer's credential could name one of this workspace's achievements -------

def test_a_partner_cannot_award_one_of_our_achievements(ws: Workspace, partner, tmp_path: Path) -> None:
    ana = learner(ws, "Ana Lima")
    excel = achievement(ws, "Excel Basics")
    iri = _own_iri(ws, excel)
    for shown in (iri, iri.upper().replace("URN:UUID:", "urn:uuid:")):
        with pytest.raises(ValidationError, match="'Excel Basics' of this workspace"):
            imported.add_credential(ws, ana, _file(tmp_path, _credential(partner, iri=shown)))
    # nor may a pathway name one of ours as another issuer's, where such a credential would count
    with pytest.raises(ValidationError, match="'Excel Basics' of this workspace: name it as one of yours"):
        pathways.set_requirement(ws, achievement(ws, "Analyst"), from_json({"all_of": [{"external": iri}]}))
    assert imported.list_for(ws, ana) == []


# --- finding 3: an added credential could take the id of one of ours (and stand in as evidence) ---

def test_an_added_credential_cannot_take_the_id_of_one_of_ours(ws: Workspace, partner, tmp_path: Path) -> None:
    ana = learner(ws, "Ana Lima")
    ours = signed_award(ws, ana, achievement(ws, "Excel Basics"), date(2026, 1, 2))
    for cid in (ours, ours.upper().replace("URN:UUID:", "urn:uuid:")):
        with pytest.raises(ValidationError, match="that of a credential this workspace issued"):
            imported.add_credential(ws, ana, _file(tmp_path, _credential(partner, cid=cid)))


# --- finding 4: a credential "awarded" on a day to come counted, and dated the pathway ahead ------

def test_a_credential_awarded_on_a_day_to_come_is_refused(ws: Workspace, partner, tmp_path: Path) -> None:
    ana = learner(ws, "Ana Lima")
    ahead = _credential(partner, awarded=datetime(2099, 1, 1, tzinfo=UTC))  # valid from now: it verifies
    assert verification.verify_path(ws, _file(tmp_path, ahead, "ahead.json")).verified
    with pytest.raises(ValidationError, match="a day still to come"):
        imported.add_credential(ws, ana, tmp_path / "ahead.json")


# --- finding 5: a second trusted issuer could award the first one's achievement -------------------

def test_one_achievement_id_is_one_issuers(ws: Workspace, partner, tmp_path: Path) -> None:
    ana, bo = learner(ws, "Ana Lima"), learner(ws, "Bo Chen")
    iri = f"urn:uuid:{uuid.uuid4()}"
    pathways.set_requirement(ws, achievement(ws, "Python Pathway"), from_json({"all_of": [{"external": iri}]}))
    imported.add_credential(ws, ana, _file(tmp_path, _credential(partner, iri=iri)))
    rival = _partner_key(ws, tmp_path / "rival", "Rival College")
    with pytest.raises(ValidationError, match="one Partner Academy awards"):
        imported.add_credential(ws, bo, _file(tmp_path, _credential(rival, iri=iri, name="Bo Chen",
                                                                    issuer_name="Rival College")))
    assert [p.met for p in pathways.progress(ws, bo)] == [False]
    # the same issuer under a new key (its new card replaces the old) keeps awarding its achievement
    issuer.remove_trusted_issuer(ws, next(t.id for t in issuer.list_trusted_issuers(ws) if t.did == partner.did))
    renewed = _partner_key(ws, tmp_path / "renewed", "Partner Academy")
    imported.add_credential(ws, bo, _file(tmp_path, _credential(renewed, iri=iri, name="Bo Chen")))
    assert [p.met for p in pathways.progress(ws, bo)] == [True]


# --- finding 6: the file was read twice: what was verified need not be what was kept -------------

def test_what_is_kept_is_what_was_verified(ws: Workspace, partner, tmp_path: Path, monkeypatch) -> None:
    ana = learner(ws, "Ana Lima")
    genuine = json.dumps(_credential(partner))
    posing = _credential(partner, issuer_name="Test Issuer")  # signed, but claims to be this workspace
    path = _file(tmp_path, posing)
    read = verification.read_limited

    def swapped(p: Path, limit: int, what: str) -> bytes:  # the file changes on a share meanwhile
        Path(p).write_text(genuine, encoding="utf-8")
        return read(p, limit, what)

    monkeypatch.setattr(verification, "read_limited", swapped)
    with pytest.raises(ValidationError, match="does not come from you"):
        imported.add_credential(ws, ana, path)
    assert imported.list_for(ws, ana) == []


# --- attacks already refused (regression guards) --------------------------------------------------

@pytest.mark.parametrize(("name", "why"), [
    ("Ana\u200bLima", "issued to"), ("Ana\u200b Lima", "issued to"), ("\uff21na Lima", "issued to"),
    ("\u0410na Lima", "issued to"), ("Ana Lima\u2060", "issued to"), ("Bo Chen", "issued to")])
def test_look_alike_learner_names_are_not_the_learner(ws: Workspace, partner, tmp_path: Path, name, why) -> None:
    ana = learner(ws, "Ana Lima")
    with pytest.raises(ValidationError, match=why):
        imported.add_credential(ws, ana, _file(tmp_path, _credential(partner, name=name)))


def test_the_same_name_written_otherwise_is_the_learner(ws: Workspace, partner, tmp_path: Path) -> None:
    jose = learner(ws, "Jos\u00e9 Lima")
    assert imported.add_credential(ws, jose, _file(tmp_path, _credential(partner, name="Jose\u0301  lima")))


def _edited_achievement_id(doc: dict) -> dict:
    doc["credentialSubject"]["achievement"]["id"] = f"urn:uuid:{uuid.uuid4()}"
    return doc


def _two_recipients(doc: dict, key: UnlockedKey) -> dict:
    unsigned = {k: v for k, v in doc.items() if k != "proof"}
    subject = unsigned["credentialSubject"]
    unsigned["credentialSubject"] = [subject, dict(subject, name="Bo Chen")]
    return sign(unsigned, key.private_key, verification_method(key.did))


REFUSED = {
    "expired": (lambda k: _credential(k, valid_from=datetime(2020, 1, 1, tzinfo=UTC),
                                      valid_until=datetime(2021, 1, 1, tzinfo=UTC)), "Expired"),
    "not yet valid": (lambda k: _credential(k, valid_from=datetime(2099, 1, 1, tzinfo=UTC)), "only becomes valid"),
    "under our name": (lambda k: _credential(k, issuer_name="Test Issuer"), "does not come from you"),
    "under a look-alike of our name": (lambda k: _credential(k, issuer_name="Test Issuer\u200b"), "was not added"),
    "shows one achievement, signed another": (lambda k: _edited_achievement_id(_credential(k)), "was not added"),
    "two recipients": (lambda k: _two_recipients(_credential(k), k), "2 different recipients"),
    "a presentation": (lambda k: {"@context": [ob3.VC_V2], "type": ["VerifiablePresentation"],
                                  "verifiableCredential": [_credential(k)]}, "was not added"),
}


@pytest.mark.parametrize("attack", list(REFUSED))
def test_forged_or_foreign_credentials_are_refused(ws: Workspace, partner, tmp_path: Path, attack) -> None:
    make, why = REFUSED[attack]
    ana = learner(ws, "Ana Lima")
    with pytest.raises(ValidationError, match=why):
        imported.add_credential(ws, ana, _file(tmp_path, make(partner)))
    assert imported.list_for(ws, ana) == []


def test_records_transcripts_and_odd_files_are_refused(ws: Workspace, partner, tmp_path: Path) -> None:
    ana = learner(ws, "Ana Lima")
    record = clr.build_and_check_record(clr.RecordInput(
        issuer=ob3.IssuerProfile(did=partner.did, name="Partner Academy"),
        learner=ob3.RecipientInfo("Ana Lima", "ana@example.org"), credentials=(_credential(partner),), valid_from=T))
    signed = sign(record, partner.private_key, verification_method(partner.did))
    with pytest.raises(ValidationError, match="learner record"):
        imported.add_credential(ws, ana, _file(tmp_path, signed, "record.json"))
    signed_award(ws, ana, achievement(ws, "Excel Basics"), date(2026, 1, 2))
    (tmp_path / "transcript.pdf").write_bytes(transcripts.transcript_pdf(ws, ana, PASSPHRASE))
    with pytest.raises(ValidationError, match="learner record"):
        imported.add_credential(ws, ana, tmp_path / "transcript.pdf")
    (tmp_path / "badge.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    with pytest.raises(ValidationError, match="does not hold a credential that can be read"):
        imported.add_credential(ws, ana, tmp_path / "badge.png")
    (tmp_path / "huge.json").write_bytes(b" " * (verification.MAX_FILE_BYTES + 1))
    with pytest.raises(ValidationError, match="larger than"):
        imported.add_credential(ws, ana, tmp_path / "huge.json")
    assert imported.list_for(ws, ana) == []


# --- transcripts forged with a trusted partner's key: the QR claim must say what the record says --

def _partner_transcript(partner: UnlockedKey, *, claim_learner: str = "Ana Lima", claim_id: str | None = None,
                        claim_day: date | None = None, attach_credential: bool = False) -> bytes:
    held = _credential(partner)
    record = sign(clr.build_and_check_record(clr.RecordInput(
        issuer=ob3.IssuerProfile(did=partner.did, name="Partner Academy"),
        learner=ob3.RecipientInfo("Ana Lima", "ana@example.org"), credentials=(held,), valid_from=T)),
        partner.private_key, verification_method(partner.did))
    claim = ClaimFields(credential_id=claim_id or record["id"], recipient_name=claim_learner,
                        achievement_name=record["name"], issuer_name="Partner Academy",
                        issued_on=claim_day or T.date(), expires_on=None, status_index=None)
    data = TranscriptData(issuer_name="Partner Academy", learner_name="Ana Lima", issued_on=T.date(),
                          rows=transcripts.rows_of(record),
                          qr_payload=claim_qr_payload(encode_claim(claim, partner.private_key)),
                          record=held if attach_credential else record, record_id=record["id"])
    return seal_pdf(render_transcript(data), partner.private_key)


@pytest.mark.parametrize("edit", ["none", "learner", "record id", "date", "a credential attached"])
def test_a_transcript_whose_qr_and_record_disagree_is_refused(ws: Workspace, partner, tmp_path: Path, edit) -> None:
    kwargs = {"none": {}, "learner": {"claim_learner": "Bo Chen"}, "record id": {"claim_id": f"urn:uuid:{uuid.uuid4()}"},
              "date": {"claim_day": date(2025, 1, 1)}, "a credential attached": {"attach_credential": True}}[edit]
    path = tmp_path / "transcript.pdf"
    path.write_bytes(_partner_transcript(partner, **kwargs))
    rep = verification.verify_path(ws, path)
    if edit == "none":  # the honest partner's transcript verifies: the checks refuse nothing genuine
        assert rep.verified, rep.lines()
    else:
        assert rep.verdict == "not_verified" and "does not match" in rep.summary, rep.lines()
