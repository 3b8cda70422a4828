"""Validate learner rows read from a file: one outcome per row, in plain sentences.

Pure Python (no database, no Qt). The caller passes what the workspace already holds (e-mail
addresses, student numbers) and commits ``report.accepted`` in one transaction.

Decisions (documented for users and for the CLI's report):

* Names: whitespace trimmed and collapsed, NFC-normalised, accents and case kept, invisible
  characters (zero-width space, stray BOM, control characters) removed. A name longer than
  ``NAME_MAX_CHARS`` (200) is rejected: certificates and the QR claim cannot show more, and a
  longer "name" is nearly always a misplaced notes cell.
* E-mail: practical validation, not full RFC 5322 (no quoted local parts, no IP-literal
  domains): one @, a plausible local part, a domain of dotted labels ending in a
  non-numeric top-level domain. ``mailto:`` and ``Name <addr>`` forms are unwrapped. The
  domain is lower-cased; the local part is kept as typed, but duplicates are found
  case-insensitively. A missing e-mail *column* is a report warning; an empty e-mail *cell*
  is allowed unless ``require_email`` is set (then it is a row error).
* Duplicates in the file: a row is a duplicate of an earlier accepted row with the same name,
  e-mail and student number, or the same e-mail, or the same student number (compared
  case-insensitively). Only the first occurrence is imported.
* Already in the workspace: same e-mail (or same student number) as an existing learner.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from badgesmith.core.imports.headers import guess_mapping
from badgesmith.core.imports.tables import ColumnMappingError, Row, TableLike
from badgesmith.core.values import NAME_MAX_CHARS, InvalidEmail, normalise_email, normalise_name

__all__ = [
    "STUDENT_NUMBER_MAX_CHARS",
    "ColumnMapping",
    "ImportReport",
    "LearnerRow",
    "RejectedRow",
    "RowStatus",
    "validate_learner_rows",
]

STUDENT_NUMBER_MAX_CHARS = 64
_LINES_SHOWN = 10


class RowStatus(StrEnum):
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    DUPLICATE_IN_FILE = "duplicate-in-file"
    ALREADY_IN_WORKSPACE = "already-in-workspace"


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """Column indices (0-based) in the table; None when the file has no such column.

    ``name`` wins when set; otherwise ``first_name`` and ``last_name`` are joined.
    """

    name: int | None = None
    first_name: int | None = None
    last_name: int | None = None
    email: int | None = None
    student_number: int | None = None

    @classmethod
    def guess(cls, headers: list[str]) -> ColumnMapping:
        return cls(**guess_mapping(headers, LEARNER_FIELDS))

    @property
    def has_name(self) -> bool:
        return self.name is not None or self.first_name is not None or self.last_name is not None

    def used_columns(self) -> set[int]:
        if self.name is not None:  # first/last columns are then not read
            cols = [self.name, self.email, self.student_number]
        else:
            cols = [self.first_name, self.last_name, self.email, self.student_number]
        return {c for c in cols if c is not None}


LEARNER_FIELDS = ("name", "first_name", "last_name", "email", "student_number")


@dataclass(frozen=True, slots=True)
class LearnerRow:
    line_no: int
    name: str
    email: str | None
    student_number: str | None


@dataclass(frozen=True, slots=True)
class RejectedRow:
    """A row that will not be imported, with one plain sentence per problem."""

    line_no: int
    status: RowStatus
    messages: tuple[str, ...]
    cells: tuple[str, ...]
    learner: LearnerRow | None = None  # the cleaned values, when the row itself was valid


@dataclass(slots=True)
class ImportReport:
    accepted: list[LearnerRow] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)  # in file order
    warnings: list[str] = field(default_factory=list)
    mapping: ColumnMapping = field(default_factory=ColumnMapping)

    def count(self, status: RowStatus) -> int:
        if status is RowStatus.ACCEPTED:
            return len(self.accepted)
        return sum(1 for r in self.rejected if r.status is status)

    @property
    def total(self) -> int:
        return len(self.accepted) + len(self.rejected)

    def summary(self) -> str:
        """E.g. '23 to import, 2 duplicates, 1 already in the workspace, 1 error'."""
        parts = [f"{len(self.accepted)} to import"]
        dup = self.count(RowStatus.DUPLICATE_IN_FILE)
        existing = self.count(RowStatus.ALREADY_IN_WORKSPACE)
        errors = self.count(RowStatus.REJECTED)
        if dup:
            parts.append(_plural(dup, "duplicate"))
        if existing:
            parts.append(f"{existing} already in the workspace")
        if errors:
            parts.append(_plural(errors, "error"))
        return ", ".join(parts)


def validate_learner_rows(
    table: TableLike,
    mapping: ColumnMapping | None = None,
    existing_emails: Collection[str] = frozenset(),
    existing_student_numbers: Collection[str] = frozenset(),
    *,
    require_email: bool = False,
) -> ImportReport:
    """Check every row of ``table`` (a ``Table`` or a streaming ``TableStream``).

    ``existing_emails`` are the workspace's addresses, lower-cased; student numbers are
    compared case-insensitively. ``mapping`` defaults to ``ColumnMapping.guess(headers)``.
    Raises ``ColumnMappingError`` when no column holds names.
    """
    headers = list(table.headers)
    mapping = mapping or ColumnMapping.guess(headers)
    if not mapping.has_name:
        raise ColumnMappingError(
            "No column holds the learners' names. Choose the name column (or the first-name "
            "and last-name columns) in the column mapping."
        )
    report = ImportReport(mapping=mapping)
    if mapping.email is None:
        report.warnings.append(
            "The file has no e-mail column: learners will be imported without e-mail "
            "addresses, and credentials need one to identify the recipient. Choose the e-mail "
            "column in the mapping if the file has one."
        )
    ignored = [
        repr(h) for i, h in enumerate(headers) if i not in mapping.used_columns() and h.strip()
    ]
    if ignored:
        report.warnings.append(
            f"Not imported: column{'s' if len(ignored) > 1 else ''} {', '.join(ignored)}."
        )

    known_emails = {e.casefold() for e in existing_emails}
    known_numbers = {s.casefold() for s in existing_student_numbers}
    by_identity: dict[tuple[str, str, str], int] = {}
    by_email: dict[str, int] = {}
    by_number: dict[str, int] = {}
    no_email_lines: list[int] = []

    for row in table.rows:
        learner, errors = _read_row(row, mapping, require_email)
        if learner is None:
            report.rejected.append(RejectedRow(row.line_no, RowStatus.REJECTED, errors, row.cells))
            continue
        email_key = learner.email.casefold() if learner.email else ""
        number_key = learner.student_number.casefold() if learner.student_number else ""
        existing: list[str] = []
        if email_key and email_key in known_emails:
            existing.append(f"a learner with the e-mail {learner.email} already exists.")
        if number_key and number_key in known_numbers:
            existing.append(
                f"a learner with the student number {learner.student_number} already exists."
            )
        if existing:
            msgs = tuple(f"Already in the workspace: {m}" for m in existing)
            report.rejected.append(
                RejectedRow(row.line_no, RowStatus.ALREADY_IN_WORKSPACE, msgs, row.cells, learner)
            )
            continue
        identity = (learner.name.casefold(), email_key, number_key)
        dup_msgs: list[str] = []
        if identity in by_identity:
            dup_msgs.append(f"Duplicate of line {by_identity[identity]}: the same learner.")
        else:
            if email_key in by_email:
                dup_msgs.append(
                    f"Duplicate of line {by_email[email_key]}: the same e-mail {learner.email}."
                )
            if number_key in by_number:
                dup_msgs.append(
                    f"Duplicate of line {by_number[number_key]}: the same student number "
                    f"{learner.student_number}."
                )
        if dup_msgs:
            report.rejected.append(
                RejectedRow(
                    row.line_no, RowStatus.DUPLICATE_IN_FILE, tuple(dup_msgs), row.cells, learner
                )
            )
            continue
        by_identity[identity] = row.line_no
        if email_key:
            by_email[email_key] = row.line_no
        else:
            no_email_lines.append(row.line_no)
        if number_key:
            by_number[number_key] = row.line_no
        report.accepted.append(learner)

    if mapping.email is not None and no_email_lines:
        report.warnings.append(
            f"{_plural(len(no_email_lines), 'learner')} without an e-mail address "
            f"({_lines(no_email_lines)}) will be imported; add addresses before issuing."
        )
    return report


def _read_row(
    row: Row, mapping: ColumnMapping, require_email: bool
) -> tuple[LearnerRow | None, tuple[str, ...]]:
    errors: list[str] = []
    if mapping.name is not None:
        name = normalise_name(row.get(mapping.name))
    else:
        first = normalise_name(row.get(mapping.first_name))
        last = normalise_name(row.get(mapping.last_name))
        name = f"{first} {last}".strip()
    if not name:
        errors.append("Name is missing.")
    elif len(name) > NAME_MAX_CHARS:
        errors.append(f"Name is {len(name)} characters long; the limit is {NAME_MAX_CHARS}.")

    email: str | None = None
    raw_email = row.get(mapping.email).strip()
    if raw_email:
        try:
            email = normalise_email(raw_email)
        except InvalidEmail as e:
            errors.append(e.message)
    elif require_email and mapping.email is not None:
        errors.append("E-mail address is missing.")

    number = " ".join(row.get(mapping.student_number).split()) or None
    if number and len(number) > STUDENT_NUMBER_MAX_CHARS:
        errors.append(
            f"Student number is {len(number)} characters long; "
            f"the limit is {STUDENT_NUMBER_MAX_CHARS}."
        )
    if errors:
        return None, tuple(errors)
    return LearnerRow(row.line_no, name, email, number), ()


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _lines(lines: Iterable[int]) -> str:
    shown = list(lines)
    text = ", ".join(str(n) for n in shown[:_LINES_SHOWN])
    more = len(shown) - _LINES_SHOWN
    label = "line" if len(shown) == 1 else "lines"
    return f"{label} {text}" + (f" and {more} more" if more > 0 else "")
