"""The words and values people type or import: names, e-mail addresses, numbers and pass/fail
words. Hand entry, the assessment grid and every importer read values through these, so a value
means the same wherever it is typed.

Pure Python (no database, no Qt).
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

from badgesmith.core.words import STATUS_WORDS, variants

__all__ = [
    "EMAIL_MAX_CHARS",
    "FAIL_WORDS",
    "NAME_MAX_CHARS",
    "PASS_WORDS",
    "STATUS_HELP",
    "URL_MAX_CHARS",
    "InvalidEmail",
    "InvalidUrl",
    "fold_word",
    "format_number",
    "normalise_email",
    "normalise_name",
    "normalise_url",
    "parse_number",
    "parse_status",
]

NAME_MAX_CHARS = 200  # a learner's or an achievement's name: certificates and QR claims show no more
EMAIL_MAX_CHARS = 254  # RFC 5321 path limit
URL_MAX_CHARS = 2_000


class InvalidEmail(ValueError):
    def __init__(self, message: str, reason: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.reason = reason  # e.g. "it has no @ sign"


# Invisible characters that sneak in through copy and paste. ZWJ/ZWNJ stay: Persian, Indic
# scripts and emoji sequences need them (Python calls them unprintable, so they are kept by name).
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff\u00ad"), None)
_JOINERS = "\u200c\u200d"


def normalise_name(text: str) -> str:
    """Trim, collapse whitespace, drop invisible and control characters, NFC; keep accents and
    the zero-width (non-)joiners that spelling needs."""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    if not text.isprintable():
        text = "".join(c if c.isprintable() or c in _JOINERS else " " for c in text)
    return " ".join(text.split())


_LOCAL_CHARS = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.\-\u0080-\U0010ffff]")
_ANGLE = re.compile(r"^[^<>]*<([^<>]+)>$")


# Fast path for the plain ASCII addresses that make up nearly every file (100,000 rows in
# well under a second); anything else goes through the step-by-step checks that explain.
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_PLAIN_EMAIL = re.compile(
    rf"({_ATOM}(?:\.{_ATOM})*)@((?:{_LABEL}\.)+[A-Za-z](?:[A-Za-z0-9-]{{0,61}}[A-Za-z0-9])?)"
)


def normalise_email(text: str) -> str:
    """Return the address with its domain lower-cased, or raise ``InvalidEmail``."""
    shown = text.strip()
    m = _PLAIN_EMAIL.fullmatch(shown)
    if m and len(m[1]) <= 64 and len(shown) <= EMAIL_MAX_CHARS:
        return f"{m[1]}@{m[2].lower()}"
    addr = unicodedata.normalize("NFKC", shown)  # full-width ＠ and letters from IMEs
    m = _ANGLE.match(addr)
    if m:
        addr = m.group(1).strip()
    if addr.lower().startswith("mailto:"):
        addr = addr[7:]

    def bad(reason: str) -> InvalidEmail:
        return InvalidEmail(f"E-mail address '{shown}' is not valid: {reason}.", reason)

    at = addr.count("@")
    if at > 1 and re.search(r"[,;\s]", addr):
        raise bad("it holds more than one address")
    if any(c.isspace() for c in addr):
        raise bad("it contains a space")
    if at == 0:
        raise bad("it has no @ sign")
    if at > 1:
        raise bad("it has more than one @ sign")
    local, domain = addr.split("@")
    if not local:
        raise bad("nothing comes before the @ sign")
    if not domain:
        raise bad("nothing comes after the @ sign")
    if len(addr) > EMAIL_MAX_CHARS:
        raise bad(f"it is longer than {EMAIL_MAX_CHARS} characters")
    if len(local) > 64:
        raise bad("the part before the @ sign is longer than 64 characters")
    for c in local:
        if not _LOCAL_CHARS.fullmatch(c) or not c.isprintable():
            raise bad(f"it contains '{c}' before the @ sign")
    if local.startswith(".") or local.endswith(".") or ".." in local:
        raise bad("a dot is misplaced before the @ sign")
    domain = domain.lower()
    labels = domain.split(".")
    if len(labels) < 2:
        raise bad(f"the domain '{domain}' has no dot (as in example.com)")
    for label in labels:
        if not label or len(label) > 63 or label.startswith("-") or label.endswith("-"):
            raise bad(f"the domain '{domain}' is malformed")
        for c in label:
            if not (c.isalnum() or c == "-"):
                raise bad(f"the domain contains '{c}'")
    if labels[-1].isdigit():
        raise bad(f"the domain '{domain}' does not end in a top-level domain such as .com")
    return f"{unicodedata.normalize('NFC', local)}@{domain}"


_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")


def parse_number(text: str) -> float | None:
    """'7,5', '7.5', '1 234,5', '1,234.5', '−3' -> float; anything else -> None."""
    t = text.strip().replace("\u2212", "-")
    t = re.sub(r"[\s\u00a0\u202f']", "", t)  # space, no-break spaces and Swiss ' as thousands marks
    if "," in t and "." in t:
        decimal = "," if t.rfind(",") > t.rfind(".") else "."
        t = t.replace("." if decimal == "," else ",", "").replace(",", ".")
    elif t.count(",") == 1:
        t = t.replace(",", ".")
    if not _NUMBER.fullmatch(t):
        return None
    return float(t)


def fold_word(text: str) -> str:
    """A word as typed, compared: case, accents, spacing and punctuation ignored ("No show",
    "NO SHOW", "no-show." and "Réussi"/"reussi" are the same); a lone symbol (✓) is kept."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(re.findall(r"[^\W_]+", text)) or text.strip()


def _folded(which: int) -> frozenset[str]:
    return frozenset(fold_word(w) for words in STATUS_WORDS.values() for w in variants(words[which]))


# every shipped language's words at once (core/words.py): a file or a grid in any of them reads
PASS_WORDS = _folded(0)
FAIL_WORDS = _folded(1)


def parse_status(raw: str) -> bool | None:
    """Pass/fail and attendance words (in any shipped language, core/words.py) -> True/False; else None."""
    word = fold_word(raw)
    if word in PASS_WORDS:
        return True
    if word in FAIL_WORDS:
        return False
    return None


STATUS_HELP = "use pass or fail (yes/no and attended/absent also work)"


def format_number(x: float) -> str:
    """A number as people write it: 72, 72.5 (never 72.0). The one way scores are shown and stored."""
    return str(int(x)) if float(x).is_integer() else str(x)


class InvalidUrl(ValueError):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def normalise_url(raw: str | None, what: str = "Evidence link") -> str | None:
    """A web address as stored (None when empty); "www.…" gets https://. InvalidUrl otherwise."""
    text = (raw or "").strip()
    if not text:
        return None
    if text.lower().startswith("www."):
        text = "https://" + text
    parts = urlsplit(text)
    if parts.scheme.lower() not in {"http", "https"} or not parts.netloc or any(c.isspace() for c in text):
        raise InvalidUrl(f"{what} '{raw}' is not a web address; it must start with http:// or https://.")
    if len(text) > URL_MAX_CHARS:
        raise InvalidUrl(f"{what} is longer than {URL_MAX_CHARS:,} characters.")
    return text
