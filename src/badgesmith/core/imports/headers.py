"""Header rows: folding header names for comparison, guessing which column holds what, and
telling a header row from a data row.

Pure Python (no database, no Qt). ``guess_mapping(headers, fields)`` matches header names case-,
accent- and punctuation-insensitively against the variants of every shipped language (core/words.py).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence

from badgesmith.core.words import HEADINGS, variants

__all__ = ["HEADER_ALIASES", "clean_header", "fold_header", "guess_mapping", "looks_like_header"]


def fold_header(text: str) -> str:
    """Fold a header for comparison: no accents, case or punctuation; 'No.'/'#' mean number."""
    text = unicodedata.normalize("NFKD", text.replace("#", " number "))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    tokens = [_TOKEN_SYNONYMS.get(t, t) for t in re.findall(r"[^\W_]+", text)]
    return re.sub(r"\be mail\b", "email", " ".join(tokens))


_TOKEN_SYNONYMS = dict.fromkeys(("no", "nr", "num", "nbr", "nummer"), "number")


# Field -> header variants in every shipped language (core/words.py), folded on use. Order does not
# matter; exact matches beat partial ones.
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    f: tuple(a for lang in by_language.values() for a in variants(lang)) for f, by_language in HEADINGS.items()
}
# Headers about someone other than the learner must not be taken for the learner's name or e-mail.
_NOT_THE_LEARNER = frozenset(
    variants(
        "contact | emergency | manager | supervisor | parent | guardian | company | employer | "
        "organisation | organization | instructor | trainer | teacher | assessor | course | "
        "event | invoice | billing | user | username | sender"
    )
)
_PERSON_FIELDS = frozenset({"name", "first_name", "last_name", "email"})


def guess_mapping(
    headers: Sequence[str], fields: Iterable[str] | Mapping[str, Iterable[str]]
) -> dict[str, int | None]:
    """Map each field to the index of the column that most likely holds it, or None.

    ``fields`` is a list of field keys (their aliases come from ``HEADER_ALIASES``; an unknown
    key is its own alias) or a mapping of field -> aliases. Each column serves one field.
    Header exact matches win; then headers containing an alias as whole words (longest
    alias first); ties go to the leftmost column. Learner-name fields then get the
    'Nom'/'Name' + 'Prénom'/'Vorname' convention: there, the bare 'Nom'/'Name' is the surname.
    """
    if isinstance(fields, Mapping):
        aliases = {f: tuple(a) or (f,) for f, a in fields.items()}
    else:
        aliases = {f: HEADER_ALIASES.get(f, (f.replace("_", " "),)) for f in fields}
    folded = [fold_header(h) for h in headers]
    # (-exact, -alias words, -alias ends the header, column, field): "Participant e-mail" is an
    # e-mail column because English and German put the head noun last.
    candidates: list[tuple[int, int, int, int, str]] = []
    for f, names in aliases.items():
        for alias in {fold_header(a) for a in names}:
            if not alias:
                continue
            words = alias.split()
            for col, h in enumerate(folded):
                if not h:
                    continue
                if h == alias or h.replace(" ", "") == alias.replace(" ", ""):
                    candidates.append((-1, -len(words), 0, col, f))
                elif _contains_words(h.split(), words) and not (
                    f in _PERSON_FIELDS and _NOT_THE_LEARNER.intersection(h.split())
                ):
                    at_end = -1 if h.split()[-len(words) :] == words else 0
                    candidates.append((0, -len(words), at_end, col, f))
    candidates.sort()
    result: dict[str, int | None] = dict.fromkeys(aliases)
    used: set[int] = set()
    for *_, col, f in candidates:
        if result[f] is None and col not in used:
            result[f] = col
            used.add(col)
    if {"name", "first_name", "last_name"} <= result.keys():
        _apply_surname_convention(result, folded)
    return result


def _contains_words(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))


def _apply_surname_convention(result: dict[str, int | None], folded: list[str]) -> None:
    name, first, last = result["name"], result["first_name"], result["last_name"]
    if first is not None and last is None and name is not None and folded[name] in {"name", "nom"}:
        # German 'Name' + 'Vorname': 'Name' is the family name.
        result["last_name"], result["name"] = name, None
    elif first is None and last is not None and name is None and folded[last] == "nom":
        # French 'Nom' alone is the whole name.
        result["name"], result["last_name"] = last, None


def clean_header(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).replace("\ufeff", "").split())


_KNOWN_HEADERS = frozenset(fold_header(a) for names in HEADER_ALIASES.values() for a in names)
_DATA_LIKE = re.compile(
    r"""^(\S+@\S+\.\S+            # an e-mail address
        |[-+]?\d[\d\s.,/:-]*%?    # a number, a date, a time
        |https?://\S+)$""",
    re.VERBOSE,
)


def looks_like_header(first: Sequence[str], second: Sequence[str] | None) -> bool:
    """A header row names things; a data row holds addresses, numbers or dates."""
    if any(fold_header(c) in _KNOWN_HEADERS for c in first):
        return True
    return not any(_DATA_LIKE.match(c.strip()) for c in first if c.strip())
