"""How long the window stands still while a trainer works on a 100,000-learner workspace.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/gui_stalls.py [--learners 100000]

A timer asks for a turn of the event loop every 2 ms and notes when it gets one; a *stall* is the
gap between two turns (the window cannot repaint or answer a key meanwhile). Each page's main
actions are driven as a person would (clicks on the navigation, keys typed into filters and grid
cells), then the script lets the worker finish and the page show the result. It prints the
longest stall of every action, the same for an idle window (the baseline from this run), and one
line ``max GUI stall: N ms (action)``. Goal: under 100 ms. Asserts nothing.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QTabWidget

from badgesmith.core.services import (
    achievements,
    assessment,
    cohorts,
    demo,
    importing,
    issuing,
    learners,
    workspaces,
)
from badgesmith.ui.app import build_window, make_app
from badgesmith.ui.pages import PAGES
from badgesmith.ui.tasks import TaskRunner

TICK_MS = 2
COHORT_SIZE = 2_000


class StallMeter:
    """The longest gap between two turns of the event loop since ``start()``."""

    def __init__(self) -> None:
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._last = 0
        self.longest = 0

    def _tick(self) -> None:
        now = self._clock.elapsed()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def start(self) -> None:
        self._clock.start()
        self._last = 0
        self.longest = 0
        self._timer.start()

    def stop(self) -> int:
        self._tick()  # a stall still going on when the action ends counts too
        self._timer.stop()
        return self.longest


def build_workspace(folder: Path, n: int) -> int:
    """The demo workspace plus ``n`` learners, ``COHORT_SIZE`` of them in one attendance cohort,
    all attended and issued; returns that cohort's id."""
    ws = demo.create_demo(folder)
    csv_path = folder.parent / "learners.csv"
    with csv_path.open("w", encoding="utf-8") as f:
        f.write("Name;E-mail;Student number\n")
        for i in range(n):
            f.write(f"Zoë Learner {i:06d};learner{i}@example.org;N{i:07d}\n")
    importing.commit_learner_import(ws, importing.preview_learner_import(ws, csv_path))
    workshop = next(a for a in achievements.list_achievements(ws) if a.name == "Digital Marketing Workshop")
    cohort = cohorts.create_cohort(ws, "Open day", workshop.id)
    ids = [lr.id for lr in learners.search_prefix(ws, "zoë learner 00", limit=COHORT_SIZE)]
    cohorts.enrol(ws, cohort.id, ids)
    crit = assessment.criteria_for_cohort(ws, cohort.id)[0]
    assessment.record_results(ws, cohort.id, [(i, crit.id, "attended") for i in ids], assessor="Benchmark")
    summary = issuing.issue_batch(ws, cohort.id, demo.DEMO_PASSPHRASE, folder.parent / "out")
    assert len(summary.issued) == COHORT_SIZE, summary.lines()
    ws.close()
    return cohort.id


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--learners", type=int, default=100_000)
    ap.add_argument("--profile", metavar="ACTION", help="print where the GUI thread's time goes in ACTION")
    args = ap.parse_args()
    n = args.learners
    tmp = Path(tempfile.mkdtemp(prefix="badgesmith-stalls-"))
    QCoreApplication.setOrganizationName("BadgesmithBenchmark")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    t0 = time.perf_counter()
    cohort_id = build_workspace(tmp / "ws", n)
    print(f"workspace: {n:,} learners, a cohort of {COHORT_SIZE:,} with credentials "
          f"({time.perf_counter() - t0:.0f} s to build)")

    make_app([sys.argv[0]])
    runner = TaskRunner()
    ws = workspaces.open_workspace(tmp / "ws")
    criteria = assessment.criteria_for_cohort(ws, cohort_id)
    window = build_window(ws, runner, passphrase=demo.DEMO_PASSPHRASE)
    window.resize(1280, 800)
    window.show()
    meter = StallMeter()
    results: list[tuple[str, int]] = []

    def settle(ms: int = 300) -> None:
        """Let the worker finish and the page take the result (and a little more)."""
        deadline = time.perf_counter() + 120
        while runner.busy and time.perf_counter() < deadline:
            QApplication.processEvents()
            time.sleep(0.001)
        end = time.perf_counter() + ms / 1000
        while time.perf_counter() < end:
            QApplication.processEvents()
            time.sleep(0.001)

    def measure(name: str, action: Callable[[], None]) -> None:
        settle()
        profiler = cProfile.Profile() if args.profile and args.profile in name else None
        meter.start()
        if profiler:
            profiler.enable()
        action()
        settle()
        if profiler:
            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
        results.append((name, meter.stop()))

    def nav(key: str) -> Callable[[], None]:
        def click() -> None:
            rect = window.nav.visualItemRect(window.nav.item([p[0] for p in PAGES].index(key)))
            QTest.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        return click

    def type_into(widget: QLineEdit, text: str) -> Callable[[], None]:
        def typing() -> None:
            widget.setFocus()
            widget.selectAll()
            QTest.keyClicks(widget, text)
            QTest.keyClick(widget, Qt.Key.Key_Return)
        return typing

    measure("idle window (baseline)", lambda: None)
    measure("open Learners", nav("learners"))
    page = window.page("learners")
    measure("Learners: type a filter", type_into(page.filter, "zoe learner 05"))  # finds "Zoë"
    measure("Learners: clear the filter", type_into(page.filter, ""))
    measure("Learners: scroll to the end", lambda: page.table.scrollToBottom())
    measure("open Cohorts & assessment", nav("cohorts"))
    cpage = window.page("cohorts")
    measure(f"Cohorts: choose the cohort of {COHORT_SIZE:,}", lambda: cpage.select_cohort(cohort_id))
    criterion = criteria[0]
    col = cpage.grid_model.criterion_column(criterion.name)
    value = "absent" if criterion.kind == "status" else "75"

    def type_a_result() -> None:
        grid = cpage.grid
        grid.setFocus()
        grid.setCurrentIndex(cpage.grid_model.index(5, col))
        QTest.keyClicks(grid, value[0])  # the first key opens the cell's editor
        QApplication.processEvents()
        editor = next(w for w in grid.viewport().findChildren(QLineEdit) if w.isVisible())
        QTest.keyClicks(editor, value[1:])
        QTest.keyClick(editor, Qt.Key.Key_Tab)

    measure("Cohorts: type a result in the grid", type_a_result)
    measure("open Issue", nav("issue"))
    ipage = window.page("issue")
    measure(f"Issue: plan the cohort of {COHORT_SIZE:,}", lambda: ipage.select_cohort(cohort_id))
    measure("open Deliver", nav("deliver"))
    dpage = window.page("deliver")
    measure(f"Deliver: choose the cohort of {COHORT_SIZE:,}",
            lambda: dpage.cohort.setCurrentIndex(dpage.cohort.findData(cohort_id)))
    measure("open Credentials", nav("credentials"))
    crpage = window.page("credentials")
    measure("Credentials: search", type_into(crpage.search, "zoe learner 001"))
    measure("open Verify", nav("verify"))
    vpage = window.page("verify")
    pdf = next((tmp / "out").glob("*.pdf"))
    measure("Verify: a certificate PDF", lambda: vpage.verify_file(pdf))
    measure("open Settings", nav("settings"))
    spage = window.page("settings")
    tabs: QTabWidget = spage.tabs
    for i in range(tabs.count()):
        measure(f"Settings: tab {tabs.tabText(i)}", lambda i=i: tabs.setCurrentIndex(i))
    measure("open Achievements", nav("achievements"))

    width = max(len(name) for name, _ in results)
    for name, ms in results:
        print(f"  {name:<{width}}  {ms:5d} ms")
    worst = max(results[1:], key=lambda r: r[1])
    print(f"max GUI stall: {worst[1]} ms ({worst[0]}); idle baseline {results[0][1]} ms; goal < 100 ms")
    window.close()
    runner.stop_all()


if __name__ == "__main__":
    main()
