"""Delivery: 1,000 messages to a local SMTP server over one reused connection, no rate limit.

Run: .venv/bin/python benchmarks/send_mail.py [--learners 1000]

Builds a demo workspace with N issued learners, then in the same run measures
  1. the baseline: smtplib sending the same number of already-built messages of the same size
     over one connection (the floor: the server and the wire);
  2. ``delivery.send``: building each learner's message (PDF, JSON, baked PNG, signed
     verification link), recording it in the outbox before and after, and sending it;
  3. ``delivery.deliver``: writing each learner's package and .eml draft to disk.
The server (aiosmtpd) runs in its own process on 127.0.0.1, as a mail server would, and keeps
nothing but a count.
Asserts nothing.
"""

from __future__ import annotations

import argparse
import multiprocessing
import smtplib
import socket
import tempfile
import time
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller

from badgesmith.core.delivery.smtp import SmtpSettings
from badgesmith.core.services import cohorts, delivery, issuing
from badgesmith.core.services.demo import create_demo


class Counter:
    def __init__(self, count: Any) -> None:
        self.count = count

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
        with self.count.get_lock():
            self.count.value += 1
        return "250 OK"


def _serve(port: int, count: Any, stop: Any) -> None:
    controller = Controller(Counter(count), hostname="127.0.0.1", port=port, data_size_limit=0)
    controller.start()
    stop.wait()
    controller.stop()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_for(port: int) -> None:
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", port), 0.1).close()
            return
        except OSError:
            time.sleep(0.05)
    raise SystemExit("the SMTP server did not start")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--learners", type=int, default=1000)
    args = ap.parse_args()
    n = args.learners
    base = Path(tempfile.mkdtemp(prefix="badgesmith-send-"))
    t = time.perf_counter()
    ws = create_demo(base / "ws", n_learners=n)
    cohort = next(c for c in cohorts.list_cohorts(ws) if c.enrolled == n)
    issuing.issue_batch(ws, cohort.id, "demo", base / "certificates")
    print(f"(built and issued {n:,} learners in {time.perf_counter() - t:.1f} s)")

    port = _free_port()
    count, stop = multiprocessing.Value("l", 0), multiprocessing.Event()
    server = multiprocessing.Process(target=_serve, args=(port, count, stop), daemon=True)
    server.start()
    _wait_for(port)
    try:
        first = delivery.build_package(ws, delivery.outbox(ws, cohort.id)[0].credential_id,
                                       delivery.KeyRing(ws, "demo"))
        raw = delivery.mail.draft_bytes(first.letter, "Bench", "bench@example.org")
        t = time.perf_counter()
        with smtplib.SMTP("127.0.0.1", port) as smtp:
            for _ in range(n):
                smtp.sendmail("bench@example.org", ["learner@example.org"], raw)
        baseline = time.perf_counter() - t
        print(f"Baseline, smtplib sending {n:,} ready messages of {len(raw) // 1024} KB over one connection: "
              f"{baseline:.2f} s ({n / baseline:.0f} messages/s)")

        settings = SmtpSettings("127.0.0.1", port, "none", None, "courses@example.org", "Bench")
        before = count.value
        t = time.perf_counter()
        summary = delivery.send(ws, cohort.id, "demo", settings=settings, password=None)
        took = time.perf_counter() - t
        assert count.value - before == len(summary.sent) == n, summary.lines()
        print(f"delivery.send, {n:,} learners (build, outbox, send): {took:.2f} s "
              f"({n / took:.0f} messages/s; {took / baseline:.1f}x the baseline)")
    finally:
        stop.set()
        server.join(10)

    t = time.perf_counter()
    written = delivery.deliver(ws, cohort.id, base / "packages", "demo")
    took = time.perf_counter() - t
    print(f"delivery.deliver, {len(written.written):,} packages and drafts written: {took:.2f} s "
          f"({took / len(written.written) * 1000:.1f} ms per learner)")
    ws.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
