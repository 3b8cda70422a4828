"""Parse assessment results read from a file: one row per learner, one column per criterion.

Pure Python (no database, no Qt). The caller supplies the achievement's criteria and a lookup
from an identifier to a learner id, and records ``report.accepted``.

Decisions:

* A row identifies its learner by e-mail, student number or exact name (case-insensitive,
  whitespace-normalised), whichever columns exist. When several identify different learners the
  row is rejected; an unknown name beside a known e-mail is not an error (e-mail is what counts).
* A row with any error is rejected whole (never half-recorded), with one message per problem;
  fix the file and import it again. Blank criterion cells mean "no result yet" and are skipped.
* Scores accept a decimal comma ('7,5'), thousands separators, a trailing '%', and 'n/max'.
* Dates: ISO (2024-03-05) always; '05.03.2024' is day first; for '05/03/2024' the file decides
  (any day above 12 fixes the order for the whole file), else ``day_first`` (default: day first,
  with a warning when it mattered). Dates in the future are rejected.
* The same learner on two rows: the later row is rejected (which one is right is unknowable).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from badgesmith.core.imports.headers import fold_header, guess_mapping
from badgesmith.core.imports.tables import ColumnMappingError, Row, TableLike
from badgesmith.core.values import (
    STATUS_HELP,
    InvalidEmail,
    InvalidUrl,
    format_number,
    normalise_email,
    normalise_name,
    normalise_url,
    parse_number,
    parse_status,
)

__all__ = [
    "AmbiguousLearner",
    "CellError",
    "CriterionColumn",
    "CriterionValue",
    "LearnerLookup",
    "RejectedResultRow",
    "ResultColumnMapping",
    "ResultImportReport",
    "ResultRow",
    "learner_index",
    "parse_result_rows",
    "parse_score",
]

ASSESSOR_MAX_CHARS = 200
EVIDENCE_MAX_CHARS = 10_000

IdentifierKind = Literal["email", "student_number", "name"]
LearnerLookup = Callable[[IdentifierKind, str], int | None]
"""lookup(kind, value) -> learner id or None; may raise AmbiguousLearner for names.

Values arrive normalised: e-mail with its domain lower-cased, names whitespace-collapsed (NFC),
student numbers stripped. Compare case-insensitively (``learner_index`` does)."""


class AmbiguousLearner(LookupError):
    """Raised by a lookup when a name belongs to more than one learner."""


@dataclass(frozen=True, slots=True)
class CriterionColumn:
    """A criterion as the results importer reads its column (the achievement's criterion, flattened)."""
    name: str
    kind: Literal["score", "level", "status"]
    min: float | None = None  # scores only
    max: float | None = None
    levels: tuple[str, ...] = ()  # rubric levels, lowest first; levels only


@dataclass(frozen=True, slots=True)
class CriterionValue:
    criterion: str  # CriterionColumn.name
    kind: Literal["score", "level", "status"]
    raw: str
    score: float | None = None
    level: str | None = None  # the level as spelled in CriterionColumn.levels
    passed: bool | None = None


@dataclass(frozen=True, slots=True)
class ResultRow:
    line_no: int
    learner_id: int
    values: tuple[CriterionValue, ...]
    assessor: str | None = None
    assessed_on: date | None = None
    evidence: str | None = None
    evidence_url: str | None = None


@dataclass(frozen=True, slots=True)
class CellError:
    column: str  # the header as in the file
    message: str


@dataclass(frozen=True, slots=True)
class RejectedResultRow:
    line_no: int
    messages: tuple[str, ...]  # every problem, row-level and per cell, as sentences
    cell_errors: tuple[CellError, ...]
    cells: tuple[str, ...]


@dataclass(slots=True)
class ResultColumnMapping:
    email: int | None = None
    student_number: int | None = None
    name: int | None = None
    first_name: int | None = None
    last_name: int | None = None
    assessor: int | None = None
    date: int | None = None
    evidence: int | None = None
    evidence_url: int | None = None
    criteria: dict[str, int] = field(default_factory=dict)  # criterion name -> column

    @classmethod
    def guess(
        cls, headers: Sequence[str], criteria: Sequence[CriterionColumn]
    ) -> ResultColumnMapping:
        folded = [fold_header(h) for h in headers]
        by_criterion: dict[str, int] = {}
        for spec in criteria:
            key = fold_header(spec.name)
            for col, h in enumerate(folded):
                if h == key and col not in by_criterion.values():
                    by_criterion[spec.name] = col
                    break
        rest = ["" if i in by_criterion.values() else h for i, h in enumerate(headers)]
        return cls(**guess_mapping(rest, _RESULT_FIELDS), criteria=by_criterion)

    def used_columns(self) -> set[int]:
        cols = [getattr(self, f) for f in _RESULT_FIELDS] + list(self.criteria.values())
        return {c for c in cols if c is not None}


_RESULT_FIELDS = (
    "email",
    "student_number",
    "name",
    "first_name",
    "last_name",
    "assessor",
    "date",
    "evidence",
    "evidence_url",
)


@dataclass(slots=True)
class ResultImportReport:
    accepted: list[ResultRow] = field(default_factory=list)
    rejected: list[RejectedResultRow] = field(default_factory=list)
    skipped_lines: list[int] = field(default_factory=list)  # learner found, nothing to record
    warnings: list[str] = field(default_factory=list)
    mapping: ResultColumnMapping = field(default_factory=ResultColumnMapping)

    def summary(self) -> str:
        parts = [
            f"{len(self.accepted)} learner{'' if len(self.accepted) == 1 else 's'} with results"
        ]
        if self.rejected:
            parts.append(
                f"{len(self.rejected)} row{'' if len(self.rejected) == 1 else 's'} with errors"
            )
        if self.skipped_lines:
            parts.append(f"{len(self.skipped_lines)} without results")
        return ", ".join(parts)


def learner_index(
    learners: Iterable[tuple[int, str, str | None, str | None]],
) -> LearnerLookup:
    """Build a lookup from (id, name, email, student_number) tuples, e.g. a query's rows."""
    index: dict[tuple[str, str], int] = {}
    ambiguous: set[tuple[str, str]] = set()
    for learner_id, name, email, number in learners:
        keys = [("name", normalise_name(name).casefold())]
        if email:
            keys.append(("email", email.strip().casefold()))
        if number:
            keys.append(("student_number", number.strip().casefold()))
        for key in keys:
            if key in index and index[key] != learner_id:
                ambiguous.add(key)
            index.setdefault(key, learner_id)

    def lookup(kind: IdentifierKind, value: str) -> int | None:
        key = (kind, value.casefold())
        if key in ambiguous:
            raise AmbiguousLearner(f"More than one learner has the {_KIND_WORDS[kind]} {value}")
        return index.get(key)

    return lookup


_KIND_WORDS: dict[str, str] = {
    "email": "e-mail",
    "student_number": "student number",
    "name": "name",
}


def parse_result_rows(
    table: TableLike,
    criteria: Sequence[CriterionColumn],
    learner_lookup: LearnerLookup,
    mapping: ResultColumnMapping | None = None,
    *,
    day_first: bool | None = None,
    today: date | None = None,
) -> ResultImportReport:
    """Parse every row of ``table``; raises ``ColumnMappingError`` for an unusable mapping."""
    headers = list(table.headers)
    mapping = mapping or ResultColumnMapping.guess(headers, criteria)
    specs = {c.name: c for c in criteria}
    if not any(
        c is not None
        for c in (mapping.email, mapping.student_number, mapping.name, mapping.first_name)
    ):
        raise ColumnMappingError(
            "No column identifies the learners. Add an 'E-mail', 'Student number' or 'Name' "
            "column, or choose one in the column mapping."
        )
    if not mapping.criteria and mapping.evidence is None and mapping.evidence_url is None:
        names = ", ".join(c.name for c in criteria) or "none defined"
        raise ColumnMappingError(
            f"No column matches a criterion of this achievement ({names}). Name the columns "
            "after the criteria, or choose them in the column mapping."
        )
    report = ResultImportReport(mapping=mapping)
    for spec in criteria:
        if spec.name not in mapping.criteria:
            report.warnings.append(
                f"No column for the criterion '{spec.name}': nothing is recorded for it."
            )
    ignored = [repr(h) for i, h in enumerate(headers) if i not in mapping.used_columns() and h]
    if ignored:
        report.warnings.append(
            f"Ignored (not a criterion of this achievement): {', '.join(ignored)}."
        )

    rows = list(table.rows)  # results files are one cohort: small; dates need two passes
    if mapping.date is not None:
        day_first, note = _date_order(rows, mapping.date, day_first)
        if note:
            report.warnings.append(note)
    today = today or date.today()
    seen: dict[int, int] = {}
    for row in rows:
        _parse_row(
            row, headers, specs, mapping, learner_lookup, bool(day_first), today, seen, report
        )
    return report


def _parse_row(
    row: Row,
    headers: list[str],
    specs: Mapping[str, CriterionColumn],
    mapping: ResultColumnMapping,
    lookup: LearnerLookup,
    day_first: bool,
    today: date,
    seen: dict[int, int],
    report: ResultImportReport,
) -> None:
    messages: list[str] = []
    cell_errors: list[CellError] = []

    def cell_error(col: int, message: str) -> None:
        column = headers[col] if col < len(headers) else f"Column {col + 1}"
        cell_errors.append(CellError(column, message))
        messages.append(message)

    learner_id = _identify(row, mapping, lookup, messages)
    if learner_id is not None and learner_id in seen:
        messages.append(f"This learner's results are already on line {seen[learner_id]}.")

    values: list[CriterionValue] = []
    for name, col in mapping.criteria.items():
        raw = row.get(col).strip()
        if not raw:
            continue
        try:
            values.append(_parse_value(specs[name], raw))
        except ValueError as e:
            cell_error(col, str(e))

    assessor = normalise_name(row.get(mapping.assessor)) or None
    if assessor and len(assessor) > ASSESSOR_MAX_CHARS:
        cell_error(
            mapping.assessor or 0,
            f"Assessor is {len(assessor)} characters long; the limit is {ASSESSOR_MAX_CHARS}.",
        )
    assessed_on: date | None = None
    raw_date = row.get(mapping.date).strip()
    if raw_date:
        try:
            assessed_on = parse_date(raw_date, day_first=day_first, today=today)
        except ValueError as e:
            cell_error(mapping.date or 0, str(e))
    evidence = row.get(mapping.evidence).replace("\r\n", "\n").strip() or None
    if evidence and len(evidence) > EVIDENCE_MAX_CHARS:
        cell_error(
            mapping.evidence or 0,
            f"Evidence notes are {len(evidence):,} characters long; "
            f"the limit is {EVIDENCE_MAX_CHARS:,}.",
        )
    url: str | None = None
    raw_url = row.get(mapping.evidence_url).strip()
    if raw_url:
        try:
            url = normalise_url(raw_url)
        except InvalidUrl as e:
            cell_error(mapping.evidence_url or 0, str(e))

    if messages or learner_id is None:
        report.rejected.append(
            RejectedResultRow(row.line_no, tuple(messages), tuple(cell_errors), row.cells)
        )
        return
    if not values and not evidence and not url:
        report.skipped_lines.append(row.line_no)
        return
    seen[learner_id] = row.line_no
    report.accepted.append(
        ResultRow(row.line_no, learner_id, tuple(values), assessor, assessed_on, evidence, url)
    )


def _identify(
    row: Row, mapping: ResultColumnMapping, lookup: LearnerLookup, messages: list[str]
) -> int | None:
    ids: dict[str, int] = {}  # description -> id
    tried: list[str] = []
    ambiguous: list[str] = []
    raw_email = row.get(mapping.email).strip()
    if raw_email:
        try:
            email = normalise_email(raw_email)
        except InvalidEmail as e:
            messages.append(e.message)
            return None
        _try(lookup, "email", email, ids, tried, ambiguous)
    number = " ".join(row.get(mapping.student_number).split())
    if number:
        _try(lookup, "student_number", number, ids, tried, ambiguous)
    if mapping.name is not None:
        name = normalise_name(row.get(mapping.name))
    else:
        first = normalise_name(row.get(mapping.first_name))
        name = f"{first} {normalise_name(row.get(mapping.last_name))}".strip()
    if name:
        _try(lookup, "name", name, ids, tried, ambiguous)

    distinct = set(ids.values())
    if len(distinct) == 1:
        return distinct.pop()
    if len(distinct) > 1:
        messages.append(f"The {' and the '.join(ids)} belong to different learners.")
        return None
    if ambiguous:
        messages.append(f"{ambiguous[0]}; identify the learner by e-mail or student number.")
    elif tried:
        messages.append(f"Unknown learner: no learner has the {' or the '.join(tried)}.")
    else:
        messages.append(
            "The learner is not identified: the e-mail, student number and name are empty."
        )
    return None


def _try(
    lookup: LearnerLookup,
    kind: IdentifierKind,
    value: str,
    ids: dict[str, int],
    tried: list[str],
    ambiguous: list[str],
) -> None:
    description = f"{_KIND_WORDS[kind]} {value}"
    tried.append(description)
    try:
        found = lookup(kind, value)
    except AmbiguousLearner as e:
        ambiguous.append(str(e) or f"More than one learner has the {description}")
        return
    if found is not None:
        ids[description] = found


# --------------------------------------------------------------------------------------------
# Values


def _parse_value(spec: CriterionColumn, raw: str) -> CriterionValue:
    if spec.kind == "score":
        return CriterionValue(spec.name, "score", raw, score=parse_score(raw, spec))
    if spec.kind == "level":
        wanted = fold_header(raw)
        for level in spec.levels:
            if fold_header(level) == wanted:
                return CriterionValue(spec.name, "level", raw, level=level)
        raise ValueError(
            f"'{raw}' is not a level of '{spec.name}'; use one of: {', '.join(spec.levels)}."
        )
    passed = parse_status(raw)
    if passed is None:
        raise ValueError(f"'{raw}' is not a result for '{spec.name}'; {STATUS_HELP}.")
    return CriterionValue(spec.name, "status", raw, passed=passed)


def parse_score(raw: str, spec: CriterionColumn) -> float:
    """Parse a score cell and check it against the criterion's range; ValueError says why."""
    text = raw.strip()
    value: float | None
    if "/" in text:
        num, _, den = text.partition("/")
        value, out_of = parse_number(num), parse_number(den)
        if value is not None and out_of is not None and spec.max is not None and out_of != spec.max:
            raise ValueError(
                f"Score '{raw}' for '{spec.name}' is out of {format_number(out_of)}, but the criterion is "
                f"marked out of {format_number(spec.max)}."
            )
        if out_of is None:
            value = None
    else:
        value = parse_number(text.removesuffix("%"))
    if value is None:
        raise ValueError(f"Score '{raw}' for '{spec.name}' is not a number.")
    lo, hi = spec.min, spec.max
    if (lo is not None and value < lo) or (hi is not None and value > hi):
        if lo is not None and hi is not None:
            limits = f"between {format_number(lo)} and {format_number(hi)}"
        elif lo is not None:
            limits = f"at least {format_number(lo)}"
        else:
            limits = f"at most {format_number(hi or 0)}"
        raise ValueError(
            f"Score {format_number(value)} for '{spec.name}' is out of range: it must be {limits}."
        )
    return value


# --------------------------------------------------------------------------------------------
# Dates and links

_ISO = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ].*)?")
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})\.?")
_SLASHED = re.compile(r"(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})")
_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
    )
}
_DAY_MONTH_NAME = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?[ -]([A-Za-z]{3,9})\.?,?[ -](\d{4})")
_MONTH_NAME_DAY = re.compile(r"([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})")


def parse_date(raw: str, *, day_first: bool = True, today: date | None = None) -> date:
    """Parse an assessment date; ValueError with a plain sentence when it cannot be."""
    text = raw.strip()
    parts: tuple[int, int, int] | None = None  # (year, month, day)
    if m := _ISO.fullmatch(text):
        parts = (int(m[1]), int(m[2]), int(m[3]))
    elif m := _DOTTED.fullmatch(text):
        parts = (_year(m[3]), int(m[2]), int(m[1]))
    elif m := _SLASHED.fullmatch(text):
        a, b = int(m[1]), int(m[2])
        parts = (_year(m[3]), b, a) if day_first else (_year(m[3]), a, b)
    elif (m := _DAY_MONTH_NAME.fullmatch(text)) and m[2][:3].lower() in _MONTHS:
        parts = (int(m[3]), _MONTHS[m[2][:3].lower()], int(m[1]))
    elif (m := _MONTH_NAME_DAY.fullmatch(text)) and m[1][:3].lower() in _MONTHS:
        parts = (int(m[3]), _MONTHS[m[1][:3].lower()], int(m[2]))
    if parts is None:
        raise ValueError(f"Date '{raw}' is not a date; write it as 2024-03-05 (year-month-day).")
    try:
        value = date(*parts)
    except ValueError:
        raise ValueError(f"Date '{raw}' does not exist.") from None
    if today is not None and value > today:
        raise ValueError(f"Date {value.isoformat()} is in the future.")
    if value.year < 1900:
        raise ValueError(f"Date '{raw}' is too far in the past.")
    return value


def _year(text: str) -> int:
    return 2000 + int(text) if len(text) == 2 else int(text)


def _date_order(rows: list[Row], col: int, day_first: bool | None) -> tuple[bool, str | None]:
    """Decide day/month order for d/m/y dates from the whole column (any day > 12 settles it)."""
    if day_first is not None:
        return day_first, None
    votes_day = votes_month = ambiguous = 0
    for row in rows:
        m = _SLASHED.fullmatch(row.get(col).strip())
        if not m:
            continue
        a, b = int(m[1]), int(m[2])
        if a > 12 >= b:
            votes_day += 1
        elif b > 12 >= a:
            votes_month += 1
        elif a != b:
            ambiguous += 1
    if votes_month > votes_day:
        return False, None
    if votes_day or not ambiguous:
        return True, None
    return True, (
        "Dates such as 03/04/2024 were read as day/month/year (3 April 2024). If the file uses "
        "month/day/year, change the date order and import again."
    )
