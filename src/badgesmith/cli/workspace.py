"""Commands about the workspace itself: demo, init, backup, restore, the audit log."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from badgesmith.cli.common import (
    ENV_PASSPHRASE,
    confirm,
    open_workspace,
    passphrase,
    print_json,
    workspace_folder,
)

if TYPE_CHECKING:
    from badgesmith.core.store.workspace import Workspace


def cmd_demo(args: argparse.Namespace) -> int:
    from badgesmith.core.services.demo import create_demo
    from badgesmith.core.services.shared_database import ENV_DATABASE_URL

    database = args.database or os.environ.get(ENV_DATABASE_URL)
    ws = create_demo(Path(args.dir), args.learners, database=database)
    where = ws.where()
    ws.close()
    n = args.learners if args.learners is not None else 60
    print(f"Demo workspace created in {where} with {n} learners (passphrase: demo).")
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


def cmd_backup(args: argparse.Namespace) -> int:
    from badgesmith.core.services import backups, issuer

    with open_workspace(args) as ws:
        has_key = issuer.has_key(ws)
        out = backups.backup(ws, Path(args.out), passphrase("Signing key passphrase (the backup is signed): ")
                             if has_key else None)
    print(f"Backup written to {out}" + ("" if has_key else " (unsigned: this workspace has no key yet)"))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from badgesmith.core.services import shared_database

    if getattr(args, "database", None) or os.environ.get(shared_database.ENV_DATABASE_URL):
        with open_workspace(args) as ws:  # a shared workspace named by its address: its rows are replaced
            return _restore(args, ws, ws.where())
    folder = workspace_folder(args)  # this computer's, or the local side of a shared one
    return _restore(args, folder, str(folder))


def _restore(args: argparse.Namespace, target: Path | Workspace, shown: str) -> int:
    from badgesmith.core.services import backups

    report = backups.inspect_restore(target, Path(args.file))
    for line in report.lines():
        print(line)
    if report.needs_confirmation and not args.yes and not confirm(
            f"Replace the workspace {shown} with this backup?"):
        print("Nothing was changed.")
        return 1
    previous = backups.restore(target, Path(args.file), report)
    print(f"Workspace {shown} restored from {args.file}.")
    if previous:
        print(f"The replaced workspace was kept as {previous}.")
    return 0


def cmd_migrate_to(args: argparse.Namespace) -> int:
    from badgesmith.core.errors import SignInRefused
    from badgesmith.core.services import migration

    folder = workspace_folder(args)
    try:
        report = migration.migrate_to(folder, args.url)
    except SignInRefused:
        if not sys.stdin.isatty():
            raise
        report = migration.migrate_to(folder, args.url, getpass.getpass("Database password: "))
    if args.json:
        print_json(report.as_dict())
    else:
        for line in report.lines():
            print(line)
    return 0


def cmd_audit_check(args: argparse.Namespace) -> int:
    from badgesmith.core.services import workspaces

    with open_workspace(args) as ws:
        problems = workspaces.check_audit_log(ws)
    for p in problems:
        print(p.message)
    if not problems:
        print("The audit log is intact.")
    return 1 if problems else 0
