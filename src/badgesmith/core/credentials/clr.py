"""The learner's whole record: an unsigned CLR 2.0 ``ClrCredential`` (a pure function).

The record wraps the learner's signed AchievementCredentials exactly as they were issued (each
keeps its own proof and stays verifiable on its own), lists each distinct achievement they
award, and links components to the pathways they count towards with ``Association`` entries
(``isChildOf`` component -> pathway, ``isParentOf`` pathway -> component). The issuer and the
learner's identifiers are written as in an OpenBadgeCredential (ob3).

Size: a record must stay within what every Badgesmith verifier reads (jsontext: 8 MB of text,
20,000 values); a bigger one is refused here with the numbers, never written to be unreadable.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .clrterms import CLR_CONTEXT
from .dataintegrity import xsd_datetime
from .errors import SigningError, UnreadableCredential
from .jsontext import MAX_NODES, MAX_TEXT_CHARS, check_tree
from .loader import OfflineLoader
from .ob3 import IssuerProfile, RecipientInfo, identity_objects, new_urn_uuid, profile_object
from .safejsonld import check_document

RECORD_TYPE = ["VerifiableCredential", "ClrCredential"]
ASSOCIATION_TYPES = ("exactMatchOf", "isChildOf", "isParentOf", "isPartOf", "isPeerOf", "isRelatedTo",
                     "precedes", "replacedBy")


@dataclass(frozen=True)
class RecordInput:
    """Everything one record needs; ``record_id``/``salt`` are generated when None."""

    issuer: IssuerProfile
    learner: RecipientInfo
    credentials: tuple[Mapping[str, Any], ...]  # signed AchievementCredentials, as issued
    valid_from: datetime
    # (component achievement IRI, pathway achievement IRI) for each component the record holds
    parts: tuple[tuple[str, str], ...] = ()
    name: str = "Learner record"
    description: str | None = None
    record_id: str | None = None
    salt: str | None = None


def achievement_of(credential: Mapping[str, Any]) -> Mapping[str, Any] | None:
    subject = credential.get("credentialSubject")
    achievement = subject.get("achievement") if isinstance(subject, Mapping) else None
    return achievement if isinstance(achievement, Mapping) else None


def _achievements(credentials: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Each distinct achievement (by id) of the credentials, as the first one awarding it shows it,
    without its endorsements: those travel inside the credentials, each verified there."""
    seen: dict[str, dict[str, Any]] = {}
    for c in credentials:
        a = achievement_of(c)
        if a is not None and isinstance(a.get("id"), str) and a["id"] not in seen:
            seen[a["id"]] = {k: v for k, v in a.items() if k != "endorsement"}
    return list(seen.values())


def _associations(parts: Sequence[tuple[str, str]], held: set[str]) -> list[dict[str, Any]]:
    out = []
    for child, parent in dict.fromkeys(parts):
        if child in held and parent in held and child != parent:
            out.append({"type": "Association", "associationType": "isChildOf", "sourceId": child, "targetId": parent})
            out.append({"type": "Association", "associationType": "isParentOf", "sourceId": parent, "targetId": child})
    return out


def build_record(data: RecordInput) -> dict[str, Any]:
    """The unsigned ClrCredential for ``data``."""
    name = data.learner.name.strip()
    if not name:
        raise SigningError("The learner has no name; a record needs the learner's name.")
    if not data.credentials:
        raise SigningError(f"{name} holds no credential, so there is no record to make.")
    credentials = [dict(c) for c in data.credentials]
    achievements = _achievements(credentials)
    subject: dict[str, Any] = {
        "type": ["ClrSubject"],
        "name": name,
        "identifier": identity_objects(data.learner, data.salt or secrets.token_hex(16)),
        "verifiableCredential": credentials,
        "achievement": achievements,
    }
    associations = _associations(data.parts, {a["id"] for a in achievements})
    if associations:
        subject["association"] = associations
    record: dict[str, Any] = {
        "@context": list(CLR_CONTEXT),
        "id": data.record_id or new_urn_uuid(),
        "type": list(RECORD_TYPE),
        "name": data.name,
        "description": data.description or f"Every credential {data.issuer.name} awarded to {name} that is "
                                           "current, each signed on its own.",
        "issuer": profile_object(data.issuer),
        "validFrom": xsd_datetime(data.valid_from),
        "credentialSubject": subject,
    }
    return record


def check_size(record: Mapping[str, Any]) -> None:
    """Refuse a record that no Badgesmith verifier would read back (SigningError, with numbers)."""
    try:
        check_tree(record, "record")
    except UnreadableCredential:
        raise SigningError(
            f"The record is too large to verify: it holds more than {MAX_NODES:,} values (verifiers read at "
            "most that many). Large achievement images count most; a record of fewer credentials fits."
        ) from None
    chars = len(json.dumps(record, ensure_ascii=False, indent=2))
    if chars > MAX_TEXT_CHARS:
        raise SigningError(
            f"The record would be {chars / 1_000_000:.1f} MB; verifiers read at most "
            f"{MAX_TEXT_CHARS // 1_000_000} MB. Large achievement images count most."
        )


def build_and_check_record(data: RecordInput, loader: OfflineLoader | None = None) -> dict[str, Any]:
    """The unsigned record, refused if too large to verify or if anything in it would not be signed."""
    record = build_record(data)
    check_size(record)
    check_document(record, loader)
    return record


# --- the shape a verifier accepts ---------------------------------------------------------------
# The official CLR 2.0 schema is the VC 1.1 flavour (it requires issuanceDate), so it cannot judge
# a VC 2.0 record; these are its structural rules for what a report shows, plus Badgesmith's own:
# every achievement the record lists is awarded by a credential in it (nothing is shown as earned
# that no signed credential of the learner backs), and associations link those achievements.

def _types_of(node: Any) -> list[Any]:
    t = node.get("type") if isinstance(node, Mapping) else None
    return t if isinstance(t, list) else [t]


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def record_shape_problems(doc: Mapping[str, Any]) -> list[str]:
    """Plain sentences, one per problem; empty when ``doc`` has a learner record's structure."""
    out: list[str] = []
    if list(doc.get("@context") or []) != list(CLR_CONTEXT):
        out.append("The record's @context must be exactly the VC 2.0, CLR 2.0.1 and OB 3.0.3 contexts, in that order.")
    if not {"VerifiableCredential", "ClrCredential"} <= set(map(str, _types_of(doc))):
        out.append("The record's type must be VerifiableCredential and ClrCredential.")
    if not _text(doc.get("name")):
        out.append("The record has no name.")
    issuer = doc.get("issuer")
    if not (isinstance(issuer, Mapping) and "Profile" in _types_of(issuer) and _text(issuer.get("name"))):
        out.append("The record's issuer must be a Profile with a name.")
    if not isinstance(doc.get("proof"), list) or len(doc["proof"]) != 1:
        out.append("The record's proof must be a list of one proof.")
    subject = doc.get("credentialSubject")
    if not isinstance(subject, Mapping):
        out.append("The record must have exactly one subject, the learner.")
        return out
    if "ClrSubject" not in _types_of(subject):
        out.append("The record's subject is not a ClrSubject.")
    if not _text(subject.get("name")):
        out.append("The record does not name the learner.")
    held = subject.get("verifiableCredential")
    if not isinstance(held, list) or not held or not all(isinstance(c, Mapping) for c in held):
        out.append("The record holds no credentials (verifiableCredential must be a list of credentials).")
        held = []
    awarded = {a.get("id") for a in (achievement_of(c) for c in held) if a is not None}
    listed = subject.get("achievement", [])
    if not isinstance(listed, list) or not all(isinstance(a, Mapping) and isinstance(a.get("id"), str)
                                               and "Achievement" in _types_of(a) for a in listed):
        out.append("The record's achievements must be a list of Achievements, each with an id.")
        listed = []
    ids = {a["id"] for a in listed}
    for a in listed:
        if a["id"] not in awarded:
            out.append(f"The record lists the achievement {str(a.get('name') or a['id'])[:80]!r}, which none of "
                       "its credentials awards.")
    links = subject.get("association", [])
    if not isinstance(links, list):
        out.append("The record's associations must be a list.")
        links = []
    for link in links:
        if not (isinstance(link, Mapping) and "Association" in _types_of(link)
                and link.get("associationType") in ASSOCIATION_TYPES):
            out.append("An association of the record is not an Association of a known kind.")
        elif link.get("sourceId") not in ids or link.get("targetId") not in ids:
            out.append("An association of the record links an achievement the record does not list.")
    return out
