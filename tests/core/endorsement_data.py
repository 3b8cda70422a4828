"""Two real workspaces for endorsement tests: a provider (passphrase "secret phrase") with an
achievement, and an endorser, an employers' guild (passphrase "guild passphrase"), whose signed
endorsement of it sits in a file; and credentials that carry whatever endorsements a test gives."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from badgesmith.core.credentials import endorsement, ob3
from badgesmith.core.credentials.dataintegrity import sign
from badgesmith.core.credentials.didweb import signing_method
from badgesmith.core.services import achievements as ach
from badgesmith.core.services import credential_data, endorsements, issuer, verification
from badgesmith.core.services.verification import Report
from badgesmith.core.store.workspace import Workspace
from tests.core.pathway_data import achievement
from tests.core.record_data import PASSPHRASE, workspace_key
from tests.pgdatabases import copy_workspace

GUILD = "Guild of Employers"
GUILD_PASSPHRASE = "guild passphrase"
COMMENT = "Exactly what our members look for when they hire."
UNTIL = date(2031, 12, 31)


@dataclass
class Pair:
    folder: Path
    provider: Workspace
    endorser: Workspace
    achievement_id: int  # "Forklift Safety", the provider's
    other_id: int  # "Crane Safety", another achievement of the provider
    request: Path
    endorsement: Path  # the guild's signed endorsement of Forklift Safety
    card: Path  # the guild's issuer card

    def close(self) -> None:
        self.provider.close()
        self.endorser.close()


def make_pair(folder: Path) -> Pair:
    provider = Workspace.open(folder / "provider")
    issuer.init_issuer(provider, "Northbridge Training", PASSPHRASE, url="https://northbridge.example.org")
    endorser = Workspace.open(folder / "endorser")
    issuer.init_issuer(endorser, GUILD, GUILD_PASSPHRASE, url="https://guild.example.org")
    aid, other = achievement(provider, "Forklift Safety"), achievement(provider, "Crane Safety")
    request = endorsements.export_request(provider, aid, folder / "request.json")
    signed = endorsements.endorse(endorser, request, folder / "endorsement.json", GUILD_PASSPHRASE,
                                  comment=COMMENT, valid_until=UNTIL).path
    card = issuer.export_issuer_card(endorser, GUILD_PASSPHRASE, folder / "guild-card.json")
    return Pair(folder, provider, endorser, aid, other, request, signed, card)


def reopen(made: Path, folder: Path) -> Pair:
    """A copy of the pair ``make_pair`` made (and closed) in ``made``, opened in ``folder``: each test
    gets its own, without paying for two key derivations and a signature again."""

    copy_workspace(made, folder, dirs_exist_ok=True)
    provider, endorser = Workspace.open(folder / "provider"), Workspace.open(folder / "endorser")
    ids = {a.name: a.id for a in ach.list_achievements(provider)}
    return Pair(folder, provider, endorser, ids["Forklift Safety"], ids["Crane Safety"], folder / "request.json",
                folder / "endorsement.json", folder / "guild-card.json")


def load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def credential_carrying(ws: Workspace, achievement_id: int, carried: list[Any], *,
                        name: str = "Ana Lima", passphrase: str = PASSPHRASE) -> dict[str, Any]:
    """A credential for the achievement's current version signed by the provider's own key, its
    achievement carrying ``carried`` (as a dishonest provider could embed anything)."""
    _, key = workspace_key(ws, passphrase)
    with ws.read_session() as s:
        ctx = credential_data.issue_context(s, None, ach.current_version(s, achievement_id), key.did)
    at = datetime(2026, 3, 1, 9, tzinfo=UTC)
    doc = ob3.build_credential(ob3.CredentialInput(
        issuer=ctx.issuer, achievement=replace(ctx.achievement, endorsements=tuple(carried)),
        recipient=ob3.RecipientInfo(name, "ana@example.org"), valid_from=at))
    raw = key.private_key.public_key().public_bytes_raw()
    return sign(doc, key.private_key, signing_method(ctx.issuer.did, raw), at)


def endorsement_by(private_key: Any, endorser: ob3.IssuerProfile, subject: str, *, comment: str | None = COMMENT,
                   valid_from: datetime | None = None, valid_until: datetime | None = None,
                   vm: str | None = None) -> dict[str, Any]:
    """An endorsement of ``subject`` naming ``endorser``, signed by ``private_key`` (any key: a forger's too)."""
    when = valid_from or datetime(2026, 1, 5, 10, tzinfo=UTC)
    doc = endorsement.build_endorsement(endorsement.EndorsementInput(
        endorser, subject, "Forklift Safety", "Northbridge Training", when, valid_until, comment))
    raw = private_key.public_key().public_bytes_raw()
    return sign(doc, private_key, vm or signing_method(endorser.did, raw), when)


def verify_doc(ws: Workspace, doc: dict[str, Any], name: str = "credential.json") -> Report:
    return verification.verify_data(ws, name, json.dumps(doc, ensure_ascii=False).encode("utf-8"))


def endorsed_lines(report: Report) -> list[str]:
    return [line for line in report.lines() if "Endorsed by" in line]
