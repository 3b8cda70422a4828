"""Which Bitstring Status List each credential points at, and what each list must mark.

A status list is signed by one key and names one issuer, and verifiers (the reference stack among
them) want that issuer to be the credential's issuer: so each signing key, under each issuer DID,
gets its own list.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select

from badgesmith.core.credentials.didweb import is_did_web
from badgesmith.core.credentials.statuslist import list_size
from badgesmith.core.errors import NotFound
from badgesmith.core.services import issuer
from badgesmith.core.store.models import Credential, SigningKey
from badgesmith.core.store.workspace import Workspace


def _taken_by_another(s: Any, url: str, key_id: int, issuer_did: str) -> bool:
    """Does a credential of another key, or of another issuer DID, point at ``url``?"""
    if s.scalar(select(Credential.id).where(
        Credential.status_list_url == url,
        or_(Credential.key_id != key_id, Credential.issuer_did.is_(None), Credential.issuer_did != issuer_did),
    ).limit(1)) is not None:
        return True
    # A credential with a status entry but without the columns was written by a version before
    # schema 0013 that was still connected to a shared database when it was upgraded: its signed
    # text says (there are none otherwise, and the index finds that at once).
    for other_key, signed_json in s.execute(select(Credential.key_id, Credential.signed_json).where(
            Credential.status_list_url.is_(None), Credential.status_list_index.is_not(None))):
        used, did = _pointer(signed_json)
        if used == url and (other_key != key_id or did != issuer_did):
            return True
    return False


def _pointer(signed_json: str) -> tuple[str | None, str | None]:
    """The status list address a signed credential points at, and its issuer's DID (None: not said)."""
    doc = json.loads(signed_json)
    url = (doc.get("credentialStatus") or {}).get("statusListCredential")
    did = (doc.get("issuer") or {}).get("id")
    return (url if isinstance(url, str) else None), (did if isinstance(did, str) else None)


def status_list_url_for(s: Any, base: str, key_id: int, issuer_did: str) -> str:
    """The status list a key's credentials point at, signing for ``issuer_did``.

    The first to use the configured address keeps it; a later key (after a rotation) gets the
    address with a suffix of its own, e.g. ``.../status/1-k2``, and a key signing for a did:web
    adds one naming that DID, e.g. ``.../status/1-k2-w1a2b3c4d``. An address another key or DID
    already uses is never shared (a list is signed by one key for one issuer): ``-2``, ``-3``...
    follow.
    """
    latest = s.execute(select(Credential.status_list_url, Credential.issuer_did)
                       .where(Credential.status_list_index.is_not(None), Credential.key_id == key_id)
                       .order_by(Credential.issued_at.desc(), Credential.id.desc()).limit(1)).first()
    if latest is not None:  # keep whatever this key already uses for this issuer DID
        used, did = latest
        if used is not None and used.startswith(base) and did == issuer_did \
                and not _taken_by_another(s, used, key_id, issuer_did):
            return used
    if not _taken_by_another(s, base, key_id, issuer_did):  # the configured address itself, while free
        return base
    # a did:web gets a list of its own (and another did:web another one): a list names one issuer
    web = "-w" + hashlib.sha256(issuer_did.encode()).hexdigest()[:8] if is_did_web(issuer_did) else ""
    url = candidate = f"{base}-k{key_id}{web}"
    n = 1
    while _taken_by_another(s, url, key_id, issuer_did):
        n += 1
        url = f"{candidate}-{n}"
    return url


def _current_key_id(s: Any) -> int:
    key_id = s.scalar(select(SigningKey.id).where(SigningKey.status == "current"))
    if key_id is None:
        raise NotFound("This workspace has no signing key yet.")
    return int(key_id)


@dataclass(frozen=True)
class StatusListGroup:
    """One published status list: its address, the key and issuer DID that sign it, what it marks."""

    url: str
    key_id: int  # the key that signs it: that of the newest credential pointing at it
    issuer_did: str
    revoked: tuple[int, ...]
    size: int  # entries: at least 131,072, and enough for every index issued
    key_ids: tuple[int, ...]  # every key whose credentials point at it (one, unless an old clash)


def status_list_groups(ws: Workspace) -> list[StatusListGroup]:
    """Every status list credentials point at (whether or not an address is set now), plus the one
    the next credential will use when one is.

    A list marks every revoked credential that points at it, whichever key signed that credential:
    indexes are unique across the workspace, so one list can serve two keys whose credentials came
    to share an address (older workspaces could do that).
    """
    info = issuer.get_issuer(ws)
    with ws.read_session() as s:
        rows = s.execute(select(Credential.signed_json, Credential.key_id, Credential.status,
                                Credential.status_list_index)
                         .where(Credential.status_list_index.is_not(None))
                         .order_by(Credential.issued_at, Credential.id)).all()
        current_key = _current_key_id(s)
        next_url = (status_list_url_for(s, info.status_list_url, current_key, info.issuer_did or "")
                    if info.status_list_url else None)
    signer: dict[str, tuple[int, str]] = {}  # url -> (key id, issuer DID) of its newest credential
    keys: dict[str, set[int]] = {}
    revoked: dict[str, list[int]] = {}
    for signed_json, key_id, status, index in rows:
        url, issuer_id = _pointer(signed_json)
        if url is None or issuer_id is None:
            continue
        signer[url] = (key_id, issuer_id)
        keys.setdefault(url, set()).add(key_id)
        marked = revoked.setdefault(url, [])
        if status == "revoked" and index is not None:
            marked.append(index)
    if next_url is not None and next_url not in signer:
        signer[next_url] = (current_key, info.issuer_did or "")
        keys[next_url], revoked[next_url] = {current_key}, []
    size = list_size(max((index for *_, index in rows if index is not None), default=None))
    return [StatusListGroup(url, key_id, did, tuple(sorted(revoked[url])), size, tuple(sorted(keys[url])))
            for url, (key_id, did) in sorted(signer.items())]
