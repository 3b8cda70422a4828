"""Revoking a component from the Credentials page: the dialog says what it flags, the pathway
credential shows as needing review, and the trainer keeps it with a click."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox, QPushButton

from badgesmith.core.pathways.requirements import from_json
from badgesmith.core.services import issuing, pathway_awards, pathways, register
from tests.core.pathway_data import achievement, award, learner
from tests.ui.helpers import (
    answer_question,
    click_button,
    click_row,
    find,
    top_level,
    type_into,
    unlocked_window,
)


def test_revoking_a_component_flags_the_pathway_for_review(qtbot, ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from badgesmith.ui.dialogs.revoke import RevokeDialog

    basics, charts, analyst = (achievement(ws, n) for n in ("Excel Basics", "Charts", "Excel Analyst"))
    pathways.set_requirement(ws, analyst, from_json({"all_of": [{"achievement": basics}, {"achievement": charts}]}))
    ana = learner(ws, "Ana Lima")
    award(ws, ana, basics, date(2026, 3, 1))
    chart = award(ws, ana, charts, date(2026, 3, 5))
    [issued] = issuing.issue_batch(ws, pathway_awards.pathway_cohort(ws, analyst), "secret phrase",
                                   tmp_path / "out", workers=1).issued

    w = unlocked_window(qtbot, ws, "secret phrase")
    page = w.show_page("credentials")
    type_into(qtbot, page.search, "Charts")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    click_row(qtbot, page.table, 0)
    click_button(qtbot, find(page, QPushButton, "revokeButton"))
    dlg = top_level(RevokeDialog)
    reach = find(dlg, QLabel, "revokeReach").text()
    assert "? You can reinstate it later.\n\n" in reach  # the pathway consequence in its own paragraph
    assert "no longer meets Excel Analyst: that pathway credential will be flagged for your review, not revoked" in reach
    type_into(qtbot, dlg.reason, "Recorded by mistake")
    click_button(qtbot, find(dlg, QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=10_000)
    assert register.get_credential(ws, chart).row.status == "revoked"

    page.search.clear()
    page.status.setFocus()
    qtbot.keyClick(page.status, Qt.Key.Key_End)  # the last filter: Needs review
    assert page.status.currentText() == "Needs review"
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert page.model.text(0, "status") == "Active — needs review"
    # the flag is read whole, not cut to "Active — needs …"
    assert page.table.columnWidth(4) >= page.table.fontMetrics().horizontalAdvance("Active — needs review")
    click_row(qtbot, page.table, 0)
    assert "Needs review: Charts" in page.status_line.text()
    # the Issue page says so too
    issue = w.show_page("issue")
    qtbot.waitUntil(lambda: issue.model.rowCount() == 1, timeout=10_000)
    assert issue.model.text(0, "status") == "Issued — needs review"
    page = w.show_page("credentials")
    click_row(qtbot, page.table, 0)
    keep = find(page, QPushButton, "keepButton")
    asked: list[str] = []
    answer_question(QMessageBox.StandardButton.No, asked)  # asked first; No changes nothing
    click_button(qtbot, keep)
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert "Keep Ana Lima's Excel Analyst as it is?" in asked[0]
    assert register.get_credential(ws, issued.credential_id).row.review is not None
    answer_question(QMessageBox.StandardButton.Yes)
    click_button(qtbot, keep)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)
    assert register.get_credential(ws, issued.credential_id).row.review is None
    assert register.get_credential(ws, issued.credential_id).row.status == "active"

    # on the Issue page Ana no longer qualifies but holds the credential: counted once, as issued
    issue = w.show_page("issue")
    qtbot.waitUntil(lambda: issue.model.rowCount() == 1, timeout=10_000)
    assert issue.counts.text() == "0 ready to issue · 1 already issued · 0 not eligible"
