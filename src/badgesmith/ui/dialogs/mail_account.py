"""The trainer's own mail account for sending: server, port, security, user, password, sender;
and a test message to see that it works before sending to a cohort."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from badgesmith.core.delivery.smtp import DEFAULT_PORTS, SECURITY_CHOICES, SmtpSettings
from badgesmith.core.services import delivery, issuer
from badgesmith.ui.context import AppContext
from badgesmith.ui.dialogs.passphrase import with_passphrase
from badgesmith.ui.errors import show_info
from badgesmith.ui.ops import Change, show_in
from badgesmith.ui.widgets.common import error_label, note, set_error

if TYPE_CHECKING:
    from badgesmith.core.store.workspace import Workspace

SECURITY_LABELS = {"starttls": str(QT_TRANSLATE_NOOP("MailAccountDialog", "STARTTLS (usually port 587)")),
                   "tls": str(QT_TRANSLATE_NOOP("MailAccountDialog", "TLS (usually port 465)")),
                   "none": str(QT_TRANSLATE_NOOP("MailAccountDialog", "None (only inside a trusted network)"))}


class MailAccountDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("mailAccount")
        self.setWindowTitle(self.tr("Mail account for sending"))
        form = QFormLayout(self)
        self.host = QLineEdit()
        self.host.setObjectName("smtpHost")
        self.host.setPlaceholderText(self.tr("e.g. smtp.example.org"))
        self.security = QComboBox()
        self.security.setObjectName("smtpSecurity")
        for key in SECURITY_CHOICES:
            self.security.addItem(self.tr(SECURITY_LABELS[key]), key)
        self.port = QSpinBox()
        self.port.setObjectName("smtpPort")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORTS["starttls"])
        self.user = QLineEdit()
        self.user.setObjectName("smtpUser")
        self.password = QLineEdit()
        self.password.setObjectName("smtpPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.from_name = QLineEdit()
        self.from_name.setObjectName("fromName")
        self.from_address = QLineEdit()
        self.from_address.setObjectName("fromAddress")
        self.from_address.setPlaceholderText(self.tr("the address learners see and can reply to"))
        form.addRow(note(self.tr("Badgesmith sends through your own account, and only when you press Send. The "
                                 "password is stored encrypted under your signing key's passphrase.")))
        form.addRow(self.tr("Server *"), self.host)
        form.addRow(self.tr("Security"), self.security)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Sender name"), self.from_name)
        form.addRow(self.tr("Sender address *"), self.from_address)
        self.error = error_label()
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.test_button = QPushButton(self.tr("Send a test message…"))
        self.test_button.setObjectName("sendTest")
        buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.test_button.clicked.connect(self.send_test)
        form.addRow(buttons)
        self.security.currentIndexChanged.connect(self._security_changed)
        self._load()

    def _load(self) -> None:
        saved = self.ctx.ops.read(self, delivery.get_smtp)
        info = self.ctx.ops.read(self, issuer.get_issuer)
        has_password = self.ctx.ops.read(self, delivery.has_smtp_password)
        if saved is not None:
            self.host.setText(saved.host)
            self.security.setCurrentIndex(self.security.findData(saved.security))
            self.port.setValue(saved.port)
            self.user.setText(saved.user or "")
            self.from_name.setText(saved.from_name)
            self.from_address.setText(saved.from_address)
        elif info is not None:
            self.from_name.setText(info.name)
            self.from_address.setText(info.email or "")
        if has_password:
            self.password.setPlaceholderText(self.tr("stored (leave empty to keep it)"))

    def _security_changed(self) -> None:
        if self.port.value() in DEFAULT_PORTS.values():
            self.port.setValue(DEFAULT_PORTS[self.security.currentData()])

    def settings(self) -> SmtpSettings:
        return SmtpSettings(self.host.text(), self.port.value(), self.security.currentData(), self.user.text(),
                            self.from_address.text(), self.from_name.text())

    def save(self) -> None:
        settings, password = self.settings(), self.password.text() or None

        def then(passphrase: str | None) -> None:
            def failed(exc: BaseException) -> None:
                show_in(self.error)(exc)
                self.adjustSize()

            self.ctx.ops.run(self, lambda ws: delivery.save_smtp(ws, settings, password, passphrase),
                             changes=Change.DELIVERY, done=lambda _s: self.accept(), error=failed)

        set_error(self.error, None)
        if password:  # storing a password needs the key's passphrase (it is encrypted under it)
            with_passphrase(self.ctx, self, then,
                            self.tr("The password is stored encrypted under your key's passphrase."))
        else:
            then(None)

    def send_test(self) -> None:
        to, ok = QInputDialog.getText(self, self.tr("Send a test message"), self.tr("Send a test message to:"),
                                      text=self.from_address.text())
        if not ok or not to.strip():
            return
        settings, password = self.settings(), self.password.text() or None

        def work_with(passphrase: str | None) -> Callable[[Workspace], str]:
            return lambda ws: delivery.send_test_message(ws, to.strip(), passphrase, settings=settings,
                                                         password=password)

        def finished() -> None:
            self.test_button.setEnabled(True)
            self.test_button.setText(self.tr("Send a test message…"))
            self.adjustSize()  # room for the error's sentence

        def done(reply: str) -> None:
            finished()
            show_info(self, self.tr("The server accepted the test message:\n{reply}").format(reply=reply))

        def failed(exc: BaseException) -> None:
            show_in(self.error)(exc)
            finished()

        def run(passphrase: str | None) -> None:
            self.test_button.setEnabled(False)  # a server that does not answer takes up to 30 s
            self.test_button.setText(self.tr("Testing the connection…"))
            self.ctx.ops.run(self, work_with(passphrase), done=done, error=failed)

        set_error(self.error, None)
        if password is None and self.ctx.ops.read(self, delivery.has_smtp_password):
            with_passphrase(self.ctx, self, run,
                            self.tr("The stored mail password is encrypted under your key's passphrase."))
        else:
            run(None)
