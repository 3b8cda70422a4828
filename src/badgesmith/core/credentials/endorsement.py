"""OB 3.0 endorsements: the ``EndorsementCredential`` an employer or a professional body signs for
an achievement, and the request file a provider sends them (pure functions, no database).

Flow: the provider writes a request (the achievement exactly as its credentials carry it, and the
provider's Profile); the endorser reads it in their own Badgesmith and signs an endorsement whose
subject is the achievement's id (one version of it: a new version is a new achievement id, and
needs a new endorsement); the provider imports it, and every credential issued afterwards for
that version carries it, unchanged, in ``credentialSubject.achievement.endorsement``.

An endorsement stands on its own signature only (core/credentials/verify.py checks each one as if
it were handed over alone): the credential's issuer signing over it vouches for nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from badgesmith.core.errors import ValidationError
from badgesmith.core.said import QT_TRANSLATE_NOOP, said

from .dataintegrity import parse_xsd_datetime, xsd_datetime
from .errors import CredentialError
from .jsontext import MAX_TEXT_CHARS, read_json
from .loader import OfflineLoader
from .ob3 import CONTEXT, IssuerProfile, new_urn_uuid, profile_object
from .safejsonld import check_document, is_safe_iri

ENDORSEMENT_TYPE = ["VerifiableCredential", "EndorsementCredential"]
SUBJECT_TYPE = ["EndorsementSubject"]
REQUEST_TYPE = "BadgesmithEndorsementRequest"
REQUEST_VERSION = 1
# a request holds one achievement as a credential carries it (its image too): a credential's limit
MAX_REQUEST_BYTES = MAX_TEXT_CHARS
MAX_COMMENT_CHARS = 1000
# Limits on what is verified and carried: every credential of an endorsed version carries each
# endorsement, and a report says one line for each, so neither may be unbounded. An endorsement
# is about 1.5 KB (an endorser's logo, from other programs, some 100 KB more).
MAX_ENDORSEMENT_CHARS = 256_000  # the endorsement's JSON, as written
MAX_ENDORSEMENTS = 50  # carried by one achievement
MAX_ENDORSER_NAME_CHARS = 200


@dataclass(frozen=True)
class EndorsementInput:
    """What one endorsement states; ``credential_id`` is generated when None."""

    endorser: IssuerProfile
    achievement_id: str  # the endorsed achievement version's OB id (a urn:uuid)
    achievement_name: str
    provider_name: str  # who awards it, as the request names them (said in the description)
    valid_from: datetime
    valid_until: datetime | None = None
    comment: str | None = None
    credential_id: str | None = None


def end_of_day(day: date) -> datetime:
    """An endorsement valid "until 31 December 2027" is valid to the last second of that day, UTC."""
    return datetime.combine(day, time(23, 59, 59), tzinfo=UTC)


def check_comment(comment: str | None) -> str | None:
    """The comment as signed (trimmed; None when empty); ValidationError beyond the limit."""
    text = (comment or "").strip()
    if len(text) > MAX_COMMENT_CHARS:
        raise ValidationError(said(QT_TRANSLATE_NOOP(
            "core", "The comment is {count} characters long; an endorsement's comment can have at most {limit}."),
            count=len(text), limit=MAX_COMMENT_CHARS))
    return text or None


def check_valid_until(day: date | None, today: date) -> datetime | None:
    """The end of ``day`` in UTC, refused when that day has passed."""
    if day is None:
        return None
    if day < today:
        raise ValidationError(said(QT_TRANSLATE_NOOP(
            "core", "The endorsement would be valid until {day}, which has passed: choose a day from today on."),
            day=day))
    return end_of_day(day)


def build_endorsement(data: EndorsementInput) -> dict[str, Any]:
    """The unsigned EndorsementCredential for ``data``."""
    subject: dict[str, Any] = {"id": data.achievement_id, "type": list(SUBJECT_TYPE)}
    comment = check_comment(data.comment)
    if comment:
        subject["endorsementComment"] = comment
    doc: dict[str, Any] = {
        "@context": list(CONTEXT),
        "id": data.credential_id or new_urn_uuid(),
        "type": list(ENDORSEMENT_TYPE),
        "name": f"Endorsement of {data.achievement_name}"[:300],
        "description": f"{data.endorser.name} endorses the achievement {data.achievement_name} "
                       f"({data.achievement_id}) awarded by {data.provider_name}.",
        "issuer": profile_object(data.endorser),
        "validFrom": xsd_datetime(data.valid_from),
    }
    if data.valid_until is not None:
        if data.valid_until <= data.valid_from:
            raise ValidationError(said(QT_TRANSLATE_NOOP(
                "core", "The endorsement would end before it begins.")))
        doc["validUntil"] = xsd_datetime(data.valid_until)
    doc["credentialSubject"] = subject
    return doc


def build_and_check_endorsement(data: EndorsementInput, loader: OfflineLoader | None = None) -> dict[str, Any]:
    """The unsigned endorsement, refused (UnsafeJsonLd) if anything in it would not be signed."""
    doc = build_endorsement(data)
    check_document(doc, loader)
    return doc


def is_endorsement(doc: Any) -> bool:
    """The JSON says it is an EndorsementCredential (whether it verifies is another matter)."""
    types = doc.get("type") if isinstance(doc, Mapping) else None
    return "EndorsementCredential" in (types if isinstance(types, list) else [types])


def carried(credential: Mapping[str, Any]) -> list[Any]:
    """The endorsements a credential's achievement carries, as written."""
    subject = credential.get("credentialSubject")
    achievement = subject.get("achievement") if isinstance(subject, Mapping) else None
    items = achievement.get("endorsement") if isinstance(achievement, Mapping) else None
    return list(items) if isinstance(items, list) else []


def current_endorsers(endorsements: Iterable[Any], now: datetime) -> tuple[str, ...]:
    """The endorsers' names of those endorsements valid at ``now``, once each, in order: what a
    certificate prints ("Endorsed by …"). Only endorsements this workspace verified on import
    reach a certificate, so their dates and names are read as they are."""
    names: list[str] = []
    for e in endorsements:
        if not isinstance(e, Mapping) or not isinstance(e.get("issuer"), Mapping):
            continue
        name = e["issuer"].get("name")
        start, end = parse_xsd_datetime(e.get("validFrom")), parse_xsd_datetime(e.get("validUntil"))
        if (isinstance(name, str) and name.strip() and start is not None and start <= now
                and (e.get("validUntil") is None or (end is not None and now <= end)) and name not in names):
            names.append(name)
    return tuple(names)


# --- the request a provider sends ---------------------------------------------------------------


@dataclass(frozen=True)
class EndorsementRequest:
    achievement: dict[str, Any]  # the OB Achievement, as the provider's credentials carry it
    issuer: dict[str, Any]  # the provider's OB Profile

    @property
    def achievement_id(self) -> str:
        return str(self.achievement["id"])

    @property
    def achievement_name(self) -> str:
        return str(self.achievement["name"])

    @property
    def description(self) -> str:
        text = self.achievement.get("description")
        return text if isinstance(text, str) else ""

    @property
    def provider_name(self) -> str:
        return str(self.issuer["name"])

    @property
    def provider_id(self) -> str | None:
        pid = self.issuer.get("id")
        return pid if isinstance(pid, str) else None


def build_request(achievement: Mapping[str, Any], issuer: Mapping[str, Any]) -> dict[str, Any]:
    return {"type": REQUEST_TYPE, "version": REQUEST_VERSION, "achievement": dict(achievement),
            "issuer": dict(issuer)}


def request_text(request: Mapping[str, Any]) -> str:
    return json.dumps(request, ensure_ascii=False, indent=2) + "\n"


def read_request(data: bytes, name: str) -> EndorsementRequest:
    """An endorsement request file's content (``name`` is how messages call the file);
    ValidationError saying what is wrong with it otherwise."""
    if len(data) > MAX_REQUEST_BYTES:
        raise ValidationError(said(QT_TRANSLATE_NOOP(
            "core", "{file} is larger than an endorsement request ever is (at most {limit} MB)."),
            file=name, limit=MAX_REQUEST_BYTES // 1_000_000))
    try:
        doc = read_json(data.decode("utf-8"), "endorsement request")
    except UnicodeDecodeError:
        raise ValidationError(said(QT_TRANSLATE_NOOP(
            "core", "{file} is not an endorsement request: it is not a text file (UTF-8 JSON)."), file=name)) from None
    except CredentialError as exc:
        raise ValidationError(said(QT_TRANSLATE_NOOP(
            "core", "{file} is not an endorsement request: {problem}"), file=name, problem=exc.message)) from None
    if not isinstance(doc, dict) or doc.get("type") != REQUEST_TYPE:
        what = said(QT_TRANSLATE_NOOP("core", "{file} is a credential, not an endorsement request: open the request "
                                              "file the provider sent."), file=name) \
            if isinstance(doc, dict) and "@context" in doc else \
            said(QT_TRANSLATE_NOOP("core", "{file} is not a Badgesmith endorsement request."), file=name)
        raise ValidationError(what)
    if doc.get("version") != REQUEST_VERSION:
        raise ValidationError(said(QT_TRANSLATE_NOOP(
            "core", "{file} is an endorsement request of another kind (version {version}); this Badgesmith reads "
                    "version {known}."), file=name, version=doc.get("version"), known=REQUEST_VERSION))
    achievement, issuer = doc.get("achievement"), doc.get("issuer")
    if not isinstance(achievement, dict) or not is_safe_iri(achievement.get("id")):
        raise ValidationError(said(QT_TRANSLATE_NOOP(
            "core", "{file} names no achievement id, so there is nothing to endorse."), file=name))
    if not isinstance(achievement.get("name"), str) or not achievement["name"].strip():
        raise ValidationError(said(QT_TRANSLATE_NOOP("core", "{file} names no achievement."), file=name))
    if not isinstance(issuer, dict) or not isinstance(issuer.get("name"), str) or not issuer["name"].strip():
        raise ValidationError(said(QT_TRANSLATE_NOOP(
            "core", "{file} does not say who awards the achievement."), file=name))
    return EndorsementRequest(achievement, issuer)
