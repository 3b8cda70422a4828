"""W3C Bitstring Status List (VC v2): the published list credential and per-credential entries.

Bit ``i`` of the list is the ``i``-th bit counted from the most significant bit of the first
byte; 1 means revoked. The list is GZIP-compressed and written as multibase base64url without
padding (prefix ``u``). The spec requires at least 16 KiB (131,072 entries) so that one
credential's status does not stand out (herd privacy).
"""

from __future__ import annotations

import base64
import gzip
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from .dataintegrity import sign, xsd_datetime
from .didweb import signing_method
from .errors import CredentialError
from .keys import did_of
from .loader import OfflineLoader

MIN_ENTRIES = 131072
VC_V2 = "https://www.w3.org/ns/credentials/v2"
PURPOSE = "revocation"


def list_size(highest_index: int | None) -> int:
    """Entries a list needs to hold ``highest_index``: the 131,072 minimum, grown in whole steps of
    it (indexes are numbered across the workspace, so a list may need to be longer than its share)."""
    return MIN_ENTRIES * (1 + max(highest_index or 0, 0) // MIN_ENTRIES)


def encode_bitstring(set_indices: Iterable[int], size: int = MIN_ENTRIES) -> str:
    if size < MIN_ENTRIES or size % 8:
        raise CredentialError(f"A status list has at least {MIN_ENTRIES} entries, in whole bytes.")
    bits = bytearray(size // 8)
    for i in set_indices:
        if not 0 <= i < size:
            raise CredentialError(f"Status list index {i} is outside the list (0..{size - 1}).")
        bits[i // 8] |= 0x80 >> (i % 8)
    packed = gzip.compress(bytes(bits), mtime=0)  # mtime=0: the same list gives the same bytes
    return "u" + base64.urlsafe_b64encode(packed).rstrip(b"=").decode("ascii")


def decode_bitstring(encoded: str) -> bytes:
    if not encoded.startswith("u"):
        raise CredentialError("The status list is not multibase base64url (it must start with 'u').")
    body = encoded[1:]
    try:
        return gzip.decompress(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    except (ValueError, OSError, EOFError) as exc:
        raise CredentialError("The status list is damaged and cannot be read.") from exc


def is_set(bits: bytes, index: int) -> bool:
    if not 0 <= index < len(bits) * 8:
        raise CredentialError(f"Status list index {index} is outside the list.")
    return bool(bits[index // 8] & (0x80 >> (index % 8)))


def status_entry(list_url: str, index: int, purpose: str = PURPOSE) -> dict[str, Any]:
    """The ``credentialStatus`` of a credential at position ``index`` of the list at ``list_url``."""
    if index < 0:
        raise CredentialError("A status list index cannot be negative.")
    return {
        "id": f"{list_url}#{index}",
        "type": "BitstringStatusListEntry",
        "statusPurpose": purpose,
        "statusListIndex": str(index),
        "statusListCredential": list_url,
    }


def status_list_credential(
    list_url: str,
    issuer_did: str,
    revoked_indices: Iterable[int],
    *,
    valid_from: datetime | None = None,
    size: int = MIN_ENTRIES,
    purpose: str = PURPOSE,
) -> dict[str, Any]:
    """The unsigned BitstringStatusListCredential to publish at ``list_url``."""
    return {
        "@context": [VC_V2],
        "id": list_url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer_did,
        "validFrom": xsd_datetime(valid_from or datetime.now(UTC)),
        "credentialSubject": {
            "id": f"{list_url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": purpose,
            "encodedList": encode_bitstring(revoked_indices, size),
        },
    }


def signed_status_list(
    list_url: str,
    private_key: Ed25519PrivateKey,
    revoked_indices: Iterable[int],
    *,
    issuer_did: str | None = None,
    valid_from: datetime | None = None,
    size: int = MIN_ENTRIES,
    loader: OfflineLoader | None = None,
) -> dict[str, Any]:
    """The list signed by ``private_key`` for ``issuer_did`` (its credentials' issuer: the key's
    did:key by default, or a did:web)."""
    did = issuer_did or did_of(private_key)
    doc = status_list_credential(list_url, did, revoked_indices, valid_from=valid_from, size=size)
    return sign(doc, private_key, signing_method(did, private_key.public_key().public_bytes_raw()), loader=loader)
