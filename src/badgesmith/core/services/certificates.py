"""Single certificates outside a batch: a fresh PDF of an issued credential, and previews.

The same maker that issues batches renders them (issue_worker.CredentialMaker) from the same
inputs (credential_data.certificate_data), so a preview shows exactly what issuing prints, and a
re-export prints what issuing printed: Ed25519 signatures are deterministic, so the same key
signs the same QR claim again.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from badgesmith.core.credentials.didkey import fingerprint
from badgesmith.core.credentials.endorsement import carried
from badgesmith.core.credentials.keys import UnlockedKey, did_of, generate_key
from badgesmith.core.errors import NotFound, ValidationError
from badgesmith.core.paper.qrclaim import ClaimFields, claim_qr_payload, encode_claim
from badgesmith.core.services import issuer
from badgesmith.core.services.achievements import current_version
from badgesmith.core.services.credential_data import (
    CohortRecords,
    IssueContext,
    certificate_data,
    certificate_languages,
    file_stem,
    issue_context,
    make_job,
    numbered,
    stem_key,
)
from badgesmith.core.services.issue_worker import CredentialMaker
from badgesmith.core.services.issuing import parse_date_time, referenced_files
from badgesmith.core.services.learners import name_key
from badgesmith.core.store.models import (
    AchievementVersion,
    Cohort,
    Credential,
    Enrolment,
    IssuerProfile,
    Learner,
    utcnow,
)
from badgesmith.core.store.workspace import Workspace

SAMPLE_NAME = "Zoë Ñúñez-Çelik"  # a design preview shows how accents and cedillas print
NO_KEY = "none yet (it is created when you set up the issuer)"  # printed instead of a fingerprint


def render_existing(ws: Workspace, credential_id: str, passphrase: str | None) -> tuple[bytes, str]:
    """A fresh certificate PDF for an issued credential (same JSON, its QR claim signed again by
    its key) and the file name for it (credential_data.file_stem). What Re-export writes, and
    what the Credentials page shows."""
    _, key = issuer.unlock_key(ws, passphrase, credential_id=credential_id)
    with ws.read_session() as s:
        c = s.get(Credential, credential_id)
        version = s.get(AchievementVersion, c.version_id) if c is not None else None
        if c is None or version is None:
            raise NotFound(f"There is no credential {credential_id} in this workspace.")
        if c.cohort_id is None:
            raise NotFound("This credential has no cohort to take its certificate design from.")
        holder = s.get(Learner, c.learner_id)
        if holder is not None and holder.erased_at is not None:
            raise ValidationError("The learner's personal data was erased, so this certificate cannot be made "
                                  "again; the credential can still be verified and revoked.")
        ctx = issue_context(s, c.cohort_id, version, key.did)
        doc = json.loads(c.signed_json)
        # it prints the endorsements the credential carries, not those its version has now
        ctx = replace(ctx, achievement=replace(ctx.achievement, endorsements=tuple(carried(doc))))
        stem = file_stem(c.recipient_name, c.achievement_name)
    claim = claim_fields(doc, credential_id, c.achievement_name)
    return _maker(key.private_key.private_bytes_raw(), ctx).render(doc, claim, certificate_data(ctx, claim)), stem


def _maker(seed: bytes, ctx: IssueContext, template_id: str | None = None,
           overrides: dict[str, Any] | None = None) -> CredentialMaker:
    page = overrides or {}  # a design being edited brings its own page (achievements.PAPER_KEYS)
    return CredentialMaker(seed, template_id or ctx.template_id,
                           overrides if overrides is not None else ctx.template_overrides,
                           str(page.get("paper", ctx.paper)), str(page.get("orientation", ctx.orientation)),
                           ctx.verify_page_url, ctx.issuer.did)


def export_stem(ws: Workspace, folder: Path, base: str, credential_id: str) -> str:
    """``base``, or ``base (2)``…: the first name in ``folder`` that no other credential's files
    have; exporting the same credential again finds its own files and writes over them."""
    folder = Path(folder).expanduser().resolve()
    with ws.read_session() as s:
        others = {stem_key(Path(p).stem) for p, cid in referenced_files(s, folder).items() if cid != credential_id}
    n = 1
    while True:
        stem = numbered(base, n)
        pdf, js = folder / f"{stem}.pdf", folder / f"{stem}.json"
        if stem_key(stem) not in others and (_holds(js, credential_id) or not (pdf.exists() or js.exists())):
            return stem
        n += 1


def _holds(path: Path, credential_id: str) -> bool:
    """The file is a credential JSON with this id (one this workspace wrote or exported)."""
    try:
        doc = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return False
    return isinstance(doc, dict) and doc.get("id") == credential_id


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
    """How a learner's certificate will look. Not signed: its QR claim is signed by a throwaway
    key, but it prints the fingerprint of the workspace's signing key (or says there is none)."""
    did = issuer.get_issuer(ws).did
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
        return _preview(s, version, cohort_id, learner or _sample_learner(), records, did)


def design_preview(ws: Workspace, achievement_id: int, template_id: str, overrides: dict[str, Any]) -> bytes:
    """A sample certificate of a design being edited (nothing saved): a sample learner with a
    name that uses accents, the achievement and the issuer profile as they are."""
    did = issuer.get_issuer(ws).did
    with ws.read_session() as s:
        version = current_version(s, achievement_id)
        profile = s.scalar(select(IssuerProfile))
        if profile is not None:  # in the design's language(s), else the issuer's, as issuing will
            overrides = {**overrides, "languages": list(certificate_languages(None, overrides, profile))}
        return _preview(s, version, None, _sample_learner(), CohortRecords({}, {}, {}), did,
                        template_id=template_id, overrides=overrides)


def _sample_learner() -> Learner:
    return Learner(id=0, name=SAMPLE_NAME, name_key=name_key(SAMPLE_NAME), email=None)


def _preview(s: Session, version: AchievementVersion, cohort_id: int | None, learner: Learner,
             records: CohortRecords, did: str | None, *, template_id: str | None = None,
             overrides: dict[str, Any] | None = None) -> bytes:
    """``did``: the workspace's signing key, whose fingerprint the certificate prints (None: no
    key yet, and the certificate says so)."""
    preview_key = generate_key()  # signs the QR claim: a preview is never a valid certificate
    ctx = replace(issue_context(s, cohort_id, version, did_of(preview_key)),
                  key_fingerprint=fingerprint(did) if did else NO_KEY)
    now = utcnow().replace(microsecond=0)
    job = make_job(records, ctx, learner, credential_id=f"urn:uuid:{uuid.uuid4()}", valid_from=now,
                   awarded=None, status_entry=None)
    return _maker(preview_key.private_bytes_raw(), ctx, template_id, overrides).render(None, job.claim, job.certificate)
