"""Awarding: who can be issued, and the crash-safe, resumable, parallel issuing pipeline.

Workers (processes) sign and render; this process is the one writer. For each credential the
writer first puts its PDF and JSON in place (temporary name, fsync, a note of the names, rename;
names read like a person's and are chosen the same way again, so a resumed run overwrites rather
than duplicates), then commits the credential row and its audit event in one transaction. A crash
before the commit leaves files that the next run overwrites or removes (the note names them); a
crash after it leaves a complete credential, which the next run skips.
The combined print PDF and the manifest are rewritten at the end of every run.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from badgesmith.core.credentials import ob3
from badgesmith.core.credentials.dataintegrity import parse_xsd_datetime
from badgesmith.core.credentials.keys import UnlockedKey
from badgesmith.core.credentials.statuslist import status_entry
from badgesmith.core.errors import BadgesmithError, NotFound, ValidationError, WorkspaceError
from badgesmith.core.fileio import (
    OutputError,
    atomic_write_bytes,
    atomic_write_text,
    describe_os_error,
    publish,
    stage_bytes,
    sync_all,
)
from badgesmith.core.paper import fonts
from badgesmith.core.paper.batchpdf import combine_certificates
from badgesmith.core.processes import process_context
from badgesmith.core.said import QT_TRANSLATE_NOOP, joined, said
from badgesmith.core.services import assessment, issuer, issuing_lock, pathway_awards
from badgesmith.core.services.achievements import current_version
from badgesmith.core.services.credential_data import (
    CohortRecords,
    IssueContext,
    Job,
    design_key,
    file_stem,
    free_stem,
    issue_context,
    make_job,
    renewed_stem,
    stem_key,
)
from badgesmith.core.services.csv_export import CsvExportError, write_csv
from badgesmith.core.services.csv_style import CsvStyle
from badgesmith.core.services.issue_worker import (
    CredentialMaker,
    Made,
    NotMade,
    init_worker,
    make_in_worker,
    warm_up,
)
from badgesmith.core.services.shared_database import require
from badgesmith.core.services.status_lists import status_list_url_for
from badgesmith.core.store import audit
from badgesmith.core.store.models import (
    AchievementVersion,
    Cohort,
    Credential,
    Enrolment,
    Learner,
    utcnow,
)
from badgesmith.core.store.roles import Role
from badgesmith.core.store.workspace import Workspace
from badgesmith.logs import log_dir

log = logging.getLogger(__name__)
Progress = Callable[[int, int, str], None]
Cancel = Callable[[], bool]

COMBINED_NAME = "print-C{cohort}.pdf"  # per cohort: several cohorts may share one folder
MANIFEST_NAME = "manifest-C{cohort}.csv"
REPLACED_DIR = "replaced"  # files of superseded credentials are moved here, never deleted
GROUP_SECONDS = 0.5  # commit at least this often: a crash loses at most this much work
GROUP_SIZE = 50
# Names of files put in place whose credentials are not committed yet: a killed run's orphans.
PENDING_NAME = ".badgesmith-pending.json"


@dataclass(frozen=True)
class PlanRow:
    learner_id: int
    name: str
    email: str | None
    eligible: bool
    reasons: tuple[str, ...]
    credential_id: str | None  # the live credential already issued, if any
    renderable: bool
    problem: str | None  # why the name cannot be printed
    revoked: bool = False  # the live credential was revoked: renewing it needs a deliberate choice
    review: str | None = None  # the live credential waits for the trainer's review (pathway_awards)


@dataclass(frozen=True)
class IssuedItem:
    learner_id: int
    name: str
    credential_id: str
    pdf: Path
    json: Path


@dataclass
class IssueSummary:
    out_dir: Path
    issued: list[IssuedItem] = field(default_factory=list)
    skipped: list[tuple[int, str, str]] = field(default_factory=list)  # learner id, name, why
    failed: list[tuple[int, str, str]] = field(default_factory=list)
    cancelled: bool = False
    error: str | None = None  # a fault that stopped the batch (full disk, unwritable folder)
    combined_pdf: Path | None = None
    manifest: Path | None = None
    seconds: float = 0.0
    not_printed: list[tuple[int, str]] = field(default_factory=list)  # revoked: left out of the print file
    # in a print file of mixed designs, whose certificate differs from the newest one (see mixed_designs)
    earlier_design: list[tuple[int, str]] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.failed and not self.cancelled and self.error is None

    def lines(self) -> list[str]:
        out = [f"Issued {len(self.issued)}, skipped {len(self.skipped)}, failed {len(self.failed)}"
               f" in {self.seconds:.1f} s."]
        out += [f"  failed: {name}: {why}" for _, name, why in self.failed]
        if self.cancelled:
            out.append("Cancelled: the credentials listed as issued are complete; run again to finish "
                       "(that run also rewrites the print file).")
        if self.error:
            out.append(self.error)
        if self.combined_pdf:
            out.append(f"Print file: {self.combined_pdf}")
        if self.earlier_design:
            out.append(self.mixed_designs())
        if self.manifest:
            out.append(f"Manifest:   {self.manifest}")
        return out

    def as_dict(self) -> dict[str, Any]:
        return {
            "out_dir": str(self.out_dir), "complete": self.complete, "cancelled": self.cancelled,
            "error": self.error, "seconds": round(self.seconds, 3),
            "issued": [{"learner_id": i.learner_id, "name": i.name, "credential_id": i.credential_id,
                        "pdf": str(i.pdf), "json": str(i.json)} for i in self.issued],
            "skipped": [{"learner_id": a, "name": b, "reason": c} for a, b, c in self.skipped],
            "failed": [{"learner_id": a, "name": b, "reason": c} for a, b, c in self.failed],
            "combined_pdf": str(self.combined_pdf) if self.combined_pdf else None,
            "manifest": str(self.manifest) if self.manifest else None,
            "earlier_design": [{"learner_id": a, "name": b} for a, b in self.earlier_design],
        }

    def mixed_designs(self, names: int = 10) -> str:
        """The print file mixes designs, in a sentence naming (the first ``names`` of) those drawn
        with the earlier one; empty when it does not."""
        if not self.earlier_design:
            return ""
        listed = [n for _, n in self.earlier_design[:names]]
        more = len(self.earlier_design) - len(listed)
        who = ", ".join(listed) + (f" and {more} more" if more else "")
        n = len(self.earlier_design)
        return (f"The print file mixes certificate designs: {n} certificate{'s' if n != 1 else ''} "
                f"({who}) {'were' if n != 1 else 'was'} drawn with an earlier design or version of the "
                "achievement than the newest. Renew them to print them all alike.")


def eligibility(ws: Workspace, cohort_id: int,
                grid: dict[int, assessment.Eligibility] | None = None) -> dict[int, assessment.Eligibility]:
    """Who may be issued a credential in the cohort: a pathway's cohort by its requirement, any
    other by its assessment grid (``grid``: that answer when the caller has it already). The one
    answer the Issue page, the command line and the overview give."""
    pathway = pathway_awards.cohort_eligibility(ws, cohort_id)  # None: not a pathway's cohort
    if pathway is not None:
        return pathway
    return grid if grid is not None else assessment.eligibility(ws, cohort_id)


def plan_issue(ws: Workspace, cohort_id: int) -> list[PlanRow]:
    """Every enrolled learner in roster order: eligible or why not, already issued, printable."""
    elig = eligibility(ws, cohort_id)
    with ws.read_session() as s:
        cohort = s.get(Cohort, cohort_id)
        if cohort is None:
            raise NotFound(f"There is no cohort with id {cohort_id}.")
        live = {lid: (cid, status, review) for lid, cid, status, review in s.execute(
            select(Credential.learner_id, Credential.id, Credential.status, Credential.review_note).where(
                Credential.cohort_id == cohort_id, Credential.achievement_id == cohort.achievement_id,
                Credential.superseded_by.is_(None))).all()}
        rows = s.execute(
            select(Learner.id, Learner.name, Learner.email)
            .join(Enrolment, Enrolment.learner_id == Learner.id)
            .where(Enrolment.cohort_id == cohort_id).order_by(Enrolment.position, Enrolment.id)).all()
    out = []
    for lid, name, email in rows:
        e = elig.get(lid, assessment.Eligibility(False, (said(QT_TRANSLATE_NOOP("core", "Not enrolled.")),)))
        missing = fonts.missing_glyphs(name)
        problem = (said(QT_TRANSLATE_NOOP("core", "The name cannot be printed: no font has {characters}."),
                        characters=fonts.describe_missing(missing)) if missing else None)
        cred_id, status, review = live.get(lid, (None, None, None))
        out.append(PlanRow(lid, name, email, e.eligible, e.reasons, cred_id, not missing, problem,
                           revoked=status == "revoked", review=review if status == "active" else None))
    return out


def _prepare_folder(out_dir: Path) -> None:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(describe_os_error(exc, out_dir / "x")) from exc
    probe = out_dir / ".badgesmith-write-test"
    atomic_write_bytes(probe, b"ok", fsync=False)
    probe.unlink(missing_ok=True)
    # Leftovers of a killed run: temporary files are never part of a complete credential.
    for p in out_dir.iterdir():
        if p.name.startswith(".") and (p.name.endswith(".part") or p.name.startswith(".batch-")):
            p.unlink(missing_ok=True)


def issue_batch(
    ws: Workspace,
    cohort_id: int,
    passphrase: str | None,
    out_dir: Path,
    *,
    learner_ids: list[int] | None = None,
    reissue: bool = False,
    renew_revoked: bool = False,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    workers: int | None = None,
    csv_style: CsvStyle | None = None,
) -> IssueSummary:
    """Issue credentials and certificates for the cohort's eligible learners into ``out_dir``.

    ``reissue`` renews live credentials (keeping their award date); a revoked one is renewed
    only when its learner is named in ``learner_ids`` and ``renew_revoked`` confirms it: the
    revoked credential stays revoked, and the new one is a separate, active credential.

    One batch per cohort runs at a time, wherever it was started: a second one raises
    ``issuing_lock.IssuingBusy`` saying who is issuing (before anything is planned or written).
    """
    require(ws, Role.ISSUER)
    started = time.perf_counter()
    out_dir = Path(out_dir).expanduser().resolve()
    key = issuer.unlock_key(ws, passphrase)
    with issuing_lock.claimed(ws, issuing_lock.cohort_target(cohort_id)):
        return _issue_claimed(ws, cohort_id, key, out_dir, started, learner_ids=learner_ids, reissue=reissue,
                              renew_revoked=renew_revoked, progress=progress, cancel=cancel, workers=workers,
                              csv_style=csv_style)


def _issue_claimed(
    ws: Workspace,
    cohort_id: int,
    unlocked: tuple[int, UnlockedKey],
    out_dir: Path,
    started: float,
    *,
    learner_ids: list[int] | None,
    reissue: bool,
    renew_revoked: bool,
    progress: Progress | None,
    cancel: Cancel | None,
    workers: int | None,
    csv_style: CsvStyle | None,
) -> IssueSummary:
    """``issue_batch`` while it holds the cohort's issuing lock."""
    key_id, key = unlocked
    _prepare_folder(out_dir)
    _remove_orphans(ws, out_dir)  # before names are chosen: a killed run's names are free again
    summary = IssueSummary(out_dir)
    plan = plan_issue(ws, cohort_id)
    if learner_ids is not None:
        wanted = set(learner_ids)
        unknown = wanted - {r.learner_id for r in plan}
        if unknown:
            raise ValidationError(f"Learner {min(unknown)} is not enrolled in this cohort.")
        plan = [r for r in plan if r.learner_id in wanted]
    targets: list[PlanRow] = []
    for r in plan:
        if not r.eligible:
            summary.skipped.append((r.learner_id, r.name, said(QT_TRANSLATE_NOOP("core", "Not eligible: {reasons}"),
                                                               reasons=joined(r.reasons))))
        elif r.credential_id and not reissue:
            summary.skipped.append((r.learner_id, r.name, said(QT_TRANSLATE_NOOP("core", "Already issued."))))
        elif r.revoked and not (renew_revoked and learner_ids is not None):
            summary.skipped.append((r.learner_id, r.name, said(QT_TRANSLATE_NOOP(
                "core", "Revoked: a revoked credential is renewed only when its learner is named and the renewal "
                        "confirmed."))))
        elif not r.renderable:
            summary.failed.append((r.learner_id, r.name, r.problem or "The name cannot be printed."))
        else:
            targets.append(r)

    ctx = _batch_context(ws, cohort_id, key.did)
    seed = key.private_key.private_bytes_raw()
    init_args = (seed, ctx.template_id, ctx.template_overrides, ctx.paper, ctx.orientation,
                 ctx.verify_page_url, ctx.issuer.did)
    n_workers = workers if workers is not None else (os.cpu_count() or 1)
    # Start the workers first: their start-up (imports, fonts) overlaps building the jobs.
    pool = _start_pool(n_workers, init_args) if n_workers > 1 and len(targets) >= 4 else None
    try:
        jobs, awarded_of = _make_jobs(ws, ctx, cohort_id, targets, key_id)
    except BaseException:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
        raise
    total = len(jobs)
    if progress:
        progress(0, total, "Starting")
    created = utcnow().replace(microsecond=0)
    writer = _Writer(ws, out_dir, cohort_id, key_id, ctx.achievement_id, ctx.version_id, summary,
                     {r.learner_id: r for r in targets}, awarded_of, ctx.design,
                     _file_stems(ws, out_dir, targets, ctx.achievement.name))
    try:
        for i, result in enumerate(_run(jobs, init_args, created, pool, n_workers, cancel), 1):
            if isinstance(result, NotMade):
                row = writer.targets[result.learner_id]
                reason = result.reason
                if result.traceback:
                    log.error("internal error making the credential of learner %s:\n%s", row.learner_id,
                              result.traceback)
                    reason += f" ({log_dir()})"
                summary.failed.append((row.learner_id, row.name, reason))
            else:
                writer.add(result)
            if progress:
                progress(i, total, writer.targets[result.learner_id].name)
            if cancel and cancel():
                summary.cancelled = True
                break
        writer.flush()
    except OutputError as exc:
        writer.abandon()
        summary.error = exc.message + f" {len(summary.issued)} credentials were issued completely."
    except WorkspaceError as exc:
        writer.discard_staged()
        summary.error = exc.message + f" {len(summary.issued)} credentials were issued completely."
    finally:
        del seed
    if summary.error is None:
        try:
            _finish_folder(ws, cohort_id, ctx.achievement_id, out_dir, summary, progress, csv_style)
        except OutputError as exc:
            summary.error = exc.message
    else:
        with contextlib.suppress(OSError):  # what a fault left uncommitted (the next run retries)
            _remove_orphans(ws, out_dir)
    summary.seconds = time.perf_counter() - started
    log.info("issue cohort %s into %s: %d issued, %d skipped, %d failed, cancelled=%s, error=%s, %.1f s",
             cohort_id, out_dir, len(summary.issued), len(summary.skipped), len(summary.failed),
             summary.cancelled, summary.error, summary.seconds)
    return summary


def _batch_context(ws: Workspace, cohort_id: int, did: str) -> IssueContext:
    with ws.read_session() as s:
        cohort = s.get(Cohort, cohort_id)
        if cohort is None:
            raise NotFound(f"There is no cohort with id {cohort_id}.")
        ctx = issue_context(s, cohort_id, current_version(s, cohort.achievement_id), did)
        wording = pathway_awards.requirement_wording(s, cohort.achievement_id)
        if wording is not None:
            # a pathway is earned by credentials, not by attending its cohort: no term, no dates;
            # its criteria state the requirement in words, after what the trainer wrote
            said = ctx.achievement.criteria_narrative
            narrative = said if wording in said else f"{said}\n\n{wording}"
            ctx = replace(ctx, cohort_name=None, activity_start=None, activity_end=None,
                          achievement=replace(ctx.achievement, criteria_narrative=narrative))
        return ctx


def _make_jobs(ws: Workspace, ctx: IssueContext, cohort_id: int, targets: list[PlanRow],
               key_id: int) -> tuple[list[Job], dict[int, tuple[str, datetime]]]:
    awarded_of: dict[int, tuple[str, datetime]] = {}
    jobs: list[Job] = []
    with ws.read_session() as s:
        records = CohortRecords.load(s, cohort_id, ctx.version_id)
        learners_by_id = {lr.id: lr for lr in s.scalars(select(Learner).where(
            Learner.id.in_([r.learner_id for r in targets])))} if len(targets) < 30000 else None
        list_url = (status_list_url_for(s, ctx.status_list_url, key_id, ctx.issuer.did)
                    if ctx.status_list_url else None)
        # reserved for this batch (committed apart): another cohort issued meanwhile takes the next ones
        next_index = issuing_lock.reserve_status_indexes(ws, len(targets)) if list_url and targets else 0
        now = utcnow().replace(microsecond=0)
        earned = pathway_awards.awards(s, ctx.achievement_id, [r.learner_id for r in targets])
        for r in targets:
            awarded = None
            evidence: tuple[ob3.EvidenceInfo, ...] = ()
            award = earned.get(r.learner_id)
            if award is not None:  # a pathway: awarded the day its last requirement was met
                awarded, evidence = award.awarded_at, award.evidence()
            if r.credential_id:
                old = s.get(Credential, r.credential_id)
                if old is None:
                    raise WorkspaceError("The workspace changed while issuing (a credential was removed); try again.")
                awarded = old.awarded_date  # a re-issue keeps the original award date
                awarded_of[r.learner_id] = (old.id, old.awarded_date)
            entry = None
            cred_id = f"urn:uuid:{uuid.uuid4()}"
            if list_url:
                entry = status_entry(list_url, next_index)
                next_index += 1
            learner = learners_by_id[r.learner_id] if learners_by_id else s.get(Learner, r.learner_id)
            if learner is None:
                raise WorkspaceError("The workspace changed while issuing (a learner was removed); try again.")
            jobs.append(make_job(records, ctx, learner, credential_id=cred_id, valid_from=now,
                                 awarded=awarded, status_entry=entry, more_evidence=evidence))
    return jobs, awarded_of


def _start_pool(n_workers: int, init_args: tuple[Any, ...]) -> ProcessPoolExecutor:
    pool = ProcessPoolExecutor(n_workers, mp_context=process_context(["badgesmith.core.services.issue_worker"]), initializer=init_worker,
                               initargs=init_args)
    for _ in range(n_workers):
        pool.submit(warm_up)  # spawns the worker processes now
    return pool


def _run(jobs: list[Job], init_args: tuple[Any, ...], created: datetime,
         pool: ProcessPoolExecutor | None, n_workers: int, cancel: Cancel | None) -> Iterator[Made | NotMade]:
    """Results in job order, from the process pool (or inline for small batches)."""
    if pool is None:
        maker = CredentialMaker(*init_args)
        for job in jobs:
            yield maker.make(job, created)
        return
    pending: deque[Future[Made | NotMade]] = deque()
    it = iter(jobs)
    try:
        for job in it:
            pending.append(pool.submit(make_in_worker, job, created))
            if len(pending) >= n_workers * 4:
                break
        while pending:
            yield pending.popleft().result()
            if cancel and cancel():
                return
            nxt = next(it, None)
            if nxt is not None:
                pending.append(pool.submit(make_in_worker, nxt, created))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


class _Writer:
    """The one writer: files first, then the credential rows and audit events, in groups."""

    def __init__(self, ws: Workspace, out_dir: Path, cohort_id: int, key_id: int, achievement_id: int,
                 version_id: int, summary: IssueSummary, targets: dict[int, PlanRow],
                 awarded_of: dict[int, tuple[str, datetime]], design: str, stems: dict[int, str]) -> None:
        self.ws, self.out_dir, self.cohort_id, self.key_id = ws, out_dir, cohort_id, key_id
        self.achievement_id, self.version_id, self.design = achievement_id, version_id, design
        self.summary, self.targets, self.awarded_of = summary, targets, awarded_of
        self.stems = stems  # learner id -> file name (without extension), unique in the folder
        self.group: list[tuple[Made, Path, Path]] = []
        self.staged: list[tuple[Path, Path]] = []  # (temporary file, final name)
        self.last_commit = time.monotonic()

    def add(self, made: Made) -> None:
        stem = self.stems[made.learner_id]
        pdf, js = self.out_dir / f"{stem}.pdf", self.out_dir / f"{stem}.json"
        self.staged.append((stage_bytes(pdf, made.pdf), pdf))
        self.staged.append((stage_bytes(js, made.signed_json.encode("utf-8")), js))
        self.group.append((made, pdf, js))
        if len(self.group) >= GROUP_SIZE or time.monotonic() - self.last_commit > GROUP_SECONDS:
            self.flush()

    def flush(self) -> None:
        if not self.group:
            return
        # Files durable and in place before the rows that point at them are committed.
        sync_all([tmp for tmp, _ in self.staged])
        # Noted (durably) before they are put in place: if this run dies before the commit, the
        # next one knows which files belong to no credential (_remove_orphans).
        atomic_write_text(self.out_dir / PENDING_NAME, json.dumps([final.name for _, final in self.staged]))
        for tmp, final in self.staged:
            publish(tmp, final)
        self.staged.clear()
        sync_all([self.out_dir])
        replaced: list[Path] = []  # files of superseded credentials, moved aside once committed
        try:
            self._commit(replaced)
        except SQLAlchemyError as exc:
            # Nothing of the group was committed: its files belong to no credential.
            for _, pdf, js in self.group:
                pdf.unlink(missing_ok=True)
                js.unlink(missing_ok=True)
            self.group.clear()
            reason = getattr(exc, "orig", None) or exc.__class__.__name__
            raise WorkspaceError(
                f"The workspace could not record the credentials ({reason}); if another Badgesmith "
                "window is saving, wait and run the batch again."
            ) from None
        move_aside(replaced)
        for made, pdf, js in self.group:
            self.summary.issued.append(IssuedItem(made.learner_id, self.targets[made.learner_id].name,
                                                  made.credential_id, pdf, js))
        self.group.clear()
        self.last_commit = time.monotonic()

    def _commit(self, replaced: list[Path]) -> None:
        with self.ws.session() as s:
            for made, pdf, js in self.group:
                doc = json.loads(made.signed_json)
                row = self.targets[made.learner_id]
                old = self.awarded_of.get(made.learner_id)
                if old is not None:
                    prev = s.get(Credential, old[0])
                    if prev is None:
                        raise WorkspaceError("The workspace changed while issuing (a credential was removed).")
                    prev.superseded_by = made.credential_id
                    # the row points at where its files will be; they move right after the commit
                    for attr in ("pdf_path", "json_path"):
                        p = getattr(prev, attr)
                        if p and Path(p) not in (pdf, js) and Path(p).parent.name != REPLACED_DIR:
                            replaced.append(Path(p))
                            setattr(prev, attr, str(aside(Path(p))))
                    s.flush()
                valid_until = doc.get("validUntil")
                entry = doc.get("credentialStatus")
                s.add(Credential(
                    id=made.credential_id, learner_id=made.learner_id, achievement_id=self.achievement_id,
                    version_id=self.version_id, cohort_id=self.cohort_id, key_id=self.key_id,
                    signed_json=made.signed_json, recipient_name=row.name,
                    achievement_name=doc["credentialSubject"]["achievement"]["name"],
                    awarded_date=parse_date_time(doc["awardedDate"]), valid_from=parse_date_time(doc["validFrom"]),
                    valid_until=parse_date_time(valid_until) if valid_until else None,
                    status_list_index=int(entry["statusListIndex"]) if entry else None,
                    status_list_url=entry["statusListCredential"] if entry else None,
                    issuer_did=doc["issuer"]["id"],
                    pdf_path=str(pdf), json_path=str(js), design=self.design,
                ))
                audit.append(s, "credential.reissued" if old else "credential.issued", made.credential_id,
                             learner=made.learner_id, achievement=self.achievement_id, cohort=self.cohort_id,
                             version=self.version_id,
                             **({"replaces": old[0]} if old else {}))

    def discard_staged(self) -> None:
        for tmp, _ in self.staged:
            tmp.unlink(missing_ok=True)
        self.staged.clear()
        self.group.clear()

    def abandon(self) -> None:
        """After a write fault: commit the credentials whose files are complete, drop the rest."""
        complete = {final for _, final in self.staged}
        self.group = [g for g in self.group if g[1] in complete and g[2] in complete]
        try:
            self.flush()
        except BadgesmithError:
            self.group.clear()
        for tmp, _ in self.staged:
            tmp.unlink(missing_ok=True)
        self.staged.clear()


def _file_stems(ws: Workspace, out_dir: Path, targets: list[PlanRow], achievement_name: str) -> dict[int, str]:
    """Each target's file name (credential_data.file_stem), unique in ``out_dir`` without ids:
    a name some credential refers to (here or moved to ``replaced/``), or that a file there
    already has, is taken; namesakes then get (2), (3)… in roster order. A resumed run finds the
    same names free (_remove_orphans has removed what the killed run left), so it overwrites."""
    taken = {stem_key(Path(n).stem) for folder in (out_dir, out_dir / REPLACED_DIR) if folder.is_dir()
             for n in os.listdir(folder)}
    with ws.read_session() as s:
        taken |= {stem_key(Path(p).stem) for p in referenced_files(s, out_dir)}
    today = date.today()
    stems: dict[int, str] = {}
    for r in targets:
        base = file_stem(r.name, achievement_name)
        # a renewal never takes the name of the live credential it replaces
        stem = free_stem(renewed_stem(base, today) if r.credential_id else base, taken)
        taken.add(stem_key(stem))
        stems[r.learner_id] = stem
    return stems


def referenced_files(s: Session, folder: Path) -> dict[str, str]:
    """Path -> credential id of every credential's files in ``folder`` and its ``replaced/``."""
    prefix = str(folder) + os.sep
    rows = s.execute(select(Credential.id, Credential.pdf_path, Credential.json_path).where(or_(
        Credential.pdf_path.startswith(prefix, autoescape=True),
        Credential.json_path.startswith(prefix, autoescape=True)))).all()
    folders = (folder, folder / REPLACED_DIR)
    return {p: cid for cid, *pair in rows for p in pair if p and Path(p).parent in folders}


def _remove_orphans(ws: Workspace, out_dir: Path) -> None:
    """Delete the files a killed run put in place whose credentials never committed: those the
    pending note names that no credential refers to. Nothing else in the folder is touched."""
    note = out_dir / PENDING_NAME
    try:
        names = json.loads(note.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return
    except (OSError, ValueError):
        names = []
    # only plain names in this folder: the note is a file anyone could edit
    paths = [out_dir / n for n in names if isinstance(n, str) and n and Path(n).name == n and n != ".."]
    with ws.read_session() as s:
        referenced = {p for pair in s.execute(select(Credential.pdf_path, Credential.json_path).where(or_(
            Credential.pdf_path.in_([str(p) for p in paths]),
            Credential.json_path.in_([str(p) for p in paths])))).all() for p in pair if p}
    for path in paths:
        if str(path) not in referenced:
            path.unlink(missing_ok=True)
    note.unlink(missing_ok=True)


def aside(path: Path) -> Path:
    """Where the file of a superseded credential is kept: a ``replaced`` folder beside it."""
    return path.parent / REPLACED_DIR / path.name


def move_aside(paths: list[Path]) -> None:
    """Move replaced files into ``replaced/`` (the rows already point there). A file already
    moved, or lost, is left alone: a later run completes an interrupted move (_finish_folder)."""
    for path in paths:
        if path.exists():
            target = aside(path)
            target.parent.mkdir(exist_ok=True)
            os.replace(path, target)


def parse_date_time(text: str) -> datetime:
    when = parse_xsd_datetime(text)  # our own signed dates: always well formed
    if when is None:
        raise ValidationError(f"{text!r} is not a date and time.")
    return when


def _finish_folder(ws: Workspace, cohort_id: int, achievement_id: int, out_dir: Path,
                   summary: IssueSummary, progress: Progress | None,
                   csv_style: CsvStyle | None = None) -> None:
    """Remove orphans of killed runs; rewrite the combined print PDF and the manifest (a CSV in
    ``csv_style``, by default the user's locale's)."""
    with ws.read_session() as s:
        live = s.execute(
            select(Credential, Learner)
            .join(Learner, Learner.id == Credential.learner_id)
            .join(Enrolment, (Enrolment.learner_id == Learner.id) & (Enrolment.cohort_id == cohort_id))
            .where(Credential.cohort_id == cohort_id, Credential.achievement_id == achievement_id,
                   Credential.superseded_by.is_(None))
            .order_by(Enrolment.position, Enrolment.id)).all()
        pending = [Path(p) for pair in s.execute(
            select(Credential.pdf_path, Credential.json_path).where(
                Credential.cohort_id == cohort_id, Credential.superseded_by.is_not(None))).all()
            for p in pair if p and Path(p).parent == out_dir / REPLACED_DIR]
        drawn = _drawn_with(s, [c for c, _ in live])
    # a run killed between its commit and moving the replaced files aside: finish the move
    move_aside([out_dir / p.name for p in pending if not p.exists()])
    here = [(c, lr) for c, lr in live if c.pdf_path and Path(c.pdf_path).parent == out_dir]
    _remove_orphans(ws, out_dir)
    if not here:
        return
    combined = out_dir / COMBINED_NAME.format(cohort=cohort_id)
    manifest = out_dir / MANIFEST_NAME.format(cohort=cohort_id)
    rows = [(lr.name, lr.email or "", lr.student_number or "", c.id, c.status,
             c.issued_at.date().isoformat(), c.valid_until.date().isoformat() if c.valid_until else "",
             Path(c.pdf_path).name if c.pdf_path else "", Path(c.json_path).name if c.json_path else "")
            for c, lr in here]
    try:
        write_csv(manifest, ["Learner", "E-mail", "Student number", "Credential ID", "Status", "Issued",
                             "Valid until", "PDF", "JSON"], rows, csv_style)
    except CsvExportError as exc:
        raise OutputError(exc.message) from exc
    summary.manifest = manifest
    if summary.cancelled:
        return  # Cancel means stop now: the print file is rewritten by the run that finishes
    if progress:
        progress(len(summary.issued), len(summary.issued), "Writing the print file")
    to_print = [(c, lr) for c, lr in here if c.pdf_path and may_print(c)]
    summary.not_printed = [(lr.id, lr.name) for c, lr in here if not may_print(c)]
    printable = [Path(c.pdf_path) for c, _ in to_print if c.pdf_path]
    if not printable:
        combined.unlink(missing_ok=True)
        return
    try:
        combine_certificates(printable, combined, title=f"Certificates — {here[0][0].achievement_name}")
    except OSError as exc:
        raise OutputError(describe_os_error(exc, combined)) from exc
    summary.combined_pdf = combined
    # A renewal after a design change puts the new design beside the old ones: say whose differ.
    newest = drawn[max(to_print, key=lambda p: p[0].issued_at)[0].id]
    summary.earlier_design = [(lr.id, lr.name) for c, lr in to_print if drawn[c.id] != newest]


def refresh_print_file(ws: Workspace, cohort_id: int, out_dir: Path) -> IssueSummary:
    """Write the cohort's print file (and manifest) in ``out_dir`` again from the register as it is
    now: before printing it (a certificate revoked since the last run must not reach the printer),
    and after an erasure (the erased learner's page and row must go)."""
    out_dir = Path(out_dir).expanduser().resolve()
    summary = IssueSummary(out_dir)
    with ws.read_session() as s:
        achievement_id = s.scalar(select(Cohort.achievement_id).where(Cohort.id == cohort_id))
    if achievement_id is None:
        raise NotFound(f"There is no cohort with id {cohort_id}.")
    if out_dir.is_dir():
        _finish_folder(ws, cohort_id, achievement_id, out_dir, summary, None)
        if summary.manifest is None:  # nobody's certificate is left in the folder
            (out_dir / MANIFEST_NAME.format(cohort=cohort_id)).unlink(missing_ok=True)
            (out_dir / COMBINED_NAME.format(cohort=cohort_id)).unlink(missing_ok=True)
    return summary


def may_print(c: Credential) -> bool:
    """Only active certificates go to a printer: a revoked one must never be handed out."""
    return c.status == "active"


def _drawn_with(s: Session, creds: list[Credential]) -> dict[str, tuple[str, int]]:
    """What each credential's certificate was drawn with: its design and achievement version (a
    certificate shows the version's wording). One issued before designs were recorded (schema
    0006) counts its version's design as it is now."""
    versions = {v.id: v for v in s.scalars(select(AchievementVersion).where(
        AchievementVersion.id.in_({c.version_id for c in creds})))}
    return {c.id: (c.design or design_key(versions[c.version_id].template,
                                          versions[c.version_id].template_overrides or {}), c.version_id)
            for c in creds}
