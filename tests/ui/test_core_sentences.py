"""Core's sentences (core/said.py): English as they always were for the command line, and the
app's language in the app (ui.i18n.say), with numbers and days written the language's way."""

from __future__ import annotations

import pickle
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QLocale, Qt

from badgesmith.core.errors import ValidationError
from badgesmith.core.pathways.requirements import as_sentence, evaluate, from_json
from badgesmith.core.said import QT_TRANSLATE_NOOP, Said, english, said
from badgesmith.core.services.assessment import CellValue, CriterionInfo
from badgesmith.core.services.assessment import evaluate as eligibility
from badgesmith.core.values import format_number
from badgesmith.ui import i18n
from badgesmith.ui.errors import user_message
from badgesmith.ui.i18n import say
from tests.ui.catalogue import installed
from tests.ui.helpers import type_in_cell

BELOW = QT_TRANSLATE_NOOP("core", "Score {score} is below the pass mark of {mark}.")
NOT_VERIFIED = QT_TRANSLATE_NOOP("core", "Not verified: {reason}")
UNTIL = QT_TRANSLATE_NOOP("core", "Valid until {day}.")
GERMAN = {"core": {BELOW: "Punktzahl {score} liegt unter der Bestehensgrenze von {mark}.",
                   NOT_VERIFIED: "Nicht verifiziert: {reason}", UNTIL: "Gültig bis {day}."}}

TEST = CriterionInfo(1, "Practical test", "score", 0, 10_000, True, None, ())
CPR = CriterionInfo(2, "CPR", "level", None, None, True, "Competent", ("Not yet", "Competent", "Excellent"))
ATTENDANCE = CriterionInfo(3, "Attendance", "status", None, None, True, None, ())


def test_a_sentence_is_its_english_and_survives_pickling() -> None:
    s = said(BELOW, score=42.5, mark=60.0)
    assert isinstance(s, str) and s == "Score 42.5 is below the pass mark of 60."
    back = pickle.loads(pickle.dumps(said(NOT_VERIFIED, reason=s)))  # as the issue workers send it
    assert isinstance(back, Said) and back == "Not verified: Score 42.5 is below the pass mark of 60."
    assert back.template == NOT_VERIFIED and isinstance(back.params["reason"], Said)
    assert back.params["reason"].params == {"score": 42.5, "mark": 60.0}
    for x in (40.0, 7.5, 15.299999999999999, 123456.5, 1234567.0):  # as scores were always written
        assert english(x) == format_number(x)
    assert said(UNTIL, day=date(2026, 3, 4)) == "Valid until 4 March 2026."


def test_eligibility_reads_in_english_as_before() -> None:
    values = {1: CellValue(1, "1042.5"), 2: CellValue(2, "Not yet"), 3: CellValue(3, "Failed")}
    assert eligibility([TEST, CPR, ATTENDANCE], 1100, values).reasons == (
        "CPR: Not yet is below the required Competent.", "Attendance: failed.",
        "Score 1042.5 is below the pass mark of 1100.")
    assert eligibility([TEST, CPR, ATTENDANCE], 60, {}).reasons == (
        "No score recorded for Practical test.", "CPR: no level recorded.", "Attendance: not recorded.")
    tree = from_json({"all_of": [{"achievement": 1}, {"at_least": 1, "of": [{"achievement": 2}, {"achievement": 3}]}]})
    names = {1: "Excel Basics", 2: "Pivot Tables", 3: "Charts"}
    needs = evaluate(tree, {}, lambda r: names[r.key]).sentences  # type: ignore[index]
    assert needs == ("needs Excel Basics", "needs 1 more of: Pivot Tables, Charts")
    assert [as_sentence(n) for n in needs] == ["Needs Excel Basics.", "Needs 1 more of: Pivot Tables, Charts."]
    assert [say(as_sentence(n)) for n in needs] == ["Needs Excel Basics.", "Needs 1 more of: Pivot Tables, Charts."]
    when = datetime(2026, 11, 26, 23, 57, tzinfo=UTC)
    assert said(QT_TRANSLATE_NOOP("core", "Valid from {moment}."), moment=when) == \
        "Valid from 26 November 2026, 23:57 UTC."


def test_say_speaks_the_catalogues_language_with_its_numbers(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    before = QLocale()
    QLocale.setDefault(QLocale("de"))
    try:
        with installed(tmp_path, GERMAN):
            low = said(BELOW, score=1042.5, mark=1100)
            assert say(low) == "Punktzahl 1.042,5 liegt unter der Bestehensgrenze von 1.100."
            assert say(said(NOT_VERIFIED, reason=low)) == \
                "Nicht verifiziert: Punktzahl 1.042,5 liegt unter der Bestehensgrenze von 1.100."
            assert say(said(UNTIL, day=date(2026, 3, 4))) == "Gültig bis 4. März 2026."
            assert say("Plain text stays as it is.") == "Plain text stays as it is."
            # an error a user is shown says a core sentence in the language too
            assert user_message(ValidationError(low)) == say(low)
            unknown = said(QT_TRANSLATE_NOOP("core", "No catalogue has {this}."), this=7.5)
            assert say(unknown) == "No catalogue has 7,5."  # English words, the language's number
    finally:
        QLocale.setDefault(before)
    assert say(said(BELOW, score=42.5, mark=60)) == "Score 42.5 is below the pass mark of 60."


def test_the_grid_says_why_not_in_german(qtbot, qapp, demo_window, demo_ws) -> None:  # type: ignore[no-untyped-def]
    from badgesmith.core.services import cohorts

    translators = i18n.install(qapp, "de")
    try:
        page = demo_window.show_page("cohorts")
        page.select_cohort(cohorts.find_cohort(demo_ws, "Spreadsheets — Evening Class"))
        m, grid = page.grid_model, page.grid
        row = 0
        type_in_cell(qtbot, grid, row, 1, "42,5")  # a German trainer's decimal comma
        cell = m.index(row, m.eligible_column)
        text = m.data(cell)
        assert text == "✗ Punktzahl 42,5 liegt unter der Bestehensgrenze von 60.", text
        tip = m.data(cell, Qt.ItemDataRole.ToolTipRole)
        assert "Punktzahl 42,5 liegt unter der Bestehensgrenze von 60." in tip and "pass mark" not in tip
    finally:
        i18n.uninstall(qapp, translators)
    assert m.data(m.index(row, m.eligible_column)) == "✗ Score 42.5 is below the pass mark of 60."
