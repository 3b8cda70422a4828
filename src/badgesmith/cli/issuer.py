"""Commands for the issuer profile: show it, and set what the app's Settings set."""

from __future__ import annotations

import argparse
from typing import Any

from badgesmith.cli.common import open_workspace, print_json
from badgesmith.core.services import issuer
from badgesmith.core.services.publishing import address_warnings

_FIELDS = (("name", "Name"), ("url", "Web address"), ("email", "E-mail"), ("verify_page_url", "Verification page"),
           ("status_list_url", "Status list"), ("linkedin_org_id", "LinkedIn organisation id"),
           ("did_web", "did:web"), ("publish_credentials", "Publish credentials"), ("language", "Language"),
           ("country", "Country"), ("region", "Region"),
           ("issuer_did", "Issuer (DID)"), ("did", "Key (did:key)"), ("fingerprint", "Key fingerprint"))


def _shown(info: issuer.IssuerInfo) -> dict[str, Any]:
    return {key: getattr(info, key) for key, _label in _FIELDS}


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value) if value else "—"


def cmd_issuer_show(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        info = issuer.get_issuer(ws)
    if args.json:
        print_json(_shown(info))
        return 0
    for key, label in _FIELDS:
        print(f"{label + ':':<26}{_text(getattr(info, key))}")
    return 0


def cmd_issuer_set(args: argparse.Namespace) -> int:
    """Change only what is given; an empty value ("") clears an optional field."""
    with open_workspace(args) as ws:
        info = issuer.get_issuer(ws)

        def given(value: str | None, current: str | None) -> str | None:
            return current if value is None else (value.strip() or None)

        updated = issuer.update_issuer(
            ws, given(args.name, info.name) or info.name, given(args.url, info.url), given(args.email, info.email),
            info.description, info.logo,
            # left out: kept as stored (and not checked again, so an older setting never blocks a change)
            ... if args.verify_url is None else (args.verify_url.strip() or None),
            ... if args.status_url is None else (args.status_url.strip() or None),
            ... if args.linkedin_organization_id is None else (args.linkedin_organization_id.strip() or None),
            did_web=... if args.did_web is None else args.did_web,
            publish_credentials=... if args.publish_credentials is None else args.publish_credentials == "yes",
            language=... if args.language is None else args.language,
            country=... if args.country is None else args.country,
            region=... if args.region is None else args.region)
    for key, label in _FIELDS:
        if getattr(updated, key) != getattr(info, key):
            print(f"{label}: {_text(getattr(updated, key))}")
    for warning in address_warnings(updated):
        print(f"Note: {warning}")
    return 0
