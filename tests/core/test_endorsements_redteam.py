"""Red team: endorsements (OB 3.0 EndorsementCredential) forged, replayed and bent, by a provider
wanting a famous employer's endorsement on their certificates, by a learner editing their
credential, and by anyone replaying a real endorsement elsewhere. "Endorsed by NAME" (and the
comment, the dates, the endorsed achievement) must be said only of exactly what the endorser
signed, and nothing the reference verifier refuses is accepted (the JavaScript side of each
comparison is in tests/interop/test_interop_endorsement_forgeries.py)."""

from __future__ import annotations

import copy
import json
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from badgesmith.cli import main
from badgesmith.core.credentials import dataintegrity as di
from badgesmith.core.credentials import endorsement as E
from badgesmith.core.credentials import ob3
from badgesmith.core.credentials.didkey import verification_method
from badgesmith.core.credentials.errors import CredentialError
from badgesmith.core.credentials.keys import did_of, export_issuer_card, generate_key
from badgesmith.core.credentials.multikey import multibase_encode
from badgesmith.core.credentials.safejsonld import check_document
from badgesmith.core.credentials.verify import EndorsementStatus, Verdict
from badgesmith.core.errors import ValidationError
from badgesmith.core.services import achievements as ach
from badgesmith.core.services import endorsements, issuer, verification
from badgesmith.core.services.verification import Report
from tests.core.endorsement_data import (
    COMMENT,
    GUILD,
    GUILD_PASSPHRASE,
    Pair,
    credential_carrying,
    endorsed_lines,
    endorsement_by,
    load,
    make_pair,
    reopen,
    verify_doc,
)
from tests.core.record_data import PASSPHRASE, workspace_key

V2 = "https://www.w3.org/ns/credentials/v2"
OB303 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
OB302 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json"
OB_VOCAB = "https://purl.imsglobal.org/spec/vc/ob/vocab.html#"
SIGNED_AT = "2026-01-05T10:00:00Z"


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("endorsement-redteam")
    make_pair(folder).close()
    return folder


@pytest.fixture
def added(made: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The provider trusts the guild's card and has added its genuine endorsement."""
    p = reopen(made, tmp_path / "pair")
    issuer.import_trusted_issuer(p.provider, p.card)
    endorsements.add_endorsement(p.provider, p.achievement_id, p.endorsement)
    yield p
    p.close()


# --- an attacker's tools: signing anything that can be canonicalised, with any key -------------


def raw_sign(doc: dict[str, Any], private_key: Any, *, vm: str | None = None, created: str = SIGNED_AT,
             purpose: str = "assertionMethod") -> dict[str, Any]:
    """``doc`` signed as is (no profile check: a forger's own program), eddsa-rdfc-2022."""
    doc = {k: v for k, v in doc.items() if k != "proof"}
    options = di.proof_options(vm or verification_method(did_of(private_key)), created, doc["@context"], purpose)
    proof = {k: v for k, v in options.items() if k != "@context"}
    proof["proofValue"] = multibase_encode(private_key.sign(di.hash_data(doc, options)))
    return {**doc, "proof": [proof]}


def guild_of(pair: Pair) -> tuple[Any, ob3.IssuerProfile]:
    _, key = issuer.unlock_key(pair.endorser, GUILD_PASSPHRASE)
    return key.private_key, ob3.IssuerProfile(did=key.did, name=GUILD, url="https://guild.example.org")


def version_id(pair: Pair, achievement_id: int | None = None) -> str:
    return f"urn:uuid:{ach.get_achievement(pair.provider, achievement_id or pair.achievement_id).current.uuid}"


def unsigned(pair: Pair, **changes: Any) -> dict[str, Any]:
    """The guild's endorsement of Forklift Safety as Badgesmith builds it, with ``changes``."""
    _, guild = guild_of(pair)
    doc = E.build_endorsement(E.EndorsementInput(guild, version_id(pair), "Forklift Safety", "Northbridge Training",
                                                 datetime(2026, 1, 5, 10, tzinfo=UTC), None, COMMENT))
    doc.update(changes)
    return doc


def by_guild(pair: Pair, doc: dict[str, Any], **how: Any) -> dict[str, Any]:
    return raw_sign(doc, guild_of(pair)[0], **how)


def provider_signs(pair: Pair, carried: list[Any], change: Callable[[dict[str, Any]], None] | None = None
                   ) -> dict[str, Any]:
    """A credential of Forklift Safety carrying ``carried``, changed by ``change`` and then signed by
    the provider's own key: a dishonest provider controls every byte of what they sign."""
    doc = {k: v for k, v in credential_carrying(pair.provider, pair.achievement_id, []).items() if k != "proof"}
    doc["credentialSubject"]["achievement"]["endorsement"] = carried
    if change is not None:
        change(doc)
    _, key = workspace_key(pair.provider, PASSPHRASE)
    return raw_sign(doc, key.private_key, created="2026-03-01T09:00:00Z")


def write(pair: Pair, doc: Any, name: str = "candidate.json") -> Path:
    path = pair.folder / name
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def shows_only_what_was_signed(report: Report, endorsement: dict[str, Any]) -> None:
    """Whatever "Endorsed by" line the report has names the endorser and comment the JSON states
    (which json_disagreements ties to what the signature covers)."""
    for line in endorsed_lines(report):
        assert f"Endorsed by {endorsement['issuer']['name']} ({endorsement['issuer']['id']})" in line, line
        comment = endorsement["credentialSubject"].get("endorsementComment")
        assert comment is None or f"“{comment}”" in line, line


def refused_everywhere(pair: Pair, endorsement: dict[str, Any], says: str | None = None, *,
                       genuine: bool = False) -> None:
    """Not "Endorsed by" inside a credential, nor added to the achievement, nor alone (unless it is
    ``genuine``, an endorsement of something else: alone, it says what it endorses)."""
    report = verify_doc(pair.provider, provider_signs(pair, [endorsement]))
    assert endorsed_lines(report) == [], report.lines()
    assert report.verdict is Verdict.NOT_VERIFIED, report.summary
    if says is not None:
        assert says in report.summary, report.summary
    alone = verify_doc(pair.provider, endorsement, "endorsement.json")
    if genuine:
        assert alone.verified and alone.facts["Endorses"].startswith(endorsement["credentialSubject"]["id"])
    else:
        assert not alone.verified and endorsed_lines(alone) == [], alone.summary
    before = endorsements.list_endorsements(pair.provider, pair.achievement_id)
    with pytest.raises(ValidationError):
        endorsements.add_endorsement(pair.provider, pair.achievement_id, write(pair, endorsement))
    assert endorsements.list_endorsements(pair.provider, pair.achievement_id) == before


# --- (a) the provider: an endorsement they write themselves ---------------------------------------


def test_the_providers_key_in_the_guilds_name_and_did_is_refused(added: Pair) -> None:
    _, own = workspace_key(added.provider, PASSPHRASE)
    _, guild = guild_of(added)
    posing = raw_sign(unsigned(added, issuer=ob3.profile_object(guild)), own.private_key)
    refused_everywhere(added, posing, "The credential names issuer")


def test_the_providers_own_key_under_a_famous_name_is_never_endorsed_by_it(added: Pair) -> None:
    _, own = workspace_key(added.provider, PASSPHRASE)
    famous = unsigned(added, issuer=ob3.profile_object(ob3.IssuerProfile(did=own.did, name="Siemens AG")))
    doc = raw_sign(famous, own.private_key)
    # alone, in the provider's own workspace: it is signed by this workspace's key, not by Siemens
    alone = verify_doc(added.provider, doc, "endorsement.json")
    assert alone.verdict is Verdict.NOT_VERIFIED and endorsed_lines(alone) == []
    assert "signed by this workspace's own key" in alone.summary
    refused_everywhere(added, doc)


def test_the_providers_retired_key_cannot_endorse_its_own_credentials(added: Pair) -> None:
    _, retired = workspace_key(added.provider, PASSPHRASE)
    issuer.rotate_key(added.provider, PASSPHRASE)
    for name in ("Northbridge Training", "Siemens AG"):
        doc = raw_sign(unsigned(added, issuer=ob3.profile_object(ob3.IssuerProfile(did=retired.did, name=name))),
                       retired.private_key)
        _, current = issuer.unlock_key(added.provider, PASSPHRASE)
        carried = {k: v for k, v in credential_carrying(added.provider, added.achievement_id, []).items()
                   if k != "proof"}
        carried["issuer"]["id"] = current.did
        carried["credentialSubject"]["achievement"]["endorsement"] = [doc]
        report = verify_doc(added.provider, raw_sign(carried, current.private_key))
        assert report.verdict is Verdict.NOT_VERIFIED and endorsed_lines(report) == [], (name, report.lines())
        assert report.endorsements[0].status is EndorsementStatus.INVALID


def test_an_unknown_key_in_the_guilds_name_is_not_an_endorsement(added: Pair) -> None:
    fresh = generate_key()
    _, guild = guild_of(added)
    in_name = raw_sign(unsigned(added, issuer={"id": did_of(fresh), "type": ["Profile"], "name": GUILD}), fresh)
    report = verify_doc(added.provider, provider_signs(added, [in_name]))
    assert report.verified and endorsed_lines(report) == []  # the credential is genuine; the endorsement is nothing
    [result] = report.endorsements
    assert result.status is EndorsementStatus.UNKNOWN_KEY and "signed by an unknown key" in result.message
    with pytest.raises(ValidationError, match="which you have not imported as trusted"):
        endorsements.add_endorsement(added.provider, added.achievement_id, write(added, in_name))
    # under the guild's DID, with the unknown key: the issuer does not hold the key
    refused_everywhere(added, raw_sign(unsigned(added), fresh))
    # the guild's DID, the unknown key as its "fragment": not a key of that DID
    refused_everywhere(added, raw_sign(unsigned(added), fresh, vm=f"{guild.did}#{did_of(fresh).split(':')[-1]}"),
                       "fragment does not match")


def test_the_guilds_key_under_another_did_is_refused(added: Pair) -> None:
    key, _ = guild_of(added)
    other = did_of(generate_key())
    refused_everywhere(added, raw_sign(unsigned(added, issuer={"id": other, "type": ["Profile"], "name": GUILD}), key))


# --- (c) replays: a real endorsement carried by what it does not endorse ------------------------


def test_a_real_endorsement_of_another_achievement_or_version_is_refused(added: Pair) -> None:
    key, guild = guild_of(added)
    crane = endorsement_by(key, guild, version_id(added, added.other_id))
    refused_everywhere(added, crane, "not this credential's achievement", genuine=True)
    # version 2 of Forklift Safety: the genuine endorsement of version 1 does not endorse it
    genuine = load(added.endorsement)
    spec = ach.get_achievement(added.provider, added.achievement_id).spec
    ach.update_achievement(added.provider, added.achievement_id,
                           ach.AchievementSpec(**{**vars(spec), "description": "Now with pallets."}))
    report = verify_doc(added.provider, credential_carrying(added.provider, added.achievement_id, [genuine]))
    assert report.verdict is Verdict.NOT_VERIFIED and endorsed_lines(report) == []
    assert "not this credential's achievement" in report.summary


def test_a_real_endorsement_in_an_unknown_issuers_credential_is_not_shown_as_one(added: Pair) -> None:
    """Anyone can copy an endorsed achievement, id and endorsements, into a credential of their own:
    the endorsement verifies, but it vouches for the achievement, not for them."""
    forger = generate_key()
    doc = {k: v for k, v in credential_carrying(added.provider, added.achievement_id,
                                                [load(added.endorsement)]).items() if k != "proof"}
    doc["issuer"] = {**doc["issuer"], "id": did_of(forger), "name": "Fly-by-night Academy"}
    report = verify_doc(added.provider, raw_sign(doc, forger))
    assert report.verdict is Verdict.UNKNOWN_ISSUER and endorsed_lines(report) == []
    [result] = report.endorsements
    assert result.status is EndorsementStatus.WITHHELD and "it is not shown as one" in result.message
    assert [c.ok for c in report.checks if c.name == "endorsement"] == [None]


def test_a_credential_that_does_not_verify_says_no_endorsed_by(added: Pair) -> None:
    genuine = load(added.endorsement)
    not_yet = provider_signs(added, [genuine], lambda d: d.__setitem__("validFrom", "2099-01-01T00:00:00Z"))
    report = verify_doc(added.provider, not_yet)
    assert report.verdict is Verdict.NOT_VERIFIED and endorsed_lines(report) == []
    assert report.endorsements[0].status is EndorsementStatus.WITHHELD
    # downgraded by the workspace's own rules after the credential itself verified: the same (a
    # trusted partner copying this workspace's endorsed achievement, under this workspace's name)
    partner = generate_key()
    card = added.folder / "partner-card.json"
    card.write_bytes(export_issuer_card("Harbour College", partner))
    issuer.import_trusted_issuer(added.provider, card)
    posing = {k: v for k, v in credential_carrying(added.provider, added.achievement_id, [genuine]).items()
              if k != "proof"}
    posing["issuer"] = {**posing["issuer"], "id": did_of(partner)}
    report = verify_doc(added.provider, raw_sign(posing, partner))
    assert report.verdict is Verdict.NOT_VERIFIED and "reads as the name of this workspace" in report.summary
    assert endorsed_lines(report) == [] and report.endorsements[0].status is EndorsementStatus.WITHHELD
    # and a genuine one still says it
    assert endorsed_lines(verify_doc(added.provider, provider_signs(added, [genuine])))


def test_the_subject_id_must_be_the_achievements_letter_for_letter(added: Pair) -> None:
    key, guild = guild_of(added)
    vid = version_id(added)
    for subject in (vid.upper().replace("URN:UUID:", "urn:uuid:"), "URN:UUID:" + vid[9:], vid.upper()):
        refused_everywhere(added, endorsement_by(key, guild, subject), "not this credential's achievement",
                           genuine=True)
    # ids no JSON-LD processor keeps as they are cannot even be signed
    for subject in (vid + " ", " " + vid, vid + "\u200b", vid[9:], vid.replace(":", "\uff1a", 1)):
        with pytest.raises(CredentialError):
            check_document(unsigned(added, credentialSubject={"id": subject, "type": ["EndorsementSubject"]}))


# --- (b) the learner: editing a credential that carries a real endorsement ------------------------


def test_a_learners_edits_that_keep_the_signed_statements_do_not_fake_an_endorsement(added: Pair) -> None:
    genuine = load(added.endorsement)
    doc = credential_carrying(added.provider, added.achievement_id, [genuine])
    carried = doc["credentialSubject"]["achievement"]
    # the same endorsement twice: the signed statements are the same, the report is not fooled
    twice = copy.deepcopy(doc)
    twice["credentialSubject"]["achievement"]["endorsement"] = [genuine, genuine]
    report = verify_doc(added.provider, twice)
    assert report.verdict is Verdict.NOT_VERIFIED and endorsed_lines(report) == []
    # the comment moved out of the endorsement onto the achievement (one node in the credential's
    # signed statements): the credential's signature holds, the endorsement's does not
    moved = copy.deepcopy(doc)
    comment = moved["credentialSubject"]["achievement"]["endorsement"][0]["credentialSubject"].pop(
        "endorsementComment")
    moved["credentialSubject"]["achievement"]["endorsementComment"] = comment
    report = verify_doc(added.provider, moved)
    assert endorsed_lines(report) == [] and not report.verified
    # any other change breaks the credential's own signature, and nothing inside is vouched for
    changed = copy.deepcopy(doc)
    changed["credentialSubject"]["achievement"]["endorsement"][0]["issuer"]["name"] = "Siemens AG"
    report = verify_doc(added.provider, changed)
    assert not report.verified and endorsed_lines(report) == []
    assert carried["endorsement"] == [genuine]


# --- contexts inside the embedded endorsement ----------------------------------------------------

CONTEXTS: dict[str, list[Any]] = {
    "older OB context (3.0.2)": [V2, OB302],
    "order swapped": [OB303, V2],
    "extra OB extensions context": [V2, OB303, "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json"],
    "@vocab context (undefined terms)": [V2, OB303, "https://www.w3.org/ns/credentials/undefined-terms/v2"],
    "inline context first": [{"endorsementComment": "https://example.org/comment"}, V2, OB303],
    "inline redefinition of endorsementComment": [V2, OB303, {"endorsementComment": "https://example.org/c"}],
    "inline alias of endorsementComment": [V2, OB303, {"note": OB_VOCAB + "endorsementComment"}],
    "inline same definition of name": [V2, OB303, {"name": "https://schema.org/name"}],
    "inline @vocab": [V2, OB303, {"@vocab": "https://example.org/"}],
}


@pytest.mark.parametrize("label", sorted(CONTEXTS))
def test_an_embedded_endorsements_own_context_never_changes_what_is_shown(added: Pair, label: str) -> None:
    try:
        doc = by_guild(added, unsigned(added, **{"@context": CONTEXTS[label]}))
        outer = provider_signs(added, [doc])
    except CredentialError:
        return  # no JSON-LD processor in safe mode turns it into statements: nothing can be signed
    report = verify_doc(added.provider, outer)
    shows_only_what_was_signed(report, doc)
    if endorsed_lines(report):
        # shown only when it is also added as it is, and carried by credentials issued afterwards
        endorsements.add_endorsement(added.provider, added.achievement_id, write(added, doc))
    else:
        with pytest.raises(ValidationError):
            endorsements.add_endorsement(added.provider, added.achievement_id, write(added, doc))


def test_a_comment_written_under_another_term_is_refused(added: Pair) -> None:
    doc = unsigned(added, **{"@context": [V2, OB303, {"note": OB_VOCAB + "endorsementComment"}]})
    doc["credentialSubject"] = {"id": version_id(added), "type": ["EndorsementSubject"], "note": "Mandatory by law."}
    refused_everywhere(added, by_guild(added, doc), "different endorsement comment")


def test_a_lookalike_key_under_vocab_is_never_shown_as_the_comment(added: Pair) -> None:
    doc = unsigned(added, **{"@context": [V2, OB303, "https://www.w3.org/ns/credentials/undefined-terms/v2"]})
    doc["credentialSubject"]["endorsementcomment"] = "Mandatory for all drivers by law."
    signed = by_guild(added, doc)
    report = verify_doc(added.provider, provider_signs(added, [signed]))
    [line] = endorsed_lines(report)
    assert COMMENT in line and "Mandatory" not in line


def test_an_endorsement_that_verifies_alone_but_cannot_be_carried_is_not_added(added: Pair) -> None:
    """The OB 3.0.2 context redefines protected terms of 3.0.3: alone it verifies, inside a credential
    it cannot be processed, so every credential issued afterwards would fail to be signed."""
    doc = by_guild(added, unsigned(added, **{"@context": [V2, OB302], "id": f"urn:uuid:{uuid.uuid4()}"}))
    assert verify_doc(added.provider, doc, "alone.json").verified
    with pytest.raises(ValidationError, match="could not carry it"):
        endorsements.add_endorsement(added.provider, added.achievement_id, write(added, doc))
    assert len(endorsements.list_endorsements(added.provider, added.achievement_id)) == 1


# --- names and comments: duplicates, confusables, controls ----------------------------------------


def test_a_duplicate_key_in_an_endorsement_is_refused(added: Pair) -> None:
    text = json.dumps(load(added.endorsement), ensure_ascii=False)
    forged = text.replace(f'"name": "{GUILD}"', f'"name": "Siemens AG", "name": "{GUILD}"', 1)
    assert forged != text
    path = added.folder / "dup.json"
    path.write_text(forged, encoding="utf-8")
    assert verification.verify_path(added.provider, path).verdict is Verdict.UNREADABLE
    with pytest.raises(ValidationError, match="twice in one object"):
        endorsements.add_endorsement(added.provider, added.achievement_id, path)
    outer = json.dumps(credential_carrying(added.provider, added.achievement_id, [load(added.endorsement)]),
                       ensure_ascii=False)
    path.write_text(outer.replace(f'"name": "{GUILD}"', f'"name": "Siemens AG", "name": "{GUILD}"', 1),
                    encoding="utf-8")
    report = verification.verify_path(added.provider, path)
    assert report.verdict is Verdict.UNREADABLE and endorsed_lines(report) == []


@pytest.mark.parametrize("name", ["Guild of Emplоyers", "Guild of Em\u200bployers", f"{GUILD}\u202e",
                                  f"\u2067{GUILD}\u2069", "Gui1d of Employers", "Siemens AG"])
def test_a_trusted_endorser_writing_a_lookalike_name_is_refused(added: Pair, name: str) -> None:
    key, guild = guild_of(added)
    doc = endorsement_by(key, ob3.IssuerProfile(did=guild.did, name=name), version_id(added))
    refused_everywhere(added, doc, "but you trusted this key as 'Guild of Employers'")
    expired = endorsement_by(key, ob3.IssuerProfile(did=guild.did, name=name), version_id(added),
                             valid_until=datetime(2026, 2, 1, tzinfo=UTC))
    report = verify_doc(added.provider, provider_signs(added, [expired]))
    # expired or not, it is not "the endorsement by <that name>"
    assert name not in " ".join(e.message for e in report.endorsements if e.status is not EndorsementStatus.INVALID)


def test_controls_in_a_signed_comment_cannot_forge_a_report_line(added: Pair, capsys: pytest.CaptureFixture[str]
                                                                   ) -> None:
    key, guild = guild_of(added)
    comment = "Good.\n  [ok ] Endorsed by Siemens AG\u2069\u202e!dehsilbup"
    doc = endorsement_by(key, guild, version_id(added), comment=comment)
    report = verify_doc(added.provider, provider_signs(added, [doc]))
    [line] = endorsed_lines(report)  # one line: the break inside the comment is shown as \\n
    assert "\\n  [ok ] Endorsed by Siemens AG" in line
    path = write(added, provider_signs(added, [doc]), "controls.json")
    assert main(["--workspace", str(added.provider.folder), "verify", str(path)]) == 0
    out = capsys.readouterr().out
    assert "\u202e" not in out and "\u2069" not in out and "\\u202e" in out  # the terminal sees escapes
    assert sum("Endorsed by" in line for line in out.splitlines()) == 1


# --- proofs -------------------------------------------------------------------------------------------


def test_proof_variants_are_refused(added: Pair) -> None:
    genuine = load(added.endorsement)
    two = copy.deepcopy(genuine)
    two["proof"] = [genuine["proof"][0], copy.deepcopy(genuine["proof"][0])]
    refused_everywhere(added, two, "exactly one DataIntegrityProof")
    suite = copy.deepcopy(genuine)
    suite["proof"][0]["cryptosuite"] = "eddsa-jcs-2022"
    refused_everywhere(added, suite, "exactly one DataIntegrityProof")
    purpose = by_guild(added, {k: v for k, v in genuine.items() if k != "proof"}, purpose="authentication")
    refused_everywhere(added, purpose, "purpose is not assertionMethod")
    unsigned_copy = {k: v for k, v in genuine.items() if k != "proof"}
    refused_everywhere(added, unsigned_copy, "not signed")


# --- dates ----------------------------------------------------------------------------------------------


def test_dates_are_the_signed_ones(added: Pair) -> None:
    key, guild = guild_of(added)
    future = endorsement_by(key, guild, version_id(added), valid_from=datetime.now(UTC) + timedelta(days=2))
    refused_everywhere(added, future, "only becomes valid")
    just_passed = endorsement_by(key, guild, version_id(added), valid_from=datetime(2026, 1, 5, tzinfo=UTC),
                                 valid_until=datetime.now(UTC).replace(microsecond=0) - timedelta(seconds=2))
    report = verify_doc(added.provider, provider_signs(added, [just_passed]))
    assert report.verified and endorsed_lines(report) == []  # the credential stands; the endorsement has ended
    assert report.endorsements[0].status is EndorsementStatus.EXPIRED
    with pytest.raises(ValidationError, match="Expired"):
        endorsements.add_endorsement(added.provider, added.achievement_id, write(added, just_passed))


# --- size and count ---------------------------------------------------------------------------------------


def test_a_huge_endorsement_is_refused(added: Pair) -> None:
    doc = unsigned(added, id=f"urn:uuid:{uuid.uuid4()}")
    doc["credentialSubject"]["endorsementComment"] = "Excellent. " * 30_000
    huge = by_guild(added, doc)
    refused_everywhere(added, huge, "larger than an endorsement ever is")


def test_many_endorsements_are_refused_quickly(added: Pair) -> None:
    genuine = load(added.endorsement)
    body = {k: v for k, v in genuine.items() if k != "proof"}
    key, _ = guild_of(added)
    many = [raw_sign({**body, "id": f"urn:uuid:{uuid.uuid4()}"}, key) for _ in range(E.MAX_ENDORSEMENTS + 1)]
    report = verify_doc(added.provider, provider_signs(added, many))
    assert report.verdict is Verdict.NOT_VERIFIED and endorsed_lines(report) == []
    assert f"carries {E.MAX_ENDORSEMENTS + 1} endorsements" in report.summary
    # ten thousand: refused by the limits on any credential before anything is canonicalised
    outer = credential_carrying(added.provider, added.achievement_id, [])
    outer["credentialSubject"]["achievement"]["endorsement"] = [dict(genuine, id=f"urn:uuid:{i:032x}")
                                                                for i in range(10_000)]
    report = verify_doc(added.provider, outer)
    assert not report.verified and endorsed_lines(report) == []


def test_an_achievement_carries_a_bounded_number_of_endorsements(added: Pair, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(E, "MAX_ENDORSEMENTS", 1)  # the guild's genuine one is carried already
    key, guild = guild_of(added)
    second = endorsement_by(key, guild, version_id(added), comment="Again.")
    with pytest.raises(ValidationError, match="carries 1 endorsements already"):
        endorsements.add_endorsement(added.provider, added.achievement_id, write(added, second))


def test_an_endorser_name_beyond_the_limit_is_not_added_cut_short(added: Pair, tmp_path: Path) -> None:
    long_name = ("Guild " + "of Employers and Chambers " * 12).strip()
    assert len(long_name) > E.MAX_ENDORSER_NAME_CHARS
    key = generate_key()
    card = tmp_path / "long-card.json"
    card.write_bytes(export_issuer_card(long_name, key))
    before = endorsements.list_endorsements(added.provider, added.achievement_id)
    with pytest.raises(ValidationError, match="characters long"):  # not trusted under a name cut short
        issuer.import_trusted_issuer(added.provider, card)
    doc = endorsement_by(key, ob3.IssuerProfile(did=did_of(key), name=long_name), version_id(added))
    assert not verify_doc(added.provider, doc, "alone.json").verified  # signed, by a key nobody trusts
    with pytest.raises(ValidationError):
        endorsements.add_endorsement(added.provider, added.achievement_id, write(added, doc))
    assert endorsements.list_endorsements(added.provider, added.achievement_id) == before


# --- where and what: nesting, placement, types -------------------------------------------------------


def test_an_endorsement_inside_an_endorsement_is_refused(added: Pair) -> None:
    genuine = load(added.endorsement)
    nesting = copy.deepcopy(genuine)
    nesting["credentialSubject"]["achievement"] = {"endorsement": [genuine]}
    assert not verify_doc(added.provider, nesting, "nested.json").verified
    with pytest.raises(CredentialError):  # no safe JSON-LD processor makes statements of it: nothing to sign
        provider_signs(added, [nesting])
    unsigned_outer = credential_carrying(added.provider, added.achievement_id, [])
    unsigned_outer["credentialSubject"]["achievement"]["endorsement"] = [nesting]
    report = verify_doc(added.provider, unsigned_outer)
    assert not report.verified and endorsed_lines(report) == []
    with pytest.raises(ValidationError):
        endorsements.add_endorsement(added.provider, added.achievement_id, write(added, nesting))


@pytest.mark.parametrize("where", [("endorsement",), ("issuer", "endorsement"), ("credentialSubject", "endorsement")])
@pytest.mark.parametrize("with_context", [True, False])
def test_an_endorsement_placed_elsewhere_is_never_shown(added: Pair, where: tuple[str, ...],
                                                         with_context: bool) -> None:
    genuine = load(added.endorsement)
    item = genuine if with_context else {k: v for k, v in genuine.items() if k != "@context"}

    def place(doc: dict[str, Any]) -> None:
        del doc["credentialSubject"]["achievement"]["endorsement"]
        node = doc
        for part in where[:-1]:
            node = node[part]
        node[where[-1]] = [copy.deepcopy(item)]

    try:
        outer = provider_signs(added, [], place)
    except CredentialError:
        return
    report = verify_doc(added.provider, outer)
    assert not report.verified and endorsed_lines(report) == [] and report.endorsements == []


@pytest.mark.parametrize("types", [["VerifiableCredential"], ["VerifiableCredential", "OpenBadgeCredential"],
                                   ["VerifiableCredential", "EndorsementCredential", "OpenBadgeCredential"]])
def test_types_decide_nothing_the_signature_does_not(added: Pair, types: list[str]) -> None:
    doc = by_guild(added, unsigned(added, type=types))
    report = verify_doc(added.provider, provider_signs(added, [doc]))
    shows_only_what_was_signed(report, doc)
    if "EndorsementCredential" not in types:
        assert not report.verified and endorsed_lines(report) == []
        with pytest.raises(ValidationError, match="is not an endorsement"):
            endorsements.add_endorsement(added.provider, added.achievement_id, write(added, doc))


# --- the import path: every forgery above, refused and nothing kept -----------------------------------


def test_adding_refuses_each_forgery(added: Pair) -> None:
    key, guild = guild_of(added)
    _, own = workspace_key(added.provider, PASSPHRASE)
    fresh = generate_key()
    vid = version_id(added)
    forgeries = {
        "own key, guild's DID": raw_sign(unsigned(added, issuer=ob3.profile_object(guild)), own.private_key),
        "own key and DID, famous name": raw_sign(unsigned(added, issuer={"id": own.did, "type": ["Profile"],
                                                                         "name": "Siemens AG"}), own.private_key),
        "unknown key, guild's name": raw_sign(unsigned(added, issuer={"id": did_of(fresh), "type": ["Profile"],
                                                                      "name": GUILD}), fresh),
        "other achievement": endorsement_by(key, guild, version_id(added, added.other_id)),
        "subject in capitals": endorsement_by(key, guild, vid.upper()),
        "future": endorsement_by(key, guild, vid, valid_from=datetime.now(UTC) + timedelta(days=2)),
        "expired": endorsement_by(key, guild, vid, valid_until=datetime(2026, 2, 1, tzinfo=UTC)),
        "renamed": endorsement_by(key, ob3.IssuerProfile(did=guild.did, name="Siemens AG"), vid),
        "older context": by_guild(added, unsigned(added, **{"@context": [V2, OB302]})),
        "huge": by_guild(added, unsigned(added, credentialSubject={
            "id": vid, "type": ["EndorsementSubject"], "endorsementComment": "x" * (E.MAX_ENDORSEMENT_CHARS + 1)})),
    }
    for label, doc in forgeries.items():
        doc = dict(doc, id=f"urn:uuid:{uuid.uuid4()}") if label == "huge" else doc
        with pytest.raises(ValidationError):
            endorsements.add_endorsement(added.provider, added.achievement_id, write(added, doc, f"{label}.json"))
    assert len(endorsements.list_endorsements(added.provider, added.achievement_id)) == 1


def test_a_standalone_forged_endorsement_fails_badgesmith_verify(added: Pair, capsys: pytest.CaptureFixture[str]
                                                                 ) -> None:
    _, own = workspace_key(added.provider, PASSPHRASE)
    forged = raw_sign(unsigned(added, issuer={"id": own.did, "type": ["Profile"], "name": "Siemens AG"}),
                      own.private_key)
    path = write(added, forged, "siemens.json")
    assert main(["--workspace", str(added.provider.folder), "verify", str(path)]) == 1
    out = capsys.readouterr().out
    assert "NOT VERIFIED" in out and "Endorsed by" not in out
    genuine = added.folder / "endorsement.json"
    assert main(["--workspace", str(added.provider.folder), "verify", str(genuine)]) == 0
    assert f"Endorsed by {GUILD}" in capsys.readouterr().out
