"""User data is shown literally: a name written as HTML must never render as HTML.

Qt labels, message boxes and tool tips use "auto" text format by default: anything that looks
like HTML is rendered. A learner named ``<font color=green>VERIFIED</font> Eve`` would then
show a big green VERIFIED on the Credentials page and in the revoke dialog.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton

from tests.ui.conftest import close_boxes
from tests.ui.helpers import click_button, find, top_level

EVIL = '<font size=6 color=#1B7F3B>VERIFIED</font><b>Eve</b>'
EVIL_ACH = '<font color=red>ACCREDITED</font> First Aid'
EVIL_REASON = '<i>nothing</i><font color=#1B7F3B>still valid</font>'
EVIL_COHORT = '<h1>Official</h1> cohort'


def _literal(label: QLabel, fragment: str = "<font") -> None:
    assert label.textFormat() == Qt.TextFormat.PlainText, (label.objectName(), label.text())
    assert fragment in label.text(), label.text()


def _safe_tooltip(tip: object, fragment: str) -> None:
    """A tool tip either plain (no markup) or escaped markup whose visible text is the literal."""
    from PySide6.QtGui import Qt as GuiQt
    from PySide6.QtGui import QTextDocument

    assert isinstance(tip, str), tip
    if GuiQt.mightBeRichText(tip):
        doc = QTextDocument()
        doc.setHtml(tip)
        assert fragment in doc.toPlainText(), doc.toPlainText()
        assert "<font" not in tip and "<b>" not in tip  # escaped, not interpreted
    else:
        assert fragment in tip


def test_hostile_names_are_shown_literally(qtbot, demo_ws, sync_runner, tmp_path) -> None:
    from dataclasses import replace

    from badgesmith.core.services import achievements, assessment, cohorts, issuing, learners
    from badgesmith.ui.app import build_window
    from badgesmith.ui.dialogs.revoke import RevokeDialog
    from badgesmith.ui.errors import show_error, show_info

    c = next(c for c in cohorts.list_cohorts(demo_ws) if c.name.startswith("First Aid"))
    eve = learners.add_learner(demo_ws, EVIL, "eve@example.org", "EVE1")
    cohorts.enrol(demo_ws, c.id, [eve.id])
    for cr in assessment.criteria_for_cohort(demo_ws, c.id):
        value = cr.required_level or (cr.levels[-1] if cr.levels else None) or \
            ("p" if cr.kind == "status" else str(cr.max_value or 100))
        assessment.record_result(demo_ws, c.id, eve.id, cr.id, value, "Rev")
    summary = issuing.issue_batch(demo_ws, c.id, "demo", tmp_path / "out", learner_ids=[eve.id])
    assert len(summary.issued) == 1, summary
    spec = achievements.get_achievement(demo_ws, c.achievement_id).spec
    achievements.update_achievement(demo_ws, c.achievement_id, replace(spec, name=EVIL_ACH))
    evil_cohort = cohorts.create_cohort(demo_ws, EVIL_COHORT, c.achievement_id, place="<b>Hall</b>")
    cohorts.enrol(demo_ws, evil_cohort.id, [eve.id])

    w = build_window(demo_ws, sync_runner, passphrase="demo")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)

    # Credentials: the detail title, the revoke dialog, the revocation reason and its tool tip
    page = w.show_page("credentials")
    page.search.setText("Eve")
    page.reload()
    assert page.model.rowCount() == 1
    page.table.selectRow(0)
    _literal(page.detail_title)
    click_button(qtbot, find(page, QPushButton, "revokeButton"))
    dlg = top_level(RevokeDialog)
    assert dlg is not None
    _literal(next(lab for lab in dlg.findChildren(QLabel) if "Revoke the credential" in lab.text()))
    dlg.reason.setText(EVIL_REASON)
    dlg.accept()
    QApplication.processEvents()
    page.reload()
    _literal(page.status_line, "<i>nothing</i>")
    m = page.model
    _safe_tooltip(m.data(m.index(0, m.column_index("status")), Qt.ItemDataRole.ToolTipRole), "<i>nothing</i>")

    # Achievements: the editor's title (a heading)
    ach = w.show_page("achievements")
    row = next(i for i, a in enumerate(ach.model.rows()) if a.id == c.achievement_id)
    ach.list.selectRow(row)
    _literal(ach.title, "<font color=red>")

    # Cohorts: title (heading), info line, the list's tool tip, the grid's tool tips
    coh = w.show_page("cohorts")
    coh.select_cohort(evil_cohort.id)
    _literal(coh.title, "<h1>")
    _literal(coh.info, "<font color=red>")
    assert "<b>Hall</b>" in coh.info.text()
    crow = next(i for i, x in enumerate(coh.model.rows()) if x.id == evil_cohort.id)
    _safe_tooltip(coh.model.data(coh.model.index(crow, 0), Qt.ItemDataRole.ToolTipRole), "<font color=red>")
    assert coh.evidence_box.title().startswith("Evidence for")  # group box titles are always plain

    # Issue: the achievement label
    iss = w.show_page("issue")
    iss.select_cohort(evil_cohort.id)
    _literal(iss.achievement, "<font color=red>")
    _safe_tooltip(iss.model.data(iss.model.index(0, 0), Qt.ItemDataRole.ToolTipRole), "eve@example.org")

    # Message boxes quoting user data
    for box in (show_error(w, f"Cannot import {EVIL}"), show_info(w, f"{EVIL} is now trusted")):
        assert box.textFormat() == Qt.TextFormat.PlainText
        assert "<font" in box.text()
    assert all(b.textFormat() == Qt.TextFormat.PlainText
               for b in QApplication.topLevelWidgets() if isinstance(b, QMessageBox) and b.isVisible())
    close_boxes()


def test_tooltips_escape_markup() -> None:
    from badgesmith.ui.widgets.common import tooltip

    tip = tooltip("<b>x</b>\nline two")
    assert tip is not None and "<b>" not in tip and "&lt;b&gt;" in tip and "<br>" in tip
    assert tooltip("") is None and tooltip(None) is None
    assert tooltip("plain a < b\nsecond") == "plain a < b\nsecond"  # plain text stays as it is


def test_a_pathway_diagram_shows_an_achievement_named_like_html_literally(qtbot) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    from badgesmith.core.pathways.requirements import from_json
    from badgesmith.ui.widgets.pathway_diagram import PathwayDiagram, layout

    tree = from_json({"all_of": [{"achievement": 1}, {"achievement": 2}]})
    diagram = PathwayDiagram()
    qtbot.addWidget(diagram)
    drawn = layout(tree, lambda ref: EVIL_ACH if getattr(ref, "achievement_id", 0) == 1 else "Safe")
    diagram.set_layout(drawn)
    diagram.show()
    qtbot.waitExposed(diagram)
    box = next(b for b in drawn.boxes if b.title == EVIL_ACH)
    at = QPointF(box.x + box.w / 2, box.y + box.h / 2).toPoint()
    QApplication.sendEvent(diagram, QHelpEvent(QHelpEvent.Type.ToolTip, at, diagram.mapToGlobal(at)))
    qtbot.waitUntil(QToolTip.isVisible)
    assert "&lt;font" in QToolTip.text() and "<font" not in QToolTip.text()  # shown as typed, not as HTML
    QToolTip.hideText()
