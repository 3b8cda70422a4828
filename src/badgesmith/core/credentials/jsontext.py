"""Reading credential JSON from outside, strictly and within limits.

Python's ``json`` is more permissive than a browser's ``JSON.parse`` and than the reference
verifiers, and a signature check is only as strict as the parser in front of it:

* duplicate keys: Python keeps the last, other parsers the first, so two programs would show two
  different names for one file: refused;
* ``NaN`` and ``Infinity``: not JSON at all: refused;
* numbers: JavaScript has one number type, so ``2.0`` is the integer 2 there and canonicalises as
  ``"2"``; integral floats are read as integers here too, and integers beyond 2**53 (which
  JavaScript cannot hold exactly) are refused. Other numbers must have at most 15 significant
  digits and lie between 1e-6 and 1e15: outside that, pyld and jsonld.js format them
  differently (rounding ties, tiny exponents), so a signature would hold in one and not the other;
* strings with lone surrogates or control characters other than tab and line breaks: they have no
  single canonical form across implementations: refused;
* depth, size and node count are bounded, so a hostile file cannot exhaust the stack, memory or
  the canonicalisation time.

:func:`check_tree` applies the same rules to a value that is already in memory.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from .errors import UnreadableCredential

MAX_TEXT_CHARS = 8_000_000  # a credential with an embedded badge image stays far below this
MAX_DEPTH = 48  # arrays and objects nested (a CLR with endorsements nests about 20)
MAX_NODES = 20_000  # arrays, objects and scalars together
MAX_INT = 2**53  # JavaScript's exact integer range

# C0 controls except tab, LF and CR, and DEL: N-Quads implementations escape them differently.
_BAD_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def _no_constants(name: str) -> Any:
    raise UnreadableCredential(f"The JSON holds {name}, which is not a number JSON allows.")


def _number(text: str) -> int | float:
    value = float(text)
    if not math.isfinite(value):
        raise UnreadableCredential(f"The JSON holds the number {text[:40]}, which is out of range.")
    # JavaScript reads 2.0 as the integer 2: canonical forms must agree with the reference
    if value.is_integer() and abs(value) <= MAX_INT:
        return int(value)
    _check_float(value)
    return value


def _check_float(value: float) -> None:
    if not (1e-6 <= abs(value) < 1e15) or len(repr(value).split("e")[0].replace("-", "").replace(".", "").strip("0")) > 15:
        raise UnreadableCredential(
            f"The number {value!r} cannot be put in canonical form the same way by every verifier; "
            "Badgesmith accepts decimals of up to 15 digits between 0.000001 and 10^15."
        )


def _integer(text: str) -> int:
    # 17 digits are beyond 2**53 anyway; int() itself raises on 4300+ digits
    value = MAX_INT + 1 if len(text.lstrip("-")) > 16 else int(text)
    if abs(value) > MAX_INT:
        raise UnreadableCredential(
            f"The JSON holds the number {text[:40]}, too large to be read the same way by every verifier."
        )
    return value


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise UnreadableCredential(
                f"The JSON has the key {key[:60]!r} twice in one object; programs disagree on which "
                "one counts, so the file is refused."
            )
        out[key] = value
    return out


def read_json(text: str, what: str = "credential") -> Any:
    """Parse ``text`` under the rules above; UnreadableCredential with one sentence otherwise."""
    if len(text) > MAX_TEXT_CHARS:
        raise UnreadableCredential(
            f"The {what} is {len(text) // 1_000_000} MB of text; Badgesmith reads at most "
            f"{MAX_TEXT_CHARS // 1_000_000} MB."
        )
    if text.startswith("\ufeff"):
        raise UnreadableCredential(f"The {what} starts with a byte-order mark, which JSON does not allow "
                                   "(JSON.parse refuses it); save it as UTF-8 without one.")
    try:
        value = json.loads(
            text, object_pairs_hook=_object, parse_constant=_no_constants,
            parse_float=_number, parse_int=_integer,
        )
    except RecursionError:
        raise UnreadableCredential(f"The {what} is nested too deeply to be a credential.") from None
    except json.JSONDecodeError as exc:
        raise UnreadableCredential(
            f"The {what} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})."
        ) from None
    check_tree(value, what)
    return value


def check_tree(value: Any, what: str = "credential") -> None:
    """Depth, size, numbers and strings of an in-memory JSON value, without recursion."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    nodes = 0
    while stack:
        node, depth = stack.pop()
        nodes += 1
        if nodes > MAX_NODES:
            raise UnreadableCredential(f"The {what} has more than {MAX_NODES} values; it is not a credential.")
        if depth > MAX_DEPTH:
            raise UnreadableCredential(f"The {what} is nested more than {MAX_DEPTH} levels deep.")
        if isinstance(node, dict):
            for key, child in node.items():
                if not isinstance(key, str):
                    raise UnreadableCredential(f"The {what} has a key that is not text.")
                _check_text(key, what)
                stack.append((child, depth + 1))
        elif isinstance(node, list):
            stack.extend((child, depth + 1) for child in node)
        elif isinstance(node, str):
            _check_text(node, what)
        elif isinstance(node, bool) or node is None:
            pass
        elif isinstance(node, int):
            if abs(node) > MAX_INT:
                raise UnreadableCredential(f"The {what} holds a number too large to be read the same way everywhere.")
        elif isinstance(node, float):
            if not math.isfinite(node):
                raise UnreadableCredential(f"The {what} holds a number that JSON does not allow.")
            if not (node.is_integer() and abs(node) <= MAX_INT):
                _check_float(node)
        else:
            raise UnreadableCredential(f"The {what} holds a value of type {type(node).__name__}, which JSON has not.")


def _check_text(text: str, what: str) -> None:
    bad = _BAD_CHARS.search(text)
    if bad:
        raise UnreadableCredential(
            f"The {what} contains the invisible character U+{ord(bad.group()):04X}, which Badgesmith "
            "refuses: verifiers would not agree on what was signed."
        )
