"""LinkedIn's "Add to profile" link for a credential (the documented certification URL)."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from urllib.parse import quote, urlencode

ADD_TO_PROFILE = "https://www.linkedin.com/profile/add"
ORGANIZATION_ID_TYPE = "ext:LinkedInOrganizationId"


def _date(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def organization_id(issuer: dict[str, Any]) -> str | None:
    """The issuer's LinkedIn organisation id, from ``otherIdentifier`` (ext:LinkedInOrganizationId)."""
    for entry in issuer.get("otherIdentifier") or []:
        if isinstance(entry, dict) and entry.get("identifierType") == ORGANIZATION_ID_TYPE:
            value = str(entry.get("identifier", "")).strip()
            if value.isdigit():
                return value
    return None


def add_to_profile_url(credential: dict[str, Any], verify_url: str | None = None) -> str:
    """The link that opens LinkedIn's "Add licence or certification" form filled in.

    Every value is percent-encoded; the organisation is named by id when the issuer profile has
    one (LinkedIn then shows its logo), else by name. ``certUrl`` is the public verification
    link, given only when the issuer has a verification page."""
    issuer = credential.get("issuer") or {}
    achievement = (credential.get("credentialSubject") or {}).get("achievement") or {}
    params: list[tuple[str, str]] = [("startTask", "CERTIFICATION_NAME"), ("name", str(achievement.get("name", "")))]
    org_id = organization_id(issuer)
    params.append(("organizationId", org_id) if org_id else ("organizationName", str(issuer.get("name", ""))))
    issued = _date(credential.get("awardedDate")) or _date(credential.get("validFrom"))
    if issued:
        params += [("issueYear", str(issued.year)), ("issueMonth", str(issued.month))]
    expires = _date(credential.get("validUntil"))
    if expires:
        params += [("expirationYear", str(expires.year)), ("expirationMonth", str(expires.month))]
    params.append(("certId", str(credential.get("id", ""))))
    if verify_url:
        params.append(("certUrl", verify_url))
    return f"{ADD_TO_PROFILE}?{urlencode(params, quote_via=quote)}"  # %20 for spaces, "/" encoded too

