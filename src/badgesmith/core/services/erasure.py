"""Erasing a learner's personal data (GDPR Art. 17): from the database, its files and the logs.

What stays is what verification and revocation need: each credential's register row with its
id, status, status-list index and dates, and a redacted record of what was signed (issuer,
validity, ``credentialStatus`` and the salted identity hashes, no name). The learner's row stays
as the anchor of those rows, marked ``erased_at``, with no name, e-mail or number. Results,
evidence, enrolments and outbox messages go; so do the certificate files Badgesmith wrote, and
the cohorts' print files and manifests are rewritten without them.

"Gone from the files" holds for the workspace database: deletes are overwritten
(``secure_delete``), the write-ahead log is checkpointed and truncated and the file is vacuumed,
so no free page keeps an old copy. Revocation reasons naming the learner are withheld or
scrubbed; delivery packages written beside the certificates are deleted. Backups made before,
pages already uploaded to a website, and files the trainer exported or sent elsewhere are the
trainer's to manage: the plan and the report say so, and a restore of an older backup asks
first (store/backup.py).
"""

from __future__ import annotations

import json
import logging
import shutil
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select, update

from badgesmith.core.errors import BadgesmithError
from badgesmith.core.services import issuer
from badgesmith.core.services.delivery import PACKAGES
from badgesmith.core.services.issuing import (
    COMBINED_NAME,
    MANIFEST_NAME,
    REPLACED_DIR,
    refresh_print_file,
)
from badgesmith.core.services.learners import live_learner
from badgesmith.core.services.shared_database import require
from badgesmith.core.store import audit
from badgesmith.core.store.models import (
    AssessmentResult,
    Credential,
    Enrolment,
    Evidence,
    ImportedCredential,
    Learner,
    OutboxMessage,
    utcnow,
)
from badgesmith.core.store.roles import Role
from badgesmith.core.store.workspace import Workspace
from badgesmith.logs import ERASED, scrub, whole_words

log = logging.getLogger(__name__)
ERASED_NAME = "Erased learner"
WITHHELD_REASON = "Reason withheld: the learner's personal data was erased."
# what verification and revocation need from a signed credential; everything else is dropped
_KEPT = ("id", "type", "validFrom", "validUntil", "awardedDate", "credentialStatus")


@dataclass
class ErasureReport:
    learner_id: int
    credentials: int = 0  # register entries kept, now without personal data
    files_removed: int = 0
    packages_removed: int = 0
    audit_events_redacted: int = 0
    log_files_scrubbed: int = 0
    compacted: bool = False
    compact_problem: str | None = None
    left_behind: list[str] = field(default_factory=list)  # what could not be reached: to do by hand
    public_pages: bool = False  # credential pages were published: the site needs publishing again
    backups: list[Path] = field(default_factory=list)  # the workspace's own, made before

    def lines(self) -> list[str]:
        n = self.credentials
        out = ["The learner's personal data was erased."]
        if n:
            out.append(f"{n} credential{'s stay' if n != 1 else ' stays'} in the register without it, "
                       f"so {'they' if n != 1 else 'it'} can still be verified and revoked.")
        if self.files_removed or self.packages_removed:
            out.append(f"{self.files_removed} certificate file{'s were' if self.files_removed != 1 else ' was'} and "
                       f"{self.packages_removed} delivery package{'s were' if self.packages_removed != 1 else ' was'} "
                       "deleted, and the print files were rewritten without them.")
        out += self.left_behind
        if self.compact_problem:
            out.append(f"The database could not be compacted ({self.compact_problem}): its free pages may still "
                       "hold the data until Badgesmith compacts it; free some space and try again.")
        if self.public_pages:
            out.append("Publish your site again and upload it, so that the learner's public credential page is "
                       "removed from your website too.")
        if self.backups:
            out.append(f"{len(self.backups)} backup{'s' if len(self.backups) != 1 else ''} made before today in "
                       "the workspace's backups folder still hold the data: delete them when your retention "
                       "rules allow.")
        out.append("Backups and exports you made elsewhere, and e-mails already sent, are yours to manage.")
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
    public_pages: bool = False

    def lines(self) -> list[str]:
        out = [f"Erase all personal data of {self.name}" + (f" <{self.email}>" if self.email else "") + "?",
               "Their name, e-mail, student number, results and evidence"
               + (f" in {self.cohorts} cohort{'s' if self.cohorts != 1 else ''}" if self.cohorts else "")
               + (", their certificate files and delivery packages," if self.credentials else "")
               + " are deleted for good."]
        if self.credentials:
            n = self.credentials
            out.append(f"{n} issued credential{'s stay' if n != 1 else ' stays'} in the register without their "
                       f"name (id, status and dates only), so {'they' if n != 1 else 'it'} can still be verified "
                       "and revoked.")
        else:
            out.append("They leave your list of learners.")
        out.append("The audit log records the erasure, not the data. This cannot be undone.")
        if self.public_pages:
            out.append("Their public credential page stays on your website until you publish the site again.")
        if self.backups:
            out.append(f"The {self.backups} backup{'s' if self.backups != 1 else ''} in the workspace's backups "
                       "folder, and any made elsewhere, keep the data: they are yours to manage.")
        else:
            out.append("Backups made before now keep the data: they are yours to manage.")
        return out


def _publishes_pages(ws: Workspace) -> bool:
    return bool(issuer.get_issuer(ws).publish_credentials)


def plan_erasure(ws: Workspace, learner_id: int) -> ErasurePlan:
    with ws.read_session() as s:
        learner = live_learner(s, learner_id)
        credentials = s.scalar(select(func.count()).select_from(Credential)
                               .where(Credential.learner_id == learner_id)) or 0
        cohorts = s.scalar(select(func.count()).select_from(Enrolment).where(Enrolment.learner_id == learner_id)) or 0
    return ErasurePlan(learner_id, learner.name, learner.email, credentials, cohorts, len(ws.own_backups()),
                       bool(credentials) and _publishes_pages(ws))


def redacted_record(signed_json: str, erased_on: str) -> str:
    """What the register keeps of a signed credential: no name, no results, no evidence; the
    identity hashes without their salts. With its salt a hash is a guess away from the e-mail,
    number or name it hides; without it, it still matches the learner's own copy (which keeps
    the salt), so a holder can show the credential was issued to them."""
    doc: dict[str, Any] = json.loads(signed_json)
    kept = {k: doc[k] for k in _KEPT if k in doc}
    issuer_doc = doc.get("issuer")
    if isinstance(issuer_doc, dict):
        kept["issuer"] = {"id": issuer_doc.get("id")}
    subject = doc.get("credentialSubject") or {}
    achievement = subject.get("achievement") or {}
    hashes = [{k: v for k, v in ident.items() if k in ("type", "identityHash", "identityType", "hashed")}
              for ident in subject.get("identifier") or [] if isinstance(ident, dict)]
    kept["credentialSubject"] = {"identifier": hashes, "achievement": {"id": achievement.get("id")}}
    kept["erased"] = erased_on
    return json.dumps(kept, ensure_ascii=False, indent=2)


def _needles(learner: Learner) -> list[str]:
    """What names the learner in free text (logs, other credentials' revocation reasons): their
    name and e-mail as typed and decomposed (macOS file names), and a student number only when
    it cannot be mistaken for a time or a count ("100" is in every log)."""
    out = [v for v in (learner.name, learner.email) if v and len(v.strip()) >= 2]
    number = (learner.student_number or "").strip()
    if len(number) >= 5 or (number and not number.isdigit()):
        out.append(number)
    return list(dict.fromkeys(out + [unicodedata.normalize("NFD", v) for v in out]))


def _files_of(paths: list[str | None]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        if p:
            path = Path(p)
            out += [path, path.parent / REPLACED_DIR / path.name]
    return out


def _packages_of(folders: set[Path], credential_ids: set[str]) -> list[Path]:
    """Delivery packages (folder per learner) under ``packages/`` beside the certificates that
    hold one of ``credential_ids``' signed JSON."""
    found = []
    for folder in folders:
        root = folder / PACKAGES
        if not root.is_dir():
            continue
        for pkg in root.iterdir():
            if pkg.is_dir() and not pkg.is_symlink() and any(
                    _mentions(f, credential_ids) for f in pkg.glob("*.json")):
                found.append(pkg)
    return found


def _mentions(path: Path, credential_ids: set[str]) -> bool:
    if not path.is_file() or path.stat().st_size > 1_000_000:  # a credential or a wallet, not a stray file
        return False
    text = path.read_text("utf-8", errors="replace")
    return any(cid in text for cid in credential_ids)


def erase_learner(ws: Workspace, learner_id: int) -> ErasureReport:
    """Erase a learner's personal data everywhere this workspace keeps it. Not undoable.

    The database changes commit first (one transaction); then files, print files, logs and
    compaction follow, each failure said in the report without stopping the others."""
    require(ws, Role.ADMINISTRATOR)
    report = ErasureReport(learner_id, public_pages=_publishes_pages(ws))
    now = utcnow()
    with ws.session() as s:
        learner = live_learner(s, learner_id)
        needles = _needles(learner)
        creds = list(s.scalars(select(Credential).where(Credential.learner_id == learner_id)))
        files = _files_of([p for c in creds for p in (c.pdf_path, c.json_path)])
        folders = {(Path(c.pdf_path).parent, c.cohort_id) for c in creds if c.cohort_id and c.pdf_path}
        for c in creds:
            c.signed_json = redacted_record(c.signed_json, now.date().isoformat())
            c.recipient_name, c.pdf_path, c.json_path = ERASED_NAME, None, None
            if c.revocation_reason:
                c.revocation_reason = WITHHELD_REASON
        # another credential's reason may name them ("mixed up with Ann Xu's results")
        pattern = whole_words(needles)
        for other in s.scalars(select(Credential).where(Credential.revocation_reason.is_not(None),
                                                        Credential.learner_id != learner_id)):
            if other.revocation_reason and pattern.search(other.revocation_reason):
                other.revocation_reason = pattern.sub(ERASED, other.revocation_reason)
        for model in (Evidence, AssessmentResult, Enrolment, OutboxMessage, ImportedCredential):
            s.execute(delete(model).where(model.learner_id == learner_id))
        s.execute(update(Learner).where(Learner.id == learner_id).values(
            name=ERASED_NAME, name_key=f"~erased {learner_id}", family_key=f"~erased {learner_id}",
            email=None, student_number=None, erased_at=now))
        replaced_head = audit.head_hash(s)
        report.audit_events_redacted = len(audit.redact(s, {c.id for c in creds}, learner_id, needles))
        audit.append(s, "learner.erased", f"learner {learner_id}", credentials=[c.id for c in creds],
                     redacted_events=report.audit_events_redacted,
                     **({"replaced_head": replaced_head} if report.audit_events_redacted else {}))
        report.credentials = len(creds)
    _remove_files(report, files, {f for f, _ in folders}, {c.id for c in creds})
    for folder, cohort_id in folders:
        _rewrite_print_file(ws, report, cohort_id, folder.parent if folder.name == REPLACED_DIR else folder)
    report.log_files_scrubbed = scrub(needles)
    report.compact_problem = ws.compact()
    report.compacted = report.compact_problem is None
    report.backups = ws.own_backups()
    log.info("learner %s erased: %d credentials kept without personal data", learner_id, report.credentials)
    return report


def _remove_files(report: ErasureReport, files: list[Path], folders: set[Path], credential_ids: set[str]) -> None:
    unreachable: set[Path] = set()
    for f in files:
        try:
            if f.exists():
                f.unlink()
                report.files_removed += 1
            elif not f.parent.is_dir() and f.parent.name != REPLACED_DIR:
                unreachable.add(f.parent)  # an unplugged drive, a moved folder
        except OSError as exc:
            report.left_behind.append(f"{f} could not be deleted ({exc.strerror or exc}): delete it yourself.")
    for folder in sorted(unreachable):
        report.left_behind.append(f"The folder {folder} could not be reached: delete this learner's certificate "
                                  "files there yourself when it is back.")
    for pkg in _packages_of({f.parent if f.name == REPLACED_DIR else f for f in folders}, credential_ids):
        try:
            shutil.rmtree(pkg)
            report.packages_removed += 1
        except OSError as exc:
            report.left_behind.append(f"The package {pkg} could not be deleted ({exc.strerror or exc}): delete "
                                      "it yourself.")


def _rewrite_print_file(ws: Workspace, report: ErasureReport, cohort_id: int, folder: Path) -> None:
    """The cohort's print file and manifest without the learner; when they cannot be rebuilt (a
    certificate file missing, a full disk), they are deleted rather than left holding the learner."""
    if not folder.is_dir():
        return
    try:
        refresh_print_file(ws, cohort_id, folder)
    except (BadgesmithError, OSError):
        removed = []
        for name in (COMBINED_NAME, MANIFEST_NAME):
            path = folder / name.format(cohort=cohort_id)
            try:
                if path.exists():
                    path.unlink()
                    removed.append(path.name)
            except OSError:
                report.left_behind.append(f"{path} still lists this learner and could not be deleted: delete it "
                                          "yourself.")
        if removed:
            report.left_behind.append(f"{' and '.join(removed)} in {folder} could not be rebuilt without this "
                                      "learner, so they were deleted: make the print file again with Print….")
