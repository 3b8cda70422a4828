from __future__ import annotations

import re

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from badgesmith.core.credentials import didkey, keys, multikey
from badgesmith.core.credentials.errors import UnsupportedKeyError

# W3C vc-di-eddsa keyPair.json: a published (key, multikey) pair
VECTOR_PUB = "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"
VECTOR_PRIV = "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq"


def test_base58_roundtrip_and_leading_zeros() -> None:
    for data in (b"", b"\0", b"\0\0\x01", bytes(range(256)), b"\xff" * 40):
        assert multikey.b58decode(multikey.b58encode(data)) == data
    assert multikey.b58encode(b"\0\0\x01") == "112"
    # a known value: "hello world" in base58btc
    assert multikey.b58encode(b"hello world") == "StV1DL6CwTryKyV"
    with pytest.raises(ValueError):
        multikey.b58decode("0OIl")


def test_vector_key_pair_matches_published_multikeys() -> None:
    seed = multikey.decode_private_multikey(VECTOR_PRIV)
    key = Ed25519PrivateKey.from_private_bytes(seed)
    assert keys.did_of(key) == "did:key:" + VECTOR_PUB
    assert multikey.encode_private_multikey(seed) == VECTOR_PRIV


def test_did_key_roundtrip_and_verification_method() -> None:
    key = keys.generate_key()
    did = didkey.did_key_from_public(key.public_key())
    assert re.fullmatch(r"did:key:z6Mk[1-9A-HJ-NP-Za-km-z]{44}", did)
    vm = didkey.verification_method(did)
    assert vm == did + "#" + did.removeprefix("did:key:")
    raw = didkey.raw_public_bytes(key.public_key())
    assert didkey.public_key_bytes_from_did(did) == raw
    assert didkey.public_key_bytes_from_did(vm) == raw
    assert didkey.did_from_verification_method(vm) == did


def test_other_multicodecs_are_refused_with_a_clear_error() -> None:
    raw = bytes(32)
    for header, what in ((b"\xec\x01", "x25519"), (b"\xe7\x01", "secp256k1"), (b"\x80\x24", "p256")):
        did = "did:key:" + multikey.multibase_encode(header + raw + (b"\0" if what == "p256" else b""))
        with pytest.raises(UnsupportedKeyError, match="not an Ed25519 public key.*0xed01"):
            didkey.public_key_from_did(did)
    # a real P-256 did:key from the did:key spec
    with pytest.raises(UnsupportedKeyError, match="Ed25519"):
        didkey.public_key_from_did("did:key:zDnaerDaTF5BXEavCrfRZEk316dpbLsfPDZ3WJ5hRTPFU2169")
    with pytest.raises(UnsupportedKeyError, match="wrong length"):
        didkey.public_key_from_did("did:key:" + multikey.multibase_encode(b"\xed\x01" + bytes(31)))
    with pytest.raises(UnsupportedKeyError, match="not a did:key"):
        didkey.public_key_from_did("did:web:example.org")
    with pytest.raises(UnsupportedKeyError):
        didkey.public_key_from_did("did:key:" + "m" + "AAAA")  # base64 multibase: unsupported


def test_fragment_must_be_the_key_itself() -> None:
    a, b = (keys.did_of(keys.generate_key()) for _ in range(2))
    with pytest.raises(UnsupportedKeyError, match="fragment"):
        didkey.public_key_from_did(a + "#" + b.removeprefix("did:key:"))


def test_fingerprint_format_and_stability() -> None:
    key = keys.private_key_from_seed(bytes(32))
    fp = didkey.fingerprint(keys.did_of(key))
    assert re.fullmatch(r"[0-9A-F]{4}( [0-9A-F]{4}){3}", fp)
    assert didkey.fingerprint(key.public_key()) == fp
    assert didkey.fingerprint(didkey.verification_method(keys.did_of(key))) == fp
    other = didkey.fingerprint(keys.did_of(keys.private_key_from_seed(b"\1" * 32)))
    assert other != fp
