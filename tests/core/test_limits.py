"""Every input from outside has limits and a clear message (review finding 7): image bombs in
verification and as a logo, absurdly deep JSON, giant spreadsheet cells."""

from __future__ import annotations

import io
import struct
import tracemalloc
import zlib

import pytest
from PIL import Image

from badgesmith.core.errors import ValidationError
from badgesmith.core.imports.tables import ImportFileError, read_table
from badgesmith.core.services import issuer, verification


def png_header_only(width: int, height: int) -> bytes:
    """A tiny PNG that declares a huge image (its pixel data is a few bytes)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")


@pytest.mark.parametrize("width, height", [(30000, 30000), (9000, 9000)])
def test_image_bombs_are_refused_in_verification(demo_ws, tmp_path, width, height):
    bomb = png_header_only(width, height)
    assert len(bomb) < 200
    f = tmp_path / "photo.png"
    f.write_bytes(bomb)
    tracemalloc.start()
    rep = verification.verify_path(demo_ws, f)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert rep.verdict == "unreadable" and ("pixels" in rep.summary or "enormous" in rep.summary)
    assert peak < 50_000_000


@pytest.mark.parametrize("width, height", [(30000, 30000), (9000, 9000)])
def test_image_bombs_are_refused_as_logo(ws, width, height):
    with pytest.raises(ValidationError, match="enormous|more than Badgesmith opens"):
        issuer.check_logo(png_header_only(width, height))


def test_a_big_phone_photo_still_verifies_its_qr(demo_ws, tmp_path):
    # a JPEG of 6000 x 4000 (a 24-megapixel phone) decodes at a reduced scale, QR intact
    import segno

    qr = segno.make("BS1:NOTACLAIM", error="m")
    buf = io.BytesIO()
    qr.save(buf, kind="png", scale=40)
    code = Image.open(io.BytesIO(buf.getvalue())).convert("L")
    photo = Image.new("L", (6000, 4000), 255)
    photo.paste(code, (2000, 1000))
    out = io.BytesIO()
    photo.save(out, "JPEG", quality=85)
    f = tmp_path / "photo.jpg"
    f.write_bytes(out.getvalue())
    rep = verification.verify_path(demo_ws, f)
    # the code was found and read (it is not a genuine claim): the photo was not refused for its size
    assert rep.verdict == "unreadable" and "certificate code" in rep.summary and "pixels" not in rep.summary


def test_absurdly_deep_json_is_refused_plainly(demo_ws, tmp_path):
    f = tmp_path / "deep.json"
    f.write_text('{"a":' + "[" * 100_000 + "]" * 100_000 + "}")
    rep = verification.verify_path(demo_ws, f)
    assert rep.verdict == "unreadable" and "nested" in rep.summary


def test_a_giant_xlsx_cell_is_refused_without_loading_it(tmp_path):
    import zipfile

    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Learners")
    ws.append(["Name", "E-mail"])
    ws.append(["x" * 1000, "a@example.org"])  # openpyxl caps cells at Excel's 32,767: grow it by hand
    small = tmp_path / "small.xlsx"
    wb.save(small)
    path = tmp_path / "big.xlsx"
    with zipfile.ZipFile(small) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"x" * 1000, b"x" * 100_000_000)
            dst.writestr(info, data)
    assert path.stat().st_size < 1_000_000
    tracemalloc.start()
    with pytest.raises(ImportFileError, match="MB of text"):
        read_table(path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 30_000_000


def test_millions_of_empty_cells_in_a_workbook_are_refused_before_loading(tmp_path):
    # red team round 3: 50 million empty "<si/>" in 369 KB kept openpyxl busy for six minutes
    # (4.8 GB); empty cells and shared strings are counted alike
    import time
    import zipfile

    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["Name", "E-mail"])
    wb.active.append(["Ann", "ann@example.org"])
    small = tmp_path / "small.xlsx"
    wb.save(small)
    path = tmp_path / "strings.xlsx"
    with zipfile.ZipFile(small) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":  # openpyxl itself writes no shared strings
                data = data.replace(b"</sheetData>", b'<row r="3">' + b"<c/>" * 6_000_000 + b"</row></sheetData>")
            dst.writestr(info, data)
    assert path.stat().st_size < 1_000_000
    started = time.perf_counter()
    with pytest.raises(ImportFileError, match="that is not a class list"):
        read_table(path)
    assert time.perf_counter() - started < 20  # a guard against loading it, not a benchmark
