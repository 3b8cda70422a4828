"""Importing learners and results: preview first, then commit exactly what was previewed.

Nothing is written until the user confirms a preview; the commit is one transaction, so a
failure or a killed process leaves the workspace exactly as it was.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from badgesmith.core.errors import ValidationError
from badgesmith.core.services import assessment
from badgesmith.core.services.cohorts import roster
from badgesmith.core.services.csv_export import write_csv
from badgesmith.core.services.learners import (
    existing_emails,
    existing_student_numbers,
    insert_learners,
)
from badgesmith.core.services.result_rows import (
    CriterionSpec,
    ResultColumnMapping,
    ResultImportReport,
    learner_index,
    parse_result_rows,
)
from badgesmith.core.services.roster_rows import ColumnMapping, ImportReport, validate_learner_rows
from badgesmith.core.services.tabular import open_table, read_table
from badgesmith.core.store.models import Enrolment, Learner
from badgesmith.core.store.workspace import Workspace

log = logging.getLogger(__name__)
MAX_LISTED = 200  # per-row lines printed in a report; the rest are counted


@dataclass
class LearnerImportPreview:
    path: Path
    headers: list[str]
    encoding: str | None
    delimiter: str | None
    report: ImportReport
    sample: list[tuple[int, tuple[str, ...]]] = field(default_factory=list)  # first rows as read

    def report_lines(self, limit: int = MAX_LISTED) -> list[str]:
        lines = [f"{self.path.name}: {self.report.summary()}."]
        lines += [f"Note: {w}" for w in self.report.warnings]
        for r in self.report.rejected[:limit]:
            lines.append(f"  line {r.line_no}: {r.status.value}: {' '.join(r.messages)}")
        if len(self.report.rejected) > limit:
            lines.append(f"  … and {len(self.report.rejected) - limit} more rows not imported.")
        return lines

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": str(self.path),
            "encoding": self.encoding,
            "delimiter": self.delimiter,
            "summary": self.report.summary(),
            "accepted": len(self.report.accepted),
            "warnings": self.report.warnings,
            "rejected": [
                {"line": r.line_no, "status": r.status.value, "messages": list(r.messages)}
                for r in self.report.rejected
            ],
        }


def preview_learner_import(
    ws: Workspace, path: Path, mapping: ColumnMapping | None = None, sheet: str | None = None
) -> LearnerImportPreview:
    """Read and check a learners file against the workspace; writes nothing."""
    emails = existing_emails(ws)
    numbers = existing_student_numbers(ws)
    with open_table(path, sheet=sheet) as stream:
        headers = list(stream.headers)
        report = validate_learner_rows(stream, mapping, emails, numbers)
        encoding = getattr(stream, "encoding", None)
        delimiter = getattr(stream, "delimiter", None)
    return LearnerImportPreview(Path(path), headers, encoding, delimiter, report)


def commit_learner_import(ws: Workspace, preview: LearnerImportPreview) -> int:
    """Insert the preview's accepted rows in one transaction; refuses if the workspace changed."""
    rows = [(r.name, r.email, r.student_number) for r in preview.report.accepted]
    if not rows:
        return 0
    with ws.session() as s:
        emails = {r.email.lower() for r in preview.report.accepted if r.email}
        if emails:
            taken = _taken_emails(s, emails)
            if taken:
                raise ValidationError(
                    f"{len(taken)} of these learners were added since the preview "
                    f"(e.g. {sorted(taken)[0]}); check the file again before importing."
                )
        numbers = {r.student_number.casefold() for r in preview.report.accepted if r.student_number}
        if numbers:
            known = {n.casefold() for n in s.scalars(select(Learner.student_number)
                                                   .where(Learner.student_number.is_not(None))) if n}
            clash = numbers & known
            if clash:
                raise ValidationError(
                    f"{len(clash)} of these student numbers were added since the preview "
                    f"(e.g. {sorted(clash)[0]}); check the file again before importing."
                )
        n = insert_learners(s, rows)
    log.info("imported %d learners from %s", n, preview.path.name)
    return n


def _taken_emails(s: Any, emails: set[str]) -> set[str]:
    taken: set[str] = set()
    items = sorted(emails)
    for i in range(0, len(items), 900):  # SQLite's bound-parameter limit
        chunk = items[i : i + 900]
        taken |= set(s.scalars(select(func.lower(Learner.email)).where(func.lower(Learner.email).in_(chunk))))
    return taken


# --- results ------------------------------------------------------------------------------------


@dataclass
class ResultsImportPreview:
    path: Path
    cohort_id: int
    report: ResultImportReport

    def report_lines(self, limit: int = MAX_LISTED) -> list[str]:
        lines = [f"{self.path.name}: {self.report.summary()}."]
        lines += [f"Note: {w}" for w in self.report.warnings]
        for r in self.report.rejected[:limit]:
            lines.append(f"  line {r.line_no}: {' '.join(r.messages)}")
        if len(self.report.rejected) > limit:
            lines.append(f"  … and {len(self.report.rejected) - limit} more rows with errors.")
        return lines


def preview_results_import(
    ws: Workspace, cohort_id: int, path: Path, mapping: ResultColumnMapping | None = None
) -> ResultsImportPreview:
    crits = assessment.criteria_for_cohort(ws, cohort_id)
    specs = [CriterionSpec(c.name, c.kind, c.min_value, c.max_value, c.levels) for c in crits]  # type: ignore[arg-type]
    with ws.read_session() as s:
        people = s.execute(
            select(Learner.id, Learner.name, Learner.email, Learner.student_number)
            .join(Enrolment, Enrolment.learner_id == Learner.id)
            .where(Enrolment.cohort_id == cohort_id)
        ).all()
    lookup = learner_index((r[0], r[1], r[2], r[3]) for r in people)
    table = read_table(path)
    report = parse_result_rows(table, specs, lookup, mapping)
    return ResultsImportPreview(Path(path), cohort_id, report)


def commit_results_import(ws: Workspace, cohort_id: int, preview: ResultsImportPreview) -> int:
    """Record every accepted value and evidence in one transaction; returns values recorded."""
    by_name = {c.name: c for c in assessment.criteria_for_cohort(ws, cohort_id)}
    count = 0
    with ws.session() as s:
        for row in preview.report.accepted:
            cells: list[tuple[int, int, str | None, str | None]] = []
            for v in row.values:
                c = by_name[v.criterion]
                if v.kind == "score":
                    text = None if v.score is None else repr(v.score)
                elif v.kind == "level":
                    text = v.level
                else:
                    text = None if v.passed is None else (assessment.COMPLETED if v.passed else assessment.FAILED)
                cells.append((row.learner_id, c.id, text, row.assessor))
            when = datetime.combine(row.assessed_on, time(12), UTC) if row.assessed_on else None
            assessment.record_in_session(s, cohort_id, cells, when)
            count += len(cells)
            if row.evidence or row.evidence_url:
                assessment.evidence_in_session(s, cohort_id, row.learner_id, row.evidence,
                                               row.evidence_url, row.assessor)
    return count


def export_results_csv(ws: Workspace, cohort_id: int, out: Path) -> Path:
    """A cohort's results as CSV (one row per learner, a column per criterion), formula-safe."""
    crits = assessment.criteria_for_cohort(ws, cohort_id)
    results = assessment.cohort_results(ws, cohort_id)
    elig = assessment.eligibility(ws, cohort_id)
    headers = ["Learner", "E-mail", "Student number", *[c.name for c in crits], "Eligible", "Why not",
               "Assessor", "Notes", "Evidence URL"]
    rows = []
    for lr in roster(ws, cohort_id):
        r = results.get(lr.id)
        values = r.values if r else {}
        assessor = next((v.assessor for v in values.values() if v.assessor), "")
        e = elig.get(lr.id)
        rows.append([lr.name, lr.email or "", lr.student_number or "",
                     *[(values[c.id].value or "") if c.id in values else "" for c in crits],
                     "yes" if e and e.eligible else "no", " ".join(e.reasons) if e else "",
                     assessor or "", (r.evidence_note or "") if r else "", (r.evidence_url or "") if r else ""])
    write_csv(out, headers, rows)
    return Path(out)
