"""How Badgesmith starts worker processes (issuing in parallel, decoders under limits)."""

from __future__ import annotations

import multiprocessing
from multiprocessing.context import BaseContext


def process_context(preload: list[str]) -> BaseContext:
    """forkserver where there is one (Linux, macOS): workers fork from a clean single-threaded
    server, safe beside Qt's threads, with ``preload`` modules already imported; else spawn."""
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    ctx = multiprocessing.get_context(method)
    if method == "forkserver":
        ctx.set_forkserver_preload(preload)
    return ctx
