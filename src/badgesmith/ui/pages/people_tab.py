"""Settings ▸ People (a shared database only): who signs in, in which role; administrators add
people, change their roles and remove them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from badgesmith.core.services import shared_database
from badgesmith.core.services.shared_database import Role
from badgesmith.ui.context import AppContext
from badgesmith.ui.dialogs.person import PersonDialog
from badgesmith.ui.errors import ask, show_info
from badgesmith.ui.i18n import say
from badgesmith.ui.models.table import Column, RowsModel
from badgesmith.ui.ops import show_in
from badgesmith.ui.widgets.common import error_label, note, row_table, set_error

Person = tuple[str, Role, bool]  # sign-in name, role, may sign in


def people_columns() -> list[Column[Person]]:
    return [
        Column("name", QCoreApplication.translate("PeopleTab", "Sign-in name"), lambda p: p[0]),
        Column("role", QCoreApplication.translate("PeopleTab", "Role"), lambda p: say(shared_database.role_name(p[1]))),
        Column("signs_in", QCoreApplication.translate("PeopleTab", "Signs in"),
               lambda p: QCoreApplication.translate("PeopleTab", "yes") if p[2]
               else QCoreApplication.translate("PeopleTab", "no (removed)")),
    ]


class PeopleTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("peopleTab")
        self.model: RowsModel[Person] = RowsModel(people_columns())
        lay = QVBoxLayout(self)
        lay.addWidget(note(self.tr("Everyone who signs in to this shared database, and what their role lets them "
                                   "do. The database itself enforces the roles.")))
        self.table = row_table(self.model, "peopleTable")
        self.table.setAccessibleName(self.tr("People"))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        lay.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = self._button(row, self.tr("Add person…"), "addPerson", self.add)
        self.role_button = self._button(row, self.tr("Change role…"), "changeRole", self.change_role)
        self.remove_button = self._button(row, self.tr("Remove…"), "removePerson", self.remove)
        row.addStretch()
        lay.addLayout(row)
        self.error = error_label()
        lay.addWidget(self.error)

    @staticmethod
    def _button(row: QHBoxLayout, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        b.clicked.connect(slot)
        row.addWidget(b)
        return b

    def reload(self) -> None:
        set_error(self.error, None)
        self.model.set_rows(self.ctx.ops.read(self, shared_database.list_people, error=show_in(self.error)) or [])

    def selected(self) -> Person | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def add(self) -> None:
        dlg = PersonDialog(self.ctx, self)
        dlg.accepted.connect(lambda: self._added(dlg.name.text().strip(), dlg.role.currentText()))
        dlg.open()

    def _added(self, name: str, role: str) -> None:
        self.reload()
        show_info(self, self.tr("{name} can now sign in as {role}.").format(name=name, role=role))

    def change_role(self) -> None:
        person = self._chosen()
        if person is None:
            return
        dlg = PersonDialog(self.ctx, self, name=person[0], role=person[1])
        dlg.accepted.connect(self.reload)
        dlg.open()

    def remove(self) -> None:
        person = self._chosen()
        if person is None:
            return
        name = person[0]
        question = self.tr("Remove {name}? They can no longer sign in; the audit log keeps what they did under "
                           "their name.").format(name=name)
        if ask(self, self.tr("Remove person"), question) != QMessageBox.StandardButton.Yes:
            return
        self.ctx.ops.run(self, lambda ws: shared_database.remove_person(ws, name), done=lambda _: self.reload(),
                         error=show_in(self.error))

    def _chosen(self) -> Person | None:
        person = self.selected()
        if person is None:
            set_error(self.error, self.tr("Choose a person in the list first."))
        return person
