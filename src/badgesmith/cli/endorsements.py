"""Commands about endorsements: the provider's request and import, the endorser's signature."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from badgesmith.cli.common import open_workspace, passphrase, print_json


def cmd_endorsement_request(args: argparse.Namespace) -> int:
    from badgesmith.core.services import achievements, endorsements

    with open_workspace(args) as ws:
        aid = achievements.find_achievement(ws, args.achievement)
        out = endorsements.export_request(ws, aid, Path(args.out))
        name = achievements.get_achievement(ws, aid).spec.name
    print(f"Wrote the endorsement request for {name} to {out}. Send it to the employer or professional body; "
          "they sign it with 'badgesmith endorse' and send you the endorsement to add with "
          "'badgesmith achievements add-endorsement'.")
    return 0


def cmd_endorse(args: argparse.Namespace) -> int:
    from badgesmith.core.errors import ValidationError
    from badgesmith.core.services import endorsements

    until = None
    if args.valid_until:
        try:
            until = date.fromisoformat(args.valid_until.strip())
        except ValueError:
            raise ValidationError(f"'{args.valid_until}' is not a date: write it as YYYY-MM-DD, "
                                  "e.g. 2027-12-31.") from None
    with open_workspace(args) as ws:
        request = endorsements.read_request(Path(args.request))  # a wrong file is said before the passphrase
        print(f"Endorsing {request.achievement_name} ({request.achievement_id}), awarded by {request.provider_name}.")
        done = endorsements.endorse(ws, Path(args.request), Path(args.out), passphrase(), comment=args.comment,
                                    valid_until=until)
    print(f"Wrote the signed endorsement to {done.path}"
          + (f" (valid until {done.valid_until.isoformat()})." if done.valid_until else ".")
          + f" Send it to {done.provider_name}, together with your issuer card "
            "('badgesmith export issuer-card OUT') if they do not have it yet.")
    return 0


def cmd_add_endorsement(args: argparse.Namespace) -> int:
    from badgesmith.core.services import achievements, endorsements

    with open_workspace(args) as ws:
        aid = achievements.find_achievement(ws, args.achievement)
        info = endorsements.add_endorsement(ws, aid, Path(args.file))
    if args.json:
        print_json(info)
    else:
        print(f"Added the endorsement by {info.endorser_name} ({info.endorser_did}). {info.sentence}")
    return 0


def cmd_endorsements_list(args: argparse.Namespace) -> int:
    from badgesmith.core.services import achievements, endorsements

    with open_workspace(args) as ws:
        aid = achievements.find_achievement(ws, args.achievement)
        items = endorsements.list_endorsements(ws, aid)
    if args.json:
        print_json([dict(vars(i), carried=i.carried) for i in items])
        return 0
    if not items:
        print("No endorsements yet.")
    for i in items:
        until = f", valid until {i.valid_until.isoformat()}" if i.valid_until else ""
        print(f"{i.endorser_name} ({i.endorser_did}), version {i.version}{until}: {i.sentence}")
        if i.comment:
            print(f"  “{i.comment}”")
    return 0
