"""The instructor's workflow through the widgets, as a person does it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QWizard,
)

from tests.ui.helpers import (
    cell_editor,
    choose,
    click_button,
    click_row,
    find,
    top_level,
    type_in_cell,
    type_into,
    wizard_finish,
    wizard_next,
)

CSV = ("Full name,E-mail,Student number\n"
       "Zoë Ñúñez-Çelik,zoe@example.org,S1\n"
       "Mary O'Brien,mary@example.org,S2\n"
       "王小明,xiaoming@example.org,S3\n")


def run_first_run_wizard(qtbot, folder: Path, tmp_path: Path, monkeypatch,  # type: ignore[no-untyped-def]
                         website: str | None = None, domain: str | None = None):
    from PySide6.QtWidgets import QFileDialog

    from badgesmith.core.store.workspace import Workspace
    from badgesmith.ui.dialogs.first_run import FirstRunWizard

    wizard = FirstRunWizard(Workspace.open(folder))
    qtbot.addWidget(wizard)
    wizard.show()
    type_into(qtbot, find(wizard, QLineEdit, "issuerName"), "Riverside First Aid")
    type_into(qtbot, find(wizard, QLineEdit, "issuerUrl"), "https://riverside.example.org")
    type_into(qtbot, find(wizard, QLineEdit, "issuerEmail"), "certs@riverside.example.org")
    wizard_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.website
    if website is not None:
        radio = find(wizard, QRadioButton, "haveWebsite")  # clicked on its round button, at the left
        qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
        assert radio.isChecked()
        wizard_next(qtbot, wizard)  # no address typed: it says what to do
        assert wizard.currentPage() is wizard.website and "no website yet" in wizard.website.error.text()
        type_into(qtbot, find(wizard, QLineEdit, "wizardVerifyUrl"), website)
        if domain is not None:
            type_into(qtbot, find(wizard, QLineEdit, "didWeb"), "https://" + domain)  # a link, not a domain
            wizard_next(qtbot, wizard)
            assert wizard.currentPage() is wizard.website and "did:web" in wizard.website.error.text()
            type_into(qtbot, find(wizard, QLineEdit, "didWeb"), domain)
    wizard_next(qtbot, wizard)
    key = wizard.key
    type_into(qtbot, key.passphrase, "abc")
    type_into(qtbot, key.confirm, "abc")
    wizard_next(qtbot, wizard)
    assert wizard.currentPage() is key and "at least" in key.error.text()
    type_into(qtbot, key.passphrase, "correct horse")
    type_into(qtbot, key.confirm, "correct hose")
    wizard_next(qtbot, wizard)
    assert wizard.currentPage() is key and "do not match" in key.error.text()
    type_into(qtbot, key.confirm, "correct horse")
    wizard_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.location
    assert find(wizard, QLineEdit, "workspaceFolder").text() == str(folder)
    wizard_next(qtbot, wizard)  # creates the issuer and the key, off the GUI thread
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.backup, timeout=30_000)
    backup = tmp_path / "key-backup.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(backup), ""))
    click_button(qtbot, find(wizard, QPushButton, "backupKey"))
    qtbot.waitUntil(lambda: "Saved to" in find(wizard, QLabel, "backupStatus").text(), timeout=10_000)
    assert backup.exists()
    wizard_finish(qtbot, wizard)
    return wizard


def test_first_run_wizard_sets_up_issuer(qtbot, tmp_path, monkeypatch) -> None:
    from badgesmith.core.services import issuer

    wizard = run_first_run_wizard(qtbot, tmp_path / "ws", tmp_path, monkeypatch)
    assert issuer.is_initialised(wizard.workspace)
    assert issuer.get_issuer(wizard.workspace).name == "Riverside First Aid"
    issuer.unlock_key(wizard.workspace, "correct horse")
    wizard.workspace.close()


def _ok(dialog):  # type: ignore[no-untyped-def]
    """The OK (accept) button of a dialog's button box, whatever its label."""
    return find(dialog, QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def create_achievement(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page("achievements")
    click_button(qtbot, find(page, QPushButton, "newAchievement"))
    form = page.form
    click_button(qtbot, page.save)  # saving an empty form: the reason shows next to Save
    assert page.error.isVisible() and "needs a name" in page.error.text()
    assert page.model.rowCount() == 0
    qtbot.keyClicks(form.name, "Fire Safety Basics")
    qtbot.keyClicks(form.description, "Knows how to prevent, report and fight small fires.")
    qtbot.keyClicks(form.narrative, "Attend the session and score **50** or more in the quiz.")
    choose(form.rule, "Score")
    assert "score criterion" in page.error.text()
    qtbot.keyClicks(form.pass_mark, "50")
    click_button(qtbot, find(page, QPushButton, "addCriterion"))
    table = find(page, QTableWidget, "criteriaTable")
    table.item(1, 0).setText("Quiz")
    kind = table.cellWidget(1, 1)
    assert isinstance(kind, QComboBox)
    choose(kind, "Score")
    table.item(1, 2).setText("0")
    table.item(1, 3).setText("100")
    form.validity.setValue(24)
    assert not page.error.isVisible(), page.error.text()
    click_button(qtbot, page.save)
    assert page.model.rowCount() == 1
    assert page.model.row_at(0).name == "Fire Safety Basics"
    assert "v1: 0 issued" in page.versions.text()


def import_learners(qtbot, window, csv: Path):  # type: ignore[no-untyped-def]
    page = window.show_page("learners")
    click_button(qtbot, find(page, QPushButton, "importLearners"))
    wizard = top_level(QWizard, "importWizard")
    assert wizard is not None
    path = find(wizard, QLineEdit, "importPath")
    type_into(qtbot, path, str(csv))
    return page, wizard


def test_workflow_through_widgets(qtbot, tmp_path, monkeypatch, sync_runner) -> None:
    from badgesmith.core.services import assessment, cohorts, learners
    from badgesmith.ui.app import build_window

    wizard = run_first_run_wizard(qtbot, tmp_path / "ws", tmp_path, monkeypatch)
    window = build_window(wizard.workspace, sync_runner, passphrase=wizard.passphrase)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    ws = window.ctx.ws
    assert "unlocked" in window.key_label.text()

    # 1. an achievement
    create_achievement(qtbot, window)

    # 2. learners from a CSV, through the wizard
    csv = tmp_path / "attendees.csv"
    csv.write_text(CSV, encoding="utf-8")
    page, wiz = import_learners(qtbot, window, csv)
    status = find(wiz, QLabel, "importFileStatus")
    qtbot.waitUntil(lambda: "3 rows" in status.text(), timeout=3000)  # read once typing pauses
    wizard_next(qtbot, wiz)
    mapping = wiz.mapping_page
    assert mapping.combos["name"].currentData() == 0 and mapping.combos["email"].currentData() == 1
    assert learners.count_learners(ws) == 0
    wizard_next(qtbot, wiz)
    assert wiz.preview_page.model.rowCount() == 3
    assert learners.count_learners(ws) == 0  # nothing before confirming
    assert wiz.button(QWizard.WizardButton.FinishButton).text() == "Import 3 learners"
    wizard_finish(qtbot, wiz)
    assert learners.count_learners(ws) == 3
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    assert page.count.text() == "3 learners"
    type_into(qtbot, page.filter, "mary")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)

    # 3. a cohort, enrolment and results typed into the grid
    cpage = window.show_page("cohorts")
    click_button(qtbot, find(cpage, QPushButton, "newCohort"))
    from badgesmith.ui.dialogs.cohort import CohortDialog, EnrolDialog

    dlg = top_level(CohortDialog)
    type_into(qtbot, dlg.name, "Fire Safety - June")
    choose(dlg.achievement, "Fire Safety Basics")
    click_button(qtbot, _ok(dlg))
    assert cpage.model.rowCount() == 1
    click_button(qtbot, find(cpage, QPushButton, "enrolLearners"))
    enrol = top_level(EnrolDialog)
    enrol.table.setFocus()
    qtbot.keyClick(enrol.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # Ctrl+A: all shown
    click_button(qtbot, _ok(enrol))
    cohort = cohorts.list_cohorts(ws)[0]
    assert cohort.enrolled == 3
    grid, model = cpage.grid, cpage.grid_model
    assert model.rowCount() == 3
    att, quiz = model.criterion_column("Attendance"), model.criterion_column("Quiz")
    type_in_cell(qtbot, grid, 0, att, "p")  # Tab moves to the quiz column
    assert grid.currentIndex().column() == quiz
    qtbot.keyClicks(cell_editor(grid), "80")  # Tab opened the next cell's editor
    qtbot.keyClick(cell_editor(grid), Qt.Key.Key_Return)  # Enter saves: the next learner's first criterion
    qtbot.waitUntil(lambda: (grid.currentIndex().row(), grid.currentIndex().column()) == (1, att))
    assert model.data(model.index(0, model.eligible_column)) == "✓ eligible"
    type_in_cell(qtbot, grid, 1, att, "attended")
    type_in_cell(qtbot, grid, 1, quiz, "120", key=Qt.Key.Key_Return)  # out of range: not saved
    assert "outside" in cpage.message.text()
    type_in_cell(qtbot, grid, 1, quiz, "65", key=Qt.Key.Key_Return)
    type_in_cell(qtbot, grid, 2, att, "absent")
    type_in_cell(qtbot, grid, 2, quiz, "30", key=Qt.Key.Key_Return)
    el = assessment.eligibility(ws, cohort.id)
    ids = [r.learner.id for r in model.rows]
    assert [el[i].eligible for i in ids] == [True, True, False]
    # undo (Ctrl+Z) writes the previous value back; redo (Ctrl+Shift+Z) again
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert assessment.cohort_results(ws, cohort.id)[ids[2]].values.get(model.criteria[1].id) is None
    qtbot.keyClick(grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert assessment.cohort_results(ws, cohort.id)[ids[2]].values[model.criteria[1].id].value == "30"
    assert cpage.eligible_label.text() == "2 of 3 eligible"
    # evidence for the current learner, in the panel under the grid
    grid.setCurrentIndex(model.index(0, att))
    type_into(qtbot, cpage.evidence_note, "Used the extinguisher correctly", enter=True)
    type_into(qtbot, cpage.evidence_url, "not a link", enter=True)
    assert "not a web address" in cpage.message.text()
    type_into(qtbot, cpage.evidence_url, "https://example.org/photo/1", enter=True)
    r = assessment.cohort_results(ws, cohort.id)[ids[0]]
    assert (r.evidence_note, r.evidence_url) == ("Used the extinguisher correctly", "https://example.org/photo/1")

    # 4. issue: who is eligible and why not, a preview, then the batch
    ipage = window.show_page("issue")
    assert ipage.model.rowCount() == 3
    assert [ipage.model.text(i, "status") for i in range(3)] == ["✓ Ready to issue"] * 2 + ["Not eligible"]
    assert "Attendance" in ipage.model.text(2, "why")
    click_row(qtbot, ipage.table, 1)  # a click on a learner previews their certificate
    qtbot.waitUntil(ipage.preview.has_image, timeout=3000)
    out = tmp_path / "out"
    type_into(qtbot, ipage.out_dir, str(out))
    assert ipage.issue_button.text() == "Issue 2 credentials"
    click_button(qtbot, ipage.issue_button)
    summary = ipage.last_summary
    assert summary is not None and len(summary.issued) == 2 and len(summary.skipped) == 1
    dlg = ipage.summary_dialog
    assert dlg.isVisible() and "Issued 2" in dlg.findChild(QLabel, "summaryCounts").text()
    dlg.close()
    pdfs = sorted(out.glob("*.pdf"))
    assert len([p for p in pdfs if not p.name.startswith("print-")]) == 2
    assert ipage.model.text(0, "status") == "Already issued"

    # 5. the PDFs verify on the Verify page
    vpage = window.show_page("verify")
    first = summary.issued[0]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(first.pdf), ""))
    click_button(qtbot, find(vpage, QPushButton, "verifyOpen"))
    assert vpage.report is not None and vpage.report.verified, vpage.report
    assert "Verified" in vpage.verdict.text()

    # 6. revoke one on the Credentials page, and the Verify page says so
    cred = window.show_page("credentials")
    assert cred.model.rowCount() == 2
    click_row(qtbot, cred.table, next(i for i, r in enumerate(cred.model.rows()) if r.id == first.credential_id))
    assert first.credential_id in cred.json.toPlainText()
    click_button(qtbot, cred.revoke_button)
    from badgesmith.ui.dialogs.revoke import RevokeDialog

    rdlg = top_level(RevokeDialog)
    click_button(qtbot, _ok(rdlg))  # no reason: refused with a message
    assert rdlg.isVisible() and "reason" in rdlg.error.text()
    type_into(qtbot, rdlg.reason, "Issued in error")
    click_button(qtbot, _ok(rdlg))
    assert cred.model.text(next(i for i, r in enumerate(cred.model.rows()) if r.id == first.credential_id),
                           "status") == "Revoked"
    vpage = window.show_page("verify")
    click_button(qtbot, find(vpage, QPushButton, "verifyOpen"))  # the same file, opened again
    assert vpage.report.verdict == "revoked"
    assert "Revoked" in vpage.verdict.text()
    assert "Issued in error" in vpage.summary.text() + vpage.details.text()
