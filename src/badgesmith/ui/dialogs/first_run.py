"""First run: the issuer profile, the signing key's passphrase, where the workspace lives,
and a clear prompt to back up the key."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from badgesmith.core.services import issuer, workspaces
from badgesmith.core.services.issuer import MIN_PASSPHRASE, check_did_web, check_logo, check_profile
from badgesmith.ui import prefs
from badgesmith.ui.ops import Change, Ops, show_in
from badgesmith.ui.tasks import Runner, TaskRunner
from badgesmith.ui.widgets.common import error_label, note, plain, set_error
from badgesmith.ui.widgets.image_picker import ImagePicker

if TYPE_CHECKING:
    from badgesmith.core.store.workspace import Workspace


class ProfilePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle("Who awards the credentials?")
        self.setSubTitle("This is printed on every certificate and written into every credential.")
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.name.setObjectName("issuerName")
        self.name.setPlaceholderText("e.g. Northbridge Training Collective")
        self.url = QLineEdit()
        self.url.setObjectName("issuerUrl")
        self.url.setPlaceholderText("https://…  (optional)")
        self.email = QLineEdit()
        self.email.setObjectName("issuerEmail")
        self.email.setPlaceholderText("optional")
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(60)
        self.logo = ImagePicker("logo", 80)
        self.did_web = QLineEdit()
        self.did_web.setObjectName("didWeb")
        self.did_web.setPlaceholderText("example.org, or user.github.io:badges  (optional)")
        form.addRow("Name *", self.name)
        form.addRow("Web address", self.url)
        form.addRow("E-mail", self.email)
        form.addRow("Description", self.description)
        form.addRow("Logo", self.logo)
        form.addRow("Your domain", self.did_web)
        form.addRow(note("Only if you own a domain and can upload files to it: credentials then name that "
                         "domain as their issuer (did:web) and verifiers can check it. Without one, your key "
                         "is known by its fingerprint (did:key). You can change this later in Settings."))
        self.error = error_label()
        form.addRow(self.error)
        self.name.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.name.text().strip())

    def validatePage(self) -> bool:
        name, url, email, logo = self.name.text(), self.url.text(), self.email.text(), self.logo.data()
        did_web = self.did_web.text()

        def check(_ws: Workspace) -> bool:
            check_profile(name, url, email)
            check_logo(logo)
            check_did_web(did_web)
            return True

        ok = self._wizard.ops.read(self, check, error=show_in(self.error)) or False
        if ok:
            set_error(self.error, None)
        return ok


class KeyPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.min_len = MIN_PASSPHRASE
        self.setTitle("Protect your signing key")
        self.setSubTitle("Badgesmith makes a new signing key and keeps it encrypted under this passphrase. "
                         "You will type it when you issue or revoke credentials.")
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("confirm")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow("Passphrase", self.passphrase)
        form.addRow("Type it again", self.confirm)
        lay.addLayout(form)
        lay.addWidget(note(f"At least {MIN_PASSPHRASE} characters; a short sentence is easy to remember and "
                           "hard to guess. Nobody can recover it for you."))
        self.error = error_label()
        lay.addWidget(self.error)
        lay.addStretch()

    def validatePage(self) -> bool:
        p, c = self.passphrase.text(), self.confirm.text()
        if len(p) < self.min_len:
            set_error(self.error, f"The passphrase must have at least {self.min_len} characters.")
            return False
        if p != c:
            set_error(self.error, "The two passphrases do not match: type the same passphrase twice.")
            return False
        set_error(self.error, None)
        return True


class WorkspacePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle("Where your workspace lives")
        self.setSubTitle("Achievements, learners, results and issued credentials are kept in one folder.")
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        self.folder = plain(QLabel())
        self.folder.setObjectName("workspaceFolder")
        self.folder.setWordWrap(True)
        change = QPushButton("Choose another folder…")
        change.clicked.connect(self._choose)
        row.addWidget(self.folder, 1)
        row.addWidget(change)
        lay.addLayout(row)
        lay.addWidget(note("Back it up from File ▸ Back up workspace…; the backup includes the encrypted key."))
        self.error = error_label()
        lay.addWidget(self.error)
        lay.addStretch()

    def initializePage(self) -> None:
        self.folder.setText(str(self._wizard.folder))

    def _choose(self) -> None:
        path = QFileDialog.getExistingDirectory(self, "Workspace folder", str(self._wizard.folder.parent))
        if path:
            self._wizard.folder = Path(path)
            self.folder.setText(path)

    def validatePage(self) -> bool:
        """Creating the issuer derives the key's encryption from the passphrase (a moment): it runs
        as an operation, and the wizard moves on when it is done."""
        if self._wizard.issuer_ready:
            return True
        if not self._wizard.creating:
            set_error(self.error, "Creating your signing key…")
            self._wizard.create_issuer(done=self._created, error=self._failed)
        return self._wizard.issuer_ready  # a synchronous runner has already finished

    def _created(self) -> None:
        set_error(self.error, None)
        if self._wizard.currentPage() is self:
            self._wizard.next()

    def _failed(self, exc: BaseException) -> None:
        show_in(self.error)(exc)


class BackupPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle("Back up your signing key now")
        self.setSubTitle("If this computer is lost, a key backup is the only way to keep issuing "
                         "credentials that verify as yours.")
        lay = QVBoxLayout(self)
        lay.addWidget(note("The backup file is encrypted with your passphrase. Store it somewhere other than "
                           "this computer: a USB stick in a drawer, or your organisation's safe storage. "
                           "Anyone with the file and the passphrase can sign in your name."))
        self.button = QPushButton("Back up the signing key…")
        self.button.setObjectName("backupKey")
        self.button.clicked.connect(self._backup)
        lay.addWidget(self.button)
        self.status = plain(QLabel())
        self.status.setObjectName("backupStatus")
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        self.error = error_label()
        lay.addWidget(self.error)
        lay.addStretch()

    def _backup(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Save the key backup",
                                              str(Path(prefs.last_dir("backup", str(Path.home())))
                                                  / "badgesmith-key-backup.json"),
                                              "Key backup (*.json)")
        if not path:
            return

        def saved(out: Path) -> None:
            set_error(self.error, None)
            self._wizard.backed_up = True
            self.status.setText(f"✓ Saved to {out}. Keep it safe, away from this computer.")

        self._wizard.ops.run(self, lambda ws: issuer.export_key_backup(ws, Path(path)), done=saved,
                             error=show_in(self.error))


class FirstRunWizard(QWizard):
    """Set up the issuer in ``workspace`` (or in another folder the user picks)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, runner: Runner | None = None) -> None:
        super().__init__(parent)
        self.ops = Ops(runner or TaskRunner(self), lambda: self.workspace, lambda _c: None)
        self.issuer_ready = False
        self.creating = False
        self.setObjectName("firstRunWizard")
        self.setWindowTitle("Welcome to Badgesmith")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.workspace = workspace
        self.folder = workspace.folder
        self.backed_up = False
        self.profile = ProfilePage(self)
        self.key = KeyPage()
        self.location = WorkspacePage(self)
        self.backup = BackupPage(self)
        for page in (self.profile, self.key, self.location, self.backup):
            self.addPage(page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.resize(640, 480)

    def create_issuer(self, done: Callable[[], None], error: Callable[[BaseException], None]) -> None:
        """Open the chosen folder and create the issuer and its key there."""
        folder, p = Path(self.folder), self.profile
        name, passphrase, url, email = p.name.text(), self.key.passphrase.text(), p.url.text(), p.email.text()
        description, logo, did_web = p.description.toPlainText().strip() or None, p.logo.data(), p.did_web.text()

        def create(current: Workspace) -> Workspace:
            ws = current
            if folder.resolve() != Path(current.folder).resolve():
                ws = workspaces.open_workspace(folder)
            if not issuer.is_initialised(ws):  # a folder already holding an issuer is just used
                info = issuer.init_issuer(ws, name, passphrase, url=url, email=email, description=description,
                                          logo=logo)
                if did_web.strip():
                    issuer.update_issuer(ws, info.name, info.url, info.email, info.description, info.logo,
                                         did_web=did_web)
            return ws

        def created(ws: Workspace) -> None:
            self.creating = False
            if ws is not self.workspace:
                self.workspace.close()
                self.workspace = ws
            self.issuer_ready = True
            self.key.confirm.clear()
            done()

        def failed(exc: BaseException) -> None:
            self.creating = False
            error(exc)

        self.creating = True
        self.ops.run(self, create, changes=Change.ISSUER, done=created, error=failed)

    @property
    def passphrase(self) -> str:
        return self.key.passphrase.text()
