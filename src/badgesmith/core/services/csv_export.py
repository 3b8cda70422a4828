"""Write CSV files that Excel opens correctly and that cannot smuggle in formulas.

* UTF-8 with a BOM (without it Excel assumes the ANSI code page and mangles accents), CRLF line
  ends, minimal quoting; the delimiter and the decimal separator of the user's locale (``;`` and
  ``7,5`` in Germany, ``,`` and ``7.5`` in the UK: see ``csv_style``).
* Atomic: written to a temporary file in the destination folder, flushed to disk, then
  ``os.replace``d over the target, so a failure leaves either the old file or none, never half.
* Formula injection (CWE-1236) neutralised as OWASP recommends: a *text* cell that begins with
  = + - @ TAB or CR (or their full-width forms, which Excel in East-Asian locales also accepts)
  gets a leading apostrophe. This is applied to every text value, including names such as
  "-Ann" and text that happens to look like a negative number ("-5"): we cannot tell a harmless
  "-5" from "-5+cmd|..." without re-implementing a spreadsheet parser. Real numbers
  (``int``/``float``/``Decimal`` values, not strings) are written bare, since a number cannot
  carry a formula and prefixing would turn it into text.
"""

from __future__ import annotations

import csv
import errno
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

from badgesmith.core.errors import BadgesmithError
from badgesmith.core.fileio import atomic_file
from badgesmith.core.services.csv_style import CsvStyle, csv_style

__all__ = ["FORMULA_TRIGGERS", "CsvExportError", "safe_cell", "write_csv"]

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


class CsvExportError(BadgesmithError):
    """The CSV could not be written; the target is unchanged."""


def safe_cell(value: object, decimal: str = ".") -> str:
    """Render ``value`` as CSV text with formula triggers neutralised (see module docstring);
    a real number is written with ``decimal`` as its decimal separator."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float | Decimal):
        return _number(value).replace(".", decimal)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date | time):
        return value.isoformat()
    text = str(value)
    if text.startswith(FORMULA_TRIGGERS):
        return "'" + text
    return text


def _number(value: int | float | Decimal) -> str:
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return ""  # NaN/inf mean "no value" in our data; Excel would show #NUM! or text
        return repr(value) if not value.is_integer() else str(int(value))
    return str(value)


def write_csv(path: str | Path, headers: Sequence[object], rows: Iterable[Sequence[object]],
              style: CsvStyle | None = None) -> int:
    """Write ``headers`` and ``rows`` to ``path`` atomically; return the number of data rows.

    ``rows`` may be a generator (it is consumed once, streaming). ``style`` defaults to the
    user's (``csv_style()``). Raises ``CsvExportError`` with a user-facing message when the file
    cannot be written; nothing is left behind.
    """
    style = style or csv_style()
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise CsvExportError(f"The folder {folder} does not exist; choose another place to save.")
    count = 0
    try:
        # every CSV Badgesmith writes lists people (names, e-mails, results): private to the user
        with atomic_file(target, "w", encoding="utf-8-sig", newline="", private=True) as f:
            writer = csv.writer(f, delimiter=style.delimiter, lineterminator="\r\n")
            writer.writerow([safe_cell(h) for h in headers])
            for row in rows:
                writer.writerow([safe_cell(v, style.decimal) for v in row])
                count += 1
    except OSError as e:
        raise CsvExportError(_os_message(target, e)) from e
    return count


def _os_message(target: Path, e: OSError) -> str:
    if e.errno == errno.ENOSPC:
        return f"The disk is full: {target.name} was not saved. Free some space and try again."
    if e.errno in (errno.EACCES, errno.EPERM):
        return (
            f"{target.name} could not be saved: permission denied. If it is open in Excel, "
            "close it; or choose another folder."
        )
    if e.errno == errno.EROFS:
        return f"{target.name} could not be saved: the disk is read-only."
    return f"{target.name} could not be saved: {e.strerror or e}."
