"""Writing files so that nothing is ever half-written: temp file, fsync, rename."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from badgesmith.core.errors import BadgesmithError


class OutputError(BadgesmithError):
    """A file could not be written (permissions, full disk, missing folder)."""


def describe_os_error(exc: OSError, path: Path) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"The disk is full: could not write {path}. Free some space and try again."
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"Badgesmith may not write to {path.parent}: choose another folder."
    if exc.errno == errno.ENOENT:
        return f"The folder {path.parent} does not exist."
    return f"Could not write {path}: {exc.strerror or exc}."


def atomic_write_bytes(path: Path | str, data: bytes, *, fsync: bool = True) -> Path:
    """Write ``data`` to ``path`` via a temporary file in the same folder and a rename."""
    path = Path(path)
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            if fsync:
                f.flush()
                os.fsync(f.fileno())
        os.replace(tmp_name, path)
        tmp_name = None
    except OSError as exc:
        raise OutputError(describe_os_error(exc, path)) from exc
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
    return path


def atomic_write_text(path: Path | str, text: str, *, fsync: bool = True) -> Path:
    return atomic_write_bytes(path, text.encode("utf-8"), fsync=fsync)


def stage_bytes(path: Path, data: bytes) -> Path:
    """Write ``data`` to a temporary file beside ``path`` (not yet durable, not yet renamed).

    For batches: stage many files, make them durable with one :func:`sync_all`, then
    :func:`publish` them; far cheaper than one fsync per file.
    """
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError as exc:
        raise OutputError(describe_os_error(exc, path)) from exc
    return Path(tmp)


def sync_all() -> None:
    """Flush every written file to disk (one sync for a whole group of staged files)."""
    os.sync()


def publish(staged: Path, path: Path) -> None:
    try:
        os.replace(staged, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(staged)
        raise OutputError(describe_os_error(exc, path)) from exc
