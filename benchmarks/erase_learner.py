"""Erasing one learner's personal data in a workspace with N issued learners.

Run: .venv/bin/python benchmarks/erase_learner.py [--learners 2000]

Builds a demo workspace with N issued learners, then in the same run measures
  1. the baseline: deleting a learner without credentials (removal.delete_learner, undoable);
  2. erasing a learner with a credential: redacting the register entry and the audit log,
     deleting files, rewriting the cohort's print file and manifest, scrubbing the logs, and
     vacuuming the database and truncating its WAL;
  3. its two parts that grow with the workspace, alone: rewriting the cohort's print file, and
     the VACUUM and checkpoint (Workspace.compact).
Asserts nothing.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from badgesmith.core.services import cohorts, erasure, issuing, learners, removal
from badgesmith.core.services.demo import create_demo


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--learners", type=int, default=2000)
    n = ap.parse_args().learners
    base = Path(tempfile.mkdtemp(prefix="badgesmith-erase-"))
    t = time.perf_counter()
    ws = create_demo(base / "ws", n_learners=n)
    cohort = next(c for c in cohorts.list_cohorts(ws) if c.enrolled == n)
    issued = issuing.issue_batch(ws, cohort.id, "demo", base / "certificates").issued
    spare = learners.add_learner(ws, "Spare Learner", "spare@example.org")
    size = (base / "ws" / "workspace.db").stat().st_size
    print(f"(built and issued {len(issued):,} learners in {time.perf_counter() - t:.1f} s; database {size / 1e6:.1f} MB)")

    t = time.perf_counter()
    removal.delete_learner(ws, spare.id)
    baseline = time.perf_counter() - t
    print(f"baseline: delete a learner without credentials   {baseline * 1000:8.1f} ms")

    t = time.perf_counter()
    report = erasure.erase_learner(ws, issued[len(issued) // 2].learner_id)
    erase = time.perf_counter() - t
    print(f"erase a learner with a credential                {erase * 1000:8.1f} ms  ({erase / baseline:.0f}x the baseline; "
          f"{report.files_removed} files, {report.audit_events_redacted} audit events)")

    t = time.perf_counter()
    issuing.refresh_print_file(ws, cohort.id, base / "certificates")
    rewrite = time.perf_counter() - t
    print(f"  of which rewriting the print file alone        {rewrite * 1000:8.1f} ms  ({len(issued) - 1:,} pages)")
    t = time.perf_counter()
    ws.compact()
    compact = time.perf_counter() - t
    print(f"  of which VACUUM + WAL truncate alone           {compact * 1000:8.1f} ms")
    ws.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
