"""Commands about people and what they study: learners, results, cohorts, achievements."""

from __future__ import annotations

import argparse
from pathlib import Path

from badgesmith.cli.common import confirm, open_workspace, print_json


def cmd_learners_import(args: argparse.Namespace) -> int:
    from badgesmith.core.services import importing

    ws = open_workspace(args)
    with ws:
        preview = importing.preview_learner_import(ws, Path(args.file))
        if args.json:
            print_json(preview.as_dict())
        else:
            for line in preview.report_lines():
                print(line)
        if args.dry_run:
            print("Dry run: nothing was imported.")
            return 0
        n = importing.commit_learner_import(ws, preview)
        print(f"Imported {n} learners.")
    return 0


def cmd_learners_list(args: argparse.Namespace) -> int:
    from badgesmith.core.services import learners

    with open_workspace(args) as ws:
        rows = learners.list_learners(ws, args.search or "", limit=args.limit, by_last_name=args.by_last_name)
        if args.json:
            print_json(rows)
        else:
            for r in rows:
                print(f"{r.id:>6}  {r.name}  <{r.email or ''}>  {r.student_number or ''}")
    return 0


def cmd_learners_add_credential(args: argparse.Namespace) -> int:
    from pathlib import Path

    from badgesmith.core.services import imported, learners

    with open_workspace(args) as ws:
        who = learners.find_learner(ws, args.learner)
        added = imported.add_credential(ws, who.id, Path(args.file))
    if args.json:
        print_json(added)
    else:
        print(f"Added {added.achievement_name} from {added.issuer_name} (awarded {added.awarded.isoformat()}) to "
              f"{who.name}'s record: it counts towards pathways that name it.")
    return 0


def cmd_learners_erase(args: argparse.Namespace) -> int:
    from badgesmith.core.services import erasure, learners

    with open_workspace(args) as ws:
        who = learners.find_learner(ws, args.learner)
        question = (f"Erase {who.name} <{who.email or 'no e-mail'}>? Their name, e-mail, results and certificate "
                    "files are deleted for good; their credentials stay in the register, without their name, "
                    "so they can still be verified and revoked. This cannot be undone.")
        if not (args.yes or confirm(question)):
            print("Nothing was erased.")
            return 1
        report = erasure.erase_learner(ws, who.id)
    if args.json:
        print_json(report)
    else:
        for line in report.lines():
            print(line)
    return 0


def cmd_results_import(args: argparse.Namespace) -> int:
    from badgesmith.core.services import cohorts, importing

    with open_workspace(args) as ws:
        cohort_id = cohorts.find_cohort(ws, args.cohort)
        preview = importing.preview_results_import(ws, cohort_id, Path(args.file))
        for line in preview.report_lines():
            print(line)
        if args.dry_run:
            print("Dry run: nothing was imported.")
            return 0
        n = importing.commit_results_import(ws, cohort_id, preview)
        print(f"Recorded {n} results.")
    return 0


def cmd_cohorts_list(args: argparse.Namespace) -> int:
    from badgesmith.core.services import cohorts

    with open_workspace(args) as ws:
        rows = cohorts.list_cohorts(ws)
        if args.json:
            print_json(rows)
        else:
            for c in rows:
                print(f"{c.id:>4}  {c.name}  [{c.achievement_name}]  {c.enrolled} enrolled, {c.issued} issued")
    return 0


def cmd_achievements_list(args: argparse.Namespace) -> int:
    from badgesmith.core.services import achievements

    with open_workspace(args) as ws:
        rows = achievements.list_achievements(ws)
        if args.json:
            print_json(rows)
        else:
            for a in rows:
                print(f"{a.id:>4}  {a.name}  (v{a.version}, {a.rule}, {a.credentials_issued} issued)")
    return 0
