"""Verification report for a credential: a pure function over the workspace's knowledge.

The caller supplies what it knows as callables (which keys it trusts, what it revoked), so that
the same function serves the GUI, the CLI and tests, offline. A valid signature by a key nobody
vouches for is *not* "verified": it is reported as signed by an unknown key, with fingerprint.

Every fact the report shows (id, issuer, recipient, achievement, dates, status entry) is read
from the signed RDF dataset, never from the JSON text, and the JSON must show the same: what a
person reads is exactly what the signature covers (see signedfacts).
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, Literal

from badgesmith.core.said import QT_TRANSLATE_NOOP, Said, said

from .clr import record_shape_problems
from .dataintegrity import parse_xsd_datetime
from .dataintegrity import verify as verify_proof
from .datamodel import data_model_problems
from .didkey import fingerprint
from .didweb import DidWebDirectory, domain_of, is_did_web
from .endorsement import MAX_ENDORSEMENT_CHARS, MAX_ENDORSEMENTS
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


class EndorsementStatus(StrEnum):
    ENDORSED = "endorsed"  # verifies on its own, endorses this achievement, by a key you trust, current
    EXPIRED = "expired"  # as ENDORSED, but its validity has ended
    UNKNOWN_KEY = "unknown_key"  # verifies, but nobody you trust vouches for the key that signed it
    INVALID = "invalid"  # does not verify, or endorses something else, or comes from the issuer itself
    # as ENDORSED in itself, but the credential carrying it is not verified (withhold_endorsements)
    WITHHELD = "withheld"


@dataclass(frozen=True)
class EndorsementResult:
    """One endorsement a credential's achievement carries, verified on its own. Everything in it
    is read from the endorsement's own signed data."""

    position: int  # 1 for the first
    status: EndorsementStatus
    message: str  # the report's sentence about it
    credential_id: str | None = None
    endorser_name: str | None = None
    endorser_did: str | None = None
    key_fingerprint: str | None = None
    subject_id: str | None = None
    comment: str | None = None
    valid_from: str | None = None
    valid_until: str | None = None

    @property
    def endorsed(self) -> bool:
        return self.status is EndorsementStatus.ENDORSED


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
    # an endorsement (EndorsementCredential) handed over on its own: what it endorses, its comment
    endorsement: bool = False
    subject_id: str | None = None
    comment: str | None = None
    # the endorsements the credential's achievement carries, each verified on its own
    endorsements: tuple[EndorsementResult, ...] = ()

    @property
    def verified(self) -> bool:
        return self.verdict is Verdict.VERIFIED

    def check(self, name: str) -> Check:
        return next(c for c in self.checks if c.name == name)

    @property
    def summary(self) -> str:
        if self.verdict is Verdict.VERIFIED:
            if self.record:
                return said(QT_TRANSLATE_NOOP("core", "Verified: the learner record and each of its {count} "
                                                      "credentials are authentic, current and from an issuer "
                                                      "you trust."), count=len(self.nested))
            if self.endorsement:
                return said(QT_TRANSLATE_NOOP("core", "Verified: the endorsement is authentic, current and signed by "
                                                      "a key you trust."))
            if self.check("revocation").ok is None:
                return said(QT_TRANSLATE_NOOP("core", "Verified: the credential is authentic, current and from an "
                                                      "issuer you trust; whether that issuer has since revoked it "
                                                      "can only be checked with them."))
            return said(QT_TRANSLATE_NOOP("core", "Verified: the credential is authentic, current and from a "
                                                  "trusted issuer."))
        if self.verdict is Verdict.NOT_VERIFIED:
            # a record altered inside one of its credentials also breaks its own signature: name
            # the credential, which says where the change is
            failing = sorted((c for c in self.checks if c.ok is False), key=lambda c: c.name != "nested")
            return said(NOT_VERIFIED, reason=failing[0].message if failing else
                        said(QT_TRANSLATE_NOOP("core", "the credential failed a check.")))
        if self.verdict is Verdict.UNKNOWN_ISSUER:
            return said(QT_TRANSLATE_NOOP("core", "Signed by an unknown key {fingerprint}: the signature is intact "
                                                  "but nobody you trust vouches for this issuer."),
                        fingerprint=self.key_fingerprint)
        if self.verdict is Verdict.REVOKED:
            return said(QT_TRANSLATE_NOOP("core", "Revoked: {reason}"), reason=self.check("revocation").message)
        if self.verdict is Verdict.SUPERSEDED:
            return said(SUPERSEDED, reason=self.check("superseded").message)
        return said(QT_TRANSLATE_NOOP("core", "Expired: {reason}"), reason=self.check("valid_until").message)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["verdict"] = self.verdict.value
        d["verified"] = self.verified
        d["summary"] = self.summary
        return d


NOT_VERIFIED = QT_TRANSLATE_NOOP("core", "Not verified: {reason}")
SUPERSEDED = QT_TRANSLATE_NOOP("core", "Replaced by a newer credential: {reason}")
RE_ISSUED = QT_TRANSLATE_NOOP("core", "it was re-issued as {credential}; only the newer credential is current.")


def reason_of(summary: str) -> str:
    """A "Not verified: …" summary without its verdict: the reason alone."""
    if isinstance(summary, Said) and summary.template == NOT_VERIFIED:
        reason: str = summary.params["reason"]
        return reason
    return summary.removeprefix("Not verified: ")


# whose key signed it, and how the key is known to be the issuer's: did:web (its domain) or did:key
_KEY_MESSAGES = {
    ("own-current", False): QT_TRANSLATE_NOOP(
        "core", "Signed by this workspace's current key {fingerprint}. A fingerprint is a short code computed "
                "from the public key (did:key): the same code from the issuer means the same key."),
    ("own-retired", False): QT_TRANSLATE_NOOP(
        "core", "Signed by this workspace's retired key {fingerprint}, kept for verification. A fingerprint is a "
                "short code computed from the public key (did:key): the same code from the issuer means the same "
                "key."),
    ("trusted", False): QT_TRANSLATE_NOOP(
        "core", "Signed by the key {fingerprint} of an issuer you imported as trusted. A fingerprint is a short "
                "code computed from the public key (did:key): the same code from the issuer means the same key."),
    ("unknown", False): QT_TRANSLATE_NOOP(
        "core", "Signed by an unknown key {fingerprint}. A fingerprint is a short code computed from the public "
                "key (did:key): the same code from the issuer means the same key."),
    ("own-current", True): QT_TRANSLATE_NOOP(
        "core", "Signed by this workspace's current key {fingerprint}. The credential names its issuer by the "
                "web domain {domain} (did:web), whose DID document lists this key."),
    ("own-retired", True): QT_TRANSLATE_NOOP(
        "core", "Signed by this workspace's retired key {fingerprint}, kept for verification. The credential "
                "names its issuer by the web domain {domain} (did:web), whose DID document lists this key."),
    ("trusted", True): QT_TRANSLATE_NOOP(
        "core", "Signed by the key {fingerprint} of an issuer you imported as trusted. The credential names its "
                "issuer by the web domain {domain} (did:web), whose DID document lists this key."),
    ("unknown", True): QT_TRANSLATE_NOOP(
        "core", "Signed by an unknown key {fingerprint}. The credential names its issuer by the web domain "
                "{domain} (did:web), whose DID document lists this key."),
}
_KEY_STATUSES = {status for status, _web in _KEY_MESSAGES}


def _date_checks(shown: SignedFacts, checks: list[Check], now: datetime) -> bool:
    """Append the validFrom/validUntil checks; True when the credential has expired."""
    # a moment is written "26 November 2026, 23:57 UTC" (core/said.py), what a person reads on a report
    valid_from = parse_xsd_datetime(shown.valid_from)
    if valid_from is None:
        checks.append(Check("valid_from", False, said(QT_TRANSLATE_NOOP(
            "core", "The credential has no valid validFrom date."))))
    elif valid_from > now:
        checks.append(Check("valid_from", False, said(QT_TRANSLATE_NOOP(
            "core", "The credential only becomes valid on {moment}."), moment=valid_from)))
    else:
        checks.append(Check("valid_from", True, said(QT_TRANSLATE_NOOP("core", "Valid from {moment}."),
                                                     moment=valid_from)))
    if shown.valid_until is None:
        checks.append(Check("valid_until", True, said(QT_TRANSLATE_NOOP("core", "The credential does not expire."))))
        return False
    valid_until = parse_xsd_datetime(shown.valid_until)
    if valid_until is None:
        checks.append(Check("valid_until", False, said(QT_TRANSLATE_NOOP(
            "core", "The credential's validUntil date is malformed."))))
        return False
    if valid_until < now:
        checks.append(Check("valid_until", False, said(QT_TRANSLATE_NOOP(
            "core", "The credential expired on {moment}."), moment=valid_until)))
        return True
    checks.append(Check("valid_until", True, said(QT_TRANSLATE_NOOP("core", "Valid until {moment}."),
                                                  moment=valid_until)))
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
        checks.append(Check("format", False, said(QT_TRANSLATE_NOOP(
            "core", "The file does not hold a credential (a JSON object)."))))
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
            checks.append(Check("signed_facts", False, said(QT_TRANSLATE_NOOP(
                "core", "The credential's JSON shows a different {fields} from what its signature covers."),
                fields=", ".join(differ))))
        else:
            checks.append(Check("signed_facts", True, said(QT_TRANSLATE_NOOP(
                "core", "What the credential shows is what was signed."))))
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
        if status not in _KEY_STATUSES:
            status = "unknown"
        domain = domain_of(proof.did) if proof.did and is_did_web(proof.did) else None
        checks.append(Check("issuer_key", status != "unknown", said(
            _KEY_MESSAGES[status, domain is not None], fingerprint=fp,
            **({"domain": domain} if domain is not None else {}))))
    else:
        checks.append(Check("issuer_key", None, said(QT_TRANSLATE_NOOP(
            "core", "The signing key cannot be attributed without a valid signature."))))

    # 3. the issuer named in the credential is the key's controller
    if proof.did is None or facts is None:
        checks.append(Check("issuer_controls_key", None, said(QT_TRANSLATE_NOOP(
            "core", "No signing key to compare with the issuer."))))
    elif shown.issuer_id == proof.did:
        checks.append(Check("issuer_controls_key", True, said(QT_TRANSLATE_NOOP(
            "core", "The issuer named in the credential holds the signing key."))))
    else:
        checks.append(Check("issuer_controls_key", False, said(QT_TRANSLATE_NOOP(
            "core", "The credential names issuer {issuer} but was signed by another key ({fingerprint})."),
            issuer=repr(shown.issuer_id), fingerprint=fp)))

    # 4. dates, as signed
    expired = False
    if facts is None:
        checks.append(Check("valid_from", None, said(QT_TRANSLATE_NOOP(
            "core", "The dates cannot be read from a credential that cannot be processed."))))
    else:
        expired = _date_checks(shown, checks, now)

    # 5. revocation and replacement as this workspace knows them (status lists are not fetched)
    cred_id = shown.credential_id
    revoked = revocation_lookup(cred_id) if cred_id else None
    if revoked is not None:
        checks.append(Check("revocation", False, said(QT_TRANSLATE_NOOP(
            "core", "The issuer revoked this credential on {day}: {reason}"), day=revoked.revoked_at.date(),
            reason=revoked.reason) if revoked.revoked_at else said(QT_TRANSLATE_NOOP(
                "core", "The issuer revoked this credential: {reason}"), reason=revoked.reason)))
    elif record:
        checks.append(Check("revocation", True if status in ("own-current", "own-retired") else None,
                            said(QT_TRANSLATE_NOOP("core", "A learner record has no status of its own: each "
                                                           "credential in it is checked for revocation below."))))
    elif status not in ("own-current", "own-retired"):
        checks.append(Check("revocation", None, said(QT_TRANSLATE_NOOP(
            "core", "Whether its issuer has revoked it cannot be known here: only the issuer's own records say so "
                    "(its status list: {list})."), list=shown.status.list_credential)
            if shown.status and shown.status.list_credential else said(QT_TRANSLATE_NOOP(
                "core", "Whether its issuer has revoked it cannot be known here: only the issuer's own records "
                        "say so."))))
    else:
        checks.append(Check("revocation", True, said(NOT_REVOKED)))
    newer = superseded_lookup(cred_id) if cred_id and superseded_lookup else None
    if newer:
        checks.append(Check("superseded", False, said(RE_ISSUED, credential=newer)))

    # 6. the VC data model as the reference verifier checks it
    model = data_model_problems(doc)
    if model:
        checks.append(Check("data_model", False, model[0]))

    # 7. the endorsements the achievement carries, each standing on its own signature alone
    endorsement = shown.endorsement if facts is not None else _json_is_endorsement(doc)
    if endorsement and _json_chars(doc) > MAX_ENDORSEMENT_CHARS:
        checks.append(Check("endorsement", False, said(ENDORSEMENT_TOO_LARGE, limit=MAX_ENDORSEMENT_CHARS)))
    endorsements = _endorsement_checks(doc, proof.valid, facts, proof.key_did, endorsement, checks, dict(
        key_trust=key_trust, revocation_lookup=revocation_lookup, now=now, loader=loader, did_web=did_web,
        nested_rule=nested_rule))

    # 8. the official OB 3.0 JSON Schema (a record: its structure, then each credential on its own)
    nested: tuple[NestedResult, ...] = ()
    if record:
        problems = record_shape_problems(doc)
        _schema_check(checks, problems, True)
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
        problems = schema_problems(shaped, endorsement=endorsement)
        _schema_check(checks, problems, False)

    hard_failure = any(
        c.ok is False for c in checks
        if c.name in ("signature", "signed_facts", "data_model", "issuer_controls_key", "valid_from", "schema",
                      "nested", "endorsement")
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
    checks, endorsements = withhold_endorsements(verdict, checks, endorsements)
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
        endorsement=endorsement,
        subject_id=shown.subject_id if endorsement else None,
        comment=shown.comment if endorsement else None,
        endorsements=endorsements,
    )


NOT_REVOKED = QT_TRANSLATE_NOOP("core", "Not revoked: this workspace issued it and has not revoked it.")
# (record?, how many problems): one problem, or the first of several
_SCHEMA = {
    (False, 0): QT_TRANSLATE_NOOP("core", "Conforms to the official Open Badges 3.0 JSON Schema."),
    (False, 1): QT_TRANSLATE_NOOP("core", "Does not conform to the OB 3.0 schema: {problem}."),
    (False, 2): QT_TRANSLATE_NOOP("core", "Does not conform to the OB 3.0 schema: {problem} (and {more} more)."),
    (True, 0): QT_TRANSLATE_NOOP("core", "Has the structure of a CLR 2.0 learner record."),
    (True, 1): QT_TRANSLATE_NOOP("core", "Does not have the structure of a learner record: {problem}."),
    (True, 2): QT_TRANSLATE_NOOP("core", "Does not have the structure of a learner record: {problem} "
                                         "(and {more} more)."),
}


def _schema_check(checks: list[Check], problems: list[str], record: bool) -> None:
    template = _SCHEMA[record, min(len(problems), 2)]
    if problems:  # the problems are the schema's technical words: they stay as they are
        checks.append(Check("schema", False, said(template, problem=problems[0].rstrip("."),
                                                  more=len(problems) - 1)))
    else:
        checks.append(Check("schema", True, said(template)))


def _json_is_record(doc: Mapping[str, Any]) -> bool:
    types = doc.get("type")
    return "ClrCredential" in (types if isinstance(types, list) else [types])


def _json_is_endorsement(doc: Mapping[str, Any]) -> bool:
    types = doc.get("type")
    return "EndorsementCredential" in (types if isinstance(types, list) else [types])


# --- endorsements ------------------------------------------------------------------------------
# An endorsement travels inside a credential, but the credential's issuer signing over it proves
# nothing about the endorser: anyone can write an endorsement in a famous employer's name. So
# each one is verified exactly as if it were handed over alone (its own signature, its own key,
# trusted or not, its own dates and schema, the caller's rule on names), and must endorse this
# very achievement, by someone other than the credential's issuer (carried_problem). Only then,
# and only on a credential that is itself authentic and from a key you know, is it "Endorsed by".

ENDORSED_BY = QT_TRANSLATE_NOOP("core", "Endorsed by {endorser} ({did}) on {day}.")
ENDORSED_BY_UNTIL = QT_TRANSLATE_NOOP("core", "Endorsed by {endorser} ({did}) on {day}, valid until {until}.")
ENDORSED_BY_COMMENT = QT_TRANSLATE_NOOP("core", "Endorsed by {endorser} ({did}) on {day}: “{comment}”")
ENDORSED_BY_UNTIL_COMMENT = QT_TRANSLATE_NOOP("core", "Endorsed by {endorser} ({did}) on {day}, valid until "
                                                      "{until}: “{comment}”")
ENDORSEMENT_EXPIRED = QT_TRANSLATE_NOOP("core", "The endorsement by {endorser} ({did}) expired on {day}.")
ENDORSEMENT_UNKNOWN_KEY = QT_TRANSLATE_NOOP(
    "core", "An endorsement in the name of {endorser} ({did}) is signed by an unknown key {fingerprint}: nobody "
            "you trust vouches for it, so it is not shown as an endorsement. Import their issuer card to trust it.")
ENDORSEMENT_INVALID = QT_TRANSLATE_NOOP("core", "An endorsement does not verify: {reason}")
ENDORSEMENT_WITHHELD = QT_TRANSLATE_NOOP(
    "core", "The credential carries an endorsement by {endorser} ({did}), but it is not shown as one: the "
            "credential itself is not verified, and an endorsement vouches for an achievement, not for whoever "
            "awards it.")
ENDORSEMENT_NOT_SHOWN = QT_TRANSLATE_NOOP(
    "core", "The endorsement is not shown as one: what carries it is not verified.")
ENDORSEMENT_TOO_LARGE = QT_TRANSLATE_NOOP(
    "core", "The endorsement is larger than an endorsement ever is (at most {limit} characters of JSON).")
# the verdicts of a credential that is authentic and signed by a key you know: only these show
# the endorsements it carries as endorsements
SHOWS_ENDORSEMENTS = frozenset({Verdict.VERIFIED, Verdict.EXPIRED, Verdict.REVOKED, Verdict.SUPERSEDED})


def _day_of(value: str | None) -> Any:
    when = parse_xsd_datetime(value)
    return when.date() if when else value


def _json_chars(doc: Any) -> int:
    return len(json.dumps(doc, ensure_ascii=False, separators=(",", ":")))


def _endorsement_checks(doc: Mapping[str, Any], signed: bool, facts: SignedFacts | None, key_did: str | None,
                        endorsement: bool, checks: list[Check], how: dict[str, Any]
                        ) -> tuple[EndorsementResult, ...]:
    """Verify the endorsements ``doc``'s achievement carries, one check each (see above)."""
    subject = doc.get("credentialSubject")
    achievement = subject.get("achievement") if isinstance(subject, Mapping) else None
    items = achievement.get("endorsement") if isinstance(achievement, Mapping) else None
    if items is None:
        return ()
    if endorsement:
        checks.append(Check("endorsement", False, said(QT_TRANSLATE_NOOP(
            "core", "An endorsement cannot carry endorsements of its own."))))
        return ()
    if not signed or facts is None:
        checks.append(Check("endorsements", None, said(QT_TRANSLATE_NOOP(
            "core", "The endorsements it carries are not checked: the credential's own signature does not hold."))))
        return ()
    listed = items if isinstance(items, list) else [items]
    if len(listed) > MAX_ENDORSEMENTS:
        checks.append(Check("endorsement", False, said(QT_TRANSLATE_NOOP(
            "core", "The achievement carries {count} endorsements; Badgesmith checks at most {limit}, so it is not "
                    "verified."), count=len(listed), limit=MAX_ENDORSEMENTS)))
        return ()
    out = []
    seen: set[str] = set()
    for i, item in enumerate(listed, start=1):
        item_id = item.get("id") if isinstance(item, Mapping) else None
        if isinstance(item_id, str) and item_id in seen:
            result = EndorsementResult(i, EndorsementStatus.INVALID, said(ENDORSEMENT_INVALID, reason=said(
                QT_TRANSLATE_NOOP("core", "the credential carries the endorsement {id} twice."), id=item_id)))
        else:
            result = _endorsement_result(i, item, facts, key_did, how)
        if isinstance(item_id, str):
            seen.add(item_id)
        out.append(result)
        ok = {EndorsementStatus.ENDORSED: True, EndorsementStatus.INVALID: False}.get(result.status)
        checks.append(Check("endorsement", ok, result.message))
    return tuple(out)


def _endorsement_result(position: int, item: Any, outer: SignedFacts, outer_key: str | None,
                        how: dict[str, Any]) -> EndorsementResult:
    def invalid(reason: str, rep: VerificationReport | None = None) -> EndorsementResult:
        return EndorsementResult(position, EndorsementStatus.INVALID, said(ENDORSEMENT_INVALID, reason=reason),
                                 *_endorsement_facts(rep))

    if not isinstance(item, Mapping) or not _json_is_endorsement(item):
        return invalid(said(QT_TRANSLATE_NOOP("core", "it is not an EndorsementCredential.")))
    nested_rule = how.get("nested_rule")
    key_trust = how["key_trust"]
    rep = verify_credential(item, **{k: v for k, v in how.items() if k != "nested_rule"})
    if rep.verdict in (Verdict.NOT_VERIFIED, Verdict.REVOKED, Verdict.SUPERSEDED):
        return invalid(reason_of(rep.summary), rep)
    if not rep.endorsement:
        return invalid(said(QT_TRANSLATE_NOOP("core", "it is not an EndorsementCredential.")), rep)
    if not rep.issuer_name:
        return invalid(said(QT_TRANSLATE_NOOP("core", "it does not name its endorser.")), rep)
    problem = carried_problem(
        subject_id=rep.subject_id, endorser_did=rep.issuer_did, endorser_name=rep.issuer_name,
        endorser_key=rep.key_did, achievement_id=outer.achievement_id, issuer_did=outer.issuer_id,
        issuer_name=outer.issuer_name, issuer_key=outer_key, key_trust=key_trust)
    if problem:
        return invalid(problem, rep)
    if rep.check("issuer_key").ok is not True:
        return EndorsementResult(position, EndorsementStatus.UNKNOWN_KEY, said(
            ENDORSEMENT_UNKNOWN_KEY, endorser=rep.issuer_name, did=rep.issuer_did, fingerprint=rep.key_fingerprint),
            *_endorsement_facts(rep))
    # the caller's rule on names holds for an expired endorsement too: it names its endorser as well
    refused = nested_rule(rep) if nested_rule is not None and rep.verdict in (Verdict.VERIFIED, Verdict.EXPIRED) \
        else None
    if refused:
        return invalid(refused, rep)
    if rep.verdict is Verdict.EXPIRED:
        return EndorsementResult(position, EndorsementStatus.EXPIRED, endorsement_expired(rep),
                                 *_endorsement_facts(rep))
    if rep.verdict is not Verdict.VERIFIED:
        return invalid(reason_of(rep.summary), rep)
    return EndorsementResult(position, EndorsementStatus.ENDORSED, endorsed_by(rep), *_endorsement_facts(rep))


def _same_name(a: str | None, b: str | None) -> bool:
    def norm(text: str) -> str:
        return " ".join(unicodedata.normalize("NFKC", text).casefold().split())

    return bool(a and b) and norm(a or "") == norm(b or "")


def carried_problem(*, subject_id: str | None, endorser_did: str | None, endorser_name: str | None,
                    endorser_key: str | None, achievement_id: str | None, issuer_did: str | None,
                    issuer_name: str | None, issuer_key: str | None,
                    key_trust: Callable[[str], KeyStatus | str]) -> str | None:
    """Why an endorsement (its signed subject, endorser and signing key, as did:key) cannot stand
    in a credential awarding ``achievement_id``, issued by ``issuer_did`` named ``issuer_name``
    and signed with ``issuer_key``; None when it can. One rule for verifying a credential and for
    adding an endorsement to an achievement (services/endorsements.py).

    The subject must be the achievement's id exactly as the credential carries it (ids are
    compared letter for letter, as every JSON-LD processor does). The endorser must be someone
    other than the issuer: another DID, another key, another name, and not two keys of this very
    workspace (the issuer's retired key is still the issuer)."""
    if subject_id != achievement_id:
        return said(QT_TRANSLATE_NOOP("core", "it endorses {subject}, not this credential's achievement ({achievement})."),
                    subject=subject_id or "nothing", achievement=achievement_id or "none")
    both_own = endorser_key is not None and issuer_key is not None and all(
        str(key_trust(k)).startswith("own") for k in (endorser_key, issuer_key))
    if (endorser_did == issuer_did or (endorser_key is not None and endorser_key == issuer_key)
            or _same_name(endorser_name, issuer_name) or both_own):
        return said(QT_TRANSLATE_NOOP(
            "core", "it is signed by the credential's own issuer; an endorsement must come from someone else."))
    return None


def withhold_endorsements(verdict: Verdict, checks: list[Check], endorsements: tuple[EndorsementResult, ...] |
                          list[EndorsementResult]) -> tuple[list[Check], tuple[EndorsementResult, ...]]:
    """The checks and endorsements a report with ``verdict`` shows: on a credential that is not
    authentic, or that nobody you trust issued, an endorsement that verifies is not said to endorse
    anything (anyone can copy an endorsed achievement, its id and its endorsements, into a
    credential of their own). Reports downgraded later (services.verification) pass through here
    again."""
    if verdict in SHOWS_ENDORSEMENTS:
        return list(checks), tuple(endorsements)
    withheld = {e.message: replace(e, status=EndorsementStatus.WITHHELD, message=said(
        ENDORSEMENT_WITHHELD, endorser=e.endorser_name, did=e.endorser_did))
        for e in endorsements if e.status is EndorsementStatus.ENDORSED}
    # an "Endorsed by" check of no result here (an endorsement handed over alone) is withheld too
    out = [c if c.name != "endorsement" or c.ok is not True else
           Check(c.name, None, withheld[c.message].message if c.message in withheld else said(ENDORSEMENT_NOT_SHOWN))
           for c in checks]
    return out, tuple(withheld.get(e.message, e) if e.status is EndorsementStatus.ENDORSED else e
                      for e in endorsements)


def endorsed_by(rep: VerificationReport) -> str:
    """"Endorsed by NAME (DID) on DAY…" for an endorsement that verifies, from its signed facts."""
    template = {(False, False): ENDORSED_BY, (True, False): ENDORSED_BY_UNTIL, (False, True): ENDORSED_BY_COMMENT,
                (True, True): ENDORSED_BY_UNTIL_COMMENT}[rep.valid_until is not None, bool(rep.comment)]
    return said(template, endorser=rep.issuer_name, did=rep.issuer_did, day=_day_of(rep.valid_from),
                until=_day_of(rep.valid_until), comment=rep.comment)


def endorsement_expired(rep: VerificationReport) -> str:
    return said(ENDORSEMENT_EXPIRED, endorser=rep.issuer_name, did=rep.issuer_did, day=_day_of(rep.valid_until))


def _endorsement_facts(rep: VerificationReport | None) -> tuple[Any, ...]:
    """An endorsement's facts as signed, in EndorsementResult's order (after its message)."""
    if rep is None:
        return ()
    return (rep.credential_id, rep.issuer_name, rep.issuer_did, rep.key_fingerprint, rep.subject_id, rep.comment,
            rep.valid_from, rep.valid_until)


def _verify_nested(doc: Mapping[str, Any], learner: str | None, **how: Any) -> tuple[NestedResult, ...]:
    """Each credential of a record verified on its own, as if handed over alone (the reference
    verifier checks only the record's own proof), and required to be the record's learner's."""
    subject = doc.get("credentialSubject")
    held = subject.get("verifiableCredential") if isinstance(subject, Mapping) else None
    out = []
    for i, cred in enumerate(held if isinstance(held, list) else [], start=1):
        if isinstance(cred, Mapping) and _json_is_record(cred):
            out.append(NestedResult(i, None, None, None, Verdict.NOT_VERIFIED, said(QT_TRANSLATE_NOOP(
                "core", "A learner record inside a learner record is not accepted."))))
            continue
        rep = verify_credential(cred, **how)
        # "verifies on its own" means what the caller would say of it alone, its own rules included
        refused = how["nested_rule"](rep) if how.get("nested_rule") and rep.verdict is Verdict.VERIFIED else None
        verdict = Verdict.NOT_VERIFIED if refused else rep.verdict
        belongs = rep.recipient_name is not None and rep.recipient_name == learner
        if verdict is not Verdict.VERIFIED:
            reason = refused or reason_of(rep.summary)
        elif learner is None:
            reason = said(QT_TRANSLATE_NOOP("core", "The record's learner cannot be read from what its signature "
                                                    "covers, so whose credential this is cannot be told."))
        else:
            reason = rep.summary if belongs else said(QT_TRANSLATE_NOOP(
                "core", "It was awarded to {recipient}, not to {learner}, whose record this is."),
                recipient=repr(rep.recipient_name), learner=repr(learner))
        out.append(NestedResult(i, rep.credential_id, rep.achievement_name, rep.recipient_name, verdict,
                                reason, belongs))
    return tuple(out)


def _nested_check(nested: tuple[NestedResult, ...]) -> Check:
    failing = [n for n in nested if not n.verified]
    if not nested:
        return Check("nested", False, said(QT_TRANSLATE_NOOP("core", "The record holds no credentials.")))
    if not failing:
        return Check("nested", True, said(QT_TRANSLATE_NOOP(
            "core", "Each of the record's {count} credentials verifies on its own and was awarded to its learner."),
            count=len(nested)))
    if len(failing) == 1:
        return Check("nested", False, said(QT_TRANSLATE_NOOP(
            "core", "1 credential in the record does not verify: {credential}: {reason}"),
            credential=failing[0].label, reason=failing[0].reason))
    # several: their own reasons are listed as they are (the app shows each with its reason below)
    named = "; ".join(f"{n.label}: {n.reason}" for n in failing[:3])
    if len(failing) <= 3:
        return Check("nested", False, said(QT_TRANSLATE_NOOP(
            "core", "{count} credentials in the record do not verify: {credentials}"),
            count=len(failing), credentials=named))
    return Check("nested", False, said(QT_TRANSLATE_NOOP(
        "core", "{count} credentials in the record do not verify: {credentials} (and {more} more)"),
        count=len(failing), credentials=named, more=len(failing) - 3))
