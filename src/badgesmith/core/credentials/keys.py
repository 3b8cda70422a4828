"""Ed25519 signing keys: generation, passphrase encryption, backups and issuer cards.

The private key is only ever stored encrypted: scrypt (N=2**17, r=8, p=1, OWASP's minimum)
derives an AES-256-GCM key from the passphrase; blobs written with weaker parameters (N=2**15
before version 0.2) still open and are re-encrypted on the next unlock (:func:`needs_upgrade`). GCM's tag tells a wrong passphrase apart from a good one without any
plaintext check value, and the header is authenticated as associated data so that nobody can
weaken the parameters of a stored blob.

Nothing here logs or reprs a secret: ``UnlockedKey`` hides its key in ``repr``.
"""

from __future__ import annotations

import base64
import json
import os
import struct
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

from .didkey import did_key_from_public, fingerprint, public_key_from_did
from .errors import (
    CredentialError,
    InvalidIssuerCard,
    InvalidKeyBackup,
    UnsupportedKeyError,
    WrongPassphrase,
)
from .multikey import b58decode, b58encode

_MAGIC = b"BSKEY1"
_HEADER = struct.Struct(">6sBBB16s12s")  # magic, log2(N), r, p, salt, nonce
_LOG2_N, _R, _P = 17, 8, 1


def generate_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def private_key_from_seed(seed: bytes) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(seed)


def seed_of(key: Ed25519PrivateKey) -> bytes:
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def did_of(key: Ed25519PrivateKey) -> str:
    return did_key_from_public(key.public_key())


def _kdf(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    if log2_n > 22 or r > 32 or p > 16:  # refuse absurd (denial-of-service) parameters
        raise InvalidKeyBackup("The encrypted key uses unsupported key-derivation parameters.")
    return Scrypt(salt=salt, length=32, n=2**log2_n, r=r, p=p).derive(passphrase.encode("utf-8"))


def encrypt_secret(secret: bytes, passphrase: str, magic: bytes = _MAGIC) -> bytes:
    """``secret`` encrypted under ``passphrase`` (scrypt + AES-GCM, header authenticated)."""
    if not passphrase:
        raise CredentialError("Choose a passphrase: secrets are never stored unencrypted.")
    salt, nonce = os.urandom(16), os.urandom(12)
    header = _HEADER.pack(magic, _LOG2_N, _R, _P, salt, nonce)
    aes = AESGCM(_kdf(passphrase, salt, _LOG2_N, _R, _P))
    return header + aes.encrypt(nonce, secret, header)


def decrypt_secret(blob: bytes, passphrase: str, magic: bytes = _MAGIC) -> bytes:
    """Open a blob from :func:`encrypt_secret`; a wrong passphrase raises WrongPassphrase."""
    if len(blob) < _HEADER.size + 16 or not blob.startswith(magic):
        raise InvalidKeyBackup("This is not a Badgesmith encrypted key (or it is damaged).")
    _magic, log2_n, r, p, salt, nonce = _HEADER.unpack_from(blob)
    header = blob[: _HEADER.size]
    try:
        return AESGCM(_kdf(passphrase, salt, log2_n, r, p)).decrypt(nonce, blob[_HEADER.size :], header)
    except InvalidTag:
        raise WrongPassphrase() from None


def encrypt_private_key(key: Ed25519PrivateKey, passphrase: str) -> bytes:
    """The private key encrypted under ``passphrase`` (binary blob, safe to store)."""
    if not passphrase:
        raise CredentialError("Choose a passphrase: the signing key is never stored unencrypted.")
    return encrypt_secret(seed_of(key), passphrase)


def decrypt_private_key(blob: bytes, passphrase: str) -> Ed25519PrivateKey:
    """Unlock a blob from :func:`encrypt_private_key`; a wrong passphrase raises WrongPassphrase."""
    return Ed25519PrivateKey.from_private_bytes(decrypt_secret(blob, passphrase))


def needs_upgrade(blob: bytes) -> bool:
    """True when ``blob`` was encrypted with weaker key-derivation parameters than today's."""
    if len(blob) < _HEADER.size or not blob.startswith(_MAGIC):
        return False
    _, log2_n, r, p, _, _ = _HEADER.unpack_from(blob)
    return (log2_n, r, p) < (_LOG2_N, _R, _P)


def change_passphrase(blob: bytes, old: str, new: str) -> bytes:
    return encrypt_private_key(decrypt_private_key(blob, old), new)


class UnlockedKey:
    """A decrypted signing key with its did:key; ``repr`` never shows the secret."""

    __slots__ = ("private_key", "did")

    def __init__(self, private_key: Ed25519PrivateKey) -> None:
        self.private_key = private_key
        self.did = did_of(private_key)

    def __repr__(self) -> str:
        return f"UnlockedKey(did={self.did!r}, private key hidden)"


# --- key backup file --------------------------------------------------------------------------

BACKUP_FORMAT = "badgesmith-key-backup"


@dataclass(frozen=True)
class KeyBackup:
    did: str
    created: str
    encrypted: bytes = field(repr=False)

    def to_json(self) -> bytes:
        doc = {
            "format": BACKUP_FORMAT,
            "version": 1,
            "did": self.did,
            "created": self.created,
            "warning": "Anyone with this file and its passphrase can issue credentials in your name.",
            "encryptedKey": base64.b64encode(self.encrypted).decode("ascii"),
        }
        return json.dumps(doc, indent=2).encode("utf-8")

    def unlock(self, passphrase: str) -> Ed25519PrivateKey:
        key = decrypt_private_key(self.encrypted, passphrase)
        if did_of(key) != self.did:
            raise InvalidKeyBackup("The key in this backup does not match the did:key it names.")
        return key


def export_key_backup(encrypted: bytes, did: str, created: datetime | None = None) -> bytes:
    when = (created or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return KeyBackup(did=did, created=when, encrypted=encrypted).to_json()


def import_key_backup(data: bytes | str) -> KeyBackup:
    """Parse a key backup file; the key stays encrypted until :meth:`KeyBackup.unlock`."""
    try:
        doc = json.loads(data)
        if doc.get("format") != BACKUP_FORMAT or doc.get("version") != 1:
            raise ValueError
        did, created = str(doc["did"]), str(doc["created"])
        encrypted = base64.b64decode(doc["encryptedKey"], validate=True)
        public_key_from_did(did)
    except (ValueError, KeyError, TypeError, AttributeError, UnsupportedKeyError):
        raise InvalidKeyBackup("This file is not a Badgesmith key backup, or it is damaged.") from None
    return KeyBackup(did=did, created=created, encrypted=encrypted)


# --- issuer card ------------------------------------------------------------------------------

CARD_FORMAT = "badgesmith-issuer-card"


@dataclass(frozen=True)
class IssuerCard:
    """The public face of an issuer that others import as trusted: no secrets in it."""

    name: str
    did: str
    fingerprint: str
    url: str | None = None
    email: str | None = None
    created: str | None = None


def _card_payload(doc: dict[str, Any]) -> bytes:
    # a plain canonical JSON (sorted keys, compact, UTF-8) of every field but the signature
    body = {k: v for k, v in doc.items() if k != "signature"}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def export_issuer_card(
    name: str,
    private_key: Ed25519PrivateKey,
    *,
    url: str | None = None,
    email: str | None = None,
    created: datetime | None = None,
) -> bytes:
    """A self-signed issuer card (JSON): the signature proves that the card's author holds the key."""
    did = did_of(private_key)
    doc: dict[str, Any] = {
        "format": CARD_FORMAT,
        "version": 1,
        "name": name,
        "did": did,
        "fingerprint": fingerprint(did),
        "created": (created or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    if url:
        doc["url"] = url
    if email:
        doc["email"] = email
    doc["signature"] = "z" + b58encode(private_key.sign(_card_payload(doc)))
    return json.dumps(doc, indent=2, ensure_ascii=False).encode("utf-8")


def parse_issuer_card(data: bytes | str) -> IssuerCard:
    """Validate an issuer card for import as a trusted issuer; raises InvalidIssuerCard."""
    try:
        doc = json.loads(data)
    except ValueError:
        raise InvalidIssuerCard("This file is not an issuer card (it is not JSON).") from None
    if not isinstance(doc, dict) or doc.get("format") != CARD_FORMAT:
        raise InvalidIssuerCard("This file is not a Badgesmith issuer card.")
    if doc.get("version") != 1:
        raise InvalidIssuerCard("This issuer card was written by a newer Badgesmith; update to import it.")
    name, did = doc.get("name"), doc.get("did")
    if not isinstance(name, str) or not name.strip():
        raise InvalidIssuerCard("The issuer card has no issuer name.")
    try:
        public_key: Ed25519PublicKey = public_key_from_did(str(did))
    except UnsupportedKeyError as exc:
        raise InvalidIssuerCard(f"The issuer card's key is not usable: {exc}") from None
    if doc.get("fingerprint") != fingerprint(str(did)):
        raise InvalidIssuerCard("The issuer card's fingerprint does not match its key; it was altered.")
    sig = doc.get("signature")
    if not isinstance(sig, str) or not sig.startswith("z"):
        raise InvalidIssuerCard("The issuer card is not signed.")
    try:
        public_key.verify(b58decode(sig[1:]), _card_payload(doc))
    except (InvalidSignature, ValueError):
        raise InvalidIssuerCard("The issuer card's signature is not valid; it was altered.") from None
    return IssuerCard(
        name=name.strip(),
        did=str(did),
        fingerprint=str(doc["fingerprint"]),
        url=doc.get("url"),
        email=doc.get("email"),
        created=doc.get("created"),
    )
