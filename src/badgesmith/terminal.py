"""Text for a terminal: never let data steer it.

A learner's name, a file name or a credential can hold escape sequences (ESC [2K, a carriage
return, C1 controls) or bidirectional overrides that rewrite what a terminal shows, e.g. turn
"NOT VERIFIED" into "VERIFIED". Everything the command line prints passes through
:func:`escape_controls`, which shows such characters as visible escapes instead.
"""

from __future__ import annotations

import re
from typing import Any, TextIO

# C0 controls but tab and line feed, DEL and C1 controls, and the bidi marks and overrides
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _visible(m: re.Match[str]) -> str:
    code = ord(m.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escape_controls(text: str) -> str:
    return _UNSAFE.sub(_visible, text)


class SafeTerminalText:
    """A text stream that escapes control characters on the way to the wrapped stream."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(escape_controls(text))
        return len(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:  # flush, isatty, fileno, encoding, ...
        return getattr(self._stream, name)
