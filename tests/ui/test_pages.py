"""Smaller page behaviours: escaping in rich text, learner add/edit, filters."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from tests.ui.helpers import click_button, find, top_level, type_in_cell, type_into


def test_verify_report_escapes_html(qtbot, demo_window) -> None:
    from badgesmith.core.credentials.verify import Check
    from badgesmith.core.services.verification import Report

    page = demo_window.show_page("verify")
    evil = "<script>alert(1)</script><b>Eve</b>"
    page.show_report(Report(source="x.json", kind="credential", verdict="unknown_issuer", summary=evil,
                            checks=[Check("signature", True, f"Signed for {evil}.")],
                            facts={"recipient": evil}))
    html_text = page.details.text()
    assert "<script>" not in html_text and "&lt;script&gt;" in html_text
    assert "<b>Eve</b>" not in html_text
    assert page.summary.text().endswith(evil)  # plain-text label: shown literally, never interpreted
    assert "Unknown issuer" in page.verdict.text()


def test_verify_pasted_garbage_says_it_cannot_be_read(qtbot, demo_window) -> None:
    page = demo_window.show_page("verify")
    page.paste.setPlainText("hello, this is not a QR code")
    click_button(qtbot, find(page, QPushButton, "verifyText"))
    assert page.report is None or not page.report.verified
    assert page.verdict.text() and "Verified" not in page.verdict.text()


def test_add_and_edit_learner(qtbot, demo_window, demo_ws) -> None:
    from badgesmith.core.services import learners
    from badgesmith.ui.dialogs.learner import LearnerDialog

    page = demo_window.show_page("learners")
    n = learners.count_learners(demo_ws)
    click_button(qtbot, find(page, QPushButton, "addLearner"))
    dlg = top_level(LearnerDialog)
    type_into(qtbot, dlg.name, "Ada Lovelace")
    type_into(qtbot, dlg.email, "learner000@example.org")  # taken
    dlg.accept()
    assert dlg.isVisible() and "already exists" in dlg.error.text()
    type_into(qtbot, dlg.email, "ada@example.org")
    dlg.accept()
    assert learners.count_learners(demo_ws) == n + 1
    type_into(qtbot, page.filter, "ada")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    page.table.selectRow(0)
    page.edit_learner()
    dlg = top_level(LearnerDialog)
    type_into(qtbot, dlg.number, "S-ADA")
    dlg.accept()
    assert learners.list_learners(demo_ws, "ada")[0].student_number == "S-ADA"


def test_credentials_page_empty_state(qtbot, demo_window) -> None:
    page = demo_window.show_page("credentials")
    assert page.model.rowCount() == 0
    assert "No credentials issued yet" in page.count.text()
    assert not page.revoke_button.isEnabled()


def test_import_results_previews_then_records(qtbot, demo_window, demo_ws, tmp_path) -> None:
    from badgesmith.core.services import assessment, cohorts
    from badgesmith.ui.dialogs.import_results import ImportResultsDialog
    from tests.conftest import db_snapshot

    page = demo_window.show_page("cohorts")
    cid = cohorts.find_cohort(demo_ws, "Spreadsheets — Evening Class")
    page.select_cohort(cid)
    roster = cohorts.roster(demo_ws, cid)
    f = tmp_path / "results.csv"
    f.write_text("E-mail;Practical test;Assessor\n"
                 f"{roster[0].email};95;Priya\n{roster[1].email};abc;Priya\nnobody@example.org;70;Priya\n",
                 encoding="cp1252")
    click_button(qtbot, find(page, QPushButton, "importResults"))
    dlg = top_level(ImportResultsDialog)
    before = db_snapshot(demo_ws.folder)
    type_into(qtbot, dlg.path, str(f), enter=True)
    qtbot.waitUntil(lambda: dlg.ok.isEnabled() or bool(dlg.error.text()), timeout=3000)
    assert dlg.ok.isEnabled(), (dlg.error.text(), dlg.summary.text())
    assert db_snapshot(demo_ws.folder) == before  # a preview writes nothing
    assert "2 rows with errors" in dlg.summary.text()
    assert "not a number" in dlg.report.toPlainText()
    assert dlg.ok.text() == "Record 1 result"
    click_button(qtbot, dlg.ok)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=3000)
    crit = assessment.criteria_for_cohort(demo_ws, cid)[0]
    assert assessment.cohort_results(demo_ws, cid)[roster[0].id].values[crit.id].value == "95"


def test_export_results_button_writes_the_csv(qtbot, demo_window, demo_ws, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from badgesmith.core.services import cohorts
    from tests.ui.conftest import close_boxes, message_boxes

    out = tmp_path / "results.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "CSV files (*.csv)"))
    page = demo_window.show_page("cohorts")
    page.select_cohort(cohorts.find_cohort(demo_ws, "First Aid — March 2026"))
    click_button(qtbot, find(page, QPushButton, "exportResults"))
    qtbot.waitUntil(lambda: bool(message_boxes("infoBox")), timeout=3000)
    close_boxes()
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Learner,E-mail,Student number,CPR") and len(lines) == 21


@pytest.mark.parametrize("typed", ["No", "NO", "No show", "yes"])
def test_the_grid_takes_the_words_an_import_takes(qtbot, demo_window, demo_ws, typed) -> None:
    # "No" once read as nothing in the grid (the header folder took it for "number")
    from badgesmith.core.services import assessment, cohorts
    from badgesmith.core.values import parse_status

    page = demo_window.show_page("cohorts")
    cid = cohorts.find_cohort(demo_ws, "Digital Marketing — Spring Workshop")
    page.select_cohort(cid)
    m = page.grid_model
    crit = assessment.criteria_for_cohort(demo_ws, cid)[0]
    assert crit.kind == "status"
    messages: list[str] = []
    m.rejected.connect(messages.append)
    type_in_cell(qtbot, page.grid, 0, m.criterion_column(crit.name), typed)
    stored = assessment.cohort_results(demo_ws, cid)[m.rows[0].learner.id].values[crit.id].value
    assert messages == [] and stored == (assessment.COMPLETED if parse_status(typed) else assessment.FAILED)
