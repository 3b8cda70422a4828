"""Previews of an import: what a file would add, row by row, before anything is written.

Pure Python (no database, no Qt): the services pass in what the workspace already holds (the
e-mail addresses and student numbers taken, the cohort's learners and criteria), and commit
exactly what the preview accepted.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from badgesmith.core.imports.learner_rows import ColumnMapping, ImportReport, validate_learner_rows
from badgesmith.core.imports.result_rows import (
    CriterionColumn,
    ResultColumnMapping,
    ResultImportReport,
    learner_index,
    parse_result_rows,
)
from badgesmith.core.imports.tables import open_table, read_table

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


def preview_learners(path: Path, mapping: ColumnMapping | None, sheet: str | None,
                     emails: Collection[str], numbers: Collection[str]) -> LearnerImportPreview:
    """Read and check a learners file against the e-mail addresses and student numbers taken."""
    with open_table(path, sheet=sheet) as stream:
        headers = list(stream.headers)
        report = validate_learner_rows(stream, mapping, emails, numbers)
        encoding = getattr(stream, "encoding", None)
        delimiter = getattr(stream, "delimiter", None)
    return LearnerImportPreview(Path(path), headers, encoding, delimiter, report)


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


def preview_results(path: Path, cohort_id: int, specs: list[CriterionColumn],
                    people: Iterable[tuple[int, str, str | None, str | None]],
                    mapping: ResultColumnMapping | None) -> ResultsImportPreview:
    """Read and check a results file against the cohort's criteria and learners (id, name,
    e-mail, student number)."""
    lookup = learner_index(people)
    report = parse_result_rows(read_table(path), specs, lookup, mapping)
    return ResultsImportPreview(Path(path), cohort_id, report)
