"""qrfast builds exactly the symbol segno builds (same version, error level, mask, modules)."""

from __future__ import annotations

import random

import pytest
import segno
from _demo import payload

from badgesmith.core.paper import qrclaim, qrfast
from badgesmith.core.paper.render import make_qr


def _same(a: segno.QRCode, b: segno.QRCode) -> None:
    assert (a.version, a.error, a.mask) == (b.version, b.error, b.mask)
    assert [bytes(r) for r in a.matrix] == [bytes(r) for r in b.matrix]


@pytest.mark.parametrize("seed", range(40))
def test_claim_symbols_match_segno(seed: int) -> None:
    rng = random.Random(seed)
    p = payload(rng.randint(1, 600), seed=seed)
    if seed % 3 == 0:
        p = "https://certs.example.org/verify.html#" + p
    _same(make_qr(p), qrclaim.make_qr(p))


@pytest.mark.parametrize("seed", range(20))
def test_any_content_matches_segno(seed: int) -> None:
    rng = random.Random(seed)
    text = "".join(rng.choice("abcXYZ019 é%/:王") for _ in range(rng.randint(1, 300)))
    for error in ("l", "m", "q", "h"):
        _same(qrfast.make(text, error), segno.make(text, error=error, boost_error=True, micro=False))
    assert not qrfast._fallback
