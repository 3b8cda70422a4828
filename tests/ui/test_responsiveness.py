"""The window keeps working while a batch is issued on the real (threaded) task runner."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog

from tests.pgdatabases import copy_workspace
from tests.ui.helpers import click_button, type_into


@pytest.fixture(scope="module")
def _bulk_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from badgesmith.core.services.demo import create_demo

    folder = tmp_path_factory.mktemp("bulk") / "ws"
    create_demo(folder, n_learners=1000).close()
    return folder


def _bulk_window(qtbot, template: Path, tmp_path: Path, n: int):  # type: ignore[no-untyped-def]

    from badgesmith.core.services import cohorts, removal
    from badgesmith.core.store.workspace import Workspace
    from badgesmith.ui.app import build_window
    from badgesmith.ui.tasks import TaskRunner

    folder = tmp_path / "bulk"
    copy_workspace(template, folder)
    ws = Workspace.open(folder)
    c = cohorts.list_cohorts(ws)[0]
    if n < c.enrolled:  # a smaller cohort for the quick variant: unenrol the rest
        for learner in cohorts.roster(ws, c.id)[n:]:
            removal.unenrol(ws, c.id, learner.id)
    runner = TaskRunner()
    w = build_window(ws, runner, passphrase="demo")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w, runner


@pytest.mark.parametrize("n", [120, pytest.param(1000, marks=pytest.mark.slow)])
def test_timer_keeps_ticking_during_a_batch(qtbot, _bulk_template, tmp_path, n: int) -> None:
    w, runner = _bulk_window(qtbot, _bulk_template, tmp_path, n)
    page = w.show_page("issue")
    qtbot.waitUntil(page.issue_button.isEnabled, timeout=30_000)  # the plan loads on the worker
    assert len(page.model.ready()) == n
    type_into(qtbot, page.out_dir, str(tmp_path / "out"))
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    seen_dialog: list[bool] = []
    probe = QTimer()
    probe.setInterval(100)
    probe.timeout.connect(lambda: seen_dialog.append(any(d.isVisible() for d in w.findChildren(QProgressDialog))))
    probe.start()
    started = time.perf_counter()
    click_button(qtbot, page.issue_button)
    assert page.last_summary is None  # the click returned at once: the work is elsewhere
    qtbot.waitUntil(lambda: page.last_summary is not None, timeout=240_000)
    elapsed = time.perf_counter() - started
    timer.stop()
    probe.stop()
    summary = page.last_summary
    assert len(summary.issued) == n, summary.lines()
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    assert len(ticks) >= 0.5 * elapsed / 0.020, (len(ticks), elapsed)
    assert max(gaps) < 0.5, f"the event loop stalled for {max(gaps):.2f} s"
    assert any(seen_dialog), "the progress dialog appeared while the batch ran"
    assert not any(d.isVisible() for d in w.findChildren(QProgressDialog))
    page.summary_dialog.close()
    runner.wait(5000)


def test_cancel_stops_the_batch_and_keeps_what_is_complete(qtbot, _bulk_template, tmp_path) -> None:
    from badgesmith.core.services import register

    w, runner = _bulk_window(qtbot, _bulk_template, tmp_path, 200)
    page = w.show_page("issue")
    qtbot.waitUntil(page.issue_button.isEnabled, timeout=30_000)
    type_into(qtbot, page.out_dir, str(tmp_path / "out"))
    click_button(qtbot, page.issue_button)

    def visible_dialog():  # type: ignore[no-untyped-def]
        return next((d for d in w.findChildren(QProgressDialog) if d.isVisible() and d.value() > 0), None)

    qtbot.waitUntil(lambda: visible_dialog() is not None, timeout=60_000)
    from PySide6.QtWidgets import QPushButton

    cancel = next(b for b in visible_dialog().findChildren(QPushButton) if b.text() == "Cancel")
    click_button(qtbot, cancel)
    qtbot.waitUntil(lambda: page.last_summary is not None, timeout=60_000)
    summary = page.last_summary
    assert summary.cancelled and 0 < len(summary.issued) < 200
    assert register.count_credentials(w.ctx.ws) == len(summary.issued)
    page.summary_dialog.close()
    runner.wait(5000)
