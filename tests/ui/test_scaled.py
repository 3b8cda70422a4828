"""Readable at 200 % scaling on a 1366×768 laptop screen (issue 16, accessibility): the window
stays on the screen (683×384 logical pixels), every page scrolls instead of growing it, and no
label, button, tab or field has its text cut off. Qt reads the scale factor once, when it starts:
the tour runs in a process of its own (tests/ui/scaled_tour.py) and reports as JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).with_name("scaled_tour.py")
LOGICAL = (683, 384)  # 1366×768 device pixels at 200 %


def test_every_page_fits_a_1366x768_screen_at_200_percent(demo_dir: Path) -> None:
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    env.pop("QT_SCREEN_SCALE_FACTORS", None)
    run = subprocess.run([sys.executable, str(SCRIPT), str(demo_dir)], env=env, capture_output=True, text=True,
                         timeout=240, check=False)
    assert run.returncode == 0, run.stderr[-3000:]
    report = json.loads(run.stdout.strip().splitlines()[-1])
    assert report["scale"] == 2.0 and report["screen"] == list(LOGICAL)

    pages = report["pages"]
    assert len(pages) >= 14  # eight pages, Settings with its six tabs
    problems = []
    for name, page in pages.items():
        width, height = page["window"]
        if width > LOGICAL[0] or height > LOGICAL[1]:
            problems.append(f"{name} pushes the window to {width}×{height}")
        problems += [f"{name}: {p}" for p in page["cut_off"] + page["squeezed"]]
    assert problems == [], "\n".join(problems)
    assert report["window"] == list(LOGICAL)
    assert any(page["down"] for page in pages.values())  # the pages really are taller than the room: they scroll
    # the page list leaves the pages most of the narrow window (long names wrap onto two lines)
    assert report["nav"] <= LOGICAL[0] // 5
