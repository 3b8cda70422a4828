"""Open Badges 3.0 ``OpenBadgeCredential`` builder (DESIGN section 3).

Inputs are plain frozen dataclasses so that services can fill them from the store without the
builder knowing about the database. The output is an unsigned credential (a dict) ready for
:func:`badgesmith.core.credentials.dataintegrity.sign`.

Recipient identity: OB 3.0 identifies the learner by salted hashes (``IdentityObject``):
``identityHash = "sha256$" + hex(sha256(value + salt))`` with a fresh random salt per credential,
so credentials cannot be linked by their hashes. The e-mail is trimmed and lower-cased first
(so that a learner can prove "this is my address" whatever its capitalisation). When the learner
has a student number it is added as a second identifier (identityType ``"identifier"``; the
enumeration has no "student number"). When there is NO e-mail the learner's name is hashed
instead (identityType ``"name"``): the official schema needs at least a hashed identity to bind
the credential to a person, and the name is the one thing every learner has.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from .dataintegrity import xsd_datetime
from .errors import SigningError
from .loader import OfflineLoader
from .safejsonld import check_document

VC_V2 = "https://www.w3.org/ns/credentials/v2"
OB_V3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
CONTEXT = [VC_V2, OB_V3]
CREDENTIAL_TYPE = ["VerifiableCredential", "OpenBadgeCredential"]
STUDENT_NUMBER_IDENTITY_TYPE = "identifier"


@dataclass(frozen=True)
class ImageInfo:
    """An image by URL or ``data:`` URI (PNG/SVG), with an optional caption."""

    id: str
    caption: str | None = None


@dataclass(frozen=True)
class IssuerProfile:
    did: str
    name: str
    url: str | None = None
    email: str | None = None
    description: str | None = None
    image: ImageInfo | None = None
    linkedin_org_id: str | None = None  # otherIdentifier, identifierType ext:LinkedInOrganizationId
    country_code: str | None = None  # address.addressCountryCode (ISO 3166-1 alpha-2)
    country: str | None = None  # address.addressCountry, the country's name
    region: str | None = None  # address.addressRegion


@dataclass(frozen=True)
class AlignmentInfo:
    target_name: str
    target_url: str
    target_code: str | None = None
    target_framework: str | None = None
    target_type: str | None = None  # e.g. "ceasn:Competency", "CFItem" or "ext:..."
    target_description: str | None = None


@dataclass(frozen=True)
class RubricLevelInfo:
    id: str  # urn:uuid
    name: str
    level: str | None = None
    description: str | None = None
    points: str | None = None


@dataclass(frozen=True)
class ResultDescriptionInfo:
    id: str  # urn:uuid; results point at it
    name: str
    result_type: str  # "Status", "Percent", "RawScore", "RubricCriterionLevel", ...
    required_value: str | None = None  # the pass mark
    value_min: str | None = None
    value_max: str | None = None
    allowed_values: tuple[str, ...] = ()
    required_level: str | None = None  # id of a RubricLevelInfo
    rubric_levels: tuple[RubricLevelInfo, ...] = ()


@dataclass(frozen=True)
class AchievementInfo:
    id: str  # urn:uuid of the achievement version
    name: str
    description: str
    criteria_narrative: str  # Markdown
    achievement_type: str | None = None
    criteria_url: str | None = None
    image: ImageInfo | None = None
    alignments: tuple[AlignmentInfo, ...] = ()
    tags: tuple[str, ...] = ()
    credits_available: float | None = None
    field_of_study: str | None = None
    human_code: str | None = None
    in_language: str | None = None  # BCP 47, e.g. "en" or "el"
    version: str | None = None
    result_descriptions: tuple[ResultDescriptionInfo, ...] = ()
    # signed EndorsementCredentials of this very version, carried unchanged (see endorsement.py)
    endorsements: tuple[Mapping[str, Any], ...] = ()


@dataclass(frozen=True)
class RecipientInfo:
    name: str
    email: str | None = None
    student_number: str | None = None


@dataclass(frozen=True)
class ResultInfo:
    result_description: str  # id of the ResultDescriptionInfo
    value: str | None = None
    status: str | None = None  # "Completed", "Failed", ... (ResultStatusType)
    achieved_level: str | None = None  # id of a RubricLevelInfo


@dataclass(frozen=True)
class EvidenceInfo:
    id: str | None = None  # a URL when the evidence lives somewhere
    name: str | None = None
    description: str | None = None
    narrative: str | None = None
    genre: str | None = None
    audience: str | None = None


@dataclass(frozen=True)
class CredentialInput:
    """Everything one credential needs; ``salt``/``credential_id`` are generated when None."""

    issuer: IssuerProfile
    achievement: AchievementInfo
    recipient: RecipientInfo
    valid_from: datetime
    valid_until: datetime | None = None
    awarded_date: datetime | None = None  # kept on re-issue; defaults to valid_from
    results: tuple[ResultInfo, ...] = ()
    evidence: tuple[EvidenceInfo, ...] = ()
    activity_start: date | None = None
    activity_end: date | None = None
    credits_earned: float | None = None
    term: str | None = None  # e.g. "Spring 2025" or the cohort name
    credential_id: str | None = None
    name: str | None = None
    description: str | None = None
    status_entry: Mapping[str, Any] | None = None  # from statuslist.status_entry()
    salt: str | None = field(default=None, repr=False)


def new_urn_uuid() -> str:
    return f"urn:uuid:{uuid.uuid4()}"


def identity_hash(value: str, salt: str) -> str:
    return "sha256$" + hashlib.sha256((value + salt).encode("utf-8")).hexdigest()


def identity_email(email: str) -> str:
    """The form of an address hashed into an IdentityObject: trimmed and lower-cased whole, so that
    any verifier holding the address can recompute the hash."""
    return email.strip().lower()


def _put(d: dict[str, Any], key: str, value: Any) -> None:
    if value is not None and value != [] and value != "":
        d[key] = value


def _image(img: ImageInfo | None) -> dict[str, Any] | None:
    if img is None:
        return None
    out: dict[str, Any] = {"id": img.id, "type": "Image"}
    _put(out, "caption", img.caption)
    return out


def _profile(issuer: IssuerProfile) -> dict[str, Any]:
    p: dict[str, Any] = {"id": issuer.did, "type": ["Profile"], "name": issuer.name}
    _put(p, "url", issuer.url)
    _put(p, "email", issuer.email)
    _put(p, "description", issuer.description)
    _put(p, "image", _image(issuer.image))
    if issuer.country_code or issuer.region:
        address: dict[str, Any] = {"type": ["Address"]}
        _put(address, "addressCountry", issuer.country)
        _put(address, "addressCountryCode", issuer.country_code)
        _put(address, "addressRegion", issuer.region)
        p["address"] = address
    if issuer.linkedin_org_id:
        p["otherIdentifier"] = [{"type": "IdentifierEntry", "identifier": issuer.linkedin_org_id,
                                 "identifierType": "ext:LinkedInOrganizationId"}]
    return p


def profile_object(issuer: IssuerProfile) -> dict[str, Any]:
    """The issuer as every credential of this workspace names it (a ``Profile``)."""
    return _profile(issuer)


def identity_objects(recipient: RecipientInfo, salt: str) -> list[dict[str, Any]]:
    """The recipient's salted, hashed identifiers, as an AchievementSubject carries them."""
    return _identifiers(recipient, salt)


def issuer_profile_document(issuer: IssuerProfile) -> dict[str, Any]:
    """The issuer's OB 3.0 ``Profile`` on its own, as the published ``issuer.json``."""
    return {"@context": list(CONTEXT), **_profile(issuer)}


def _alignment(a: AlignmentInfo) -> dict[str, Any]:
    out: dict[str, Any] = {"type": ["Alignment"], "targetName": a.target_name, "targetUrl": a.target_url}
    _put(out, "targetCode", a.target_code)
    _put(out, "targetFramework", a.target_framework)
    _put(out, "targetType", a.target_type)
    _put(out, "targetDescription", a.target_description)
    return out


def _result_description(rd: ResultDescriptionInfo) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": rd.id,
        "type": ["ResultDescription"],
        "name": rd.name,
        "resultType": rd.result_type,
    }
    _put(out, "requiredValue", rd.required_value)
    _put(out, "valueMin", rd.value_min)
    _put(out, "valueMax", rd.value_max)
    _put(out, "allowedValue", list(rd.allowed_values))
    _put(out, "requiredLevel", rd.required_level)
    levels = []
    for lv in rd.rubric_levels:
        level: dict[str, Any] = {"id": lv.id, "type": ["RubricCriterionLevel"], "name": lv.name}
        _put(level, "level", lv.level)
        _put(level, "description", lv.description)
        _put(level, "points", lv.points)
        levels.append(level)
    _put(out, "rubricCriterionLevel", levels)
    return out


def _achievement(a: AchievementInfo) -> dict[str, Any]:
    criteria: dict[str, Any] = {"narrative": a.criteria_narrative}
    _put(criteria, "id", a.criteria_url)
    out: dict[str, Any] = {
        "id": a.id,
        "type": ["Achievement"],
        "name": a.name,
        "description": a.description,
        "criteria": criteria,
    }
    _put(out, "achievementType", a.achievement_type)
    _put(out, "image", _image(a.image))
    _put(out, "alignment", [_alignment(x) for x in a.alignments])
    _put(out, "tag", list(a.tags))
    _put(out, "creditsAvailable", a.credits_available)
    _put(out, "fieldOfStudy", a.field_of_study)
    _put(out, "humanCode", a.human_code)
    _put(out, "inLanguage", a.in_language)
    _put(out, "version", a.version)
    _put(out, "resultDescription", [_result_description(x) for x in a.result_descriptions])
    _put(out, "endorsement", [dict(e) for e in a.endorsements])
    return out


def achievement_object(a: AchievementInfo) -> dict[str, Any]:
    """The achievement as every credential awarding it carries it (an endorsement request too)."""
    return _achievement(a)


def _identifiers(recipient: RecipientInfo, salt: str) -> list[dict[str, Any]]:
    def ident(kind: str, value: str) -> dict[str, Any]:
        return {
            "type": "IdentityObject",
            "identityHash": identity_hash(value, salt),
            "identityType": kind,
            "hashed": True,
            "salt": salt,
        }

    out = []
    if recipient.email and recipient.email.strip():
        out.append(ident("emailAddress", identity_email(recipient.email)))
    else:
        out.append(ident("name", recipient.name.strip()))
    if recipient.student_number and recipient.student_number.strip():
        out.append(ident(STUDENT_NUMBER_IDENTITY_TYPE, recipient.student_number.strip()))
    return out


def _result(r: ResultInfo) -> dict[str, Any]:
    out: dict[str, Any] = {"type": ["Result"], "resultDescription": r.result_description}
    _put(out, "value", r.value)
    _put(out, "status", r.status)
    _put(out, "achievedLevel", r.achieved_level)
    return out


def _evidence(e: EvidenceInfo) -> dict[str, Any]:
    out: dict[str, Any] = {"type": ["Evidence"]}
    _put(out, "id", e.id)
    _put(out, "name", e.name)
    _put(out, "description", e.description)
    _put(out, "narrative", e.narrative)
    _put(out, "genre", e.genre)
    _put(out, "audience", e.audience)
    return out


def build_credential(data: CredentialInput) -> dict[str, Any]:
    """The unsigned OpenBadgeCredential for ``data`` (DESIGN section 3, field by field)."""
    if not data.recipient.name.strip():
        raise SigningError("The learner has no name; a credential needs the recipient's name.")
    salt = data.salt or secrets.token_hex(16)
    subject: dict[str, Any] = {
        "type": ["AchievementSubject"],
        "name": data.recipient.name.strip(),
        "identifier": _identifiers(data.recipient, salt),
        "achievement": _achievement(data.achievement),
    }
    _put(subject, "result", [_result(r) for r in data.results])
    # The official schema wants date-times here: a day becomes midnight UTC of that day.
    _put(subject, "activityStartDate", f"{data.activity_start.isoformat()}T00:00:00Z" if data.activity_start else None)
    _put(subject, "activityEndDate", f"{data.activity_end.isoformat()}T00:00:00Z" if data.activity_end else None)
    _put(subject, "creditsEarned", data.credits_earned)
    _put(subject, "term", data.term)

    cred: dict[str, Any] = {
        "@context": list(CONTEXT),
        "id": data.credential_id or new_urn_uuid(),
        "type": list(CREDENTIAL_TYPE),
        "name": data.name or data.achievement.name,
        "description": data.description or data.achievement.description,
        "issuer": _profile(data.issuer),
        "validFrom": xsd_datetime(data.valid_from),
    }
    if data.valid_until is not None:
        if data.valid_until <= data.valid_from:
            raise SigningError("The credential would expire before it becomes valid.")
        cred["validUntil"] = xsd_datetime(data.valid_until)
    cred["awardedDate"] = xsd_datetime(data.awarded_date or data.valid_from)
    cred["credentialSubject"] = subject
    _put(cred, "evidence", [_evidence(e) for e in data.evidence])
    if data.status_entry is not None:
        cred["credentialStatus"] = dict(data.status_entry)
    return cred



def build_and_check(data: CredentialInput, loader: OfflineLoader | None = None) -> dict[str, Any]:
    """The unsigned credential, refused (UnsafeJsonLd) if anything in it would not be signed."""
    cred = build_credential(data)
    check_document(cred, loader)
    return cred


