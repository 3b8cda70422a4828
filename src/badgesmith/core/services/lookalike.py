"""Whether two issuer names look alike: "Νorthbridge" with a Greek capital Nu, "Northbridge"
with a zero-width space or a Cyrillic "о", and "Northbridge" read the same on a certificate.

A simplified form of the skeleton of Unicode TS #39 (Security Mechanisms): each character is
replaced by a plain (ASCII where there is one) character it can be confused with, from the
Unicode confusables data that the confusable-homoglyphs package ships; accents, invisible
characters, spaces and punctuation are dropped; names are compared in capitals, in small
letters and as written.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_DIRECTION_MARKS = "\u200e\u200f"


@lru_cache(maxsize=8192)
def _prototype(ch: str) -> str:
    # imported on first use: the package reads its whole data file when imported (about 50 ms,
    # which every start of the app would pay for a check made when an issuer is saved)
    from confusable_homoglyphs.confusables import confusables_data

    options = {ch} | {h["c"].strip(_DIRECTION_MARKS) for h in confusables_data.get(ch, ())}
    options = {o for o in options if len(o) == 1}
    plain = sorted(o for o in options if o.isascii())
    return plain[0] if plain else min(options)


def skeleton(name: str) -> str:
    out = []
    for ch in unicodedata.normalize("NFKD", name):
        if unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        ch = _prototype(ch)
        if ch.isalnum():
            out.append(ch)
    return "".join(out)


def look_alike(a: str | None, b: str | None) -> bool:
    """Whether ``a`` and ``b`` read the same in capitals, in small letters or as written (a
    template may print names in capitals)."""
    if not a or not b:
        return False
    return any(skeleton(f(a)) == skeleton(f(b)) for f in (str.upper, str.lower, str))
