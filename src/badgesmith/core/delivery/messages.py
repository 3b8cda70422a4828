"""E-mail messages in the trainer's words: a subject and body with placeholders, filled in for one
learner, with the certificate PDF, the credential JSON and the baked badge attached.

Placeholders are ``{name}`` from :data:`PLACEHOLDERS` only (never Python format syntax: a
template is text a user typed). A line whose placeholders are all empty is left out, so
"Check it online: {verify_link}" disappears when there is no verification page.

Each shipped language has a preset, the default in the issuer's language: English is
:data:`DEFAULT_SUBJECT`/:data:`DEFAULT_BODY`, the others are data in ``resources/messages/<lang>.json``
(the body as a list of lines) with the same placeholders, each optional one on a line of its own.

The same message is written as an ``.eml`` draft (``X-Unsent: 1``, no ``Date`` or
``Message-ID``: mail programs open it as a draft to send) or sent with both headers set.
"""

from __future__ import annotations

import base64
import json
import logging
import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from email.header import Header
from email.utils import encode_rfc2231, format_datetime, formataddr, make_msgid
from functools import cache

from badgesmith.core.errors import ValidationError
from badgesmith.core.languages import ENGLISH, SHIPPED
from badgesmith.core.said import QT_TRANSLATE_NOOP
from badgesmith.resources import ResourceNotFound, resource_path

log = logging.getLogger(__name__)

PLACEHOLDERS: dict[str, str] = {  # what each stands for, said to the trainer (the app translates it)
    "learner": QT_TRANSLATE_NOOP("core", "the learner's name"),
    "achievement": QT_TRANSLATE_NOOP("core", "the achievement's name"),
    "issuer": QT_TRANSLATE_NOOP("core", "your organisation's name"),
    "issued_on": QT_TRANSLATE_NOOP("core", "the date it was awarded"),
    "valid_until": QT_TRANSLATE_NOOP("core", "the date it expires (empty when it does not)"),
    "verify_link": QT_TRANSLATE_NOOP("core", "the public verification link (empty without a verification page)"),
    "linkedin_link": QT_TRANSLATE_NOOP("core", "the LinkedIn \"Add to profile\" link"),
    "credential_id": QT_TRANSLATE_NOOP("core", "the credential's id"),
}
_PLACEHOLDER = re.compile(r"\{([^{}\s]*)\}")
MAX_SUBJECT_CHARS = 200
MAX_BODY_CHARS = 20_000

DEFAULT_SUBJECT = "Your certificate: {achievement}"
DEFAULT_BODY = """Dear {learner},

congratulations: {issuer} has awarded you "{achievement}" on {issued_on}.

Attached you will find:
- your certificate (PDF); anyone can check it by scanning its QR code;
- your credential (JSON), which you can add to a digital wallet such as Learner Credential Wallet;
- your badge (PNG), an image with the credential inside it.

Add it to your LinkedIn profile: {linkedin_link}
Check it online: {verify_link}
Valid until: {valid_until}

Best wishes,
{issuer}
"""


@dataclass(frozen=True)
class MessageTemplate:
    subject: str = DEFAULT_SUBJECT
    body: str = DEFAULT_BODY
    language: str | None = None  # what it is written in (its dates follow); None: the issuer's


PRESET_LANGUAGES: tuple[str, ...] = tuple(SHIPPED)  # codes with a preset; SHIPPED gives their own names


def preset(lang: str | None) -> MessageTemplate:
    """The shipped message in ``lang``; English for "en" or a language Badgesmith does not ship."""
    if lang == ENGLISH or lang not in SHIPPED:
        return MessageTemplate(language=ENGLISH)
    return _load_preset(lang)


@cache
def _load_preset(lang: str) -> MessageTemplate:
    try:
        doc = json.loads(resource_path("messages", f"{lang}.json").read_text(encoding="utf-8"))
        return MessageTemplate(str(doc["subject"]), "\n".join(map(str, doc["body"])) + "\n", lang)
    except (ResourceNotFound, OSError, ValueError, KeyError, TypeError) as exc:
        # a damaged install still sends: in English rather than not at all
        log.warning("The %s message preset cannot be read (%s); using English.", lang, exc)
        return MessageTemplate(language=ENGLISH)


@dataclass(frozen=True)
class Attachment:
    filename: str
    data: bytes
    mime: str  # "application/pdf"


@dataclass(frozen=True)
class Letter:
    """One learner's message, filled in."""
    to_name: str
    to_address: str
    subject: str
    body: str
    attachments: tuple[Attachment, ...]


def check_template(template: MessageTemplate) -> MessageTemplate:
    """The template, or ValidationError naming what is wrong (unknown placeholders, sizes)."""
    if not template.subject.strip():
        raise ValidationError("The subject is empty; say what the message is about.")
    if len(template.subject) > MAX_SUBJECT_CHARS or "\n" in template.subject.strip():
        raise ValidationError(f"The subject must be one line of at most {MAX_SUBJECT_CHARS} characters.")
    if len(template.body) > MAX_BODY_CHARS:
        raise ValidationError(f"The message is longer than {MAX_BODY_CHARS:,} characters.")
    for text in (template.subject, template.body):
        rest = _PLACEHOLDER.sub("", text)
        if "{" in rest or "}" in rest:
            raise ValidationError("A { or } has no partner: placeholders are written {learner}, {achievement} "
                                  "and so on; remove the stray brace.")
    unknown = sorted({m for text in (template.subject, template.body) for m in _PLACEHOLDER.findall(text)
                      if m not in PLACEHOLDERS})
    if unknown:
        known = ", ".join("{" + k + "}" for k in PLACEHOLDERS)
        raise ValidationError(f"Unknown placeholder {', '.join('{' + u + '}' for u in unknown)}; "
                              f"the placeholders are {known}.")
    return MessageTemplate(template.subject.strip(), template.body,
                           template.language if template.language in SHIPPED else None)


def fill(text: str, values: dict[str, str]) -> str:
    """``text`` with its placeholders replaced; lines whose placeholders are all empty dropped."""
    out = []
    for line in text.split("\n"):
        names = _PLACEHOLDER.findall(line)
        if names and all(not values.get(n, "") for n in names if n in PLACEHOLDERS):
            continue
        out.append(_PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), line))
    return "\n".join(out)


def letter(template: MessageTemplate, values: dict[str, str], to_name: str, to_address: str,
           attachments: tuple[Attachment, ...]) -> Letter:
    subject = " ".join(fill(template.subject, values).split())  # one line, whatever a name holds
    return Letter(to_name, to_address, subject, fill(template.body, values), attachments)


def smtp_address(address: str) -> str:
    """The address as it goes on the wire: the domain in its ASCII (IDNA) form. A local part
    with letters beyond ASCII needs SMTPUTF8, which Badgesmith does not use: ValidationError."""
    local, _, domain = address.strip().rpartition("@")
    if not local or not domain:
        raise ValidationError(f"'{address}' is not an e-mail address.")
    if not local.isascii():
        raise ValidationError(f"The address {address} has letters beyond A-Z before the @, which needs a mail "
                              "extension (SMTPUTF8) Badgesmith does not use: send this one from your mail program.")
    try:
        ascii_domain = domain if domain.isascii() else domain.encode("idna").decode("ascii")
    except UnicodeError:
        raise ValidationError(f"The domain of {address} cannot be written for mail servers.") from None
    return f"{local}@{ascii_domain}"


def _address(name: str, address: str) -> str:
    """'Name <address>'. A name beyond ASCII is RFC 2047-encoded in words of at most 75
    characters; so is an ASCII name that holds "=?", which mail programs would otherwise decode
    as an encoded word and show as another name or address."""
    name, address = " ".join(name.split()), smtp_address(address)
    if not name:
        return address
    if not name.isascii() or "=?" in name:
        return f"{Header(name, 'utf-8', header_name='To').encode(maxlinelen=74)} <{address}>"
    return formataddr((name, address))


def _header(name: str, value: str) -> bytes:
    """One header line, folded below 78 characters where it has spaces. Subjects and dates go
    through email.header.Header (RFC 2047 for text beyond ASCII); addresses come encoded."""
    if name == "Subject" and (not value.isascii() or len(value) > 60):
        value = Header(value, "utf-8" if not value.isascii() else "us-ascii", header_name=name).encode(maxlinelen=74)
    return f"{name}: {value}\r\n".replace("\n ", "\r\n ").replace("\r\r\n", "\r\n").encode("ascii")


def _mime(lt: Letter, headers: list[tuple[str, str]]) -> bytes:
    """The message as bytes: multipart/mixed, the text and each attachment in base64.

    Headers are folded and encoded by the email package (RFC 2047 for names in any script).
    The parts are put together here because the email package's generator writes a message
    line by line in Python: 8 ms for a certificate's attachments, which would cap sending at
    about 50 messages a second on its own; this takes a fraction of a millisecond. The tests
    read every message back with the email package."""
    boundary = f"=_badgesmith_{uuid.uuid4().hex}"
    head = b"".join(_header(k, v) for k, v in [
        *headers, ("MIME-Version", "1.0"), ("Content-Type", f'multipart/mixed; boundary="{boundary}"')])
    parts = [_part("text/plain; charset=utf-8", None, lt.body.replace("\n", "\r\n").encode("utf-8"))]
    parts += [_part(a.mime, a.filename, a.data) for a in lt.attachments]
    sep = f"--{boundary}\r\n".encode("ascii")
    return (head + b"\r\n" + b"".join(sep + p for p in parts) + f"--{boundary}--\r\n".encode("ascii"))


def _part(content_type: str, filename: str | None, data: bytes) -> bytes:
    lines = [f"Content-Type: {content_type}", "Content-Transfer-Encoding: base64"]
    if filename is not None:
        ascii_name = filename.encode("ascii", "replace").decode("ascii").replace("?", "_").replace('"', "_")
        disposition = f'attachment; filename="{ascii_name}"'
        if ascii_name != filename:  # RFC 2231: the real name in UTF-8, for every mail program that reads it
            disposition += f"; filename*={encode_rfc2231(filename, 'utf-8')}"
        lines.append(f"Content-Disposition: {disposition}")
    body = base64.encodebytes(data).replace(b"\n", b"\r\n")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii") + body


def _headers(lt: Letter, from_name: str, from_address: str) -> list[tuple[str, str]]:
    return [("From", _address(from_name, from_address)), ("To", _address(lt.to_name, lt.to_address)),
            ("Subject", lt.subject)]


def draft_bytes(lt: Letter, from_name: str, from_address: str) -> bytes:
    """The ``.eml`` draft: RFC 5322/MIME with ``X-Unsent: 1`` and no Date or Message-ID."""
    return _mime(lt, [*_headers(lt, from_name, from_address), ("X-Unsent", "1")])


def new_message_id(from_address: str) -> str:
    return make_msgid(domain=from_address.rpartition("@")[2] or "badgesmith.invalid")


def outgoing(lt: Letter, from_name: str, from_address: str, message_id: str, when: datetime) -> bytes:
    """The message as sent: with its Message-ID (the same on a resend) and Date."""
    return _mime(lt, [*_headers(lt, from_name, from_address), ("Date", format_datetime(when)),
                      ("Message-ID", message_id)])
