"""SIGKILL a real ``badgesmith send`` process at six points, resume, and count at the server:
every learner once, except at most the one message in flight at each kill."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from badgesmith.core.services import delivery

from .conftest import N_LEARNERS
from .smtpserver import PASSWORD, USER

# (when, how many more messages the server accepts first): "in flight" kills while the server is
# accepting a message (it is then sent again on resume); "after" kills once it was accepted.
KILLS = [("in flight", 1), ("after", 1), ("in flight", 1), ("after", 1), ("in flight", 1), ("after", 1)]


def _start(ws_dir: Path, port: int, cert: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "BADGESMITH_PASSPHRASE": "demo", "BADGESMITH_WORKSPACE": str(ws_dir),
           "BADGESMITH_SMTP_PASSWORD": PASSWORD, "SSL_CERT_FILE": str(cert)}
    return subprocess.Popen([sys.executable, "-m", "badgesmith.cli", "send", "--cohort", "Bulk attendance cohort",
                             "--smtp-host", "127.0.0.1", "--smtp-port", str(port), "--smtp-security", "starttls",
                             "--smtp-user", USER, "--from", "courses@northbridge.example", "--json"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)


def _kill(proc: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)


def test_a_killed_send_resumes_and_reaches_everyone_once_but_for_the_message_in_flight(issued, smtp) -> None:
    ws, cohort_id = issued
    folder = ws.folder
    handler = smtp.handler
    in_flight_kills = 0
    for when, more in KILLS:
        target = len(handler.received) + more
        proc = _start(folder, smtp.port, smtp.cert_file)
        if when == "in flight":
            in_flight_kills += 1
            handler.before_reply = lambda count, t=target, p=proc: _kill(p) if count == t else None
        else:
            deadline = time.monotonic() + 60
            while len(handler.received) < target and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.005)
            time.sleep(0.01)
            _kill(proc)
        proc.wait(timeout=120)
        handler.before_reply = None
        assert proc.returncode == -signal.SIGKILL, proc.stderr.read().decode() if proc.stderr else ""
    final = _start(folder, smtp.port, smtp.cert_file)
    out, err = final.communicate(timeout=120)
    assert final.returncode == 0, err.decode()
    assert json.loads(out)["complete"] is True
    counts = handler.count_by_recipient()
    assert len(counts) == N_LEARNERS and min(counts.values()) == 1
    twice = sum(c - 1 for c in counts.values())
    # each kill can leave one message in flight (accepted by the server, its answer not yet
    # recorded); the kills made while the server accepted a message certainly did
    assert in_flight_kills <= twice <= len(KILLS), counts
    assert {r.state for r in delivery.outbox(ws, cohort_id)} == {"sent"}
    # a message sent again keeps its Message-ID: a mail program shows the two as one
    by_learner: dict[str, set[str]] = {}
    for r in handler.received:
        by_learner.setdefault(r.to[0], set()).add(r.message["Message-ID"])
    assert all(len(ids) == 1 for ids in by_learner.values())
