"""Delivery: each learner's package, the e-mail in the trainer's words, drafts, sending and the
outbox that records who got what.

A package holds the certificate PDF, the credential JSON, the badge baked in PNG and SVG, the
wallet file (a presentation of all the learner's live credentials) and the LinkedIn link. The
message carries the PDF, the JSON and the baked PNG.

Sending is resumable and never sends twice what was recorded as sent: an outbox row goes to
"sending" (committed) before the message leaves and to "sent" (committed, with the server's
reply) after the server accepted it. A process killed between the two leaves one row in
"sending": a resume sends that message again with the same Message-ID. That one message is the
only one that can reach a learner twice.
"""

from __future__ import annotations

import base64
import json
import logging
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from badgesmith.core.credentials import keys as keylib
from badgesmith.core.credentials.baking import bake_png, bake_svg
from badgesmith.core.credentials.keys import UnlockedKey
from badgesmith.core.delivery import messages as mail
from badgesmith.core.delivery.badge_image import badge_images
from badgesmith.core.delivery.linkedin import add_to_profile_url
from badgesmith.core.delivery.smtp import AccountError, Mailer, SmtpSettings, check_settings
from badgesmith.core.delivery.wallet import presentation_json
from badgesmith.core.errors import BadgesmithError, NotFound, ValidationError
from badgesmith.core.fileio import atomic_write_bytes, atomic_write_text, private_dir
from badgesmith.core.paper.templates import Template, Wording, load_template, wording_languages
from badgesmith.core.services import issuer, learner_record
from badgesmith.core.services.certificates import render_existing, signed_link
from badgesmith.core.services.credential_data import file_stem, unique_stems
from badgesmith.core.services.issuing import Cancel, Progress
from badgesmith.core.services.learners import holder_known
from badgesmith.core.services.publishing import public_credential_address
from badgesmith.core.services.shared_database import require
from badgesmith.core.store.models import (
    AchievementVersion,
    Cohort,
    Credential,
    IssuerProfile,
    Learner,
    OutboxMessage,
    Setting,
    utcnow,
)
from badgesmith.core.store.roles import Role
from badgesmith.core.store.workspace import Workspace

log = logging.getLogger(__name__)


TEMPLATE_KEY = "message_template"
SMTP_KEY = "smtp"
SMTP_PASSWORD_KEY = "smtp_password"
_SECRET_MAGIC = b"BSSMT1"
RETRIES = 4  # attempts per message for temporary failures
BACKOFF_S = (2.0, 10.0, 30.0)  # waits before the 2nd, 3rd, 4th attempt


def _template_key(achievement_id: int | None) -> str:
    return TEMPLATE_KEY if achievement_id is None else f"{TEMPLATE_KEY}.achievement.{achievement_id}"


# --- settings -----------------------------------------------------------------------------------


def get_template(ws: Workspace, achievement_id: int | None = None) -> mail.MessageTemplate:
    """The achievement's own template when it has one, else the workspace's, else the preset in
    the issuer's language."""
    with ws.read_session() as s:
        for key in ([_template_key(achievement_id)] if achievement_id is not None else []) + [TEMPLATE_KEY]:
            row = s.get(Setting, key)
            if row is not None and isinstance(row.value, dict):
                return mail.MessageTemplate(str(row.value.get("subject", "")), str(row.value.get("body", "")),
                                            row.value.get("language") if isinstance(row.value.get("language"), str)
                                            else None)
        return mail.preset(_issuer_language(s))


def default_template(ws: Workspace) -> mail.MessageTemplate:
    """The preset in the issuer's language: what a workspace without its own message sends."""
    with ws.read_session() as s:
        return mail.preset(_issuer_language(s))


def _issuer_language(s: Session) -> str:
    profile = s.scalar(select(IssuerProfile))
    return profile.language if profile is not None else "en"


def has_own_template(ws: Workspace, achievement_id: int) -> bool:
    with ws.read_session() as s:
        return s.get(Setting, _template_key(achievement_id)) is not None


def save_template(ws: Workspace, template: mail.MessageTemplate | None, achievement_id: int | None = None) -> None:
    """Save the workspace's template (or an achievement's override); None removes an override."""
    require(ws, Role.ISSUER)
    key = _template_key(achievement_id)
    with ws.session() as s:
        row = s.get(Setting, key)
        if template is None:
            if row is not None:
                s.delete(row)
            return
        t = mail.check_template(template)
        value = {"subject": t.subject, "body": t.body, **({"language": t.language} if t.language else {})}
        if row is None:
            s.add(Setting(key=key, value=value))
        else:
            row.value = value


def get_smtp(ws: Workspace) -> SmtpSettings | None:
    with ws.read_session() as s:
        row = s.get(Setting, SMTP_KEY)
    if row is None or not isinstance(row.value, dict):
        return None
    v = row.value
    return SmtpSettings(str(v["host"]), int(v["port"]), v["security"], v.get("user"), str(v["from_address"]),
                        str(v.get("from_name", "")))


def has_smtp_password(ws: Workspace) -> bool:
    with ws.read_session() as s:
        return s.get(Setting, SMTP_PASSWORD_KEY) is not None


def save_smtp(ws: Workspace, settings: SmtpSettings, password: str | None = None,
              passphrase: str | None = None) -> SmtpSettings:
    """Remember the SMTP account. A password is stored encrypted under the signing key's
    passphrase (checked first); ``password=None`` keeps the stored one, "" forgets it."""
    require(ws, Role.ISSUER)
    settings = check_settings(settings)
    blob: bytes | None = None
    if password:
        issuer.unlock_key(ws, passphrase)  # the passphrase must be the key's: one secret to remember
        blob = keylib.encrypt_secret(password.encode("utf-8"), passphrase or "", _SECRET_MAGIC)
    with ws.session() as s:
        value = {"host": settings.host, "port": settings.port, "security": settings.security,
                 "user": settings.user, "from_address": settings.from_address, "from_name": settings.from_name}
        row = s.get(Setting, SMTP_KEY)
        if row is None:
            s.add(Setting(key=SMTP_KEY, value=value))
        else:
            row.value = value
        pw = s.get(Setting, SMTP_PASSWORD_KEY)
        if password == "" and pw is not None:
            s.delete(pw)
        elif blob is not None:
            encoded = base64.b64encode(blob).decode("ascii")
            if pw is None:
                s.add(Setting(key=SMTP_PASSWORD_KEY, value=encoded))
            else:
                pw.value = encoded
    return settings


def smtp_password(ws: Workspace, passphrase: str | None) -> str | None:
    """The stored SMTP password, decrypted with the key's passphrase; None when none is stored."""
    with ws.read_session() as s:
        row = s.get(Setting, SMTP_PASSWORD_KEY)
        encoded = row.value if row is not None else None
    if not isinstance(encoded, str):
        return None
    issuer.unlock_key(ws, passphrase)  # a wrong passphrase says so in the key's words
    return keylib.decrypt_secret(base64.b64decode(encoded), passphrase or "", _SECRET_MAGIC).decode("utf-8")


# --- packages -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Package:
    """Everything one learner receives for one credential, in memory."""
    credential_id: str
    learner_id: int
    learner_name: str
    email: str | None
    stem: str  # the files' names (credential_data.file_stem): what the learner receives
    folder: str  # the package's folder: the stem, numbered for namesakes in the cohort
    files: dict[str, bytes]  # file name -> content
    linkedin_url: str
    letter: mail.Letter


@dataclass
class DeliverSummary:
    out_dir: Path
    written: list[tuple[str, Path]] = field(default_factory=list)  # learner, package folder
    no_address: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # learner (or credential), why

    def lines(self) -> list[str]:
        out = [f"{len(self.written)} package(s) and draft(s) written to {self.out_dir}"]
        if self.no_address:
            out.append(f"{len(self.no_address)} learner(s) have no e-mail address (package written, no draft): "
                       + ", ".join(self.no_address[:10]) + ("…" if len(self.no_address) > 10 else ""))
        out += [f"✗ {who}: {why}" for who, why in self.failed]
        return out


def _live_credentials(s: Session, cohort_id: int) -> list[Credential]:
    """The cohort's credentials that may be delivered: active, not replaced. Revoked ones never."""
    if s.get(Cohort, cohort_id) is None:
        raise NotFound(f"There is no cohort {cohort_id}.")
    return list(s.scalars(select(Credential).where(
        Credential.cohort_id == cohort_id, Credential.status == "active", Credential.superseded_by.is_(None),
        holder_known(),
    ).order_by(Credential.recipient_name, Credential.id)))


def _learner_wallet(s: Session, learner_id: int) -> list[dict[str, Any]]:
    creds = s.scalars(select(Credential).where(
        Credential.learner_id == learner_id, Credential.status == "active", Credential.superseded_by.is_(None),
        holder_known(),
    ).order_by(Credential.issued_at))
    return [json.loads(c.signed_json) for c in creds]


def _learner_record(ws: Workspace, learner_id: int, batch: PackageBatch) -> list[dict[str, Any]]:
    """The learner's whole record (CLR 2.0) for their wallet file, signed with the current key;
    none when there is no record to make (e.g. credentials under an earlier name): the wallet
    file still holds every credential."""
    try:
        return [learner_record.signed_record(ws, learner_id, lambda: batch.current)]
    except ValidationError as exc:
        log.info("no learner record in the wallet file of learner %s: %s", learner_id, exc.message)
        return []


@cache
def message_wording(language: str) -> Wording:
    """How a message writes dates: in the issuer's language, the language its presets are in."""
    return load_template("classic", {"language": language if language in wording_languages() else "en"}).wording


def _date_text(value: Any, wording: Wording) -> str:
    """A credential's date as the message's language writes it ("14. März 2026")."""
    if not isinstance(value, str):
        return ""
    try:
        return wording.date(datetime.fromisoformat(value.replace("Z", "+00:00")).date())
    except ValueError:
        return ""


class PackageBatch:
    """What a batch of packages shares, read once: the signing keys (each unlocked once: scrypt
    takes a noticeable moment), the issuer's profile, message templates and designs."""

    def __init__(self, ws: Workspace, passphrase: str | None) -> None:
        self.ws, self.passphrase = ws, passphrase
        self._by_id: dict[int, UnlockedKey] = {}
        key_id, key = issuer.unlock_key(ws, passphrase)  # a wrong passphrase fails here, first
        self._by_id[key_id] = key
        self.current = key  # what learner records are signed with
        self.issuer = issuer.get_issuer(ws)
        self._templates: dict[int, mail.MessageTemplate] = {}
        self._designs: dict[int, Template] = {}
        self._folders: dict[int, dict[str, str]] = {}

    def key(self, key_id: int) -> UnlockedKey:
        if key_id not in self._by_id:
            self._by_id[key_id] = issuer.unlock_key(self.ws, self.passphrase, key_id=key_id)[1]
        return self._by_id[key_id]

    def template(self, achievement_id: int) -> mail.MessageTemplate:
        if achievement_id not in self._templates:
            self._templates[achievement_id] = get_template(self.ws, achievement_id)
        return self._templates[achievement_id]

    def folder(self, s: Session, c: Credential) -> str:
        """The package folder of ``c``: namesakes among the cohort's live credentials are numbered
        in learner order, so delivering again writes into the same folders."""
        if c.cohort_id is None:
            return file_stem(c.recipient_name, c.achievement_name)
        if c.cohort_id not in self._folders:
            live = sorted(_live_credentials(s, c.cohort_id), key=lambda x: (x.learner_id, x.id))
            self._folders[c.cohort_id] = unique_stems(
                [(x.id, file_stem(x.recipient_name, x.achievement_name)) for x in live])
        return self._folders[c.cohort_id].get(c.id) or file_stem(c.recipient_name, c.achievement_name)

    def design(self, version: AchievementVersion) -> Template:
        if version.id not in self._designs:
            self._designs[version.id] = load_template(version.template, version.template_overrides or {})
        return self._designs[version.id]


def build_package(ws: Workspace, credential_id: str, batch: PackageBatch,
                  template: mail.MessageTemplate | None = None) -> Package:
    """One learner's package for a live credential (its key signs the verification link)."""
    with ws.read_session() as s:
        found = s.execute(select(Credential, Learner, AchievementVersion)
                          .join(Learner, Learner.id == Credential.learner_id)
                          .join(AchievementVersion, AchievementVersion.id == Credential.version_id)
                          .where(Credential.id == credential_id)).first()
        if found is None:
            raise NotFound(f"There is no credential {credential_id} in this workspace.")
        c, learner, version = found
        if learner.erased_at is not None:
            raise NotFound(f"The personal data of the learner of {credential_id} was erased: there is nobody "
                           "to deliver it to.")
        if c.status != "active" or c.superseded_by:
            raise ValidationError("This credential was revoked or replaced; only live credentials are delivered.")
        wallet_credentials = _learner_wallet(s, c.learner_id)
        design = batch.design(version)
        image = version.image
        folder = batch.folder(s, c)
    wallet = presentation_json(wallet_credentials + _learner_record(ws, c.learner_id, batch))
    doc = json.loads(c.signed_json)
    stem = file_stem(c.recipient_name, c.achievement_name)
    png, svg = badge_images(image, str(doc["credentialSubject"]["achievement"]["name"]), design.colours)
    baked_png, baked_svg = bake_png(png, doc), bake_svg(svg, doc)
    pdf_path = Path(c.pdf_path) if c.pdf_path else None
    pdf = _issued_pdf(pdf_path, credential_id) or render_existing(ws, credential_id, batch.passphrase)[0]
    verify = signed_link(doc, credential_id, c.achievement_name, batch.key(c.key_id), batch.issuer.verify_page_url)
    # the credential's public JSON when the issuer publishes them: a stable address for LinkedIn
    linkedin = add_to_profile_url(doc, public_credential_address(batch.issuer, credential_id) or verify)
    template = template or batch.template(c.achievement_id)
    # dates as the message's own language writes them ("le 30 novembre 2026" in a French message)
    values = _values(doc, learner.name, message_wording(template.language or batch.issuer.language),
                     verify or "", linkedin)
    files = {
        f"{stem}.pdf": pdf,
        f"{stem}.json": c.signed_json.encode("utf-8"),
        f"{stem} - badge.png": baked_png,
        f"{stem} - badge.svg": baked_svg,
        f"{stem} - wallet.json": wallet.encode("utf-8"),
        "LinkedIn.txt": (f"Add this credential to your LinkedIn profile:\n{linkedin}\n").encode(),
    }
    attachments = (mail.Attachment(f"{stem}.pdf", pdf, "application/pdf"),
                   mail.Attachment(f"{stem}.json", files[f"{stem}.json"], "application/json"),
                   mail.Attachment(f"{stem} - badge.png", baked_png, "image/png"))
    letter = mail.letter(template, values, values["learner"],
                         learner.email or "", attachments)
    return Package(credential_id, c.learner_id, learner.name, learner.email, stem, folder, files, linkedin,
                   letter)


def _values(doc: dict[str, Any], learner_name: str, wording: Wording, verify: str,
            linkedin: str) -> dict[str, str]:
    """What the placeholders stand for, from the signed credential."""
    subject = doc.get("credentialSubject") or {}
    return {
        "learner": str(subject.get("name", learner_name)),
        "achievement": str((subject.get("achievement") or {}).get("name", "")),
        "issuer": str((doc.get("issuer") or {}).get("name", "")),
        "issued_on": _date_text(doc.get("awardedDate") or doc.get("validFrom"), wording),
        "valid_until": _date_text(doc.get("validUntil"), wording),
        "verify_link": verify,
        "linkedin_link": linkedin,
        "credential_id": str(doc.get("id", "")),
    }


def preview_letter(ws: Workspace, credential_id: str, template: mail.MessageTemplate) -> mail.Letter:
    """The message one learner would get, without the key: the verification link (signed at
    sending) is shown as a stand-in."""
    template = mail.check_template(template)
    with ws.read_session() as s:
        c = s.get(Credential, credential_id)
        if c is None:
            raise NotFound(f"There is no credential {credential_id} in this workspace.")
        learner = s.get(Learner, c.learner_id)
        doc = json.loads(c.signed_json)
        name, email = (learner.name, learner.email) if learner else (c.recipient_name, None)
    page = issuer.get_issuer(ws).verify_page_url
    verify = f"{page}#…" if page else ""
    values = _values(doc, name, message_wording(template.language or issuer.get_issuer(ws).language), verify,
                     add_to_profile_url(doc, verify or None))
    return mail.letter(template, values, values["learner"], email or "", ())


def write_package(out: Path, pkg: Package, from_name: str, from_address: str) -> Path:
    """Write one package (and its draft, when the learner has an address) into out/<learner>/;
    the folder and files are private to the user: they hold personal data. A draft that cannot
    be made (an address mail servers cannot carry) raises ValidationError after the package is
    written."""
    folder = private_dir(private_dir(out) / pkg.folder)
    for name, data in pkg.files.items():
        atomic_write_bytes(folder / name, data, fsync=False, private=True)
    if pkg.email:
        draft = mail.draft_bytes(pkg.letter, from_name, from_address)
        atomic_write_bytes(folder / f"{pkg.stem}.eml", draft, fsync=False, private=True)
    return folder


def linkedin_link(ws: Workspace, credential_id: str, passphrase: str | None) -> str:
    """The LinkedIn link of a credential; the key is needed only when the link carries a signed
    verification link (the issuer has a verification page and does not publish credentials)."""
    info = issuer.get_issuer(ws)
    page = info.verify_page_url
    with ws.read_session() as s:
        c = s.get(Credential, credential_id)
        if c is None:
            raise NotFound(f"There is no credential {credential_id} in this workspace.")
        doc, achievement_name, key_id = json.loads(c.signed_json), c.achievement_name, c.key_id
    verify = public_credential_address(info, credential_id)
    if page and verify is None:
        key = issuer.unlock_key(ws, passphrase, key_id=key_id)[1]
        verify = signed_link(doc, credential_id, achievement_name, key, page)
    return add_to_profile_url(doc, verify)


def package_folder(ws: Workspace, credential_id: str, passphrase: str | None, out: Path) -> Path:
    """One learner's package written into ``out`` (for "Open package folder")."""
    from_name, from_address = _sender(ws)
    return write_package(out, build_package(ws, credential_id, PackageBatch(ws, passphrase)), from_name, from_address)


def _issued_pdf(path: Path | None, credential_id: str) -> bytes | None:
    """The certificate as issued, when its file is still where issuing wrote it and holds this
    credential's id; otherwise the caller renders a fresh one."""
    if path is None:
        return None
    try:
        data = path.read_bytes()
    except OSError:
        return None
    return data if data.startswith(b"%PDF") and credential_id.encode() in data else None


def _sender(ws: Workspace) -> tuple[str, str]:
    smtp = get_smtp(ws)
    info = issuer.get_issuer(ws)
    if smtp is not None:
        return smtp.from_name or info.name, smtp.from_address
    if info.email:
        return info.name, info.email
    raise ValidationError("Set the address messages come from: the issuer's e-mail in Settings, or the "
                          "mail account's sender address.")


PACKAGES = "packages"  # the packages' folder beside a cohort's certificates, the Deliver page's default


def deliver(ws: Workspace, cohort_id: int, out_dir: Path, passphrase: str | None, *,
            progress: Progress | None = None, cancel: Cancel | None = None,
            skip_sent: bool = False) -> DeliverSummary:
    """Write each live credential's package and ``.eml`` draft into ``out_dir``/<learner>/ and
    record the drafts in the outbox. Files are private to the user (they hold personal data)."""
    require(ws, Role.ISSUER)
    batch = PackageBatch(ws, passphrase)  # a wrong passphrase fails before anything is written
    from_name, from_address = _sender(ws)
    with ws.read_session() as s:
        ids = [c.id for c in _live_credentials(s, cohort_id)]
        if skip_sent:  # drafts only for those not e-mailed yet (a draft sent by hand would be a second copy)
            sent = set(s.scalars(select(OutboxMessage.credential_id).where(OutboxMessage.state == "sent")))
            ids = [i for i in ids if i not in sent]
    out = private_dir(Path(out_dir))
    summary = DeliverSummary(out)
    for i, cid in enumerate(ids, 1):
        if cancel and cancel():
            break
        try:  # one learner's problem is reported for that learner; the others are written
            pkg = build_package(ws, cid, batch)
            folder = write_package(out, pkg, from_name, from_address)
        except BadgesmithError as exc:
            summary.failed.append((_who(ws, cid), exc.message))
            continue
        if pkg.email:
            _record(ws, cid, pkg, state_if_new="drafted")
        else:
            summary.no_address.append(pkg.learner_name)
        summary.written.append((pkg.learner_name, folder))
        if progress:
            progress(i, len(ids), pkg.learner_name)
    atomic_write_text(out / "README.txt", _README, private=True)
    log.info("deliver cohort %s: %d packages into %s", cohort_id, len(summary.written), out)
    return summary


_README = """Each folder holds one learner's credential:
  *.pdf               the certificate (its QR code proves it)
  *.json              the signed credential (Open Badges 3.0), for wallets and verifiers
  * - badge.png/svg   the badge image with the credential baked in
  * - wallet.json     all of the learner's live credentials, for Learner Credential Wallet ("Add from file")
  LinkedIn.txt        the link that adds the credential to a LinkedIn profile
  *.eml               the e-mail, ready to open as a draft in a mail program and send
"""


def _record(ws: Workspace, credential_id: str, pkg: Package, state_if_new: str, reply: str | None = None) -> None:
    """Note a draft (or a message that cannot be sent) in the outbox; a sent one stays sent."""
    with ws.session() as s:
        row = s.scalar(select(OutboxMessage).where(OutboxMessage.credential_id == credential_id))
        if row is None:
            c = s.get(Credential, credential_id)
            row = OutboxMessage(credential_id=credential_id, learner_id=pkg.learner_id,
                                cohort_id=c.cohort_id if c else None, to_address=pkg.email or "",
                                state=state_if_new, attempts=0, updated_at=utcnow())
            s.add(row)
        elif row.state != "sent":
            row.to_address = pkg.email or row.to_address
            if state_if_new == "failed":
                row.state, row.updated_at = "failed", utcnow()
        if reply is not None and row.state != "sent":
            row.server_reply = reply


def _who(ws: Workspace, credential_id: str) -> str:
    with ws.read_session() as s:
        c = s.get(Credential, credential_id)
        return c.recipient_name if c is not None else credential_id


# --- sending ------------------------------------------------------------------------------------


@dataclass
class SendSummary:
    sent: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # learner, the server's words
    no_address: list[str] = field(default_factory=list)
    already_sent: int = 0
    stopped: str | None = None  # why the batch stopped early (the account was refused, ...)
    cancelled: bool = False

    @property
    def complete(self) -> bool:
        return not self.failed and not self.no_address and self.stopped is None and not self.cancelled

    def lines(self) -> list[str]:
        if self.stopped and not self.sent and not self.failed:
            return [f"Nothing was sent: {self.stopped}"]
        out = [f"Sent {len(self.sent)} · failed {len(self.failed)} · already sent before {self.already_sent}"]
        out += [f"✗ {name}: {why}" for name, why in self.failed]
        out += [f"– {name}: no e-mail address" for name in self.no_address]
        if self.cancelled:
            out.append("Cancelled: send again to reach the rest; nobody who got a message gets it twice.")
        if self.stopped:
            out.append(self.stopped)
        return out

    def as_dict(self) -> dict[str, Any]:
        return {"sent": self.sent, "failed": [{"learner": n, "reply": r} for n, r in self.failed],
                "no_address": self.no_address, "already_sent": self.already_sent, "stopped": self.stopped,
                "cancelled": self.cancelled, "complete": self.complete}


def send(ws: Workspace, cohort_id: int, passphrase: str | None, *, password: str | None = None,
         settings: SmtpSettings | None = None, rate_per_minute: float | None = None,
         progress: Progress | None = None, cancel: Cancel | None = None,
         backoff: tuple[float, ...] = BACKOFF_S, sleep: Callable[[float], None] = time.sleep,
         mailer: Mailer | None = None) -> SendSummary:
    """Send each live credential of the cohort not yet recorded as sent; resumable."""
    require(ws, Role.ISSUER)
    batch = PackageBatch(ws, passphrase)
    settings = settings or get_smtp(ws)
    if settings is None:
        raise ValidationError("Set up the mail account first (server, port, security, sender).")
    if password is None:
        password = smtp_password(ws, passphrase)
    summary = SendSummary()
    with ws.read_session() as s:
        live = _live_credentials(s, cohort_id)
        sent_ids = set(s.scalars(select(OutboxMessage.credential_id).where(
            OutboxMessage.cohort_id == cohort_id, OutboxMessage.state == "sent")))
        todo = [c.id for c in live if c.id not in sent_ids]
    summary.already_sent = len(live) - len(todo)
    from_name = settings.from_name or batch.issuer.name
    interval = 60.0 / rate_per_minute if rate_per_minute else 0.0
    last_sent = 0.0
    own = mailer is None
    mailer = mailer or Mailer(settings, password)
    if todo:
        try:  # the account is tried before any message is marked as leaving
            mailer.ensure_connected()
        except AccountError as exc:
            summary.stopped = exc.message
            return summary
    # The next learner's package is built on a helper thread while the server takes the current
    # message: building is CPU work, sending is mostly waiting for the server's answer.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="badgesmith-package") as helper:
        upcoming = helper.submit(build_package, ws, todo[0], batch) if todo else None
        try:
            for i, cid in enumerate(todo, 1):
                if cancel and cancel():
                    summary.cancelled = True
                    break
                if upcoming is None:
                    break
                try:
                    pkg = upcoming.result()
                except BadgesmithError as exc:  # this learner's package: the others go on
                    pkg = None
                    summary.failed.append((_who(ws, cid), exc.message))
                upcoming = helper.submit(build_package, ws, todo[i], batch) if i < len(todo) else None
                if pkg is None:
                    continue
                if not pkg.email:
                    summary.no_address.append(pkg.learner_name)
                    continue
                try:
                    rcpt = mail.smtp_address(pkg.email)
                except ValidationError as exc:  # recorded for this learner, never sent
                    _record(ws, cid, pkg, state_if_new="failed", reply=exc.message)
                    summary.failed.append((pkg.learner_name, exc.message))
                    continue
                message_id = _record_sending(ws, cid, pkg, settings.from_address)
                if message_id is None:  # revoked or sent meanwhile (by another window): leave it
                    continue
                if interval:
                    sleep(max(0.0, last_sent + interval - time.monotonic()))
                msg = mail.outgoing(pkg.letter, from_name, settings.from_address, message_id, datetime.now(UTC))
                attempt = 1
                try:
                    outcome = mailer.send(msg, rcpt)
                    while outcome.kind == "temporary" and attempt < RETRIES and not (cancel and cancel()):
                        sleep(backoff[min(attempt - 1, len(backoff) - 1)])
                        attempt += 1
                        outcome = mailer.send(msg, rcpt)
                except AccountError as exc:  # (re)connecting failed: recorded as failed, sent again later
                    _record_outcome(ws, cid, False, exc.message, attempt)
                    summary.failed.append((pkg.learner_name, exc.message))
                    raise
                last_sent = time.monotonic()
                _record_outcome(ws, cid, outcome.kind == "sent", outcome.reply, attempt)
                if outcome.kind == "sent":
                    summary.sent.append(pkg.learner_name)
                else:
                    summary.failed.append((pkg.learner_name, outcome.reply))
                if progress:
                    progress(i, len(todo), pkg.learner_name)
        except AccountError as exc:
            summary.stopped = exc.message
        finally:
            if upcoming is not None:
                upcoming.cancel()
            if own:
                mailer.close()
    log.info("send cohort %s: %d sent, %d failed, %d already sent, stopped=%s", cohort_id, len(summary.sent),
             len(summary.failed), summary.already_sent, summary.stopped)
    return summary


def _record_sending(ws: Workspace, credential_id: str, pkg: Package, from_address: str) -> str | None:
    """Commit "sending" before the message leaves; the Message-ID is kept for a resend. None
    when the credential was revoked or its message sent meanwhile (it is then left alone)."""
    with ws.session() as s:
        c = s.get(Credential, credential_id)
        if c is None or c.status != "active" or c.superseded_by:
            return None
        row = s.scalar(select(OutboxMessage).where(OutboxMessage.credential_id == credential_id))
        if row is None:
            row = OutboxMessage(credential_id=credential_id, learner_id=pkg.learner_id, cohort_id=c.cohort_id,
                                to_address=pkg.email or "", state="drafted", attempts=0, updated_at=utcnow())
            s.add(row)
        if row.state == "sent":
            return None
        row.message_id = row.message_id or mail.new_message_id(from_address)
        row.to_address = pkg.email or row.to_address
        row.state, row.updated_at = "sending", utcnow()
        return row.message_id


def _record_outcome(ws: Workspace, credential_id: str, sent: bool, reply: str, attempts: int) -> None:
    """Commit the server's answer at once: a message it accepted is never sent again, however
    soon after the process is killed (only one still waiting for the answer can be)."""
    with ws.session() as s:
        row = s.scalar(select(OutboxMessage).where(OutboxMessage.credential_id == credential_id))
        if row is None:
            return
        row.state, row.server_reply = ("sent" if sent else "failed"), reply
        row.attempts += attempts
        row.updated_at = utcnow()
        if sent:
            row.sent_at = row.updated_at


def send_test_message(ws: Workspace, to_address: str, passphrase: str | None, *,
                      settings: SmtpSettings | None = None, password: str | None = None) -> str:
    """Send one short message to ``to_address`` (usually the trainer): the server's reply."""
    settings = check_settings(settings) if settings else get_smtp(ws)
    if settings is None:
        raise ValidationError("Set up the mail account first (server, port, security, sender).")
    if password is None:
        password = smtp_password(ws, passphrase)
    lt = mail.Letter("", to_address, "Badgesmith: test message",
                     "This message shows that Badgesmith can send from this account.\n", ())
    msg = mail.outgoing(lt, settings.from_name, settings.from_address, mail.new_message_id(settings.from_address),
                        datetime.now(UTC))
    with Mailer(settings, password) as m:
        outcome = m.send(msg, to_address)
    if outcome.kind != "sent":
        raise ValidationError(f"The server refused the test message: {outcome.reply}")
    return outcome.reply


# --- the outbox ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class OutboxRow:
    credential_id: str
    learner: str
    address: str
    achievement: str
    state: str  # drafted | sending | sent | failed | not delivered
    attempts: int
    server_reply: str | None
    message_id: str | None
    updated_at: datetime | None
    sent_at: datetime | None

    def as_dict(self) -> dict[str, Any]:
        d = self.__dict__.copy()
        for k in ("updated_at", "sent_at"):
            d[k] = d[k].isoformat() if d[k] else None
        return d


def outbox(ws: Workspace, cohort_id: int | None = None) -> list[OutboxRow]:
    """Every live credential (of the cohort) with its message's state; "not delivered" where
    nothing was drafted or sent yet."""
    with ws.read_session() as s:
        q = select(Credential, Learner, OutboxMessage).join(Learner, Learner.id == Credential.learner_id).outerjoin(
            OutboxMessage, OutboxMessage.credential_id == Credential.id).where(
            Credential.status == "active", Credential.superseded_by.is_(None), holder_known())
        if cohort_id is not None:
            q = q.where(Credential.cohort_id == cohort_id)
        rows = []
        for c, learner, m in s.execute(q.order_by(Credential.recipient_name, Credential.id)):
            rows.append(OutboxRow(
                c.id, c.recipient_name, (m.to_address if m else None) or learner.email or "", c.achievement_name,
                m.state if m else "not delivered", m.attempts if m else 0, m.server_reply if m else None,
                m.message_id if m else None, m.updated_at if m else None, m.sent_at if m else None))
        return rows

