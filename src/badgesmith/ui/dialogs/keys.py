"""Changing the key's passphrase."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from badgesmith.core.services import issuer
from badgesmith.ui.context import AppContext
from badgesmith.ui.ops import Change, show_in
from badgesmith.ui.widgets.common import error_label, note, set_error


def _password() -> QLineEdit:
    e = QLineEdit()
    e.setEchoMode(QLineEdit.EchoMode.Password)
    return e


class ChangePassphraseDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("changePassphraseDialog")
        self.setWindowTitle(self.tr("Change the key passphrase"))
        form = QFormLayout(self)
        self.old, self.new, self.confirm = _password(), _password(), _password()
        self.old.setObjectName("oldPassphrase")
        self.new.setObjectName("newPassphrase")
        self.confirm.setObjectName("confirmPassphrase")
        form.addRow(note(self.tr("Every key (current and retired) is re-encrypted. Key backups made earlier keep "
                                 "the old passphrase.")))
        form.addRow(self.tr("Current passphrase"), self.old)
        form.addRow(self.tr("New passphrase"), self.new)
        form.addRow(self.tr("Type it again"), self.confirm)
        self.error = error_label()
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        if self.new.text() != self.confirm.text():
            set_error(self.error, self.tr("The two new passphrases do not match: type the same one twice."))
            return
        old, new = self.old.text(), self.new.text()

        def changed(_: object) -> None:
            self.ctx.lock()
            self.ctx.unlock(new, self, done=lambda: super(ChangePassphraseDialog, self).accept(),
                            error=show_in(self.error))

        self.ctx.ops.run(self, lambda ws: issuer.change_passphrase(ws, old, new), changes=Change.ISSUER,
                         done=changed, error=show_in(self.error))
