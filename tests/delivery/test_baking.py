"""Baked badges by OB 3.0 section "Baked Badge", to the byte; unbaking refuses what is ambiguous."""

from __future__ import annotations

import io
import json
import struct
import subprocess
import sys
import zlib

import pytest
from PIL import Image

from badgesmith.core.credentials import baking
from badgesmith.core.credentials.verify import Verdict
from badgesmith.core.services import verification

from .lcw import extract

DOC = {"@context": ["https://www.w3.org/ns/credentials/v2"], "id": "urn:uuid:1", "name": "Zoë ]]> Ñúñez 王",
       "type": ["VerifiableCredential"]}


def _png(**info: str) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (40, 30), "#1F3A5F").save(buf, format="PNG", **({"pnginfo": _info(info)} if info else {}))
    return buf.getvalue()


def _info(texts: dict[str, str]):  # type: ignore[no-untyped-def]
    from PIL.PngImagePlugin import PngInfo

    p = PngInfo()
    for k, v in texts.items():
        p.add_text(k, v)
    return p


def _chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    out, pos = [], 8
    while pos < len(data):
        (n,) = struct.unpack(">I", data[pos:pos + 4])
        out.append((data[pos + 4:pos + 8], data[pos + 8:pos + 8 + n]))
        pos += 12 + n
    return out


def test_png_baking_is_one_uncompressed_itxt_chunk_before_iend_and_the_image_is_untouched() -> None:
    image = _png(Comment="kept")
    baked = baking.bake_png(image, DOC)
    before, after = _chunks(image), _chunks(baked)
    assert after[:-2] == before[:-1] and after[-1] == before[-1] == (b"IEND", b"")
    kind, payload = after[-2]
    expected_text = json.dumps(DOC, ensure_ascii=True, separators=(",", ":")).encode("ascii")
    assert kind == b"iTXt" and payload == b"openbadgecredential\0\0\0\0\0" + expected_text
    assert b"\\u00eb" in payload and b"\\u738b" in payload  # non-ASCII escaped
    assert Image.open(io.BytesIO(baked)).tobytes() == Image.open(io.BytesIO(image)).tobytes()
    assert extract(baked, baking.KEYWORD) == DOC
    rebaked = baking.bake_png(baked, {**DOC, "id": "urn:uuid:2"})  # replaced, not added
    assert sum(1 for k, p in _chunks(rebaked) if p.startswith(baking.KEYWORD)) == 1
    assert json.loads(baking.unbake_png(rebaked))["id"] == "urn:uuid:2"


def test_svg_baking_puts_the_credential_right_after_the_root_in_cdata_split_at_the_terminator() -> None:
    svg = b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="5" height="5"/></svg>'
    baked = baking.bake_svg(svg, DOC)
    root_end = baked.index(b">", baked.index(b"<svg")) + 1
    assert b'xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"' in baked[:root_end]
    assert baked[root_end:].startswith(b"<openbadges:credential><![CDATA[")
    assert b"]]]]><![CDATA[>" in baked  # the JSON's "]]>" cannot end the CDATA early
    assert json.loads(baking.unbake_svg(baked)) == DOC
    assert baking.unbake_svg(baking.bake_svg(baked, {**DOC, "id": "urn:uuid:2"})).count("urn:uuid:2") == 1


@pytest.mark.parametrize("make, message", [
    (lambda: baking.bake_png(_png(), DOC)[:-12] + _itxt() + baking.bake_png(_png(), DOC)[-12:], "more than one"),
    (lambda: _png_with(b"openbadgecredential\0\0\0\0" + FORGED + b"\0" + GENUINE), "language tag"),
    (lambda: _png_with(b"openbadgecredential\0\0\0en\0" + FORGED + b"\0" + GENUINE), "language tag"),
    (lambda: _png_with(b"openbadgecredential\0\1\0\0\0" + zlib.compress(GENUINE)), "compressed"),
    (lambda: _png_with(b"openbadgecredential\0\0\0\0\0\xc2\xa0" + GENUINE), "not where wallets look"),
    (lambda: _svg(f"<!-- <openbadges:credential>{FORGED.decode()}</openbadges:credential> -->" + _element()),
     "not the one plain element"),
    (lambda: _svg(f"<?x <openbadges:credential>{FORGED.decode()}</openbadges:credential> ?>" + _element()),
     "not the one plain element"),
    (lambda: _svg(f'<ob:credential xmlns:ob="{baking.OB_NAMESPACE}"><![CDATA[{GENUINE.decode()}]]></ob:credential>'
                  f'<openbadges:credential xmlns:openbadges="urn:other"><![CDATA[{FORGED.decode()}]]>'
                  "</openbadges:credential>", declare=False), "not the one plain element"),
    (lambda: _svg(f"<openbadges:credential><![CDATA[\u00a0{GENUINE.decode()}\u3000]]></openbadges:credential>"),
     "not the one plain element"),
    (lambda: _svg(f"<openbadges:credential>&#123;{GENUINE.decode()[1:]}</openbadges:credential>"),
     "not the one plain element"),
    (lambda: _svg(_element()).replace(b'<?xml version="1.0"?>', b'<?xml version="1.0" encoding="ISO-8859-1"?>'),
     "not saved as UTF-8"),
    (lambda: _svg("<g>" * 300 + "</g>" * 300 + _element()), "far more"),
    (lambda: baking.bake_png(_png(), DOC) + b"junk", "after its end"),
    (lambda: baking.bake_png(_png(), DOC)[:-4] + b"\0\0\0\0", "checksum"),
    (lambda: _png(), "no baked credential"),
    (lambda: b'<svg xmlns="http://www.w3.org/2000/svg"><!DOCTYPE x></svg>', "DOCTYPE"),
    (lambda: b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:o="https://purl.imsglobal.org/ob/v3p0">'
             b'<o:credential>{}</o:credential><o:credential>{}</o:credential></svg>', "not the one plain element"),
])
def test_unbaking_refuses_what_it_cannot_read_for_certain(make, message) -> None:  # type: ignore[no-untyped-def]
    """Red-team cases: each file reads as one credential here and as another (or none) in a wallet
    that scans the bytes, or in another XML reader; refused or ambiguous, never verified."""
    with pytest.raises(baking.BakingError, match=message):
        baking.unbake(make())


GENUINE = json.dumps({**DOC, "name": "Genuine"}, separators=(",", ":")).encode()
FORGED = json.dumps({**DOC, "name": "Forged"}, separators=(",", ":")).encode()


def _png_with(payload: bytes) -> bytes:
    image = _png()
    chunk = struct.pack(">I", len(payload)) + b"iTXt" + payload + struct.pack(">I", zlib.crc32(b"iTXt" + payload))
    return image[:-12] + chunk + image[-12:]


def _element() -> str:
    return f"<openbadges:credential><![CDATA[{GENUINE.decode()}]]></openbadges:credential>"


def _svg(inner: str, declare: bool = True) -> bytes:
    ns = f' xmlns:openbadges="{baking.OB_NAMESPACE}"' if declare else ""
    return (f'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"{ns} width="4" height="4">'
            f"{inner}</svg>").encode()


def test_braces_inside_names_are_escaped_so_wallets_find_the_whole_credential() -> None:
    doc = {**DOC, "name": "A {brace} } and { odd", "description": "\\}"}
    for baked in (baking.bake_png(_png(), doc), baking.bake_svg(_svg(""), doc)):
        assert json.loads(baking.unbake(baked)) == doc
        assert extract(baked, b"openbadgecredential" if baked[:4] == b"\x89PNG" else b"openbadges:credential") == doc


def _itxt() -> bytes:
    payload = b"openbadgecredential\0\0\0\0\0" + b'{"forged":true}'
    return struct.pack(">I", len(payload)) + b"iTXt" + payload + struct.pack(">I", zlib.crc32(b"iTXt" + payload))


def test_a_badge_with_two_credentials_is_ambiguous_in_verification(ws, tmp_path) -> None:
    baked = baking.bake_png(_png(), DOC)
    two = baked[:-12] + _itxt() + baked[-12:]
    (tmp_path / "two.png").write_bytes(two)
    assert verification.verify_path(ws, tmp_path / "two.png").verdict == Verdict.AMBIGUOUS


def test_cli_bake_unbake_and_verify_a_baked_badge(issued, tmp_path) -> None:
    ws, _ = issued
    from badgesmith.core.services import register

    cred = register.list_credentials(ws)[0]
    detail = register.get_credential(ws, cred.id)
    (tmp_path / "c.json").write_text(detail.signed_json, encoding="utf-8")
    (tmp_path / "badge.png").write_bytes(_png())
    (tmp_path / "badge.svg").write_bytes(b'<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>')
    env_ws = ["--workspace", str(ws.folder)]

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "badgesmith.cli", *env_ws, *args], capture_output=True,
                              text=True, encoding="utf-8", timeout=120)

    for ext in ("png", "svg"):
        out = tmp_path / f"baked.{ext}"
        r = cli("bake", str(tmp_path / "c.json"), str(tmp_path / f"badge.{ext}"), str(out))
        assert r.returncode == 0, r.stderr
        r = cli("unbake", str(out))
        assert r.returncode == 0 and json.loads(r.stdout) == json.loads(detail.signed_json)
        r = cli("verify", str(out))
        assert r.returncode == 0 and "Verified" in r.stdout, r.stdout + r.stderr
        doc = json.loads(detail.signed_json)
        doc["credentialSubject"]["name"] = "Mallory"
        tampered = tmp_path / f"tampered.{ext}"
        tampered.write_bytes(baking.bake(out.read_bytes(), doc))
        assert cli("verify", str(tampered)).returncode == 1
    r = cli("unbake", str(tmp_path / "badge.png"))
    assert r.returncode == 1 and "holds no baked credential" in r.stderr and "Traceback" not in r.stderr
