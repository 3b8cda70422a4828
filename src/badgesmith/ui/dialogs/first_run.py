"""First run: the issuer profile, the signing key's passphrase, where the workspace lives,
and a clear prompt to back up the key."""

from __future__ import annotations

from pathlib import Path

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

from badgesmith.core.store.workspace import Workspace
from badgesmith.ui import prefs
from badgesmith.ui.errors import user_message
from badgesmith.ui.widgets.common import error_label, note, plain, set_error
from badgesmith.ui.widgets.image_picker import ImagePicker


class ProfilePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
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
        form.addRow("Name *", self.name)
        form.addRow("Web address", self.url)
        form.addRow("E-mail", self.email)
        form.addRow("Description", self.description)
        form.addRow("Logo", self.logo)
        self.error = error_label()
        form.addRow(self.error)
        self.name.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.name.text().strip())

    def validatePage(self) -> bool:
        from badgesmith.core.services.issuer import check_logo, check_profile

        try:
            check_profile(self.name.text(), self.url.text(), self.email.text())
            check_logo(self.logo.data())
        except Exception as exc:
            set_error(self.error, user_message(exc))
            return False
        set_error(self.error, None)
        return True


class KeyPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        from badgesmith.core.services.issuer import MIN_PASSPHRASE

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
        try:
            self._wizard.create_issuer()
        except Exception as exc:
            set_error(self.error, user_message(exc))
            return False
        return True


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
        from badgesmith.core.services import issuer

        path, _ = QFileDialog.getSaveFileName(self, "Save the key backup",
                                              str(Path(prefs.last_dir("backup", str(Path.home())))
                                                  / "badgesmith-key-backup.json"),
                                              "Key backup (*.json)")
        if not path:
            return
        try:
            out = issuer.export_key_backup(self._wizard.workspace, Path(path))
        except Exception as exc:
            set_error(self.error, user_message(exc))
            return
        set_error(self.error, None)
        self._wizard.backed_up = True
        self.status.setText(f"✓ Saved to {out}. Keep it safe, away from this computer.")


class FirstRunWizard(QWizard):
    """Set up the issuer in ``workspace`` (or in another folder the user picks)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.setWindowTitle("Welcome to Badgesmith")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.workspace = workspace
        self.folder = workspace.folder
        self.backed_up = False
        self.profile = ProfilePage()
        self.key = KeyPage()
        self.location = WorkspacePage(self)
        self.backup = BackupPage(self)
        for page in (self.profile, self.key, self.location, self.backup):
            self.addPage(page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.resize(640, 480)

    def create_issuer(self) -> None:
        """Open the chosen folder and create the issuer and its key there."""
        from badgesmith.core.services import issuer

        if Path(self.folder).resolve() != Path(self.workspace.folder).resolve():
            new = Workspace.open(self.folder)
            self.workspace.close()
            self.workspace = new
        if issuer.is_initialised(self.workspace):
            return  # that folder already holds a workspace with an issuer: just use it
        p = self.profile
        issuer.init_issuer(self.workspace, p.name.text(), self.key.passphrase.text(),
                           url=p.url.text(), email=p.email.text(),
                           description=p.description.toPlainText().strip() or None, logo=p.logo.data())
        self.key.confirm.clear()

    @property
    def passphrase(self) -> str:
        return self.key.passphrase.text()
