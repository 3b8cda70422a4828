"""``badgesmith publish DIR``: the verification site, ready to upload."""

from __future__ import annotations

import argparse
from pathlib import Path

from badgesmith.cli.common import open_workspace, passphrase, print_json


def cmd_publish(args: argparse.Namespace) -> int:
    from badgesmith.core.errors import KeyLocked
    from badgesmith.core.services import publishing

    with open_workspace(args) as ws:
        try:  # the passphrase is asked only when a status list must be signed anew
            result = publishing.publish(ws, Path(args.dir), None)
        except KeyLocked:
            result = publishing.publish(ws, Path(args.dir), passphrase())
    if args.json:
        print_json(result.as_dict())
    else:
        for line in result.lines():
            print(line)
    return 0
