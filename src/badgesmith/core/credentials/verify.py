"""Verification report for a credential: a pure function over the workspace's knowledge.

The caller supplies what it knows as callables (which keys it trusts, what it revoked), so that
the same function serves the GUI, the CLI and tests, offline. A valid signature by a key nobody
vouches for is *not* "verified": it is reported as signed by an unknown key, with fingerprint.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, Literal

from .dataintegrity import parse_xsd_datetime
from .dataintegrity import verify as verify_proof
from .didkey import fingerprint
from .errors import CredentialError
from .loader import OfflineLoader
from .schema import schema_problems

KeyStatus = Literal["own-current", "own-retired", "trusted", "unknown"]


class Verdict(StrEnum):
    VERIFIED = "verified"
    NOT_VERIFIED = "not_verified"
    UNKNOWN_ISSUER = "unknown_issuer"
    REVOKED = "revoked"
    EXPIRED = "expired"


@dataclass(frozen=True)
class RevocationInfo:
    reason: str
    revoked_at: datetime | None = None


@dataclass(frozen=True)
class Check:
    name: str  # stable identifier: signature, issuer_key, issuer_controls_key, ...
    ok: bool | None  # None: could not be decided (e.g. no signature to attribute)
    message: str  # one plain sentence


@dataclass(frozen=True)
class VerificationReport:
    verdict: Verdict
    checks: tuple[Check, ...]
    credential_id: str | None = None
    issuer_did: str | None = None
    issuer_name: str | None = None
    key_fingerprint: str | None = None
    recipient_name: str | None = None
    achievement_name: str | None = None
    valid_from: str | None = None
    valid_until: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def verified(self) -> bool:
        return self.verdict is Verdict.VERIFIED

    def check(self, name: str) -> Check:
        return next(c for c in self.checks if c.name == name)

    @property
    def summary(self) -> str:
        return {
            Verdict.VERIFIED: "Verified: the credential is authentic, current and from a trusted issuer.",
            Verdict.NOT_VERIFIED: "Not verified: " + next(
                (c.message for c in self.checks if c.ok is False), "the credential failed a check."
            ),
            Verdict.UNKNOWN_ISSUER: f"Signed by an unknown key {self.key_fingerprint}: "
            "the signature is intact but nobody you trust vouches for this issuer.",
            Verdict.REVOKED: "Revoked: " + self.check("revocation").message,
            Verdict.EXPIRED: "Expired: " + self.check("valid_until").message,
        }[self.verdict]

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["verdict"] = self.verdict.value
        d["verified"] = self.verified
        d["summary"] = self.summary
        return d


def _human(when: datetime) -> str:
    """'26 November 2026, 23:57 UTC': what a person reads on a report."""
    when = when.astimezone(UTC)
    return f"{when.day} {when:%B %Y, %H:%M} UTC"


def _issuer_id(doc: Mapping[str, Any]) -> tuple[str | None, str | None]:
    issuer = doc.get("issuer")
    if isinstance(issuer, str):
        return issuer, None
    if isinstance(issuer, Mapping):
        iid, name = issuer.get("id"), issuer.get("name")
        return (iid if isinstance(iid, str) else None), (name if isinstance(name, str) else None)
    return None, None


_KEY_MESSAGES = {
    "own-current": "Signed by this workspace's current key {fp}.",
    "own-retired": "Signed by this workspace's retired key {fp}, kept for verification.",
    "trusted": "Signed by the key {fp} of an issuer you imported as trusted.",
    "unknown": "Signed by an unknown key {fp}.",
}


def verify_credential(
    doc: Mapping[str, Any],
    *,
    key_trust: Callable[[str], KeyStatus | str],
    revocation_lookup: Callable[[str], RevocationInfo | None],
    now: datetime | None = None,
    loader: OfflineLoader | None = None,
) -> VerificationReport:
    """Check ``doc`` and say, one sentence per check, what holds; see ``Verdict`` for the outcome.

    ``key_trust(did)`` says what the workspace knows of the signing key's did:key;
    ``revocation_lookup(credential_id)`` what it revoked. Nothing is fetched.
    """
    now = now or datetime.now(UTC)
    checks: list[Check] = []
    if not isinstance(doc, Mapping):
        checks.append(Check("format", False, "The file does not hold a credential (a JSON object)."))
        return VerificationReport(Verdict.NOT_VERIFIED, tuple(checks))

    cred_id = doc.get("id") if isinstance(doc.get("id"), str) else None
    issuer_did, issuer_name = _issuer_id(doc)
    subject = doc.get("credentialSubject")
    subject = subject if isinstance(subject, Mapping) else {}
    achievement = subject.get("achievement")
    achievement_name = achievement.get("name") if isinstance(achievement, Mapping) else None

    # 1. signature
    proof = verify_proof(doc, loader=loader)
    checks.append(Check("signature", proof.valid, proof.reason))

    # 2. the key: whose is it?
    fp: str | None = None
    status: str | None = None
    if proof.did:
        try:
            fp = fingerprint(proof.did)
        except CredentialError:
            fp = None
    if proof.valid and proof.did:
        status = key_trust(proof.did)
        if status not in _KEY_MESSAGES:
            status = "unknown"
        checks.append(Check("issuer_key", status != "unknown", _KEY_MESSAGES[status].format(fp=fp)))
    else:
        checks.append(Check("issuer_key", None, "The signing key cannot be attributed without a valid signature."))

    # 3. the issuer named in the credential is the key's controller
    if proof.did is None:
        checks.append(Check("issuer_controls_key", None, "No signing key to compare with the issuer."))
    elif issuer_did == proof.did:
        checks.append(Check("issuer_controls_key", True, "The issuer named in the credential holds the signing key."))
    else:
        checks.append(
            Check(
                "issuer_controls_key",
                False,
                f"The credential names issuer {issuer_did!r} but was signed by another key ({fp}).",
            )
        )

    # 4. dates
    valid_from = parse_xsd_datetime(doc.get("validFrom"))
    if valid_from is None:
        checks.append(Check("valid_from", False, "The credential has no valid validFrom date."))
    elif valid_from > now:
        checks.append(Check("valid_from", False, f"The credential only becomes valid on {_human(valid_from)}."))
    else:
        checks.append(Check("valid_from", True, f"Valid from {_human(valid_from)}."))
    expired = False
    if "validUntil" not in doc:
        checks.append(Check("valid_until", True, "The credential does not expire."))
    else:
        valid_until = parse_xsd_datetime(doc.get("validUntil"))
        if valid_until is None:
            checks.append(Check("valid_until", False, "The credential's validUntil date is malformed."))
        elif valid_until < now:
            expired = True
            checks.append(Check("valid_until", False, f"The credential expired on {_human(valid_until)}."))
        else:
            checks.append(Check("valid_until", True, f"Valid until {_human(valid_until)}."))

    # 5. revocation as this workspace knows it (status lists are not fetched: offline)
    revoked = revocation_lookup(cred_id) if cred_id else None
    if revoked is not None:
        when = f" on {revoked.revoked_at.day} {revoked.revoked_at:%B %Y}" if revoked.revoked_at else ""
        checks.append(Check("revocation", False, f"The issuer revoked this credential{when}: {revoked.reason}"))
    else:
        checks.append(Check("revocation", True, "Not revoked in this workspace."))

    # 6. the official OB 3.0 JSON Schema; a lone proof object is read as a one-element array
    # (VC Data Integrity allows either; only the schema insists on the array)
    shaped = dict(doc)
    if isinstance(shaped.get("proof"), Mapping):
        shaped["proof"] = [shaped["proof"]]
    problems = schema_problems(shaped)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        checks.append(Check("schema", False, f"Does not conform to the OB 3.0 schema: {problems[0]}{more}"))
    else:
        checks.append(Check("schema", True, "Conforms to the official Open Badges 3.0 JSON Schema."))

    hard_failure = any(
        c.ok is False for c in checks if c.name in ("signature", "issuer_controls_key", "valid_from", "schema")
    ) or any(c.name == "valid_until" and c.ok is False and not expired for c in checks)
    if hard_failure:
        verdict = Verdict.NOT_VERIFIED
    elif revoked is not None:
        verdict = Verdict.REVOKED
    elif expired:
        verdict = Verdict.EXPIRED
    elif status == "unknown":
        verdict = Verdict.UNKNOWN_ISSUER
    else:
        verdict = Verdict.VERIFIED
    return VerificationReport(
        verdict=verdict,
        checks=tuple(checks),
        credential_id=cred_id,
        issuer_did=issuer_did,
        issuer_name=issuer_name,
        key_fingerprint=fp,
        recipient_name=subject.get("name") if isinstance(subject.get("name"), str) else None,
        achievement_name=achievement_name if isinstance(achievement_name, str) else None,
        valid_from=doc.get("validFrom") if isinstance(doc.get("validFrom"), str) else None,
        valid_until=doc.get("validUntil") if isinstance(doc.get("validUntil"), str) else None,
        extra={"problems": problems} if problems else {},
    )
