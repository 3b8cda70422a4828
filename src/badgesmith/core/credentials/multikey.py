"""base58btc multibase and Ed25519 Multikey encoding.

Multikey (W3C Controlled Identifiers) for Ed25519 public keys is
``"z" + base58btc(0xed 0x01 || 32-byte key)``; private keys use the ``0x8026`` header.
We implement base58 here (a dozen lines) rather than depend on another package.
"""

from __future__ import annotations

from .errors import UnsupportedKeyError

_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_INDEX = {c: i for i, c in enumerate(_ALPHABET)}

ED25519_PUB_HEADER = b"\xed\x01"
ED25519_PRIV_HEADER = b"\x80\x26"


def b58encode(data: bytes) -> str:
    n = int.from_bytes(data, "big")
    out = []
    while n:
        n, r = divmod(n, 58)
        out.append(_ALPHABET[r])
    # each leading zero byte is written as a leading '1'
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + "".join(reversed(out))


def b58decode(text: str) -> bytes:
    n = 0
    try:
        for c in text:
            n = n * 58 + _INDEX[c]
    except KeyError as exc:
        raise ValueError(f"not base58btc: unexpected character {exc.args[0]!r}") from None
    pad = len(text) - len(text.lstrip("1"))
    body = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    return b"\0" * pad + body


def multibase_encode(data: bytes) -> str:
    """Multibase base58btc: ``z`` prefix."""
    return "z" + b58encode(data)


def multibase_decode(text: str) -> bytes:
    if not text.startswith("z"):
        raise ValueError("only base58btc multibase (a value starting with 'z') is supported")
    return b58decode(text[1:])


def _describe_header(raw: bytes) -> str:
    return raw[:2].hex() if len(raw) >= 2 else raw.hex() or "nothing"


def encode_public_multikey(public_key: bytes) -> str:
    if len(public_key) != 32:
        raise UnsupportedKeyError("An Ed25519 public key is 32 bytes long.")
    return multibase_encode(ED25519_PUB_HEADER + public_key)


def decode_public_multikey(multikey: str) -> bytes:
    """The raw 32-byte Ed25519 key; anything else (other curves, RSA...) is refused."""
    try:
        raw = multibase_decode(multikey)
    except ValueError as exc:
        raise UnsupportedKeyError(f"The key {multikey[:20]!r} is not a Multikey: {exc}.") from None
    if raw[:2] != ED25519_PUB_HEADER:
        raise UnsupportedKeyError(
            f"The key is not an Ed25519 public key (multicodec header 0x{_describe_header(raw)}, "
            "expected 0xed01); Badgesmith only accepts Ed25519 keys."
        )
    if len(raw) != 34:
        raise UnsupportedKeyError("The Ed25519 public key has the wrong length (expected 32 bytes).")
    return raw[2:]


def encode_private_multikey(seed: bytes) -> str:
    if len(seed) != 32:
        raise UnsupportedKeyError("An Ed25519 private key (seed) is 32 bytes long.")
    return multibase_encode(ED25519_PRIV_HEADER + seed)


def decode_private_multikey(multikey: str) -> bytes:
    try:
        raw = multibase_decode(multikey)
    except ValueError as exc:
        raise UnsupportedKeyError(f"Not a private Multikey: {exc}.") from None
    if raw[:2] != ED25519_PRIV_HEADER or len(raw) != 34:
        raise UnsupportedKeyError(
            f"Not an Ed25519 private Multikey (header 0x{_describe_header(raw)}, expected 0x8026)."
        )
    return raw[2:]
