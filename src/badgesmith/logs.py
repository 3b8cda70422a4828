"""Logging to the user's log folder, with rotation, and redaction as defence in depth.

The rule is that no code logs a secret: not the passphrase, not the signing key or its seed,
not the salt of a hashed e-mail address. The redaction filter below is only a safety net for
mistakes (an exception message that quotes a dict, a debug line left behind); it masks
  * values of keys that name a secret (passphrase, password, salt, seed, private..., secret),
    as in ``passphrase=...``, ``"salt": "..."`` or ``seed: b'...'``;
  * 'z'-prefixed base58btc private multikeys (Ed25519 private keys start ``z3u2``);
  * 64-digit hex strings, the form a 32-byte seed takes (SHA-256 digests look the same and
    are masked too: a small loss in a log, none in the workspace).

Where the log folder is (platformdirs' user_log_path):
  Linux    ~/.local/state/Badgesmith/log        ($XDG_STATE_HOME/Badgesmith/log)
  macOS    ~/Library/Logs/Badgesmith
  Windows  %LOCALAPPDATA%\\Badgesmith\\Logs
``$BADGESMITH_LOG_DIR`` overrides it (tests, portable installs).
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import re
from pathlib import Path
from typing import Any

from platformdirs import user_log_path

ENV_LOG_DIR = "BADGESMITH_LOG_DIR"
LOG_FILE = "badgesmith.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)-7s %(process)d %(name)s: %(message)s"
MASK = "[redacted]"

_SECRET_KEY = r"[\w.-]*(?:passphrase|password|passwd|salt|seed|private|secret)[\w.-]*"
_VALUE = (
    r"(?:b?\"(?:[^\"\\]|\\.)*\""  # "double-quoted" (also b"bytes")
    r"|b?'(?:[^'\\]|\\.)*'"  # 'single-quoted' (also b'bytes')
    r"|[^\s,;)\]}]+)"  # a bare word up to a separator
)
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # key = value, key: value, "key": "value", key=b'...'
    (
        re.compile(
            rf"""(?ix)
            (?P<key>["']?\b{_SECRET_KEY}["']?)
            (?P<sep>\s*[:=]\s*)
            (?P<value>{_VALUE})
            """
        ),
        rf"\g<key>\g<sep>{MASK}",
    ),
    # base58btc multikeys of private keys: 'z' + base58 of (0x1300 varint + 32 bytes) = 'z3u2...'
    (re.compile(r"\bz3u2[1-9A-HJ-NP-Za-km-z]{40,}"), MASK),
    # a 32-byte seed (or key) in hex
    (re.compile(r"(?<![0-9A-Fa-f])[0-9A-Fa-f]{64}(?![0-9A-Fa-f])"), MASK),
)


def redact(text: str) -> str:
    """``text`` with anything that looks like a secret replaced by ``[redacted]``."""
    for pattern, repl in _PATTERNS:
        text = pattern.sub(repl, text)
    return text


class RedactingFilter(logging.Filter):
    """Masks secrets in each record's message and traceback before any handler formats it."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: keep what there is
            message = str(record.msg)
        record.msg, record.args = redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class _BadgesmithHandler(logging.handlers.RotatingFileHandler):
    """Marks the handler setup_logging installed, so a second call replaces it. Its files are
    private to the user (logs name learners and files)."""

    def _open(self) -> Any:
        stream = super()._open()
        with contextlib.suppress(OSError):
            os.chmod(self.baseFilename, 0o600)
        return stream


def log_dir(app_name: str = "Badgesmith") -> Path:
    """The folder the logs go to (created by setup_logging, not here)."""
    env = os.environ.get(ENV_LOG_DIR)
    if env:
        return Path(env).expanduser()
    return user_log_path(app_name, appauthor=False)


def setup_logging(
    app_name: str = "Badgesmith",
    *,
    level: int = logging.INFO,
    folder: Path | None = None,
    max_bytes: int = MAX_BYTES,
    backup_count: int = BACKUP_COUNT,
) -> Path:
    """Send the root logger to a rotating file in the user log folder; returns the file's path.

    Idempotent: calling it again replaces the handler it installed before. Other handlers
    (pytest's, a console handler) are left alone. If the folder cannot be created or written,
    logging stays off and the app runs anyway.
    """
    target = Path(folder) if folder is not None else log_dir(app_name)
    path = target / LOG_FILE
    root = logging.getLogger()
    for h in list(root.handlers):
        if isinstance(h, _BadgesmithHandler):
            root.removeHandler(h)
            h.close()
    try:
        target.mkdir(mode=0o700, parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            os.chmod(target, 0o700)
        handler = _BadgesmithHandler(
            path, maxBytes=max_bytes, backupCount=backup_count, encoding="utf-8", delay=True
        )
    except OSError:
        return path
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(RedactingFilter())
    root.addHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(True)
    return path


ERASED = "[erased]"


def whole_words(values: list[str]) -> re.Pattern[str]:
    """Matches any of ``values`` case-insensitively, not inside a longer word or number (a
    student number 1234 must not match inside 51234)."""
    alternatives = "|".join(re.escape(v) for v in sorted(values, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def scrub(values: list[str], folder: Path | None = None) -> int:
    """Replace every occurrence of ``values`` (a person's name, e-mail…) in the log files with
    ``[erased]``, case-insensitively; returns how many files changed.

    Each file is rewritten in place under the handler's lock: the handler appends to the same
    open file, so nothing it writes meanwhile is lost (a new file would orphan its stream)."""
    needles = [v for v in {v.strip() for v in values} if len(v) >= 2]
    if not needles:
        return 0
    pattern = whole_words(needles)
    handlers = [h for h in logging.getLogger().handlers if isinstance(h, _BadgesmithHandler)]
    changed = 0
    for h in handlers:
        h.acquire()
    try:
        folders = {Path(h.baseFilename).parent for h in handlers} | {Path(folder) if folder else log_dir()}
        for path in sorted(p for d in folders if d.is_dir() for p in d.glob(LOG_FILE + "*")):
            with open(path, "r+", encoding="utf-8", errors="surrogateescape") as f:
                text = f.read()
                cleaned = pattern.sub(ERASED, text)
                if cleaned != text:
                    f.seek(0)
                    f.write(cleaned)
                    f.truncate()
                    f.flush()
                    os.fsync(f.fileno())
                    changed += 1
    finally:
        for h in handlers:
            h.release()
    return changed
