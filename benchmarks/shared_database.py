"""A shared workspace on PostgreSQL at a college's size, against SQLite in the same run (issue 18).

    .venv/bin/python benchmarks/shared_database.py [--learners 1000000] [--credentials 100000]
        [--runs 3] [--pg postgresql://postgres@/postgres?host=...] [--explain] [--small-rounds 2]

Builds the same workspace on both engines (benchmarks/big_workspace.py: the demo, learners
added up to --learners, 8 credentials really issued and copied up to --credentials), then:

1. name-prefix search, first page: ``learners.search_prefix`` (50 rows, import_learners.py's
   "name-prefix first page"), median over several prefixes of the median of 5 calls; goal
   <= 50 ms. Also what the Learners page's filter box runs for the same text: ``count_learners``
   and ``list_learners``' first 500 rows (no goal);
2. the Learners page usable: a fresh app process opens the workspace, timed from the process's
   launch until the page's first rows are in the table and painted. Two ways: as startup.py
   measures it for the 100,000-learner figure (the app opens on its first page, the Overview,
   then the Learners page is shown), and with the app opening straight onto the Learners page
   (the page it remembers from last time). Then the filter "ma" until its matches are shown. An
   empty PySide6 window is the baseline; goal on PostgreSQL <= 1.5 s;
3. 1,000 certificates issued (bulk_issue.py's way: ``issue_batch`` on a 1,000-learner cohort):
   twice on each engine in the big workspace, alternating, with the status-list lookup each
   batch starts with timed alone; then in fresh 1,000-learner demos as bulk_issue.py makes them
   (no status list, nothing else in the database), alternating; goal PostgreSQL <= 1.2x SQLite.

PostgreSQL is a server started for the run with fsync on (``tests/pgserver.py``, durable), as
SQLite commits with synchronous=FULL, or the server named by --pg (a superuser URL; the run
makes and drops its own databases there). --explain prints EXPLAIN ANALYZE of the search queries
on PostgreSQL. Asserts nothing about times.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import event, select
from sqlalchemy.engine import make_url

from badgesmith.core.services import cohorts, issuer, issuing, learners
from badgesmith.core.services.demo import create_demo
from badgesmith.core.services.status_lists import status_list_url_for
from badgesmith.core.store.models import SigningKey
from badgesmith.core.store.workspace import Workspace

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "benchmarks"), str(ROOT)]
import big_workspace  # noqa: E402
import startup  # noqa: E402

from tests import pgserver  # noqa: E402

PREFIXES = ("ma", "zoe", "jos", "ol", "анна", "王", "محمد", "amelia thompson 12")
DATABASE = f"bs_bench_shared_{os.getpid()}"
PAGE_WAYS = ("via Overview", "straight")


def _ms(f: Callable[[], Any], repeat: int = 5) -> float:
    f()  # warm: the first call pays for compiling the statement and reading pages in
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        f()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def search_figures(ws: Workspace) -> dict[str, list[float]]:
    """Per prefix: search_prefix, the filter's count, the filter's first 500 rows (ms)."""
    out: dict[str, list[float]] = {"prefix": [], "count": [], "rows": []}
    for p in PREFIXES:
        out["prefix"].append(_ms(lambda p=p: learners.search_prefix(ws, p)))  # type: ignore[misc]
        out["count"].append(_ms(lambda p=p: learners.count_learners(ws, p), 2))  # type: ignore[misc]
        out["rows"].append(_ms(lambda p=p: learners.list_learners(ws, p, 0, 500), 2))  # type: ignore[misc]
    return out


@contextmanager
def _recorded(ws: Workspace) -> Iterator[list[tuple[str, Any]]]:
    seen: list[tuple[str, Any]] = []

    def record(_conn: Any, _cur: Any, statement: str, params: Any, _ctx: Any, _many: bool) -> None:
        seen.append((statement, params))

    event.listen(ws.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(ws.engine, "before_cursor_execute", record)


def explain(ws: Workspace, prefix: str) -> None:
    """EXPLAIN ANALYZE of each statement the prefix search and the page's filter send."""
    with _recorded(ws) as seen:
        learners.search_prefix(ws, prefix)
        learners.count_learners(ws, prefix)
        learners.list_learners(ws, prefix, 0, 500)
    with ws.engine.connect() as c:
        for statement, params in seen:
            if not statement.lstrip().upper().startswith("SELECT"):
                continue
            print("  " + " ".join(statement.split())[:160])
            plan = c.exec_driver_sql("EXPLAIN (ANALYZE, BUFFERS) " + statement, params).scalars()
            print("\n".join("    " + line for line in plan))


def index_scans(ws: Workspace) -> list[tuple[str, int]]:
    """How often each index of the learner table was used (are schema 0012's prefix indexes?)."""
    with ws.engine.connect() as c:
        c.exec_driver_sql("SELECT pg_stat_force_next_flush()")
        return [(str(name), int(n)) for name, n in c.exec_driver_sql(
            "SELECT indexrelname, idx_scan FROM pg_stat_user_indexes WHERE relname = 'learner' ORDER BY 1")]


def page_child(folder: str, way: str) -> None:
    """Runs in the measured process: startup.py's "learners" measurement, then a JSON line and an
    immediate exit. (startup.py's child quits through the window: at this size work is still
    running on the worker then, the window asks "Work is still running. Quit anyway?" and the
    child waits for an answer for ever.)"""
    import resource

    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("BadgesmithBenchmark")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(Path(folder) / f".bench-{way}"))
    from badgesmith.ui.app import build_window, make_app
    from badgesmith.ui.pages.learners import LearnersPage

    app = make_app([sys.argv[0]])
    QSettings().setValue("window/page", "learners" if way == "straight" else "")  # the page it opens on
    window = build_window(Workspace.open(Path(folder)))
    result: dict[str, float] = {}

    def page_ready() -> None:
        result["page_ready"] = time.time()
        page = window.show_page("learners")
        assert isinstance(page, LearnersPage)
        startup._wait_for(app, page.model.reloaded, lambda: page.model.rowCount() > 0)
        window.repaint()
        result["learners_ready"] = time.time()
        result["rows_loaded"], result["total"] = page.model.rowCount(), page.model.total
        t = time.perf_counter()
        page.table.scrollToBottom()
        app.processEvents()
        result["fetch_more_s"] = time.perf_counter() - t
        t = time.perf_counter()
        page.filter.blockSignals(True)  # one search, as after the debounce, not two
        page.filter.setText("ma")
        page.filter.blockSignals(False)
        page.apply_filter()
        startup._wait_for(app, page.model.reloaded)
        result["filter_s"] = time.perf_counter() - t
        result["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(result), flush=True)
        os._exit(0)

    window.first_shown.connect(lambda: result.setdefault("shown", time.time()))
    window.first_page_ready.connect(page_ready)
    window.show()
    app.exec()


def measure_page(folder: Path, way: str) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
    started = time.time()
    out = subprocess.run([sys.executable, __file__, "--child", str(folder), way], env=env, capture_output=True,
                         text=True, check=True, timeout=300)
    r = json.loads([ln for ln in out.stdout.splitlines() if ln.startswith("{")][-1])
    for moment in ("shown", "page_ready", "learners_ready"):
        r[f"to_{moment}_s"] = r[moment] - started
    return r


def learners_page(folders: dict[str, Path], runs: int) -> tuple[list[float], dict[tuple[str, str], list[dict[str, float]]]]:
    """The empty-window baseline (startup.py's) and each engine's runs each way, alternating."""
    out: dict[tuple[str, str], list[dict[str, float]]] = {(e, w): [] for w in PAGE_WAYS for e in folders}
    any_folder = next(iter(folders.values()))
    startup.measure("qt", any_folder)  # warm the OS file cache for Qt
    qt = []
    for _ in range(runs):
        qt.append(startup.measure("qt", any_folder)["to_window_s"])
        for engine, way in out:  # alternating: both see the same machine
            out[engine, way].append(measure_page(folders[engine], way))
    return qt, out


def _issue(ws: Workspace, cohort_name: str, out: Path) -> float:
    cohort = cohorts.find_cohort(ws, cohort_name)
    t = time.perf_counter()
    summary = issuing.issue_batch(ws, cohort, "demo", out)
    elapsed = time.perf_counter() - t
    assert summary.complete and len(summary.issued) == big_workspace.BULK, summary.lines()
    return elapsed


def status_lookup_s(ws: Workspace) -> float:
    """The status list address lookup issue_batch makes once per batch (status_lists.py)."""
    info = issuer.get_issuer(ws)
    assert info.status_list_url is not None
    with ws.read_session() as s:
        key_id = s.scalar(select(SigningKey.id).where(SigningKey.status == "current"))
        assert key_id is not None
        t = time.perf_counter()
        status_list_url_for(s, info.status_list_url, key_id, info.issuer_did or "")
        return time.perf_counter() - t


def issue_times(workspaces: dict[str, Workspace], root: Path) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {k: [] for k in workspaces}
    for cohort_name in big_workspace.BULK_COHORTS:
        for engine, ws in workspaces.items():
            out[engine].append(_issue(ws, cohort_name, root / f"out-{engine}-{len(out[engine])}"))
    return out


def small_issue_times(server: Any, root: Path, rounds: int) -> dict[str, list[float]]:
    """bulk_issue.py's own run (a fresh demo with its 1,000-learner cohort), alternating."""
    out: dict[str, list[float]] = {"SQLite": [], "PostgreSQL": []}
    for n in range(rounds):
        for engine, times in out.items():
            folder = root / f"demo-{engine}-{n}"
            if engine == "PostgreSQL":
                _admin(server, [f'CREATE DATABASE "{DATABASE}_demo{n}"'])
                Workspace.open(folder, url=server.url(f"{DATABASE}_demo{n}")).close()
            ws = create_demo(folder, big_workspace.BULK)
            try:
                times.append(_issue(ws, big_workspace.BULK_COHORTS[0], root / f"out-demo-{engine}-{n}"))
            finally:
                ws.close()
    return out


def _server(given: str | None) -> Any:
    if given:
        return pgserver.Given(given)
    t = time.perf_counter()
    server = pgserver.start(durable=True)
    print(f"(started a PostgreSQL server with fsync on in {time.perf_counter() - t:.1f} s)")
    return server


def _admin(server: Any, sql: list[str]) -> None:
    admin = make_url(server.url()).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as conn:
        for statement in sql:
            conn.execute(statement)


def _print_search(search: dict[str, dict[str, list[float]]]) -> None:
    for engine, f in search.items():
        med = {k: statistics.median(v) for k, v in f.items()}
        print(f"  {engine:<10} search_prefix (50 rows) {med['prefix']:6.1f} (max {max(f['prefix']):.1f}; goal <= 50); "
              f"the page's filter: count {med['count']:6.0f} (max {max(f['count']):.0f}), "
              f"first 500 rows {med['rows']:6.0f} (max {max(f['rows']):.0f})")
        print("    per prefix, search_prefix / count / rows: " + "; ".join(
            f"{p!r} {a:.1f}/{b:.0f}/{c:.0f}" for p, a, b, c in zip(PREFIXES, f["prefix"], f["count"], f["rows"],
                                                                   strict=True)))


def _print_pages(qt: list[float], pages: dict[tuple[str, str], list[dict[str, float]]]) -> None:
    print(f"  baseline, an empty PySide6 window from a fresh interpreter: median {statistics.median(qt):.3f}")
    for (engine, way), runs in pages.items():
        t = [r["to_learners_ready_s"] for r in runs]
        med = {k: statistics.median(r[k] for r in runs) for k in ("to_shown_s", "to_page_ready_s", "filter_s")}
        own = statistics.median(r["learners_ready"] - r["shown"] for r in runs)
        last = runs[-1]
        print(f"  {engine:<10} {way:<12} median {statistics.median(t):.3f} (min {min(t):.3f}, max {max(t):.3f}; "
              f"goal <= 1.5): window shown {med['to_shown_s']:.2f}, first page {med['to_page_ready_s']:.2f}, "
              f"from the window shown to the rows painted {own:.2f}; "
              f"{int(last['total']):,} learners, {int(last['rows_loaded'])} rows first, next page "
              f"{last['fetch_more_s'] * 1000:.0f} ms; filter 'ma' {med['filter_s'] * 1000:.0f} ms; "
              f"peak RSS {max(r['max_rss_mb'] for r in runs):.0f} MB")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--learners", type=int, default=1_000_000)
    ap.add_argument("--credentials", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=3, help="Learners page opened this many times per engine and way")
    ap.add_argument("--pg", help="superuser URL of a running server (default: start one)")
    ap.add_argument("--explain", action="store_true")
    ap.add_argument("--small-rounds", type=int, default=2, help="issuing in fresh 1,000-learner demos (0: none)")
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        page_child(*args.child)
        return 0
    started = time.perf_counter()
    root = Path(tempfile.mkdtemp(prefix="badgesmith-bench-shared-"))
    server = _server(args.pg)
    password = make_url(server.url()).password
    if password:  # the app's processes are given the address without it, as people are
        os.environ["PGPASSWORD"] = password
    workspaces: dict[str, Workspace] = {}
    try:
        _admin(server, [f'CREATE DATABASE "{DATABASE}"'])
        print(f"cores: {os.cpu_count()}; {args.learners:,} learners, {args.credentials:,} credentials; "
              f"load average {os.getloadavg()[0]:.1f}")
        folders = {"SQLite": root / "sqlite", "PostgreSQL": root / "postgresql"}
        for engine, folder in folders.items():
            print(f"{engine}:", flush=True)
            url = server.url(DATABASE) if engine == "PostgreSQL" else None
            workspaces[engine] = big_workspace.build(folder, url, args.learners, args.credentials,
                                                     say=lambda line: print(line, flush=True))

        print("\nName-prefix search, first page (ms; median of 5 calls (the filter's: of 2), then over the "
              "prefixes " + ", ".join(repr(p) for p in PREFIXES) + "):", flush=True)
        _print_search({engine: search_figures(ws) for engine, ws in workspaces.items()})
        if args.explain:
            for p in ("ma", "amelia thompson 12"):
                print(f"\nEXPLAIN ANALYZE on PostgreSQL, prefix {p!r}:")
                explain(workspaces["PostgreSQL"], p)

        print(f"\nLearners page usable, fresh app process, {args.runs} runs each (s from launch):", flush=True)
        _print_pages(*learners_page(folders, args.runs))

        print("  index scans on PostgreSQL's learner table so far: " + ", ".join(
            f"{name} {n}" for name, n in index_scans(workspaces["PostgreSQL"])))

        print(f"\n{big_workspace.BULK:,} certificates issued (issue_batch), two cohorts per engine, alternating (s):",
              flush=True)
        issued = issue_times(workspaces, root)
        lookup = {engine: status_lookup_s(ws) for engine, ws in workspaces.items()}
        for engine, t in issued.items():
            print(f"  {engine:<10} " + ", ".join(f"{x:.2f}" for x in t)
                  + f"   ({big_workspace.BULK * len(t) / sum(t):.0f} certificates/s); of each, the status list "
                  f"address lookup over {args.credentials + len(t) * big_workspace.BULK:,} credentials "
                  f"{lookup[engine]:.2f}")
        ratio = sum(issued["PostgreSQL"]) / sum(issued["SQLite"])
        rest = (sum(issued["PostgreSQL"]) - 2 * lookup["PostgreSQL"]) / (sum(issued["SQLite"]) - 2 * lookup["SQLite"])
        print(f"  PostgreSQL / SQLite {ratio:.2f}x (goal <= 1.2x); without the lookup {rest:.2f}x")
        if args.small_rounds:
            small = small_issue_times(server, root, args.small_rounds)
            print("  in a fresh 1,000-learner demo without a status list (bulk_issue.py's), alternating: " + "; ".join(
                f"{engine} " + ", ".join(f"{x:.2f}" for x in t) for engine, t in small.items())
                + f": {sum(small['PostgreSQL']) / sum(small['SQLite']):.2f}x")
    finally:
        for ws in workspaces.values():
            ws.close()
        try:
            _admin(server, [f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)' for name in
                            [DATABASE] + [f"{DATABASE}_demo{n}" for n in range(args.small_rounds)]])
        finally:
            server.stop()
            shutil.rmtree(root, ignore_errors=True)
    print(f"\n(whole run {time.perf_counter() - started:.0f} s; load average now {os.getloadavg()[0]:.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
