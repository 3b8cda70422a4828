"""Signing in to a shared database that asks for a password: at start-up (``--database``) and when
a shared workspace's folder is opened again. A wrong password is said inline and the dialog stays;
Cancel gives up. The password lives in the field until it is used, and is never saved or logged.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from badgesmith.core.services import shared_database
from badgesmith.ui import shared_address
from badgesmith.ui.ops import Ops, show_in
from badgesmith.ui.tasks import TaskRunner
from badgesmith.ui.widgets.common import error_label, plain_label, set_error

if TYPE_CHECKING:
    from badgesmith.core.store.workspace import Workspace


def own_ops(owner: QWidget) -> Ops:
    """Operations for a dialog shown before any window (and workspace) exists."""
    return Ops(TaskRunner(owner), lambda: cast("Workspace", None), lambda _c: None)


class SignInDialog(QDialog):
    """Name and password for ``address``; ``workspace`` holds the opened workspace once accepted."""

    def __init__(self, address: str, folder: Path | None, ops: Ops | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.address, self.folder = address, folder
        self.ops = ops or own_ops(self)
        self.workspace: Workspace | None = None
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Sign in to the shared database"))
        lay = QVBoxLayout(self)
        intro = plain_label(self.tr("The shared database {where} needs your name and password.").format(
            where=shared_address.short_where(address)), wrap=True)
        intro.setObjectName("signInIntro")
        lay.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit(shared_address.name_in(address))
        self.name.setObjectName("signInName")
        self.password = QLineEdit()
        self.password.setObjectName("signInPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Your name"), self.name)
        form.addRow(self.tr("Password"), self.password)
        lay.addLayout(form)
        self.error = error_label()
        lay.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.sign_in_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_in_button.setText(self.tr("Sign in"))
        self.sign_in_button.setObjectName("signIn")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        (self.password if self.name.text() else self.name).setFocus()
        self.resize(460, self.sizeHint().height())

    def accept(self) -> None:
        if not self.buttons.isEnabled():
            return  # already signing in
        address = shared_address.with_name(self.address, self.name.text())
        folder, password = self.folder, self.password.text()
        self.buttons.setEnabled(False)
        set_error(self.error, self.tr("Signing in…"))
        self.ops.run(self, lambda _ws: shared_database.connect(folder, address, password or None),
                     done=self._signed_in, error=self._refused)

    def _signed_in(self, ws: Workspace) -> None:
        self.buttons.setEnabled(True)
        self.password.clear()
        if not self.isVisible():
            ws.close()  # cancelled meanwhile
            return
        self.workspace = ws
        super().accept()

    def _refused(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_in(self.error)(exc)
        self.password.setFocus()
        self.password.selectAll()


def sign_in(parent: QWidget | None, address: str, folder: Path | None) -> Workspace | None:
    """Ask for the name and password until the database accepts them; None on Cancel."""
    dialog = SignInDialog(address, folder, parent=parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return dialog.workspace if accepted else None
