"""Runs one of the node drivers (drive.mjs, site.mjs) on a job file and keeps its screenshots."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
NODE = shutil.which("node")


def run_driver(script: str, job: Path, shots: Path) -> dict[str, dict[str, Any]]:
    run = subprocess.run([NODE or "node", str(HERE / script), str(job)], capture_output=True, text=True,
                         timeout=180, cwd=HERE)
    assert run.returncode == 0, run.stderr[-3000:]
    keep = HERE / "screenshots"  # gitignored: every state, to look at
    keep.mkdir(exist_ok=True)
    for png in shots.glob("*.png"):
        shutil.copy(png, keep / png.name)
    results: dict[str, dict[str, Any]] = json.loads(run.stdout)
    return results
