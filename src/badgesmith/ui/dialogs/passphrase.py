"""Asking for the signing key's passphrase, once per session."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from badgesmith.ui.context import AppContext
from badgesmith.ui.errors import user_message
from badgesmith.ui.widgets.common import error_label


class UnlockDialog(QDialog):
    """Checks the passphrase against the key before accepting; a wrong one says so inline."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, reason: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("unlockDialog")
        self.setWindowTitle(self.tr("Unlock the signing key"))
        lay = QVBoxLayout(self)
        intro = QLabel(reason or self.tr("Signing needs your key's passphrase. It is kept in memory until you close "
                                         "Badgesmith or lock the key."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.edit = QLineEdit()
        self.edit.setObjectName("passphrase")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setPlaceholderText(self.tr("Passphrase"))
        lay.addWidget(self.edit)
        self.error = error_label()
        lay.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.resize(420, self.sizeHint().height())

    def accept(self) -> None:
        """Check the passphrase on the worker (the key derivation takes a moment); a wrong one is
        said here and the dialog stays open."""
        self.error.setText(self.tr("Checking…"))
        self.error.show()
        self.buttons.setEnabled(False)
        self.ctx.unlock(self.edit.text(), self, done=self._unlocked, error=self._refused)

    def _unlocked(self) -> None:
        self.edit.clear()
        self.buttons.setEnabled(True)
        super().accept()

    def _refused(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(user_message(exc))
        self.edit.selectAll()
        self.edit.setFocus()


def with_passphrase(ctx: AppContext, parent: QWidget, then: Callable[[str], None], reason: str = "") -> None:
    """Call ``then(passphrase)`` now if unlocked, else after the user unlocks (non-blocking)."""
    if ctx.passphrase is not None:
        then(ctx.passphrase)
        return
    dlg = UnlockDialog(ctx, parent, reason)

    def done(result: int) -> None:
        dlg.deleteLater()
        if result == QDialog.DialogCode.Accepted and ctx.passphrase is not None:
            then(ctx.passphrase)

    dlg.finished.connect(done)
    dlg.open()
