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
* Corrections: a row that was held back can be corrected by hand (``ImportReport.correct``); it
  is checked again by these same rules, against the workspace and the rows accepted so far.
"""

from __future__ import annotations

from bisect import insort
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
    "LearnerFields",
    "LearnerRow",
    "RejectedRow",
    "RowStatus",
    "read_fields",
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
class LearnerFields:
    """A row's values as the column mapping reads them, before they are checked: the name (first
    and last name joined in that order), the e-mail and the student number as written. What a
    preview shows of a rejected row, and what a correction edits."""

    name: str
    email: str
    student_number: str

    @classmethod
    def typed(cls, name: str, email: str, student_number: str) -> LearnerFields:
        """Values typed by hand, cleaned as a file's cells are."""
        return cls(normalise_name(name), email.strip(), " ".join(student_number.split()))


def read_fields(row: Row, mapping: ColumnMapping) -> LearnerFields:
    """The learner values of ``row`` through ``mapping`` (``name`` wins over first and last)."""
    if mapping.name is not None:
        name = normalise_name(row.get(mapping.name))
    else:
        first = normalise_name(row.get(mapping.first_name))
        last = normalise_name(row.get(mapping.last_name))
        name = f"{first} {last}".strip()
    return LearnerFields(name, row.get(mapping.email).strip(), " ".join(row.get(mapping.student_number).split()))


@dataclass(frozen=True, slots=True)
class RejectedRow:
    """A row that will not be imported, with one plain sentence per problem."""

    line_no: int
    status: RowStatus
    messages: tuple[str, ...]
    cells: tuple[str, ...]
    learner: LearnerRow | None = None  # the cleaned values, when the row itself was valid
    fields: LearnerFields | None = None  # the values as read through the mapping


@dataclass(slots=True)
class ImportReport:
    accepted: list[LearnerRow] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)  # in file order
    warnings: list[str] = field(default_factory=list)
    mapping: ColumnMapping = field(default_factory=ColumnMapping)

    checker: _RowChecker | None = field(default=None, repr=False, compare=False)

    def correct(self, line_no: int, fields: LearnerFields) -> LearnerRow | RejectedRow:
        """Check a held-back row again with values corrected by hand, by the same rules as the
        file's rows; once it passes it is among the rows to import. Returns its new outcome."""
        index = next((i for i, r in enumerate(self.rejected) if r.line_no == line_no), None)
        if index is None or self.checker is None:
            raise ValueError(f"Line {line_no} is not a row held back from this import.")
        outcome = self.checker.check(line_no, self.rejected.pop(index).cells, fields)
        if isinstance(outcome, LearnerRow):
            insort(self.accepted, outcome, key=lambda r: r.line_no)
        else:
            insort(self.rejected, outcome, key=lambda r: r.line_no)
        return outcome

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

    checker = _RowChecker(mapping, existing_emails, existing_student_numbers, require_email)
    report.checker = checker
    for row in table.rows:
        outcome = checker.check(row.line_no, row.cells, read_fields(row, mapping))
        if isinstance(outcome, LearnerRow):
            report.accepted.append(outcome)
        else:
            report.rejected.append(outcome)

    no_email_lines = checker.no_email_lines
    if mapping.email is not None and no_email_lines:
        report.warnings.append(
            f"{_plural(len(no_email_lines), 'learner')} without an e-mail address "
            f"({_lines(no_email_lines)}) will be imported; add addresses before issuing."
        )
    return report


class _RowChecker:
    """The rules for one row, given the workspace and the rows accepted before it (whose e-mails
    and student numbers it remembers): the file's rows and corrections go through the same."""

    def __init__(self, mapping: ColumnMapping, existing_emails: Collection[str],
                 existing_student_numbers: Collection[str], require_email: bool) -> None:
        self.mapping = mapping
        self.require_email = require_email
        self.known_emails = {e.casefold() for e in existing_emails}
        self.known_numbers = {s.casefold() for s in existing_student_numbers}
        self.by_identity: dict[tuple[str, str, str], int] = {}
        self.by_email: dict[str, int] = {}
        self.by_number: dict[str, int] = {}
        self.no_email_lines: list[int] = []

    def check(self, line_no: int, cells: tuple[str, ...], fields: LearnerFields) -> LearnerRow | RejectedRow:
        """The row's outcome; an accepted row is remembered for the duplicate checks that follow."""
        learner, errors = self._valid(line_no, fields)
        if learner is None:
            return RejectedRow(line_no, RowStatus.REJECTED, errors, cells, fields=fields)
        email_key = learner.email.casefold() if learner.email else ""
        number_key = learner.student_number.casefold() if learner.student_number else ""
        existing: list[str] = []
        if email_key and email_key in self.known_emails:
            existing.append(f"a learner with the e-mail {learner.email} already exists.")
        if number_key and number_key in self.known_numbers:
            existing.append(
                f"a learner with the student number {learner.student_number} already exists."
            )
        if existing:
            msgs = tuple(f"Already in the workspace: {m}" for m in existing)
            return RejectedRow(line_no, RowStatus.ALREADY_IN_WORKSPACE, msgs, cells, learner, fields)
        identity = (learner.name.casefold(), email_key, number_key)
        dup_msgs: list[str] = []
        if identity in self.by_identity:
            dup_msgs.append(f"Duplicate of line {self.by_identity[identity]}: the same learner.")
        else:
            if email_key in self.by_email:
                dup_msgs.append(
                    f"Duplicate of line {self.by_email[email_key]}: the same e-mail {learner.email}."
                )
            if number_key in self.by_number:
                dup_msgs.append(
                    f"Duplicate of line {self.by_number[number_key]}: the same student number "
                    f"{learner.student_number}."
                )
        if dup_msgs:
            return RejectedRow(line_no, RowStatus.DUPLICATE_IN_FILE, tuple(dup_msgs), cells, learner, fields)
        self.by_identity[identity] = line_no
        if email_key:
            self.by_email[email_key] = line_no
        else:
            self.no_email_lines.append(line_no)
        if number_key:
            self.by_number[number_key] = line_no
        return learner

    def _valid(self, line_no: int, fields: LearnerFields) -> tuple[LearnerRow | None, tuple[str, ...]]:
        errors: list[str] = []
        name = fields.name
        if not name:
            errors.append("Name is missing.")
        elif len(name) > NAME_MAX_CHARS:
            errors.append(f"Name is {len(name)} characters long; the limit is {NAME_MAX_CHARS}.")

        email: str | None = None
        if fields.email:
            try:
                email = normalise_email(fields.email)
            except InvalidEmail as e:
                errors.append(e.message)
        elif self.require_email and self.mapping.email is not None:
            errors.append("E-mail address is missing.")

        number = fields.student_number or None
        if number and len(number) > STUDENT_NUMBER_MAX_CHARS:
            errors.append(
                f"Student number is {len(number)} characters long; "
                f"the limit is {STUDENT_NUMBER_MAX_CHARS}."
            )
        if errors:
            return None, tuple(errors)
        return LearnerRow(line_no, name, email, number), ()


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _lines(lines: Iterable[int]) -> str:
    shown = list(lines)
    text = ", ".join(str(n) for n in shown[:_LINES_SHOWN])
    more = len(shown) - _LINES_SHOWN
    label = "line" if len(shown) == 1 else "lines"
    return f"{label} {text}" + (f" and {more} more" if more > 0 else "")
