"""A trainer saves a learner's record from the Learners page: a transcript PDF or the CLR file."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QFileDialog, QPushButton

from badgesmith.core.services import verification
from tests.core.record_data import PASSPHRASE, achievement, learner, make_pathway, signed_award
from tests.core.test_imported_credentials import partner, setup  # noqa: F401  (fixtures)
from tests.ui.conftest import close_boxes, message_boxes
from tests.ui.helpers import click_button, click_row, find, unlocked_window


def test_save_a_learners_record_as_transcript_and_as_clr(qtbot, ws, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    a, b = achievement(ws, "Pivot Tables"), achievement(ws, "Charts")
    p = make_pathway(ws, "Spreadsheet Certificate", [a, b])
    ana = learner(ws, "Ana Silva")
    for i, x in enumerate((a, b, p)):
        signed_award(ws, ana, x, date(2025, 3, 1) + timedelta(days=i))

    w = unlocked_window(qtbot, ws, PASSPHRASE)
    page = w.show_page("learners")
    click_row(qtbot, page.table, 0)
    for name, chosen in (("ana.pdf", "PDF transcript (*.pdf)"), ("ana.json", "CLR 2.0 learner record (*.json)")):
        out = tmp_path / name
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, _o=out, _c=chosen, **k: (str(_o), _c))
        click_button(qtbot, find(page, QPushButton, "learnerRecord"))
        qtbot.waitUntil(lambda: bool(message_boxes("infoBox")), timeout=20_000)
        assert "Ana Silva's record was saved" in message_boxes("infoBox")[0].text()
        close_boxes()
        report = verification.verify_path(ws, out)
        assert report.verified and report.facts.get("Credentials") == "3", report.summary


def test_add_a_credential_earned_elsewhere(qtbot, ws, setup, monkeypatch) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from badgesmith.core.services import issuer, pathways

    issuer.import_trusted_issuer(ws, setup["card"])
    w = unlocked_window(qtbot, ws, PASSPHRASE)
    page = w.show_page("learners")
    click_row(qtbot, page.table, 0)
    assert page.model.learner_at(0).name == "Ana Lima"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(setup["file"]), ""))
    click_button(qtbot, find(page, QPushButton, "addEarnedCredential"))
    qtbot.waitUntil(lambda: bool(message_boxes("infoBox")), timeout=20_000)
    assert "Added Python Basics from Partner Academy to Ana Lima's record" in message_boxes("infoBox")[0].text()
    close_boxes()
    assert pathways.progress(ws, setup["ana"])[0].met
    click_button(qtbot, find(page, QPushButton, "addEarnedCredential"))  # the same again: a clear refusal
    qtbot.waitUntil(lambda: bool(message_boxes("errorBox")), timeout=20_000)
    assert "added already" in message_boxes("errorBox")[0].text()
    close_boxes()
