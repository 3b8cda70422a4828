"""A person who signs in to the shared database: adding one (name, role, password twice), or
giving one another role. The password goes to the database and is forgotten here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from badgesmith.core.services import shared_database
from badgesmith.core.services.shared_database import Role
from badgesmith.ui.context import AppContext
from badgesmith.ui.i18n import say
from badgesmith.ui.ops import show_in
from badgesmith.ui.widgets.common import error_label, note, plain_label, set_error

if TYPE_CHECKING:
    from badgesmith.core.store.workspace import Workspace

ROLES = (Role.INSTRUCTOR, Role.ISSUER, Role.ADMINISTRATOR)


def role_box(name: str, current: Role = Role.INSTRUCTOR) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    for role in ROLES:
        box.addItem(say(shared_database.role_name(role)), role.value)
    box.setCurrentIndex(ROLES.index(current))
    return box


class PersonDialog(QDialog):
    """Add a person (``name`` None) or change the role of ``name``; accepted once the database
    has done it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, name: str | None = None,
                 role: Role = Role.INSTRUCTOR) -> None:
        super().__init__(parent)
        self.ctx, self.existing = ctx, name
        self.setObjectName("personDialog")
        form = QFormLayout(self)
        self.role = role_box("personRole", role)
        if name is None:
            self.setWindowTitle(self.tr("Add a person"))
            self.name = QLineEdit()
            self.name.setObjectName("personName")
            self.name.setPlaceholderText(self.tr("e.g. anna or a.smith"))
            self.password = QLineEdit()
            self.password.setObjectName("personPassword")
            self.password.setEchoMode(QLineEdit.EchoMode.Password)
            self.again = QLineEdit()
            self.again.setObjectName("personPasswordAgain")
            self.again.setEchoMode(QLineEdit.EchoMode.Password)
            form.addRow(self.tr("Sign-in name"), self.name)
            form.addRow(self.tr("Role"), self.role)
            form.addRow(self.tr("Password"), self.password)
            form.addRow(self.tr("Type it again"), self.again)
            form.addRow(note(self.tr("Tell them their password in person; they sign in with it on their own "
                                     "computer. Badgesmith does not keep it.")))
        else:
            self.setWindowTitle(self.tr("Change role"))
            form.addRow(self.tr("Sign-in name"), plain_label(name))
            form.addRow(self.tr("Role"), self.role)
        form.addRow(note(self.tr("An instructor records learners and results; an issuer also issues and revokes "
                                 "credentials and edits achievements; an administrator also manages people, "
                                 "keys and settings.")))
        self.error = error_label()
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add") if name is None else self.tr("Change role"))
        ok.setObjectName("savePerson")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.resize(480, self.sizeHint().height())

    def accept(self) -> None:
        role = Role(self.role.currentData())
        existing = self.existing
        if existing is not None:
            self.ctx.ops.run(self, lambda ws: shared_database.change_role(ws, existing, role), done=self._done,
                             error=show_in(self.error))
            return
        if self.password.text() != self.again.text():
            set_error(self.error, self.tr("The two passwords differ: type the same password twice."))
            return
        name, password = self.name.text(), self.password.text()

        def add(ws: Workspace) -> None:
            shared_database.add_person(ws, name, password, role)

        self.ctx.ops.run(self, add, done=self._done, error=show_in(self.error))

    def _done(self, _: object) -> None:
        if self.existing is None:
            self.password.clear()
            self.again.clear()
        super().accept()
