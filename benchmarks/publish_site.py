"""Publishing: the verification site of a workspace with N issued credentials, public pages on.

Run: .venv/bin/python benchmarks/publish_site.py [--learners 2000]

Builds a demo workspace with N issued learners (status list and verification page set, each
credential's JSON published), then in the same run measures
  1. the baseline: copying the finished site folder (the floor: reading and writing its files);
  2. the first publish (verify page, issuer profile, signed status list, N credential pages);
  3. publishing again with nothing changed (compares every file, writes none);
  4. publishing after one revocation (one list signed anew, one page removed).
Asserts nothing.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from badgesmith.core.services import cohorts, issuer, issuing, publishing, register
from badgesmith.core.services.demo import create_demo


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--learners", type=int, default=2000)
    n = ap.parse_args().learners
    base = Path(tempfile.mkdtemp(prefix="badgesmith-publish-"))
    t = time.perf_counter()
    ws = create_demo(base / "ws", n_learners=n)
    issuer.set_publishing(ws, "https://example.org/badges/verify.html", "https://example.org/badges/status/1",
                          "example.org", True)
    cohort = next(c for c in cohorts.list_cohorts(ws) if c.enrolled == n)
    issued = issuing.issue_batch(ws, cohort.id, "demo", base / "certificates").issued
    print(f"(built and issued {len(issued):,} learners in {time.perf_counter() - t:.1f} s)")
    site = base / "site"

    t = time.perf_counter()
    first = publishing.publish(ws, site, "demo")
    took_first = time.perf_counter() - t
    size = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())

    t = time.perf_counter()
    shutil.copytree(site, base / "copy")
    baseline = time.perf_counter() - t
    print(f"baseline: copying the site ({len(first.written):,} files, {size / 1e6:.1f} MB): {baseline:.2f} s")
    print(f"first publish: {took_first:.2f} s ({took_first / baseline:.1f}x the baseline)")

    t = time.perf_counter()
    again = publishing.publish(ws, site, None)
    took = time.perf_counter() - t
    print(f"again, nothing changed: {took:.2f} s, {len(again.written)} written ({took / baseline:.1f}x)")

    register.revoke(ws, issued[0].credential_id, "benchmark", "demo")
    t = time.perf_counter()
    after = publishing.publish(ws, site, "demo")
    took = time.perf_counter() - t
    print(f"after one revocation: {took:.2f} s, written {after.written}, removed {len(after.removed)} "
          f"({took / baseline:.1f}x)")
    ws.close()
    shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
