"""Decoders run on files from outside (PDFium drawing a page, zxing searching a photo) in a child
process with a time and a memory limit.

A 40 KB page can take hours to draw (a shading whose function runs a hundred thousand steps a
pixel) and a 17 KB image of fake finder patterns keeps zxing busy for minutes; neither can be
interrupted from within. So they run in one reusable worker process; when a job runs over its
time the worker is killed (and a new one started for the next job) and the caller gets one plain
sentence. The worker's address space is capped too, so a bomb fails there, not here.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable
from multiprocessing.pool import Pool
from typing import TypeVar

from badgesmith.core.paper.errors import CertificateError
from badgesmith.core.processes import process_context

T = TypeVar("T")
TIME_LIMIT_S = 20.0  # a genuine certificate's QR reads in well under a second
MEMORY_LIMIT_BYTES = 3 << 30

_lock = threading.Lock()
_pool: Pool | None = None


class DecodeLimitError(CertificateError):
    """A decoder ran over its time or memory on this file."""


def _limit_memory() -> None:
    try:
        import resource  # POSIX only: elsewhere the time limit still holds

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT_BYTES, MEMORY_LIMIT_BYTES))
    except (ImportError, ValueError, OSError):
        pass


def run_limited(fn: Callable[..., T], *args: object, what: str) -> T:
    """``fn(*args)`` in the worker process (``fn`` must be importable: a module-level function).
    Its own exceptions come back as they are; running out of time or memory raises
    DecodeLimitError naming ``what`` ("The page", "The image")."""
    global _pool
    with _lock:  # one job at a time: the worker is single, and a kill must not hit another's job
        if _pool is None:
            _pool = process_context(["badgesmith.core.paper.qrread"]).Pool(1, initializer=_limit_memory)
        job = _pool.apply_async(fn, args)
        try:
            return job.get(TIME_LIMIT_S)
        except multiprocessing.TimeoutError:
            _pool.terminate()
            _pool = None
            raise DecodeLimitError(f"{what} takes too long to read (over {TIME_LIMIT_S:.0f} seconds); it is "
                                   "built to exhaust the computer, not to be read.") from None
        except MemoryError:
            raise DecodeLimitError(f"{what} needs more memory to read than a certificate or photo "
                                   "ever does.") from None
