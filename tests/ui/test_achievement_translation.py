"""The achievement editor and the pathway diagram speak the installed language, with plural forms:
a throwaway German catalogue, compiled with lrelease, stands in for a real one."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton

from badgesmith.core.pathways.requirements import Group, LocalRef
from badgesmith.ui.pages.achievement_editor import AchievementForm
from badgesmith.ui.widgets.pathway_diagram import layout

from .catalogue import installed

# context -> source -> translation (a list: the numerus forms of German, one and many)
MESSAGES: dict[str, dict[str, str | list[str]]] = {
    "AchievementForm": {"Pass mark": "Bestehensgrenze", " month(s)": [" Monat", " Monate"],
                        "Never expires": "Läuft nie ab"},
    "CriteriaEditor": {"Passed / attended": "Bestanden / teilgenommen"},
    "PathwayDiagram": {"All of": "Alle von", "needs %n more": ["braucht noch %n", "braucht noch %n"],
                       "✓ held {date}": "✓ erworben am {date}", "{title} — {status}": "{title}: {status}"},
}


@pytest.fixture
def german(qapp, tmp_path: Path) -> Iterator[None]:  # type: ignore[no-untyped-def]
    with installed(tmp_path, MESSAGES):
        yield


def _type_months(qtbot, form: AchievementForm, text: str) -> str:  # type: ignore[no-untyped-def]
    spin = form.validity
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClick(spin, Qt.Key.Key_Backspace)
    qtbot.keyClicks(spin, text)
    return spin.text()


def test_the_validity_unit_agrees_with_the_number_in_english(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = AchievementForm()
    qtbot.addWidget(form)
    form.show()
    assert form.validity.text() == "Never expires"
    assert _type_months(qtbot, form, "1") == "1 month"
    assert _type_months(qtbot, form, "24") == "24 months" and form.validity.value() == 24


def test_the_form_and_the_diagram_speak_german(qtbot, german) -> None:  # type: ignore[no-untyped-def]
    form = AchievementForm()
    qtbot.addWidget(form)
    form.show()
    rules = form._rules_form
    assert rules.labelForField(form.pass_mark).text() == "Bestehensgrenze"
    assert rules.labelForField(form.narrative).text() == "Criteria (narrative)"  # not in the catalogue: English
    assert form.validity.text() == "Läuft nie ab"
    assert _type_months(qtbot, form, "1") == "1 Monat"
    assert _type_months(qtbot, form, "12") == "12 Monate" and form.validity.value() == 12
    qtbot.mouseClick(form.findChild(QPushButton, "addCriterion"), Qt.MouseButton.LeftButton)
    kind = form.criteria.table.cellWidget(0, form.criteria.KIND)
    assert isinstance(kind, QComboBox) and kind.currentText() == "Bestanden / teilgenommen"
    assert kind.currentData() == "status"  # the code stays what the spec is built from

    tree = Group((LocalRef(1), Group((LocalRef(2), LocalRef(3)), at_least=2)))
    lines = layout(tree, lambda r: f"A{r.key}", {1: date(2026, 3, 12)}).text().splitlines()
    assert lines[:3] == ["Alle von: braucht noch 1", "  A1: ✓ erworben am 12 Mar 2026",
                         "  At least 2 of 2: braucht noch 2"]  # a message not in the catalogue stays English
