"""The compact, signed verification claim printed as a QR code on a certificate.

Format ``BS1`` (specified in ``docs/qr-claim.md``)::

    text   = "BS1:" + Base43(body || signature)
    body   = version(1)=0x01 | flags(1) | credential uuid(16) | issued(2) | [expires(2)]
             | [status list index(3)] | key id(8) | len(1) recipient | len(1) achievement
             | len(1) issuer
    signed = "BADGESMITH-QR-CLAIM" 0x00 || body        (Ed25519, 64-byte signature)

Dates are days since 1970-01-01 (unsigned 16-bit, big-endian); flag bit 0 says an expiry date
is present, flag bit 1 that the credential's Bitstring Status List index is (so a page can look
the certificate up in the issuer's published list); other bits must be 0. The key id is the first 8 bytes of SHA-256 of the raw
32-byte Ed25519 public key: the same 16 hex digits as the fingerprint printed on the
certificate. It only *locates* a trusted key; security comes from verifying with that key.

Names in the claim are display copies: each is NFC-normalised and, if longer than its byte
budget, shortened at a character boundary and marked with a trailing "…". The full names are
in the signed credential embedded in the PDF. Pure Python; never imports Qt.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum
from typing import cast
from urllib.parse import unquote

import segno
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from badgesmith.core.errors import BadgesmithError
from badgesmith.core.values import NAME_MAX_CHARS  # what a certificate accepts for each name

from . import base43

CLAIM_PREFIX = "BS1:"
FORMAT_VERSION = 1
SIGNING_CONTEXT = b"BADGESMITH-QR-CLAIM\x00"
KEY_ID_LENGTH = 8
SIGNATURE_LENGTH = 64
FLAG_EXPIRES = 0x01
FLAG_STATUS = 0x02
MAX_STATUS_INDEX = 0xFFFFFF  # 3 bytes: lists of up to 16.7 million entries

MAX_RECIPIENT_BYTES = 200  # UTF-8 budget of each display copy inside the claim
MAX_ACHIEVEMENT_BYTES = 140  # 144 until claims carried a status list index (version 20 holds)
MAX_ISSUER_BYTES = 100
MAX_VERIFY_URL_LENGTH = 100
ELLIPSIS = "\u2026"

_EPOCH = date(1970, 1, 1)
_LAST_DAY = _EPOCH + timedelta(days=0xFFFF)  # 2149-06-06
_UUID_URN = re.compile(r"urn:uuid:([0-9a-fA-F-]{36})\Z")
_JOINERS = "\u200c\u200d\ufe0e\ufe0f"


class ClaimError(BadgesmithError, ValueError):
    """A claim text cannot be read, or fields cannot be put in a claim. ``message`` is plain."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ClaimFieldError(ClaimError):
    """A field given to :func:`encode_claim` is outside the documented limits."""


@dataclass(frozen=True)
class ClaimFields:
    """What the issuer puts in a claim (full names; they are shortened for the claim)."""

    credential_id: str  # "urn:uuid:..."
    recipient_name: str
    achievement_name: str
    issuer_name: str
    issued_on: date
    expires_on: date | None = None
    status_index: int | None = None  # the credential's statusListIndex, when it has one


@dataclass(frozen=True)
class Claim:
    """A decoded claim. ``body`` holds the exact bytes that were signed (after the context)."""

    version: int
    credential_uuid: uuid.UUID
    recipient_name: str
    achievement_name: str
    issuer_name: str
    issued_on: date
    expires_on: date | None
    key_id: bytes
    signature: bytes
    body: bytes
    status_index: int | None = None

    @property
    def credential_id(self) -> str:
        return f"urn:uuid:{self.credential_uuid}"

    @property
    def key_fingerprint(self) -> str:
        return format_fingerprint(self.key_id)

    @property
    def signed_bytes(self) -> bytes:
        return SIGNING_CONTEXT + self.body

    def is_expired(self, today: date) -> bool:
        return self.expires_on is not None and today > self.expires_on


class ClaimStatus(Enum):
    VALID = "valid"  # signed by one of the trusted keys
    BAD_SIGNATURE = "bad-signature"  # names a trusted key but that key did not sign these bytes
    UNKNOWN_KEY = "unknown-key"  # names a key that is not trusted: never "verified"


@dataclass(frozen=True)
class ClaimVerification:
    status: ClaimStatus
    key_fingerprint: str
    public_key: bytes | None  # the trusted key that signed (VALID only)

    @property
    def ok(self) -> bool:
        return self.status is ClaimStatus.VALID


# -- keys ---------------------------------------------------------------------------------------


def _raw_public(key: Ed25519PublicKey | bytes) -> bytes:
    if isinstance(key, bytes | bytearray):
        if len(key) != 32:
            raise ClaimError("An Ed25519 public key has 32 bytes.")
        return bytes(key)
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def key_id(public_key: Ed25519PublicKey | bytes) -> bytes:
    """First 8 bytes of SHA-256 of the raw 32-byte public key."""
    return hashlib.sha256(_raw_public(public_key)).digest()[:KEY_ID_LENGTH]


def format_fingerprint(kid: bytes) -> str:
    """'AB12 CD34 EF56 7890': the form printed on certificates and issuer cards."""
    h = kid.hex().upper()
    return " ".join(h[i : i + 4] for i in range(0, len(h), 4))


# -- fields -------------------------------------------------------------------------------------


def fit_to_bytes(text: str, max_bytes: int) -> str:
    """``text`` if its UTF-8 fits ``max_bytes``, else a prefix ending in "…" that fits.

    The cut never splits a character, and drops a trailing base character together with its
    combining marks or joiners so that no half-built letter is left before the ellipsis.
    """
    if len(text.encode("utf-8")) <= max_bytes:
        return text
    cut = text.encode("utf-8")[: max_bytes - len(ELLIPSIS.encode("utf-8"))]
    n = len(cut.decode("utf-8", "ignore"))
    while n > 0 and _is_attached(text[n]):  # text[n] belongs to the cluster being cut: drop it
        n -= 1
    return text[:n].rstrip() + ELLIPSIS


def _is_attached(ch: str) -> bool:
    return unicodedata.category(ch) in ("Mn", "Mc", "Me") or ch in _JOINERS


def _clean_name(label: str, value: str, max_bytes: int) -> str:
    if not isinstance(value, str):
        raise ClaimFieldError(f"The {label} must be text.")
    text = unicodedata.normalize("NFC", value).strip()
    if not text:
        raise ClaimFieldError(f"The {label} is empty.")
    if len(text) > NAME_MAX_CHARS:
        raise ClaimFieldError(
            f"The {label} has {len(text)} characters; at most {NAME_MAX_CHARS} are allowed."
        )
    bad = [c for c in text if unicodedata.category(c) in ("Cc", "Zl", "Zp", "Cs")]
    if bad:
        raise ClaimFieldError(
            f"The {label} contains a control character (U+{ord(bad[0]):04X}); remove it."
        )
    return fit_to_bytes(text, max_bytes)


def _day_number(label: str, value: date) -> int:
    if isinstance(value, datetime):
        value = value.date()
    if not isinstance(value, date) or not (_EPOCH <= value <= _LAST_DAY):
        raise ClaimFieldError(f"The {label} must be a date between 1970-01-01 and {_LAST_DAY}.")
    return (value - _EPOCH).days


def _credential_uuid(credential_id: str) -> uuid.UUID:
    m = _UUID_URN.match(credential_id) if isinstance(credential_id, str) else None
    if not m:
        raise ClaimFieldError(
            f"The credential id {str(credential_id)[:60]!r} is not a urn:uuid: identifier."
        )
    return uuid.UUID(m.group(1))


def _body(
    uid: uuid.UUID,
    issued: int,
    expires: int | None,
    kid: bytes,
    names: tuple[str, str, str],
    status_index: int | None = None,
) -> bytes:
    flags = (FLAG_EXPIRES if expires is not None else 0) | (FLAG_STATUS if status_index is not None else 0)
    out = bytearray([FORMAT_VERSION, flags])
    out += uid.bytes + issued.to_bytes(2, "big")
    if expires is not None:
        out += expires.to_bytes(2, "big")
    if status_index is not None:
        out += status_index.to_bytes(3, "big")
    out += kid
    for name in names:
        raw = name.encode("utf-8")
        out += bytes([len(raw)]) + raw
    return bytes(out)


# -- encode / decode ----------------------------------------------------------------------------


def encode_claim(claim_fields: ClaimFields, private_key: Ed25519PrivateKey) -> str:
    """The signed claim text ``BS1:...`` (QR-alphanumeric and URL-fragment safe)."""
    f = claim_fields
    names = (
        _clean_name("recipient name", f.recipient_name, MAX_RECIPIENT_BYTES),
        _clean_name("achievement name", f.achievement_name, MAX_ACHIEVEMENT_BYTES),
        _clean_name("issuer name", f.issuer_name, MAX_ISSUER_BYTES),
    )
    issued = _day_number("issue date", f.issued_on)
    expires = None if f.expires_on is None else _day_number("expiry date", f.expires_on)
    if expires is not None and expires < issued:
        raise ClaimFieldError("The expiry date is before the issue date.")
    if f.status_index is not None and not (
            isinstance(f.status_index, int) and 0 <= f.status_index <= MAX_STATUS_INDEX):
        raise ClaimFieldError(f"The status list index must be between 0 and {MAX_STATUS_INDEX}.")
    kid = key_id(private_key.public_key())
    body = _body(_credential_uuid(f.credential_id), issued, expires, kid, names, f.status_index)
    signature = private_key.sign(SIGNING_CONTEXT + body)
    return CLAIM_PREFIX + base43.encode(body + signature)


def claim_text_from(text: str) -> str:
    """The bare claim text from a bare claim or a verify-page URL ``...#BS1:...``.

    Surrounding whitespace is ignored (the alphabet has none); the fragment is percent-decoded
    in case a scanner escaped it; letters are upper-cased (the alphabet has no lower case).
    """
    if not isinstance(text, str):
        raise ClaimError("A certificate code is text.")
    text = text.strip()
    if "#" in text:
        text = unquote(text.split("#", 1)[1]).strip()
    return text.upper()


def decode_claim(text: str) -> Claim:
    """Parse a claim (bare or URL form). Raises :class:`ClaimError` on anything malformed."""
    bare = claim_text_from(text)
    if not bare.startswith(CLAIM_PREFIX):
        raise ClaimError("This is not a Badgesmith certificate code (it should start with BS1:).")
    try:
        data = base43.decode(bare[len(CLAIM_PREFIX) :])
    except base43.Base43Error as exc:
        raise ClaimError(f"This certificate code is damaged: {exc}.") from None
    return _parse(data)


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data, self.pos = data, 0

    def take(self, n: int) -> bytes:
        if self.pos + n > len(self.data):
            raise ClaimError("This certificate code is incomplete (it was cut short).")
        chunk = self.data[self.pos : self.pos + n]
        self.pos += n
        return chunk

    def text(self) -> str:
        raw = self.take(self.take(1)[0])
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            raise ClaimError(
                "This certificate code is damaged: a name is not valid text."
            ) from None


def _parse(data: bytes) -> Claim:
    r = _Reader(data)
    version, flags = r.take(1)[0], r.take(1)[0]
    if version != FORMAT_VERSION:
        raise ClaimError(f"This certificate code uses format version {version}, not 1.")
    if flags & ~(FLAG_EXPIRES | FLAG_STATUS):
        raise ClaimError("This certificate code is damaged: unknown flags are set.")
    uid = uuid.UUID(bytes=r.take(16))
    issued = _EPOCH + timedelta(days=int.from_bytes(r.take(2), "big"))
    expires = None
    if flags & FLAG_EXPIRES:
        expires = _EPOCH + timedelta(days=int.from_bytes(r.take(2), "big"))
    status_index = int.from_bytes(r.take(3), "big") if flags & FLAG_STATUS else None
    kid = r.take(KEY_ID_LENGTH)
    recipient, achievement, issuer = r.text(), r.text(), r.text()
    body_end = r.pos
    signature = r.take(SIGNATURE_LENGTH)
    if r.pos != len(data):
        raise ClaimError("This certificate code is damaged: it has extra data at the end.")
    return Claim(
        version=version,
        credential_uuid=uid,
        recipient_name=recipient,
        achievement_name=achievement,
        issuer_name=issuer,
        issued_on=issued,
        expires_on=expires,
        key_id=kid,
        signature=signature,
        body=data[:body_end],
        status_index=status_index,
    )


def verify_claim(
    claim: Claim, public_keys: Iterable[Ed25519PublicKey | bytes]
) -> ClaimVerification:
    """Check ``claim`` against the trusted keys (own current and retired, imported issuers).

    A claim whose key id matches no trusted key is UNKNOWN_KEY (whatever its signature: the key
    is not in the claim, and an unknown signer is never "verified").
    """
    candidates = [k for k in map(_raw_public, public_keys) if key_id(k) == claim.key_id]
    for raw in candidates:
        try:
            Ed25519PublicKey.from_public_bytes(raw).verify(claim.signature, claim.signed_bytes)
        except InvalidSignature:
            continue
        return ClaimVerification(ClaimStatus.VALID, claim.key_fingerprint, raw)
    status = ClaimStatus.BAD_SIGNATURE if candidates else ClaimStatus.UNKNOWN_KEY
    return ClaimVerification(status, claim.key_fingerprint, None)


# -- QR -----------------------------------------------------------------------------------------


def check_verify_page_url(url: str) -> str:
    """The verification page address, validated: https, printable ASCII, no fragment, short."""
    if not isinstance(url, str) or not url.startswith("https://") or len(url) <= len("https://"):
        raise ClaimFieldError("The verification page address must start with https://.")
    if len(url) > MAX_VERIFY_URL_LENGTH:
        raise ClaimFieldError(
            f"The verification page address has {len(url)} characters; "
            f"at most {MAX_VERIFY_URL_LENGTH} fit in the QR code."
        )
    if not url.isascii() or any(c.isspace() or not c.isprintable() for c in url) or "#" in url:
        raise ClaimFieldError(
            "The verification page address may not contain spaces, '#' or non-ASCII characters "
            "(write an international domain in its xn-- form)."
        )
    return url


def claim_qr_payload(claim_text: str, verify_page_url: str | None = None) -> str:
    """What the QR holds: ``URL#BS1:...`` when the issuer has a verify page, else ``BS1:...``.

    The claim alphabet is legal in a URL fragment as it is, so no escaping is needed.
    """
    if not claim_text.startswith(CLAIM_PREFIX):
        raise ClaimError("Not a claim text (it should start with BS1:).")
    if verify_page_url is None:
        return claim_text
    return check_verify_page_url(verify_page_url) + "#" + claim_text


def qr_segments(payload: str) -> list[tuple[str, int]]:
    """The QR segments of a payload: the URL part (up to and including '#') in byte mode, the
    claim in alphanumeric mode, which keeps the symbol within the sizes DESIGN section 4 sets
    (one byte-mode segment does not)."""
    url, sep, claim = payload.rpartition("#")
    segments: list[tuple[str, int]] = []
    if url or sep:
        segments.append((url + sep, segno.consts.MODE_BYTE))
    if claim and all(c in base43.ALPHABET for c in claim):
        segments.append((claim, segno.consts.MODE_ALPHANUMERIC))
    elif claim:
        segments.append((claim, segno.consts.MODE_BYTE))
    return segments


def make_qr(payload: str) -> segno.QRCode:
    """The reference symbol, by segno: error correction M (or better when free), smallest
    version. Certificates draw the same symbol with the faster ``qrfast`` (render.make_qr)."""
    segments = qr_segments(payload)
    # segno accepts a list of (content, mode) segments; its type hints only name one content
    return segno.make(cast(str, segments), error="m", boost_error=True, micro=False)
