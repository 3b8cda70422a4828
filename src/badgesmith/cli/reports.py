"""The overview report: ``report [--year YEAR] [OUT.pdf] [--json]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from badgesmith.cli.common import open_workspace, print_json

if TYPE_CHECKING:
    from badgesmith.core.services.overview import Period


def cmd_report(args: argparse.Namespace) -> int:
    from badgesmith.core.services import overview

    if not args.out and not args.json:
        print("badgesmith: name the PDF to write (e.g. badgesmith report report.pdf), or print the figures "
              "with --json.", file=sys.stderr)
        return 2
    with open_workspace(args) as ws:
        figures = overview.overview(ws, args.year)
    if args.out:
        # charts and the PDF: imported only when there is one to write
        from badgesmith.core.services import reports

        out = reports.write_report(figures, Path(args.out))
        done = f"Wrote {out}: the overview report of {_period(figures.period)} (it names learners: only you can read it)."
        print(done, file=sys.stderr if args.json else sys.stdout)  # --json: stdout holds the JSON alone
    if args.json:
        print_json(figures.as_dict())
    return 0


def _period(p: Period) -> str:
    return str(p.year) if p.year is not None else f"the 12 months from {p.start:%B %Y}"
