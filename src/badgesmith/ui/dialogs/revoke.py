"""Revoking a credential needs a reason: it is recorded and shown to verifiers."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from badgesmith.core.services import pathway_awards, publishing, register
from badgesmith.ui.context import AppContext
from badgesmith.ui.dialogs.passphrase import with_passphrase
from badgesmith.ui.i18n import say
from badgesmith.ui.ops import Change, show_in
from badgesmith.ui.widgets.common import error_label, plain


class RevokeDialog(QDialog):
    def __init__(self, ctx: AppContext, credential_id: str, recipient: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.credential_id = ctx, credential_id
        self.setObjectName("revokeDialog")
        self.setWindowTitle(self.tr("Revoke credential"))
        lay = QVBoxLayout(self)
        text = plain(QLabel())
        text.setObjectName("revokeReach")
        # who will see the revocation, and what it does to pathway credentials: one paragraph each
        reach = ctx.ops.read(self, lambda ws: "\n\n".join(say(t) for t in filter(None, (
            publishing.revocation_reach(ws, credential_id), pathway_awards.would_flag(ws, credential_id))))) or ""
        question = self.tr("Revoke the credential of {learner}? You can reinstate it later.").format(learner=recipient)
        text.setText("\n\n".join(filter(None, (question, reach))).strip())
        text.setWordWrap(True)
        lay.addWidget(text)
        self.reason = QLineEdit()
        self.reason.setObjectName("revokeReason")
        self.reason.setPlaceholderText(self.tr("Reason, e.g. Issued in error: wrong cohort"))
        lay.addWidget(self.reason)
        self.error = error_label()
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Revoke"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def accept(self) -> None:
        with_passphrase(self.ctx, self, self._revoke_with, self.tr("Revoking needs your signing key's passphrase."))

    def _revoke_with(self, passphrase: str) -> None:
        cid, reason = self.credential_id, self.reason.text()
        self.ctx.ops.run(self, lambda ws: register.revoke(ws, cid, reason, passphrase),
                         changes=Change.CREDENTIALS, done=lambda _: super(RevokeDialog, self).accept(),
                         error=show_in(self.error))
