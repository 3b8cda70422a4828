"""The command line: the same services as the desktop app, without a window.

Errors a user can cause print one clear line on stderr and exit 1; bad usage exits 2.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from badgesmith import __version__
from badgesmith.terminal import SafeTerminalText

ENV_PASSPHRASE = "BADGESMITH_PASSPHRASE"
log = logging.getLogger("badgesmith.cli")

Handler = Callable[[argparse.Namespace], int]


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


def open_workspace(args: argparse.Namespace, create: bool = False):  # type: ignore[no-untyped-def]
    from badgesmith.core.store.workspace import Workspace, default_workspace_dir

    folder = Path(args.workspace) if args.workspace else default_workspace_dir()
    return Workspace.open(folder, create=create)


# --- handlers ---------------------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    from badgesmith.core.services.demo import create_demo

    ws = create_demo(Path(args.dir), args.learners)
    ws.close()
    n = args.learners if args.learners is not None else 60
    print(f"Demo workspace created in {args.dir} with {n} learners (passphrase: demo).")
    return 0


def cmd_init(args: argparse.Namespace) -> int:
    from badgesmith.core.services import issuer

    ws = open_workspace(args, create=True)
    with ws:
        pw = passphrase("Choose a passphrase for the signing key: ")
        if os.environ.get(ENV_PASSPHRASE) is None and getpass.getpass("Repeat it: ") != pw:
            print("The passphrases differ; nothing was created.", file=sys.stderr)
            return 1
        info = issuer.init_issuer(ws, args.issuer_name, pw, url=args.issuer_url, email=args.issuer_email)
        print(f"Workspace ready in {ws.folder}")
        print(f"Issuer: {info.name}\nKey:    {info.did}\nFingerprint: {info.fingerprint}")
        print("Back up the signing key now: badgesmith export key-backup FILE")
    return 0


def cmd_learners_import(args: argparse.Namespace) -> int:
    from badgesmith.core.services import roster

    ws = open_workspace(args)
    with ws:
        preview = roster.preview_learner_import(ws, Path(args.file))
        if args.json:
            print_json(preview.as_dict())
        else:
            for line in preview.report_lines():
                print(line)
        if args.dry_run:
            print("Dry run: nothing was imported.")
            return 0
        n = roster.commit_learner_import(ws, preview)
        print(f"Imported {n} learners.")
    return 0


def cmd_learners_list(args: argparse.Namespace) -> int:
    from badgesmith.core.services import learners

    with open_workspace(args) as ws:
        rows = learners.list_learners(ws, args.search or "", limit=args.limit)
        if args.json:
            print_json(rows)
        else:
            for r in rows:
                print(f"{r.id:>6}  {r.name}  <{r.email or ''}>  {r.student_number or ''}")
    return 0


def cmd_results_import(args: argparse.Namespace) -> int:
    from badgesmith.core.services import cohorts, roster

    with open_workspace(args) as ws:
        cohort_id = cohorts.find_cohort(ws, args.cohort)
        preview = roster.preview_results_import(ws, cohort_id, Path(args.file))
        for line in preview.report_lines():
            print(line)
        if args.dry_run:
            print("Dry run: nothing was imported.")
            return 0
        n = roster.commit_results_import(ws, cohort_id, preview)
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


def cmd_backup(args: argparse.Namespace) -> int:
    from badgesmith.core.services import backups
    from badgesmith.core.store.models import SigningKey

    with open_workspace(args) as ws:
        with ws.read_session() as s:
            has_key = s.query(SigningKey.id).first() is not None
        out = backups.backup(ws, Path(args.out), passphrase("Signing key passphrase (the backup is signed): ")
                             if has_key else None)
    print(f"Backup written to {out}" + ("" if has_key else " (unsigned: this workspace has no key yet)"))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from badgesmith.core.services import backups
    from badgesmith.core.store.workspace import default_workspace_dir

    folder = Path(args.workspace) if args.workspace else default_workspace_dir()
    report = backups.inspect_restore(folder, Path(args.file))
    for line in report.lines():
        print(line)
    if report.needs_confirmation and not args.yes and not confirm(
            f"Replace the workspace in {folder} with this backup?"):
        print("Nothing was changed.")
        return 1
    previous = backups.restore(folder, Path(args.file), report)
    print(f"Workspace in {folder} restored from {args.file}.")
    if previous:
        print(f"The replaced workspace was kept as {previous}.")
    return 0


def cmd_audit_check(args: argparse.Namespace) -> int:
    from badgesmith.core.store import audit

    with open_workspace(args) as ws, ws.read_session() as s:
        problems = audit.check_chain(s)
    for p in problems:
        print(p.message)
    if not problems:
        print("The audit log is intact.")
    return 1 if problems else 0


# --- parser -----------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="badgesmith",
        description="Award signed Open Badges 3.0 credentials with QR-coded PDF certificates.",
    )
    p.add_argument("--version", action="version", version=f"badgesmith {__version__}")
    p.add_argument("--workspace", metavar="DIR", help="workspace folder (or $BADGESMITH_WORKSPACE)")
    p.add_argument("--demo", action="store_true", help="launch the app on a fresh demo workspace")
    sub = p.add_subparsers(dest="command", metavar="SUBCOMMAND")

    def add(name: str, handler: Handler, help: str, parent: Any = sub) -> argparse.ArgumentParser:
        sp = parent.add_parser(name, help=help, description=help)
        sp.set_defaults(handler=handler)
        return sp

    d = add("demo", cmd_demo, "create a populated demo workspace (passphrase: demo)")
    d.add_argument("dir")
    d.add_argument("--learners", type=int, metavar="N", help="N learners in one all-eligible attendance cohort")

    i = add("init", cmd_init, "set up the issuer and its signing key")
    i.add_argument("--issuer-name", required=True)
    i.add_argument("--issuer-url")
    i.add_argument("--issuer-email")

    lp = sub.add_parser("learners", help="import and list learners")
    ls = lp.add_subparsers(dest="sub", metavar="ACTION", required=True)
    li = add("import", cmd_learners_import, "import learners from CSV or XLSX", ls)
    li.add_argument("file")
    li.add_argument("--dry-run", action="store_true", help="only print the per-row report")
    li.add_argument("--json", action="store_true")
    ll = add("list", cmd_learners_list, "list learners", ls)
    ll.add_argument("--search")
    ll.add_argument("--limit", type=int, default=1000)
    ll.add_argument("--json", action="store_true")

    rp = sub.add_parser("results", help="import assessment results")
    rs = rp.add_subparsers(dest="sub", metavar="ACTION", required=True)
    ri = add("import", cmd_results_import, "import results for a cohort from CSV or XLSX", rs)
    ri.add_argument("file")
    ri.add_argument("--cohort", required=True, help="cohort id or name")
    ri.add_argument("--dry-run", action="store_true")

    cp = sub.add_parser("cohorts", help="list cohorts")
    cs = cp.add_subparsers(dest="sub", metavar="ACTION", required=True)
    add("list", cmd_cohorts_list, "list cohorts", cs).add_argument("--json", action="store_true")

    ap = sub.add_parser("achievements", help="list achievements")
    a_s = ap.add_subparsers(dest="sub", metavar="ACTION", required=True)
    add("list", cmd_achievements_list, "list achievements", a_s).add_argument("--json", action="store_true")

    add("backup", cmd_backup, "back up the workspace to one archive").add_argument("out")
    rs = add("restore", cmd_restore, "restore the workspace from a backup archive (checked fully first)")
    rs.add_argument("file")
    rs.add_argument("--yes", action="store_true", help="accept the keys and signature the backup brings (scripts)")

    aud = sub.add_parser("audit", help="the audit log")
    au = aud.add_subparsers(dest="sub", metavar="ACTION", required=True)
    add("check", cmd_audit_check, "check the audit log's hash chain", au)

    for extend in _EXTENSIONS:
        extend(sub, add)
    return p


# Later capabilities register their subcommands here (credentials, certificates, issuing).
_EXTENSIONS: list[Callable[[Any, Callable[..., argparse.ArgumentParser]], None]] = []


def _register_extensions() -> None:
    from badgesmith import cli_awarding

    _EXTENSIONS[:] = [cli_awarding.register]


def user_errors() -> tuple[type[BaseException], ...]:
    # Every error a user can cause derives from BadgesmithError (credentials, paper, imports).
    from badgesmith.core.credentials.errors import CredentialError
    from badgesmith.core.errors import BadgesmithError

    return (BadgesmithError, CredentialError)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; every line it prints shows control characters as escapes."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = SafeTerminalText(out), SafeTerminalText(err)  # type: ignore[assignment]
    try:
        return _main(argv)
    finally:
        sys.stdout, sys.stderr = out, err


def _main(argv: Sequence[str] | None) -> int:
    from badgesmith.logs import log_dir, setup_logging

    _register_extensions()
    parser = build_parser()
    args = parser.parse_args(argv)
    setup_logging()
    log.info("badgesmith %s: %s", __version__, args.command or "desktop app")
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        if args.command:
            parser.parse_args([args.command, "--help"])
        from badgesmith.launcher import launch

        return launch(workspace=args.workspace, demo=args.demo)
    from sqlalchemy.exc import SQLAlchemyError

    try:
        return handler(args)
    except user_errors() as exc:
        message = getattr(exc, "message", None) or str(exc)
        log.info("refused: %s", message)
        print(f"badgesmith: {message}", file=sys.stderr)
        return 1
    except SQLAlchemyError as exc:  # never echo the statement: it can hold credential data
        reason = getattr(exc, "orig", None) or exc.__class__.__name__
        log.error("workspace database error: %s", reason)
        print(f"badgesmith: the workspace database could not be used ({reason}). If Badgesmith "
              "is open on this workspace, wait for it to finish and try again.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("badgesmith: interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. piped into `head`: not an error worth a traceback
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except MemoryError:
        log.error("out of memory running %s", args.command)
        print("badgesmith: the computer ran out of memory for this task; nothing was half-written.",
              file=sys.stderr)
        return 1
    except Exception:  # a bug: the user gets one sentence and where the details are, never a traceback
        log.exception("internal error running %s", args.command)
        print(f"badgesmith: an internal error stopped this command; nothing was half-written. Details "
              f"are in the log in {log_dir()}.", file=sys.stderr)
        return 70


if __name__ == "__main__":
    raise SystemExit(main())
