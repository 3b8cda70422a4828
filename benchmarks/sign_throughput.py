"""Signing throughput: Badgesmith (Python) vs the reference JavaScript stack, side by side.

    python benchmarks/sign_throughput.py [-n 300] [--profile]

Both sign the same fully populated OpenBadgeCredential (every optional field, Greek/CJK/Arabic
text, a status entry) with the same Ed25519 key, on one core each:
  * Python: ``dataintegrity.sign`` (eddsa-rdfc-2022, defined-terms check on, like JS safe mode),
    a distinct ``created`` per credential so the proof-options cache never helps;
  * JavaScript: ``vc.issue`` with DataIntegrityProof + eddsa-rdfc-2022 in one warm node process.
Needs `npm ci --prefix tests/interop`.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "interop"))
sys.path.insert(0, str(ROOT / "tests" / "core" / "credentials"))

from cred_factories import full_input  # noqa: E402
from jsstack import JsStack, available  # noqa: E402

from badgesmith.core.credentials import dataintegrity as di  # noqa: E402
from badgesmith.core.credentials import didkey, keys, ob3, statuslist  # noqa: E402

SEED = bytes(range(1, 33))


def python_rate(cred: dict, n: int) -> float:
    key = keys.private_key_from_seed(SEED)
    vm = didkey.verification_method(keys.did_of(key))
    t0 = datetime(2025, 3, 1, tzinfo=UTC)
    di.sign(cred, key, vm, t0)  # warm up: contexts processed once per process
    start = time.perf_counter()
    for i in range(n):
        di.sign(cred, key, vm, t0 + timedelta(seconds=i + 1))
    return n / (time.perf_counter() - start)


def profile(cred: dict, n: int) -> str:
    key = keys.private_key_from_seed(SEED)
    vm = didkey.verification_method(keys.did_of(key))
    t0 = datetime(2025, 3, 1, tzinfo=UTC)
    prof = cProfile.Profile()
    prof.enable()
    for i in range(n):
        di.sign(cred, key, vm, t0 + timedelta(seconds=i + 1))
    prof.disable()
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(25)
    return out.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=300, help="credentials per run (default 300)")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of the Python path")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core; node gets its own below

    key = keys.private_key_from_seed(SEED)
    entry = statuslist.status_entry("https://training.example/status/1", 42)
    cred = ob3.build_and_check(full_input(keys.did_of(key), status_entry=entry))
    quads = len(di.canonicalize(cred).splitlines())

    py = python_rate(cred, args.n)
    why = available()
    js_rate = None
    if why is None:
        stack = JsStack()
        try:
            if hasattr(os, "sched_setaffinity"):
                os.sched_setaffinity(stack.proc.pid, {min(os.sched_getaffinity(0))})
            result = stack.call(op="bench", credential=cred, seed=SEED.hex(), n=args.n)
            js_rate = result["n"] / result["seconds"]
        finally:
            stack.close()

    print(f"credential: {len(str(cred))} chars of JSON, {quads} N-Quads; {args.n} signatures each")
    print(f"  Badgesmith (Python, pyld + cryptography): {py:8.1f} credentials/s")
    if js_rate is None:
        print(f"  JavaScript reference stack: not run ({why})")
    else:
        print(f"  JavaScript (@digitalbazaar/vc issue):     {js_rate:8.1f} credentials/s")
        print(f"  ratio Python / JavaScript: {py / js_rate:.2f}x (goal >= 1.5x)")
    if args.profile:
        print(profile(cred, min(args.n, 100)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
