"""Trusting another issuer from the command line: their public issuer card."""

from __future__ import annotations

import argparse
from pathlib import Path

from badgesmith.cli.common import open_workspace


def cmd_issuer_trust(args: argparse.Namespace) -> int:
    from badgesmith.core.services import issuer

    with open_workspace(args) as ws:
        t = issuer.import_trusted_issuer(ws, Path(args.card))
    print(f"Trusted {t.name}: key fingerprint {t.fingerprint} ({t.did}). Compare the fingerprint with the one "
          "they see in their Badgesmith (Settings ▸ Keys, or 'badgesmith issuer show').")
    return 0
