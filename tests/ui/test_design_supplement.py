"""The design editor's "Print the EU micro-credential page" (issue 17): on by default, switched off
and on again with the keyboard, saved with the design, and followed by the certificates."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtCore import Qt

from badgesmith.core.services import achievements, certificates, cohorts
from tests.ui.helpers import choose, click_button

FIRST_AID = "First Aid — March 2026"


def _pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def _toggle(qtbot, box) -> None:  # type: ignore[no-untyped-def]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)


def test_the_eu_page_is_switched_off_and_on_in_the_design(qtbot, demo_window, demo_ws) -> None:
    design = demo_window.show_page("settings").design
    choose(design.achievement, "Practical First Aid")
    box = design.supplement
    assert box.objectName() == "designSupplement" and box.text() == "Print the EU micro-credential page"
    assert box.isChecked() and not design.has_unsaved_changes()  # printed unless the design says not
    cohort = cohorts.find_cohort(demo_ws, FIRST_AID)
    assert _pages(certificates.preview_certificate(demo_ws, cohort)) == 2
    _toggle(qtbot, box)
    assert not box.isChecked() and design.has_unsaved_changes()
    click_button(qtbot, design.save)
    aid = design.achievement.currentData()
    assert achievements.get_achievement(demo_ws, aid).spec.template_overrides["supplement"] is False
    assert _pages(certificates.preview_certificate(demo_ws, cohort)) == 1
    # shown as saved after looking at another achievement
    choose(design.achievement, "Digital Marketing")
    assert box.isChecked()
    choose(design.achievement, "Practical First Aid")
    assert not box.isChecked()
    # on again: the design no longer differs from its template there
    _toggle(qtbot, box)
    click_button(qtbot, design.save)
    assert "supplement" not in achievements.get_achievement(demo_ws, aid).spec.template_overrides
    assert _pages(certificates.preview_certificate(demo_ws, cohort)) == 2
