"""The learner's record on paper: a PDF transcript carrying the signed CLR and a signed QR claim.

The transcript prints what the record holds (learner_record.signed_record), row for row: each
credential's achievement, award and expiry dates and result, read from the signed credentials
themselves, with pathways grouping their components. Its QR claim states the record's id, the
learner, the record's name and issuer, so a phone scan checks the paper as it checks a
certificate; the file is sealed like a certificate, and the record is attached.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from badgesmith.core.credentials import clr
from badgesmith.core.credentials.didkey import fingerprint
from badgesmith.core.credentials.keys import UnlockedKey
from badgesmith.core.errors import NotFound
from badgesmith.core.fileio import atomic_write_bytes
from badgesmith.core.paper.pdfseal import seal_pdf
from badgesmith.core.paper.qrclaim import ClaimFields, claim_qr_payload, encode_claim
from badgesmith.core.paper.transcript import TranscriptData, TranscriptRow, render_transcript
from badgesmith.core.services import issuer
from badgesmith.core.services.learner_record import RECORD_NAME, signed_record
from badgesmith.core.store.models import IssuerProfile
from badgesmith.core.store.workspace import Workspace


def transcript_pdf(ws: Workspace, learner_id: int, passphrase: str | None) -> bytes:
    """The learner's transcript, signed, sealed and with their record attached."""
    keys: list[UnlockedKey] = []

    def unlock() -> UnlockedKey:
        keys.append(issuer.unlock_key(ws, passphrase)[1])
        return keys[0]

    record = signed_record(ws, learner_id, unlock)
    key = keys[0]
    with ws.read_session() as s:
        profile = s.scalar(select(IssuerProfile))
        if profile is None:
            raise NotFound("This workspace has no issuer yet; set it up first.")
        logo, page = profile.logo, profile.verify_page_url
    subject = record["credentialSubject"]
    issued_on = datetime.fromisoformat(record["validFrom"].replace("Z", "+00:00")).astimezone(UTC).date()
    claim = ClaimFields(credential_id=record["id"], recipient_name=subject["name"], achievement_name=record["name"],
                        issuer_name=record["issuer"]["name"], issued_on=issued_on, expires_on=None,
                        status_index=None)
    data = TranscriptData(
        issuer_name=record["issuer"]["name"], learner_name=subject["name"], issued_on=issued_on,
        rows=rows_of(record), qr_payload=claim_qr_payload(encode_claim(claim, key.private_key), page),
        record=record, record_name=RECORD_NAME, issuer_logo=logo, key_fingerprint=fingerprint(key.did),
        record_id=record["id"])
    return seal_pdf(render_transcript(data), key.private_key)


def export_transcript(ws: Workspace, learner_id: int, passphrase: str | None, out: Path) -> Path:
    """Write the transcript to ``out`` at once or not at all, readable only by the user."""
    return atomic_write_bytes(Path(out), transcript_pdf(ws, learner_id, passphrase), private=True)


def rows_of(record: dict[str, Any]) -> tuple[TranscriptRow, ...]:
    """The transcript's rows: one per credential in the record, as signed."""
    subject = record["credentialSubject"]
    docs = [d for d in subject.get("verifiableCredential", []) if isinstance(d, dict)]
    names = {a.get("id"): a.get("name", "") for d in docs if (a := clr.achievement_of(d)) is not None}
    parent_of: dict[str, str] = {}
    pathways: set[str] = set()
    for link in subject.get("association", []):
        if isinstance(link, dict) and link.get("associationType") == "isChildOf":
            parent_of.setdefault(link.get("sourceId", ""), link.get("targetId", ""))
            pathways.add(link.get("targetId", ""))
    ours = (record.get("issuer") or {}).get("id")
    rows = []
    for d in docs:
        achievement = clr.achievement_of(d) or {}
        iri = achievement.get("id", "")
        until = d.get("validUntil")
        theirs = d.get("issuer") or {}
        kind = "Pathway" if iri in pathways else "" if theirs.get("id") == ours else \
            f"Issued by {theirs.get('name') or theirs.get('id', 'another issuer')}"
        rows.append(TranscriptRow(
            achievement_name=achievement.get("name", ""), kind=kind,
            awarded=_day(d.get("awardedDate") or d["validFrom"]), valid_until=_day(until) if until else None,
            result=result_text(d), credential_id=d.get("id", ""),
            part_of=names.get(parent_of.get(iri, ""), "")))
    return tuple(rows)


def _day(text: str) -> date:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC).date()


def result_text(doc: dict[str, Any]) -> str:
    """A credential's results in a few words: "Practical test: 87 / 100", "CPR: Competent"."""
    subject = doc.get("credentialSubject") or {}
    achievement = subject.get("achievement") or {}
    described = {d.get("id"): d for d in achievement.get("resultDescription", []) if isinstance(d, dict)}
    parts = []
    for r in subject.get("result", []):
        if not isinstance(r, dict):
            continue
        d = described.get(r.get("resultDescription"), {})
        if "achievedLevel" in r:
            value = next((lv.get("name", "") for lv in d.get("rubricCriterionLevel", [])
                          if isinstance(lv, dict) and lv.get("id") == r["achievedLevel"]), r.get("value", ""))
        elif "status" in r:
            value = str(r["status"])
        else:
            value = str(r.get("value", ""))
            if value and d.get("valueMax"):
                value += f" / {d['valueMax']}"
        label = d.get("name", "")
        if value:
            parts.append(f"{label}: {value}" if label and len(described) > 1 else value)
    return "; ".join(parts)
