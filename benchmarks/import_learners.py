"""Foundation figures: a 100,000-row learners import, name-prefix search, peak memory.

Run: .venv/bin/python benchmarks/import_learners.py [--rows 100000]
Prints figures; asserts nothing. The baseline is a bare executemany of the same rows into a
plain SQLite table, measured in the same run.
"""

from __future__ import annotations

import argparse
import resource
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from badgesmith.core.services import importing, learners
from badgesmith.core.store.workspace import Workspace


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    n = ap.parse_args().rows
    tmp = Path(tempfile.mkdtemp())
    csv_path = tmp / "learners.csv"
    with csv_path.open("w", encoding="utf-8") as f:
        f.write("Name;E-mail;Student number\n")
        for i in range(n):
            f.write(f"Zoë Learner {i:06d};learner{i}@example.org;N{i:07d}\n")

    t0 = time.perf_counter()
    rows = [line.split(";") for line in csv_path.read_text(encoding="utf-8").splitlines()[1:]]
    con = sqlite3.connect(tmp / "bare.db")
    con.execute("CREATE TABLE t (name TEXT, email TEXT UNIQUE, num TEXT UNIQUE)")
    with con:
        con.executemany("INSERT INTO t VALUES (?,?,?)", rows)
    con.close()
    bare = time.perf_counter() - t0

    ws = Workspace.open(tmp / "ws")
    t0 = time.perf_counter()
    preview = importing.preview_learner_import(ws, csv_path)
    t1 = time.perf_counter()
    imported = importing.commit_learner_import(ws, preview)
    t2 = time.perf_counter()
    assert imported == n

    timings = []
    for prefix in ["zoë learner 05", "zoë learner 099", "zo", "learner", "zoë learner 1234"] * 20:
        s = time.perf_counter()
        learners.search_prefix(ws, prefix, limit=50)
        timings.append((time.perf_counter() - s) * 1000)
    page = []
    for text in ["zoë learner 05", "learner77@", "N0012345"] * 10:
        s = time.perf_counter()
        learners.list_learners(ws, text, limit=50)
        page.append((time.perf_counter() - s) * 1000)

    print(f"rows                         {n:>10,}")
    print(f"bare sqlite executemany      {bare:>10.2f} s   (baseline)")
    print(f"preview (read + validate)    {t1 - t0:>10.2f} s")
    print(f"commit (one transaction)     {t2 - t1:>10.2f} s")
    print(f"import total                 {t2 - t0:>10.2f} s   ({(t2 - t0) / bare:.1f}x baseline, "
          f"{n / (t2 - t0):,.0f} rows/s)")
    print(f"name-prefix first page       median {statistics.median(timings):.2f} ms, "
          f"max {max(timings):.2f} ms   (goal < 50 ms)")
    print(f"search box first page        median {statistics.median(page):.2f} ms, max {max(page):.2f} ms")
    print(f"peak memory (RSS)            {peak_mb():>10.0f} MB")
    ws.close()


if __name__ == "__main__":
    main()
