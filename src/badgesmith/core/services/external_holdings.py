"""What learners hold from other, trusted issuers (added with services/imported.py), as the
pathway evaluation reads it: plain queries, so that pathways need nothing of verification."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from badgesmith.core.store.models import ImportedCredential, TrustedIssuer


def counts(now: datetime) -> ColumnElement[bool]:
    """Whether an added credential counts now: not expired, and its issuer still trusted (once
    the trainer stops trusting an issuer, its credentials vouch for nothing here)."""
    return and_(or_(ImportedCredential.valid_until.is_(None), ImportedCredential.valid_until > now),
                ImportedCredential.issuer_did.in_(select(TrustedIssuer.did)))


def live_external(s: Session, learner_ids: list[int] | None, now: datetime
                  ) -> list[tuple[int, str, str, str, datetime]]:
    """(learner id, achievement IRI, credential id, achievement name, award) of the added
    credentials that count (``counts``), oldest award first."""
    q = select(ImportedCredential.learner_id, ImportedCredential.achievement_iri, ImportedCredential.credential_id,
               ImportedCredential.achievement_name, ImportedCredential.awarded_date).where(counts(now)).order_by(
        ImportedCredential.awarded_date, ImportedCredential.id)
    if learner_ids is not None:
        q = q.where(ImportedCredential.learner_id.in_(learner_ids))
    return [tuple(r) for r in s.execute(q)]  # type: ignore[misc]


def external_names(s: Session) -> dict[str, str]:
    """Achievement IRI -> the name an added credential gives it."""
    return {iri: name for iri, name in s.execute(select(ImportedCredential.achievement_iri,
                                                        ImportedCredential.achievement_name))}
