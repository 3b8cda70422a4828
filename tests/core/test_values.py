"""The values people type mean the same in the grid, by hand and in an import: one word table,
one number formatter, one link rule (core/values.py)."""

from __future__ import annotations

import pytest

from badgesmith.core.errors import ValidationError
from badgesmith.core.imports.result_rows import CriterionColumn, learner_index, parse_result_rows
from badgesmith.core.imports.tables import Row, Table
from badgesmith.core.services.assessment import (
    COMPLETED,
    FAILED,
    CriterionInfo,
    normalise_evidence_url,
    normalise_value,
)
from badgesmith.core.values import (
    FAIL_WORDS,
    PASS_WORDS,
    format_number,
    normalise_url,
    parse_status,
)

STATUS = CriterionInfo(1, "Attendance", "status", None, None, True, None, ())
LEARNERS = learner_index([(1, "Ann Lee", "ann@example.org", None)])
# every word of the table, as typed in capitals, with a capital, and with stray spaces
WORDS = [(w, True) for w in sorted(PASS_WORDS)] + [(w, False) for w in sorted(FAIL_WORDS)]


def _typed(word: str) -> list[str]:
    return sorted({word, word.upper(), word.capitalize(), f"  {word} "})


def _imported(cell: str) -> bool | None:
    table = Table(["E-mail", "Attendance"], [Row(2, ("ann@example.org", cell))], "utf-8", ",")
    report = parse_result_rows(table, [CriterionColumn("Attendance", "status")], LEARNERS)
    assert not report.rejected, report.rejected
    (row,) = report.accepted
    return row.values[0].passed


@pytest.mark.parametrize("word, passed", WORDS)
def test_each_pass_fail_word_reads_the_same_by_hand_and_in_an_import(word: str, passed: bool) -> None:
    for typed in _typed(word):
        assert parse_status(typed) is passed, typed
        assert normalise_value(STATUS, typed) == (COMPLETED if passed else FAILED), typed  # grid and hand entry
        assert _imported(typed) is passed, typed  # results import


@pytest.mark.parametrize("typed", ["No", "NO", "No show", "NO SHOW", "no-show", "Not yet.", "Did not attend"])
def test_the_no_family_is_a_fail_everywhere(typed: str) -> None:
    # the header folder once read "No" as "number": rejected, though the message said yes/no work
    assert normalise_value(STATUS, typed) == FAILED
    assert _imported(typed) is False


def test_a_word_outside_the_table_is_refused_with_the_words_that_work() -> None:
    with pytest.raises(ValidationError, match="yes/no"):
        normalise_value(STATUS, "maybe")


@pytest.mark.parametrize("number, shown", [(72, "72"), (72.0, "72"), (72.5, "72.5"), (-3, "-3"), (0.25, "0.25")])
def test_one_number_formatter(number: float, shown: str) -> None:
    assert format_number(number) == shown


def test_one_link_rule_for_the_grid_and_the_importer() -> None:
    assert normalise_url("www.example.org/e/1") == normalise_evidence_url("www.example.org/e/1") == \
        "https://www.example.org/e/1"
    for bad in ("ftp://example.org", "not a link", "https://"):
        with pytest.raises(ValueError):
            normalise_url(bad)
        with pytest.raises(ValidationError):
            normalise_evidence_url(bad)
    assert normalise_evidence_url("  ") is None
