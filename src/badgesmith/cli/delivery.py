"""Commands for delivery: packages and drafts, sending, the outbox, baking badges."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from badgesmith.cli.common import open_workspace, passphrase, print_json, report
from badgesmith.core.credentials import baking
from badgesmith.core.credentials.jsontext import read_json
from badgesmith.core.delivery.smtp import DEFAULT_PORTS, SmtpSettings
from badgesmith.core.errors import ValidationError
from badgesmith.core.fileio import atomic_write_bytes, read_limited
from badgesmith.core.services import cohorts, delivery

if TYPE_CHECKING:
    from badgesmith.core.store.workspace import Workspace

ENV_SMTP_PASSWORD = "BADGESMITH_SMTP_PASSWORD"


def cmd_deliver(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        cohort_id = cohorts.find_cohort(ws, args.cohort)
        summary = delivery.deliver(ws, cohort_id, Path(args.out), passphrase())
    for line in summary.lines():
        print(line)
    return 0


def _settings(ws: Workspace, args: argparse.Namespace) -> SmtpSettings:
    saved = delivery.get_smtp(ws)
    given = any(v is not None for v in (args.smtp_host, args.smtp_port, args.smtp_security, args.smtp_user,
                                          args.from_address))
    if saved is None and not args.smtp_host:
        raise ValidationError("No mail account is set up yet: give --smtp-host (and --from) once; "
                              "the settings are remembered.")
    security = args.smtp_security or (saved.security if saved else "starttls")
    port = args.smtp_port or (saved.port if saved and not args.smtp_security else DEFAULT_PORTS[security])
    s = SmtpSettings(
        host=args.smtp_host or (saved.host if saved else ""),
        port=port, security=security,
        user=args.smtp_user if args.smtp_user is not None else (saved.user if saved else None),
        from_address=args.from_address or (saved.from_address if saved else ""),
        from_name=saved.from_name if saved else "",
    )
    if given:
        s = delivery.save_smtp(ws, s)
    return s


def cmd_send(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        cohort_id = cohorts.find_cohort(ws, args.cohort)
        settings = _settings(ws, args)
        pw = passphrase()
        password = os.environ.get(ENV_SMTP_PASSWORD)
        if password is None and settings.user and not delivery.has_smtp_password(ws):
            if not sys.stdin.isatty():
                raise ValidationError(f"The mail account needs a password: set {ENV_SMTP_PASSWORD} or run in a terminal.")
            password = getpass.getpass(f"Password for {settings.user} at {settings.host}: ")

        def progress(done: int, total: int, label: str) -> None:
            if not args.json:
                print(f"{done}/{total} {label}", file=sys.stderr)

        summary = delivery.send(ws, cohort_id, pw, password=password, settings=settings,
                                rate_per_minute=args.rate, progress=progress)
    return report(summary, args.json)


def cmd_outbox_list(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        cohort_id = cohorts.find_cohort(ws, args.cohort) if args.cohort else None
        rows = delivery.outbox(ws, cohort_id)
    if args.json:
        print_json([r.as_dict() for r in rows])
        return 0
    for r in rows:
        reply = f"  {r.server_reply}" if r.server_reply else ""
        print(f"{r.state:<13} {r.learner:<30} {r.address:<32} {r.achievement}{reply}")
    return 0


def cmd_bake(args: argparse.Namespace) -> int:
    text = read_limited(Path(args.credential), baking.MAX_CREDENTIAL_BYTES, "a credential").decode("utf-8", "strict")
    doc = read_json(text)
    if not isinstance(doc, dict):
        raise ValidationError("The JSON is not a credential.")
    image = read_limited(Path(args.image), baking.MAX_BAKED_IMAGE_BYTES, "a PNG or SVG image")
    atomic_write_bytes(Path(args.out), baking.bake(image, doc))
    print(f"Baked the credential into {args.out}")
    return 0


def cmd_unbake(args: argparse.Namespace) -> int:
    image = read_limited(Path(args.image), baking.MAX_BAKED_IMAGE_BYTES, "a PNG or SVG image")
    text = baking.unbake(image)
    try:
        print(json.dumps(json.loads(text), ensure_ascii=False, indent=2))
    except ValueError:
        raise ValidationError("The baked credential is not readable JSON.") from None
    return 0
