"""Renewal and reinstatement as a trainer does them (review finding 2): a revoked learner is left
out of a cohort's renewal and renewed only through "Renew selected" after a warning; reinstating
asks first and needs the passphrase."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QPlainTextEdit

from badgesmith.core.services import cohorts, issuing, register
from tests.ui.conftest import close_boxes
from tests.ui.helpers import answer_question, click_button, click_row, top_level, type_into


def _issued_window(qtbot, demo_window, tmp_path):  # type: ignore[no-untyped-def]
    ws = demo_window.ctx.ws
    cohort = cohorts.find_cohort(ws, "Digital Marketing — Spring Workshop")
    summary = issuing.issue_batch(ws, cohort, "demo", tmp_path / "out", workers=1)
    revoked = summary.issued[0]
    register.revoke(ws, revoked.credential_id, "Plagiarised the project", "demo")
    page = demo_window.show_page("issue")
    page.select_cohort(cohort)
    type_into(qtbot, page.out_dir, str(tmp_path / "out"))
    return page, summary, revoked


def test_renewing_the_cohort_leaves_the_revoked_learner_out(qtbot, demo_window, tmp_path) -> None:
    page, summary, revoked = _issued_window(qtbot, demo_window, tmp_path)
    row = next(i for i, r in enumerate(page.model.rows()) if r.learner_id == revoked.learner_id)
    assert page.model.text(row, "status") == "Revoked"
    assert "revoked (never renewed with the others)" in page.counts.text()
    page.reissue.click()
    assert page.issue_button.text() == f"Issue {len(summary.issued) - 1} credentials"
    demo_window.ctx.unlock("demo")
    click_button(qtbot, page.issue_button)
    assert revoked.learner_id not in {i.learner_id for i in page.last_summary.issued}
    page.summary_dialog.close()
    assert register.get_credential(demo_window.ctx.ws, revoked.credential_id).row.status == "revoked"


def test_renewing_a_revoked_learner_says_what_happens_first(qtbot, demo_window, tmp_path) -> None:
    page, _, revoked = _issued_window(qtbot, demo_window, tmp_path)
    row = next(i for i, r in enumerate(page.model.rows()) if r.learner_id == revoked.learner_id)
    click_row(qtbot, page.table, row)
    seen: list[str] = []
    answer_question(QMessageBox.StandardButton.No, seen)
    click_button(qtbot, page.renew_button)
    assert seen and "stays revoked" in seen[0]
    assert page.last_summary is None  # "No": nothing issued
    demo_window.ctx.unlock("demo")
    answer_question(QMessageBox.StandardButton.Yes, seen)
    click_button(qtbot, page.renew_button)
    (new,) = page.last_summary.issued
    page.summary_dialog.close()
    assert register.get_credential(demo_window.ctx.ws, revoked.credential_id).row.status == "revoked"
    assert register.get_credential(demo_window.ctx.ws, new.credential_id).row.status == "active"


def test_reinstating_asks_and_needs_the_passphrase(qtbot, demo_window, tmp_path) -> None:
    from badgesmith.ui.dialogs.passphrase import UnlockDialog

    _, _, revoked = _issued_window(qtbot, demo_window, tmp_path)
    cred = demo_window.show_page("credentials")
    click_row(qtbot, cred.table, next(i for i, r in enumerate(cred.model.rows()) if r.id == revoked.credential_id))
    seen: list[str] = []
    answer_question(QMessageBox.StandardButton.No, seen)
    click_button(qtbot, cred.reinstate_button)
    assert seen and "Plagiarised the project" in seen[0]
    assert register.get_credential(demo_window.ctx.ws, revoked.credential_id).row.status == "revoked"
    # yes, then the key is locked: the passphrase is asked for
    answer_question(QMessageBox.StandardButton.Yes, seen)
    click_button(qtbot, cred.reinstate_button)
    qtbot.waitUntil(lambda: top_level(UnlockDialog) is not None)
    dialog = top_level(UnlockDialog)
    type_into(qtbot, dialog.findChild(QLineEdit, "passphrase"), "wrong passphrase", enter=True)
    assert dialog.isVisible() and "wrong" in dialog.error.text()
    assert register.get_credential(demo_window.ctx.ws, revoked.credential_id).row.status == "revoked"
    type_into(qtbot, dialog.findChild(QLineEdit, "passphrase"), "demo", enter=True)
    qtbot.waitUntil(lambda: register.get_credential(demo_window.ctx.ws, revoked.credential_id).row.status == "active")
    close_boxes()


def _ctrl_click_row(qtbot, view, row: int) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, rect.center())


def test_renew_selected_renews_exactly_the_chosen_learners(qtbot, demo_window, tmp_path) -> None:
    """A re-sit: two learners chosen with Ctrl+click are renewed; nobody else is touched."""
    ws = demo_window.ctx.ws
    cohort = cohorts.find_cohort(ws, "Digital Marketing — Spring Workshop")
    issuing.issue_batch(ws, cohort, "demo", tmp_path / "out", workers=1)
    page = demo_window.show_page("issue")
    page.select_cohort(cohort)
    type_into(qtbot, page.out_dir, str(tmp_path / "out"))
    before = {r.learner_id: r.credential_id for r in page.model.rows()}
    issued_rows = [i for i, r in enumerate(page.model.rows()) if r.credential_id]
    first, second = issued_rows[1], issued_rows[4]
    click_row(qtbot, page.table, first)
    _ctrl_click_row(qtbot, page.table, second)
    chosen = {page.model.rows()[first].learner_id, page.model.rows()[second].learner_id}
    assert page.renew_button.text() == "Renew 2 selected…"
    demo_window.ctx.unlock("demo")
    seen: list[str] = []
    answer_question(QMessageBox.StandardButton.Yes, seen)
    click_button(qtbot, page.renew_button)
    names = [page.model.rows()[i].name for i in (first, second)]
    assert seen and seen[0].startswith(f"Issue new credentials to 2 learners: {names[0]}, {names[1]}?")
    summary = page.last_summary
    page.summary_dialog.close()
    assert {i.learner_id for i in summary.issued} == chosen
    assert not summary.earlier_design  # same design: the print file is not mixed
    after = {r.learner_id: r.credential_id for r in page.model.rows()}
    for lid, old in before.items():
        if lid in chosen:
            assert after[lid] != old
            assert register.get_credential(ws, old).row.status == "superseded"
            assert register.get_credential(ws, after[lid]).row.status == "active"
        else:
            assert after[lid] == old  # untouched


def test_a_resit_after_a_design_change_says_the_print_file_mixes_designs(qtbot, demo_window, tmp_path) -> None:
    from badgesmith.core.services import achievements

    ws = demo_window.ctx.ws
    cohort = cohorts.find_cohort(ws, "Digital Marketing — Spring Workshop")
    first = issuing.issue_batch(ws, cohort, "demo", tmp_path / "out", workers=1)
    achievement = cohorts.get_cohort(ws, cohort).achievement_id
    achievements.save_design(ws, achievement, "modern", {"colours": {"primary": "#7A1F3D"}})  # was plain modern
    page = demo_window.show_page("issue")
    page.select_cohort(cohort)
    type_into(qtbot, page.out_dir, str(tmp_path / "out"))
    resit = first.issued[2]
    click_row(qtbot, page.table, next(i for i, r in enumerate(page.model.rows()) if r.learner_id == resit.learner_id))
    demo_window.ctx.unlock("demo")
    answer_question(QMessageBox.StandardButton.Yes)
    click_button(qtbot, page.renew_button)
    dialog = page.summary_dialog
    text = "\n".join(w.text() for w in dialog.findChildren(QLabel))
    details = dialog.findChild(QPlainTextEdit, "summaryDetails").toPlainText()
    details = details.translate({0x200E: None, 0x2068: None, 0x2069: None})  # bidi marks around names
    dialog.close()
    others = [i.name for i in first.issued if i.learner_id != resit.learner_id]
    assert f"The print file mixes certificate designs: {len(others)} certificates ({', '.join(others[:3])} and " \
           f"{len(others) - 3} more) were drawn with an earlier design" in text
    for name in others:
        assert f"◐ {name}: drawn with an earlier design or version" in details
    assert resit.name not in {line.split(":")[0][2:] for line in details.splitlines() if line.startswith("◐")}


def test_summary_lines_stay_left_to_right_with_arabic_names(qtbot, demo_window, tmp_path) -> None:
    """A skipped learner named in Arabic must not turn the line around ("…is below :محمد –")."""
    from badgesmith.ui.dialogs.issue_summary import IssueSummaryDialog

    ws = demo_window.ctx.ws
    summary = issuing.issue_batch(ws, cohorts.find_cohort(ws, "Spreadsheets — Evening Class"), "demo",
                                  tmp_path / "out", workers=1)
    assert any(any("\u0600" <= ch <= "\u06ff" for ch in name) for _i, name, _w in summary.skipped)
    dialog = IssueSummaryDialog(summary, demo_window)
    dialog.show()
    block = dialog.findChild(QPlainTextEdit, "summaryDetails").document().firstBlock()
    directions = []
    while block.isValid():
        directions.append(block.textDirection())
        block = block.next()
    dialog.close()
    assert directions and set(directions) == {Qt.LayoutDirection.LeftToRight}
