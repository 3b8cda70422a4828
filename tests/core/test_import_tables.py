"""Reading CSV/TXT/XLSX into tables: encodings, delimiters, blank rows, errors, mapping."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from badgesmith.core.errors import BadgesmithError
from badgesmith.core.imports.headers import fold_header, guess_mapping
from badgesmith.core.imports.tables import (
    ImportFileError,
    iter_rows,
    open_table,
    read_table,
    sheet_names,
)

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "import"
LEARNER_FIELDS = ["name", "first_name", "last_name", "email", "student_number"]


def cells(table) -> list[tuple[int, tuple[str, ...]]]:
    return [(r.line_no, r.cells) for r in table.rows]


# --- fixtures, one per real-world export ------------------------------------------------------


def test_latin1_semicolons_excel_export() -> None:
    t = read_table(FIX / "learners_latin1_semicolon.csv")
    # cp1252 is tried before Latin-1 and agrees with it on every letter in this file.
    assert t.encoding == "cp1252"
    assert t.delimiter == ";"
    assert t.headers == ["Prénom", "Nom", "Courriel", "Matricule"]
    assert [r.cells[:2] for r in t.rows] == [
        ("Zoë", "Lefèvre"),
        ("Françoise", "Dubois"),
        ("Jürgen", "Müller"),
        ("Sørina", "Ålund-Ñúñez"),
    ]
    assert [r.line_no for r in t.rows] == [2, 3, 4, 5]
    assert t.rows[3].cells == ("Sørina", "Ålund-Ñúñez", "sorina@example.es")  # trailing ; dropped


def test_utf8_bom_with_quoted_commas_quotes_and_newlines() -> None:
    t = read_table(FIX / "learners_utf8_bom.csv")
    assert t.encoding == "utf-8-sig"
    assert t.delimiter == ","
    assert t.headers[0] == "Full name"  # no BOM glued to the first header
    assert cells(t)[1] == (3, ("Дмитрий Иванов", "dmitri@example.ru", "S002", 'Prefers "Dima"'))
    assert cells(t)[2] == (4, ("Nguyễn, Thị Minh", "minh@example.vn", "S003", "Two\r\nlines"))
    # the embedded line break makes the next record start on line 6
    assert [r.line_no for r in t.rows] == [2, 3, 4, 6, 7]
    assert t.rows[3].cells[0] == "山田 太郎"
    assert t.rows[4].cells[0] == "محمد علي"


def test_utf16_le_tab_unicode_text() -> None:
    t = read_table(FIX / "learners_utf16_tab.txt")
    assert (t.encoding, t.delimiter) == ("utf-16-le", "\t")
    assert t.headers == ["Name", "Email", "Student number"]
    assert cells(t) == [
        (2, ("Zoë Martin", "zoe.martin@example.org", "1001")),
        (3, ("Łukasz Kowalski", "lukasz@example.pl", "1002")),
        (4, ("Ана Петровић", "ana@example.rs", "1003")),
    ]


def test_blank_lines_skipped_and_line_numbers_kept() -> None:
    t = read_table(FIX / "learners_blank_lines.csv")
    assert t.headers == ["Name", "Email"]  # trailing empty header columns dropped
    assert t.header_line_no == 2
    assert cells(t) == [(3, ("Ann Lee", "ann@example.org")), (7, ("Bob Stone", "bob@example.org"))]


def test_xlsx_first_sheet_values_as_text() -> None:
    t = read_table(FIX / "learners.xlsx")
    assert (t.format, t.sheet, t.encoding, t.delimiter) == ("xlsx", "Learners", None, None)
    assert t.headers == ["Name", "E-Mail", "Matrikelnummer", "Enrolled", "Score"]
    assert cells(t) == [
        (2, ("Zoë Müller", "zoe@example.de", "20231234", "2024-03-05", "7.5")),
        (3, ("Françoise Dubois", "francoise@example.fr", "20231235", "2024-03-06", "8")),
        # row 4 is blank; '007' stays text; a datetime keeps its time; 0.1+0.2 shows as 0.3
        (5, ("李小龙", "li@example.cn", "007", "2024-03-07 09:30", "0.3")),
    ]


def test_xlsx_named_sheet_and_sheet_names() -> None:
    assert sheet_names(FIX / "learners.xlsx") == ["Learners", "Notes"]
    t = read_table(FIX / "learners.xlsx", sheet="notes")  # case-insensitive fallback
    assert t.sheet == "Notes"
    assert cells(t) == [(2, ("Other Sheet", "other@example.org"))]
    with pytest.raises(ImportFileError, match="no sheet named 'Grades'.*'Learners', 'Notes'"):
        read_table(FIX / "learners.xlsx", sheet="Grades")


def test_xlsx_renamed_to_csv_is_read_as_xlsx(tmp_path: Path) -> None:
    p = tmp_path / "export.csv"
    p.write_bytes((FIX / "learners.xlsx").read_bytes())
    assert read_table(p).format == "xlsx"


# --- encodings and delimiters ------------------------------------------------------------------


def test_utf16_without_bom_big_endian(tmp_path: Path) -> None:
    p = tmp_path / "be.csv"
    p.write_bytes("Name,Email\nZoë,z@example.org\n".encode("utf-16-be"))
    t = read_table(p)
    assert t.encoding == "utf-16-be"
    assert cells(t) == [(2, ("Zoë", "z@example.org"))]


def test_invalid_utf8_late_in_file_falls_back_to_cp1252(tmp_path: Path) -> None:
    # the only non-UTF-8 byte is far beyond the sample: the whole file must be checked
    body = "Name,Email\n" + "Ann Lee,ann@example.org\n" * 5000
    p = tmp_path / "late.csv"
    p.write_bytes(body.encode() + "Renée €uro,r@example.org\n".encode("cp1252"))
    t = read_table(p)
    assert t.encoding == "cp1252"
    assert t.rows[-1].cells[0] == "Renée €uro"


def test_byte_undefined_in_cp1252_falls_back_to_latin1(tmp_path: Path) -> None:
    p = tmp_path / "l1.csv"
    p.write_bytes(b"Name;Email\nZo\xeb \x81;z@example.org\n")
    assert read_table(p).encoding == "latin-1"


def test_plain_utf8_without_bom(tmp_path: Path) -> None:
    p = tmp_path / "u.csv"
    p.write_text("Name\tEmail\nZoë\tz@example.org\n", encoding="utf-8")
    t = read_table(p)
    assert (t.encoding, t.delimiter) == ("utf-8", "\t")


def test_delimiter_inside_quotes_does_not_count(tmp_path: Path) -> None:
    p = tmp_path / "q.csv"
    p.write_text('Name;Email\n"Müller, Hans";h@example.de\n"Lee, Ann";a@example.org\n')
    t = read_table(p)
    assert t.delimiter == ";"
    assert t.rows[0].cells == ("Müller, Hans", "h@example.de")


def test_unquoted_commas_in_names_with_semicolon_delimiter(tmp_path: Path) -> None:
    p = tmp_path / "c.csv"
    p.write_text("Name;Email;Id\nMüller, Hans;h@example.de;1\nLee, Ann;a@example.org;2\n")
    assert read_table(p).delimiter == ";"


def test_single_column_file(tmp_path: Path) -> None:
    p = tmp_path / "names.txt"
    p.write_text("Name\nAnn Lee\nBob Stone\n")
    t = read_table(p)
    assert t.headers == ["Name"]
    assert [r.cells for r in t.rows] == [("Ann Lee",), ("Bob Stone",)]


# --- headers -------------------------------------------------------------------------------------


def test_headerless_file_gets_numbered_columns(tmp_path: Path) -> None:
    p = tmp_path / "nohead.csv"
    p.write_text("Ann Lee,ann@example.org,1001\nBob Stone,bob@example.org,1002\n")
    t = read_table(p)
    assert not t.has_header
    assert t.headers == ["Column 1", "Column 2", "Column 3"]
    assert [r.line_no for r in t.rows] == [1, 2]


def test_header_detection_can_be_overridden(tmp_path: Path) -> None:
    p = tmp_path / "x.csv"
    p.write_text("Ann Lee,Bob Stone\nCleo,Dan\n")
    assert read_table(p).has_header  # nothing data-like: taken as headers
    t = read_table(p, has_header=False)
    assert [r.line_no for r in t.rows] == [1, 2]


def test_rows_wider_than_headers_get_column_names(tmp_path: Path) -> None:
    p = tmp_path / "wide.csv"
    p.write_text("Name,Email\nAnn,a@example.org,extra\n")
    assert read_table(p).headers == ["Name", "Email", "Column 3"]


# --- errors --------------------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="nope.csv was not found") as e:
        read_table(tmp_path / "nope.csv")
    assert isinstance(e.value, BadgesmithError)
    assert e.value.message == str(e.value)


@pytest.mark.parametrize("content", [b"", b"   \r\n\r\n", b"\xef\xbb\xbf", b",,,\n, ,\n"])
def test_empty_files(tmp_path: Path, content: bytes) -> None:
    p = tmp_path / "empty.csv"
    p.write_bytes(content)
    with pytest.raises(ImportFileError, match="empty"):
        read_table(p)


def test_png_renamed_csv(tmp_path: Path) -> None:
    p = tmp_path / "photo.csv"
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with pytest.raises(ImportFileError, match="photo.csv is a PNG image"):
        read_table(p)


def test_random_binary_renamed_csv(tmp_path: Path) -> None:
    p = tmp_path / "blob.csv"
    p.write_bytes(bytes(range(1, 32)) * 100)
    with pytest.raises(ImportFileError, match="does not look like a text or CSV file"):
        read_table(p)


def test_corrupt_xlsx(tmp_path: Path) -> None:
    p = tmp_path / "broken.xlsx"
    p.write_bytes((FIX / "learners.xlsx").read_bytes()[:1500])  # truncated download
    with pytest.raises(ImportFileError, match="broken.xlsx could not be read as an Excel workbook"):
        read_table(p)


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    p = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("readme.txt", "hello")
    with pytest.raises(ImportFileError, match="could not be read as an Excel workbook"):
        read_table(p)


def test_csv_named_xlsx(tmp_path: Path) -> None:
    p = tmp_path / "fake.xlsx"
    p.write_text("Name,Email\n")
    with pytest.raises(ImportFileError, match="not a valid Excel workbook"):
        read_table(p)


def test_old_xls(tmp_path: Path) -> None:
    p = tmp_path / "old.xls"
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    with pytest.raises(ImportFileError, match=r"old-style Excel.*save it as.*\.xlsx.*CSV"):
        read_table(p)


def test_xls_content_renamed_csv(tmp_path: Path) -> None:
    p = tmp_path / "old.csv"
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    with pytest.raises(ImportFileError, match="old-style Excel file .*password-protected"):
        read_table(p)


@pytest.mark.parametrize("name", ["learners.pdf", "learners.ods", "learners"])
def test_unsupported_extensions(tmp_path: Path, name: str) -> None:
    p = tmp_path / name
    p.write_text("Name\nAnn\n")
    with pytest.raises(ImportFileError, match=r"unsupported type|cannot be read"):
        read_table(p)


def test_unclosed_quote_gives_a_clear_error(tmp_path: Path) -> None:
    p = tmp_path / "q.csv"
    p.write_text('Name,Email\n"Ann,a@example.org\n' + "x" * (1024 * 1024 + 10) + "\n")
    with pytest.raises(ImportFileError, match="quotation mark"):
        read_table(p)


# --- streaming ----------------------------------------------------------------------------------


def test_iter_rows_streams_and_open_table_exposes_headers(tmp_path: Path) -> None:
    p = tmp_path / "big.csv"
    with p.open("w", encoding="utf-8", newline="") as f:
        f.write("Name,Email\n")
        for i in range(1000):
            f.write(f"Learner {i},l{i}@example.org\n")
    it = iter_rows(p)
    first = next(it)
    assert (first.line_no, first.cells) == (2, ("Learner 0", "l0@example.org"))
    assert sum(1 for _ in it) == 999
    with open_table(p) as stream:
        assert stream.headers == ["Name", "Email"]
        assert stream.encoding == "utf-8"
        assert next(iter(stream.rows)).line_no == 2


def test_row_get_is_safe() -> None:
    from badgesmith.core.imports.tables import Row

    r = Row(5, ("a", "b"))
    assert (r.get(0), r.get(1), r.get(2), r.get(None)) == ("a", "b", "", "")


# --- column mapping -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (["Full Name", "E-mail", "Student ID"], {"name": 0, "email": 1, "student_number": 2}),
        (["ATTENDEE", "Email Address"], {"name": 0, "email": 1}),
        (["Nom", "Prénom", "Courriel"], {"last_name": 0, "first_name": 1, "email": 2}),
        (["Nom", "Courriel"], {"name": 0, "email": 1}),
        (
            ["Name", "Vorname", "E-Mail-Adresse", "Matrikel-Nr."],
            {"last_name": 0, "first_name": 1, "email": 2, "student_number": 3},
        ),
        (
            ["Vorname", "Nachname", "Matrikelnummer"],
            {"first_name": 0, "last_name": 1, "student_number": 2},
        ),
        (["Given name", "Family name", "mail"], {"first_name": 0, "last_name": 1, "email": 2}),
        (["Learner ID", "Learner"], {"student_number": 0, "name": 1}),
        (["Student #", "Student"], {"student_number": 0, "name": 1}),
        (["Participant e-mail", "Participant name"], {"email": 0, "name": 1}),
        # someone else's name or e-mail is not the learner's
        (["Emergency contact name", "Manager email", "Attendee"], {"name": 2}),
        (["Student name (as on certificate)", "Email of participant"], {"name": 0, "email": 1}),
        (["Comments", "Phone"], {}),
    ],
)
def test_guess_mapping(headers: list[str], expected: dict[str, int]) -> None:
    got = guess_mapping(headers, LEARNER_FIELDS)
    assert {k: v for k, v in got.items() if v is not None} == expected
    assert set(got) == set(LEARNER_FIELDS)


def test_guess_mapping_custom_aliases() -> None:
    got = guess_mapping(["Score (practical)", "Theory"], {"practical": ["practical"], "oral": []})
    assert got == {"practical": 0, "oral": None}


def test_fold_header() -> None:
    assert fold_header("  E-Mail-Adresse ") == "email adresse"
    assert fold_header("Prénom") == "prenom"
    assert fold_header("Student No.") == fold_header("student #") == "student number"
