"""The QR claim codec: round trip, tamper and key handling, limits, and garbage input."""

from __future__ import annotations

import contextlib
import uuid
from dataclasses import replace
from datetime import date

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from badgesmith.core.paper import base43
from badgesmith.core.paper.qrclaim import (
    CLAIM_PREFIX,
    ELLIPSIS,
    MAX_ACHIEVEMENT_BYTES,
    MAX_ISSUER_BYTES,
    MAX_RECIPIENT_BYTES,
    ClaimError,
    ClaimFieldError,
    ClaimFields,
    ClaimStatus,
    claim_qr_payload,
    decode_claim,
    encode_claim,
    fit_to_bytes,
    key_id,
    verify_claim,
)
from badgesmith.core.values import NAME_MAX_CHARS

URL = "https://certs.example-college.ac.uk/verify"
KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
OTHER = Ed25519PrivateKey.from_private_bytes(bytes(range(1, 33)))


def fields(**kw: object) -> ClaimFields:
    base = ClaimFields(
        credential_id="urn:uuid:0b6f3f0e-7a44-4c1b-9d2e-5b8a1f2c3d4e",
        recipient_name="Zoë Ångström-Łukasiewicz",
        achievement_name="Level 3 Award in First Aid at Work",
        issuer_name="Northfield College",
        issued_on=date(2025, 3, 14),
        expires_on=date(2028, 3, 14),
    )
    return replace(base, **kw)  # type: ignore[arg-type]


def test_round_trip_and_valid_signature() -> None:
    text = encode_claim(fields(), KEY)
    assert text.startswith(CLAIM_PREFIX)
    assert all(c in base43.ALPHABET for c in text)
    claim = decode_claim(text)
    assert claim.credential_id == "urn:uuid:0b6f3f0e-7a44-4c1b-9d2e-5b8a1f2c3d4e"
    assert claim.recipient_name == "Zoë Ångström-Łukasiewicz"
    assert claim.achievement_name == "Level 3 Award in First Aid at Work"
    assert claim.issuer_name == "Northfield College"
    assert (claim.issued_on, claim.expires_on) == (date(2025, 3, 14), date(2028, 3, 14))
    result = verify_claim(claim, [OTHER.public_key(), KEY.public_key()])
    assert result.status is ClaimStatus.VALID and result.ok
    assert result.public_key is not None and key_id(result.public_key) == claim.key_id


def test_no_expiry_is_shorter_and_round_trips() -> None:
    with_exp = encode_claim(fields(), KEY)
    without = encode_claim(fields(expires_on=None), KEY)
    assert len(without) == len(with_exp) - 3
    assert decode_claim(without).expires_on is None
    assert verify_claim(decode_claim(without), [KEY.public_key()]).ok


def test_fingerprint_matches_the_printed_key_fingerprint() -> None:
    from badgesmith.core.credentials.didkey import fingerprint

    claim = decode_claim(encode_claim(fields(), KEY))
    assert claim.key_fingerprint == fingerprint(KEY.public_key())
    assert claim.key_id == key_id(KEY.public_key())


def test_unknown_key_reports_its_fingerprint() -> None:
    claim = decode_claim(encode_claim(fields(), OTHER))
    result = verify_claim(claim, [KEY.public_key()])
    assert result.status is ClaimStatus.UNKNOWN_KEY and not result.ok
    assert result.key_fingerprint == claim.key_fingerprint
    assert result.public_key is None
    assert verify_claim(claim, []).status is ClaimStatus.UNKNOWN_KEY


def test_raw_key_bytes_are_accepted_as_trusted_keys() -> None:
    claim = decode_claim(encode_claim(fields(), KEY))
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    pub = KEY.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    assert verify_claim(claim, [pub]).public_key == pub


def _flip(text: str, index: int) -> str:
    c = text[index]
    alt = next(a for a in "0123456789" if a != c)
    return text[:index] + alt + text[index + 1 :]


def test_every_single_character_change_is_never_valid() -> None:
    text = encode_claim(fields(), KEY)
    seen = set()
    for i in range(len(CLAIM_PREFIX), len(text)):
        changed = _flip(text, i)
        try:
            claim = decode_claim(changed)
        except ClaimError:
            seen.add("unreadable")
            continue
        status = verify_claim(claim, [KEY.public_key()]).status
        assert status is not ClaimStatus.VALID, i
        seen.add(status.value)
    assert {"bad-signature", "unknown-key"} <= seen


def test_changed_name_is_bad_signature() -> None:
    claim = decode_claim(encode_claim(fields(), KEY))
    forged = replace(claim, body=claim.body.replace("Zoë".encode(), "Zoé".encode()))
    assert forged.body != claim.body
    assert verify_claim(forged, [KEY.public_key()]).status is ClaimStatus.BAD_SIGNATURE


def test_url_form_is_accepted_by_the_decoder() -> None:
    text = encode_claim(fields(), KEY)
    payload = claim_qr_payload(text, URL)
    assert payload == f"{URL}#{text}"
    assert decode_claim(payload) == decode_claim(text)
    # a scanner that percent-escapes the fragment, or lower-cases it, or adds whitespace
    escaped = URL + "#" + "".join(f"%{ord(c):02X}" if c in "$+:/" else c for c in text)
    assert decode_claim(escaped) == decode_claim(text)
    assert decode_claim("  " + text.lower() + "\r\n") == decode_claim(text)
    assert claim_qr_payload(text) == text


@pytest.mark.parametrize(
    "url, message",
    [
        ("http://example.org/verify", "https://"),
        ("https://example.org/verify#x", "'#'"),
        ("https://example.org/ver ify", "spaces"),
        ("https://exämple.org/verify", "xn--"),
        ("https://example.org/" + "v" * 90, "at most 100"),
    ],
)
def test_bad_verify_page_urls_are_refused(url: str, message: str) -> None:
    with pytest.raises(ClaimFieldError, match=message):
        claim_qr_payload(encode_claim(fields(), KEY), url)


@pytest.mark.parametrize(
    "garbage, message",
    [
        ("", "should start with BS1:"),
        ("hello world", "should start with BS1:"),
        ("BS1:", "incomplete"),
        ("BS1:A", "length"),
        ("BS1:AB CD", "character ' '"),
        ("BS1:::::::", "out of range"),
        ("BS1:" + base43.encode(b"\x02" + bytes(200)), "version 2"),
        ("BS1:" + base43.encode(b"\x01\x80" + bytes(200)), "flags"),
        ("https://x.example/verify#BS1:00", "incomplete"),
        ("https://x.example/verify#%E0%A4", "should start with BS1:"),
    ],
)
def test_garbage_raises_plain_claim_errors(garbage: str, message: str) -> None:
    with pytest.raises(ClaimError, match=message) as exc:
        decode_claim(garbage)
    assert exc.value.message == str(exc.value)


def test_trailing_bytes_and_bad_utf8_are_rejected() -> None:
    text = encode_claim(fields(), KEY)
    data = base43.decode(text[4:])
    with pytest.raises(ClaimError, match="extra data"):
        decode_claim("BS1:" + base43.encode(data + b"\x00"))
    claim = decode_claim(text)
    at = claim.body.index(b"Northfield")
    bad = data[:at] + b"\xff" + data[at + 1 :]
    with pytest.raises(ClaimError, match="not valid text"):
        decode_claim("BS1:" + base43.encode(bad))


@given(st.binary(max_size=600))
@settings(max_examples=300, deadline=None)
def test_decoder_only_ever_raises_claim_error(data: bytes) -> None:
    for text in ("BS1:" + base43.encode(data), "BS1:" + data.decode("latin-1")):
        with contextlib.suppress(ClaimError):
            decode_claim(text)


@given(st.binary(max_size=300))
def test_base43_round_trip(data: bytes) -> None:
    assert base43.decode(base43.encode(data)) == data
    assert len(base43.encode(data)) == len(data) // 2 * 3 + len(data) % 2 * 2


names = st.text(
    st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")),
    min_size=1,
    max_size=NAME_MAX_CHARS,
).filter(lambda s: s.strip())


@given(names, names, names)
@settings(max_examples=60, deadline=None)
def test_any_allowed_names_round_trip_within_budget(r: str, a: str, i: str) -> None:
    claim = decode_claim(
        encode_claim(fields(recipient_name=r, achievement_name=a, issuer_name=i), KEY)
    )
    assert verify_claim(claim, [KEY.public_key()]).ok
    for got, budget in (
        (claim.recipient_name, MAX_RECIPIENT_BYTES),
        (claim.achievement_name, MAX_ACHIEVEMENT_BYTES),
        (claim.issuer_name, MAX_ISSUER_BYTES),
    ):
        assert len(got.encode()) <= budget


def test_long_names_are_shortened_with_an_ellipsis() -> None:
    name = "Å" * 150  # 300 bytes in UTF-8
    claim = decode_claim(encode_claim(fields(recipient_name=name), KEY))
    assert claim.recipient_name.endswith(ELLIPSIS)
    assert name.startswith(claim.recipient_name[:-1])
    assert len(claim.recipient_name.encode()) <= MAX_RECIPIENT_BYTES
    ascii200 = "x" * 200  # a 200-character Latin name is carried whole
    assert (
        decode_claim(encode_claim(fields(recipient_name=ascii200), KEY)).recipient_name == ascii200
    )


def test_shortening_never_leaves_half_a_letter() -> None:
    # Devanagari: consonant + vowel sign; the cut must not keep a consonant without its sign
    name = "कि" * 40  # 240 bytes
    short = fit_to_bytes(name, 100)
    assert short.endswith(ELLIPSIS) and short[:-1].endswith("कि")
    decomposed = "e\u0301" * 60  # not NFC on purpose
    short = fit_to_bytes(decomposed, 50)
    assert short[:-1].endswith("e\u0301")


@pytest.mark.parametrize(
    "change, message",
    [
        ({"recipient_name": "   "}, "recipient name is empty"),
        ({"recipient_name": "x" * 201}, "201 characters; at most 200"),
        ({"achievement_name": "First\naid"}, "control character"),
        ({"credential_id": "https://example.org/c/1"}, "urn:uuid:"),
        ({"issued_on": date(1969, 12, 31)}, "issue date"),
        ({"expires_on": date(2150, 1, 1)}, "expiry date"),
        ({"expires_on": date(2025, 3, 13)}, "before the issue date"),
    ],
)
def test_fields_outside_the_limits_are_refused(change: dict[str, object], message: str) -> None:
    with pytest.raises(ClaimFieldError, match=message):
        encode_claim(fields(**change), KEY)


def test_names_are_nfc_normalised_before_signing() -> None:
    a = decode_claim(encode_claim(fields(recipient_name="Zoe\u0308"), KEY))
    assert a.recipient_name == "Zo\u00eb"


def test_claim_ids_are_kept_exactly() -> None:
    uid = uuid.uuid4()
    claim = decode_claim(encode_claim(fields(credential_id=f"urn:uuid:{uid}"), KEY))
    assert claim.credential_uuid == uid
