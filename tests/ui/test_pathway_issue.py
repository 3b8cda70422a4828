"""The Issue page offers a pathway like any cohort: who has completed it, and its credentials."""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import Qt

from badgesmith.core.pathways.requirements import from_json
from badgesmith.core.services import cohorts, pathways
from tests.core.pathway_data import achievement, award, learner
from tests.ui.helpers import click_button, type_into, unlocked_window


def test_a_pathway_is_chosen_and_issued_from_the_issue_page(qtbot, ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    basics, pivots, charts, analyst = (achievement(ws, n) for n in
                                       ("Excel Basics", "Pivot Tables", "Charts", "Excel Analyst"))
    pathways.set_requirement(ws, analyst, from_json({"all_of": [
        {"achievement": basics}, {"at_least": 1, "of": [{"achievement": pivots}, {"achievement": charts}]}]}))
    ana, bob = learner(ws, "Ana Lima"), learner(ws, "Bob Stone")
    cohorts.create_cohort(ws, "Basics — May", basics, date(2026, 5, 1), date(2026, 5, 1), "", "")
    parts = [award(ws, ana, basics, date(2026, 3, 1)), award(ws, ana, charts, date(2026, 3, 5))]
    award(ws, bob, basics, date(2026, 3, 1))

    window = unlocked_window(qtbot, ws, "secret phrase")
    page = window.show_page("issue")
    names = [page.cohort.itemText(i) for i in range(page.cohort.count())]
    assert names == ["Basics — May  (0 learners)",
                     "Excel Analyst  (pathway: choose to see who has completed it)"]
    page.cohort.setFocus()
    qtbot.keyClick(page.cohort, Qt.Key.Key_End)  # the pathway: its cohort is made, holders enrolled
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    assert page.cohort.currentText() == "Excel Analyst (pathway awards)  (2 learners)"
    assert [page.model.text(i, "status") for i in range(2)] == ["✓ Ready to issue", "Not eligible"]
    assert page.model.text(1, "why") == "Needs 1 more of: Pivot Tables, Charts."

    type_into(qtbot, page.out_dir, str(tmp_path / "out"))
    assert page.issue_button.text() == "Issue 1 credential"
    click_button(qtbot, page.issue_button)
    summary = page.last_summary
    page.summary_dialog.close()
    assert summary is not None and [i.name for i in summary.issued] == ["Ana Lima"]
    doc = json.loads(summary.issued[0].json.read_text(encoding="utf-8"))
    assert [e["id"] for e in doc["evidence"]] == parts and doc["awardedDate"].startswith("2026-03-05")


def test_a_pathways_cohort_grid_shows_its_requirements_not_cells(qtbot, ws) -> None:  # type: ignore[no-untyped-def]
    from badgesmith.core.services import pathway_awards

    basics, charts, analyst = (achievement(ws, n) for n in ("Excel Basics", "Charts", "Excel Analyst"))
    pathways.set_requirement(ws, analyst, from_json({"all_of": [{"achievement": basics}, {"achievement": charts}]}))
    ana, bob = learner(ws, "Ana Lima"), learner(ws, "Bob Stone")
    for who in (ana, bob):
        award(ws, who, basics, date(2026, 3, 1))
    award(ws, ana, charts, date(2026, 3, 2))
    cohort = pathway_awards.pathway_cohort(ws, analyst)
    window = unlocked_window(qtbot, ws, "secret phrase")
    page = window.show_page("cohorts")
    page.select_cohort(cohort)
    grid = page.grid_model
    qtbot.waitUntil(lambda: grid.rowCount() == 2, timeout=10_000)
    assert [r.eligibility.eligible for r in grid.rows] == [True, False]
    assert grid.rows[1].eligibility.reasons == ("Needs Charts.",)
