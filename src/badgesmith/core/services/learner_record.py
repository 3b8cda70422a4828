"""The learner's whole record as a signed CLR 2.0 ``ClrCredential``: the one API for GUI and CLI.

A record holds the learner's current credentials exactly as they were signed and stored (active,
not replaced by a renewal, not expired), the achievements they award, and, for each pathway
credential in it, ``isChildOf``/``isParentOf`` links to the components it names that the record
also holds (from the requirement of the pathway version that was awarded). The record is signed
with the workspace's current key; every credential in it keeps its own proof.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from badgesmith.core.credentials import clr
from badgesmith.core.credentials.dataintegrity import sign
from badgesmith.core.credentials.didweb import signing_method
from badgesmith.core.credentials.errors import CredentialError
from badgesmith.core.credentials.keys import UnlockedKey
from badgesmith.core.credentials.ob3 import RecipientInfo
from badgesmith.core.errors import NotFound, ValidationError
from badgesmith.core.fileio import atomic_write_text
from badgesmith.core.pathways.requirements import ExternalRef, LocalRef, from_json
from badgesmith.core.services import external_holdings, issuer
from badgesmith.core.services.credential_data import issuer_profile
from badgesmith.core.services.learners import live_learner
from badgesmith.core.store.models import AchievementVersion, Credential, ImportedCredential
from badgesmith.core.store.models import IssuerProfile as IssuerRow
from badgesmith.core.store.workspace import Workspace

RECORD_NAME = "Learner record"


def current_credentials(s: Session, learner_id: int, now: datetime) -> list[Credential]:
    """The learner's credentials a record holds, oldest award first."""
    return list(s.scalars(
        select(Credential).where(
            Credential.learner_id == learner_id, Credential.status == "active", Credential.superseded_by.is_(None),
            or_(Credential.valid_until.is_(None), Credential.valid_until > now))
        .order_by(Credential.awarded_date, Credential.id)))


def _parts(s: Session, rows: list[Credential], docs: list[dict[str, Any]], outside: set[str]
           ) -> tuple[tuple[str, str], ...]:
    """(component IRI, pathway IRI) for each pathway credential's components that the record holds;
    achievement IRIs are per version, so they are taken from the credentials themselves."""
    iris: dict[int, list[str]] = {}
    for row, doc in zip(rows, docs, strict=True):
        achievement = clr.achievement_of(doc)
        if achievement is not None and isinstance(achievement.get("id"), str):
            iris.setdefault(row.achievement_id, []).append(achievement["id"])
    held = {iri for found in iris.values() for iri in found} | outside
    parts: list[tuple[str, str]] = []
    for row, doc in zip(rows, docs, strict=True):
        version = s.get(AchievementVersion, row.version_id)
        achievement = clr.achievement_of(doc)
        if version is None or version.requirement is None or achievement is None:
            continue
        for ref in from_json(version.requirement).refs():
            children = (iris.get(ref.achievement_id, []) if isinstance(ref, LocalRef)
                        else [ref.iri] if isinstance(ref, ExternalRef) and ref.iri in held else [])
            parts += [(child, achievement["id"]) for child in children]
    return tuple(dict.fromkeys(parts))


def clr_credential(ws: Workspace, learner_id: int, passphrase: str | None, *, now: datetime | None = None
                   ) -> dict[str, Any]:
    """The learner's record, signed (KeyLocked/WrongPassphrase, NotFound, ValidationError otherwise)."""
    return signed_record(ws, learner_id, lambda: issuer.unlock_key(ws, passphrase)[1], now=now)


def signed_record(ws: Workspace, learner_id: int, unlock: Callable[[], UnlockedKey], *,
                  now: datetime | None = None) -> dict[str, Any]:
    """The learner's record signed with the key ``unlock`` gives (asked for once the record is
    known to be possible, so a learner with nothing to record costs no passphrase)."""
    now = now or datetime.now(UTC)
    with ws.read_session() as s:
        learner = live_learner(s, learner_id)
        name = learner.name.strip()
        rows = current_credentials(s, learner_id, now)
        # credentials from other, trusted issuers the trainer added, named exactly as the learner
        outside = [d for d in (json.loads(x.signed_json) for x in s.scalars(
            select(ImportedCredential).where(ImportedCredential.learner_id == learner_id,
                                             external_holdings.counts(now))
            .order_by(ImportedCredential.awarded_date, ImportedCredential.id)))
            if (d.get("credentialSubject") or {}).get("name") == name]
        if not rows and not outside:
            raise ValidationError(f"{name} holds no current credential (revoked, replaced and expired ones do "
                                  "not count), so there is no record to make.")
        waiting = [r.achievement_name for r in rows if r.review_note]
        if waiting:  # a record vouches for what it holds: the trainer decides first
            raise ValidationError(
                f"{name}'s {', '.join(waiting)} waits for your review (a credential it rests on was revoked): "
                "keep it or revoke it on the Credentials page, then make the record.")
        docs = [json.loads(r.signed_json) for r in rows]
        others = sorted({d.get("credentialSubject", {}).get("name") for d in docs} - {name}, key=str)
        if others:
            raise ValidationError(
                f"Some of {name}'s credentials were issued under another name ({', '.join(map(repr, others))}); "
                "a record and every credential in it must name the learner the same way. Renew those "
                "credentials under the current name first.")
        parts = _parts(s, rows, docs, {a["id"] for d in outside if (a := clr.achievement_of(d)) and "id" in a})
        docs += outside
        recipient = RecipientInfo(name=name, email=learner.email, student_number=learner.student_number)
    key = unlock()
    with ws.read_session() as s:
        profile = s.scalar(select(IssuerRow))
        if profile is None:
            raise NotFound("This workspace has no issuer yet; set it up first.")
        who = issuer_profile(profile, key.did)
    try:
        unsigned = clr.build_and_check_record(clr.RecordInput(
            issuer=who, learner=recipient, credentials=tuple(docs), valid_from=now, parts=parts, name=RECORD_NAME))
        raw = key.private_key.public_key().public_bytes_raw()
        return sign(unsigned, key.private_key, signing_method(who.did, raw), now)
    except CredentialError as exc:
        raise ValidationError(exc.message) from None


def export_clr(ws: Workspace, learner_id: int, passphrase: str | None, out: Path) -> Path:
    """Write the learner's signed record to ``out`` at once or not at all, readable only by the
    user (it holds personal data)."""
    record = clr_credential(ws, learner_id, passphrase)
    return atomic_write_text(Path(out), json.dumps(record, ensure_ascii=False, indent=2) + "\n", private=True)
