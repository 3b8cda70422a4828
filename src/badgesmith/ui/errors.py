"""Turning exceptions into sentences a user can act on, and showing them."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.exc import SQLAlchemyError

from badgesmith.core.credentials.errors import CredentialError
from badgesmith.core.errors import BadgesmithError
from badgesmith.core.paper.errors import CertificateError
from badgesmith.core.paper.qrclaim import ClaimError
from badgesmith.core.services.shared_database import explain
from badgesmith.logs import log_dir
from badgesmith.ui.i18n import say

log = logging.getLogger(__name__)
TITLE = "Badgesmith"  # i18n: the app's name, the title of its message boxes in every language


def user_message(exc: BaseException) -> str:
    """One clear message for ``exc``; unexpected errors say so and are logged with a traceback."""
    if isinstance(exc, BadgesmithError):
        return say(exc.message)  # a core sentence made with said() is shown in the app's language
    if isinstance(exc, SQLAlchemyError) and (sentence := explain(exc)) is not None:
        return say(sentence)  # a shared database's refusal or a dropped connection
    if _is_known(exc):
        return say(exc.args[0] if exc.args else str(exc))
    if isinstance(exc, PermissionError):
        return QCoreApplication.translate("Errors", "Permission denied: {file}. Choose a folder you can write to."
                                          ).format(file=exc.filename or "")
    if isinstance(exc, OSError):
        if exc.filename:
            return QCoreApplication.translate("Errors", "{reason} ({file}).").format(reason=exc.strerror or exc,
                                                                                     file=exc.filename)
        return QCoreApplication.translate("Errors", "{reason}.").format(reason=exc.strerror or exc)
    text = getattr(exc, "__traceback_text__", None)  # set by the worker thread that raised it
    log.error("Unexpected error: %r\n%s", exc, text or "", exc_info=text is None)
    return QCoreApplication.translate(
        "Errors", "An internal error stopped this ({error}); nothing was half-written. The details are in the log "
                  "in {folder}; please report it.").format(error=type(exc).__name__, folder=log_dir())


def _is_known(exc: BaseException) -> bool:
    """Errors whose ``str()`` is already written for users (credentials and paper layers)."""
    return isinstance(exc, CredentialError | CertificateError | ClaimError)


def show_error(parent: QWidget | None, exc: BaseException | str, title: str = TITLE) -> QMessageBox:
    """A window-modal message that does not block the caller (so tests can read and close it)."""
    return show_message(parent, exc if isinstance(exc, str) else user_message(exc), title,
                        QMessageBox.Icon.Warning, "errorBox")


def show_info(parent: QWidget | None, text: str, title: str = TITLE) -> QMessageBox:
    return show_message(parent, text, title, QMessageBox.Icon.Information, "infoBox")


def show_message(parent: QWidget | None, text: str, title: str, icon: QMessageBox.Icon,
                 name: str) -> QMessageBox:
    box = QMessageBox(icon, title, "", QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # messages quote user data: never render it as HTML
    box.setText(say(text))
    box.setObjectName(name)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def ask(parent: QWidget | None, title: str, text: str,
        buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        default: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton,
        icon: QMessageBox.Icon = QMessageBox.Icon.Question) -> QMessageBox.StandardButton:
    """A modal question whose text is shown literally (it may quote names); returns the button."""
    box = QMessageBox(icon, title, "", buttons, parent)
    box.setObjectName("questionBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if default != QMessageBox.StandardButton.NoButton:
        box.setDefaultButton(default)
    box.exec()
    clicked = box.clickedButton()
    return box.standardButton(clicked) if clicked is not None else QMessageBox.StandardButton.Cancel


def ask_save_discard(parent: QWidget | None, what: str, refused: str | None = None) -> QMessageBox.StandardButton:
    """Save / Discard / Cancel for unsaved edits of ``what``; only Discard / Cancel, saying
    ``refused``, when this person may not save them (their role)."""
    sb = QMessageBox.StandardButton
    title = QCoreApplication.translate("Errors", "Unsaved changes")
    if refused is not None:
        return ask(parent, title, QCoreApplication.translate(
            "Errors", "{what} has changes that cannot be saved: {reason} Discard them?").format(what=what, reason=refused),
            sb.Discard | sb.Cancel, sb.Cancel, QMessageBox.Icon.Warning)
    return ask(parent, title,
               QCoreApplication.translate("Errors", "{what} has unsaved changes. Save them?").format(what=what),
               sb.Save | sb.Discard | sb.Cancel, sb.Save, QMessageBox.Icon.Warning)


def resolve_unsaved_edits(parent: QWidget | None, what: str, save: Callable[[], bool],
                          discard: Callable[[], object], refused: str | None = None) -> bool:
    """Before leaving edits of ``what``: Save (leaving waits for it, and stays if it fails),
    Discard, or Cancel. True when the edits may be left. ``refused``: why this person may not save
    them (their role), so only Discard or Cancel is offered, with that reason."""
    answer = ask_save_discard(parent, what, refused)
    if answer == QMessageBox.StandardButton.Save:
        return save()
    if answer == QMessageBox.StandardButton.Discard:
        discard()
        return True
    return False
