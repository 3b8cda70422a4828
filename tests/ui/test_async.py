"""Background work meets the user: stale results never win, imports show at once, quitting is safe.

These tests use the real threaded TaskRunner, where results arrive later and out of order.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton, QWizard

from tests.ui.conftest import close_boxes
from tests.ui.helpers import click_button, find, top_level, type_in_cell, type_into


@pytest.fixture
def threaded(qtbot, demo_ws):  # type: ignore[no-untyped-def]
    """A window over the demo workspace with the real thread-pool runner (key unlocked)."""
    from badgesmith.ui.app import build_window
    from badgesmith.ui.tasks import TaskRunner

    runner = TaskRunner()
    w = build_window(demo_ws, runner, passphrase="demo")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    runner.stop_all(10000)


def _settle(runner) -> None:  # type: ignore[no-untyped-def]
    runner.wait(10000)
    for _ in range(5):
        QApplication.processEvents()


def test_imported_results_show_in_the_grid(qtbot, demo_window, demo_ws, tmp_path) -> None:
    from badgesmith.core.services import cohorts
    from badgesmith.ui.dialogs.import_results import ImportResultsDialog

    page = demo_window.show_page("cohorts")
    cid = cohorts.find_cohort(demo_ws, "Spreadsheets — Evening Class")
    page.select_cohort(cid)
    m = page.grid_model
    col = m.criterion_column("Practical test")
    roster = cohorts.roster(demo_ws, cid)
    r = next(i for i, row in enumerate(m.rows) if row.learner.id == roster[0].id)
    type_in_cell(qtbot, page.grid, r, col, "41")  # a typed value: on the undo stack
    assert m.data(m.index(r, col)) == "41" and m.undo_stack.count() == 1
    f = tmp_path / "r.csv"
    f.write_text(f"E-mail;Practical test\n{roster[0].email};95\n", encoding="utf-8")
    click_button(qtbot, find(page, QPushButton, "importResults"))
    dlg = top_level(ImportResultsDialog)
    type_into(qtbot, dlg.path, str(f), enter=True)
    qtbot.waitUntil(dlg.ok.isEnabled, timeout=3000)
    click_button(qtbot, dlg.ok)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=3000)
    m = page.grid_model
    r = next(i for i, row in enumerate(m.rows) if row.learner.id == roster[0].id)
    assert m.data(m.index(r, col)) == "95"
    assert m.undo_stack.count() == 0  # undo must not bring back a value from before the import
    assert "eligible" in page.eligible_label.text()


def test_import_results_typed_path_disables_record(qtbot, demo_window, demo_ws, tmp_path) -> None:
    from badgesmith.core.services import cohorts
    from badgesmith.ui.dialogs.import_results import ImportResultsDialog

    page = demo_window.show_page("cohorts")
    cid = cohorts.find_cohort(demo_ws, "Spreadsheets — Evening Class")
    page.select_cohort(cid)
    roster = cohorts.roster(demo_ws, cid)
    f = tmp_path / "r.csv"
    f.write_text(f"E-mail;Practical test\n{roster[0].email};95\n", encoding="utf-8")
    click_button(qtbot, find(page, QPushButton, "importResults"))
    dlg = top_level(ImportResultsDialog)
    type_into(qtbot, dlg.path, str(f), enter=True)
    assert dlg.ok.isEnabled()
    qtbot.keyClicks(dlg.path, "x")  # another file name: the preview in hand is not of it
    assert not dlg.ok.isEnabled() and dlg.preview is None
    dlg.reject()


def test_import_wizard_waits_for_the_new_file(qtbot, threaded, tmp_path) -> None:
    from badgesmith.ui.dialogs.import_learners import ImportLearnersWizard

    runner = threaded.ctx.runner
    page = threaded.show_page("learners")
    a = tmp_path / "a.csv"
    a.write_text("Full name,E-mail\nAnn A,ann@example.org\nBob B,bob@example.org\n", encoding="utf-8")
    c = tmp_path / "c.csv"
    c.write_text("Learner,Mail,Badge no\nCy C,cy@example.org,7\n", encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"\x00\x01\x02PK\x03\x04 not a spreadsheet \xff\xfe\x00" * 50)
    click_button(qtbot, find(page, QPushButton, "importLearners"))
    wiz = top_level(ImportLearnersWizard)
    nxt = wiz.button(QWizard.WizardButton.NextButton)
    type_into(qtbot, wiz.file_page.path, str(a))
    qtbot.waitUntil(lambda: wiz.preview is not None and not wiz.busy and nxt.isEnabled(), timeout=5000)

    # another file typed: Next waits for it; the old preview cannot be taken forward
    type_into(qtbot, wiz.file_page.path, str(c))
    assert not nxt.isEnabled()
    wiz.next()  # e.g. a keyboard shortcut slipping past the disabled button
    assert wiz.currentPage() is wiz.file_page
    qtbot.waitUntil(lambda: wiz.currentPage() is wiz.mapping_page, timeout=5000)  # goes on once read
    assert str(wiz.preview.path) == str(c)
    combo = wiz.mapping_page.combos["name"]
    assert any("Learner" in combo.itemText(i) for i in range(combo.count()))
    assert not any("Full name" in combo.itemText(i) for i in range(combo.count()))

    # back, then a file that cannot be read: stay on the first page, Next stays disabled
    wiz.back()
    type_into(qtbot, wiz.file_page.path, str(bad))
    wiz.next()
    qtbot.waitUntil(lambda: wiz.file_page.error.isVisible() and not wiz.busy, timeout=5000)
    _settle(runner)
    assert wiz.currentPage() is wiz.file_page and wiz.preview is None and not nxt.isEnabled()

    # two reads in flight: only the newest one's preview is kept
    wiz.file_page.path.setText(str(a))
    wiz.file_page._load_now()
    wiz.file_page.path.setText(str(c))
    wiz.file_page._load_now()
    _settle(runner)
    qtbot.waitUntil(lambda: not wiz.busy, timeout=5000)
    assert str(wiz.preview.path) == str(c) and nxt.isEnabled()
    wiz.reject()


def test_credentials_preview_follows_the_latest_selection(qtbot, demo_ws, tmp_path, monkeypatch) -> None:
    from badgesmith.core.services import cohorts, issuing
    from badgesmith.ui.app import build_window
    from badgesmith.ui.tasks import TaskRunner

    c = next(c for c in cohorts.list_cohorts(demo_ws) if c.name.startswith("First Aid"))
    issuing.issue_batch(demo_ws, c.id, "demo", tmp_path / "out")
    runner = TaskRunner()
    w = build_window(demo_ws, runner)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    page = w.show_page("credentials")
    _settle(runner)
    rows = page.model.rows()
    a, b = rows[0], rows[1]
    # A's file is slow to read (a network share, a sleeping disk); B's is gone
    slow, release = Path(a.pdf_path), threading.Event()
    real_read = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self == slow and QThread.currentThread() is not QApplication.instance().thread():
            release.wait(5)
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    Path(b.pdf_path).unlink()
    page.select_credential(b.id)
    page.select_credential(a.id)  # A's file is being read…
    assert page.preview.pdf is None
    page.select_credential(b.id)  # clicked straight after: A's read is still running
    release.set()
    _settle(runner)
    assert b.recipient_name in page.detail_title.text()
    assert page.preview.pdf is None and not page.preview.has_image()  # never A's certificate
    assert "Re-export" in page.preview.text()
    w.close()
    runner.stop_all(10000)


def test_verify_shows_the_latest_check_only(qtbot, threaded, tmp_path, monkeypatch) -> None:
    from badgesmith.core.services import verification

    page = threaded.show_page("verify")
    release = threading.Event()
    real = verification.verify_text

    def slow_then_real(ws, text):  # type: ignore[no-untyped-def]
        if text == "slow":
            release.wait(5)
        return real(ws, text)

    monkeypatch.setattr(verification, "verify_text", slow_then_real)
    page.verify_text("slow")
    bad = tmp_path / "nothing.json"
    bad.write_text("{}", encoding="utf-8")
    page.verify_file(bad)  # dropped while the first check still runs: operations queue on one worker
    assert page.verdict.text() == "Checking…" and "nothing.json" in page.summary.text()
    release.set()
    _settle(threaded.ctx.runner)
    # the first check finished first, but only the newest one's report is shown
    assert page.verdict.text() != "Checking…" and "nothing.json" in page.summary.text()
    assert page.report is not None and page.report.source == "nothing.json"


def test_quit_during_issuing_stops_the_work_first(qtbot, threaded, monkeypatch) -> None:
    from badgesmith.core.services import cohorts

    errors: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda *a: errors.append(a[1]))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    runner = threaded.ctx.runner
    page = threaded.show_page("issue")
    biggest = max(cohorts.list_cohorts(threaded.ctx.ws), key=lambda c: c.enrolled)
    page.select_cohort(biggest.id)
    qtbot.waitUntil(page.issue_button.isEnabled, timeout=10_000)  # the plan loads on the worker
    page.out_dir.setText(str(Path(threaded.ctx.ws.folder).parent / "out"))
    click_button(qtbot, page.issue_button)
    assert runner.busy
    threaded.close()
    assert not runner.busy and runner.wait(0)  # every worker has returned
    assert not threaded.isVisible()
    threaded.ctx.ws.close()  # what app.run does next: nothing may still be using it
    for _ in range(10):
        QApplication.processEvents()
    assert not errors, errors
    assert page.summary_dialog is None  # the stopped run reports nothing into a closing window
    assert not [d for d in QApplication.topLevelWidgets() if isinstance(d, QProgressDialog) and d.isVisible()]
    close_boxes()
