"""Commands for awarding: issue, verify, the register, exports, selfcheck."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

from badgesmith.cli.common import confirm, open_workspace, passphrase, print_json, report
from badgesmith.core.services.csv_style import csv_style

SELFCHECK_PASSPHRASE = "selfcheck passphrase"  # a throwaway workspace's, deleted at the end


def cmd_issue(args: argparse.Namespace) -> int:
    from badgesmith.core.services import achievements, cohorts, issuing, pathway_awards, pathways

    with open_workspace(args) as ws:
        if args.pathway:
            cohort_id = pathway_awards.pathway_cohort(ws, pathways.find_pathway(ws, args.pathway))
        else:
            cohort_id = cohorts.find_cohort(ws, args.cohort)
        if args.certificate_language:
            language = None if args.certificate_language == "design" else args.certificate_language
            cohorts.set_certificate_language(ws, cohort_id, language)
        out = Path(args.out) if args.out else Path.cwd() / "certificates"
        eu_note = achievements.eu_note(ws, cohorts.get_cohort(ws, cohort_id).achievement_id)
        if eu_note is not None:  # said before the passphrase is asked for; --json keeps stdout for the JSON
            print(f"Note: {eu_note}", file=sys.stderr if args.json else sys.stdout)
        renew_revoked = False
        if args.reissue and args.learner:
            revoked = [r for r in issuing.plan_issue(ws, cohort_id) if r.revoked and r.learner_id in args.learner]
            if revoked:
                names = ", ".join(f"{r.name} ({r.credential_id})" for r in revoked)
                question = (f"These credentials were revoked: {names}. Renewing issues each learner a new, valid "
                            "credential; the revoked one stays revoked and keeps showing as revoked. Renew?")
                renew_revoked = args.yes or confirm(question)
        pw = passphrase()
        if args.json or not sys.stderr.isatty():
            summary = issuing.issue_batch(ws, cohort_id, pw, out, learner_ids=args.learner or None,
                                          reissue=args.reissue, renew_revoked=renew_revoked,
                                          csv_style=csv_style(args.csv_style))
        else:
            summary = _issue_with_bar(ws, cohort_id, pw, out, args, renew_revoked)
    return report(summary, args.json)


def _issue_with_bar(ws: Any, cohort_id: int, pw: str, out: Path, args: argparse.Namespace,
                    renew_revoked: bool) -> Any:
    from rich.console import Console
    from rich.markup import escape
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    from badgesmith.core.services import issuing
    from badgesmith.terminal import escape_controls

    # the bar draws with ANSI codes on the real terminal; the names in it are escaped here
    console = Console(file=sys.__stderr__)
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeRemainingColumn(), transient=True, console=console) as bar:
        task = bar.add_task("Issuing", total=None)

        def progress(done: int, total: int, label: str) -> None:
            name = escape(escape_controls(label[:30]))
            bar.update(task, completed=done, total=total or None, description=f"Issuing {name:<30}")

        return issuing.issue_batch(ws, cohort_id, pw, out, learner_ids=args.learner or None,
                                   reissue=args.reissue, renew_revoked=renew_revoked, progress=progress,
                                   csv_style=csv_style(args.csv_style))


def cmd_verify(args: argparse.Namespace) -> int:
    from badgesmith.core.services import verification

    with open_workspace(args) as ws:
        reports = []
        for item in args.files:
            p = Path(item)
            if not p.exists() and _looks_like_path(item):
                from badgesmith.core.errors import NotFound

                raise NotFound(f"There is no file {item}.")
            reports.append(verification.verify_path(ws, p) if p.exists() else verification.verify_text(ws, item))
    if args.json:
        print_json([r.as_dict() for r in reports])
    else:
        for r in reports:
            print("\n".join(r.lines()))
    return 0 if reports and all(r.verified for r in reports) else 1


def _looks_like_path(text: str) -> bool:
    """A mistyped file name must not be verified as if it were QR text."""
    if text.upper().startswith(("BS1:", "HTTP://", "HTTPS://")) or text.lstrip().startswith("{"):
        return False
    return "/" in text or "\\" in text or Path(text).suffix.lower() in (".pdf", ".json", ".png", ".svg", ".jpg", ".jpeg")


def cmd_revoke(args: argparse.Namespace) -> int:
    from badgesmith.core.services import register

    with open_workspace(args) as ws:
        d = register.revoke(ws, args.credential_id, args.reason, passphrase())
        flagged = register.flagged_by(ws, d.row.id)
    print(f"Revoked {d.row.id} ({d.row.recipient_name}, {d.row.achievement_name}): {d.row.revocation_reason}")
    for f in flagged:
        print(f"Flagged for review, not revoked: {f.id} ({f.achievement_name}). {f.review}")
    return 0


def cmd_reinstate(args: argparse.Namespace) -> int:
    from badgesmith.core.services import register

    with open_workspace(args) as ws:
        d = register.get_credential(ws, args.credential_id)
        question = (f"Reinstate the credential of {d.row.recipient_name} ({d.row.achievement_name})? It was "
                    f"revoked because: {d.row.revocation_reason or 'no reason recorded'}. Once reinstated it "
                    "verifies as valid again.")
        if not args.yes and not confirm(question):
            print("Nothing was changed.")
            return 1
        d = register.reinstate(ws, args.credential_id, passphrase())
    print(f"Reinstated {d.row.id} ({d.row.recipient_name}, {d.row.achievement_name}).")
    return 0


def cmd_credentials_list(args: argparse.Namespace) -> int:
    from badgesmith.core.services import register

    with open_workspace(args) as ws:
        rows = register.list_credentials(ws, args.search or "", args.status, limit=args.limit)
    if args.json:
        print_json(rows)
    else:
        for r in rows:
            until = f" until {r.valid_until.date()}" if r.valid_until else ""
            print(f"{r.id}  {r.status:<8} {r.issued_at.date()}{until}  {r.recipient_name} — {r.achievement_name}")
            if r.review:
                print(f"    needs review: {r.review}")
    return 0


def cmd_credentials_keep(args: argparse.Namespace) -> int:
    from badgesmith.core.services import register

    with open_workspace(args) as ws:
        d = register.keep_after_review(ws, args.credential_id)
    print(f"Kept {d.row.id} ({d.row.recipient_name}, {d.row.achievement_name}); it no longer waits for a review.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from badgesmith.core.services import issuer, register

    kind = args.export
    out = Path(args.out)
    with open_workspace(args) as ws:
        if kind == "status-list":
            for path, url in register.export_status_lists(ws, passphrase(), out):
                print(f"Publish {path} at {url}")
        elif kind == "verify-page":
            register.export_verify_page(ws, out)
        elif kind == "learners":
            register.export_learners_csv(ws, out, csv_style(args.csv_style))
        elif kind == "results":
            from badgesmith.core.services import assessment, cohorts

            if not args.cohort:
                from badgesmith.core.errors import ValidationError

                raise ValidationError("Say which cohort's results to export: --cohort COHORT.")
            assessment.export_results_csv(ws, cohorts.find_cohort(ws, args.cohort), out,
                                          csv_style(args.csv_style))
        elif kind == "issuer-card":
            issuer.export_issuer_card(ws, passphrase(), out)
        elif kind == "key-backup":
            issuer.export_key_backup(ws, out)
            print("This file holds your signing key, encrypted under your passphrase. "
                  "Keep it safe and apart from the passphrase.")
    print(f"Wrote {out}")
    return 0


def cmd_selfcheck(args: argparse.Namespace) -> int:
    """Temporary workspace, one credential with its PDF, both verified: exit 0 if all is well."""
    from badgesmith.core.services import achievements as ach
    from badgesmith.core.services import (
        assessment,
        cohorts,
        issuer,
        issuing,
        learners,
        verification,
        workspaces,
    )

    steps: list[tuple[str, bool]] = []
    with tempfile.TemporaryDirectory(prefix="badgesmith-selfcheck-") as tmp:
        ws = workspaces.open_workspace(Path(tmp) / "ws")
        try:
            issuer.init_issuer(ws, "Selfcheck Issuer", SELFCHECK_PASSPHRASE, url="https://selfcheck.example.org")
            a = ach.create_achievement(ws, ach.AchievementSpec(
                name="Selfcheck", criteria=(ach.CriterionSpec("Attendance", "status"),)))
            c = cohorts.create_cohort(ws, "Selfcheck cohort", a.id)
            lr = learners.add_learner(ws, "Zoë Ñúñez Γιώργος", "selfcheck@example.org")
            cohorts.enrol(ws, c.id, [lr.id])
            crit = assessment.criteria_for_cohort(ws, c.id)[0]
            assessment.record_result(ws, c.id, lr.id, crit.id, "attended")
            summary = issuing.issue_batch(ws, c.id, SELFCHECK_PASSPHRASE, Path(tmp) / "out", workers=1)
            steps.append(("issue one credential with its PDF", len(summary.issued) == 1 and summary.complete))
            if summary.issued:
                item = summary.issued[0]
                steps.append(("verify the credential JSON", verification.verify_path(ws, item.json).verified))
                steps.append(("verify the PDF (embedded credential and QR)", verification.verify_path(ws, item.pdf).verified))
        finally:
            ws.close()
    for name, ok in steps:
        print(f"[{'ok' if ok else 'FAILED'}] {name}")
    ok_all = len(steps) == 3 and all(ok for _, ok in steps)
    print("Selfcheck passed." if ok_all else "Selfcheck FAILED.")
    return 0 if ok_all else 1
