"""Results rows: learner identification, per-cell value errors, dates and links."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from badgesmith.core.imports.result_rows import (
    AmbiguousLearner,
    CellError,
    CriterionColumn,
    CriterionValue,
    ResultColumnMapping,
    ResultRow,
    learner_index,
    parse_date,
    parse_result_rows,
    parse_score,
)
from badgesmith.core.imports.tables import ColumnMappingError, Row, Table, read_table
from badgesmith.core.values import parse_number, parse_status

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "import"
TODAY = date(2024, 6, 1)
CRITERIA = [
    CriterionColumn("Practical", "score", 0, 10),
    CriterionColumn("Presentation", "level", levels=("Novice", "Competent", "Proficient")),
    CriterionColumn("Attendance", "status"),
    CriterionColumn("Safety", "status"),
]
LEARNERS = learner_index(
    [
        (1, "Ann Lee", "ann@example.org", "S1"),
        (2, "Bob Stone", "bob@example.org", "S2"),
        (3, "Cleo Dunn", "cleo@example.org", None),
        (4, "Dan Ng", "dan@example.org", None),
        (5, "Eve Fox", "eve@example.org", None),
        (6, "Fay Gul", "fay@example.org", None),
        (7, "Gus Ho", "gus@example.org", None),
        (8, "Cleo Dunn", "cleo2@example.org", None),  # a namesake of learner 3
    ]
)


def test_results_fixture_row_by_row() -> None:
    table = read_table(FIX / "results.csv")
    r = parse_result_rows(table, CRITERIA, LEARNERS, today=TODAY)
    assert r.mapping == ResultColumnMapping(
        email=0,
        student_number=1,
        name=2,
        assessor=6,
        date=7,
        evidence=8,
        evidence_url=9,
        criteria={"Practical": 3, "Presentation": 4, "Attendance": 5},
    )
    assert r.warnings == ["No column for the criterion 'Safety': nothing is recorded for it."]
    assert r.accepted[0] == ResultRow(
        line_no=2,
        learner_id=1,
        values=(
            CriterionValue("Practical", "score", "7,5", score=7.5),  # decimal comma
            CriterionValue("Presentation", "level", "Competent", level="Competent"),
            CriterionValue("Attendance", "status", "yes", passed=True),
        ),
        assessor="Pat Kim",
        assessed_on=date(2024, 3, 5),  # day first: line 4 has 13/03/2024
        evidence="Good work",
        evidence_url="https://example.org/e/1",
    )
    line3 = r.accepted[1]
    assert (line3.line_no, line3.learner_id) == (3, 2)  # by student number
    assert line3.values[1].level == "Proficient"  # 'proficient' matched case-insensitively
    assert line3.values[2].passed is True  # 'Attended'
    assert [(a.line_no, a.learner_id) for a in r.accepted] == [(2, 1), (3, 2)]

    rejected = {x.line_no: x for x in r.rejected}
    # line 4: 'Cleo Dunn' is two learners: the name alone cannot say which
    assert rejected[4].messages == (
        "More than one learner has the name Cleo Dunn; identify the learner by e-mail or "
        "student number.",
    )
    assert rejected[5].messages == (
        "Unknown learner: no learner has the e-mail nobody@example.org.",
    )
    assert rejected[6].cell_errors == (
        CellError(
            "Practical", "Score 11 for 'Practical' is out of range: it must be between 0 and 10."
        ),
        CellError(
            "Presentation",
            "'Expert' is not a level of 'Presentation'; use one of: Novice, Competent, Proficient.",
        ),
        CellError(
            "Attendance",
            "'maybe' is not a result for 'Attendance'; use pass or fail (yes/no and "
            "attended/absent also work).",
        ),
        CellError("Date", "Date '31/02/2024' does not exist."),
        CellError(
            "Evidence URL",
            "Evidence link 'ftp://example.org' is not a web address; it must start with http:// "
            "or https://.",
        ),
    )
    assert rejected[7].messages == ("Score 'abc' for 'Practical' is not a number.",)
    assert rejected[8].messages == ("This learner's results are already on line 2.",)
    assert rejected[10].messages == (
        "The e-mail gus@example.org and the student number S2 belong to different learners.",
    )
    assert r.skipped_lines == [9]  # fay: known learner, no values
    assert r.summary() == "2 learners with results, 6 rows with errors, 1 without results"


def test_fraction_status_symbol_and_bare_www_link() -> None:
    t = Table(
        ["E-mail", "Practical", "Attendance", "Evidence link"],
        [Row(2, ("cleo@example.org", "8/10", "✓", "www.example.org/e/3"))],
        None,
        None,
    )
    (row,) = parse_result_rows(t, CRITERIA, LEARNERS, today=TODAY).accepted
    assert row.learner_id == 3
    assert row.values == (
        CriterionValue("Practical", "score", "8/10", score=8.0),
        CriterionValue("Attendance", "status", "✓", passed=True),
    )
    assert row.evidence_url == "https://www.example.org/e/3"


def test_identify_by_first_and_last_name() -> None:
    t = Table(
        ["First name", "Last name", "Attendance"], [Row(2, ("Eve", "Fox", "absent"))], None, None
    )
    (row,) = parse_result_rows(t, CRITERIA, LEARNERS, today=TODAY).accepted
    assert (row.learner_id, row.values[0].passed) == (5, False)


def test_known_email_wins_over_unknown_name() -> None:
    t = Table(
        ["Email", "Name", "Practical"], [Row(2, ("ann@example.org", "Annie L.", "9"))], None, None
    )
    assert parse_result_rows(t, CRITERIA, LEARNERS).accepted[0].learner_id == 1


def test_month_first_file_detected() -> None:
    t = Table(
        ["Email", "Practical", "Date"],
        [
            Row(2, ("ann@example.org", "5", "03/05/2024")),
            Row(3, ("bob@example.org", "6", "03/25/2024")),
        ],
        None,
        None,
    )
    r = parse_result_rows(t, CRITERIA, LEARNERS, today=TODAY)
    assert [a.assessed_on for a in r.accepted] == [date(2024, 3, 5), date(2024, 3, 25)]
    assert not any("day/month/year" in w for w in r.warnings)


def test_ambiguous_dates_warn() -> None:
    t = Table(
        ["Email", "Practical", "Date"], [Row(2, ("ann@example.org", "5", "03/05/2024"))], None, None
    )
    r = parse_result_rows(t, CRITERIA, LEARNERS, today=TODAY)
    assert r.accepted[0].assessed_on == date(2024, 5, 3)
    assert any("day/month/year" in w for w in r.warnings)


def test_mapping_errors() -> None:
    t = Table(["Practical"], [Row(2, ("5",))], None, None)
    with pytest.raises(ColumnMappingError, match="No column identifies the learners"):
        parse_result_rows(t, CRITERIA, LEARNERS)
    t = Table(["Email", "Colour"], [Row(2, ("ann@example.org", "red"))], None, None)
    with pytest.raises(ColumnMappingError, match=r"No column matches a criterion .*Practical"):
        parse_result_rows(t, CRITERIA, LEARNERS)


def test_unknown_columns_warned_and_criteria_folded() -> None:
    t = Table(
        ["EMAIL", "practical ", "Colour"], [Row(2, ("ann@example.org", "5", "red"))], None, None
    )
    r = parse_result_rows(t, CRITERIA, LEARNERS)
    assert r.mapping.criteria == {"Practical": 1}
    assert "Ignored (not a criterion of this achievement): 'Colour'." in r.warnings


def test_learner_index_ambiguity_raises() -> None:
    with pytest.raises(AmbiguousLearner):
        LEARNERS("name", "cleo dunn")
    assert LEARNERS("email", "ANN@example.org") == 1
    assert LEARNERS("student_number", "s2") == 2
    assert LEARNERS("name", "Nobody") is None


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("7,5", 7.5),
        ("7.5", 7.5),
        (" 8 ", 8.0),
        ("1 234,5", 1234.5),
        ("1,234.5", 1234.5),
        ("1.234,5", 1234.5),
        ("−3", -3.0),
        (".5", 0.5),
        ("abc", None),
        ("7,5,1", None),
        ("", None),
        ("nan", None),
        ("1e3", None),
    ],
)
def test_parse_number(raw: str, value: float | None) -> None:
    assert parse_number(raw) == value


def test_parse_score_messages() -> None:
    spec = CriterionColumn("Quiz", "score", 0, 100)
    assert parse_score("85%", spec) == 85
    with pytest.raises(ValueError, match="is out of 20, but the criterion is marked out of 100"):
        parse_score("7/20", spec)
    with pytest.raises(ValueError, match="must be between 0 and 100"):
        parse_score("-1", spec)
    assert parse_score("150", CriterionColumn("Open", "score")) == 150  # no limits


@pytest.mark.parametrize(
    ("raw", "passed"),
    [
        ("Pass", True),
        ("PASSED", True),
        ("y", True),
        ("Oui", True),
        ("réussi", True),
        ("TRUE", True),
        ("Not yet competent", False),
        ("did not attend", False),
        ("Nein", False),
        ("✗", False),
        ("0", False),
        ("maybe", None),
        ("", None),
    ],
)
def test_parse_status(raw: str, passed: bool | None) -> None:
    assert parse_status(raw) is passed


@pytest.mark.parametrize(
    ("raw", "day_first", "expected"),
    [
        ("2024-03-05", True, date(2024, 3, 5)),
        ("2024-03-05 10:30", True, date(2024, 3, 5)),
        ("05.03.2024", False, date(2024, 3, 5)),
        ("05/03/24", True, date(2024, 3, 5)),
        ("05/03/2024", False, date(2024, 5, 3)),
        ("5 March 2024", True, date(2024, 3, 5)),
        ("Mar 5, 2024", True, date(2024, 3, 5)),
        ("05-Mar-2024", True, date(2024, 3, 5)),
    ],
)
def test_parse_date(raw: str, day_first: bool, expected: date) -> None:
    assert parse_date(raw, day_first=day_first) == expected


def test_parse_date_errors() -> None:
    with pytest.raises(ValueError, match="is not a date; write it as 2024-03-05"):
        parse_date("next Tuesday")
    with pytest.raises(ValueError, match="in the future"):
        parse_date("2031-01-01", today=TODAY)
