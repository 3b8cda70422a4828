"""The credential register: search, details, revoke and reinstate, re-export, published files."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Select, func, or_, select

from badgesmith.core.credentials.statuslist import signed_status_list
from badgesmith.core.credentials.verify import RevocationInfo
from badgesmith.core.errors import NotFound, ValidationError
from badgesmith.core.fileio import atomic_write_bytes, atomic_write_text
from badgesmith.core.services import issuer, pathway_awards, publishing
from badgesmith.core.services.certificates import export_stem, render_existing
from badgesmith.core.services.csv_export import write_csv
from badgesmith.core.services.csv_style import CsvStyle
from badgesmith.core.services.shared_database import require
from badgesmith.core.services.status_lists import status_list_groups
from badgesmith.core.store import audit
from badgesmith.core.store.models import Credential, Learner, utcnow
from badgesmith.core.store.roles import Role
from badgesmith.core.store.workspace import Workspace

STATUSES = ("active", "revoked", "expired", "expiring", "review")
EXPIRING_DAYS = 60  # "expiring": active, and its validUntil falls within this many days from now
REASON_LIMIT = 500


@dataclass(frozen=True)
class CredentialRow:
    id: str
    learner_id: int
    recipient_name: str
    email: str | None
    achievement_id: int
    achievement_name: str
    cohort_id: int | None
    issued_at: datetime
    awarded_date: datetime
    valid_until: datetime | None
    status: str  # active | revoked | expired (computed) | superseded
    revocation_reason: str | None
    pdf_path: str | None
    json_path: str | None
    erased: bool = False  # the learner's personal data was erased: no name, no certificate to draw
    review: str | None = None  # why the trainer should look at it again (pathway_awards), in words


@dataclass(frozen=True)
class CredentialDetail:
    row: CredentialRow
    signed_json: str
    revoked_at: datetime | None
    superseded_by: str | None


def _status(c: Credential, now: datetime) -> str:
    if c.status == "revoked":
        return "revoked"
    if c.superseded_by:
        return "superseded"
    if c.valid_until is not None and c.valid_until <= now:
        return "expired"
    return "active"


def _row(c: Credential, email: str | None, now: datetime, erased: bool = False) -> CredentialRow:
    return CredentialRow(c.id, c.learner_id, c.recipient_name, email, c.achievement_id, c.achievement_name,
                         c.cohort_id, c.issued_at, c.awarded_date, c.valid_until, _status(c, now),
                         c.revocation_reason, c.pdf_path, c.json_path, erased,
                         c.review_note if c.status == "active" and not c.superseded_by else None)


def _query(search: str, status: str | None, achievement_id: int | None, cohort_id: int | None,
           issued_from: datetime | None, issued_to: datetime | None, now: datetime,
           expiring_days: int = EXPIRING_DAYS) -> Select:  # type: ignore[type-arg]
    q = select(Credential, Learner.email, Learner.erased_at.is_not(None)).join(Learner,
                                                                            Learner.id == Credential.learner_id)
    if status != "superseded":
        # a renewed credential drops out of the lists, unless it was revoked: that stays visible
        q = q.where(or_(Credential.superseded_by.is_(None), Credential.status == "revoked"))
    text = search.strip()
    if text:
        like = f"%{text.casefold()}%"
        q = q.where(or_(Learner.name_key.like(like), Learner.email.like(like),
                        func.lower(Credential.achievement_name).like(like), Credential.id.like(f"%{text}%")))
    if status == "revoked":
        q = q.where(Credential.status == "revoked")
    elif status == "active":
        q = q.where(Credential.status == "active",
                    or_(Credential.valid_until.is_(None), Credential.valid_until > now))
    elif status == "expired":
        q = q.where(Credential.status == "active", Credential.valid_until <= now)
    elif status == "expiring":
        q = q.where(Credential.status == "active", Credential.valid_until > now,
                    Credential.valid_until <= now + timedelta(days=expiring_days))
    elif status == "review":  # flagged for the trainer's review, and still live
        q = q.where(Credential.status == "active", Credential.review_note.is_not(None),
                    Credential.superseded_by.is_(None))
    elif status not in (None, "", "all", "superseded"):
        raise ValidationError(f"Unknown status '{status}': use one of {', '.join(STATUSES)}.")
    if achievement_id is not None:
        q = q.where(Credential.achievement_id == achievement_id)
    if cohort_id is not None:
        q = q.where(Credential.cohort_id == cohort_id)
    if issued_from is not None:
        q = q.where(Credential.issued_at >= issued_from)
    if issued_to is not None:
        q = q.where(Credential.issued_at < issued_to)
    return q


def list_credentials(
    ws: Workspace, search: str = "", status: str | None = None, achievement_id: int | None = None,
    cohort_id: int | None = None, issued_from: datetime | None = None, issued_to: datetime | None = None,
    offset: int = 0, limit: int = 500, expiring_days: int = EXPIRING_DAYS,
) -> list[CredentialRow]:
    now = datetime.now(UTC)
    q = _query(search, status, achievement_id, cohort_id, issued_from, issued_to, now, expiring_days)
    q = q.order_by(Credential.issued_at.desc(), Credential.id).offset(offset).limit(limit)
    with ws.read_session() as s:
        return [_row(c, email, now, erased) for c, email, erased in s.execute(q)]


def count_credentials(ws: Workspace, search: str = "", status: str | None = None,
                      achievement_id: int | None = None, cohort_id: int | None = None,
                      expiring_days: int = EXPIRING_DAYS) -> int:
    q = _query(search, status, achievement_id, cohort_id, None, None, datetime.now(UTC), expiring_days)
    with ws.read_session() as s:
        return s.scalar(select(func.count()).select_from(q.subquery())) or 0



def get_credential(ws: Workspace, credential_id: str) -> CredentialDetail:
    with ws.read_session() as s:
        c = s.get(Credential, credential_id.strip())
        if c is None:
            raise NotFound(f"There is no credential {credential_id} in this workspace.")
        learner = s.get(Learner, c.learner_id)
        row = _row(c, learner.email if learner else None, datetime.now(UTC),
                   learner is not None and learner.erased_at is not None)
        return CredentialDetail(row, c.signed_json, c.revoked_at, c.superseded_by)


def revoke(ws: Workspace, credential_id: str, reason: str, passphrase: str | None) -> CredentialDetail:
    """Revoke with a reason. Needs the signing key's passphrase, like issuing: whoever sits at
    the trainer's computer cannot change what verifiers are told without it."""
    require(ws, Role.ISSUER)
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValidationError("Give a reason for the revocation; it is recorded and shown to verifiers.")
    if len(reason) > REASON_LIMIT:
        raise ValidationError(f"The reason is longer than {REASON_LIMIT} characters.")
    issuer.unlock_key(ws, passphrase)  # KeyLocked / WrongPassphrase before anything changes
    with ws.session() as s:
        c = s.get(Credential, credential_id.strip())
        if c is None:
            raise NotFound(f"There is no credential {credential_id} in this workspace.")
        if c.status == "revoked":
            raise ValidationError("This credential is already revoked.")
        c.status, c.revoked_at, c.revocation_reason = "revoked", utcnow(), reason
        c.review_note = None  # revoking it is a decision on any review it was waiting for
        audit.append(s, "credential.revoked", c.id, reason=reason)
        pathway_awards.flag_after_revoke(s, c)
    return get_credential(ws, credential_id)


def flagged_by(ws: Workspace, credential_id: str) -> list[CredentialRow]:
    """The live credentials whose review mentions this one (a revoked component's pathways)."""
    now = utcnow()
    with ws.read_session() as s:
        rows = s.scalars(select(Credential).where(Credential.review_note.contains(credential_id.strip(),
                                                                                  autoescape=True)))
        return [_row(c, None, now) for c in rows if c.status == "active" and not c.superseded_by]


def keep_after_review(ws: Workspace, credential_id: str) -> CredentialDetail:
    """The trainer looked at a flagged credential and keeps it: the flag goes, the audit log says so."""
    require(ws, Role.ISSUER)
    with ws.session() as s:
        c = s.get(Credential, credential_id.strip())
        if c is None:
            raise NotFound(f"There is no credential {credential_id} in this workspace.")
        if not c.review_note:
            raise ValidationError("This credential is not waiting for a review.")
        audit.append(s, "credential.review_cleared", c.id, reason="kept by the issuer", note=c.review_note)
        c.review_note = None
    return get_credential(ws, credential_id)


def reinstate(ws: Workspace, credential_id: str, passphrase: str | None) -> CredentialDetail:
    """Make a revoked credential valid again. Needs the passphrase (see ``revoke``); the
    caller confirms with the user first."""
    require(ws, Role.ISSUER)
    issuer.unlock_key(ws, passphrase)
    with ws.session() as s:
        c = s.get(Credential, credential_id.strip())
        if c is None:
            raise NotFound(f"There is no credential {credential_id} in this workspace.")
        if c.status != "revoked":
            raise ValidationError("This credential is not revoked.")
        audit.append(s, "credential.reinstated", c.id, previous_reason=c.revocation_reason)
        c.status, c.revoked_at, c.revocation_reason = "active", None, None
        pathway_awards.unflag_after_reinstate(s, c)
    return get_credential(ws, credential_id)


def revocation_lookup(ws: Workspace) -> Callable[[str], RevocationInfo | None]:
    """A function credential id -> RevocationInfo | None, as the verifier wants it."""
    with ws.read_session() as s:
        revoked = {c.id: RevocationInfo(c.revocation_reason or "no reason recorded", c.revoked_at)
                   for c in s.scalars(select(Credential).where(Credential.status == "revoked"))}
    return revoked.get


def superseded_map(ws: Workspace) -> dict[str, str]:
    """credential id -> the id of the credential that re-issued it."""
    with ws.read_session() as s:
        rows = s.execute(select(Credential.id, Credential.superseded_by)
                         .where(Credential.superseded_by.is_not(None))).all()
        return {cid: newer for cid, newer in rows if newer}


def in_register(ws: Workspace) -> Callable[[str], bool]:
    """A function credential id -> whether the register holds it (a learner record never is)."""
    def holds(credential_id: str) -> bool:
        with ws.read_session() as s:
            return s.get(Credential, credential_id) is not None
    return holds


def reexport(ws: Workspace, credential_id: str, out_dir: Path, passphrase: str | None) -> tuple[Path, Path]:
    """Write the credential's JSON and a freshly rendered certificate PDF into ``out_dir``, named
    like issuing names them (a namesake's files there are never written over)."""
    detail = get_credential(ws, credential_id)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    pdf_bytes, base = render_existing(ws, credential_id, passphrase)
    stem = export_stem(ws, out_dir, base, credential_id)
    pdf = atomic_write_bytes(out_dir / f"{stem}.pdf", pdf_bytes)
    js = atomic_write_text(out_dir / f"{stem}.json", detail.signed_json)
    return pdf, js


def export_status_lists(ws: Workspace, passphrase: str | None, out: Path) -> list[tuple[Path, str]]:
    """Every signed Bitstring Status List to publish: one per signing key (and issuer DID).

    ``out`` is the file for the configured address; a list for another key (after a rotation)
    goes beside it, named after its own address's suffix. Returns (file, address to publish at).
    """
    base = issuer.get_issuer(ws).status_list_url
    if not base:
        raise ValidationError("Set the status list address first (Settings ▸ Publishing, or issuer set "
                              "--status-url); credentials then carry an entry pointing at it.")
    groups = status_list_groups(ws)
    issuer.unlock_key(ws, passphrase)  # a wrong passphrase fails here, before anything is written
    written = []
    out = Path(out)
    for g in groups:
        _, key = issuer.unlock_key(ws, passphrase, key_id=g.key_id)
        doc = signed_status_list(g.url, key.private_key, g.revoked, issuer_did=g.issuer_did, size=g.size)
        suffix = g.url.removeprefix(base) if g.url.startswith(base) else f"-k{g.key_id}"
        target = out if not suffix else out.with_name(f"{out.stem}{suffix}{out.suffix}")
        atomic_write_text(target, json.dumps(doc, indent=2, ensure_ascii=False))
        written.append((target, g.url))
    return written


def export_status_list(ws: Workspace, passphrase: str | None, out: Path) -> Path:
    """The status list at the configured address (others, if any, are written beside it)."""
    written = export_status_lists(ws, passphrase, out)
    return next((p for p, _ in written if p == Path(out)), written[0][0])


def export_verify_page(ws: Workspace, out: Path, language: str | None = None) -> Path:
    """The verification page alone (``publish`` writes it with everything it refers to), in
    ``language`` or else the issuer's."""
    return atomic_write_text(out, publishing.verify_page(ws, language=language))


def export_learners_csv(ws: Workspace, out: Path, style: CsvStyle | None = None) -> Path:
    """Every learner as CSV in ``style`` (default: the user's locale's, see ``csv_style``)."""
    with ws.read_session() as s:
        rows = s.execute(select(Learner.id, Learner.name, Learner.email, Learner.student_number)
                         .where(Learner.erased_at.is_(None)).order_by(Learner.name_key, Learner.id)).all()
    write_csv(out, ["ID", "Name", "E-mail", "Student number"], [tuple(r) for r in rows], style)
    return Path(out)
