"""Endorsements of achievements (OB 3.0 ``EndorsementCredential``), for the GUI and the CLI alike.

- The provider exports an endorsement request: the achievement's current version exactly as its
  credentials carry it, and the provider's Profile (:func:`export_request`).
- Anyone with a Badgesmith workspace (an employer, a professional body) signs an endorsement
  from it with their own key (:func:`endorse`).
- The provider adds the signed endorsement (:func:`add_endorsement`): it is verified as the
  Verify page verifies anything, must come from a key the provider trusts (an imported issuer
  card: a name in a file proves nothing) and must endorse a version of this very achievement.
  Credentials issued afterwards for that version carry it (credential_data.endorsements_of);
  an endorsed version is frozen like an issued one (achievements.update_achievement).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select

from badgesmith.core.credentials import endorsement as E
from badgesmith.core.credentials import ob3
from badgesmith.core.credentials.dataintegrity import parse_xsd_datetime, sign
from badgesmith.core.credentials.dataintegrity import verify as verify_proof
from badgesmith.core.credentials.didweb import signing_method
from badgesmith.core.credentials.errors import CredentialError
from badgesmith.core.credentials.jsontext import read_json
from badgesmith.core.credentials.safejsonld import check_document
from badgesmith.core.credentials.verify import Verdict, carried_problem
from badgesmith.core.errors import NotFound, ValidationError
from badgesmith.core.fileio import atomic_write_text, read_limited
from badgesmith.core.said import QT_TRANSLATE_NOOP, Said, said
from badgesmith.core.services import issuer, verification
from badgesmith.core.services.achievements import achievement_of_iri, current_version
from badgesmith.core.services.credential_data import issue_context, issuer_profile
from badgesmith.core.services.shared_database import require
from badgesmith.core.store import audit
from badgesmith.core.store.models import (
    Achievement,
    AchievementEndorsement,
    AchievementVersion,
    IssuerProfile,
    utcnow,
)
from badgesmith.core.store.roles import Role
from badgesmith.core.store.workspace import Workspace

VALID, EXPIRED, EARLIER = "valid", "expired", "earlier-version"


@dataclass(frozen=True)
class EndorsementInfo:
    """One endorsement the provider added, as signed, and where it stands now."""

    id: int
    achievement_id: int
    credential_id: str
    endorser_name: str
    endorser_did: str
    comment: str | None
    valid_until: date | None
    added: date
    version: int  # the number of the endorsed version
    status: str  # VALID | EXPIRED | EARLIER
    sentence: Said  # the status in words

    @property
    def carried(self) -> bool:
        """Credentials issued now carry it."""
        return self.status == VALID


@dataclass(frozen=True)
class SignedEndorsement:
    """What ``endorse`` wrote."""

    path: Path
    credential_id: str
    achievement_name: str
    provider_name: str
    valid_until: date | None


# --- the provider: the request -----------------------------------------------------------------


def endorsement_request(ws: Workspace, achievement_id: int) -> dict[str, Any]:
    """The request for the achievement's current version: its Achievement and the provider's
    Profile exactly as issued credentials carry them (credential_data.issue_context)."""
    did = issuer.get_issuer(ws).did
    if did is None:
        raise NotFound(said(QT_TRANSLATE_NOOP("core", "This workspace has no signing key yet: set up the issuer "
                                                      "first.")))
    with ws.read_session() as s:
        ctx = issue_context(s, None, current_version(s, achievement_id), did)
    return E.build_request(ob3.achievement_object(ctx.achievement), ob3.profile_object(ctx.issuer))


def export_request(ws: Workspace, achievement_id: int, out: Path) -> Path:
    return atomic_write_text(out, E.request_text(endorsement_request(ws, achievement_id)))


def read_request(path: Path) -> E.EndorsementRequest:
    path = Path(path)
    return E.read_request(read_limited(path, E.MAX_REQUEST_BYTES, "an endorsement request"), path.name)


# --- the endorser: signing ---------------------------------------------------------------------


def endorse(ws: Workspace, request: Path, out: Path, passphrase: str | None, *, comment: str | None = None,
            valid_until: date | None = None, now: datetime | None = None) -> SignedEndorsement:
    """Sign an endorsement of the achievement in ``request`` with this workspace's current key and
    write it to ``out``. The endorser is named by the key's did:key even when this workspace is
    bound to a domain (did:web): whoever receives it verifies it offline, without that domain."""
    now = (now or datetime.now(UTC)).replace(microsecond=0)
    wanted = read_request(request)
    text = E.check_comment(comment)
    until = E.check_valid_until(valid_until, now.astimezone(UTC).date())
    _, key = issuer.unlock_key(ws, passphrase)
    with ws.read_session() as s:
        profile = s.scalar(select(IssuerProfile))
        if profile is None:
            raise NotFound(said(QT_TRANSLATE_NOOP("core", "This workspace has no issuer yet; set it up first.")))
        own = achievement_of_iri(s, wanted.achievement_id) is not None
        endorser = replace(issuer_profile(profile, key.did), did=key.did)
    provider_key = issuer.known_keys(ws).get(wanted.provider_id or "")
    if own or (provider_key is not None and provider_key.status.startswith("own")):
        raise ValidationError(said(QT_TRANSLATE_NOOP(
            "core", "{achievement} is an achievement of this workspace: an endorsement comes from someone else, "
                    "an employer or a professional body, in their own Badgesmith."),
            achievement=wanted.achievement_name))
    doc = E.build_and_check_endorsement(E.EndorsementInput(
        endorser=endorser, achievement_id=wanted.achievement_id, achievement_name=wanted.achievement_name,
        provider_name=wanted.provider_name, valid_from=now, valid_until=until, comment=text))
    raw = key.private_key.public_key().public_bytes_raw()
    signed = sign(doc, key.private_key, signing_method(key.did, raw), now)
    atomic_write_text(out, json.dumps(signed, ensure_ascii=False, indent=2) + "\n")
    with ws.session() as s:
        audit.append(s, "endorsement.signed", signed["id"], achievement=wanted.achievement_id,
                     provider=wanted.provider_id or wanted.provider_name)
    return SignedEndorsement(Path(out), signed["id"], wanted.achievement_name, wanted.provider_name,
                             until.date() if until else None)


# --- the provider: adding a signed endorsement -------------------------------------------------


def add_endorsement(ws: Workspace, achievement_id: int, path: Path) -> EndorsementInfo:
    """Verify the endorsement in ``path`` and keep it for the achievement; ValidationError with
    the reason otherwise (nothing is stored)."""
    require(ws, Role.ISSUER)
    path = Path(path)
    # UTF-8 takes at most 4 bytes a character; the character limit itself is checked on verifying
    data = read_limited(path, 4 * E.MAX_ENDORSEMENT_CHARS, "an endorsement")
    try:
        doc = read_json(data.decode("utf-8"), "endorsement")
    except (CredentialError, UnicodeDecodeError) as exc:
        raise ValidationError(said(QT_TRANSLATE_NOOP("core", "{file} does not hold an endorsement that can be "
                                                             "read: {problem}"), file=path.name,
                                   problem=getattr(exc, "message", None) or "it is not UTF-8 JSON")) from None
    if isinstance(doc, dict) and doc.get("type") == E.REQUEST_TYPE:
        raise ValidationError(said(QT_TRANSLATE_NOOP(
            "core", "{file} is an endorsement request, not an endorsement: send it to the endorser, who signs it in "
                    "their Badgesmith (File ▸ Endorse an achievement…, or badgesmith endorse), and add what they send back."), file=path.name))
    if not E.is_endorsement(doc):
        raise ValidationError(said(QT_TRANSLATE_NOOP(
            "core", "{file} is not an endorsement (an Open Badges EndorsementCredential)."), file=path.name))
    # the Verify page's whole check, on the very bytes read above (the file may change meanwhile)
    report = verification.verify_data(ws, path.name, data)
    if report.verdict is Verdict.UNKNOWN_ISSUER:
        raise ValidationError(said(QT_TRANSLATE_NOOP(
            "core", "{file} was not added: it is signed by the key {fingerprint}, which you have not imported as "
                    "trusted. Anyone can sign in any name: import the endorser's issuer card (Settings ▸ Trusted "
                    "issuers), compare its fingerprint with theirs, and add the endorsement again."),
            file=path.name, fingerprint=report.facts.get(verification.ISSUER_KEY, "?")))
    if not report.verified:
        raise ValidationError(said(QT_TRANSLATE_NOOP("core", "{file} was not added: {reason}"), file=path.name,
                                   reason=report.summary))
    proof = verify_proof(doc)  # the facts as signed (the report above checked them; these are kept)
    facts = proof.facts
    if facts is None or not facts.credential_id or not facts.subject_id or not facts.issuer_id:
        raise ValidationError(said(QT_TRANSLATE_NOOP(
            "core", "{file} was not added: its signed content names no id, endorser or endorsed achievement."),
            file=path.name))
    keys = issuer.known_keys(ws)
    known = keys.get(proof.key_did or "")
    if known is not None and known.status.startswith("own"):
        raise ValidationError(said(QT_TRANSLATE_NOOP(
            "core", "{file} was not added: it is signed by this workspace's own key, and an endorsement must come "
                    "from someone else."), file=path.name))
    if len(facts.issuer_name or "") > E.MAX_ENDORSER_NAME_CHARS:
        raise ValidationError(said(QT_TRANSLATE_NOOP(
            "core", "{file} was not added: its endorser's name is {count} characters long; Badgesmith keeps names "
                    "of at most {limit}."), file=path.name, count=len(facts.issuer_name or ""),
            limit=E.MAX_ENDORSER_NAME_CHARS))
    with ws.session() as s:
        version = _endorsed_version(s, achievement_id, facts.subject_id, path.name)
        if s.scalar(select(AchievementEndorsement.id).where(
                func.lower(AchievementEndorsement.credential_id) == facts.credential_id.lower())) is not None:
            raise ValidationError(said(QT_TRANSLATE_NOOP("core", "This endorsement was added already.")))
        _check_carried(s, ws, version, doc, facts, proof.key_did, keys, path.name)
        until = parse_xsd_datetime(facts.valid_until) if facts.valid_until else None
        row = AchievementEndorsement(
            achievement_id=achievement_id, subject_uuid=version.uuid, credential_id=facts.credential_id,
            endorser_name=facts.issuer_name or "", endorser_did=facts.issuer_id, valid_until=until,
            signed_json=json.dumps(doc, ensure_ascii=False))
        s.add(row)
        s.flush()
        audit.append(s, "endorsement.added", facts.credential_id, achievement=achievement_id,
                     version=version.number, endorser=facts.issuer_id)
        return _info(row, {version.uuid: version.number}, current_version(s, achievement_id).uuid, utcnow())


def _check_carried(s: Any, ws: Workspace, version: AchievementVersion, doc: dict[str, Any], facts: Any,
                   key_did: str | None, keys: dict[str, Any], name: str) -> None:
    """Refuse an endorsement that the version's credentials could not carry, or that a verifier
    would not show as an endorsement inside them: it is added only if it stands there exactly as
    verify_credential will check it (the same rule, verify.carried_problem), next to the ones the
    version carries already, within the limits a credential has. Otherwise every credential
    issued afterwards would fail to be signed, or would say "Not verified"."""
    did = issuer.get_issuer(ws).did
    if did is None:
        raise NotFound(said(QT_TRANSLATE_NOOP("core", "This workspace has no signing key yet: set up the issuer "
                                                      "first.")))
    ctx = issue_context(s, None, version, did)

    def trust(k: str) -> str:
        known = keys.get(k)
        return known.status if known is not None else "unknown"

    problem = carried_problem(
        subject_id=facts.subject_id, endorser_did=facts.issuer_id, endorser_name=facts.issuer_name,
        endorser_key=key_did, achievement_id=ctx.achievement.id, issuer_did=ctx.issuer.did,
        issuer_name=ctx.issuer.name, issuer_key=did, key_trust=trust)
    if problem:
        raise ValidationError(said(QT_TRANSLATE_NOOP("core", "{file} was not added: {reason}"), file=name,
                                   reason=problem))
    carried = (*ctx.achievement.endorsements, doc)
    if len(carried) > E.MAX_ENDORSEMENTS:
        raise ValidationError(said(QT_TRANSLATE_NOOP(
            "core", "{file} was not added: this version carries {count} endorsements already, the most a credential "
                    "carries. Remove one that no longer matters first."), file=name, count=len(carried) - 1))
    probe = ob3.build_credential(ob3.CredentialInput(
        issuer=ctx.issuer, achievement=replace(ctx.achievement, endorsements=carried),
        recipient=ob3.RecipientInfo("Endorsement check"), valid_from=utcnow()))
    try:
        check_document(probe)
    except CredentialError as exc:
        raise ValidationError(said(QT_TRANSLATE_NOOP(
            "core", "{file} was not added: it verifies on its own, but the credentials of this version could not "
                    "carry it: {problem}"),
            file=name, problem=exc.message)) from None


def _endorsed_version(s: Any, achievement_id: int, subject: str, name: str) -> AchievementVersion:
    """The version of this achievement the endorsement endorses; ValidationError when it endorses
    another achievement (of this workspace or not)."""
    achievement = s.get(Achievement, achievement_id)
    if achievement is None:
        raise NotFound(said(QT_TRANSLATE_NOOP("core", "There is no achievement with id {id}."), id=achievement_id))
    this = current_version(s, achievement_id).name
    owner = achievement_of_iri(s, subject)
    if owner is None:
        raise ValidationError(said(QT_TRANSLATE_NOOP(
            "core", "{file} was not added: it endorses {subject}, which is not a version of {achievement} (nor any "
                    "achievement of this workspace)."), file=name, subject=subject, achievement=this))
    if owner != achievement_id:
        raise ValidationError(said(QT_TRANSLATE_NOOP(
            "core", "{file} was not added: it endorses {other}, not {achievement}. Add it to {other}."),
            file=name, other=current_version(s, owner).name, achievement=this))
    uuid = subject[len("urn:uuid:"):].strip().lower()
    return next(v for v in achievement.versions if v.uuid.lower() == uuid)


# --- the list ----------------------------------------------------------------------------------


def list_endorsements(ws: Workspace, achievement_id: int, now: datetime | None = None) -> list[EndorsementInfo]:
    """The achievement's endorsements, oldest first, each with where it stands now."""
    now = now or utcnow()
    with ws.read_session() as s:
        if s.get(Achievement, achievement_id) is None:
            raise NotFound(said(QT_TRANSLATE_NOOP("core", "There is no achievement with id {id}."), id=achievement_id))
        numbers = {uuid: number for uuid, number in s.execute(select(AchievementVersion.uuid, AchievementVersion.number)
                                                              .where(AchievementVersion.achievement_id == achievement_id))}
        current = current_version(s, achievement_id).uuid
        rows = s.scalars(select(AchievementEndorsement).where(AchievementEndorsement.achievement_id == achievement_id)
                         .order_by(AchievementEndorsement.id))
        return [_info(r, numbers, current, now) for r in rows]


def _info(r: AchievementEndorsement, numbers: dict[str, int], current: str, now: datetime) -> EndorsementInfo:
    doc = json.loads(r.signed_json)
    subject = doc.get("credentialSubject") if isinstance(doc, dict) else None
    comment = subject.get("endorsementComment") if isinstance(subject, dict) else None
    number = numbers.get(r.subject_uuid, 0)
    until = r.valid_until.astimezone(UTC).date() if r.valid_until else None
    if r.subject_uuid != current:
        status, sentence = EARLIER, said(QT_TRANSLATE_NOOP(
            "core", "For version {number}, an earlier version: credentials of the current version do not carry it "
                    "(they award another achievement id). Ask {endorser} to endorse the current version."),
            number=number, endorser=r.endorser_name)
    elif r.valid_until is not None and r.valid_until <= now:
        status, sentence = EXPIRED, said(QT_TRANSLATE_NOOP(
            "core", "Expired on {day}: new credentials no longer carry it."), day=until)
    else:
        status, sentence = VALID, said(QT_TRANSLATE_NOOP(
            "core", "Valid: credentials you issue for version {number} from now on carry it."), number=number)
    return EndorsementInfo(r.id, r.achievement_id, r.credential_id, r.endorser_name, r.endorser_did,
                           comment if isinstance(comment, str) else None, until,
                           r.added_at.astimezone(UTC).date(), number, status, sentence)


def remove_endorsement(ws: Workspace, endorsement_id: int) -> None:
    """Stop carrying an endorsement in new credentials (those issued already keep theirs)."""
    require(ws, Role.ISSUER)
    with ws.session() as s:
        row = s.get(AchievementEndorsement, endorsement_id)
        if row is None:
            raise NotFound(said(QT_TRANSLATE_NOOP("core", "That endorsement is not in this workspace.")))
        audit.append(s, "endorsement.removed", row.credential_id, achievement=row.achievement_id)
        s.execute(delete(AchievementEndorsement).where(AchievementEndorsement.id == endorsement_id))
