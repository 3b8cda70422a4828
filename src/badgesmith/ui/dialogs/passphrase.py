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
        self.setWindowTitle("Unlock the signing key")
        lay = QVBoxLayout(self)
        intro = QLabel(reason or "Signing needs your key's passphrase. It is kept in memory "
                       "until you close Badgesmith or lock the key.")
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.edit = QLineEdit()
        self.edit.setObjectName("passphrase")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setPlaceholderText("Passphrase")
        lay.addWidget(self.edit)
        self.error = error_label()
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Unlock")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(420, self.sizeHint().height())

    def accept(self) -> None:
        try:
            self.ctx.unlock(self.edit.text())
        except Exception as exc:  # WrongPassphrase, KeyLocked: say it here and stay open
            self.error.setText(user_message(exc))
            self.error.show()
            self.edit.selectAll()
            self.edit.setFocus()
            return
        self.edit.clear()
        super().accept()


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
