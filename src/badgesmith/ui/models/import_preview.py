"""Rows of a learner-import preview: what each line of the file will become, and why; a row
that is held back can be corrected in place."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal

from badgesmith.core.imports.learner_rows import LearnerFields, LearnerRow
from badgesmith.ui import colours
from badgesmith.ui.models.table import Column, Index, RowsModel

if TYPE_CHECKING:
    from badgesmith.core.imports.learner_rows import ImportReport, RejectedRow

# translated where shown (the language is installed after import)
STATUS_TEXT = {
    "accepted": str(QT_TRANSLATE_NOOP("ImportPreviewModel", "✓ Will be imported")),
    "rejected": str(QT_TRANSLATE_NOOP("ImportPreviewModel", "✗ Error")),
    "duplicate-in-file": str(QT_TRANSLATE_NOOP("ImportPreviewModel", "Duplicate in file")),
    "already-in-workspace": str(QT_TRANSLATE_NOOP("ImportPreviewModel", "Already in workspace")),
}
STATUS_COLOUR = {"accepted": colours.GOOD, "rejected": colours.BAD}


@dataclass(frozen=True)
class PreviewRow:
    line_no: int
    status: str
    name: str
    email: str
    student_number: str
    message: str


def accepted_row(r: LearnerRow, message: str = "") -> PreviewRow:
    return PreviewRow(r.line_no, "accepted", r.name, r.email or "", r.student_number or "", message)


def rejected_row(r: RejectedRow) -> PreviewRow:
    """A held-back row as the mapping reads it (first and last name in order), with the reason."""
    f = r.fields
    lr = r.learner
    name = f.name if f else lr.name if lr else ""
    email = f.email if f else (lr.email or "") if lr else ""
    number = f.student_number if f else (lr.student_number or "") if lr else ""
    return PreviewRow(r.line_no, r.status.value, name, email, number, " ".join(r.messages))


def status_text(p: PreviewRow) -> str:
    text = STATUS_TEXT.get(p.status)
    return p.status if text is None else QCoreApplication.translate("ImportPreviewModel", text)


def preview_rows(report: ImportReport) -> list[PreviewRow]:
    rows = [accepted_row(r) for r in report.accepted] + [rejected_row(r) for r in report.rejected]
    rows.sort(key=lambda p: p.line_no)
    return rows


# headers are translated where they are shown (the model's context)
COLUMNS: list[Column[PreviewRow]] = [
    Column("line", str(QT_TRANSLATE_NOOP("ImportPreviewModel", "Line")), lambda p: str(p.line_no), align_right=True),
    Column("status", str(QT_TRANSLATE_NOOP("ImportPreviewModel", "Status")), status_text,
           foreground=lambda p: STATUS_COLOUR.get(p.status, colours.WARN)),
    Column("name", str(QT_TRANSLATE_NOOP("ImportPreviewModel", "Name")), lambda p: p.name),
    Column("email", str(QT_TRANSLATE_NOOP("ImportPreviewModel", "E-mail")), lambda p: p.email),
    Column("student_number", str(QT_TRANSLATE_NOOP("ImportPreviewModel", "Student number")),
           lambda p: p.student_number),
    Column("message", str(QT_TRANSLATE_NOOP("ImportPreviewModel", "Why")), lambda p: p.message,
           tooltip=lambda p: p.message or None),
]
EDITABLE = ("name", "email", "student_number")  # a held-back row's values, corrected in place
CORRECTED = str(QT_TRANSLATE_NOOP("ImportPreviewModel", "Corrected by hand."))


class ImportPreviewModel(RowsModel[PreviewRow]):
    """The preview's rows; a row that is held back can be corrected in its Name, E-mail and
    Student number cells, and is then checked again by the import's own rules."""

    corrected = Signal(int)  # the line number of a row a person corrected

    def __init__(self, parent: object = None) -> None:
        super().__init__(COLUMNS, parent=parent, context="ImportPreviewModel")
        self._report: ImportReport | None = None

    def set_report(self, report: ImportReport) -> None:
        self._report = report
        self.set_rows(preview_rows(report))

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self._editable(index):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole and self._editable(index):
            return super().data(index, Qt.ItemDataRole.DisplayRole)
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self._editable(index) or self._report is None:
            return False
        row = self.row_at(index.row())
        values = {"name": row.name, "email": row.email, "student_number": row.student_number}
        key = self.columns[index.column()].name
        if values[key] == str(value or ""):
            return False
        values[key] = str(value or "")
        outcome = self._report.correct(row.line_no, LearnerFields.typed(**values))
        new = accepted_row(outcome, self.tr(CORRECTED)) if isinstance(outcome, LearnerRow) else rejected_row(outcome)
        self._rows[index.row()] = new
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(self.columns) - 1))
        self.corrected.emit(row.line_no)
        return True

    def _editable(self, index: Index) -> bool:
        return (index.isValid() and 0 <= index.row() < len(self._rows)
                and self.columns[index.column()].name in EDITABLE
                and self._rows[index.row()].status != "accepted")
