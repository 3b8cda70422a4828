"""Rows of a learner-import preview: what each line of the file will become, and why."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from badgesmith.ui.models.table import Column, RowsModel

if TYPE_CHECKING:
    from badgesmith.core.imports.learner_rows import ImportReport

STATUS_TEXT = {
    "accepted": "✓ Will be imported",
    "rejected": "✗ Error",
    "duplicate-in-file": "Duplicate in file",
    "already-in-workspace": "Already in workspace",
}
STATUS_COLOUR = {"accepted": "#1B7F3B", "rejected": "#B00020"}


@dataclass(frozen=True)
class PreviewRow:
    line_no: int
    status: str
    name: str
    email: str
    student_number: str
    message: str


def preview_rows(report: ImportReport) -> list[PreviewRow]:
    rows = [PreviewRow(r.line_no, "accepted", r.name, r.email or "", r.student_number or "", "")
            for r in report.accepted]
    for r in report.rejected:
        lr = r.learner
        name = lr.name if lr else " ".join(c for c in r.cells[:2] if c)
        rows.append(PreviewRow(r.line_no, r.status.value, name, (lr.email or "") if lr else "",
                               (lr.student_number or "") if lr else "", " ".join(r.messages)))
    rows.sort(key=lambda p: p.line_no)
    return rows


COLUMNS: list[Column[PreviewRow]] = [
    Column("line", "Line", lambda p: str(p.line_no), align_right=True),
    Column("status", "Status", lambda p: STATUS_TEXT.get(p.status, p.status),
           foreground=lambda p: STATUS_COLOUR.get(p.status, "#8A6D00")),
    Column("name", "Name", lambda p: p.name),
    Column("email", "E-mail", lambda p: p.email),
    Column("student_number", "Student number", lambda p: p.student_number),
    Column("message", "Why", lambda p: p.message, tooltip=lambda p: p.message or None),
]


class ImportPreviewModel(RowsModel[PreviewRow]):
    def __init__(self, parent: object = None) -> None:
        super().__init__(COLUMNS, parent=parent)

    def set_report(self, report: ImportReport) -> None:
        self.set_rows(preview_rows(report))
