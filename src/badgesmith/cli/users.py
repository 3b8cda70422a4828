"""Commands about the people of a shared workspace: who signs in, in which role."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from badgesmith.cli.common import open_workspace, print_json

ENV_NEW_PASSWORD = "BADGESMITH_NEW_PASSWORD"


def cmd_users_list(args: argparse.Namespace) -> int:
    from badgesmith.core.services import shared_database

    with open_workspace(args) as ws:
        people = shared_database.list_people(ws)
    if args.json:
        print_json([{"name": n, "role": r.value, "may_sign_in": ok} for n, r, ok in people])
    else:
        for name, role, ok in people:
            print(f"{name}\t{role.value}" + ("" if ok else "\t(removed: cannot sign in)"))
    return 0


def cmd_users_add(args: argparse.Namespace) -> int:
    from badgesmith.core.errors import ValidationError
    from badgesmith.core.services import shared_database
    from badgesmith.core.services.shared_database import Role

    password = os.environ.get(ENV_NEW_PASSWORD)
    if password is None:
        if not sys.stdin.isatty():
            raise ValidationError(f"Give the new person's password in ${ENV_NEW_PASSWORD} or run in a terminal.")
        password = getpass.getpass(f"Password for {args.name}: ")
        if getpass.getpass("The same again: ") != password:
            raise ValidationError("The two passwords differ; nothing was changed.")
    with open_workspace(args) as ws:
        shared_database.add_person(ws, args.name, password, Role(args.role))
    print(f"{args.name} can now sign in as {args.role}.")
    return 0


def cmd_users_role(args: argparse.Namespace) -> int:
    from badgesmith.core.services import shared_database
    from badgesmith.core.services.shared_database import Role

    with open_workspace(args) as ws:
        shared_database.change_role(ws, args.name, Role(args.role))
    print(f"{args.name} is now {args.role}.")
    return 0


def cmd_users_remove(args: argparse.Namespace) -> int:
    from badgesmith.core.services import shared_database

    with open_workspace(args) as ws:
        shared_database.remove_person(ws, args.name)
    print(f"{args.name} can no longer sign in; the audit log keeps what they did under their name.")
    return 0
