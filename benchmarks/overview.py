"""The Overview page's figures (issued per month, pass rate per cohort, criteria not met, what
expires soon) and its charts, on a large workspace.

Run: .venv/bin/python benchmarks/overview.py [--learners 20000]

Prints the time to compute the figures and to write the report PDF (its charts drawn), and, in the same run, the
time to read the assessment results alone with one plain query (what the figures cannot do
without) as the baseline. Asserts nothing.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

from badgesmith.core.services import cohorts, issuing, overview, reports
from badgesmith.core.services.demo import create_demo


def _median(fn, runs: int = 5) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--learners", type=int, default=20_000)
    args = ap.parse_args()
    root = Path(tempfile.mkdtemp(prefix="badgesmith-bench-"))
    try:
        ws = create_demo(root / "ws", args.learners)
        cohort = cohorts.find_cohort(ws, "Bulk attendance cohort")
        issued = issuing.issue_batch(ws, cohort, "demo", root / "out").issued
        print(f"learners: {args.learners}, credentials issued: {len(issued)}")
        figures = _median(lambda: overview.overview(ws))
        o = overview.overview(ws)
        cold = _median(lambda: reports.report_pdf(o), 1)  # the charts drawn
        warm = _median(lambda: reports.report_pdf(o), 3)  # the same charts, from the cache

        def baseline() -> None:
            with ws.read_session() as s:
                s.execute(text("SELECT learner_id, criterion_id, value FROM assessment_result")).all()

        base = _median(baseline)
        print(f"figures       {figures * 1000:7.0f} ms (median of 5)")
        print(f"report PDF    {cold * 1000:7.0f} ms drawing its charts; {warm * 1000:.0f} ms again (charts cached)")
        print(f"baseline      {base * 1000:7.0f} ms reading the results alone; figures = {figures / base:.1f}x")
        ws.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
