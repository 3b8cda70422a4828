"""Start-up benchmarks for the desktop app (offscreen).

    .venv/bin/python benchmarks/startup.py [--runs 5] [--big-dir DIR]

1. Cold start: a fresh interpreter imports the app, opens an initialised workspace and shows
   the main window; timed from process launch to the window's first show event (goal < 1.0 s).
2. A 100,000-learner workspace opened straight onto the Learners page, timed until the first
   rows are in the table and painted (goal < 1.5 s); then scrolling to the end of what is
   loaded fetches the next page.
Peak memory (max RSS) of each child process is printed too.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
N_BIG = 100_000


def child(mode: str, folder: str) -> None:
    """Runs in the measured process: print a JSON line with timings, then exit."""
    import resource

    from PySide6.QtCore import QCoreApplication, QSettings, QTimer

    if mode == "qt":  # the baseline: an empty Qt window, the floor any PySide6 app starts from
        from PySide6.QtWidgets import QApplication, QMainWindow

        qt_app = QApplication([sys.argv[0]])
        empty = QMainWindow()
        empty.show()
        qt_app.processEvents()
        print(json.dumps({"shown": time.time(), "page_ready": time.time()}))
        return

    QCoreApplication.setOrganizationName("BadgesmithBenchmark")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(Path(folder) / ".bench-settings"))
    from badgesmith.ui.app import build_window, make_app

    app = make_app([sys.argv[0]])
    from badgesmith.core.store.workspace import Workspace

    ws = Workspace.open(Path(folder))
    from badgesmith.core.services import issuer

    assert issuer.is_initialised(ws)
    window = build_window(ws)
    result: dict[str, float] = {}

    def shown() -> None:
        result["shown"] = time.time()

    def page_ready() -> None:
        result["page_ready"] = time.time()
        if mode == "learners":
            page = window.show_page("learners")
            _wait_for(app, page.model.reloaded, lambda: page.model.rowCount() > 0)
            window.repaint()
            result["learners_ready"] = time.time()
            result["rows_loaded"] = page.model.rowCount()
            result["total"] = page.model.total
            t = time.perf_counter()
            page.table.scrollToBottom()
            app.processEvents()
            result["fetch_more_s"] = time.perf_counter() - t
            result["rows_after_scroll"] = page.model.rowCount()
            t = time.perf_counter()
            page.filter.setText("ma")
            page.apply_filter()
            _wait_for(app, page.model.reloaded)
            result["filter_s"] = time.perf_counter() - t
        QTimer.singleShot(0, app.quit)

    window.first_shown.connect(shown)
    window.first_page_ready.connect(page_ready)
    window.show()
    app.exec()
    result["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def _wait_for(app: Any, signal: Any, already: Callable[[], bool] = lambda: False) -> None:
    """Run the event loop until ``signal`` fires (the learner list loads on the worker)."""
    from PySide6.QtCore import QEventLoop

    if already():
        return
    loop = QEventLoop()
    signal.connect(loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)


def measure(mode: str, folder: Path) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
    started = time.time()
    out = subprocess.run([sys.executable, __file__, "--child", mode, str(folder)], env=env,
                         capture_output=True, text=True, check=True)
    line = [ln for ln in out.stdout.splitlines() if ln.startswith("{")][-1]
    r = json.loads(line)
    r["to_window_s"] = r["shown"] - started
    r["to_page_s"] = r["page_ready"] - started
    if "learners_ready" in r:
        r["to_learners_s"] = r["learners_ready"] - started
    return r


def small_workspace(base: Path) -> Path:
    from badgesmith.core.services.demo import create_demo

    folder = base / "demo"
    if not (folder / "workspace.db").exists():
        create_demo(folder).close()
    return folder


def big_workspace(folder: Path) -> Path:
    """100,000 learners (inserted directly: the demo's bulk cohort is not needed here)."""
    if (folder / "workspace.db").exists():
        return folder
    from badgesmith.core.services import issuer, learners
    from badgesmith.core.services.demo import DEMO_NAMES
    from badgesmith.core.store.workspace import Workspace

    t = time.perf_counter()
    ws = Workspace.open(folder)
    issuer.init_issuer(ws, "Benchmark College", "benchmark passphrase")
    rows = [(f"{DEMO_NAMES[i % len(DEMO_NAMES)]} {i}", f"learner{i:06d}@example.org", f"S{i:06d}")
            for i in range(N_BIG)]
    with ws.session() as s:
        learners.insert_learners(s, rows)
    ws.close()
    print(f"(created the {N_BIG:,}-learner workspace in {time.perf_counter() - t:.1f} s)")
    return folder


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--child", nargs=2, metavar=("MODE", "FOLDER"))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--big-dir", type=Path, default=Path(tempfile.gettempdir()) / "badgesmith-bench-100k")
    args = ap.parse_args()
    if args.child:
        child(*args.child)
        return 0
    base = Path(tempfile.mkdtemp(prefix="badgesmith-bench-"))
    demo = small_workspace(base)
    measure("cold", demo)  # warm the OS file cache once: "cold" means a fresh interpreter
    qt = [measure("qt", demo)["to_window_s"] for _ in range(args.runs)]
    print(f"Baseline, an empty PySide6 window from a fresh interpreter: median {statistics.median(qt):.3f} s")
    cold = [measure("cold", demo) for _ in range(args.runs)]
    times = [r["to_window_s"] for r in cold]
    page = [r["to_page_s"] for r in cold]
    print(f"Cold start to main window shown: median {statistics.median(times):.3f} s "
          f"(min {min(times):.3f}, max {max(times):.3f}; goal < 1.0 s); first page (Achievements) filled: "
          f"median {statistics.median(page):.3f} s; "
          f"peak RSS {max(r['max_rss_mb'] for r in cold):.0f} MB")
    big = big_workspace(args.big_dir)
    runs = [measure("learners", big) for _ in range(max(1, args.runs // 2))]
    t = [r["to_learners_s"] for r in runs]
    last = runs[-1]
    print(f"{int(last['total']):,}-learner workspace to a usable Learners page: median "
          f"{statistics.median(t):.3f} s (min {min(t):.3f}; goal < 1.5 s); "
          f"{int(last['rows_loaded'])} rows loaded first, {int(last['rows_after_scroll'])} after scrolling "
          f"to the end ({last['fetch_more_s'] * 1000:.0f} ms); filter 'ma' {last['filter_s'] * 1000:.0f} ms; "
          f"peak RSS {max(r['max_rss_mb'] for r in runs):.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
