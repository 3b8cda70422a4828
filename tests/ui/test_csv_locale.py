"""A German trainer's results export opens in a German Excel: `;` between cells, 7,5 as a number."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton

from tests.ui.conftest import close_boxes, message_boxes
from tests.ui.helpers import click_button, find, type_in_cell


def test_results_export_in_a_german_locale(qtbot, demo_window, demo_ws, tmp_path, monkeypatch) -> None:
    from badgesmith.core.services import cohorts

    for var in ("LC_ALL", "LC_NUMERIC", "BADGESMITH_CSV_STYLE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")  # as a German desktop session sets it
    out = tmp_path / "Ergebnisse.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "CSV files (*.csv)"))

    page = demo_window.show_page("cohorts")
    page.select_cohort(cohorts.find_cohort(demo_ws, "Spreadsheets — Evening Class"))
    m = page.grid_model
    first = m.rows[0].learner
    type_in_cell(qtbot, page.grid, 0, m.criterion_column("Practical test"), "7,5", key=Qt.Key.Key_Return)
    click_button(qtbot, find(page, QPushButton, "exportResults"))
    qtbot.waitUntil(lambda: bool(message_boxes("infoBox")), timeout=3000)
    close_boxes()

    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfLearner;E-mail;Student number;Practical test;Eligible;")
    lines = data.decode("utf-8-sig").split("\r\n")
    row = next(line for line in lines if line.startswith(f"{first.name};"))
    assert ";7,5;" in row and ";7.5;" not in row



def test_learners_export_in_a_french_locale(qtbot, demo_window, demo_ws, tmp_path, monkeypatch) -> None:
    from badgesmith.core.services import learners

    for var in ("LC_ALL", "LC_NUMERIC", "BADGESMITH_CSV_STYLE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    out = tmp_path / "apprenants.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "CSV files (*.csv)"))
    page = demo_window.show_page("learners")
    click_button(qtbot, find(page, QPushButton, "exportLearners"))
    qtbot.waitUntil(lambda: bool(message_boxes("infoBox")), timeout=3000)
    assert str(out) in message_boxes("infoBox")[0].text()
    close_boxes()
    lines = out.read_bytes().decode("utf-8-sig").split("\r\n")
    assert lines[0] == "ID;Name;E-mail;Student number"
    first = learners.list_learners(demo_ws, limit=1)[0]
    assert lines[1] == f"{first.id};{first.name};{first.email};{first.student_number}"
    assert len([line for line in lines if line]) == learners.count_learners(demo_ws) + 1
