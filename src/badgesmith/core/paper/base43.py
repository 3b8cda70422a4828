"""Base43: RFC 9285's Base45 algorithm with radix 43, for QR codes and URL fragments.

Base45 (RFC 9285, used by the EU Digital COVID Certificate) packs 2 bytes into 3 characters of
the QR alphanumeric set. Two of its 45 characters, space and ``%``, are not allowed in a URL
fragment, so the claim would need percent-escaping in its URL form (up to 3 times longer).
Because 43**3 = 79,507 >= 65,536 and 43**2 = 1,849 >= 256, the same chunking works with the
alphanumeric set minus space and ``%``: same size as Base45 (1.5 characters per byte), all
characters QR-alphanumeric *and* legal in a URL fragment, and no whitespace to be trimmed.

Encoding: for every 2 bytes ``n = a*256 + b`` emit ``n % 43, n // 43 % 43, n // 1849``; a last
single byte ``n`` emits ``n % 43, n // 43``; each value is an index into ``ALPHABET``.
(This is not Electrum's "base43", which converts the whole number at once.)
"""

from __future__ import annotations

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ$*+-./:"
_INDEX = {c: i for i, c in enumerate(ALPHABET)}
_R = len(ALPHABET)  # 43


class Base43Error(ValueError):
    """The text is not valid Base43."""


def encode(data: bytes) -> str:
    out: list[str] = []
    for i in range(0, len(data) - 1, 2):
        n = data[i] * 256 + data[i + 1]
        n, c = divmod(n, _R)
        e, d = divmod(n, _R)
        out += (ALPHABET[c], ALPHABET[d], ALPHABET[e])
    if len(data) % 2:
        d, c = divmod(data[-1], _R)
        out += (ALPHABET[c], ALPHABET[d])
    return "".join(out)


def decode(text: str) -> bytes:
    """Strict decoding: every character, chunk value and the length must be canonical."""
    if len(text) % 3 == 1:
        raise Base43Error("its length is not possible for Base43 text")
    try:
        values = [_INDEX[c] for c in text]
    except KeyError as exc:
        raise Base43Error(f"it contains the character {exc.args[0]!r}") from None
    out = bytearray()
    for i in range(0, len(values), 3):
        chunk = values[i : i + 3]
        n = sum(v * _R**k for k, v in enumerate(chunk))
        if len(chunk) == 3:
            if n > 0xFFFF:
                raise Base43Error("a 3-character group is out of range")
            out += n.to_bytes(2, "big")
        else:
            if n > 0xFF:
                raise Base43Error("the final 2-character group is out of range")
            out.append(n)
    return bytes(out)
