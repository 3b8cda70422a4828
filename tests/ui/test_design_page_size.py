"""Paper size and orientation in the design editor (issue 14; the README promises A4 and Letter,
landscape and portrait): chosen with the keyboard, shown in the live preview, saved with the
design, and used by issuing and re-export."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from badgesmith.core.services import achievements, cohorts, issuing, register
from tests.ui.helpers import choose, click_button

LETTER_PORTRAIT = (612, 792)
A4_LANDSCAPE = (842, 595)


def _size(pdf: bytes) -> tuple[int, int]:
    """The certificate's paper: its EU elements' page is printed on the same."""
    (size,) = {(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in PdfReader(io.BytesIO(pdf)).pages}
    return size


def _key_down(qtbot, combo) -> None:  # type: ignore[no-untyped-def]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)


def test_letter_portrait_is_previewed_saved_issued_and_reexported(qtbot, demo_window, demo_ws, tmp_path) -> None:
    design = demo_window.show_page("settings").design
    choose(design.achievement, "Digital Marketing")
    assert (design.paper.currentText(), design.orientation.currentText()) == ("A4 (210 × 297 mm)", "Landscape")
    assert _size(design.preview.pdf) == A4_LANDSCAPE
    renders: list[bytes] = []
    original = design.preview.show_rendered
    design.preview.show_rendered = lambda r: (renders.append(r.pdf), original(r))  # type: ignore[method-assign]
    _key_down(qtbot, design.paper)
    _key_down(qtbot, design.orientation)
    assert (design.paper.currentData(), design.orientation.currentData()) == ("Letter", "portrait")
    qtbot.waitUntil(lambda: bool(renders), timeout=3000)
    assert _size(renders[-1]) == LETTER_PORTRAIT  # the preview shows the page chosen, before saving
    click_button(qtbot, design.save)
    aid = design.achievement.currentData()
    spec = achievements.get_achievement(demo_ws, aid).spec
    assert (spec.template_overrides["paper"], spec.template_overrides["orientation"]) == ("Letter", "portrait")
    # shown again after choosing another achievement and coming back
    choose(design.achievement, "First Aid")
    assert design.paper.currentData() == "A4"
    choose(design.achievement, "Digital Marketing")
    assert (design.paper.currentData(), design.orientation.currentData()) == ("Letter", "portrait")
    # issued certificates, the print file and a re-export are Letter portrait
    cohort = cohorts.find_cohort(demo_ws, "Digital Marketing — Spring Workshop")
    summary = issuing.issue_batch(demo_ws, cohort, "demo", tmp_path / "out", workers=1)
    item = summary.issued[0]
    assert _size(item.pdf.read_bytes()) == LETTER_PORTRAIT
    assert {(round(float(p.mediabox.width)), round(float(p.mediabox.height)))
            for p in PdfReader(summary.combined_pdf).pages} == {LETTER_PORTRAIT}
    pdf, _ = register.reexport(demo_ws, item.credential_id, tmp_path / "again", "demo")
    assert _size(pdf.read_bytes()) == LETTER_PORTRAIT


def test_changing_the_template_keeps_the_page(qtbot, demo_window, demo_ws) -> None:
    design = demo_window.show_page("settings").design
    choose(design.achievement, "Digital Marketing")
    _key_down(qtbot, design.orientation)
    click_button(qtbot, design.save)
    choose(design.template, "Classic")  # fills the fields from the template; the page stays
    assert design.orientation.currentData() == "portrait"
    click_button(qtbot, design.save)
    spec = achievements.get_achievement(demo_ws, design.achievement.currentData()).spec
    assert spec.template == "classic"
    assert (spec.template_overrides["paper"], spec.template_overrides["orientation"]) == ("A4", "portrait")


def test_after_changing_only_the_page_another_template_asks_nothing(qtbot, demo_window, demo_ws) -> None:
    from tests.ui.helpers import answer_question

    design = demo_window.show_page("settings").design
    choose(design.achievement, "Digital Marketing")
    qtbot.waitUntil(lambda: design.template.currentData() == "modern")
    _key_down(qtbot, design.orientation)  # unsaved, but nothing another template would replace
    seen: list[str] = []
    answer_question(QMessageBox.StandardButton.Cancel, seen, tries=30)
    choose(design.template, "Classic")
    qtbot.wait(400)  # the queued answer gives up: no question was asked
    assert seen == [] and design.template.currentData() == "classic"
    assert design.orientation.currentData() == "portrait"
    # a changed wording is another matter: that question is asked
    edit = next(iter(design.wording.values()))
    edit.setFocus()
    qtbot.keyClicks(edit, " (ours)")
    answer_question(QMessageBox.StandardButton.Cancel, seen)
    choose(design.template, "Minimal")
    assert seen and "Discard those changes" in seen[0] and design.template.currentData() == "classic"
    click_button(qtbot, design.save)
