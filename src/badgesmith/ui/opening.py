"""Opening a workspace for the window: open it, or run the first-run setup when it has no issuer.

This happens before the window exists (or while it waits for the user's choice of folder), so the
workspace is opened right here; everything after goes through the window's operations.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from badgesmith.core.errors import SignInRefused
from badgesmith.core.services import issuer, shared_database, workspaces
from badgesmith.ui.dialogs.connect_shared import cannot_set_up
from badgesmith.ui.dialogs.first_run import FirstRunWizard
from badgesmith.ui.dialogs.sign_in import sign_in
from badgesmith.ui.errors import ask, user_message

if TYPE_CHECKING:
    from badgesmith.core.store.workspace import Workspace

Opened = tuple["Workspace", str | None]


def critical(parent: QWidget | None, title: str, text: str) -> None:
    ask(parent, title, text, QMessageBox.StandardButton.Ok, icon=QMessageBox.Icon.Critical)


def _cannot_open(parent: QWidget | None, exc: BaseException) -> None:
    critical(parent, QCoreApplication.translate("Opening", "Cannot open the workspace"), user_message(exc))


def _opened(parent: QWidget | None, open_it: Callable[[], Workspace], address: Callable[[], str | None],
            folder: Path | None) -> Workspace | None:
    """``open_it()``; when a shared database wants a password, the sign-in dialog asks for it.
    None (after telling the user why, or when they cancelled) when it cannot be opened."""
    try:
        return open_it()
    except SignInRefused:
        try:
            where = address()
        except Exception as exc:
            _cannot_open(parent, exc)
            return None
        return sign_in(parent, where, folder) if where is not None else None
    except Exception as exc:
        _cannot_open(parent, exc)
        return None


def open_or_setup(folder: Path, parent: QWidget | None = None, offer_shared: bool = False) -> Opened | None:
    """Open the workspace in ``folder``; run the first-run wizard if it has no issuer yet.

    A folder that keeps a shared database's files opens that database, asking for the password
    when the database wants one. ``offer_shared``: the wizard first asks whether to work on this
    computer or on a shared database (at start-up, when Badgesmith was never set up).

    Returns the workspace and, after setup, the passphrase just chosen (so the user is not
    asked again this session); None (after telling the user why) when it cannot be opened
    or setup was cancelled.
    """
    ws = _opened(parent, lambda: workspaces.open_workspace(folder), lambda: shared_database.remembered(folder), folder)
    if ws is None:
        return None
    return set_up(ws, parent, offer_shared)


def open_shared(address: str, folder: Path | None, parent: QWidget | None = None) -> Opened | None:
    """Open the shared database at ``address`` (``--database``), its files in ``folder`` (None:
    the usual folder for that database); ask for the password when the database wants one."""
    ws = _opened(parent, lambda: shared_database.connect(folder, address), lambda: address, folder)
    if ws is None:
        return None
    return set_up(ws, parent)


def set_up(ws: Workspace, parent: QWidget | None = None, offer_shared: bool = False) -> Opened | None:
    """``ws`` as it is when it has an issuer; else the first-run wizard sets one up (on a new
    shared database, the first administrator who connects does). None when that is cancelled."""
    try:
        if issuer.is_initialised(ws):
            return ws, None
    except Exception as exc:
        ws.close()
        _cannot_open(parent, exc)
        return None
    refusal = cannot_set_up(ws)
    if refusal is not None:
        ws.close()
        critical(parent, QCoreApplication.translate("Opening", "Cannot open the workspace"), refusal)
        return None
    wizard = FirstRunWizard(ws, parent, offer_shared=offer_shared and not ws.is_shared)
    if wizard.exec() != QDialog.DialogCode.Accepted or not issuer.is_initialised(wizard.workspace):
        wizard.workspace.close()
        return None
    return wizard.workspace, wizard.passphrase or None
