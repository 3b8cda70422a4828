"""SIGKILL a real issuing process at many points of a 200-credential batch, then resume.

After every kill the workspace, the files and the audit log must agree (no duplicate, no
orphan, no partial file); the final run completes the batch.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from badgesmith.core.services import cohorts, issuing
from badgesmith.core.services.demo import create_demo
from badgesmith.core.store import audit
from badgesmith.core.store.models import Credential
from badgesmith.core.store.workspace import Workspace
from tests.core.test_issuing import _assert_consistent

N = 200


def _start(ws_dir: Path, out: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "BADGESMITH_PASSPHRASE": "demo", "BADGESMITH_WORKSPACE": str(ws_dir)}
    return subprocess.Popen([sys.executable, "-m", "badgesmith.cli", "issue", "--cohort",
                             "Bulk attendance cohort", "--out", str(out), "--json"],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)


def _files_written_since(out: Path, since: float) -> int:
    """Certificate PDFs this run put in place (a resumed run also rewrites older ones)."""
    if not out.exists():
        return 0
    n = 0
    for p in out.iterdir():
        try:
            if p.suffix == ".pdf" and not p.name.startswith(".") and p.stat().st_mtime >= since:
                n += 1
        except FileNotFoundError:  # renamed away between listing and stat
            continue
    return n


def _kill(proc: subprocess.Popen[bytes]) -> None:
    # the whole process group: the writer and its worker processes die together, as in a crash
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


def _check_after_kill(ws_dir: Path, out: Path) -> int:
    """Right after a kill: nothing committed is missing or damaged, nothing is duplicated.

    Files of credentials that never committed may remain under their final names (complete,
    written by rename); the next run overwrites or removes them.
    """
    with Workspace.open(ws_dir) as ws, ws.read_session() as s:
        live = [c for c in s.query(Credential) if c.superseded_by is None]
        assert audit.check_chain(s) == []
        issued = {e.subject for e in audit.events(s, limit=100000) if e.kind == "credential.issued"}
    assert len({c.learner_id for c in live}) == len(live), "duplicate credentials"
    assert issued == {c.id for c in live}, "audit log and credentials disagree"
    for c in live:
        assert json.loads(Path(c.json_path).read_text())["id"] == c.id
        assert PdfReader(c.pdf_path).pages
    if out.exists():
        for p in out.iterdir():
            if p.suffix == ".json" and not p.name.startswith("."):
                json.loads(p.read_text())  # complete, whatever its state
            elif p.suffix == ".pdf" and not p.name.startswith("."):
                assert PdfReader(p).pages
    return len(live)


def _check_resumed(ws_dir: Path, out: Path) -> int:
    with Workspace.open(ws_dir) as ws:
        cohort = cohorts.find_cohort(ws, "Bulk attendance cohort")
        _assert_consistent(ws, cohort, out)
        with ws.read_session() as s:
            return s.query(Credential).count()


@pytest.mark.slow
def test_killed_at_random_points_then_resumed(tmp_path: Path) -> None:
    ws_dir, out = tmp_path / "ws", tmp_path / "out"
    create_demo(ws_dir, N).close()
    rnd = random.Random(4)
    kills = 0
    counts = []
    # Two kills during start-up, then eight in the middle of issuing: each after this run has
    # put a random number of certificate files in place (so between files and committed rows).
    for i in range(10):
        started = time.time()
        proc = _start(ws_dir, out)
        if i < 2:
            time.sleep(rnd.uniform(0.2, 1.0))
        else:
            target = rnd.randint(2, 15)  # small: ten kills must land before the batch is done
            deadline = time.monotonic() + 120
            while proc.poll() is None and _files_written_since(out, started) < target \
                    and time.monotonic() < deadline:
                time.sleep(0.002)
        if proc.poll() is not None:
            break
        _kill(proc)
        kills += 1
        counts.append(_check_after_kill(ws_dir, out))
    # ...and kills while the combined print PDF is being written.
    during_combined = 0
    for _ in range(2):
        proc = _start(ws_dir, out)
        deadline = time.monotonic() + 120
        while proc.poll() is None and time.monotonic() < deadline:
            if out.exists() and any(p.name.startswith(".batch-") for p in out.iterdir()):
                _kill(proc)
                kills += 1
                during_combined += 1
                break
            time.sleep(0.002)
        proc.wait()
        counts.append(_check_after_kill(ws_dir, out))
    print("credentials after each kill:", counts)
    assert kills >= 10, f"only {kills} kill points were reached"
    assert during_combined >= 1, "no kill landed while the combined PDF was written"
    assert counts == sorted(counts), "a resumed run lost credentials"
    # The last run completes the batch.
    proc = _start(ws_dir, out)
    assert proc.wait(timeout=300) == 0, proc.stderr.read().decode() if proc.stderr else ""
    assert _check_resumed(ws_dir, out) == N
    with Workspace.open(ws_dir) as ws:
        cohort = cohorts.find_cohort(ws, "Bulk attendance cohort")
        again = issuing.issue_batch(ws, cohort, "demo", out)
        assert again.issued == [] and len(again.skipped) == N
    assert (out / issuing.COMBINED_NAME.format(cohort=cohort)).exists()
