"""Commands about one achievement: how complete it is as an EU micro-credential."""

from __future__ import annotations

import argparse

from badgesmith.cli.common import open_workspace, print_json


def cmd_achievements_check(args: argparse.Namespace) -> int:
    """Exit 0 when every mandatory EU element is there, 1 when some are missing (like a linter)."""
    from badgesmith.core.eu_elements import LABELS
    from badgesmith.core.services import achievements

    with open_workspace(args) as ws:
        aid = achievements.find_achievement(ws, args.achievement)
        detail = achievements.get_achievement(ws, aid)
        result = achievements.eu_check(ws, detail.spec)
    if args.json:
        print_json({
            "achievement": detail.spec.name, "id": aid, "complete": result.complete,
            "mandatory": {"present": len(result.present), "total": result.total},
            "missing": result.missing_names(), "missing_keys": list(result.missing),
            "optional_present": [LABELS[k] for k in result.optional],
        })
    else:
        print(f"{detail.spec.name}: {result.sentence()}")
    return 0 if result.complete else 1
