"""DESIGN section 4 size targets, measured with real segno encoding and decoded with zxing-cpp."""

from __future__ import annotations

import io
from datetime import date

import pytest
import zxingcpp
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PIL import Image

from badgesmith.core.paper.qrclaim import (
    MAX_ACHIEVEMENT_BYTES,
    MAX_ISSUER_BYTES,
    MAX_RECIPIENT_BYTES,
    MAX_STATUS_INDEX,
    MAX_VERIFY_URL_LENGTH,
    ClaimFields,
    claim_qr_payload,
    decode_claim,
    encode_claim,
    make_qr,
    verify_claim,
)

KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
TYPICAL_URL = "https://certs.example-college.ac.uk/verify"
LONGEST_URL = "https://" + "c" * (MAX_VERIFY_URL_LENGTH - len("https://") - len(".uk/v")) + ".uk/v"
assert len(LONGEST_URL) == MAX_VERIFY_URL_LENGTH

# DESIGN.md section 4: "a typical claim (25-character name, 40-character achievement, 30-character issuer)"
TYPICAL = ClaimFields(
    credential_id="urn:uuid:3b1f8e52-9c1d-4f7a-8e0b-6d2c4a9f1e37",
    recipient_name="Aurelia Montgomery-Hughes",  # 25
    achievement_name="Level 3 Certificate in Advanced Pastries",  # 40
    issuer_name="Northfield College of Catering",  # 30
    issued_on=date(2025, 6, 30),
    expires_on=date(2028, 6, 30),
    status_index=48_213,  # a credential with a revocation entry carries its index too
)
# every field at its byte budget (names fill it exactly), with an expiry date
WORST = ClaimFields(
    credential_id="urn:uuid:ffffffff-ffff-4fff-bfff-ffffffffffff",
    recipient_name="W" * MAX_RECIPIENT_BYTES,
    achievement_name="é" * (MAX_ACHIEVEMENT_BYTES // 2),
    issuer_name="ш" * (MAX_ISSUER_BYTES // 2),
    issued_on=date(2149, 6, 6),
    expires_on=date(2149, 6, 6),
    status_index=MAX_STATUS_INDEX,
)
# over-long names in 4-byte characters: shortened to the budget, must not be any larger
WORST_WIDE = ClaimFields(
    credential_id=WORST.credential_id,
    recipient_name="\U0001f393" * 200,
    achievement_name="\U00020000" * 200,
    issuer_name="𝔑" * 200,
    issued_on=WORST.issued_on,
    expires_on=WORST.expires_on,
    status_index=WORST.status_index,
)


CASES = [
    ("typical", TYPICAL, None, 10),
    ("typical+url", TYPICAL, TYPICAL_URL, 11),
    ("worst", WORST, None, 20),
    ("worst+url", WORST, LONGEST_URL, 20),
    ("worst-wide+url", WORST_WIDE, LONGEST_URL, 20),
]


@pytest.mark.parametrize("name, fields, url, max_version", CASES, ids=[c[0] for c in CASES])
def test_qr_version_at_error_correction_m(
    name: str, fields: ClaimFields, url: str | None, max_version: int
) -> None:
    payload = claim_qr_payload(encode_claim(fields, KEY), url)
    qr = make_qr(payload)
    assert isinstance(qr.version, int) and qr.version <= max_version, (name, qr.designator)
    assert qr.error in ("M", "Q", "H")  # M, or better where it costs no extra modules


def test_typical_claim_uses_alphanumeric_mode() -> None:
    assert make_qr(encode_claim(TYPICAL, KEY)).mode == "alphanumeric"


def _print_and_scan(payload: str, mm: float, dpi: int = 150) -> str:
    """Render as a certificate would print it (``mm`` wide at ``dpi``) and decode with zxing."""
    buf = io.BytesIO()
    make_qr(payload).save(buf, kind="png", scale=8, border=4)
    buf.seek(0)
    px = round(mm / 25.4 * dpi)
    image = Image.open(buf).convert("L").resize((px, px), Image.Resampling.BOX)
    found = zxingcpp.read_barcodes(image)
    assert len(found) == 1, f"no QR decoded at {mm} mm / {dpi} dpi"
    return found[0].text


@pytest.mark.parametrize("name, fields, url, _v", CASES, ids=[c[0] for c in CASES])
def test_scans_back_at_35mm_150dpi_and_verifies(
    name: str, fields: ClaimFields, url: str | None, _v: int
) -> None:
    payload = claim_qr_payload(encode_claim(fields, KEY), url)
    scanned = _print_and_scan(payload, mm=35)
    assert scanned == payload
    claim = decode_claim(scanned)
    assert verify_claim(claim, [KEY.public_key()]).ok
    assert claim.credential_id == fields.credential_id
