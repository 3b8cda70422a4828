"""Single certificates outside a batch: a fresh PDF of an issued credential, and previews.

The same maker that issues batches renders them (issue_worker.CredentialMaker), so a preview
shows exactly what issuing prints.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from badgesmith.core.credentials.keys import UnlockedKey, did_of, generate_key
from badgesmith.core.errors import NotFound
from badgesmith.core.paper.qrclaim import ClaimFields, claim_qr_payload, encode_claim
from badgesmith.core.paper.render import CertificateData
from badgesmith.core.services import issuer
from badgesmith.core.services.achievements import current_version
from badgesmith.core.services.credential_data import (
    CohortRecords,
    file_stem,
    issue_context,
    make_job,
)
from badgesmith.core.services.issue_worker import CredentialMaker
from badgesmith.core.services.issuing import parse_date_time
from badgesmith.core.services.learners import name_key
from badgesmith.core.store.models import (
    AchievementVersion,
    Cohort,
    Credential,
    Enrolment,
    Learner,
    utcnow,
)
from badgesmith.core.store.workspace import Workspace

SAMPLE_NAME = "Zoë Ñúñez-Çelik"  # a design preview shows how accents and cedillas print


def render_existing(ws: Workspace, credential_id: str, passphrase: str | None) -> tuple[bytes, str]:
    """A fresh certificate PDF for an issued credential (same JSON, a new QR claim by its key)."""
    _, key = issuer.unlock_key(ws, passphrase, credential_id=credential_id)
    with ws.read_session() as s:
        c = s.get(Credential, credential_id)
        version = s.get(AchievementVersion, c.version_id) if c is not None else None
        if c is None or version is None:
            raise NotFound(f"There is no credential {credential_id} in this workspace.")
        ctx = issue_context(s, c.cohort_id or 0, version, key.did) if c.cohort_id else None
        doc = json.loads(c.signed_json)
        stem = file_stem(c.recipient_name, c.cohort_id or 0, c.learner_id)
    if ctx is None:
        raise NotFound("This credential has no cohort to take its certificate design from.")
    claim = claim_fields(doc, credential_id, c.achievement_name)
    name, issued_on, until = claim.recipient_name, claim.issued_on, claim.expires_on
    cert = CertificateData(recipient_name=name, achievement_name=c.achievement_name,
                           issuer_name=doc["issuer"]["name"], issue_date=issued_on, credential_id=credential_id,
                           qr_payload="", description=doc.get("description", ""), expiry_date=until,
                           issuer_logo=ctx.issuer_logo, key_fingerprint=ctx.key_fingerprint)
    maker = CredentialMaker(key.private_key.private_bytes_raw(), ctx.template_id, ctx.template_overrides,
                            ctx.paper, ctx.orientation, ctx.verify_page_url, ctx.issuer.did)
    return maker.render(doc, claim, cert), stem


def claim_fields(doc: dict[str, Any], credential_id: str, achievement_name: str) -> ClaimFields:
    """What an issued credential's QR claim states, read from its signed JSON."""
    valid_until = doc.get("validUntil")
    status = doc.get("credentialStatus")
    index = status.get("statusListIndex") if isinstance(status, dict) else None
    return ClaimFields(credential_id=credential_id, recipient_name=doc["credentialSubject"]["name"],
                       achievement_name=achievement_name, issuer_name=doc["issuer"]["name"],
                       issued_on=parse_date_time(doc.get("awardedDate") or doc["validFrom"]).date(),
                       expires_on=parse_date_time(valid_until).date() if valid_until else None,
                       status_index=int(index) if isinstance(index, str) and index.isdigit() else None)


def signed_link(doc: dict[str, Any], credential_id: str, achievement_name: str, key: UnlockedKey,
                page: str | None) -> str | None:
    """The verification page's address with a QR claim for ``doc`` signed by ``key``."""
    if not page:
        return None
    claim = encode_claim(claim_fields(doc, credential_id, achievement_name), key.private_key)
    return claim_qr_payload(claim, page)


def preview_certificate(ws: Workspace, cohort_id: int, learner_id: int | None = None) -> bytes:
    """How a learner's certificate will look (not signed: its QR names a throwaway preview key)."""
    with ws.read_session() as s:
        cohort = s.get(Cohort, cohort_id)
        if cohort is None:
            raise NotFound(f"There is no cohort with id {cohort_id}.")
        version = current_version(s, cohort.achievement_id)
        records = CohortRecords.load(s, cohort_id, version.id)
        if learner_id is None:
            learner_id = s.scalar(select(Enrolment.learner_id).where(Enrolment.cohort_id == cohort_id)
                                  .order_by(Enrolment.position, Enrolment.id).limit(1))
        learner = s.get(Learner, learner_id) if learner_id is not None else None
        return _preview(s, version, cohort_id, learner or _sample_learner(), records)


def design_preview(ws: Workspace, achievement_id: int, template_id: str, overrides: dict[str, Any]) -> bytes:
    """A sample certificate of a design being edited (nothing saved): a sample learner with a
    name that uses accents, the achievement and the issuer profile as they are."""
    with ws.read_session() as s:
        version = current_version(s, achievement_id)
        return _preview(s, version, None, _sample_learner(), CohortRecords({}, {}, {}),
                        template_id=template_id, overrides=overrides)


def _sample_learner() -> Learner:
    return Learner(id=0, name=SAMPLE_NAME, name_key=name_key(SAMPLE_NAME), email=None)


def _preview(s: Session, version: AchievementVersion, cohort_id: int | None, learner: Learner,
             records: CohortRecords, *, template_id: str | None = None,
             overrides: dict[str, Any] | None = None) -> bytes:
    preview_key = generate_key()
    ctx = issue_context(s, cohort_id, version, did_of(preview_key))
    now = utcnow().replace(microsecond=0)
    job = make_job(records, ctx, learner, credential_id=f"urn:uuid:{uuid.uuid4()}", valid_from=now,
                   awarded=None, status_entry=None)
    maker = CredentialMaker(preview_key.private_bytes_raw(), template_id or ctx.template_id,
                            overrides if overrides is not None else ctx.template_overrides,
                            ctx.paper, ctx.orientation, ctx.verify_page_url, ctx.issuer.did)
    return maker.render(None, job.claim, job.certificate)
