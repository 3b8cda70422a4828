"""Files: read from outside within a size limit, and written so that nothing is ever
half-written (temp file, fsync, rename)."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from badgesmith.core.errors import BadgesmithError, ValidationError


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


def read_limited(path: Path, limit: int, what: str) -> bytes:
    """A file a user chose, read whole but never beyond ``limit`` bytes. A device or a pipe
    (which never ends, or waits forever) is refused. ValidationError with one sentence."""
    path = Path(path)
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            raise ValidationError(f"{path.name} is not a file (a folder, device or pipe).")
        with path.open("rb") as f:
            data = f.read(limit + 1)  # the size on disk may change while reading
    except OSError as exc:
        raise ValidationError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    if len(data) > limit:
        raise ValidationError(f"{path.name} is larger than {what} ever is (at most {limit // 1000:,} KB).")
    return data


def default_file_mode() -> int:
    """The mode a plainly created file gets (0o666 less the umask): temp files start 0o600,
    and published files (verify.html, certificates) must stay readable once renamed."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except OSError:
        pass
    return 0o644


PRIVATE_FILE = 0o600  # the workspace, its backups, logs and exports of personal data
PRIVATE_DIR = 0o700


def _mode_for(path: Path, private: bool = False) -> int:
    """A private file is 0600 whatever it replaces; otherwise keep a replaced file's
    permissions, and give a new file the ordinary (umask) mode."""
    if private:
        return PRIVATE_FILE
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        return default_file_mode()


def private_dir(path: Path) -> Path:
    """Create ``path`` (and missing parents) readable by the user only; tighten it if it exists."""
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    make_private(path)
    return path


def make_private(path: Path) -> None:
    """chmod to 0600 (files) or 0700 (folders), best effort (e.g. on a FAT stick it cannot be)."""
    with contextlib.suppress(OSError):
        os.chmod(path, PRIVATE_DIR if path.is_dir() else PRIVATE_FILE)


def _chmod(fd: int, mode: int) -> None:
    if hasattr(os, "fchmod"):
        with contextlib.suppress(OSError):
            os.fchmod(fd, mode)


def _fsync_path(path: Path) -> None:
    """fsync a file, or a folder after renames in it (best effort: Windows cannot open a
    folder, and NTFS journals renames)."""
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def atomic_file(
    path: Path | str, mode: str = "wb", *, prefix: str | None = None, suffix: str = ".part",
    fsync: bool = True, private: bool = False, **open_kwargs: Any,
) -> Iterator[IO[Any]]:
    """Open a temporary file beside ``path`` for writing. When the block ends cleanly it is
    flushed, fsynced and renamed over ``path``; on any error it is removed and ``path`` is
    untouched. ``private`` files (personal data, keys) are 0600. ``OSError`` propagates for the
    caller to word for its user."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=prefix or f".{path.name}.", suffix=suffix, dir=path.parent)
    try:
        _chmod(fd, _mode_for(path, private))  # mkstemp makes 0600
        with os.fdopen(fd, mode, **open_kwargs) as f:
            yield f
            f.flush()
            if fsync:
                os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if fsync:
        _fsync_path(path.parent)


def atomic_write_bytes(path: Path | str, data: bytes, *, fsync: bool = True, private: bool = False) -> Path:
    """Write ``data`` to ``path`` via a temporary file in the same folder and a rename."""
    path = Path(path)
    try:
        with atomic_file(path, fsync=fsync, private=private) as f:
            f.write(data)
    except OSError as exc:
        raise OutputError(describe_os_error(exc, path)) from exc
    return path


def atomic_write_text(path: Path | str, text: str, *, fsync: bool = True, private: bool = False) -> Path:
    return atomic_write_bytes(path, text.encode("utf-8"), fsync=fsync, private=private)


def stage_bytes(path: Path, data: bytes) -> Path:
    """Write ``data`` to a temporary file beside ``path`` (not yet durable, not yet renamed).

    For batches: stage many files, make them durable with one :func:`sync_all`, then
    :func:`publish` them; far cheaper than one fsync per file.
    """
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        _chmod(fd, _mode_for(path))
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError as exc:
        raise OutputError(describe_os_error(exc, path)) from exc
    return Path(tmp)


def sync_all(paths: list[Path]) -> None:
    """Make ``paths`` (files, or folders after renames) durable.

    On Linux one ``sync()`` flushes a whole group at once, far cheaper than an fsync per file;
    elsewhere (no ``os.sync`` on Windows; macOS's does not wait) each path is fsynced.
    """
    if sys.platform.startswith("linux"):
        os.sync()
        return
    for p in paths:
        _fsync_path(p)


def publish(staged: Path, path: Path) -> None:
    try:
        os.replace(staged, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(staged)
        raise OutputError(describe_os_error(exc, path)) from exc
