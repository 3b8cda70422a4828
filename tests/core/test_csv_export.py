"""CSV export: formula injection neutralised, UTF-8 BOM, atomic replacement."""

from __future__ import annotations

import csv
import os
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from badgesmith.core.imports.tables import read_table
from badgesmith.core.services.csv_export import (
    FORMULA_TRIGGERS,
    CsvExportError,
    safe_cell,
    write_csv,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('=HYPERLINK("http://evil","x")', '\'=HYPERLINK("http://evil","x")'),
        ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("＝1+1", "'＝1+1"),  # full-width equals sign
        ("-Ann", "'-Ann"),  # a name that starts with a hyphen is prefixed too (documented)
        ("-5", "'-5"),  # text that looks like a number: prefixed, it is text
        ("Zoë Müller", "Zoë Müller"),
        ("a=b", "a=b"),
        (" =1", " =1"),
        ("", ""),
        (None, ""),
        (-5, "-5"),  # a real number is written bare
        (-2.5, "-2.5"),
        (Decimal("-7.50"), "-7.50"),
        (7.0, "7"),
        (True, "true"),
        (date(2024, 3, 5), "2024-03-05"),
        (datetime(2024, 3, 5, 9, 30), "2024-03-05 09:30:00"),
    ],
)
def test_safe_cell(value: object, expected: str) -> None:
    assert safe_cell(value) == expected


@given(st.text())
def test_safe_cell_never_starts_with_a_trigger(text: str) -> None:
    out = safe_cell(text)
    assert not out.startswith(FORMULA_TRIGGERS)
    assert out in (text, "'" + text)


def test_write_csv_bom_crlf_and_round_trip(tmp_path: Path) -> None:
    p = tmp_path / "learners.csv"
    rows = [["Zoë Müller", "zoe@example.de", 3], ["=cmd", 'He said "hi", then\nleft', -1.5]]
    assert write_csv(p, ["Name", "Email", "Score"], iter(rows)) == 2
    data = p.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfName,Email,Score\r\n")
    with p.open(encoding="utf-8-sig", newline="") as f:
        assert list(csv.reader(f)) == [
            ["Name", "Email", "Score"],
            ["Zoë Müller", "zoe@example.de", "3"],
            ["'=cmd", 'He said "hi", then\nleft', "-1.5"],
        ]
    t = read_table(p)  # and our own importer reads it back
    assert (t.encoding, t.delimiter) == ("utf-8-sig", ",")
    assert t.rows[0].cells == ("Zoë Müller", "zoe@example.de", "3")


def test_write_csv_is_atomic_on_error(tmp_path: Path) -> None:
    p = tmp_path / "out.csv"
    p.write_text("old contents")

    def rows():
        yield ["a"]
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError):
        write_csv(p, ["h"], rows())
    assert p.read_text() == "old contents"
    assert os.listdir(tmp_path) == ["out.csv"]  # no temporary file left behind


def test_write_csv_disk_full_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    p = tmp_path / "out.csv"

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)  # the shared atomic writer fsyncs
    with pytest.raises(CsvExportError, match="The disk is full: out.csv was not saved"):
        write_csv(p, ["h"], [["x"]])
    assert os.listdir(tmp_path) == []


def test_write_csv_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(CsvExportError, match="does not exist"):
        write_csv(tmp_path / "nope" / "x.csv", ["h"], [])


def test_csv_exports_are_private_to_the_user(tmp_path: Path) -> None:
    # they list people (names, e-mails, results): 0600, even when replacing a looser file
    p = tmp_path / "out.csv"
    p.write_text("x")
    p.chmod(0o644)
    write_csv(p, ["h"], [])
    assert p.stat().st_mode & 0o777 == 0o600
    q = tmp_path / "new.csv"
    write_csv(q, ["h"], [])
    assert q.stat().st_mode & 0o777 == 0o600
