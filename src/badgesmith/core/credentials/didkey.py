"""did:key for Ed25519 keys, and the short fingerprint people compare by eye."""

from __future__ import annotations

import hashlib

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from .errors import UnsupportedKeyError
from .multikey import decode_public_multikey, encode_public_multikey

DID_KEY_PREFIX = "did:key:"


def raw_public_bytes(pub: Ed25519PublicKey | bytes) -> bytes:
    if isinstance(pub, bytes | bytearray):
        return bytes(pub)
    return pub.public_bytes(Encoding.Raw, PublicFormat.Raw)


def did_key_from_public(pub: Ed25519PublicKey | bytes) -> str:
    """``did:key:z6Mk...`` for an Ed25519 public key (object or 32 raw bytes)."""
    return DID_KEY_PREFIX + encode_public_multikey(raw_public_bytes(pub))


def _split(did_or_vm: str) -> tuple[str, str | None]:
    if not isinstance(did_or_vm, str) or not did_or_vm.startswith(DID_KEY_PREFIX):
        raise UnsupportedKeyError(f"{str(did_or_vm)[:60]!r} is not a did:key identifier.")
    did, _, fragment = did_or_vm.partition("#")
    return did, fragment or None


def public_key_bytes_from_did(did_or_verification_method: str) -> bytes:
    did, fragment = _split(did_or_verification_method)
    multikey = did[len(DID_KEY_PREFIX):]
    raw = decode_public_multikey(multikey)
    # did:key's only verification method is the key itself: '#' + the same multibase value
    if fragment is not None and fragment != multikey:
        raise UnsupportedKeyError(
            "The verification method's fragment does not match its did:key "
            "(expected did:key:X#X)."
        )
    return raw


def public_key_from_did(did_or_verification_method: str) -> Ed25519PublicKey:
    """The Ed25519 public key of ``did:key:z6Mk...`` or ``did:key:z6Mk...#z6Mk...``."""
    return Ed25519PublicKey.from_public_bytes(public_key_bytes_from_did(did_or_verification_method))


def did_from_verification_method(verification_method: str) -> str:
    return verification_method.partition("#")[0]


def verification_method(did: str) -> str:
    """``did:key:X#X``: the verification method id that signs with a did:key."""
    did, _ = _split(did)
    public_key_bytes_from_did(did)  # validate: Ed25519 only
    return f"{did}#{did[len(DID_KEY_PREFIX):]}"


def fingerprint(key: Ed25519PublicKey | bytes | str) -> str:
    """Short human fingerprint: the first 16 hex digits of SHA-256(raw key), 'AB12 CD34 EF56 7890'.

    Accepts a key, its 32 raw bytes, a did:key or a did:key verification method. Printed on
    certificates and issuer cards so that people can compare keys by eye.
    """
    raw = public_key_bytes_from_did(key) if isinstance(key, str) else raw_public_bytes(key)
    digest = hashlib.sha256(raw).hexdigest()[:16].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 16, 4))
