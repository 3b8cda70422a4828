"""The desktop app's language: which one (``--lang``, ``BADGESMITH_LANG``, Settings, the system),
and installing its translations: Qt's own texts (standard buttons, dialogs) from the
``qtbase_<lang>.qm`` catalogues inside PySide6, Badgesmith's from ``resources/translations``, the
locale for dates and numbers, and a right-to-left layout for Arabic.

``qtbase_<lang>`` is loaded directly: the ``qt_<lang>`` meta-catalogue needs PySide6-Addons.
"""

from __future__ import annotations

import os
import unicodedata
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from badgesmith.core.languages import ENGLISH, RIGHT_TO_LEFT, SHIPPED  # one list for core and UI
from badgesmith.core.said import CONTEXT, Joined, Said
from badgesmith.resources import resource_path
from badgesmith.ui.localized import date_text, datetime_text, number_text

ENV = "BADGESMITH_LANG"
__all__ = ["ENGLISH", "RIGHT_TO_LEFT", "SHIPPED", "choose", "install", "normalise", "say", "uninstall"]


def normalise(code: str | None) -> str | None:
    """A shipped language from a code as people and systems write it ("de_DE.UTF-8", "pt-br",
    "PT", "C"), or None when Badgesmith does not speak it."""
    if not code:
        return None
    text = code.strip().split(".")[0].split("@")[0].replace("-", "_")
    if text.upper() in ("C", "POSIX"):
        return ENGLISH
    lang = text.partition("_")[0].lower()
    if lang == "pt":  # Brazilian Portuguese is what Badgesmith ships; European readers follow it well
        return "pt_BR"
    return lang if lang in SHIPPED else None


def choose(cli: str | None, env: str | None, saved: str | None, system: str | None) -> str:
    """The language to use: ``--lang``, then ``BADGESMITH_LANG``, then the choice saved in
    Settings, then the system's; English when none of them is one Badgesmith speaks."""
    for candidate in (cli, env, saved, system):
        found = normalise(candidate)
        if found is not None:
            return found
    return ENGLISH


def unknown_language(code: str) -> str:
    """The sentence for ``--lang`` with a language Badgesmith does not speak."""
    return (f"badgesmith: '{code}' is not a language Badgesmith speaks; choose one of "  # i18n: the CLI speaks English
            + ", ".join(f"{k} ({v})" for k, v in SHIPPED.items()) + ".")


def current() -> str:
    """The language the app is in now (the one ``install`` made the default locale's)."""
    return normalise(QLocale().name()) or ENGLISH


def system_language() -> str:
    return QLocale.system().name()


def env_language() -> str | None:
    return os.environ.get(ENV) or None


def install(app: QApplication, lang: str) -> list[QTranslator]:
    """Make ``lang`` the app's language; returns the translators installed (for ``uninstall``)."""
    QLocale.setDefault(QLocale(lang))
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if lang in RIGHT_TO_LEFT
                           else Qt.LayoutDirection.LeftToRight)
    installed = []
    # English first: it holds English's plural forms ("1 credential") and is what a language
    # falls back to; Qt asks the translator installed last first.
    catalogues = [(f"badgesmith_{ENGLISH}", str(resource_path("translations")))]
    if lang != ENGLISH:
        catalogues += [(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                       (f"badgesmith_{lang}", str(resource_path("translations")))]
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def uninstall(app: QApplication, translators: list[QTranslator]) -> None:
    """Back to English, left to right (tests, and a language changed while running)."""
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale("en_US"))
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def say(text: object) -> str:
    """A text from core in the app's language: a ``Said`` is translated with its parameters
    (numbers, days and moments the locale's way); anything else is shown as it is."""
    if isinstance(text, Joined):
        return str(text.params["separator"]).join(say(part) for part in text.parts)
    if not isinstance(text, Said):
        return str(text)
    params = {k: _param(v) for k, v in text.params.items()}
    return QCoreApplication.translate(CONTEXT, text.template).format(**params)


def _param(value: object) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float | Decimal):
        return number_text(value)
    if isinstance(value, datetime):
        return datetime_text(value)
    if isinstance(value, date):
        return date_text(value)
    return isolated(say(value))


# Unicode's directional isolates: what a parameter says cannot reorder the sentence around it
_FSI, _LRI, _PDI = "\u2068", "\u2066", "\u2069"
_BIDI_CONTROLS = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def isolated(text: str) -> str:
    """``text`` set apart from the sentence it is put in when it could reorder it: a right-to-left
    name, or one carrying bidi controls (a signed name with U+202E must not turn "Verified" around).
    Left-to-right text without controls is returned as it is."""
    if any(ch in _BIDI_CONTROLS or unicodedata.bidirectional(ch) in ("R", "AL") for ch in text):
        return _FSI + _balanced(text) + _PDI
    return text


_ISOLATES = frozenset("\u2066\u2067\u2068")


def _balanced(text: str) -> str:
    """``text`` whose isolates stay inside it: a PDI that closes no isolate the text opened is
    dropped (a name "x\u2069\u202e…" would otherwise end the isolate set around it, and the
    override would turn the rest of the sentence around), and an isolate it leaves open is closed
    at its end. Embeddings and overrides need nothing: the closing PDI ends them (UAX #9, X6a)."""
    out: list[str] = []
    depth = 0
    for ch in text:
        if ch in _ISOLATES:
            depth += 1
        elif ch == _PDI:
            if not depth:
                continue
            depth -= 1
        out.append(ch)
    return "".join(out) + _PDI * depth


def left_to_right(text: str) -> str:
    """A code, a path, an address or an id, kept in its own order in a right-to-left layout
    ("#B08D57", not "B08D57#")."""
    return _LRI + text + _PDI
