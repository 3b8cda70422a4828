"""First run: where the data is kept (this computer or a shared database), the issuer profile,
the signing key's passphrase, where the workspace lives, and a clear prompt to back up the key."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from badgesmith.core.errors import ValidationError
from badgesmith.core.services import issuer, workspaces
from badgesmith.core.services.issuer import (
    MIN_PASSPHRASE,
    check_did_web,
    check_logo,
    check_profile,
    check_status_list_address,
    check_verify_page_address,
    with_scheme,
)
from badgesmith.core.services.publishing import page_base
from badgesmith.ui import i18n, prefs
from badgesmith.ui.dialogs.connect_shared import ConnectForm, cannot_set_up
from badgesmith.ui.ops import Change, Ops, show_in
from badgesmith.ui.tasks import Runner, TaskRunner
from badgesmith.ui.widgets.common import error_label, note, plain, set_error
from badgesmith.ui.widgets.country_box import CountryBox
from badgesmith.ui.widgets.image_picker import ImagePicker

if TYPE_CHECKING:
    from badgesmith.core.store.workspace import Workspace


CHOICE, SHARED, PROFILE, WEBSITE, KEY, LOCATION, BACKUP = range(7)  # the pages' ids, in order


class ChoicePage(QWizardPage):
    """This computer only, or a college's shared database (offered at the very first start)."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Where will you work?"))
        self.setSubTitle(self.tr("Badgesmith keeps its data on this computer, or on a database server that "
                                 "several people share."))
        lay = QVBoxLayout(self)
        self.local = QRadioButton(self.tr("This computer only"))
        self.local.setObjectName("localChoice")
        self.shared = QRadioButton(self.tr("A shared database (college)"))
        self.shared.setObjectName("sharedChoice")
        self.local.setChecked(True)
        lay.addWidget(self.local)
        lay.addWidget(note(self.tr("For a trainer or a small team on one computer: everything is kept in one "
                                   "folder, and you set up who awards the credentials next.")))
        lay.addWidget(self.shared)
        lay.addWidget(note(self.tr("For several instructors, each on their own computer, with one register: "
                                   "you sign in to your college's database server. The first person to connect "
                                   "to a new database sets it up.")))
        lay.addStretch()

    def nextId(self) -> int:
        return SHARED if self.shared.isChecked() else PROFILE


class SharedPage(QWizardPage):
    """Connect to the shared database; one already set up is simply opened (the wizard ends)."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Connect to the shared database"))
        self.setSubTitle(self.tr("Each person signs in as themselves; their role says what they may do."))
        self.setCommitPage(True)  # connected: no going back to a workspace on this computer
        lay = QVBoxLayout(self)
        self.form = ConnectForm()
        lay.addWidget(self.form)
        self.error = error_label()
        lay.addWidget(self.error)
        lay.addStretch()
        self.connected = self.ready = False
        self._connecting = False
        self.form.changed.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return self.form.is_complete() and not self._connecting

    def nextId(self) -> int:
        return PROFILE

    def validatePage(self) -> bool:
        """Connecting runs as an operation; the wizard moves on (or ends) when it is done."""
        if self.connected:  # moving on, or (a database already set up) the wizard's accept()
            return True
        if not self._connecting:
            self._connecting = True
            self.completeChanged.emit()
            set_error(self.error, self.tr("Connecting…"))
            connect = self.form.connect_work()

            def work(current: Workspace) -> tuple[Workspace, bool]:
                ws = connect(current)
                try:
                    ready = issuer.is_initialised(ws)
                except Exception:
                    ws.close()
                    raise
                return ws, ready

            self._wizard.ops.run(self, work, done=self._connected, error=self._failed)
        # a synchronous runner has already finished; a database already set up ends the wizard
        # (its accept(), queued) instead of going on to the issuer's pages
        return self.connected and not self.ready

    def _connected(self, result: tuple[Workspace, bool]) -> None:
        ws, ready = result
        self._connecting = False
        self.completeChanged.emit()
        refusal = None if ready else cannot_set_up(ws)
        if refusal is not None:
            ws.close()
            set_error(self.error, refusal)
            return
        set_error(self.error, None)
        self.form.password.clear()
        self._wizard.use_shared(ws)
        self.connected, self.ready = True, ready
        # after validatePage has returned (a synchronous runner gets here from inside it)
        QTimer.singleShot(0, self._wizard.accept if ready else self._next_if_here)

    def _next_if_here(self) -> None:
        if self._wizard.currentPage() is self:
            self._wizard.next()

    def _failed(self, exc: BaseException) -> None:
        self._connecting = False
        self.completeChanged.emit()
        show_in(self.error)(exc)


class ProfilePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Who awards the credentials?"))
        self.setSubTitle(self.tr("This is printed on every certificate and written into every credential."))
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.name.setObjectName("issuerName")
        self.name.setPlaceholderText(self.tr("e.g. Northbridge Training Collective"))
        self.url = QLineEdit()
        self.url.setObjectName("issuerUrl")
        self.url.setPlaceholderText(self.tr("https://…  (optional)"))
        self.email = QLineEdit()
        self.email.setObjectName("issuerEmail")
        self.email.setPlaceholderText(self.tr("optional"))
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(60)
        self.logo = ImagePicker("logo", 80)
        form.addRow(self.tr("Name *"), self.name)
        form.addRow(self.tr("Web address"), self.url)
        form.addRow(self.tr("E-mail"), self.email)
        self.country = CountryBox("issuerCountry")  # an EU micro-credential names it (Settings changes it)
        form.addRow(self.tr("Country"), self.country)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Logo"), self.logo)

        self.error = error_label()
        form.addRow(self.error)
        self.name.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.name.text().strip())

    def validatePage(self) -> bool:
        name, url, email, logo = self.name.text(), self.url.text(), self.email.text(), self.logo.data()

        def check(_ws: Workspace) -> bool:
            check_profile(name, url, email)
            check_logo(logo)
            return True

        ok = self._wizard.ops.read(self, check, error=show_in(self.error)) or False
        if ok:
            set_error(self.error, None)
        return ok


class WebsitePage(QWizardPage):
    """Where a phone scan leads, and where revocations are published: asked now, with "I have no
    website yet" as a full answer."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Where can people check your certificates?"))
        self.setSubTitle(self.tr("A certificate's QR code can open a page on your website that checks it and "
                                 "shows whether you revoked it."))
        lay = QVBoxLayout(self)
        lay.addWidget(note(self.tr("Badgesmith writes that page and your list of revoked certificates; you upload "
                                   "them to your website (Settings ▸ Publishing ▸ Publish).")))
        self.no_website = QRadioButton(self.tr("I have no website yet"))
        self.no_website.setObjectName("noWebsite")
        self.website = QRadioButton(self.tr("I will put the page on my website"))
        self.website.setObjectName("haveWebsite")
        self.no_website.setChecked(True)
        lay.addWidget(self.no_website)
        lay.addWidget(note(self.tr("Then a phone scanning a certificate shows its code as text (Badgesmith's Verify "
                                   "page still checks it), and revocations stay on this computer. You can add the "
                                   "addresses later in Settings ▸ Publishing; certificates keep what was set when "
                                   "they were issued.")))
        lay.addWidget(self.website)
        self.fields = QWidget()
        form = QFormLayout(self.fields)
        self.verify_url = QLineEdit()
        self.verify_url.setObjectName("wizardVerifyUrl")
        self.verify_url.setPlaceholderText("https://example.org/badges/verify.html")
        self.status_url = QLineEdit()
        self.status_url.setObjectName("wizardStatusUrl")
        self.status_url.setPlaceholderText("https://example.org/badges/status/1")
        self.did_web = QLineEdit()
        self.did_web.setObjectName("didWeb")
        self.did_web.setPlaceholderText(self.tr("example.org, or user.github.io:badges  (optional)"))
        form.addRow(self.tr("Verification page"), self.verify_url)
        form.addRow(self.tr("Status list"), self.status_url)
        form.addRow(note(self.tr("The status list is your list of revoked certificates; keep it beside the page.")))
        form.addRow(self.tr("Your domain"), self.did_web)
        form.addRow(note(self.tr("Only if you own the domain and can upload files to it: credentials then name it "
                                 "as their issuer (did:web). Without it, your key is known by its fingerprint "
                                 "(did:key).")))
        lay.addWidget(self.fields)
        self.error = error_label()
        lay.addWidget(self.error)
        lay.addStretch()
        self._status_typed = False
        self.status_url.textEdited.connect(lambda _t: setattr(self, "_status_typed", True))
        self.verify_url.textChanged.connect(self._suggest_status)
        self.website.toggled.connect(self.fields.setEnabled)
        self.fields.setEnabled(False)

    def _suggest_status(self, page: str) -> None:
        """``…/badges/verify.html`` -> ``…/badges/status/1``, until the trainer types one."""
        if self._status_typed:
            return
        page = with_scheme(page) or ""
        self.status_url.setText(page_base(page) + "status/1" if "://" in page else "")

    def addresses(self) -> tuple[str | None, str | None, str | None]:
        if not self.website.isChecked():
            return None, None, None
        return self.verify_url.text(), self.status_url.text(), self.did_web.text()

    def validatePage(self) -> bool:
        page, status, did_web = self.addresses()
        if not self.website.isChecked():
            set_error(self.error, None)
            return True

        def check(_ws: Workspace) -> bool:
            if not (page or "").strip():
                raise ValidationError(self.tr("Type the address your verification page will have, or choose "
                                              "“I have no website yet”."))
            check_verify_page_address(page)
            check_status_list_address(status)
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
        self.setTitle(self.tr("Protect your signing key"))
        self.setSubTitle(self.tr("Badgesmith makes a new signing key and keeps it encrypted under this passphrase. "
                                 "You will type it when you issue or revoke credentials."))
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("confirm")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Type it again"), self.confirm)
        lay.addLayout(form)
        lay.addWidget(note(self.tr("At least %Ln character(s); a short sentence is easy to remember and hard to "
                                   "guess. Nobody can recover it for you.", "", MIN_PASSPHRASE)))
        self.error = error_label()
        lay.addWidget(self.error)
        lay.addStretch()

    def validatePage(self) -> bool:
        p, c = self.passphrase.text(), self.confirm.text()
        if len(p) < self.min_len:
            set_error(self.error, self.tr("The passphrase must have at least %Ln character(s).", "", self.min_len))
            return False
        if p != c:
            set_error(self.error, self.tr("The two passphrases do not match: type the same passphrase twice."))
            return False
        set_error(self.error, None)
        return True


class WorkspacePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Where your workspace lives"))
        self.setSubTitle(self.tr("Achievements, learners, results and issued credentials are kept in one folder."))
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        self.folder = QLineEdit(str(wizard.folder))
        self.folder.setObjectName("workspaceFolder")
        self.folder.setAccessibleName(self.tr("Workspace folder"))
        change = QPushButton(self.tr("Choose another folder…"))
        change.setObjectName("chooseWorkspaceFolder")
        change.setAutoDefault(False)  # Enter anywhere on the page means Next, as on the other pages
        change.clicked.connect(self._choose)
        row.addWidget(self.folder, 1)
        row.addWidget(change)
        lay.addLayout(row)
        self.change = change
        self.backup_note = note(self.tr("Back it up from File ▸ Back up workspace…; the backup includes the "
                                        "encrypted key."))
        lay.addWidget(self.backup_note)
        self.shared_note = note("")
        self.shared_note.setObjectName("sharedLocationNote")
        lay.addWidget(self.shared_note)
        self.shared_note.hide()
        self.error = error_label()
        lay.addWidget(self.error)
        lay.addStretch()

    def initializePage(self) -> None:
        ws = self._wizard.workspace
        if ws.is_shared:  # the data is in the database; the files' folder was chosen when connecting
            self.setTitle(self.tr("Where your files live"))
            self.setSubTitle(self.tr("The data is kept in the shared database; certificates and e-mail drafts "
                                     "are written to this folder on this computer."))
            self.folder.setText(str(ws.folder))
            self.folder.setReadOnly(True)
            self.change.hide()
            self.backup_note.hide()
            self.shared_note.setText(self.tr("Database: {where}").format(where=ws.where()))
            self.shared_note.show()

    def _choose(self) -> None:
        start = self.folder.text().strip() or str(self._wizard.folder)
        path = QFileDialog.getExistingDirectory(self, self.tr("Workspace folder"),
                                                str(Path(start).expanduser().parent))
        if path:
            self.folder.setText(path)

    def validatePage(self) -> bool:
        """Creating the issuer derives the key's encryption from the passphrase (a moment): it runs
        as an operation, and the wizard moves on when it is done."""
        if self._wizard.issuer_ready:
            return True
        if not self._wizard.creating:
            folder = self._wizard.ops.read(self, lambda _ws: workspaces.typed_folder(self.folder.text()),
                                           error=show_in(self.error))
            if folder is None:
                return False
            self._wizard.folder = folder
            set_error(self.error, self.tr("Creating your signing key…"))
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
        self.setTitle(self.tr("Back up your signing key now"))
        self.setSubTitle(self.tr("If this computer is lost, a key backup is the only way to keep issuing "
                                 "credentials that verify as yours."))
        lay = QVBoxLayout(self)
        lay.addWidget(note(self.tr("The backup file is encrypted with your passphrase. Store it somewhere other "
                                   "than this computer: a USB stick in a drawer, or your organisation's safe "
                                   "storage. Anyone with the file and the passphrase can sign in your name.")))
        self.button = QPushButton(self.tr("Back up the signing key…"))
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
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the key backup"),
                                              str(Path(prefs.last_dir("backup", str(Path.home())))
                                                  / self.tr("badgesmith-key-backup.json", "a file name")),
                                              self.tr("Key backup (*.json)"))
        if not path:
            return

        def saved(out: Path) -> None:
            set_error(self.error, None)
            self._wizard.backed_up = True
            self.status.setText(self.tr("✓ Saved to {file}. Keep it safe, away from this computer.").format(file=out))

        self._wizard.ops.run(self, lambda ws: issuer.export_key_backup(ws, Path(path)), done=saved,
                             error=show_in(self.error))


class FirstRunWizard(QWizard):
    """Set up the issuer in ``workspace`` (or in another folder the user picks)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, runner: Runner | None = None,
                 offer_shared: bool = False) -> None:
        super().__init__(parent)
        self.ops = Ops(runner or TaskRunner(self), lambda: self.workspace, lambda _c: None)
        self.issuer_ready = False
        self.creating = False
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(self.tr("Welcome to Badgesmith"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.workspace = workspace
        self.folder = workspace.folder
        self.backed_up = False
        self.profile = ProfilePage(self)
        self.website = WebsitePage(self)
        self.key = KeyPage()
        self.location = WorkspacePage(self)
        self.backup = BackupPage(self)
        self.choice: ChoicePage | None = None
        self.shared: SharedPage | None = None
        if offer_shared:  # at the very first start: this computer, or a college's shared database
            self.choice, self.shared = ChoicePage(), SharedPage(self)
            self.setPage(CHOICE, self.choice)
            self.setPage(SHARED, self.shared)
            self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Connect"))
        for page_id, page in ((PROFILE, self.profile), (WEBSITE, self.website), (KEY, self.key),
                              (LOCATION, self.location), (BACKUP, self.backup)):
            self.setPage(page_id, page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.resize(640, 480)

    def use_shared(self, ws: Workspace) -> None:
        """Go on with the shared workspace just connected to (the local one is not used)."""
        if ws is not self.workspace:
            self.workspace.close()
            self.workspace = ws
        self.folder = ws.folder

    def create_issuer(self, done: Callable[[], None], error: Callable[[BaseException], None]) -> None:
        """Open the chosen folder and create the issuer and its key there."""
        folder, p = Path(self.folder), self.profile
        name, passphrase, url, email = p.name.text(), self.key.passphrase.text(), p.url.text(), p.email.text()
        description, logo = p.description.toPlainText().strip() or None, p.logo.data()
        country = p.country.code()
        verify_url, status_url, did_web = self.website.addresses()
        # a trainer using the app in German starts with German certificates (Settings changes it)
        language = i18n.current()

        def create(current: Workspace) -> Workspace:
            ws = current
            if folder.resolve() != Path(current.folder).resolve():
                ws = workspaces.open_workspace(folder)
            if not issuer.is_initialised(ws):  # a folder already holding an issuer is just used
                issuer.init_issuer(ws, name, passphrase, url=url, email=email, description=description,
                                   logo=logo, language=language)
                if country is not None:
                    issuer.update_issuer(ws, name, url, email, description, logo, country=country)
                if verify_url is not None:
                    issuer.set_publishing(ws, verify_url, status_url, did_web, False)
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
