"""Pathway commands: what each pathway requires, and how far a learner has come."""

from __future__ import annotations

import argparse

from badgesmith.cli.common import open_workspace, print_json


def cmd_pathways_list(args: argparse.Namespace) -> int:
    from badgesmith.core.services import pathways

    with open_workspace(args) as ws:
        rows = pathways.list_pathways(ws)
    if args.json:
        print_json(rows)
    elif not rows:
        print("No pathways yet: give an achievement requirements to make it one.")
    else:
        for p in rows:
            print(f"{p.achievement_id:>4}  {p.name}  (v{p.version}): {p.description}")
    return 0


def cmd_pathways_progress(args: argparse.Namespace) -> int:
    from badgesmith.core.services import learners, pathways

    with open_workspace(args) as ws:
        who = learners.find_learner(ws, args.learner)
        rows = pathways.progress(ws, who.id)
    if args.json:
        print_json({"learner_id": who.id, "learner": who.name, "pathways": rows})
        return 0
    if not rows:
        print("No pathways yet.")
    for p in rows:
        if p.met and p.award_date is not None:
            print(f"{p.achievement_id:>4}  {p.name}: complete on {p.award_date.isoformat()}")
        else:
            print(f"{p.achievement_id:>4}  {p.name}: not yet; " + "; ".join(p.needs))
    return 0


def cmd_pathways_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from badgesmith.core.services import pathways

    with open_workspace(args) as ws:
        rows = pathways.import_pathways(ws, Path(args.file))
    if args.json:
        print_json(rows)
    else:
        for p in rows:
            print(f"{p.achievement_id:>4}  {p.name}  (v{p.version}): {p.description}")
    return 0
