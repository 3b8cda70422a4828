"""Sentences core says to people: English text that remembers how it was made, so the desktop app
can say it in the trainer's language (``ui.i18n.say``) while the command line prints it as it is.

    said(QT_TRANSLATE_NOOP("core", "Score {score} is below the pass mark of {mark}."), score=40, mark=60)

``QT_TRANSLATE_NOOP`` here only marks the template for ``pyside6-lupdate`` (core never imports Qt);
the template goes into the app's catalogues under the context ``core``. Parameters are named;
numbers, days and moments are kept as they are (the app writes them the locale's way), a ``Said``
inside a ``Said`` is translated too.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

CONTEXT = "core"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


def english(value: Any) -> str:
    """A parameter as English writes it: 7.5, 60 (not 60.0), as ``values.format_number`` does;
    a day "27 November 2026"; a moment "27 November 2026, 14:05 UTC"."""
    if isinstance(value, float | Decimal):
        number = float(value)
        return str(int(number)) if number.is_integer() else str(number)
    if isinstance(value, datetime):
        when = value.astimezone(UTC)
        return f"{when.day} {when:%B %Y, %H:%M} UTC"
    if isinstance(value, date):
        return f"{value.day} {value:%B %Y}"
    return str(value)


class Said(str):
    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, params: dict[str, Any]) -> Said:
        made = super().__new__(cls, template.format(**{k: english(v) for k, v in params.items()}))
        made.template, made.params = template, params
        return made

    def __reduce__(self) -> tuple[Any, ...]:  # survives the issue workers' pickling
        return (Said, (self.template, self.params))


def said(template: str, **params: Any) -> Said:
    return Said(template, params)


class Joined(Said):
    """Sentences side by side ("Theory: failed. Score 40 is below…"), each said on its own."""

    parts: tuple[str, ...]

    def __new__(cls, parts: tuple[str, ...], separator: str = " ") -> Joined:  # type: ignore[misc]
        made = str.__new__(cls, separator.join(parts))
        made.template, made.params, made.parts = "{parts}", {"separator": separator}, tuple(parts)
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return (Joined, (self.parts, self.params["separator"]))


def joined(parts: Iterable[str], separator: str = " ") -> Joined:
    return Joined(tuple(parts), separator)
