"""Which CSV dialect the user's spreadsheet expects: the one rule every CSV export follows.

Excel and LibreOffice open a ``.csv`` file with the list separator of the user's regional
settings. Where decimals are written with a comma (Germany, France, most of Europe, Latin
America) that separator is a semicolon: a comma-delimited file opens as a single column and
"7.5" may become a date. So an export writes ``;`` and ``7,5`` where the locale writes decimals
with a comma, ``,`` and ``7.5`` elsewhere. (Switzerland and Liechtenstein write ``7.5`` but
still list with ``;``.) Our importers read every one of these.

The locale is read as POSIX programs read it: ``LC_ALL``, then ``LC_NUMERIC``, then ``LANG``
(the first one set wins); when none is set (Windows, apps started from a macOS dock), Python's
own locale. The decimal separator comes from a small table of languages and territories, so
no locale needs to be installed. ``BADGESMITH_CSV_STYLE`` (``comma``, ``semicolon`` or
``auto``) overrides the locale, as does ``--csv-style`` on the command line (docs/csv.md).

Pure Python (no Qt).
"""

from __future__ import annotations

import locale
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass

from badgesmith.core.errors import ValidationError

__all__ = ["COMMA", "ENV_VAR", "SEMICOLON", "STYLE_CHOICES", "CsvStyle", "csv_style", "style_for_locale"]

ENV_VAR = "BADGESMITH_CSV_STYLE"
STYLE_CHOICES = ("auto", "comma", "semicolon")


@dataclass(frozen=True, slots=True)
class CsvStyle:
    delimiter: str
    decimal: str


COMMA = CsvStyle(",", ".")  # English-speaking countries, Asia
SEMICOLON = CsvStyle(";", ",")  # continental Europe, Latin America
_SEMICOLON_POINT = CsvStyle(";", ".")  # Switzerland, Liechtenstein
_NAMED = {"comma": COMMA, "semicolon": SEMICOLON}

# Languages whose numbers have a decimal comma (CLDR), and the territories where they do not.
_COMMA_LANGUAGES = frozenset({
    "af", "ast", "az", "be", "bg", "br", "bs", "ca", "cs", "da", "de", "el", "es", "et", "eu",
    "fi", "fo", "fr", "fy", "gl", "hr", "hu", "hy", "id", "is", "it", "ka", "kk", "ky", "lb", "lt",
    "lv", "mk", "nb", "nl", "nn", "no", "oc", "pl", "pt", "ro", "ru", "se", "sk", "sl", "sq", "sr",
    "sv", "tk", "tr", "tt", "uk", "uz", "vi"
})
_POINT_IN = {
    "de": {"CH", "LI"},
    "it": {"CH"},
    "fr": {"CH"},  # as Swiss Windows writes numbers in all its languages
    "es": {"MX", "US", "PR", "DO", "GT", "HN", "NI", "PA", "PE", "SV", "PH", "419"},
}
_COMMA_IN = {"en": {"AT", "BE", "DE", "DK", "FI", "NL", "SE", "SI", "ZA"}}  # English, local numbers
_LIST_WITH_SEMICOLON = frozenset({"CH", "LI"})

_TAG = re.compile(r"([A-Za-z]{2,3})(?:[_-]([A-Za-z]{2}|\d{3}))?")


def style_for_locale(tag: str | None) -> CsvStyle:
    """The style for a locale name such as ``de_DE.UTF-8``, ``fr-CA``, ``German_Germany``."""
    parsed = _parse(tag or "")
    if parsed is None:
        return COMMA  # "C", "POSIX", nothing or something unknown: the spreadsheet default
    language, territory = parsed
    if territory in _POINT_IN.get(language, ()):
        comma = False
    elif territory in _COMMA_IN.get(language, ()):
        comma = True
    else:
        comma = language in _COMMA_LANGUAGES
    if comma:
        return SEMICOLON
    return _SEMICOLON_POINT if territory in _LIST_WITH_SEMICOLON else COMMA


def _parse(tag: str) -> tuple[str, str] | None:
    name = tag.split(".")[0].split("@")[0].strip()
    m = _TAG.fullmatch(name)
    if m is None or name.upper() in ("C", "POSIX"):
        name = locale.normalize(tag).split(".")[0].split("@")[0]  # e.g. Windows' "German_Germany"
        m = _TAG.fullmatch(name)
    if m is None or name.upper() in ("C", "POSIX"):
        return None
    return m[1].lower(), (m[2] or "").upper()


def _locale_name(environ: Mapping[str, str] | None) -> str | None:
    env = os.environ if environ is None else environ
    for var in ("LC_ALL", "LC_NUMERIC", "LANG"):
        if env.get(var):
            return env[var]
    if environ is None:
        try:
            return locale.getlocale()[0]
        except ValueError:
            return None
    return None


def csv_style(choice: str | None = None, environ: Mapping[str, str] | None = None) -> CsvStyle:
    """The style to write: ``choice`` (comma, semicolon or auto) if given, else ``$BADGESMITH_CSV_STYLE``,
    else the locale's (``environ`` defaults to the process environment)."""
    env = os.environ if environ is None else environ
    word = (choice or env.get(ENV_VAR) or "auto").strip().lower()
    if word in _NAMED:
        return _NAMED[word]
    if word != "auto":
        where = "The CSV style" if choice else f"The environment variable {ENV_VAR}"
        raise ValidationError(f"{where} is '{word}': use comma, semicolon or auto.")
    return style_for_locale(_locale_name(environ))
