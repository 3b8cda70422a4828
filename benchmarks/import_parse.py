"""Time and peak memory of parsing a 100,000-row learner CSV (printed, not asserted).

    python benchmarks/import_parse.py [--rows N] [--xlsx]

Measures read_table (whole table in memory), the streaming path (open_table +
validate_learner_rows, as an import of a huge file would run), and optionally an XLSX.
Peak memory is tracemalloc's peak of Python allocations during each step, measured in a
separate run from the timing (tracemalloc slows Python down); times are the best of three.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from badgesmith.core.imports.learner_rows import validate_learner_rows
from badgesmith.core.imports.tables import open_table, read_table

FIRST = ["Zoë", "Françoise", "Jürgen", "Ελένη", "Дмитрий", "Ann", "José", "Łukasz", "美咲", "محمد"]
LAST = ["Müller", "Dubois", "Lee", "Παπαδοπούλου", "Иванов", "García Márquez", "Kowalski", "山田"]


def make_csv(path: Path, rows: int) -> None:
    rnd = random.Random(1)
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        f.write("Full name,E-mail address,Student number,Notes\r\n")
        for i in range(rows):
            name = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"
            notes = '"Needs a ramp, ground floor"' if i % 50 == 0 else ""
            f.write(f"{name},learner{i}@example.org,S{i:07d},{notes}\r\n")


def make_xlsx(path: Path, rows: int) -> None:
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Learners")
    ws.append(["Full name", "E-mail address", "Student number"])
    rnd = random.Random(1)
    for i in range(rows):
        ws.append([f"{rnd.choice(FIRST)} {rnd.choice(LAST)}", f"learner{i}@example.org", i])
    wb.save(path)


def measure(label: str, fn: Callable[[], object]) -> None:
    elapsed = float("inf")
    for _ in range(3):  # best of three: the machine may be busy
        t0 = time.perf_counter()
        fn()
        elapsed = min(elapsed, time.perf_counter() - t0)
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"{label:<44} {elapsed:7.3f} s   peak {peak / 2**20:7.1f} MiB")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--xlsx", action="store_true", help="also measure a generated .xlsx")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        csv_path = Path(tmp) / "learners.csv"
        make_csv(csv_path, args.rows)
        size = csv_path.stat().st_size / 2**20
        print(f"{args.rows:,} rows, {size:.1f} MiB CSV (UTF-8 with BOM)")

        def stream_count() -> int:
            with open_table(csv_path) as s:
                return sum(1 for _ in s)

        def stream_validate() -> str:
            with open_table(csv_path) as s:
                return validate_learner_rows(s, existing_emails={"learner5@example.org"}).summary()

        measure("read_table (whole table in memory)", lambda: read_table(csv_path))
        measure("open_table, iterate only (streaming)", stream_count)
        measure("open_table + validate_learner_rows", stream_validate)
        measure(
            "read_table + validate_learner_rows",
            lambda: validate_learner_rows(read_table(csv_path)),
        )
        print("summary:", stream_validate())
        if args.xlsx:
            xlsx_path = Path(tmp) / "learners.xlsx"
            make_xlsx(xlsx_path, args.rows)
            print(f"XLSX {xlsx_path.stat().st_size / 2**20:.1f} MiB")
            measure("read_table (XLSX, openpyxl read-only)", lambda: read_table(xlsx_path))


if __name__ == "__main__":
    main()
