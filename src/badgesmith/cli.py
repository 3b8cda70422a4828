"""Command line entry point (filled in below as capabilities land)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from badgesmith import __version__

    args = sys.argv[1:] if argv is None else argv
    if args == ["--version"]:
        print(f"badgesmith {__version__}")
        return 0
    return 0
