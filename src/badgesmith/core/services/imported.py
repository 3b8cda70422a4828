"""Credentials learners earned from other issuers, added by the trainer to count towards pathways.

A pathway may name an achievement of another issuer by its IRI (requirements.ExternalRef). The
trainer adds the learner's credential for it (a JSON file or a certificate PDF); it is verified
first, as the Verify page would, and only a credential that verifies, from an issuer the trainer
imported as trusted, issued to this learner by name, is kept. What is stored is read from the
signed data, never from the JSON around it. Whether that issuer has since revoked it cannot be
known offline; the trainer removes it if they learn so.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from badgesmith.core.credentials.dataintegrity import parse_xsd_datetime
from badgesmith.core.credentials.dataintegrity import verify as verify_proof
from badgesmith.core.credentials.errors import CredentialError
from badgesmith.core.credentials.jsontext import read_json
from badgesmith.core.errors import NotFound, ValidationError
from badgesmith.core.fileio import read_limited
from badgesmith.core.paper.pdfembed import extract_credential
from badgesmith.core.services import achievements, issuer, pathway_awards, verification
from badgesmith.core.services.learners import live_learner
from badgesmith.core.services.shared_database import require
from badgesmith.core.store import audit
from badgesmith.core.store.models import Credential, ImportedCredential, utcnow
from badgesmith.core.store.roles import Role
from badgesmith.core.store.workspace import Workspace

MAX_BYTES = verification.MAX_FILE_BYTES


@dataclass(frozen=True)
class ImportedInfo:
    id: int
    learner_id: int
    credential_id: str
    achievement_iri: str
    achievement_name: str
    issuer_name: str
    awarded: date
    valid_until: date | None


def _info(r: ImportedCredential) -> ImportedInfo:
    return ImportedInfo(r.id, r.learner_id, r.credential_id, r.achievement_iri, r.achievement_name, r.issuer_name,
                        r.awarded_date.astimezone(UTC).date(),
                        r.valid_until.astimezone(UTC).date() if r.valid_until else None)


def _same_name(a: str, b: str) -> bool:
    def norm(x: str) -> str:
        return " ".join(unicodedata.normalize("NFC", x).split()).casefold()
    return norm(a) == norm(b)


def add_credential(ws: Workspace, learner_id: int, path: Path) -> ImportedInfo:
    """Verify the credential in ``path`` (JSON, or a certificate PDF with it inside) and keep it
    as the learner's; ValidationError with the reason otherwise."""
    require(ws, Role.ISSUER)
    path = Path(path)
    data = read_limited(path, MAX_BYTES, "credential")
    try:
        doc = extract_credential(data) if data.startswith(b"%PDF") else read_json(data.decode("utf-8"))
    except (CredentialError, UnicodeDecodeError, ValueError) as exc:
        raise ValidationError(f"{path.name} does not hold a credential that can be read: "
                              f"{getattr(exc, 'message', None) or 'it is not UTF-8 JSON'}") from None
    if not isinstance(doc, dict):
        raise ValidationError(f"{path.name} does not hold a credential.")
    if "ClrCredential" in (doc.get("type") or []):
        raise ValidationError("This is a learner record: add the credentials in it one by one.")
    # the Verify page's whole check, on the very bytes read above (the file may change meanwhile)
    report = verification.verify_data(ws, path.name, data)
    if not report.verified:
        raise ValidationError(f"{path.name} was not added: {report.summary}")
    proof = verify_proof(doc)  # the facts as signed (the report above showed them; these are kept)
    facts, proof_key = proof.facts, proof.key_did
    if facts is None or not facts.credential_id or not facts.achievement_id or not facts.recipient_name:
        raise ValidationError(f"{path.name} was not added: its signed content names no credential id, "
                              "achievement or recipient.")
    status = issuer.known_keys(ws).get(proof_key or "")
    if status is None or status.status != "trusted":
        raise ValidationError("This credential was issued by this workspace: it is in your register already, "
                              "and counts towards pathways as it is.")
    awarded = parse_xsd_datetime(facts.awarded_date or facts.valid_from)
    until = parse_xsd_datetime(facts.valid_until) if facts.valid_until else None
    if awarded is None:
        raise ValidationError(f"{path.name} was not added: it states no award date.")
    if awarded > utcnow():
        raise ValidationError(f"{path.name} was not added: it says it was awarded on {awarded.day} {awarded:%B %Y}, "
                              "a day still to come.")
    with ws.session() as s:
        learner = live_learner(s, learner_id)
        if not _same_name(facts.recipient_name, learner.name):
            raise ValidationError(f"This credential was issued to {facts.recipient_name}, not {learner.name}.")
        if s.scalar(select(ImportedCredential.id).where(ImportedCredential.credential_id == facts.credential_id)):
            raise ValidationError("This credential was added already.")
        _check_ids(s, facts.credential_id, facts.achievement_id, proof_key or "", status.name, path.name)
        row = ImportedCredential(
            credential_id=facts.credential_id, learner_id=learner_id, achievement_iri=facts.achievement_id,
            achievement_name=(facts.achievement_name or facts.achievement_id)[:200],
            issuer_name=(facts.issuer_name or status.name)[:200], issuer_did=proof_key or "",
            awarded_date=awarded, valid_until=until, signed_json=json.dumps(doc, ensure_ascii=False))
        s.add(row)
        s.flush()
        audit.append(s, "credential.imported", facts.credential_id, learner=learner_id,
                     achievement=facts.achievement_id, issuer=row.issuer_did)
        return _info(row)


def _check_ids(s: Session, credential_id: str, achievement_iri: str, issuer_did: str, issuer_name: str,
               name: str) -> None:
    """An added credential's ids must be its issuer's own: not the id of a credential or an
    achievement of this workspace, nor an achievement another issuer's added credentials name
    (a pathway names an achievement by id alone, so one id is one issuer's achievement)."""
    if s.scalar(select(Credential.id).where(func.lower(Credential.id) == credential_id.lower()).limit(1)):
        raise ValidationError(f"{name} was not added: its id {credential_id} is that of a credential this "
                              "workspace issued.")
    own = achievements.achievement_of_iri(s, achievement_iri)
    if own is not None:
        raise ValidationError(f"{name} was not added: the achievement it names, {achievement_iri}, is "
                              f"'{achievements.current_version(s, own).name}' of this workspace, and only "
                              "this workspace awards that.")
    others = s.scalars(select(ImportedCredential.issuer_name).where(
        ImportedCredential.achievement_iri == achievement_iri, ImportedCredential.issuer_did != issuer_did))
    # the same issuer under a new key (it rotated and sent a new card) keeps its achievements
    if other := next((n for n in others if not _same_name(n, issuer_name)), None):
        raise ValidationError(f"{name} was not added: the achievement it names, {achievement_iri}, is one "
                              f"{other} awards, in credentials added before; another issuer cannot award it.")


def list_for(ws: Workspace, learner_id: int) -> list[ImportedInfo]:
    with ws.read_session() as s:
        rows = s.scalars(select(ImportedCredential).where(ImportedCredential.learner_id == learner_id)
                         .order_by(ImportedCredential.awarded_date, ImportedCredential.id))
        return [_info(r) for r in rows]


def remove(ws: Workspace, imported_id: int) -> None:
    """Forget an added credential (e.g. its issuer revoked it): it no longer counts."""
    require(ws, Role.ISSUER)
    with ws.session() as s:
        row = s.get(ImportedCredential, imported_id)
        if row is None:
            raise NotFound(f"There is no added credential {imported_id}.")
        audit.append(s, "credential.import_removed", row.credential_id, learner=row.learner_id)
        learner_id, iri, cid, name = row.learner_id, row.achievement_iri, row.credential_id, row.achievement_name
        s.execute(delete(ImportedCredential).where(ImportedCredential.id == imported_id))
        pathway_awards.flag_dependants(s, learner_id, iri, cid, f"{name} ({cid}), a credential from another "
                                       f"issuer this pathway credential rests on, was removed on {utcnow():%d %B %Y}.")
