from __future__ import annotations

import base64
import gzip
from datetime import UTC, datetime

import pytest

from badgesmith.core.credentials import dataintegrity as di
from badgesmith.core.credentials import statuslist
from badgesmith.core.credentials.errors import CredentialError

URL = "https://training.example/status/1"


def test_bitstring_roundtrip_and_bit_order() -> None:
    encoded = statuslist.encode_bitstring([0, 7, 8, 131071])
    assert encoded.startswith("u") and "=" not in encoded
    bits = statuslist.decode_bitstring(encoded)
    assert len(bits) == 16384  # 16 KiB: 131072 entries
    assert bits[0] == 0b1000_0001 and bits[1] == 0b1000_0000 and bits[-1] == 1
    assert [i for i in range(131072) if statuslist.is_set(bits, i)] == [0, 7, 8, 131071]
    # independent decoding: base64url without padding of a gzip stream
    raw = gzip.decompress(base64.urlsafe_b64decode(encoded[1:] + "=" * (-len(encoded[1:]) % 4)))
    assert raw == bits
    assert statuslist.encode_bitstring([5]) == statuslist.encode_bitstring([5])  # deterministic


def test_bitstring_limits() -> None:
    with pytest.raises(CredentialError):
        statuslist.encode_bitstring([], size=1024)
    with pytest.raises(CredentialError):
        statuslist.encode_bitstring([131072])
    with pytest.raises(CredentialError):
        statuslist.decode_bitstring("zabc")


def test_entry_shape() -> None:
    assert statuslist.status_entry(URL, 42) == {
        "id": URL + "#42",
        "type": "BitstringStatusListEntry",
        "statusPurpose": "revocation",
        "statusListIndex": "42",
        "statusListCredential": URL,
    }


def test_signed_status_list_credential_verifies(issuer_key, issuer_did) -> None:
    doc = statuslist.signed_status_list(URL, issuer_key, [3, 42], valid_from=datetime(2025, 1, 1, tzinfo=UTC))
    assert doc["type"] == ["VerifiableCredential", "BitstringStatusListCredential"]
    assert doc["issuer"] == issuer_did
    subject = doc["credentialSubject"]
    assert subject["type"] == "BitstringStatusList" and subject["statusPurpose"] == "revocation"
    bits = statuslist.decode_bitstring(subject["encodedList"])
    assert statuslist.is_set(bits, 42) and statuslist.is_set(bits, 3) and not statuslist.is_set(bits, 4)
    assert di.verify(doc).valid
    doc["credentialSubject"]["encodedList"] = statuslist.encode_bitstring([3])  # un-revoke 42: caught
    assert not di.verify(doc).valid
