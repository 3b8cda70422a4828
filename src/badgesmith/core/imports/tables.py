"""Read CSV/TSV/TXT and XLSX files into a plain table.

Pure Python (no database, no Qt). Everything a user can get wrong with a file becomes an
``ImportFileError`` whose ``.message`` says what happened and what to do.

* ``open_table(path)`` streams rows (constant memory, for 100,000-row files);
  ``iter_rows(path)`` is the same as a plain generator; ``read_table(path)`` loads a ``Table``.
* Fully blank rows are skipped, but every ``Row`` keeps its original line (CSV: the physical line
  where the record starts) or sheet row number, so reports point at what the user sees.
* Trailing empty cells are dropped from each row: use ``Row.get(i)`` to read a cell safely.
* Which column holds what is guessed from the header row by ``headers.guess_mapping``.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, Literal, Protocol

from badgesmith.core.errors import BadgesmithError
from badgesmith.core.imports.headers import clean_header, looks_like_header

__all__ = [
    "CSV_EXTENSIONS",
    "XLSX_EXTENSIONS",
    "ColumnMappingError",
    "ImportFileError",
    "Row",
    "Table",
    "TableLike",
    "TableStream",
    "iter_rows",
    "open_table",
    "read_table",
    "sheet_names",
]

CSV_EXTENSIONS = frozenset({".csv", ".txt", ".tsv"})
XLSX_EXTENSIONS = frozenset({".xlsx", ".xlsm"})
DELIMITERS = (",", ";", "\t", "|")

_SAMPLE_BYTES = 64 * 1024
_SCAN_CHUNK = 1024 * 1024
_SNIFF_RECORDS = 50
# csv's default per-cell limit is 128 KiB; a real cell never gets near it, a never-closed quote does.
_FIELD_LIMIT = 1024 * 1024


class ImportFileError(BadgesmithError):
    """A file that cannot be imported; ``message`` is a complete sentence for the user."""


class ColumnMappingError(ImportFileError):
    """The file is readable but no column holds something the import cannot do without."""


@dataclass(frozen=True, slots=True)
class Row:
    line_no: int  # CSV: physical line where the record starts; XLSX: sheet row number (1-based)
    cells: tuple[str, ...]

    def get(self, index: int | None) -> str:
        """The cell at ``index``, or "" when the column is unmapped or the row is short."""
        if index is None or index < 0 or index >= len(self.cells):
            return ""
        return self.cells[index]


@dataclass(slots=True)
class Table:
    headers: list[str]
    rows: list[Row]
    encoding: str | None  # Python codec name for text files; None for XLSX
    delimiter: str | None  # None for XLSX
    format: Literal["csv", "xlsx"] = "csv"
    sheet: str | None = None
    has_header: bool = True
    header_line_no: int | None = None


class TableLike(Protocol):
    """What the row validators need: a ``Table`` or an open ``TableStream``."""

    @property
    def headers(self) -> list[str]: ...

    @property
    def rows(self) -> Iterable[Row]: ...


# --------------------------------------------------------------------------------------------
# Opening files


def open_table(
    path: str | Path, *, sheet: str | None = None, has_header: bool | None = None
) -> TableStream:
    """Open ``path`` for streaming. Use as a context manager; iterate it for the data rows.

    ``has_header=None`` guesses whether the first non-blank row is a header row; without one
    the headers are "Column 1", "Column 2", ... ``sheet`` picks an XLSX sheet by name
    (default: the first visible sheet).
    """
    p = Path(path)
    kind = _check_file(p)
    if kind == "xlsx":
        return _open_xlsx(p, sheet, has_header)
    return _open_csv(p, has_header)


def iter_rows(
    path: str | Path, *, sheet: str | None = None, has_header: bool | None = None
) -> Iterator[Row]:
    """Yield the data rows of ``path`` one at a time (the header row is not yielded)."""
    with open_table(path, sheet=sheet, has_header=has_header) as stream:
        yield from stream


def read_table(
    path: str | Path, *, sheet: str | None = None, has_header: bool | None = None
) -> Table:
    """Read the whole of ``path`` into a ``Table``."""
    with open_table(path, sheet=sheet, has_header=has_header) as stream:
        rows = list(stream)
        headers = list(stream.headers)
    width = max((len(r.cells) for r in rows), default=0)
    # Data beyond the last named column still deserves a name in a preview.
    headers.extend(f"Column {i + 1}" for i in range(len(headers), width))
    return Table(
        headers=headers,
        rows=rows,
        encoding=stream.encoding,
        delimiter=stream.delimiter,
        format=stream.format,
        sheet=stream.sheet,
        has_header=stream.has_header,
        header_line_no=stream.header_line_no,
    )


def sheet_names(path: str | Path) -> list[str]:
    """The worksheet names of an XLSX file, in workbook order."""
    p = Path(path)
    if _check_file(p) != "xlsx":
        return []
    book = _Workbook(p)
    try:
        return [ws.title for ws in book.wb.worksheets]
    finally:
        book.close()


class TableStream:
    """An open file: ``headers`` and metadata are known; iterating yields the data rows once."""

    def __init__(
        self,
        records: Iterator[tuple[int, tuple[str, ...]]],
        *,
        has_header: bool | None,
        encoding: str | None,
        delimiter: str | None,
        format: Literal["csv", "xlsx"],
        sheet: str | None,
        close: Any,
        empty_message: str,
    ) -> None:
        self.encoding = encoding
        self.delimiter = delimiter
        self.format: Literal["csv", "xlsx"] = format
        self.sheet = sheet
        self._records = records
        self._close = close
        self._pending: list[tuple[int, tuple[str, ...]]] = []
        try:
            first = next(records, None)
            if first is None:
                raise ImportFileError(empty_message)
            second = next(records, None)
        except BaseException:
            self.close()
            raise
        if second is not None:
            self._pending.append(second)
        if has_header is None:
            has_header = looks_like_header(first[1], second[1] if second else None)
        self.has_header = has_header
        if has_header:
            self.headers = [clean_header(h) for h in first[1]]
            self.header_line_no: int | None = first[0]
        else:
            self.headers = [f"Column {i + 1}" for i in range(len(first[1]))]
            self.header_line_no = None
            self._pending.insert(0, first)

    @property
    def rows(self) -> Iterator[Row]:
        return iter(self)

    def __iter__(self) -> Iterator[Row]:
        while self._pending:
            line_no, cells = self._pending.pop(0)
            yield Row(line_no, cells)
        for line_no, cells in self._records:
            yield Row(line_no, cells)

    def close(self) -> None:
        if self._close is not None:
            self._close()
            self._close = None

    def __enter__(self) -> TableStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# Magic numbers of files people rename or pick by mistake, to say what the file really is.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a Windows program"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
_ZIP = b"PK\x03\x04"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .xls, .doc, and password-protected .xlsx


def _check_file(p: Path) -> Literal["csv", "xlsx"]:
    """Classify ``p`` by extension and content, or raise a specific ImportFileError."""
    name = p.name
    if not p.exists():
        raise ImportFileError(f"The file {name} was not found at {p.parent}.")
    if p.is_dir():
        raise ImportFileError(f"{name} is a folder, not a file. Choose a CSV or Excel file.")
    if not p.is_file():  # a device never ends; opening a pipe waits forever
        raise ImportFileError(f"{name} is not a file (a device or pipe). Choose a CSV or Excel file.")
    ext = p.suffix.lower()
    if ext == ".xls":
        raise ImportFileError(
            f"{name} is an old-style Excel file (.xls), which cannot be read. Open it in Excel "
            "or LibreOffice and save it as an Excel Workbook (.xlsx) or as CSV, then import that."
        )
    if ext in {".ods", ".numbers"}:
        raise ImportFileError(
            f"{name} is a {ext} spreadsheet, which cannot be read. Save it as an Excel Workbook "
            "(.xlsx) or as CSV, then import that."
        )
    if ext not in CSV_EXTENSIONS | XLSX_EXTENSIONS:
        raise ImportFileError(
            f"{name} has an unsupported type ({ext or 'no extension'}). Import a CSV file "
            "(.csv, .tsv or .txt) or an Excel Workbook (.xlsx)."
        )
    try:
        with p.open("rb") as f:
            head = f.read(16)
    except OSError as e:
        raise ImportFileError(f"{name} could not be opened: {e.strerror or e}.") from e
    if not head:
        raise ImportFileError(f"{name} is empty.")
    if head.startswith(_OLE2):
        raise ImportFileError(
            f"{name} is an old-style Excel file (.xls) or a password-protected workbook. Remove "
            "the password, or save it as an Excel Workbook (.xlsx) or CSV, then import that."
        )
    if head.startswith(_ZIP):
        # An .xlsx saved under a .csv name is still an .xlsx: read it as one.
        return "xlsx"
    if ext in XLSX_EXTENSIONS:
        raise ImportFileError(
            f"{name} is not a valid Excel workbook: it may be damaged, or be another kind of "
            "file renamed to .xlsx. Open it in Excel and save it again, or export it as CSV."
        )
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise ImportFileError(
                f"{name} is {what}, not a spreadsheet. Choose a CSV or Excel (.xlsx) file."
            )
    return "csv"


# --------------------------------------------------------------------------------------------
# CSV


def _open_csv(p: Path, has_header: bool | None) -> TableStream:
    name = p.name
    encoding, offset = _detect_encoding(p)
    raw = p.open("rb")
    try:
        raw.seek(offset)
        text = io.TextIOWrapper(raw, encoding=encoding, newline="")
        start = text.tell()
        sample = text.read(_SAMPLE_BYTES)
        truncated = bool(text.read(1))
        text.seek(start)
        if not sample.strip():
            raise ImportFileError(f"{name} is empty.")
        if _looks_binary(sample):
            raise ImportFileError(
                f"{name} does not look like a text or CSV file: it may be damaged, or be another "
                "kind of file renamed. Choose a CSV or Excel (.xlsx) file."
            )
        delimiter = _detect_delimiter(sample, truncated)
    except BaseException:
        raw.close()
        raise
    csv.field_size_limit(max(csv.field_size_limit(), _FIELD_LIMIT))
    reader = csv.reader(text, delimiter=delimiter)
    return TableStream(
        _csv_records(reader, name),
        has_header=has_header,
        encoding=encoding,
        delimiter=delimiter,
        format="csv",
        sheet=None,
        close=text.close,
        empty_message=f"{name} is empty: it has no rows with data.",
    )


def _csv_records(reader: Any, name: str) -> Iterator[tuple[int, tuple[str, ...]]]:
    start = 1
    try:
        for cells in reader:
            line_no = start
            start = reader.line_num + 1
            n = len(cells)
            while n and not cells[n - 1].strip():
                n -= 1
            if n:
                yield line_no, tuple(cells[:n])
    except csv.Error as e:
        msg = str(e)
        if "field larger than field limit" in msg:
            raise ImportFileError(
                f"{name}, from line {start}: a cell is longer than {_FIELD_LIMIT:,} characters. "
                'Probably a quotation mark (") is never closed; fix that line and try again.'
            ) from e
        raise ImportFileError(f"{name}, line {start}: the file is malformed ({msg}).") from e
    except UnicodeDecodeError as e:  # the pre-scan makes this unlikely; the file changed since?
        raise ImportFileError(f"{name} changed while it was being read. Try again.") from e


_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _detect_encoding(p: Path) -> tuple[str, int]:
    """Return (codec, bytes to skip). Strict decodes in order; Latin-1 never fails."""
    with p.open("rb") as f:
        head = f.read(_SAMPLE_BYTES)
    for bom, codec in _BOMS:
        if head.startswith(bom):
            skip = len(bom)
            if codec == "utf-8-sig":
                # utf-8-sig strips the BOM itself; report it so that writers can mirror it.
                skip = 0
            if not _decodes(p, skip, codec):
                raise ImportFileError(
                    f"{p.name} starts with a {codec.upper()} marker but is not valid {codec.upper()} "
                    "text; it may be damaged. Save it again as CSV UTF-8 and try again."
                )
            return codec, skip
    guess = _guess_bomless_utf16(head)
    if guess and _decodes(p, 0, guess):
        return guess, 0
    if b"\x00" in head:
        raise ImportFileError(
            f"{p.name} does not look like a text or CSV file: it may be damaged, or be another "
            "kind of file renamed. Choose a CSV or Excel (.xlsx) file."
        )
    for codec in ("utf-8", "cp1252"):
        if _decodes(p, 0, codec):
            return codec, 0
    return "latin-1", 0


def _guess_bomless_utf16(head: bytes) -> str | None:
    """Mostly-ASCII UTF-16 has a zero in every other byte; nothing else does."""
    sample = head[: 4096 - (len(head[:4096]) % 2)]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    z_even, z_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if z_odd > 0.4 and z_even < 0.05:
        return "utf-16-le"
    if z_even > 0.4 and z_odd < 0.05:
        return "utf-16-be"
    return None


def _decodes(p: Path, offset: int, codec: str) -> bool:
    """Strictly decode the whole file in chunks: a bad byte at row 90,000 must count too."""
    decoder = codecs.getincrementaldecoder(codec)("strict")
    with p.open("rb") as f:
        f.seek(offset)
        try:
            while chunk := f.read(_SCAN_CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return False
    return True


def _looks_binary(sample: str) -> bool:
    controls = sum(
        1 for c in sample if unicodedata.category(c) == "Cc" and c not in "\t\n\r\f\v\x1a"
    )
    return controls > max(2, len(sample) // 100)


def _detect_delimiter(sample: str, truncated: bool) -> str:
    """Pick the delimiter that splits the header best and the next rows most consistently.

    Counts are taken with the csv parser itself, so delimiters inside quotes do not count.
    """
    best: tuple[float, int, int] = (-1.0, 0, 0)
    best_delim = ","
    for rank, delim in enumerate(DELIMITERS):
        records: list[list[str]] = []
        try:
            for cells in csv.reader(io.StringIO(sample), delimiter=delim):
                if any(c.strip() for c in cells):
                    records.append(cells)
                if len(records) > _SNIFF_RECORDS:
                    break
        except csv.Error:
            continue
        if truncated and len(records) > 1:
            records.pop()  # the sample may have cut the last record in half
        if not records:
            continue
        header_raw = len(records[0])
        header_width = _width(records[0])
        if header_width < 2:
            continue
        data = records[1:]
        if data:
            points = 0.0
            for cells in data:
                if len(cells) == header_raw:
                    points += 1.0
                elif 1 < _width(cells) <= header_raw:
                    points += 0.5  # a hand-made file may leave trailing cells out
            consistency = points / len(data)
        else:
            consistency = 1.0
        score = (round(consistency, 2), header_width, -rank)
        if score > best:
            best, best_delim = score, delim
    return best_delim


def _width(cells: Sequence[str]) -> int:
    n = len(cells)
    while n and not cells[n - 1].strip():
        n -= 1
    return n


# --------------------------------------------------------------------------------------------
# XLSX


_XLSX_PART_LIMIT = 256 * 1024 * 1024  # one sheet's XML, unpacked
_XLSX_TOTAL_LIMIT = 512 * 1024 * 1024  # the whole workbook, unpacked


_XLSX_MAX_SHARED_STRINGS = 1_000_000
_XLSX_MAX_CELLS = 5_000_000  # 100,000 learners with 50 columns
_SHARED_STRING, _CELL = b"si", b"c"
_COUNTED = re.compile(rb"<(?:si|c)[\s/>]")


def _check_xlsx_limits(p: Path) -> None:
    """Refuse a workbook that would blow up in memory before openpyxl loads it: parts that unpack
    to hundreds of MB (a zip bomb), or a cell longer than a CSV cell may be (openpyxl reads the
    shared-string table whole). The XML is streamed: the longest text between two tags is found
    without ever holding it."""
    too_long = ImportFileError(f"{p.name}: a cell holds more than {_FIELD_LIMIT // 2**20} MB of text; no "
                               "name, e-mail or result is that long.")
    try:
        with zipfile.ZipFile(p) as z:
            infos = z.infolist()
            if sum(i.file_size for i in infos) > _XLSX_TOTAL_LIMIT or any(
                    i.file_size > _XLSX_PART_LIMIT for i in infos):
                raise ImportFileError(f"{p.name} unpacks to more than {_XLSX_TOTAL_LIMIT // 2**20} MB; "
                                      "that is not a class list. Export the sheet as CSV.")
            limit = _FIELD_LIMIT  # bytes of UTF-8 text
            counts = {_SHARED_STRING: 0, _CELL: 0}
            for info in infos:
                name = info.filename
                if not name.endswith(".xml") or not (
                        name == "xl/sharedStrings.xml" or name.startswith("xl/worksheets/")):
                    continue
                run = 0  # bytes since the last "<"
                tail = b""  # a tag cut in two by the chunk boundary is counted once, whole
                with z.open(info) as f:
                    while chunk := f.read(1 << 20):
                        pieces = chunk.split(b"<")
                        if run + len(pieces[0]) > limit or max(map(len, pieces[1:]), default=0) > limit:
                            raise too_long
                        run = run + len(pieces[0]) if len(pieces) == 1 else len(pieces[-1])
                        for tag in _COUNTED.findall(tail + chunk):
                            counts[tag[1:-1]] += 1
                        tail = chunk[-4:]
                # openpyxl makes an object of every shared string and cell, even empty ones
                if counts[_SHARED_STRING] > _XLSX_MAX_SHARED_STRINGS or counts[_CELL] > _XLSX_MAX_CELLS:
                    raise ImportFileError(f"{p.name} holds more than {_XLSX_MAX_CELLS:,} cells or "
                                          f"{_XLSX_MAX_SHARED_STRINGS:,} texts; that is not a class list. "
                                          "Export the sheet as CSV.")
    except ImportFileError:
        raise
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as e:
        raise ImportFileError(
            f"{p.name} could not be read as an Excel workbook: it may be damaged or "
            "incomplete. Open it in Excel and save it again, or export it as CSV."
        ) from e


class _Workbook:
    """An openpyxl read-only workbook and the file it streams from, closed together."""

    def __init__(self, p: Path) -> None:
        import openpyxl  # imported lazily: only XLSX imports pay for it (a quarter of a second)

        _check_xlsx_limits(p)
        # A file object, not the path: openpyxl refuses names not ending in .xlsx, and an
        # .xlsx saved as "export.csv" is still a workbook.
        self._file = p.open("rb")
        try:
            self.wb = openpyxl.load_workbook(self._file, read_only=True, data_only=True)
        except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError, EOFError) as e:
            self._file.close()
            raise ImportFileError(
                f"{p.name} could not be read as an Excel workbook: it may be damaged or "
                "incomplete. Open it in Excel and save it again, or export it as CSV."
            ) from e
        except Exception as e:  # openpyxl raises many kinds of errors on malformed XML
            self._file.close()
            raise ImportFileError(
                f"{p.name} could not be read as an Excel workbook ({type(e).__name__}). Open it "
                "in Excel and save it again, or export it as CSV."
            ) from e

    def close(self) -> None:
        try:
            self.wb.close()
        finally:
            self._file.close()


def _open_xlsx(p: Path, sheet: str | None, has_header: bool | None) -> TableStream:
    book = _Workbook(p)
    try:
        worksheets = list(book.wb.worksheets)
        if not worksheets:
            raise ImportFileError(f"{p.name} has no worksheets.")
        if sheet is not None:
            matches = [ws for ws in worksheets if ws.title == sheet] or [
                ws for ws in worksheets if ws.title.casefold() == sheet.casefold()
            ]
            if not matches:
                names = ", ".join(repr(ws.title) for ws in worksheets)
                raise ImportFileError(f"{p.name} has no sheet named {sheet!r}; it has {names}.")
            ws = matches[0]
        else:
            visible = [
                ws for ws in worksheets if getattr(ws, "sheet_state", "visible") == "visible"
            ]
            ws = (visible or worksheets)[0]
        # Some exporters write a wrong <dimension>; openpyxl would then cut the sheet short.
        if hasattr(ws, "reset_dimensions"):
            ws.reset_dimensions()
        records = _xlsx_records(ws, p.name)
        return TableStream(
            records,
            has_header=has_header,
            encoding=None,
            delimiter=None,
            format="xlsx",
            sheet=ws.title,
            close=book.close,
            empty_message=f"The sheet {ws.title!r} in {p.name} is empty.",
        )
    except BaseException:
        book.close()
        raise


def _xlsx_records(ws: Any, name: str) -> Iterator[tuple[int, tuple[str, ...]]]:
    try:
        for row_no, values in enumerate(ws.iter_rows(values_only=True), start=1):
            cells = [_xlsx_text(v) for v in values]
            n = len(cells)
            while n and not cells[n - 1].strip():
                n -= 1
            if n:
                yield row_no, tuple(cells[:n])
    except ImportFileError:
        raise
    except Exception as e:  # damaged sheet XML shows up only while streaming
        raise ImportFileError(
            f"{name} is damaged: a sheet could not be read to the end ({type(e).__name__}). "
            "Open it in Excel and save it again, or export it as CSV."
        ) from e


def _xlsx_text(v: object) -> str:
    """Cell values as the user sees them, minus formatting: dates in ISO, whole numbers bare."""
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if v.is_integer() and abs(v) < 1e15:
            return str(int(v))  # student number 1234 is stored as 1234.0
        return format(v, ".15g")  # hides binary noise such as 7.499999999999999
    if isinstance(v, datetime):
        if v.time() == time(0):
            return v.date().isoformat()
        spec = "minutes" if v.second == 0 and v.microsecond == 0 else "seconds"
        return v.isoformat(sep=" ", timespec=spec)
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, time):
        return v.isoformat(timespec="minutes" if v.second == 0 else "seconds")
    if isinstance(v, timedelta):
        return str(v)
    return str(v)
