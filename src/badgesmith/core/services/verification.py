"""Verifying what someone hands you: a PDF, a credential JSON, a QR image, or pasted QR text.

One plain report whatever came in: the verdict, one sentence per check, the facts shown, and
what the paper must read. For a PDF, the embedded credential is checked, then the file's seal
(paper.pdfseal): only a file that is byte for byte what the issuer's Badgesmith wrote has its
page vouched for, since no checker can tell what every viewer will draw from an edited one.
Then the printed QR claim is read back and compared with the credential. Whatever is ambiguous
(two QR codes, two claims) is reported as such, never resolved by taking the first.

Every fact shown comes from what was signed: the credential's signed dataset (see
credentials.signedfacts) or the signed QR claim; an issuer is shown under the name this
workspace knows it by.
"""

from __future__ import annotations

import functools
import logging
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from badgesmith.core.credentials import baking
from badgesmith.core.credentials.dataintegrity import parse_xsd_datetime
from badgesmith.core.credentials.didkey import public_key_bytes_from_did
from badgesmith.core.credentials.errors import CredentialError
from badgesmith.core.credentials.jsontext import read_json
from badgesmith.core.credentials.verify import (
    NOT_REVOKED,
    RE_ISSUED,
    SUPERSEDED,
    Check,
    EndorsementResult,
    NestedResult,
    Verdict,
    VerificationReport,
    endorsed_by,
    endorsement_expired,
    verify_credential,
    withhold_endorsements,
)
from badgesmith.core.errors import BadgesmithError, NotFound, ValidationError
from badgesmith.core.fileio import read_limited
from badgesmith.core.paper import pdfseal, qrclaim
from badgesmith.core.paper.isolated import run_limited
from badgesmith.core.paper.pdfembed import extract_credential
from badgesmith.core.paper.qrread import decode_qr_from_image, decode_qr_from_pdf
from badgesmith.core.said import QT_TRANSLATE_NOOP, said
from badgesmith.core.services import achievements, issuer, register
from badgesmith.core.services.issuer import KnownKey
from badgesmith.core.services.lookalike import look_alike
from badgesmith.core.store.workspace import Workspace

log = logging.getLogger(__name__)
MAX_FILE_BYTES = 30_000_000  # the largest PDF, image or JSON file verification opens
MAX_QR_TEXT_CHARS = 8_000  # a QR code of the largest version holds 4,296 characters

# the words a report is made of (each a ``Said``: the app shows them in its language)
VERDICT_TEXT = {
    Verdict.VERIFIED: said(QT_TRANSLATE_NOOP("core", "Verified")),
    Verdict.NOT_VERIFIED: said(QT_TRANSLATE_NOOP("core", "Not verified")),
    Verdict.UNKNOWN_ISSUER: said(QT_TRANSLATE_NOOP("core", "Unknown issuer")),
    Verdict.REVOKED: said(QT_TRANSLATE_NOOP("core", "Revoked")),
    Verdict.EXPIRED: said(QT_TRANSLATE_NOOP("core", "Expired")),
    Verdict.SUPERSEDED: said(QT_TRANSLATE_NOOP("core", "Replaced")),
    Verdict.AMBIGUOUS: said(QT_TRANSLATE_NOOP("core", "Ambiguous")),
    Verdict.UNREADABLE: said(QT_TRANSLATE_NOOP("core", "Cannot be read")),
}
PASTED = said(QT_TRANSLATE_NOOP("core", "pasted text"))  # what a report calls pasted QR text
# the facts' labels: the report's facts are keyed by them
ISSUER = said(QT_TRANSLATE_NOOP("core", "Issuer"))
ISSUER_STATED = said(QT_TRANSLATE_NOOP("core", "Issuer (as the credential states)"))
LEARNER = said(QT_TRANSLATE_NOOP("core", "Learner"))
RECORD = said(QT_TRANSLATE_NOOP("core", "Record"))
ISSUED = said(QT_TRANSLATE_NOOP("core", "Issued"))
CREDENTIALS = said(QT_TRANSLATE_NOOP("core", "Credentials"))
ISSUER_KEY = said(QT_TRANSLATE_NOOP("core", "Issuer key"))
CREDENTIAL = said(QT_TRANSLATE_NOOP("core", "Credential"))
RECIPIENT = said(QT_TRANSLATE_NOOP("core", "Recipient"))
ACHIEVEMENT = said(QT_TRANSLATE_NOOP("core", "Achievement"))
VALID_UNTIL = said(QT_TRANSLATE_NOOP("core", "Valid until"))
STATUS_LIST = said(QT_TRANSLATE_NOOP("core", "Status list"))
QR_LINK = said(QT_TRANSLATE_NOOP("core", "QR link"))
ENDORSES = said(QT_TRANSLATE_NOOP("core", "Endorses"))
COMMENT = said(QT_TRANSLATE_NOOP("core", "Comment"))


@dataclass
class Report:
    source: str  # file name, or PASTED
    kind: str  # pdf | credential | badge | claim
    verdict: Verdict
    summary: str
    checks: list[Check] = field(default_factory=list)
    facts: dict[str, str] = field(default_factory=dict)  # recipient, achievement, issuer, dates...
    must_show: str | None = None  # what a genuine paper certificate reads, in words
    parts: list[NestedResult] = field(default_factory=list)  # a learner record's credentials, each verified
    # the endorsements the credential's achievement carries, each verified on its own (one check each)
    endorsements: list[EndorsementResult] = field(default_factory=list)

    @property
    def verified(self) -> bool:
        return self.verdict == Verdict.VERIFIED

    @property
    def title(self) -> str:
        return VERDICT_TEXT[self.verdict]

    def lines(self) -> list[str]:
        """The report as text lines; a line break inside a file name or a name never starts a
        line of its own (it could imitate a check), it is shown as \\n."""
        out = [f"{_flat(self.source)}: {self.title.upper()} — {_flat(self.summary)}"]
        if self.must_show:
            out.append(f"  {_flat(self.must_show)}")
        for k, v in self.facts.items():
            out.append(f"  {k}: {_flat(v)}")
        for c in self.checks:
            mark = "ok " if c.ok else ("-- " if c.ok is None else "FAIL")
            out.append(f"  [{mark}] {_flat(c.message)}")
        if self.parts:
            out.append(f"  The record's {len(self.parts)} credentials, each verified on its own:")
        for n in self.parts:
            mark = "ok " if n.verified else "FAIL"
            out.append(f"    [{mark}] {n.position}. {_flat(n.label)}: {VERDICT_TEXT[n.verdict] if n.belongs else 'Not this learner'}"
                       + ("" if n.verified else f" — {_flat(n.reason)}"))
        return out

    def as_dict(self) -> dict[str, Any]:
        out = self._as_dict()
        if not self.endorsements:  # what scripts read stays as it was for credentials without any
            del out["endorsements"]
        return out

    def _as_dict(self) -> dict[str, Any]:
        return {"source": self.source, "kind": self.kind, "verdict": self.verdict.value, "verified": self.verified,
                "summary": self.summary, "facts": self.facts, "must_show": self.must_show,
                "checks": [{"name": c.name, "ok": c.ok, "message": c.message} for c in self.checks],
                "credentials": [{"position": n.position, "credential_id": n.credential_id,
                                 "achievement_name": n.achievement_name, "recipient_name": n.recipient_name,
                                 "verdict": n.verdict.value, "verified": n.verified, "reason": n.reason}
                                for n in self.parts],
                "endorsements": [{"position": n.position, "status": n.status.value, "endorsed": n.endorsed,
                                  "message": n.message, "credential_id": n.credential_id,
                                  "endorser_name": n.endorser_name, "endorser_did": n.endorser_did,
                                  "comment": n.comment, "valid_from": n.valid_from, "valid_until": n.valid_until}
                                 for n in self.endorsements]}

    def fail(self, verdict: Verdict, why: str, check: Check | None = None) -> None:
        """Downgrade a report: the first reason given is the one the summary states."""
        if check is not None:
            self.checks.append(check)
        if (self.verdict not in (Verdict.NOT_VERIFIED, Verdict.AMBIGUOUS, Verdict.UNREADABLE)
                or verdict == Verdict.AMBIGUOUS):
            self.verdict, self.summary = verdict, why
        # "Endorsed by" is said only on a credential that is still authentic and from a known key
        self.checks, endorsements = withhold_endorsements(self.verdict, self.checks, self.endorsements)
        self.endorsements = list(endorsements)


def _flat(text: str) -> str:
    return text.replace("\r", "\\r").replace("\n", "\\n")


class _Knowledge:
    """What this workspace knows: own and trusted keys with their names, revocations."""

    def __init__(self, ws: Workspace) -> None:
        try:
            profile = issuer.get_issuer(ws)
            self.own_name: str | None = profile.name
            self.verify_page_url: str | None = profile.verify_page_url
        except NotFound:
            self.own_name = self.verify_page_url = None
        self.ws = ws
        self.by_did: dict[str, KnownKey] = issuer.known_keys(ws)
        self.did_web = issuer.did_web_directory(ws)  # this issuer's own did:web documents
        self.by_raw: dict[bytes, KnownKey] = {public_key_bytes_from_did(d): k for d, k in self.by_did.items()}
        self.revoked = register.revocation_lookup(ws)
        self.superseded = register.superseded_map(ws).get
        self.in_register = register.in_register(ws)

    def key_trust(self, did: str) -> str:
        known = self.by_did.get(did)
        return known.status if known else "unknown"

    def own_achievement(self, iri: str) -> str | None:
        """"NAME, version N" when ``iri`` is a version of one of this workspace's achievements."""
        with self.ws.read_session() as s:
            aid = achievements.achievement_of_iri(s, iri)
            if aid is None:
                return None
            version = next(v for v in achievements.current_version(s, aid).achievement.versions
                           if f"urn:uuid:{v.uuid}".lower() == iri.strip().lower())
            return said(QT_TRANSLATE_NOOP("core", "{achievement}, version {number}, of this workspace"),
                        achievement=version.name, number=version.number)


def _never_crash(fn: Callable[[Workspace, Any], Report]) -> Callable[[Workspace, Any], Report]:
    """Verification reads hostile input: an unexpected error in one file is logged with its
    traceback and reported for that file (never a traceback, never the end of a batch)."""
    @functools.wraps(fn)
    def checked(ws: Workspace, what: Any) -> Report:
        try:
            return fn(ws, what)
        except MemoryError:
            return _unreadable(_source_of(what), said(QT_TRANSLATE_NOOP(
                "core", "The file is too large to check in the memory available.")))
        except Exception:
            log.exception("internal error verifying %s", _source_of(what))
            return _unreadable(_source_of(what), said(QT_TRANSLATE_NOOP(
                "core", "An internal error stopped the check of this file; it was logged. Nothing about the "
                        "credential can be said.")))

    return checked


def _source_of(what: Any) -> str:
    return Path(what).name if isinstance(what, Path) else what[0] if isinstance(what, tuple) else PASTED


@_never_crash
def verify_path(ws: Workspace, path: Path) -> Report:
    path = Path(path)
    try:
        data = read_limited(path, MAX_FILE_BYTES, "a certificate, credential or photo")
    except ValidationError as exc:
        return _unreadable(path.name, exc.message)
    return _verify_data(path.name, data, _Knowledge(ws))


def verify_data(ws: Workspace, name: str, data: bytes) -> Report:
    """A file's bytes, already read (``name`` is what the report calls it): whoever keeps what
    was checked must check the bytes it keeps, not the file again (it may have changed since)."""
    return _verify_named(ws, (name, data))


@_never_crash
def _verify_named(ws: Workspace, what: tuple[str, bytes]) -> Report:
    return _verify_data(what[0], what[1], _Knowledge(ws))


def _verify_data(name: str, data: bytes, know: _Knowledge) -> Report:
    if len(data) > MAX_FILE_BYTES:
        return _unreadable(name, said(QT_TRANSLATE_NOOP(
            "core", "{file} is larger than a certificate, credential or photo ever is."), file=name))
    if data.startswith(b"%PDF"):
        return _verify_pdf(name, data, know)
    kind = baking.image_kind(data)
    if kind == "svg" or (kind == "png" and baking.KEYWORD in data):
        return _verify_baked(name, data, know)
    if data[:8] == b"\x89PNG\r\n\x1a\n" or data[:3] == b"\xff\xd8\xff":
        return _verify_image(name, data, know)
    decoded = _decode_text(data)
    if decoded is None:
        return _unreadable(name, said(QT_TRANSLATE_NOOP(
            "core", "This is not a PDF, a credential (JSON), a QR image or QR text.")))
    text, encoding = decoded
    if encoding != "utf-8" and text.lstrip().startswith("{"):
        return _unreadable(name, said(QT_TRANSLATE_NOOP(
            "core", "This credential file is saved as UTF-16; credentials are UTF-8 JSON. Save it as UTF-8 and "
                    "try again.")))
    return _verify_text(name, text, know)


@_never_crash
def verify_text(ws: Workspace, text: str) -> Report:
    return _verify_text(PASTED, text, _Knowledge(ws))


def verify_texts(ws: Workspace, texts: Iterable[tuple[str, str]]) -> Iterator[Report]:
    """Each (name, text) checked as :func:`verify_text` checks it, with what the workspace knows
    (keys, revocations, replacements) read once for all: a whole register, e.g. after a move."""
    know = _Knowledge(ws)
    for name, text in texts:
        yield _verify_known(ws, (name, text, know))


@_never_crash
def _verify_known(_ws: Workspace, what: tuple[str, str, _Knowledge]) -> Report:
    return _verify_text(*what)


def _decode_text(data: bytes) -> tuple[str, str] | None:
    """A text file (UTF-8, or UTF-16 with its BOM) that is not binary junk, and which of the two
    it was; else None. A UTF-8 BOM is kept: JSON.parse refuses it, and so does read_json."""
    encodings = [("utf-8", "utf-8")] + ([("utf-16", "utf-16")] if data[:2] in (b"\xff\xfe", b"\xfe\xff") else [])
    for codec, name in encodings:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if any(ord(c) < 32 and c not in "\t\r\n" for c in text):
            return None
        return text, name
    return None


_JSON_SPACE = " \t\r\n"  # the only whitespace JSON (and JSON.parse) allows around a document


def _verify_text(source: str, text: str, know: _Knowledge) -> Report:
    if text.strip(_JSON_SPACE).lstrip("\ufeff").startswith("{"):
        try:
            doc = read_json(text.strip(_JSON_SPACE))
        except CredentialError as exc:
            return _unreadable(source, exc.message)
        return _from_credential(source, "credential", doc, know)
    if text.strip().startswith("{"):
        return _unreadable(source, said(QT_TRANSLATE_NOOP(
            "core", "The credential is surrounded by characters JSON does not allow (e.g. non-breaking spaces); "
                    "save it as plain JSON.")))
    stripped = text.strip()
    if not stripped:
        return _unreadable(source, said(QT_TRANSLATE_NOOP(
            "core", "There is nothing to verify: paste the text of a QR code.")))
    if len(stripped) > MAX_QR_TEXT_CHARS:
        return _unreadable(source, said(QT_TRANSLATE_NOOP(
            "core", "This text is far longer than any QR code holds; paste the text of one QR code, or open the "
                    "credential file.")))
    return _verify_claim_text(source, stripped, know)


def _unreadable(source: str, why: str) -> Report:
    return Report(source, "unknown", Verdict.UNREADABLE, why, [Check("readable", False, why)])


# --- the issuer's name --------------------------------------------------------------------------


def _same_name(a: str | None, b: str | None, may_shorten: bool = False) -> bool:
    def norm(t: str) -> str:
        return " ".join(unicodedata.normalize("NFKC", t).casefold().split())

    if not a or not b:
        return False
    x, y = norm(a), norm(b)
    if may_shorten and x.endswith("…"):
        return y.startswith(x[:-1].rstrip())
    return x == y


def _issuer_checks(stated: str | None, known: KnownKey | None, know: _Knowledge, report: Report,
                   may_shorten: bool = False, endorsement: bool = False) -> None:
    """Show the issuer under the name this workspace knows its key by; refuse a partner's key
    posing as this workspace, and say when the stated name differs from the trusted one. An
    endorsement is refused under any name but the one its key is known by, this workspace's own
    too: "Endorsed by NAME" must never be said of a name its key does not stand for."""
    if known is None:
        if stated:
            report.facts[ISSUER] = said(QT_TRANSLATE_NOOP(
                "core", "{issuer} (as the credential states; the key is not one you know)"), issuer=stated)
        return
    report.facts[ISSUER] = known.name
    if stated and not _same_name(stated, known.name, may_shorten):
        report.facts[ISSUER_STATED] = stated
    if known.status == "trusted":
        if _same_name(stated, know.own_name, may_shorten) or look_alike(stated, know.own_name):
            why = said(QT_TRANSLATE_NOOP(
                "core", "The credential calls its issuer {stated}, which reads as the name of this workspace, but "
                        "it was signed by the key you trust as {trusted}: it does not come from you."),
                stated=repr(stated), trusted=repr(known.name))
            report.fail(Verdict.NOT_VERIFIED, why, Check("issuer_name", False, why))
        elif stated and not _same_name(stated, known.name, may_shorten):
            # what the certificate says about its issuer must be what was trusted: a partner writing
            # another name (a look-alike of someone else's, say) is not vouched for
            why = said(QT_TRANSLATE_NOOP(
                "core", "The credential calls its issuer {stated}, but you trusted this key as {trusted}. If they "
                        "changed their name, import their new issuer card."),
                stated=repr(stated), trusted=repr(known.name))
            report.fail(Verdict.NOT_VERIFIED, why, Check("issuer_name", False, why))
        else:
            report.checks.append(Check("issuer_name", True, said(QT_TRANSLATE_NOOP(
                "core", "Issued by {issuer}, as you trusted this key."), issuer=known.name)))
    elif stated and not _same_name(stated, known.name, may_shorten) and endorsement:
        why = said(QT_TRANSLATE_NOOP(
            "core", "The endorsement names its endorser {stated}, but it is signed by this workspace's own key, "
                    "whose issuer is {current}: an endorsement is shown only under the name its key stands for."),
            stated=repr(stated), current=repr(known.name))
        report.fail(Verdict.NOT_VERIFIED, why, Check("issuer_name", False, why))
    elif stated and not _same_name(stated, known.name, may_shorten):
        report.checks.append(Check("issuer_name", None, said(QT_TRANSLATE_NOOP(
            "core", "The credential names its issuer {stated}; this workspace's issuer is now called {current}."),
            stated=repr(stated), current=repr(known.name))))


def _issuer_rule(know: _Knowledge, rep: VerificationReport) -> str | None:
    """Why a credential that verifies in itself fails this workspace's issuer-name rule (the same
    as for a file of its own), or None: a credential inside a learner record meets it too."""
    probe = Report("", "credential", rep.verdict, rep.summary)
    _issuer_checks(rep.issuer_name, know.by_did.get(rep.key_did or ""), know, probe, endorsement=rep.endorsement)
    return probe.summary if probe.verdict is not rep.verdict else None


# --- credentials --------------------------------------------------------------------------------


def _from_credential(source: str, kind: str, doc: Any, know: _Knowledge) -> Report:
    if not isinstance(doc, dict):
        return _unreadable(source, said(QT_TRANSLATE_NOOP("core", "The JSON is not a credential.")))
    return _credential_report(source, kind, doc, know)[0]


def _credential_report(source: str, kind: str, doc: dict[str, Any], know: _Knowledge
                       ) -> tuple[Report, VerificationReport]:
    rep = verify_credential(doc, key_trust=know.key_trust, revocation_lookup=know.revoked,
                            superseded_lookup=know.superseded, did_web=know.did_web,
                            nested_rule=functools.partial(_issuer_rule, know))
    report = Report(source, "endorsement" if rep.endorsement else kind, rep.verdict, rep.summary, list(rep.checks),
                    _facts(rep, know), parts=list(rep.nested), endorsements=list(rep.endorsements))
    signed_ok = rep.check("signature").ok is True
    known = know.by_did.get(rep.key_did or "") if signed_ok else None
    if signed_ok:
        _issuer_checks(rep.issuer_name, known, know, report, endorsement=rep.endorsement)
    elif rep.issuer_name:
        report.facts[ISSUER] = rep.issuer_name
    if rep.endorsement and report.verdict in (Verdict.VERIFIED, Verdict.EXPIRED):
        # an endorsement handed over on its own: who endorsed what, as it was signed
        report.checks.append(Check("endorsement", True, endorsed_by(rep)) if report.verdict is Verdict.VERIFIED
                             else Check("endorsement", None, endorsement_expired(rep)))
    issued = _issued_on(rep)
    if rep.recipient_name and rep.achievement_name and issued:
        report.must_show = said(TRANSCRIPT_SHOWS if rep.record else CERTIFICATE_SHOWS, recipient=rep.recipient_name,
                                achievement=rep.achievement_name, day=issued)
    return report, rep


CERTIFICATE_SHOWS = QT_TRANSLATE_NOOP("core", "A genuine certificate shows: {recipient}, {achievement}, {day}.")
TRANSCRIPT_SHOWS = QT_TRANSLATE_NOOP("core", "A genuine transcript shows: {recipient}, {achievement}, {day}.")


def _facts(rep: VerificationReport, know: _Knowledge) -> dict[str, str]:
    if rep.endorsement:  # an endorsement: what it endorses (its endorser is the issuer, below)
        ours = know.own_achievement(rep.subject_id) if rep.subject_id else None
        f = {ENDORSES: said(QT_TRANSLATE_NOOP("core", "{id} ({achievement})"), id=rep.subject_id, achievement=ours)
             if ours else rep.subject_id, COMMENT: rep.comment, ISSUED: _day(rep.valid_from),
             VALID_UNTIL: _day(rep.valid_until), ISSUER_KEY: rep.key_fingerprint, CREDENTIAL: rep.credential_id}
        return {k: v for k, v in f.items() if v}
    if rep.record:  # a learner record: whose it is, what it is called, what it holds
        f = {LEARNER: rep.recipient_name, RECORD: rep.achievement_name, ISSUED: _day(rep.valid_from),
             CREDENTIALS: str(len(rep.nested)), ISSUER_KEY: rep.key_fingerprint, CREDENTIAL: rep.credential_id}
        return {k: v for k, v in f.items() if v}
    f = {RECIPIENT: rep.recipient_name, ACHIEVEMENT: rep.achievement_name,
         ISSUED: _day(rep.awarded_date or rep.valid_from), VALID_UNTIL: _day(rep.valid_until),
         ISSUER_KEY: rep.key_fingerprint, CREDENTIAL: rep.credential_id}
    if rep.status_entry and rep.status_entry.list_credential:
        f[STATUS_LIST] = said(QT_TRANSLATE_NOOP("core", "entry {index} of {list}"), index=rep.status_entry.index,
                              list=rep.status_entry.list_credential)
    return {k: v for k, v in f.items() if v}


def _issued_on(rep: VerificationReport) -> date | None:
    when = parse_xsd_datetime(rep.awarded_date or rep.valid_from)
    return when.date() if when else None


def _day(text: str | None) -> str | None:
    if not text:
        return None
    when = parse_xsd_datetime(text)
    return said(DAY, day=when.date()) if when else text


DAY = QT_TRANSLATE_NOOP("core", "{day}")  # a day shown alone, in the app's way of writing days


# --- QR claims ----------------------------------------------------------------------------------


def _claim_report(source: str, claim: qrclaim.Claim, know: _Knowledge, url: str | None = None) -> Report:
    res = qrclaim.verify_claim(claim, know.by_raw.keys())
    facts = {RECIPIENT: claim.recipient_name, ACHIEVEMENT: claim.achievement_name,
             ISSUED: said(DAY, day=claim.issued_on),
             VALID_UNTIL: said(DAY, day=claim.expires_on) if claim.expires_on else "",
             ISSUER_KEY: claim.key_fingerprint, CREDENTIAL: claim.credential_id}
    report = Report(source, "claim", Verdict.VERIFIED, "", [], {k: v for k, v in facts.items() if v})
    report.must_show = said(CERTIFICATE_SHOWS, recipient=claim.recipient_name, achievement=claim.achievement_name,
                            day=claim.issued_on)
    if url:
        report.facts[QR_LINK] = url
    if res.status is qrclaim.ClaimStatus.BAD_SIGNATURE:
        why = said(QT_TRANSLATE_NOOP("core", "The QR code's signature does not match its content: the certificate "
                                             "was altered or is not genuine."))
        report.fail(Verdict.NOT_VERIFIED, why, Check("signature", False, why))
        return report
    if res.status is qrclaim.ClaimStatus.UNKNOWN_KEY:
        why = said(QT_TRANSLATE_NOOP("core", "Signed by an unknown key {fingerprint}: not an issuer this workspace "
                                             "trusts."), fingerprint=claim.key_fingerprint)
        report.facts[ISSUER] = said(QT_TRANSLATE_NOOP(
            "core", "{issuer} (as the QR code states; the key is not one you know)"), issuer=claim.issuer_name)
        report.fail(Verdict.UNKNOWN_ISSUER, why, Check("issuer_key", False, why))
        return report
    known = know.by_raw.get(res.public_key or b"")
    signed_by = {
        "own-current": QT_TRANSLATE_NOOP("core", "The QR code is intact and signed by this workspace's current key."),
        "own-retired": QT_TRANSLATE_NOOP("core", "The QR code is intact and signed by a retired key of this "
                                                 "workspace."),
        "trusted": QT_TRANSLATE_NOOP("core", "The QR code is intact and signed by a trusted issuer's key."),
    }.get(known.status if known else "", QT_TRANSLATE_NOOP("core", "The QR code is intact and signed by a known key."))
    report.checks.append(Check("signature", True, said(signed_by)))
    _issuer_checks(claim.issuer_name, known, know, report, may_shorten=True)
    if url:
        _url_check(url, known, know, report)
    revoked = know.revoked(claim.credential_id)
    newer = know.superseded(claim.credential_id)
    unregistered = False
    if revoked:
        why = said(QT_TRANSLATE_NOOP("core", "Revoked: {reason}"), reason=revoked.reason)
        report.checks.append(Check("revocation", False, why))
        report.fail(Verdict.REVOKED, why)
    elif known is None or known.status == "trusted":
        report.checks.append(Check("revocation", None, said(QT_TRANSLATE_NOOP(
            "core", "Whether {issuer} has revoked it cannot be known here: only their own records say so."),
            issuer=known.name) if known else said(QT_TRANSLATE_NOOP(
                "core", "Whether its issuer has revoked it cannot be known here: only their own records say so."))))
    elif unregistered := not know.in_register(claim.credential_id):
        # signed by our key, yet no credential of ours: a learner record's, whose credentials can
        # have been revoked since it was printed; only the record in the PDF can say
        report.checks.append(Check("revocation", None, said(QT_TRANSLATE_NOOP(
            "core", "This workspace's register has no credential with this id: a transcript's QR code is the "
                    "learner record's. Open the transcript PDF here to check each credential in the record."))))
    else:
        report.checks.append(Check("revocation", True, said(NOT_REVOKED)))
    if newer:
        why = said(RE_ISSUED, credential=newer)
        report.checks.append(Check(Verdict.SUPERSEDED, False, why))
        report.fail(Verdict.SUPERSEDED, said(SUPERSEDED, reason=why))
    if claim.is_expired(date.today()):
        why = said(QT_TRANSLATE_NOOP("core", "Expired on {day}."), day=claim.expires_on) if claim.expires_on \
            else said(QT_TRANSLATE_NOOP("core", "Expired."))
        report.checks.append(Check("valid_until", False, why))
        report.fail(Verdict.EXPIRED, why)
    elif claim.expires_on:
        report.checks.append(Check("valid_until", True, said(QT_TRANSLATE_NOOP("core", "Valid until {day}."),
                                                             day=claim.expires_on)))
    if report.verdict == Verdict.VERIFIED:
        summary = (ISSUED_BY_TRUSTED if known is not None and known.status == "trusted" else
                   ISSUED_BY_TRANSCRIPT if unregistered else ISSUED_BY)
        report.summary = said(summary, issuer=report.facts.get(ISSUER, claim.issuer_name),
                              recipient=claim.recipient_name, achievement=claim.achievement_name, day=claim.issued_on)
    return report


ISSUED_BY = QT_TRANSLATE_NOOP("core", "Issued by {issuer} to {recipient} for {achievement} on {day}.")
ISSUED_BY_TRUSTED = QT_TRANSLATE_NOOP("core", "Issued by {issuer} to {recipient} for {achievement} on {day}. Whether "
                                              "they have since revoked it can only be checked with them.")
ISSUED_BY_TRANSCRIPT = QT_TRANSLATE_NOOP("core", "Issued by {issuer} to {recipient} for {achievement} on {day}. "
                                                 "Whether its credentials have been revoked since is checked on the "
                                                 "transcript PDF.")


def _url_check(url: str, known: KnownKey | None, know: _Knowledge, report: Report) -> None:
    """The address a phone is sent to must be the issuer's own verification page."""
    def place(u: str) -> tuple[str, str, str]:
        parts = urlsplit(u)
        return parts.scheme.lower(), parts.netloc.lower(), parts.path or "/"

    if known is not None and known.status.startswith("own"):
        page = know.verify_page_url
        if page and place(url) == place(page):
            report.checks.append(Check("qr_link", True, said(QT_TRANSLATE_NOOP(
                "core", "The QR code leads to your verification page."))))
            return
        why = said(QT_TRANSLATE_NOOP(
            "core", "The QR code sends phones to {address}, which is not your verification page ({page}): the "
                    "printed code was replaced, or your page moved after this certificate was printed."),
            address=url, page=page) if page else said(QT_TRANSLATE_NOOP(
                "core", "The QR code sends phones to {address}, which is not your verification page (none is "
                        "set): the printed code was replaced, or your page moved after this certificate was "
                        "printed."), address=url)
        report.fail(Verdict.NOT_VERIFIED, why, Check("qr_link", False, why))
    elif known is not None:
        home = urlsplit(known.url or "").netloc.lower()
        if home and urlsplit(url).netloc.lower() == home:
            report.checks.append(Check("qr_link", True, said(QT_TRANSLATE_NOOP(
                "core", "The QR code leads to {issuer}'s own site."), issuer=known.name)))
        else:
            report.checks.append(Check("qr_link", None, said(QT_TRANSLATE_NOOP(
                "core", "The QR code sends phones to {address}; Badgesmith cannot tell whether that page belongs to "
                        "{issuer}."), address=url, issuer=known.name)))


def _verify_claim_text(source: str, text: str, know: _Knowledge) -> Report:
    try:
        claim = qrclaim.decode_claim(text)
    except qrclaim.ClaimError as exc:
        return _unreadable(source, exc.message)
    url = text.split("#", 1)[0].strip() if "#" in text else None
    return _claim_report(source, claim, know, url)


def _ambiguous(source: str, kind: str, why: str) -> Report:
    return Report(source, kind, Verdict.AMBIGUOUS, why, [Check("ambiguous", False, why)])


def _verify_baked(source: str, data: bytes, know: _Knowledge) -> Report:
    """A baked badge: the credential inside is verified like a credential file. The picture is
    not part of what was signed, and the report says so."""
    try:
        text = baking.unbake(data)
    except baking.AmbiguousBake as exc:
        return _ambiguous(source, "badge", exc.message)
    except baking.BakingError as exc:
        return _unreadable(source, exc.message)
    if not text.strip(_JSON_SPACE).startswith("{"):
        return _unreadable(source, said(QT_TRANSLATE_NOOP(
            "core", "The badge holds a credential in a form Badgesmith does not read (only JSON credentials are "
                    "verified).")))
    try:
        doc = read_json(text.strip(_JSON_SPACE))
    except CredentialError as exc:
        return _unreadable(source, exc.message)
    report = _from_credential(source, "badge", doc, know)
    report.checks.append(Check("baked_image", None, said(QT_TRANSLATE_NOOP(
        "core", "The credential was baked into this badge image; the picture itself is not signed, only the "
                "credential in it."))))
    return report


def _verify_image(source: str, data: bytes, know: _Knowledge) -> Report:
    try:
        texts = run_limited(decode_qr_from_image, data, what="The image")
    except BadgesmithError as exc:
        return _unreadable(source, exc.message)
    if not texts:
        return _unreadable(source, said(QT_TRANSLATE_NOOP(
            "core", "No QR code was found in the image; try a sharper, straighter photo.")))
    if len(set(texts)) > 1:
        return _ambiguous(source, "claim", said(QT_TRANSLATE_NOOP(
            "core", "The image shows {count} different QR codes, so it cannot be told which one is the "
                    "certificate's: photograph one at a time."), count=len(set(texts))))
    return _verify_text(source, texts[0], know)


# --- PDFs ---------------------------------------------------------------------------------------


def _verify_pdf(source: str, data: bytes, know: _Knowledge) -> Report:
    """The embedded credential, then the file: only a file sealed with the credential's own key
    (byte for byte what the issuer's Badgesmith wrote) has its page vouched for, and only then is
    it rendered, to read the QR code back and compare it with the credential."""
    try:
        doc = extract_credential(data)
    except BadgesmithError as exc:
        return _unreadable(source, exc.message)
    if not isinstance(doc, dict):
        why = said(QT_TRANSLATE_NOOP("core", "The PDF carries no signed credential, so nothing on it can be "
                                             "checked; Badgesmith certificates carry one. To check its QR code, "
                                             "scan it or verify a photo of it."))
        return Report(source, "pdf", Verdict.NOT_VERIFIED, why, [Check("embedded", False, why)])
    report, rep = _credential_report(source, "pdf", doc, know)
    if _seal_holds(data, rep, report, know):
        _qr_checks(data, rep, report, know)
    return report


def _seal_holds(data: bytes, rep: VerificationReport, report: Report, know: _Knowledge) -> bool:
    if rep.check("signature").ok is not True or not rep.key_did:
        return False  # nothing to vouch for: the report already says why
    try:
        seal = pdfseal.read_seal(data)
    except BadgesmithError as exc:
        report.fail(Verdict.NOT_VERIFIED, exc.message, Check("sealed", False, exc.message))
        return False
    if seal is None:
        why = said(QT_TRANSLATE_NOOP("core", "The PDF has no seal: it was saved again by another program, or made "
                                             "before Badgesmith sealed its certificates, so its page cannot be "
                                             "vouched for (the credential inside is checked above). If the "
                                             "certificate is yours, re-export it from the Credentials page."))
        report.fail(Verdict.NOT_VERIFIED, why, Check("sealed", False, why))
        return False
    if not seal.made_by(public_key_bytes_from_did(rep.key_did)):
        why = said(QT_TRANSLATE_NOOP("core", "The PDF was changed after it was made: its seal does not match the "
                                             "file, so the page may show something other than what was signed."))
        report.fail(Verdict.NOT_VERIFIED, why, Check("sealed", False, why))
        return False
    known = know.by_did.get(rep.key_did)
    if known is not None and known.status != "trusted":
        sealed = said(QT_TRANSLATE_NOOP("core", "The file is exactly as this workspace's Badgesmith made it (sealed "
                                                "with the credential's key), so its page shows what was signed."))
    else:
        sealed = said(QT_TRANSLATE_NOOP("core", "The file is exactly as the issuer sealed it with the key that signed "
                                                "the credential: nobody changed it since. What the page shows is the "
                                                "issuer's own; compare it with the facts above."))
    report.checks.append(Check("sealed", True, sealed))
    return True


def _qr_checks(data: bytes, rep: VerificationReport, report: Report, know: _Knowledge) -> None:
    """The printed QR code reads back and says what the credential says (and where it leads)."""
    try:  # the file is sealed, but a trusted partner's key may have sealed a page built to hang
        texts = set(run_limited(decode_qr_from_pdf, data, 150, 1, what="The page"))
    except BadgesmithError as exc:
        report.fail(Verdict.NOT_VERIFIED, exc.message, Check("qr", False, exc.message))
        return
    claims = []
    for text in texts:
        try:
            claims.append((text, qrclaim.decode_claim(text)))
        except qrclaim.ClaimError:
            continue
    if len(claims) != 1:
        why = said(QT_TRANSLATE_NOOP("core", "The printed QR code is missing or unreadable.")) if not claims else \
            said(QT_TRANSLATE_NOOP("core", "The page carries more than one QR code, so it cannot be told which one "
                                           "is the certificate's."))
        report.fail(Verdict.NOT_VERIFIED if not claims else Verdict.AMBIGUOUS, why, Check("qr", False, why))
        return
    text, claim = claims[0]
    claim_rep = _claim_report(report.source, claim, know, text.split("#", 1)[0] if "#" in text else None)
    # a transcript's record is checked credential by credential above: its QR's "open the PDF" is moot
    report.checks += [Check("qr_" + c.name, c.ok, said(QT_TRANSLATE_NOOP("core", "QR code: {check}"), check=c.message))
                      for c in claim_rep.checks if not (rep.record and c.name == "revocation")]
    if QR_LINK in claim_rep.facts:
        report.facts[QR_LINK] = claim_rep.facts[QR_LINK]
    disagreements = _disagreements(rep, claim)
    if disagreements:
        report.fail(Verdict.NOT_VERIFIED, said(QT_TRANSLATE_NOOP(
            "core", "The printed QR code does not match the embedded credential.")),
            Check("qr_matches", False, said(QT_TRANSLATE_NOOP(
                "core", "The QR code does not match the embedded credential: {differences}."),
                differences="; ".join(disagreements))))
        return
    report.checks.append(Check("qr_matches", True, said(QT_TRANSLATE_NOOP(
        "core", "The QR code matches the embedded credential."))))
    if claim_rep.verdict != Verdict.VERIFIED:
        report.fail(claim_rep.verdict, claim_rep.summary)


def _disagreements(rep: VerificationReport, claim: qrclaim.Claim) -> list[str]:
    """Where the QR claim and the signed credential disagree."""
    out = []
    pairs = [
        ("credential id", rep.credential_id, claim.credential_id, False),
        ("recipient", rep.recipient_name, claim.recipient_name, True),
        ("achievement", rep.achievement_name, claim.achievement_name, True),
        ("issuer", rep.issuer_name, claim.issuer_name, True),
    ]
    for label, full, short, may_shorten in pairs:
        if not isinstance(full, str):
            out.append(f"the credential has no {label}")
        elif not (full == short or (may_shorten and short.endswith("…") and full.startswith(short[:-1]))):
            out.append(f"{label} differs")
    if rep.key_did:
        try:
            if qrclaim.key_id(public_key_bytes_from_did(rep.key_did)) != claim.key_id:
                out.append("signed by different keys")
        except BadgesmithError:
            out.append("the credential's key cannot be read")
    issued = _issued_on(rep)
    if issued is not None and issued != claim.issued_on:
        out.append("issue dates differ")
    until = parse_xsd_datetime(rep.valid_until)
    if (until.date() if until else None) != claim.expires_on:
        out.append("expiry dates differ")
    # a claim printed before claims carried the index has none; one that has it must agree
    signed_index = rep.status_entry.index if rep.status_entry else None
    if claim.status_index is not None and signed_index != str(claim.status_index):
        out.append("status list entries differ")
    return out
