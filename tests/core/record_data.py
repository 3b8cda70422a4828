"""Learners holding really signed credentials in a workspace (the `ws` fixture's issuer,
passphrase "secret phrase"), for learner-record tests: rows as the register keeps them, with the
signed JSON a record wraps."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime

from badgesmith.core.credentials import ob3
from badgesmith.core.credentials.dataintegrity import sign
from badgesmith.core.credentials.didweb import signing_method
from badgesmith.core.credentials.keys import UnlockedKey
from badgesmith.core.pathways.requirements import Group, LocalRef
from badgesmith.core.services import achievements as ach
from badgesmith.core.services import credential_data, issuer, pathways
from badgesmith.core.store.models import Credential, Learner
from badgesmith.core.store.workspace import Workspace
from tests.core.pathway_data import achievement, learner  # noqa: F401  (re-exported for the tests)

PASSPHRASE = "secret phrase"


_keys: dict[str, tuple[int, UnlockedKey]] = {}


def workspace_key(ws: Workspace, passphrase: str = PASSPHRASE) -> tuple[int, UnlockedKey]:
    folder = str(ws.folder)
    if folder not in _keys:
        _keys[folder] = issuer.unlock_key(ws, passphrase)
    return _keys[folder]


def signed_award(ws: Workspace, learner_id: int, achievement_id: int, day: date, *,
                 name: str | None = None, valid_until: datetime | None = None, passphrase: str = PASSPHRASE) -> str:
    """Sign and store a credential for the learner (under ``name`` if given, else theirs)."""
    key_id, key = workspace_key(ws, passphrase)
    cid = f"urn:uuid:{uuid.uuid4()}"
    at = datetime(day.year, day.month, day.day, 9, tzinfo=UTC)
    with ws.session() as s:
        version = ach.current_version(s, achievement_id)
        ctx = credential_data.issue_context(s, None, version, key.did)
        person = s.get(Learner, learner_id)
        assert person is not None
        recipient = ob3.RecipientInfo(name or person.name, person.email)
        doc = ob3.build_credential(ob3.CredentialInput(
            issuer=ctx.issuer, achievement=ctx.achievement, recipient=recipient, valid_from=at,
            valid_until=valid_until, credential_id=cid))
        raw = key.private_key.public_key().public_bytes_raw()
        signed = sign(doc, key.private_key, signing_method(ctx.issuer.did, raw), at)
        s.add(Credential(id=cid, learner_id=learner_id, achievement_id=achievement_id, version_id=version.id,
                         key_id=key_id, signed_json=json.dumps(signed, ensure_ascii=False),
                         recipient_name=recipient.name, achievement_name=version.name, awarded_date=at,
                         valid_from=at, valid_until=valid_until))
    return cid


def make_pathway(ws: Workspace, name: str, components: list[int]) -> int:
    pid = achievement(ws, name)
    pathways.set_requirement(ws, pid, Group(tuple(LocalRef(c) for c in components)))
    return pid
