"""Learner rows: exact per-row outcomes and messages for every import fixture."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from badgesmith.core.imports.learner_rows import (
    ColumnMapping,
    LearnerRow,
    RowStatus,
    validate_learner_rows,
)
from badgesmith.core.imports.tables import ColumnMappingError, Row, Table, read_table
from badgesmith.core.values import NAME_MAX_CHARS, InvalidEmail, normalise_email, normalise_name

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "import"


def report_for(name: str, **kw):
    t = read_table(FIX / name)
    return validate_learner_rows(t, ColumnMapping.guess(t.headers), **kw)


def outcomes(report) -> dict[int, tuple[str, tuple[str, ...]]]:
    out = {a.line_no: ("accepted", ()) for a in report.accepted}
    out.update({r.line_no: (str(r.status), r.messages) for r in report.rejected})
    return dict(sorted(out.items()))


def test_latin1_first_and_last_names_combined() -> None:
    r = report_for("learners_latin1_semicolon.csv")
    assert r.mapping == ColumnMapping(first_name=0, last_name=1, email=2, student_number=3)
    assert r.accepted == [
        LearnerRow(2, "Zoë Lefèvre", "zoe.lefevre@example.fr", "A-1001"),
        LearnerRow(
            3, "Françoise Dubois", "francoise.dubois@example.fr", "A-1002"
        ),  # domain lowered
        LearnerRow(4, "Jürgen Müller", "j.mueller@example.de", "A-1003"),
        LearnerRow(5, "Sørina Ålund-Ñúñez", "sorina@example.es", None),
    ]
    assert r.rejected == [] and r.warnings == []
    assert r.summary() == "4 to import"


def test_utf8_bom_scripts_kept_and_notes_ignored() -> None:
    r = report_for("learners_utf8_bom.csv")
    assert [a.name for a in r.accepted] == [
        "Ελένη Παπαδοπούλου",
        "Дмитрий Иванов",
        "Nguyễn, Thị Minh",
        "山田 太郎",
        "محمد علي",
    ]
    assert [a.line_no for a in r.accepted] == [2, 3, 4, 6, 7]
    assert r.warnings == ["Not imported: column 'Notes'."]


def test_utf16_and_xlsx() -> None:
    r = report_for("learners_utf16_tab.txt")
    assert [(a.name, a.student_number) for a in r.accepted] == [
        ("Zoë Martin", "1001"),
        ("Łukasz Kowalski", "1002"),
        ("Ана Петровић", "1003"),
    ]
    x = report_for("learners.xlsx")
    assert [(a.line_no, a.name, a.email, a.student_number) for a in x.accepted] == [
        (2, "Zoë Müller", "zoe@example.de", "20231234"),
        (3, "Françoise Dubois", "francoise@example.fr", "20231235"),
        (5, "李小龙", "li@example.cn", "007"),
    ]


def test_blank_lines() -> None:
    r = report_for("learners_blank_lines.csv")
    assert outcomes(r) == {3: ("accepted", ()), 7: ("accepted", ())}


def test_500_character_name_rejected_with_its_length() -> None:
    r = report_for("learners_long_name.csv")
    assert outcomes(r) == {
        2: ("accepted", ()),
        3: ("rejected", ("Name is 500 characters long; the limit is 200.",)),
        4: ("accepted", ()),
    }
    assert r.summary() == "2 to import, 1 error"


def test_name_at_the_limit_is_accepted() -> None:
    t = Table(["Name"], [Row(2, ("x" * NAME_MAX_CHARS,))], "utf-8", ",")
    assert len(validate_learner_rows(t).accepted) == 1


def test_missing_email_column_is_a_warning_not_a_row_error() -> None:
    r = report_for("learners_no_email.csv")
    assert r.mapping.email is None
    assert outcomes(r) == {
        2: ("accepted", ()),
        3: ("accepted", ()),
        4: ("rejected", ("Name is missing.",)),
    }
    assert r.accepted[0] == LearnerRow(2, "Ann Lee", None, "S1")
    assert len(r.warnings) == 1 and "no e-mail column" in r.warnings[0]


def test_duplicates_in_file_and_in_workspace() -> None:
    r = report_for("learners_duplicates.csv", existing_emails={"dora@example.org"})
    assert outcomes(r) == {
        2: ("accepted", ()),
        3: ("duplicate-in-file", ("Duplicate of line 2: the same learner.",)),
        4: ("duplicate-in-file", ("Duplicate of line 2: the same e-mail ANN@example.org.",)),
        5: ("duplicate-in-file", ("Duplicate of line 2: the same student number s1.",)),
        6: (
            "already-in-workspace",
            (
                "Already in the workspace: a learner with the e-mail dora@example.org already exists.",
            ),
        ),
        7: ("accepted", ()),
        8: ("duplicate-in-file", ("Duplicate of line 7: the same learner.",)),
    }
    assert r.summary() == "2 to import, 4 duplicates, 1 already in the workspace"
    assert r.count(RowStatus.DUPLICATE_IN_FILE) == 4
    assert r.total == 7
    # the learner without an e-mail is imported, and the report says so
    assert r.warnings == [
        "1 learner without an e-mail address (line 7) will be imported; add addresses before issuing."
    ]
    # duplicates carry the cleaned values so that a preview can show them
    assert r.rejected[0].learner == LearnerRow(3, "Ann Lee", "ann@example.org", "S1")


def test_existing_student_numbers_case_insensitive() -> None:
    r = report_for("learners_duplicates.csv", existing_student_numbers={"s4"})
    line6 = next(x for x in r.rejected if x.line_no == 6)
    assert line6.status is RowStatus.ALREADY_IN_WORKSPACE
    assert "student number S4" in line6.messages[0]


def test_first_last_columns() -> None:
    r = report_for("learners_first_last.csv")
    assert [(a.line_no, a.name) for a in r.accepted] == [
        (2, "Ann Lee"),
        (3, "Madonna"),
        (5, "José María García Márquez"),  # whitespace trimmed and collapsed
    ]
    assert outcomes(r)[4] == ("rejected", ("Name is missing.",))


def test_invalid_emails_each_explained() -> None:
    r = report_for("learners_invalid_emails.csv")
    got = {x.line_no: x.messages[0] for x in r.rejected}
    reasons = {
        3: "it has no @ sign",
        4: "it has more than one @ sign",
        5: "it contains a space",
        6: "the domain 'example' has no dot",
        7: "the domain contains '_'",
        8: "a dot is misplaced before the @ sign",
        9: "it holds more than one address",
        11: "nothing comes before the @ sign",
    }
    assert set(got) == set(reasons)
    for line, reason in reasons.items():
        assert reason in got[line]
        assert got[line].startswith("E-mail address '")
    assert [(a.line_no, a.email) for a in r.accepted] == [
        (2, "a.one@example.org"),
        (10, "IVY@example.org"),  # 'Name <addr>' unwrapped; local part kept, domain lowered
    ]
    assert r.summary() == "2 to import, 8 errors"


def test_several_problems_on_one_row_all_reported() -> None:
    t = Table(["Name", "Email", "Student number"], [Row(9, ("", "bad", "x" * 65))], None, None)
    (rej,) = validate_learner_rows(t).rejected
    assert rej.messages == (
        "Name is missing.",
        "E-mail address 'bad' is not valid: it has no @ sign.",
        "Student number is 65 characters long; the limit is 64.",
    )


def test_require_email() -> None:
    t = Table(["Name", "Email"], [Row(2, ("Ann", ""))], None, None)
    assert validate_learner_rows(t).accepted
    rej = validate_learner_rows(t, require_email=True).rejected
    assert rej[0].messages == ("E-mail address is missing.",)


def test_no_name_column_is_a_mapping_error() -> None:
    t = Table(["Email"], [Row(2, ("a@example.org",))], None, None)
    with pytest.raises(ColumnMappingError, match="No column holds the learners' names"):
        validate_learner_rows(t)


def test_mapping_override() -> None:
    t = Table(["A", "B"], [Row(2, ("a@example.org", "Ann Lee"))], None, None)
    r = validate_learner_rows(t, ColumnMapping(name=1, email=0))
    assert r.accepted == [LearnerRow(2, "Ann Lee", "a@example.org", None)]


def test_streaming_input(tmp_path: Path) -> None:
    from badgesmith.core.imports.tables import open_table

    p = tmp_path / "s.csv"
    p.write_text("Name,Email\nAnn,a@example.org\nBob,a@example.org\n")
    with open_table(p) as stream:
        r = validate_learner_rows(stream)
    assert r.summary() == "1 to import, 1 duplicate"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  Zoë   Müller ", "Zoë Müller"),
        ("Zoe\u0308", "Zoë"),  # NFC: combining diaeresis composed
        ("Ann\u200bLee", "AnnLee"),  # zero-width space removed
        ("Ann\tLee\nJr", "Ann Lee Jr"),
        ("\u00a0Ann\u00a0Lee", "Ann Lee"),
        ("Ann\x07 Lee", "Ann Lee"),
        ("زهرا\u200cسادات", "زهرا\u200cسادات"),  # Persian ZWNJ is spelling, not junk
        ("👩\u200d🎓 Ann", "👩\u200d🎓 Ann"),  # ZWJ emoji sequence
    ],
)
def test_normalise_name(raw: str, expected: str) -> None:
    assert normalise_name(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Ann@Example.ORG", "Ann@example.org"),
        (" mailto:ann@example.org ", "ann@example.org"),
        ("ann＠example.org", "ann@example.org"),  # full-width at sign from an IME
        ("o'brien+tag@example.co.uk", "o'brien+tag@example.co.uk"),
        ("jörg@müller.de", "jörg@müller.de"),
    ],
)
def test_normalise_email_accepts(raw: str, expected: str) -> None:
    assert normalise_email(raw) == expected


@pytest.mark.parametrize(
    "raw",
    ["a@b", "a@-b.com", "a@b..com", "a@1.2.3.4", "a..b@c.com", "a@b.c@d.com", "a" * 65 + "@b.com"],
)
def test_normalise_email_rejects(raw: str) -> None:
    with pytest.raises(InvalidEmail):
        normalise_email(raw)


@given(st.text(max_size=60))
def test_normalise_name_is_idempotent_and_clean(raw: str) -> None:
    once = normalise_name(raw)
    assert normalise_name(once) == once
    assert once == once.strip() and "  " not in once


@given(st.text(max_size=40))
def test_normalise_email_never_crashes(raw: str) -> None:
    try:
        out = normalise_email(raw)
    except InvalidEmail as e:
        assert e.message.startswith("E-mail address")
    else:
        assert out.count("@") == 1 and normalise_email(out) == out
