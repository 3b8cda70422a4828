"""Verifying what someone hands you: a PDF, a credential JSON, a QR image, or pasted QR text.

One plain report whatever came in: the verdict, one sentence per check, and the facts shown.
For a PDF both halves are checked (the embedded credential and the printed QR claim) and the
report says whether they agree, so a QR pasted onto someone else's certificate is caught.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from badgesmith.core.credentials.dataintegrity import parse_xsd_datetime
from badgesmith.core.credentials.didkey import public_key_bytes_from_did
from badgesmith.core.credentials.verify import Check, Verdict, VerificationReport, verify_credential
from badgesmith.core.errors import BadgesmithError
from badgesmith.core.paper import qrclaim
from badgesmith.core.services import issuer, register
from badgesmith.core.store.workspace import Workspace

VERDICT_TEXT = {
    "verified": "Verified",
    "not_verified": "Not verified",
    "unknown_issuer": "Unknown issuer",
    "revoked": "Revoked",
    "expired": "Expired",
    "unreadable": "Cannot be read",
}


@dataclass
class Report:
    source: str  # file name, or "pasted text"
    kind: str  # pdf | credential | claim
    verdict: str  # a Verdict value, or "unreadable"
    summary: str
    checks: list[Check] = field(default_factory=list)
    facts: dict[str, str] = field(default_factory=dict)  # recipient, achievement, issuer, dates...

    @property
    def verified(self) -> bool:
        return self.verdict == Verdict.VERIFIED.value

    @property
    def title(self) -> str:
        return VERDICT_TEXT.get(self.verdict, self.verdict)

    def lines(self) -> list[str]:
        out = [f"{self.source}: {self.title.upper()} — {self.summary}"]
        for k, v in self.facts.items():
            out.append(f"  {k}: {v}")
        for c in self.checks:
            mark = "ok " if c.ok else ("-- " if c.ok is None else "FAIL")
            out.append(f"  [{mark}] {c.message}")
        return out

    def as_dict(self) -> dict[str, Any]:
        return {"source": self.source, "kind": self.kind, "verdict": self.verdict, "verified": self.verified,
                "summary": self.summary, "facts": self.facts,
                "checks": [{"name": c.name, "ok": c.ok, "message": c.message} for c in self.checks]}


class _Knowledge:
    """What this workspace knows: own and trusted keys, revocations."""

    def __init__(self, ws: Workspace) -> None:
        self.trust = issuer.key_trust(ws)
        self.revoked = register.revocation_lookup(ws)
        self.superseded = register.superseded_map(ws)
        self.keys: dict[bytes, str] = {}
        for did, status in self.trust.items():
            self.keys[public_key_bytes_from_did(did)] = status

    def key_trust(self, did: str) -> str:
        return self.trust.get(did, "unknown")


def verify_path(ws: Workspace, path: Path) -> Report:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return _unreadable(path.name, f"The file cannot be opened: {exc.strerror}.")
    know = _Knowledge(ws)
    if data.startswith(b"%PDF"):
        return _verify_pdf(path.name, data, know)
    if data[:8] == b"\x89PNG\r\n\x1a\n" or data[:3] == b"\xff\xd8\xff":
        return _verify_image(path.name, data, know)
    text = _decode_text(data)
    if text is None:
        return _unreadable(path.name, "This is not a PDF, a credential (JSON), a QR image or QR text.")
    return _verify_text(path.name, text, know)


def verify_text(ws: Workspace, text: str) -> Report:
    return _verify_text("pasted text", text, _Knowledge(ws))


def _decode_text(data: bytes) -> str | None:
    """A text file (UTF-8, or UTF-16 with its BOM) that is not binary junk, else None."""
    encodings = ["utf-8-sig"] + (["utf-16"] if data[:2] in (b"\xff\xfe", b"\xfe\xff") else [])
    for enc in encodings:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if any(ord(c) < 32 and c not in "\t\r\n" for c in text):
            return None
        return text
    return None


def _verify_text(source: str, text: str, know: _Knowledge) -> Report:
    stripped = text.strip()
    if stripped.startswith("{"):
        try:
            doc = json.loads(stripped)
        except ValueError:
            return _unreadable(source, "The text looks like JSON but is not valid JSON.")
        return _from_credential(source, "credential", doc, know)
    if not stripped:
        return _unreadable(source, "There is nothing to verify: paste the text of a QR code.")
    return _verify_claim_text(source, stripped, know)


def _unreadable(source: str, why: str) -> Report:
    return Report(source, "unknown", "unreadable", why, [Check("readable", False, why)])


def _from_credential(source: str, kind: str, doc: Any, know: _Knowledge) -> Report:
    if not isinstance(doc, dict):
        return _unreadable(source, "The JSON is not a credential.")
    rep = verify_credential(doc, key_trust=know.key_trust, revocation_lookup=know.revoked)
    checks = list(rep.checks)
    newer = know.superseded.get(str(doc.get("id")))
    if newer:  # still genuine and not revoked: said, not held against it
        checks.append(Check("superseded", None, f"This credential was later re-issued as {newer}."))
    return Report(source, kind, rep.verdict.value, rep.summary, checks, _facts(rep))


def _facts(rep: VerificationReport) -> dict[str, str]:
    f = {"Recipient": rep.recipient_name, "Achievement": rep.achievement_name, "Issuer": rep.issuer_name,
         "Issued": _day(rep.valid_from), "Valid until": _day(rep.valid_until),
         "Issuer key": rep.key_fingerprint, "Credential": rep.credential_id}
    return {k: v for k, v in f.items() if v}


def _long(d: date) -> str:
    """'27 November 2026': the form the certificates print."""
    return f"{d.day} {d:%B %Y}"


def _day(text: str | None) -> str | None:
    if not text:
        return None
    when = parse_xsd_datetime(text)
    return _long(when.date()) if when else text


def _claim_report(source: str, claim: qrclaim.Claim, know: _Knowledge) -> Report:
    res = qrclaim.verify_claim(claim, know.keys.keys())
    checks: list[Check] = []
    facts = {"Recipient": claim.recipient_name, "Achievement": claim.achievement_name,
             "Issuer": claim.issuer_name, "Issued": _long(claim.issued_on),
             "Valid until": _long(claim.expires_on) if claim.expires_on else "",
             "Issuer key": claim.key_fingerprint, "Credential": claim.credential_id}
    facts = {k: v for k, v in facts.items() if v}
    if res.status is qrclaim.ClaimStatus.BAD_SIGNATURE:
        checks.append(Check("signature", False, "The QR code's signature does not match its content: "
                                                 "the certificate was altered or is not genuine."))
        return Report(source, "claim", "not_verified", checks[0].message, checks, facts)
    if res.status is qrclaim.ClaimStatus.UNKNOWN_KEY:
        msg = f"Signed by an unknown key {claim.key_fingerprint}: not an issuer this workspace trusts."
        checks.append(Check("issuer_key", False, msg))
        return Report(source, "claim", "unknown_issuer", msg, checks, facts)
    status = know.keys.get(res.public_key or b"", "unknown")
    who = {"own-current": "this workspace's current key", "own-retired": "a retired key of this workspace",
           "trusted": "a trusted issuer's key"}.get(status, "a known key")
    checks.append(Check("signature", True, f"The QR code is intact and signed by {who}."))
    verdict = "verified"
    revoked = know.revoked(claim.credential_id)
    if revoked:
        checks.append(Check("revocation", False, f"Revoked: {revoked.reason}"))
        verdict = "revoked"
    else:
        checks.append(Check("revocation", True, "Not revoked, as far as this workspace knows."))
    if claim.is_expired(date.today()):
        checks.append(Check("valid_until", False, f"Expired on {_long(claim.expires_on)}." if claim.expires_on else "Expired."))
        verdict = "expired" if verdict == "verified" else verdict
    elif claim.expires_on:
        checks.append(Check("valid_until", True, f"Valid until {_long(claim.expires_on)}."))
    summary = {"verified": f"Issued by {claim.issuer_name} to {claim.recipient_name} for "
                           f"{claim.achievement_name} on {_long(claim.issued_on)}.",
               "revoked": f"Revoked: {revoked.reason if revoked else ''}",
               "expired": f"Expired on {_long(claim.expires_on)}." if claim.expires_on else "Expired."}[verdict]
    return Report(source, "claim", verdict, summary, checks, facts)


def _verify_claim_text(source: str, text: str, know: _Knowledge) -> Report:
    try:
        claim = qrclaim.decode_claim(text)
    except qrclaim.ClaimError as exc:
        return _unreadable(source, exc.message)
    return _claim_report(source, claim, know)


def _verify_image(source: str, data: bytes, know: _Knowledge) -> Report:
    from badgesmith.core.paper.qrread import decode_qr_from_image

    try:
        texts = decode_qr_from_image(data)
    except BadgesmithError as exc:
        return _unreadable(source, exc.message)
    if not texts:
        return _unreadable(source, "No QR code was found in the image; try a sharper, straighter photo.")
    return _verify_text(source, texts[0], know)


def _verify_pdf(source: str, data: bytes, know: _Knowledge) -> Report:
    from badgesmith.core.paper.pdfembed import extract_credential
    from badgesmith.core.paper.qrread import decode_qr_from_pdf

    try:
        doc = extract_credential(data)
    except BadgesmithError as exc:
        return _unreadable(source, exc.message)
    pages = _page_count(data)
    if pages != 1:
        # A certificate is one page. Anything else (a print file of many certificates, a forged
        # page placed before a genuine one) cannot be vouched for by one embedded credential.
        why = (f"This PDF has {pages} pages; a Badgesmith certificate has exactly one. A print file "
               "is for printing only: verify each certificate's own PDF.")
        return Report(source, "pdf", "not_verified", why, [Check("pages", False, why)])
    try:
        texts = decode_qr_from_pdf(data)
    except BadgesmithError:
        texts = []
    if len(set(texts)) > 1:
        why = "The page carries more than one QR code, so it cannot be told which one is the certificate's."
        return Report(source, "pdf", "not_verified", why, [Check("qr", False, why)])
    claim_rep = None
    claim = None
    for t in texts:
        try:
            claim = qrclaim.decode_claim(t)
        except qrclaim.ClaimError:
            continue
        claim_rep = _claim_report(source, claim, know)
        break
    if doc is None and claim_rep is None:
        return _unreadable(source, "The PDF holds neither an embedded credential nor a readable Badgesmith QR code.")
    if doc is None:
        assert claim_rep is not None
        claim_rep.checks.append(Check("embedded", None, "The PDF has no embedded credential; only the QR code was checked."))
        claim_rep.kind = "pdf"
        return claim_rep
    rep = _from_credential(source, "pdf", doc, know)
    if claim_rep is None or claim is None:
        rep.checks.append(Check("qr", False, "No readable Badgesmith QR code was found on the page."))
        if rep.verdict == "verified":
            rep.verdict, rep.summary = "not_verified", "The printed QR code is missing or unreadable."
        return rep
    rep.checks += [Check("qr_" + c.name, c.ok, "QR code: " + c.message) for c in claim_rep.checks]
    disagreements = _disagreements(doc, claim)
    if disagreements:
        rep.checks.append(Check("qr_matches", False, "The QR code does not match the embedded credential: "
                                + "; ".join(disagreements) + "."))
    else:
        rep.checks.append(Check("qr_matches", True, "The QR code matches the embedded credential."))
    if rep.verdict == "verified" and (disagreements or claim_rep.verdict not in ("verified",)):
        rep.verdict = "not_verified" if disagreements or claim_rep.verdict == "not_verified" else claim_rep.verdict
        rep.summary = ("The printed QR code does not match the embedded credential."
                       if disagreements else claim_rep.summary)
    return rep


def _page_count(data: bytes) -> int:
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        return len(PdfReader(io.BytesIO(data)).pages)
    except (PdfReadError, ValueError, OSError):
        return 0


def _disagreements(doc: dict[str, Any], claim: qrclaim.Claim) -> list[str]:
    out = []
    subject = doc.get("credentialSubject") or {}
    issuer_obj = doc.get("issuer") or {}
    pairs = [
        ("credential id", doc.get("id"), claim.credential_id, False),
        ("recipient", subject.get("name"), claim.recipient_name, True),
        ("achievement", (subject.get("achievement") or {}).get("name"), claim.achievement_name, True),
        ("issuer", issuer_obj.get("name") if isinstance(issuer_obj, dict) else None, claim.issuer_name, True),
    ]
    for label, full, short, may_shorten in pairs:
        if not isinstance(full, str):
            out.append(f"the credential has no {label}")
        elif not (full == short or (may_shorten and short.endswith("…") and full.startswith(short[:-1]))):
            out.append(f"{label} differs")
    proof = doc.get("proof")
    proofs = proof if isinstance(proof, list) else [proof]
    vm = next((p.get("verificationMethod") for p in proofs if isinstance(p, dict)), None)
    if isinstance(vm, str):
        try:
            if qrclaim.key_id(public_key_bytes_from_did(vm)) != claim.key_id:
                out.append("signed by different keys")
        except BadgesmithError:
            out.append("the credential's key cannot be read")
    issued = _parse_date(doc.get("awardedDate") or doc.get("validFrom"))
    if issued is not None and issued != claim.issued_on:
        out.append("issue dates differ")
    until = _parse_date(doc.get("validUntil"))
    if until != claim.expires_on:
        out.append("expiry dates differ")
    return out


def _parse_date(text: Any) -> date | None:
    when = parse_xsd_datetime(text)
    return when.date() if when else None
