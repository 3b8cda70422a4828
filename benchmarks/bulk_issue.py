"""Bulk issuing: N learners -> signed credentials, PDFs and the combined print PDF.

Run: .venv/bin/python benchmarks/bulk_issue.py [--learners 1000] [--skip-naive]

Prints wall time, certificates per second and peak memory for the pipeline (worker processes
plus one writer), and, in the same run, for a naive loop over the same work as the baseline:
one process, one credential at a time, each committed on its own. The demo's achievement carries
EU micro-credential elements, so each certificate has its supplement page; the pipeline is timed
once more with that page switched off in the design (one page, as before issue 17). Asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import tempfile
import threading
import time
from pathlib import Path

from badgesmith.core.services import achievements, cohorts, issuing
from badgesmith.core.services.demo import create_demo


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class DescendantMemory(threading.Thread):
    """Samples the resident memory of every process below this one (the forkserver's workers
    are its grandchildren, which RUSAGE_CHILDREN does not see): peak per process and in sum."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.stop = threading.Event()
        self.peak_one = 0.0
        self.peak_sum = 0.0

    def _descendants(self) -> list[int]:
        parent: dict[int, int] = {}
        for d in os.listdir("/proc"):
            if d.isdigit():
                try:
                    with open(f"/proc/{d}/stat") as f:
                        parent[int(d)] = int(f.read().rsplit(")", 1)[1].split()[1])
                except (OSError, IndexError, ValueError):
                    continue
        out, frontier = [], [os.getpid()]
        while frontier:
            p = frontier.pop()
            kids = [c for c, pp in parent.items() if pp == p]
            out += kids
            frontier += kids
        return out

    @staticmethod
    def _rss_mb(pid: int) -> float:
        try:
            with open(f"/proc/{pid}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        return int(line.split()[1]) / 1024
        except OSError:
            pass
        return 0.0

    def run(self) -> None:
        while not self.stop.wait(0.05):
            sizes = [self._rss_mb(p) for p in self._descendants()]
            me = self._rss_mb(os.getpid())
            if sizes:
                self.peak_one = max(self.peak_one, max(sizes))
            self.peak_sum = max(self.peak_sum, me + sum(sizes))


def _run(n: int, workers: int | None, naive: bool, root: Path,
         supplement: bool = True) -> tuple[float, int, Path]:
    name = ("naive" if naive else "pipeline") + ("" if supplement else "-one-page")
    ws = create_demo(root / name, n)
    cohort = cohorts.find_cohort(ws, "Bulk attendance cohort")
    if not supplement:
        aid = next(c.achievement_id for c in cohorts.list_cohorts(ws) if c.id == cohort)
        spec = achievements.get_achievement(ws, aid).spec
        achievements.save_design(ws, aid, spec.template, {**spec.template_overrides, "supplement": False})
    out = root / f"out-{name}"
    saved = issuing.GROUP_SIZE
    if naive:
        issuing.GROUP_SIZE = 1  # commit each credential on its own, as a simple loop would
    try:
        t0 = time.perf_counter()
        summary = issuing.issue_batch(ws, cohort, "demo", out, workers=1 if naive else workers)
        elapsed = time.perf_counter() - t0
    finally:
        issuing.GROUP_SIZE = saved
        ws.close()
    assert summary.complete and len(summary.issued) == n, summary.lines()
    return elapsed, len(summary.issued), summary.combined_pdf or out


def _cancel_latency(n: int, root: Path) -> tuple[float, int]:
    """Seconds from Cancel to issue_batch returning, cancelled 2 s into an n-learner batch."""
    ws = create_demo(root / "cancel", n)
    cohort = cohorts.find_cohort(ws, "Bulk attendance cohort")
    asked: list[float] = []

    def cancel() -> bool:
        if not asked and time.perf_counter() - t0 > 2.0:
            asked.append(time.perf_counter())
        return bool(asked)

    t0 = time.perf_counter()
    summary = issuing.issue_batch(ws, cohort, "demo", root / "out-cancel", cancel=cancel)
    latency = time.perf_counter() - asked[0]
    ws.close()
    return latency, len(summary.issued)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--learners", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=None, help="default: one per core")
    ap.add_argument("--skip-naive", action="store_true")
    args = ap.parse_args()
    root = Path(tempfile.mkdtemp(prefix="badgesmith-bench-"))
    try:
        print(f"cores: {os.cpu_count()}, learners: {args.learners}")
        mem = DescendantMemory()
        mem.start()
        t, n, combined = _run(args.learners, args.workers, False, root)
        mem.stop.set()
        mem.join()
        size = combined.stat().st_size / 1e6 if combined.is_file() else 0
        print(f"pipeline      {t:7.2f} s   {n / t:6.1f} certificates/s   (goal: 1,000 in < 15 s)")
        print(f"  combined print PDF {size:.1f} MB; peak RSS: writer {_peak_mb():.0f} MB, largest worker "
              f"{mem.peak_one:.0f} MB, all processes together {mem.peak_sum:.0f} MB (goal < 500 MB)")
        t1, n1, _ = _run(args.learners, args.workers, False, root, supplement=False)
        print(f"one page      {t1:7.2f} s   {n1 / t1:6.1f} certificates/s   (the EU supplement page switched off)")
        latency, done = _cancel_latency(args.learners, root)
        print(f"cancel        {latency:7.2f} s from Cancel to a consistent stop ({done} complete credentials kept; "
              f"goal < 1 s)")
        if not args.skip_naive:
            tn, nn, _ = _run(args.learners, 1, True, root)
            print(f"naive loop    {tn:7.2f} s   {nn / tn:6.1f} certificates/s   (baseline, same run)")
            print(f"speed-up      {tn / t:7.2f}x   (goal >= 1.8x)")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
