"""A learner's whole record: ``export clr`` and ``export transcript``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from badgesmith.cli.common import open_workspace, passphrase


def cmd_export_clr(args: argparse.Namespace) -> int:
    from badgesmith.core.services import learner_record

    return _export(args, learner_record.export_clr, "record, signed (it holds personal data: only you can read the file)")


def cmd_export_transcript(args: argparse.Namespace) -> int:
    from badgesmith.core.services import transcripts

    return _export(args, transcripts.export_transcript, "transcript, with the signed record attached (only you can read the file)")


def _export(args: argparse.Namespace, export: Callable[[Any, int, str | None, Path], Path], what: str) -> int:
    """Write the learner's record with ``export`` (a service taking workspace, learner id,
    passphrase and output path), then say so."""
    from badgesmith.core.services import learners

    with open_workspace(args) as ws:
        who = learners.find_learner(ws, args.learner)
        out = export(ws, who.id, passphrase(), Path(args.out))
    print(f"Wrote {out}: {who.name}'s {what}.")
    return 0
