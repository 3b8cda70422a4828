"""What every command shares: the workspace to open, the passphrase, questions, JSON output."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from badgesmith.core.store.workspace import Workspace

ENV_PASSPHRASE = "BADGESMITH_PASSPHRASE"


def _json_default(o: Any) -> Any:
    if isinstance(o, datetime | date):
        return o.isoformat()
    if isinstance(o, bytes):
        return None
    if isinstance(o, Path):
        return str(o)
    if is_dataclass(o) and not isinstance(o, type):
        return asdict(o)
    raise TypeError(type(o).__name__)


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=_json_default))


def report(summary: Any, as_json: bool) -> int:
    """Print a batch's summary (its lines, or its JSON); exit 0 only when it is complete."""
    if as_json:
        print_json(summary.as_dict())
    else:
        for line in summary.lines():
            print(line)
    return 0 if summary.complete else 1


def passphrase(prompt: str = "Signing key passphrase: ") -> str:
    """From $BADGESMITH_PASSPHRASE for scripts, else a prompt (never echoed, never logged)."""
    env = os.environ.get(ENV_PASSPHRASE)
    if env is not None:
        return env
    if not sys.stdin.isatty():
        from badgesmith.core.errors import KeyLocked

        raise KeyLocked(f"The signing key is locked: set {ENV_PASSPHRASE} or run in a terminal.")
    return getpass.getpass(prompt)


def confirm(question: str) -> bool:
    """Ask a yes/no question on the terminal; without one, the answer is no (scripts say --yes)."""
    if not sys.stdin.isatty():
        print(f"{question}\nNot confirmed: run in a terminal to answer, or add --yes.", file=sys.stderr)
        return False
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")


def workspace_folder(args: argparse.Namespace) -> Path:
    from badgesmith.core.services import (
        workspaces,  # commands import services as they run: --help stays fast
    )

    return Path(args.workspace) if args.workspace else workspaces.default_folder()


def open_workspace(args: argparse.Namespace, create: bool = False) -> Workspace:
    from badgesmith.core.errors import SignInRefused
    from badgesmith.core.services import shared_database, workspaces

    address = getattr(args, "database", None) or os.environ.get(shared_database.ENV_DATABASE_URL)
    if not address:
        return workspaces.open_workspace(workspace_folder(args), create=create)
    folder = Path(args.workspace) if args.workspace else None
    try:
        return shared_database.connect(folder, address)
    except SignInRefused:
        if not sys.stdin.isatty():
            raise
        return shared_database.connect(folder, address, getpass.getpass("Database password: "))
