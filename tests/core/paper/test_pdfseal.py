"""The PDF seal (docs/pdf-seal.md): checked here by an independent reading of the format, and
against every kind of change to the file."""

from __future__ import annotations

import base64
import hashlib
import random
import re

import pytest
from _demo import demo_data
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from badgesmith.core.paper import pdfseal
from badgesmith.core.paper.render import render_certificate
from badgesmith.core.paper.templates import load_template

CREDENTIAL = {"id": "urn:uuid:7f3c2a9e-5b1d-4e8a-9c61-0d2f4b7a8e13", "name": "sample"}


@pytest.fixture(scope="module")
def key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@pytest.fixture(scope="module")
def sealed(key) -> bytes:
    return pdfseal.seal_pdf(render_certificate(demo_data(), load_template("classic"), credential=CREDENTIAL), key)


def _public(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes_raw()


def test_the_format_as_documented(sealed, key):
    # an implementation from docs/pdf-seal.md alone: find the entry, hash the file with the
    # placeholder in its place, check the Ed25519 signature
    (m,) = re.finditer(rb"/BadgesmithSeal \((BSP1:[A-Za-z0-9_-]{96})\)", sealed)
    raw = base64.urlsafe_b64decode(m.group(1)[5:])
    key_id, signature = raw[:8], raw[8:]
    assert key_id == hashlib.sha256(_public(key)).digest()[:8]
    unsealed = sealed[:m.start(1)] + b"BSP1:" + b"0" * 96 + sealed[m.end(1):]
    key.public_key().verify(signature, b"BADGESMITH-PDF-SEAL\x00" + hashlib.sha256(unsealed).digest())
    assert pdfseal.read_seal(sealed).made_by(_public(key))


def test_a_preview_without_a_credential_has_no_seal():
    assert pdfseal.read_seal(render_certificate(demo_data(), load_template("classic"))) is None


def test_an_unsigned_placeholder_does_not_count(key):
    pdf = render_certificate(demo_data(), load_template("classic"), credential=CREDENTIAL)
    seal = pdfseal.read_seal(pdf)
    assert seal is not None and not seal.made_by(_public(key))


def test_any_changed_byte_breaks_the_seal(sealed, key):
    rng = random.Random(7)
    m = re.search(rb"BSP1:[A-Za-z0-9_-]{96}", sealed)
    assert m is not None
    positions = [i for i in rng.sample(range(len(sealed)), 300) if not m.start() <= i < m.end()]
    for i in positions:
        changed = sealed[:i] + bytes([sealed[i] ^ 0x01]) + sealed[i + 1:]
        try:
            seal = pdfseal.read_seal(changed)
        except pdfseal.SealError:
            continue
        assert seal is None or not seal.made_by(_public(key)), i


@pytest.mark.parametrize("change", [
    lambda pdf: pdf + b"\n",
    lambda pdf: pdf + b"1 0 obj\n<<>>\nendobj\n%%EOF\n",
    lambda pdf: pdf.replace(b"%%EOF", b"%%EOF\n%%EOF"),
    lambda pdf: pdf[:-1],
    lambda pdf: pdf.replace(b"/Producer", b"/Producex", 1),
])
def test_appended_or_trimmed_files_break_the_seal(sealed, key, change):
    seal = pdfseal.read_seal(change(sealed))
    assert seal is not None and not seal.made_by(_public(key))


def test_a_seal_moved_to_another_certificate_does_not_hold(sealed, key):
    other = render_certificate(demo_data("Mallory Forger"), load_template("classic"), credential=CREDENTIAL)
    value = re.search(rb"BSP1:[A-Za-z0-9_-]{96}", sealed).group(0)
    moved = other.replace(pdfseal.PLACEHOLDER, value)
    assert not pdfseal.read_seal(moved).made_by(_public(key))


def test_another_key_does_not_hold(sealed):
    assert not pdfseal.read_seal(sealed).made_by(_public(Ed25519PrivateKey.generate()))


def test_two_seals_are_refused(sealed):
    m = re.search(rb"/BadgesmithSeal \(BSP1:[A-Za-z0-9_-]{96}\)", sealed)
    doubled = sealed.replace(b"/Producer", m.group(0) + b"/Producer", 1)
    with pytest.raises(pdfseal.SealError):
        pdfseal.read_seal(doubled)
    with pytest.raises(pdfseal.SealError):  # a second mention, hidden in any form
        pdfseal.read_seal(sealed + b"% BadgesmithSeal\n")
