"""The command line (see main)."""

from badgesmith.cli.main import main

__all__ = ["main"]
