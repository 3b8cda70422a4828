"""A learner's whole record: ``export clr`` and ``export transcript``."""

from __future__ import annotations

import argparse
from pathlib import Path

from badgesmith.cli.common import open_workspace, passphrase


def cmd_export_clr(args: argparse.Namespace) -> int:
    from badgesmith.core.services import learner_record, learners

    with open_workspace(args) as ws:
        who = learners.find_learner(ws, args.learner)
        out = learner_record.export_clr(ws, who.id, passphrase(), Path(args.out))
    print(f"Wrote {out}: {who.name}'s record, signed (it holds personal data: only you can read the file).")
    return 0


def cmd_export_transcript(args: argparse.Namespace) -> int:
    from badgesmith.core.services import learners, transcripts

    with open_workspace(args) as ws:
        who = learners.find_learner(ws, args.learner)
        out = transcripts.export_transcript(ws, who.id, passphrase(), Path(args.out))
    print(f"Wrote {out}: {who.name}'s transcript, with the signed record attached (only you can read the file).")
    return 0
