"""Importing learners and results into a workspace: preview first, then commit exactly what was
previewed (the files are read and checked by core/imports).

Nothing is written until the user confirms a preview; the commit is one transaction, so a
failure or a killed process leaves the workspace exactly as it was.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from badgesmith.core.errors import ValidationError
from badgesmith.core.imports import previews
from badgesmith.core.imports.learner_rows import ColumnMapping
from badgesmith.core.imports.previews import LearnerImportPreview, ResultsImportPreview
from badgesmith.core.imports.result_rows import CriterionColumn, ResultColumnMapping
from badgesmith.core.services import assessment
from badgesmith.core.services.learners import (
    existing_emails,
    existing_student_numbers,
    insert_learners,
)
from badgesmith.core.store.models import Enrolment, Learner
from badgesmith.core.store.workspace import Workspace

log = logging.getLogger(__name__)


def preview_learner_import(
    ws: Workspace, path: Path, mapping: ColumnMapping | None = None, sheet: str | None = None
) -> LearnerImportPreview:
    """Read and check a learners file against the workspace; writes nothing."""
    return previews.preview_learners(path, mapping, sheet, existing_emails(ws), existing_student_numbers(ws))


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


def preview_results_import(
    ws: Workspace, cohort_id: int, path: Path, mapping: ResultColumnMapping | None = None
) -> ResultsImportPreview:
    crits = assessment.criteria_for_cohort(ws, cohort_id)
    specs = [CriterionColumn(c.name, c.kind, c.min_value, c.max_value, c.levels) for c in crits]  # type: ignore[arg-type]
    with ws.read_session() as s:
        people = s.execute(
            select(Learner.id, Learner.name, Learner.email, Learner.student_number)
            .join(Enrolment, Enrolment.learner_id == Learner.id)
            .where(Enrolment.cohort_id == cohort_id)
        ).all()
    return previews.preview_results(path, cohort_id, specs, ((r[0], r[1], r[2], r[3]) for r in people), mapping)


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
