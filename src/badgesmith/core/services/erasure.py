"""Erasing a learner's personal data (GDPR Art. 17): from the database, its files and the logs.

What stays is what verification and revocation need: each credential's register row with its
id, status, status-list index and dates, and a redacted record of what was signed (issuer,
validity, ``credentialStatus`` and the salted identity hashes, no name). The learner's row stays
as the anchor of those rows, marked ``erased_at``, with no name, e-mail or number. Results,
evidence, enrolments and outbox messages go; so do the certificate files Badgesmith wrote, and
the cohorts' print files and manifests are rewritten without them.

"Gone from the files" holds for the workspace database: deletes are overwritten
(``secure_delete``), the write-ahead log is checkpointed and truncated and the file is vacuumed,
so no free page keeps an old copy. Backups made before, and files the trainer exported or sent,
are the trainer's to manage: :class:`ErasureReport` lists the workspace's own backups.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select, update

from badgesmith.core.errors import NotFound
from badgesmith.core.services.issuing import REPLACED_DIR, refresh_print_file
from badgesmith.core.store import audit
from badgesmith.core.store.models import (
    AssessmentResult,
    Credential,
    Enrolment,
    Evidence,
    Learner,
    OutboxMessage,
    utcnow,
)
from badgesmith.core.store.workspace import Workspace
from badgesmith.logs import scrub

log = logging.getLogger(__name__)
ERASED_NAME = "Erased learner"
# what verification and revocation need from a signed credential; everything else is dropped
_KEPT = ("id", "type", "validFrom", "validUntil", "awardedDate", "credentialStatus")


@dataclass
class ErasureReport:
    learner_id: int
    credentials: int = 0  # register entries kept, now without personal data
    files_removed: int = 0
    audit_events_redacted: int = 0
    log_files_scrubbed: int = 0
    compacted: bool = False
    compact_problem: str | None = None
    backups: list[Path] = field(default_factory=list)  # the workspace's own, made before

    def lines(self) -> list[str]:
        n = self.credentials
        out = ["The learner's personal data was erased."]
        if n:
            out.append(f"{n} credential{'s stay' if n != 1 else ' stays'} in the register without it, "
                       "so they can still be verified and revoked.")
        if self.files_removed:
            out.append(f"{self.files_removed} certificate file{'s were' if self.files_removed != 1 else ' was'} "
                       "deleted, and the print files were rewritten without them.")
        if self.compact_problem:
            out.append(f"The database could not be compacted ({self.compact_problem}); free some space and "
                       "erase again to clear its free pages.")
        if self.backups:
            out.append(f"{len(self.backups)} backup{'s' if len(self.backups) != 1 else ''} made before today in "
                       "the workspace's backups folder still hold the data: delete them when your retention "
                       "rules allow.")
        out.append("Backups, exports and e-mails made earlier elsewhere are yours to manage.")
        return out


@dataclass(frozen=True)
class ErasurePlan:
    """What erasing a learner will do, for the confirmation."""

    learner_id: int
    name: str
    email: str | None
    credentials: int
    cohorts: int
    backups: int

    def lines(self) -> list[str]:
        out = [f"Erase all personal data of {self.name}" + (f" <{self.email}>" if self.email else "") + "?",
               "Their name, e-mail, student number, results and evidence"
               + (f" in {self.cohorts} cohort{'s' if self.cohorts != 1 else ''}" if self.cohorts else "")
               + (", and their certificate files," if self.credentials else "") + " are deleted for good."]
        if self.credentials:
            n = self.credentials
            out.append(f"{n} issued credential{'s stay' if n != 1 else ' stays'} in the register without their "
                       "name (id, status and hashed identity only), so it can still be verified and revoked.")
        out.append("The audit log records the erasure, not the data. This cannot be undone.")
        if self.backups:
            out.append(f"The {self.backups} backup{'s' if self.backups != 1 else ''} in the workspace's backups "
                       "folder, and any made elsewhere, keep the data: they are yours to manage.")
        else:
            out.append("Backups made before now keep the data: they are yours to manage.")
        return out


def plan_erasure(ws: Workspace, learner_id: int) -> ErasurePlan:
    with ws.read_session() as s:
        learner = s.get(Learner, learner_id)
        if learner is None or learner.erased_at is not None:
            raise NotFound(f"There is no learner with id {learner_id}.")
        credentials = s.scalar(select(func.count()).select_from(Credential)
                               .where(Credential.learner_id == learner_id)) or 0
        cohorts = s.scalar(select(func.count()).select_from(Enrolment).where(Enrolment.learner_id == learner_id)) or 0
    backups = ws.folder / "backups"
    return ErasurePlan(learner_id, learner.name, learner.email, credentials, cohorts,
                       sum(1 for _ in backups.iterdir()) if backups.is_dir() else 0)


def redacted_record(signed_json: str, erased_on: str) -> str:
    """What the register keeps of a signed credential: no name, no results, no evidence."""
    doc: dict[str, Any] = json.loads(signed_json)
    kept = {k: doc[k] for k in _KEPT if k in doc}
    issuer = doc.get("issuer")
    if isinstance(issuer, dict):
        kept["issuer"] = {"id": issuer.get("id")}
    subject = doc.get("credentialSubject") or {}
    achievement = subject.get("achievement") or {}
    kept["credentialSubject"] = {
        "identifier": subject.get("identifier", []),  # salted hashes: a holder can still prove it is theirs
        "achievement": {"id": achievement.get("id")},
    }
    kept["erased"] = erased_on
    return json.dumps(kept, ensure_ascii=False, indent=2)


def _files_of(paths: list[str | None]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        if p:
            path = Path(p)
            out += [path, path.parent / REPLACED_DIR / path.name]
    return out


def erase_learner(ws: Workspace, learner_id: int) -> ErasureReport:
    """Erase a learner's personal data everywhere this workspace keeps it. Not undoable."""
    report = ErasureReport(learner_id)
    now = utcnow()
    with ws.session() as s:
        learner = s.get(Learner, learner_id)
        if learner is None or learner.erased_at is not None:
            raise NotFound(f"There is no learner with id {learner_id}.")
        needles = [v for v in (learner.name, learner.email, learner.student_number) if v]
        creds = list(s.scalars(select(Credential).where(Credential.learner_id == learner_id)))
        files = _files_of([p for c in creds for p in (c.pdf_path, c.json_path)])
        needles += [f.stem for f in files]
        folders = {(Path(c.pdf_path).parent, c.cohort_id) for c in creds if c.cohort_id and c.pdf_path}
        for c in creds:
            c.signed_json = redacted_record(c.signed_json, now.date().isoformat())
            c.recipient_name, c.pdf_path, c.json_path = ERASED_NAME, None, None
        for model in (Evidence, AssessmentResult, Enrolment, OutboxMessage):
            s.execute(delete(model).where(model.learner_id == learner_id))
        s.execute(update(Learner).where(Learner.id == learner_id).values(
            name=ERASED_NAME, name_key=f"~erased {learner_id}", family_key=f"~erased {learner_id}", email=None, student_number=None, erased_at=now))
        replaced_head = audit.head_hash(s)
        report.audit_events_redacted = len(audit.redact(s, needles))
        audit.append(s, "learner.erased", f"learner {learner_id}", credentials=[c.id for c in creds],
                     redacted_events=report.audit_events_redacted,
                     **({"replaced_head": replaced_head} if report.audit_events_redacted else {}))
        report.credentials = len(creds)
    for f in files:
        if f.exists():
            f.unlink()
            report.files_removed += 1
    for folder, cohort_id in folders:
        refresh_print_file(ws, cohort_id, folder.parent if folder.name == REPLACED_DIR else folder)
    report.log_files_scrubbed = scrub(needles)
    report.compact_problem = ws.compact()
    report.compacted = report.compact_problem is None
    backups = ws.folder / "backups"
    report.backups = sorted(backups.glob("*")) if backups.is_dir() else []
    log.info("learner %s erased: %d credentials kept without personal data", learner_id, report.credentials)
    return report
