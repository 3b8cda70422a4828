"""Verification report for a credential: a pure function over the workspace's knowledge.

The caller supplies what it knows as callables (which keys it trusts, what it revoked), so that
the same function serves the GUI, the CLI and tests, offline. A valid signature by a key nobody
vouches for is *not* "verified": it is reported as signed by an unknown key, with fingerprint.

Every fact the report shows (id, issuer, recipient, achievement, dates, status entry) is read
from the signed RDF dataset, never from the JSON text, and the JSON must show the same: what a
person reads is exactly what the signature covers (see signedfacts).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, Literal

from .clr import record_shape_problems
from .dataintegrity import parse_xsd_datetime
from .dataintegrity import verify as verify_proof
from .datamodel import data_model_problems
from .didkey import fingerprint
from .didweb import DidWebDirectory, domain_of, is_did_web
from .errors import CredentialError
from .loader import OfflineLoader
from .schema import schema_problems
from .signedfacts import SignedFacts, StatusEntry, json_disagreements

KeyStatus = Literal["own-current", "own-retired", "trusted", "unknown"]


class Verdict(StrEnum):
    VERIFIED = "verified"
    NOT_VERIFIED = "not_verified"
    UNKNOWN_ISSUER = "unknown_issuer"
    REVOKED = "revoked"
    EXPIRED = "expired"
    SUPERSEDED = "superseded"
    # what a report about a file can say besides (services.verification), never a credential's
    AMBIGUOUS = "ambiguous"  # two attachments, QR codes or claims: which one is meant cannot be told
    UNREADABLE = "unreadable"  # not a credential, certificate, QR photo or QR text that can be read


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
class NestedResult:
    """One credential inside a learner record, verified on its own."""

    position: int  # 1 for the record's first credential
    credential_id: str | None
    achievement_name: str | None
    recipient_name: str | None
    verdict: Verdict  # its own verdict
    reason: str  # its own summary, or why it does not belong in this record
    belongs: bool = True  # awarded to the record's learner

    @property
    def verified(self) -> bool:
        return self.verdict is Verdict.VERIFIED and self.belongs

    @property
    def label(self) -> str:
        """How a sentence names it: its achievement and its id."""
        return f"{self.achievement_name or 'an unnamed achievement'!r} ({self.credential_id or 'no id'})"


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
    awarded_date: str | None = None
    status_entry: StatusEntry | None = None
    description: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    key_did: str | None = None  # the signing key as a did:key, whatever DID method the issuer uses
    # a learner record (CLR): recipient_name is the learner, achievement_name the record's name,
    # and each credential it holds is verified on its own
    record: bool = False
    nested: tuple[NestedResult, ...] = ()

    @property
    def verified(self) -> bool:
        return self.verdict is Verdict.VERIFIED

    def check(self, name: str) -> Check:
        return next(c for c in self.checks if c.name == name)

    @property
    def summary(self) -> str:
        if self.verdict is Verdict.VERIFIED:
            if self.record:
                return (f"Verified: the learner record and each of its {len(self.nested)} credentials are authentic, "
                        "current and from an issuer you trust.")
            if self.check("revocation").ok is None:
                return ("Verified: the credential is authentic, current and from an issuer you trust; whether "
                        "that issuer has since revoked it can only be checked with them.")
            return "Verified: the credential is authentic, current and from a trusted issuer."
        if self.verdict is Verdict.NOT_VERIFIED:
            # a record altered inside one of its credentials also breaks its own signature: name
            # the credential, which says where the change is
            failing = sorted((c for c in self.checks if c.ok is False), key=lambda c: c.name != "nested")
            return "Not verified: " + (failing[0].message if failing else "the credential failed a check.")
        if self.verdict is Verdict.UNKNOWN_ISSUER:
            return (f"Signed by an unknown key {self.key_fingerprint}: "
                    "the signature is intact but nobody you trust vouches for this issuer.")
        if self.verdict is Verdict.REVOKED:
            return "Revoked: " + self.check("revocation").message
        if self.verdict is Verdict.SUPERSEDED:
            return "Replaced by a newer credential: " + self.check("superseded").message
        return "Expired: " + self.check("valid_until").message

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


_KEY_MESSAGES = {
    "own-current": "Signed by this workspace's current key {fp}.",
    "own-retired": "Signed by this workspace's retired key {fp}, kept for verification.",
    "trusted": "Signed by the key {fp} of an issuer you imported as trusted.",
    "unknown": "Signed by an unknown key {fp}.",
}


def _date_checks(shown: SignedFacts, checks: list[Check], now: datetime) -> bool:
    """Append the validFrom/validUntil checks; True when the credential has expired."""
    valid_from = parse_xsd_datetime(shown.valid_from)
    if valid_from is None:
        checks.append(Check("valid_from", False, "The credential has no valid validFrom date."))
    elif valid_from > now:
        checks.append(Check("valid_from", False, f"The credential only becomes valid on {_human(valid_from)}."))
    else:
        checks.append(Check("valid_from", True, f"Valid from {_human(valid_from)}."))
    if shown.valid_until is None:
        checks.append(Check("valid_until", True, "The credential does not expire."))
        return False
    valid_until = parse_xsd_datetime(shown.valid_until)
    if valid_until is None:
        checks.append(Check("valid_until", False, "The credential's validUntil date is malformed."))
        return False
    if valid_until < now:
        checks.append(Check("valid_until", False, f"The credential expired on {_human(valid_until)}."))
        return True
    checks.append(Check("valid_until", True, f"Valid until {_human(valid_until)}."))
    return False


def verify_credential(
    doc: Mapping[str, Any],
    *,
    key_trust: Callable[[str], KeyStatus | str],
    revocation_lookup: Callable[[str], RevocationInfo | None],
    superseded_lookup: Callable[[str], str | None] | None = None,
    now: datetime | None = None,
    loader: OfflineLoader | None = None,
    did_web: DidWebDirectory | None = None,
    nested_rule: Callable[[VerificationReport], str | None] | None = None,
) -> VerificationReport:
    """Check ``doc`` and say, one sentence per check, what holds; see ``Verdict`` for the outcome.

    ``key_trust(did)`` says what the workspace knows of the signing key's did:key (for a did:web
    issuer too: ``did_web`` holds the DID documents that map its key ids to keys);
    ``revocation_lookup(credential_id)`` what it revoked; ``superseded_lookup(credential_id)``
    the id of the credential that replaced it, if any. ``nested_rule(report)`` is what the caller
    adds to a credential's verdict when it is handed over alone (e.g. the workspace's rule on
    issuer names), applied to each credential of a learner record that verifies here: why it does
    not verify, or None. Nothing is fetched.
    """
    now = now or datetime.now(UTC)
    checks: list[Check] = []
    if not isinstance(doc, Mapping):
        checks.append(Check("format", False, "The file does not hold a credential (a JSON object)."))
        return VerificationReport(Verdict.NOT_VERIFIED, tuple(checks))

    # 1. signature, and the facts it covers
    proof = verify_proof(doc, loader=loader, did_web=did_web)
    record = proof.facts.record if proof.facts is not None else _json_is_record(doc)
    checks.append(Check("signature", proof.valid, proof.reason))
    facts = proof.facts
    if proof.facts_problem:
        checks.append(Check("signed_facts", False, proof.facts_problem))
    elif facts is not None:
        differ = json_disagreements(doc, facts)
        if differ:
            checks.append(Check("signed_facts", False, "The credential's JSON shows a different "
                                + ", ".join(differ) + " from what its signature covers."))
        else:
            checks.append(Check("signed_facts", True, "What the credential shows is what was signed."))
    shown = facts or SignedFacts(None, None, None, None, None, None, None, None, None, None, None)
    issuer_name = shown.issuer_name
    if issuer_name is None and shown.issuer_names:
        # a record's issuer node also carries the names its nested credentials give that issuer:
        # the name the record states is shown, once it is known to be one of the signed ones
        stated = doc["issuer"].get("name") if isinstance(doc.get("issuer"), Mapping) else None
        issuer_name = stated if stated in shown.issuer_names else None

    # 2. the key: whose is it?
    fp: str | None = None
    status: str | None = None
    if proof.key_did:
        try:
            fp = fingerprint(proof.key_did)
        except CredentialError:
            fp = None
    if proof.valid and proof.key_did:
        status = key_trust(proof.key_did)
        if status not in _KEY_MESSAGES:
            status = "unknown"
        where = (f" The credential names its issuer by the web domain {domain_of(proof.did)} (did:web), whose "
                 "DID document lists this key."
                 if proof.did and is_did_web(proof.did) else
                 " A fingerprint is a short code computed from the public key (did:key): the same code from "
                 "the issuer means the same key.")
        checks.append(Check("issuer_key", status != "unknown", _KEY_MESSAGES[status].format(fp=fp) + where))
    else:
        checks.append(Check("issuer_key", None, "The signing key cannot be attributed without a valid signature."))

    # 3. the issuer named in the credential is the key's controller
    if proof.did is None or facts is None:
        checks.append(Check("issuer_controls_key", None, "No signing key to compare with the issuer."))
    elif shown.issuer_id == proof.did:
        checks.append(Check("issuer_controls_key", True, "The issuer named in the credential holds the signing key."))
    else:
        checks.append(
            Check(
                "issuer_controls_key",
                False,
                f"The credential names issuer {shown.issuer_id!r} but was signed by another key ({fp}).",
            )
        )

    # 4. dates, as signed
    expired = False
    if facts is None:
        checks.append(Check("valid_from", None, "The dates cannot be read from a credential that cannot be processed."))
    else:
        expired = _date_checks(shown, checks, now)

    # 5. revocation and replacement as this workspace knows them (status lists are not fetched)
    cred_id = shown.credential_id
    revoked = revocation_lookup(cred_id) if cred_id else None
    if revoked is not None:
        when = f" on {revoked.revoked_at.day} {revoked.revoked_at:%B %Y}" if revoked.revoked_at else ""
        checks.append(Check("revocation", False, f"The issuer revoked this credential{when}: {revoked.reason}"))
    elif record:
        checks.append(Check("revocation", True if status in ("own-current", "own-retired") else None,
                            "A learner record has no status of its own: each credential in it is checked "
                            "for revocation below."))
    elif status not in ("own-current", "own-retired"):
        where = (f" (its status list: {shown.status.list_credential})"
                 if shown.status and shown.status.list_credential else "")
        checks.append(Check("revocation", None, "Whether its issuer has revoked it cannot be known here: only the "
                                                f"issuer's own records say so{where}."))
    else:
        checks.append(Check("revocation", True, "Not revoked: this workspace issued it and has not revoked it."))
    newer = superseded_lookup(cred_id) if cred_id and superseded_lookup else None
    if newer:
        checks.append(Check("superseded", False, f"it was re-issued as {newer}; only the newer credential is current."))

    # 6. the VC data model as the reference verifier checks it
    model = data_model_problems(doc)
    if model:
        checks.append(Check("data_model", False, model[0]))

    # 7. the official OB 3.0 JSON Schema (a record: its structure, then each credential on its own)
    nested: tuple[NestedResult, ...] = ()
    if record:
        problems = record_shape_problems(doc)
        _schema_check(checks, problems, "Has the structure of a CLR 2.0 learner record.",
                      "Does not have the structure of a learner record")
        nested = _verify_nested(doc, shown.recipient_name, key_trust=key_trust, revocation_lookup=revocation_lookup,
                                superseded_lookup=superseded_lookup, now=now, loader=loader, did_web=did_web,
                                nested_rule=nested_rule)
        checks.append(_nested_check(nested))
    else:
        # a lone proof object is read as a one-element array (VC Data Integrity allows either;
        # only the schema insists on the array)
        shaped = dict(doc)
        if isinstance(shaped.get("proof"), Mapping):
            shaped["proof"] = [shaped["proof"]]
        problems = schema_problems(shaped)
        _schema_check(checks, problems, "Conforms to the official Open Badges 3.0 JSON Schema.",
                      "Does not conform to the OB 3.0 schema")

    hard_failure = any(
        c.ok is False for c in checks
        if c.name in ("signature", "signed_facts", "data_model", "issuer_controls_key", "valid_from", "schema",
                      "nested")
    ) or any(c.name == "valid_until" and c.ok is False and not expired for c in checks)
    if hard_failure:
        verdict = Verdict.NOT_VERIFIED
    elif revoked is not None:
        verdict = Verdict.REVOKED
    elif newer:
        verdict = Verdict.SUPERSEDED
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
        issuer_did=shown.issuer_id,
        issuer_name=issuer_name,
        key_fingerprint=fp,
        recipient_name=shown.recipient_name,
        achievement_name=shown.achievement_name,
        valid_from=shown.valid_from,
        valid_until=shown.valid_until,
        awarded_date=shown.awarded_date,
        status_entry=shown.status,
        description=shown.description,
        extra={"problems": problems} if problems else {},
        key_did=proof.key_did,
        record=record,
        nested=nested,
    )


def _schema_check(checks: list[Check], problems: list[str], ok: str, failed: str) -> None:
    if problems:
        more = f" (and {len(problems) - 1} more)." if len(problems) > 1 else "."
        checks.append(Check("schema", False, f"{failed}: {problems[0].rstrip('.')}{more}"))
    else:
        checks.append(Check("schema", True, ok))


def _json_is_record(doc: Mapping[str, Any]) -> bool:
    types = doc.get("type")
    return "ClrCredential" in (types if isinstance(types, list) else [types])


def _verify_nested(doc: Mapping[str, Any], learner: str | None, **how: Any) -> tuple[NestedResult, ...]:
    """Each credential of a record verified on its own, as if handed over alone (the reference
    verifier checks only the record's own proof), and required to be the record's learner's."""
    subject = doc.get("credentialSubject")
    held = subject.get("verifiableCredential") if isinstance(subject, Mapping) else None
    out = []
    for i, cred in enumerate(held if isinstance(held, list) else [], start=1):
        if isinstance(cred, Mapping) and _json_is_record(cred):
            out.append(NestedResult(i, None, None, None, Verdict.NOT_VERIFIED,
                                    "A learner record inside a learner record is not accepted."))
            continue
        rep = verify_credential(cred, **how)
        # "verifies on its own" means what the caller would say of it alone, its own rules included
        refused = how["nested_rule"](rep) if how.get("nested_rule") and rep.verdict is Verdict.VERIFIED else None
        verdict = Verdict.NOT_VERIFIED if refused else rep.verdict
        belongs = rep.recipient_name is not None and rep.recipient_name == learner
        if verdict is not Verdict.VERIFIED:
            reason = refused or rep.summary.removeprefix("Not verified: ")
        elif learner is None:
            reason = "The record's learner cannot be read from what its signature covers, so whose credential " \
                     "this is cannot be told."
        else:
            reason = rep.summary if belongs else (
                f"It was awarded to {rep.recipient_name!r}, not to {learner!r}, whose record this is.")
        out.append(NestedResult(i, rep.credential_id, rep.achievement_name, rep.recipient_name, verdict,
                                reason, belongs))
    return tuple(out)


def _nested_check(nested: tuple[NestedResult, ...]) -> Check:
    failing = [n for n in nested if not n.verified]
    if not nested:
        return Check("nested", False, "The record holds no credentials.")
    if not failing:
        return Check("nested", True, f"Each of the record's {len(nested)} credentials verifies on its own and "
                                     "was awarded to its learner.")
    named = "; ".join(f"{n.label}: {n.reason}" for n in failing[:3])
    more = f" (and {len(failing) - 3} more)" if len(failing) > 3 else ""
    what = "credential in the record does" if len(failing) == 1 else "credentials in the record do"
    return Check("nested", False, f"{len(failing)} {what} not verify: {named}{more}")
