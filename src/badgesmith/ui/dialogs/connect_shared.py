"""Connecting to a shared database (a college's PostgreSQL server): the server, the database, who
you are, your password, and the folder on this computer for the files (certificates, drafts).

The connection is made as an operation (off the GUI thread: a server that does not answer takes
seconds to give up on). The password stays in the field until it is used, and is never saved.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from badgesmith.core.errors import BadgesmithError
from badgesmith.core.services import shared_database, workspaces
from badgesmith.ui import shared_address
from badgesmith.ui.ops import Ops, show_in
from badgesmith.ui.widgets.common import error_label, note, set_error

if TYPE_CHECKING:
    from badgesmith.core.store.workspace import Workspace


def cannot_set_up(ws: Workspace) -> str | None:
    """Why the person signed in to ``ws``, a shared database nobody has set up yet, cannot set it
    up (None when they can)."""
    if not ws.is_shared or ws.may(shared_database.Role.ADMINISTRATOR):
        return None
    return QCoreApplication.translate(
        "ConnectDialog", "Nobody has set up the shared database {where} yet, and setting it up needs the "
                         "administrator role. Ask your administrator.").format(
        where=shared_address.short_where(ws.where()))


class ConnectForm(QWidget):
    """The fields of a connection; ``changed`` when one is edited."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectForm")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.server = QLineEdit()
        self.server.setObjectName("sharedServer")
        self.server.setPlaceholderText(self.tr("e.g. db.college.lan"))
        self.port = QSpinBox()
        self.port.setObjectName("sharedPort")
        self.port.setRange(1, 65535)
        self.port.setValue(shared_address.DEFAULT_PORT)
        self.port.setGroupSeparatorShown(False)
        self.database = QLineEdit()
        self.database.setObjectName("sharedDatabase")
        self.database.setPlaceholderText(self.tr("e.g. badgesmith"))
        self.name = QLineEdit()
        self.name.setObjectName("sharedName")
        self.name.setPlaceholderText(self.tr("your sign-in name, e.g. anna"))
        self.password = QLineEdit()
        self.password.setObjectName("sharedPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.folder = QLineEdit()
        self.folder.setObjectName("sharedFolder")
        self.folder.setAccessibleName(self.tr("Folder for files"))
        choose = QPushButton(self.tr("Choose…"))
        choose.setObjectName("chooseSharedFolder")
        choose.setAutoDefault(False)  # Enter in a field means Connect
        choose.clicked.connect(self._choose)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        form.addRow(self.tr("Server"), self.server)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("Your name"), self.name)
        form.addRow(self.tr("Password"), self.password)
        lay.addLayout(form)
        lay.addWidget(note(self.tr("Your administrator gives you these. Badgesmith never saves your password: "
                                   "it asks for it when you open the workspace again.")))
        files = QFormLayout()
        files.addRow(self.tr("Files on this computer"), folder_row)
        lay.addLayout(files)
        lay.addWidget(note(self.tr("The data (learners, results, credentials) is kept in the database; "
                                   "certificates and e-mail drafts are written to this folder.")))
        self._folder_typed = False
        # (server, port, database) -> the folder its files are in, when the form was filled for it
        self._known_folder: tuple[tuple[str, int, str], Path | str] = (("", 0, ""), "")
        self.folder.textEdited.connect(lambda _t: setattr(self, "_folder_typed", True))
        for edit in (self.server, self.database, self.name):
            edit.textChanged.connect(self._edited)
        self.port.valueChanged.connect(self._edited)
        self.password.textChanged.connect(lambda _t: self.changed.emit())

    def fill(self, address: str | None, folder: Path | None = None) -> None:
        """Start from ``address`` (no password) and the ``folder`` its files are in: the shared
        database last used, say. The folder follows the fields again when one is edited."""
        known = shared_address.fields(address) if address else None
        if known is not None:
            server, port, database, name = known
            self.server.setText(server)
            self.port.setValue(port)
            self.database.setText(database)
            self.name.setText(name)
            if folder is not None:
                self._known_folder = ((server, port, database), folder)
                self.folder.setText(str(folder))

    def is_complete(self) -> bool:
        return all(e.text().strip() for e in (self.server, self.database, self.name))

    def address(self) -> str:
        return shared_address.build(self.server.text(), self.port.value(), self.database.text(), self.name.text())

    def _edited(self, *_: object) -> None:
        if not self._folder_typed:  # the folder follows the server and database until one is typed
            where, known = self._known_folder
            if (self.server.text().strip(), self.port.value(), self.database.text().strip()) == where:
                default = str(known)  # the same database (another name, say): where its files already are
            else:
                try:
                    default = str(shared_database.folder_for(self.address())) if self.is_complete() else ""
                except BadgesmithError:  # not an address yet: nothing to suggest
                    default = ""
            self.folder.setText(default)
        self.changed.emit()

    def _choose(self) -> None:
        start = self.folder.text().strip() or str(Path.home())
        path = QFileDialog.getExistingDirectory(self, self.tr("Folder for the shared workspace's files"),
                                                str(Path(start).expanduser().parent))
        if path:
            self._folder_typed = True
            self.folder.setText(path)

    def connect_work(self) -> Callable[[Workspace], Workspace]:
        """The operation that connects with what is typed now (the password is read here, once)."""
        address, folder_text, password = self.address(), self.folder.text(), self.password.text()

        def connect(_current: Workspace) -> Workspace:
            folder = workspaces.typed_folder(folder_text) if folder_text.strip() else None
            return shared_database.connect(folder, address, password or None)

        return connect


class ConnectDialog(QDialog):
    """File ▸ Connect to a shared database…: ``workspace`` holds the connected workspace once
    accepted."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.workspace: Workspace | None = None
        self.setObjectName("connectSharedDialog")
        self.setWindowTitle(self.tr("Connect to a shared database"))
        lay = QVBoxLayout(self)
        lay.addWidget(note(self.tr("Several people work on one register: each signs in as themselves, and their "
                                   "role says what they may do.")))
        self.form = ConnectForm()
        lay.addWidget(self.form)
        self.error = error_label()
        lay.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.connect_button.setText(self.tr("Connect"))
        self.connect_button.setObjectName("connectShared")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.form.changed.connect(self._update)
        self._connecting = False
        self._update()
        self.resize(520, self.sizeHint().height())

    def _update(self) -> None:
        self.connect_button.setEnabled(self.form.is_complete() and not self._connecting)

    def accept(self) -> None:
        if not self.form.is_complete() or self._connecting:
            return
        self._connecting = True
        self._update()
        set_error(self.error, self.tr("Connecting…"))
        self.ops.run(self, self.form.connect_work(), done=self._connected, error=self._failed)

    def _connected(self, ws: Workspace) -> None:
        self._connecting = False
        if not self.isVisible():
            ws.close()  # cancelled while connecting
            return
        self.form.password.clear()
        set_error(self.error, None)
        self.workspace = ws
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self._connecting = False
        self._update()
        show_in(self.error)(exc)
        self.form.password.setFocus()
        self.form.password.selectAll()
