"""Opening a workspace for the window: open it, or run the first-run setup when it has no issuer.

This happens before the window exists (or while it waits for the user's choice of folder), so the
workspace is opened right here; everything after goes through the window's operations.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from badgesmith.core.services import issuer, workspaces
from badgesmith.ui.dialogs.first_run import FirstRunWizard
from badgesmith.ui.errors import ask, user_message

if TYPE_CHECKING:
    from badgesmith.core.store.workspace import Workspace


def critical(parent: QWidget | None, title: str, text: str) -> None:
    ask(parent, title, text, QMessageBox.StandardButton.Ok, icon=QMessageBox.Icon.Critical)


def open_or_setup(folder: Path, parent: QWidget | None = None) -> tuple[Workspace, str | None] | None:
    """Open the workspace in ``folder``; run the first-run wizard if it has no issuer yet.

    Returns the workspace and, after setup, the passphrase just chosen (so the user is not
    asked again this session); None (after telling the user why) when it cannot be opened
    or setup was cancelled.
    """
    try:
        ws = workspaces.open_workspace(folder)
        if issuer.is_initialised(ws):
            return ws, None
    except Exception as exc:
        critical(parent, QCoreApplication.translate("Opening", "Cannot open the workspace"), user_message(exc))
        return None
    wizard = FirstRunWizard(ws, parent)
    if wizard.exec() != QDialog.DialogCode.Accepted or not issuer.is_initialised(wizard.workspace):
        wizard.workspace.close()
        return None
    return wizard.workspace, wizard.passphrase or None
