"""The Overview page (issue 17, point 4) as a trainer uses it: it opens first, its charts tell a
screen reader their figures, a year can be chosen, Export report writes the PDF, and the renewal
list renews the credentials chosen in it; an empty workspace gets a sentence, not empty charts."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from badgesmith.core.services import issuing, overview, register
from badgesmith.core.store.models import Credential
from tests.ui.conftest import close_boxes, message_boxes
from tests.ui.helpers import answer_question, click_button, click_row, window_at

FIRST_AID = 1  # the demo's "First Aid — March 2026" cohort


def _issue_some(ws, out: Path) -> list[str]:  # type: ignore[no-untyped-def]
    """Credentials for the First Aid cohort's eligible learners; two of them expire soon."""
    issued = issuing.issue_batch(ws, FIRST_AID, "demo", out, workers=1).issued
    now = datetime.now(UTC)
    with ws.session() as s:
        for item, days in zip(issued, (12, 50), strict=False):
            s.get(Credential, item.credential_id).valid_until = now + timedelta(days=days)
    return [i.credential_id for i in issued[:2]]


def _description(widget) -> str:  # type: ignore[no-untyped-def]
    """What a screen reader is told about ``widget`` beyond its name."""
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Description)


def _click_page(qtbot, w, key: str):  # type: ignore[no-untyped-def]
    from badgesmith.ui.pages import PAGES

    row = next(i for i, p in enumerate(PAGES) if p[0] == key)
    rect = w.nav.visualItemRect(w.nav.item(row))
    qtbot.mouseClick(w.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return w.current_page()


@pytest.fixture
def window(qtbot, demo_ws, tmp_path):  # type: ignore[no-untyped-def]
    _issue_some(demo_ws, tmp_path / "out")
    return window_at(qtbot, demo_ws)


def test_the_overview_opens_first_and_its_charts_state_their_figures(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    w = window
    assert w.current_page() is w.page("overview")  # the landing page
    _click_page(qtbot, w, "learners")
    page = _click_page(qtbot, w, "overview")
    assert page is w.page("overview")
    figures = overview.overview(w.ctx.ws)
    assert not page.empty.isVisible() and page.body.isVisible()

    (months,) = page.issued.charts
    assert months.accessibleName() == "Credentials issued per month" and not months.pixmap().isNull()
    said = _description(months)
    assert f"{figures.issued} issued" in said
    this = figures.months[-1]
    assert f"{datetime.now(UTC):%B} {this.year}: {this.issued}" in said and this.issued > 0

    (rates,) = page.passes.charts
    said = _description(rates)
    for c in figures.cohorts:  # every cohort of the demo ran in the last 12 months
        assert f"{c.cohort_name}: {c.eligible} of {c.learners} eligible ({int(c.percent + 0.5)}%)" in said
    assert len(figures.cohorts) == 3

    said = " ".join(_description(c) for c in page.criteria.charts)
    for c in figures.criteria:
        assert f"{c.achievement_name}, {c.criterion_name}: {c.not_met} of {c.assessed} did not meet it" in said
    assert any(c.not_met for c in figures.criteria)

    (soon,) = page.expiring.charts
    assert "in 1 to 30 days: 1; in 31 to 60 days: 1; in 61 to 90 days: 0" in _description(soon)
    assert [page.renewals.text(r, "learner") for r in range(page.renewals.rowCount())] == \
        [e.learner_name for e in figures.expiring]


def test_choosing_a_year_shows_that_years_figures(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = window.page("overview")
    assert page.period.currentData() is None  # the last 12 months
    page.period.setFocus()
    qtbot.keyClick(page.period, Qt.Key.Key_Down)
    year = datetime.now(UTC).year
    assert page.period.currentData() == year
    assert page.figures is not None and page.figures.period.year == year
    assert [m.month for m in page.figures.months] == list(range(1, 13))


def test_export_report_writes_the_pdf_with_its_charts(qtbot, window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = window.page("overview")
    out = tmp_path / "reports" / "overview"
    out.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF (*.pdf)"))
    click_button(qtbot, page.export_button)
    written = out.with_suffix(".pdf")  # the extension is added when the name has none
    (box,) = message_boxes("infoBox")
    assert str(written) in box.text()
    close_boxes()
    assert written.read_bytes().startswith(b"%PDF")
    listed = subprocess.run(["pdfimages", "-list", str(written)], capture_output=True, text=True, check=True).stdout
    assert len([ln for ln in listed.splitlines()[2:] if " image " in ln]) == 4  # four charts: every figure has data


def test_renew_selected_renews_the_chosen_expiring_credential(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    w = window
    page = w.page("overview")
    assert not page.renew_button.isEnabled()  # nothing chosen yet
    first = page.renewals.row_at(0)
    click_row(qtbot, page.table, 0)
    assert page.renew_button.isEnabled()
    seen: list[str] = []
    answer_question(QMessageBox.StandardButton.No, seen)
    click_button(qtbot, page.renew_button)
    assert seen and "replaces the expiring one" in seen[0]
    assert page.last_summaries is None  # "No": nothing renewed
    w.ctx.unlock("demo")
    answer_question(QMessageBox.StandardButton.Yes, seen)
    click_button(qtbot, page.renew_button)
    (summary,) = page.last_summaries
    (new,) = summary.issued
    assert new.learner_id == first.learner_id
    for dialog in page.summary_dialogs:
        dialog.close()
    old = register.get_credential(w.ctx.ws, first.credential_id)
    assert old.row.status == "superseded" and old.superseded_by == new.credential_id
    QApplication.processEvents()
    # the page was told: the renewed credential left the list, the other is still there
    assert first.credential_id not in [e.credential_id for e in page.renewals.rows()]
    assert page.renewals.rowCount() == 1


def test_an_empty_workspace_gets_a_sentence_instead_of_empty_charts(qtbot, ws) -> None:  # type: ignore[no-untyped-def]
    w = window_at(qtbot, ws)
    page = w.page("overview")
    assert w.current_page() is page
    assert page.empty.isVisible() and "Nothing to show yet" in page.empty.text()
    assert not page.body.isVisible()
    assert page.export_button.isEnabled()  # an empty report is still a report
