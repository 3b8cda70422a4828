"""The seal: a certificate PDF signed as a whole, byte for byte (format ``BSP1``, docs/pdf-seal.md).

A verifier that reads a page and decides whether it "shows what was signed" competes with every
PDF viewer's own reading of fonts, layers, marked content and damaged files, and loses: each
program draws some construct its own way. So Badgesmith does not judge pages. When it writes a
certificate it signs the file itself, with the key that signs the credential, and a verifier
accepts the page only when the file is, byte for byte, the one the issuer's Badgesmith wrote;
then every program shows what the issuer's renderer drew, and that renderer drew the signed
facts. Any change (an edited name, an added layer, a re-save by another program, one appended
byte) breaks the seal.

The seal lives in the document information dictionary, as ``/BadgesmithSeal (BSP1:...)``::

    value   = "BSP1:" + base64url(key id (8) || Ed25519 signature (64))     (96 characters, no padding)
    digest  = SHA-256(the whole file, with the value replaced by PLACEHOLDER)
    signed  = "BADGESMITH-PDF-SEAL" 0x00 || digest

The key id is the one QR claims use (the first 8 bytes of SHA-256 of the raw public key). The
renderer writes PLACEHOLDER; :func:`seal_pdf` signs and puts the value in its place (same length,
so no offset in the file moves). Pure Python; never imports Qt.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from reportlab.pdfbase.pdfdoc import PDFInfo
from reportlab.pdfgen.canvas import Canvas

from badgesmith.core.paper.errors import CertificateError
from badgesmith.core.paper.qrclaim import KEY_ID_LENGTH, SIGNATURE_LENGTH, key_id

NAME = b"BadgesmithSeal"
PREFIX = b"BSP1:"
VALUE_LENGTH = len(PREFIX) + 96  # base64url of 72 bytes
PLACEHOLDER = PREFIX + b"0" * 96
CONTEXT = b"BADGESMITH-PDF-SEAL\x00"
_ENTRY = re.compile(rb"/" + NAME + rb" \((BSP1:[A-Za-z0-9_-]{96})\)")


class SealError(CertificateError):
    """The file has a seal that cannot be read (damaged, or more than one)."""


class _SealedInfo(PDFInfo):
    """reportlab's information dictionary with the seal's placeholder as one more entry."""

    def format(self, document: Any) -> bytes:
        out: bytes = super().format(document)
        end = out.rindex(b">>")
        return out[:end] + b"/" + NAME + b" (" + PLACEHOLDER + b")\n" + out[end:]


def reserve_seal(c: Canvas) -> None:
    """Make the PDF that ``c`` writes carry the seal's placeholder (call before ``c.save()``)."""
    info = _SealedInfo()
    info.__dict__.update(c._doc.info.__dict__)  # reportlab has no public hook for extra entries
    c._doc.info = info


def seal_pdf(pdf: bytes, key: Ed25519PrivateKey) -> bytes:
    """``pdf`` (written with :func:`reserve_seal`) with its seal signed by ``key``."""
    at = pdf.find(PLACEHOLDER)
    if at < 0 or pdf.find(PLACEHOLDER, at + 1) >= 0:
        raise SealError("The certificate has no room for its seal.")  # a renderer defect, never input
    public = key.public_key().public_bytes_raw()
    signature = key.sign(CONTEXT + hashlib.sha256(pdf).digest())
    value = PREFIX + base64.urlsafe_b64encode(key_id(public) + signature).rstrip(b"=")
    return pdf[:at] + value + pdf[at + len(PLACEHOLDER):]


@dataclass(frozen=True)
class Seal:
    key_id: bytes
    signature: bytes
    digest: bytes  # of the file as it was signed (the value replaced by the placeholder)

    def made_by(self, public_key: bytes) -> bool:
        """True when the key with these raw bytes signed exactly this file."""
        if key_id(public_key) != self.key_id:
            return False
        try:
            Ed25519PublicKey.from_public_bytes(public_key).verify(self.signature, CONTEXT + self.digest)
        except (InvalidSignature, ValueError):
            return False
        return True


def read_seal(pdf: bytes) -> Seal | None:
    """The file's seal; None when it has none (written before seals, or by another program)."""
    mentions = pdf.count(NAME)
    if mentions == 0:
        return None
    found = list(_ENTRY.finditer(pdf))
    if mentions != 1 or len(found) != 1:
        raise SealError("The PDF was changed after it was made: its seal is damaged or there is more "
                        "than one.")
    m = found[0]
    try:
        raw = base64.urlsafe_b64decode(m.group(1)[len(PREFIX):])  # 96 characters: exactly 72 bytes
    except (binascii.Error, ValueError):
        raise SealError("The PDF was changed after it was made: its seal is damaged.") from None
    if len(raw) != KEY_ID_LENGTH + SIGNATURE_LENGTH:
        raise SealError("The PDF was changed after it was made: its seal is damaged.")
    digest = hashlib.sha256(pdf[:m.start(1)] + PLACEHOLDER + pdf[m.end(1):]).digest()
    return Seal(raw[:KEY_ID_LENGTH], raw[KEY_ID_LENGTH:], digest)
