"""Settings: certificate design, issuer profile, publishing, signing keys, trusted issuers, and on a
shared database the people who sign in."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from badgesmith.core.services import issuer
from badgesmith.core.services.issuer import KeyInfo, TrustedIssuerInfo
from badgesmith.ui import prefs
from badgesmith.ui.context import AppContext
from badgesmith.ui.dialogs.keys import ChangePassphraseDialog
from badgesmith.ui.dialogs.passphrase import with_passphrase
from badgesmith.ui.errors import ask, resolve_unsaved_edits, show_info
from badgesmith.ui.localized import date_text
from badgesmith.ui.models.table import Column, RowsModel
from badgesmith.ui.ops import Change, show_in
from badgesmith.ui.pages.base import Page
from badgesmith.ui.pages.language_tab import LanguageTab
from badgesmith.ui.pages.people_tab import PeopleTab
from badgesmith.ui.pages.publishing import PublishingTab
from badgesmith.ui.pages.template_editor import TemplateEditor
from badgesmith.ui.widgets.common import (
    error_label,
    heading,
    note,
    row_table,
    select_quietly,
    set_error,
)
from badgesmith.ui.widgets.country_box import CountryBox
from badgesmith.ui.widgets.image_picker import ImagePicker
from badgesmith.ui.widgets.language_box import language_box

if TYPE_CHECKING:
    from badgesmith.core.store.workspace import Workspace

KEY_STATUS = {"current": str(QT_TRANSLATE_NOOP("KeysTab", "Current (signs new credentials)")),
              "retired": str(QT_TRANSLATE_NOOP("KeysTab", "Retired (still verifies)"))}


def _key_status(k: KeyInfo) -> str:
    return QCoreApplication.translate("KeysTab", KEY_STATUS[k.status]) if k.status in KEY_STATUS else k.status


def key_columns() -> list[Column[KeyInfo]]:
    """The keys table's columns, in the language installed (built with the page, not on import)."""
    return [
        Column("status", QCoreApplication.translate("KeysTab", "Status"), _key_status),
        Column("fingerprint", QCoreApplication.translate("KeysTab", "Fingerprint"), lambda k: k.fingerprint),
        Column("created", QCoreApplication.translate("KeysTab", "Created"), lambda k: date_text(k.created_at)),
        Column("retired", QCoreApplication.translate("KeysTab", "Retired", "column: the day the key was retired"),
               lambda k: date_text(k.retired_at)),
        Column("did", QCoreApplication.translate("KeysTab", "Identifier (did:key)"), lambda k: k.did,
               tooltip=lambda k: k.did),
    ]


def trust_columns() -> list[Column[TrustedIssuerInfo]]:
    return [
        Column("name", QCoreApplication.translate("TrustTab", "Issuer"), lambda t: t.name),
        Column("fingerprint", QCoreApplication.translate("TrustTab", "Fingerprint"), lambda t: t.fingerprint),
        Column("url", QCoreApplication.translate("TrustTab", "Web address"), lambda t: t.url or ""),
        Column("did", QCoreApplication.translate("TrustTab", "Identifier (did:key)"), lambda t: t.did,
               tooltip=lambda t: t.did),
    ]


def _table(model: RowsModel, name: str) -> QTableView:  # type: ignore[type-arg]
    t = row_table(model, name)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    return t


class IssuerTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.name.setObjectName("profileName")
        self.url = QLineEdit()
        self.email = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(70)
        self.logo = ImagePicker("logo", 96)
        self.linkedin_id = QLineEdit()
        self.linkedin_id.setObjectName("linkedinOrgId")
        self.linkedin_id.setPlaceholderText(self.tr("e.g. 1337 (optional)"))
        form.addRow(self.tr("Name *"), self.name)
        form.addRow(self.tr("Web address"), self.url)
        form.addRow(self.tr("E-mail"), self.email)
        self.country = CountryBox("issuerCountry")
        self.region = QLineEdit()
        self.region.setObjectName("issuerRegion")
        self.region.setPlaceholderText(self.tr("e.g. Leinster, Bavaria (optional)"))
        form.addRow(self.tr("Country"), self.country)
        form.addRow(self.tr("Region"), self.region)
        form.addRow(note(self.tr("Credentials name the country (and region) you award from: an EU micro-credential "
                                 "needs it.")))
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Logo"), self.logo)
        self.language = language_box("issuerLanguage")
        form.addRow(self.tr("Language"), self.language)
        form.addRow(note(self.tr("Certificates, messages to learners and the verification page are in this language "
                                 "unless an achievement or a cohort chooses another.")))
        form.addRow(note(self.tr("Where certificates are checked online (the verification page, the status list, "
                                 "your domain) is set in the Publishing tab.")))
        form.addRow(self.tr("LinkedIn organisation id"), self.linkedin_id)
        form.addRow(note(self.tr("The number in your LinkedIn company page's admin address: learners' \"Add to "
                                 "profile\" links then show your organisation with its logo.")))
        self.error = error_label()
        save = QPushButton(self.tr("Save profile"))
        save.setObjectName("saveProfile")
        save.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.error, 1)
        row.addWidget(save)
        form.addRow(row)
        self.dirty = False
        for edit in (self.name, self.url, self.email, self.linkedin_id, self.region):
            edit.textChanged.connect(self._edited)
        self.country.currentIndexChanged.connect(self._edited)
        self.description.textChanged.connect(self._edited)
        self.logo.changed.connect(self._edited)
        self.language.currentIndexChanged.connect(self._edited)

    def _edited(self, *_: object) -> None:
        self.dirty = True

    def resolve_unsaved(self) -> bool:
        return not self.dirty or resolve_unsaved_edits(self, self.tr("The issuer profile"), self._save_now,
                                                       lambda: setattr(self, "dirty", False))

    def _save_now(self) -> bool:
        saved = self.ctx.ops.run_now(self, self._save_work(), changes=Change.ISSUER, error=show_in(self.error))
        return saved is not None and self._saved(announce=False)

    def reload(self) -> None:
        info = self.ctx.ops.read(self, issuer.get_issuer)
        if info is None:
            return
        self.name.setText(info.name)
        self.url.setText(info.url or "")
        self.email.setText(info.email or "")
        self.description.setPlainText(info.description or "")
        self.logo.set_data(info.logo, emit=False)
        self.linkedin_id.setText(info.linkedin_org_id or "")
        select_quietly(self.language, info.language)
        self.country.set_code(info.country)
        self.region.setText(info.region or "")
        set_error(self.error, None)
        self.dirty = False

    def _save_work(self) -> Callable[[Workspace], issuer.IssuerInfo]:
        name, url, email = self.name.text(), self.url.text(), self.email.text()
        description, logo = self.description.toPlainText().strip() or None, self.logo.data()
        linkedin, language = self.linkedin_id.text(), self.language.currentData()
        country, region = self.country.code(), self.region.text()
        return lambda ws: issuer.update_issuer(ws, name, url, email, description, logo, linkedin_org_id=linkedin,
                                               language=language, country=country, region=region)

    def save(self) -> None:
        self.ctx.ops.run(self, self._save_work(), changes=Change.ISSUER, done=lambda _: self._saved(),
                         error=show_in(self.error))

    def _saved(self, announce: bool = True) -> bool:
        set_error(self.error, None)
        self.dirty = False
        if announce:
            show_info(self, self.tr("The issuer profile is saved. Credentials issued from now on carry it."))
        return True


class KeysTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.model: RowsModel[KeyInfo] = RowsModel(key_columns())
        lay = QVBoxLayout(self)
        lay.addWidget(note(self.tr("Your signing key proves that credentials come from you. Retired keys are kept "
                                   "so that credentials signed with them still verify.")))
        keys = _table(self.model, "keysTable")
        keys.setAccessibleName(self.tr("Signing keys"))
        lay.addWidget(keys, 1)
        row = QHBoxLayout()
        for text, slot, name in ((self.tr("Back up key…"), self.export_backup, "exportKey"),
                                 (self.tr("Export issuer card…"), self.export_card, "exportCard"),
                                 (self.tr("Change passphrase…"), self.change_passphrase, "changePassphrase"),
                                 (self.tr("Rotate key…"), self.rotate, "rotateKey")):
            b = QPushButton(text)
            b.setObjectName(name)
            b.clicked.connect(slot)
            row.addWidget(b)
        row.addStretch()
        lay.addLayout(row)

    def reload(self) -> None:
        self.model.set_rows(self.ctx.ops.read(self, issuer.list_keys) or [])

    def export_backup(self) -> None:
        answer = QMessageBox.warning(
            self, self.tr("Back up the signing key"),
            self.tr("The backup file holds your signing key, encrypted with your passphrase.\n\n"
                    "Anyone who has this file AND your passphrase can issue credentials in your name. "
                    "Store it away from this computer (a USB stick in a drawer, your organisation's safe "
                    "storage), never next to the passphrase, and never e-mail it."),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Ok:
            return
        default = Path(prefs.last_dir("backup", str(Path.home()))) / "badgesmith-key-backup.json"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the key backup"), str(default),
                                              self.tr("Key backup (*.json)"))
        if not path:
            return

        def saved(out: Path) -> None:
            prefs.set_last_dir("backup", path)
            show_info(self, self.tr("Key backup saved to {path}. Keep it safe, away from this computer.").format(
                path=out))

        self.ctx.ops.run(self, lambda ws: issuer.export_key_backup(ws, Path(path)), done=saved)

    def export_card(self) -> None:
        def go(passphrase: str) -> None:
            default = Path(prefs.last_dir("export", str(Path.home()))) / "issuer-card.json"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the issuer card"), str(default),
                                                  self.tr("Issuer card (*.json)"))
            if not path:
                return

            def saved(out: Path) -> None:
                show_info(self, self.tr("Issuer card saved to {path}. Share it with anyone who should trust "
                                        "your credentials; it holds no secret.").format(path=out))

            self.ctx.ops.run(self, lambda ws: issuer.export_issuer_card(ws, passphrase, Path(path)), done=saved)

        with_passphrase(self.ctx, self, go)

    def change_passphrase(self) -> None:
        dlg = ChangePassphraseDialog(self.ctx, self)
        changed = self.tr("The passphrase is changed. Make a new key backup: older backups still need the old "
                          "passphrase.")
        dlg.accepted.connect(lambda: show_info(self, changed))
        dlg.open()

    def rotate(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Rotate the signing key"),
            self.tr("Make a new signing key and retire the current one? Credentials already issued still verify. "
                    "Publish your verification page and issuer card again afterwards."))
        if answer != QMessageBox.StandardButton.Yes:
            return

        def go(passphrase: str) -> None:
            # the Settings page reloads the keys (other tabs keep their unsaved edits)
            self.ctx.ops.run(self, lambda ws: issuer.rotate_key(ws, passphrase), changes=Change.ISSUER,
                             done=lambda _: show_info(self, self.tr("A new signing key is in use. Back it up "
                                                                    "now (Back up key…).")))

        with_passphrase(self.ctx, self, go)


class TrustTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.model: RowsModel[TrustedIssuerInfo] = RowsModel(trust_columns())
        lay = QVBoxLayout(self)
        lay.addWidget(note(self.tr("Credentials signed by these issuers verify as trusted. Import the issuer card "
                                   "they gave you (check its fingerprint with them).")))
        self.table = _table(self.model, "trustedTable")
        self.table.setAccessibleName(self.tr("Trusted issuers"))
        lay.addWidget(self.table, 1)
        self.empty = note(self.tr("No trusted issuers yet."))
        lay.addWidget(self.empty)
        row = QHBoxLayout()
        imp = QPushButton(self.tr("Import issuer card…"))
        imp.setObjectName("importCard")
        imp.clicked.connect(self.import_card)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self.remove)
        row.addWidget(imp)
        row.addWidget(remove)
        row.addStretch()
        lay.addLayout(row)

    def reload(self) -> None:
        self.model.set_rows(self.ctx.ops.read(self, issuer.list_trusted_issuers) or [])
        self.empty.setVisible(self.model.rowCount() == 0)

    def import_card(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import an issuer card"), prefs.last_dir("import"),
                                              self.tr("Issuer card (*.json);;All files (*)"))
        if not path:
            return

        def imported(info: TrustedIssuerInfo) -> None:
            show_info(self, self.tr("{name} is now trusted (key fingerprint {fingerprint}).").format(
                name=info.name, fingerprint=info.fingerprint))

        self.ctx.ops.run(self, lambda ws: issuer.import_trusted_issuer(ws, Path(path)), changes=Change.ISSUER,
                         done=imported)

    def remove(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        t = self.model.row_at(index.row())
        question = self.tr("Stop trusting {name}?").format(name=t.name)
        if ask(self, self.tr("Remove trusted issuer"), question) != QMessageBox.StandardButton.Yes:
            return
        self.ctx.ops.run(self, lambda ws: issuer.remove_trusted_issuer(ws, t.id), changes=Change.ISSUER)


class SettingsPage(Page):
    topics = Change.ACHIEVEMENTS | Change.ISSUER

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.design = TemplateEditor(ctx)
        self.issuer = IssuerTab(ctx)
        self.publishing = PublishingTab(ctx)
        self.keys = KeysTab(ctx)
        self.trust = TrustTab(ctx)
        self.tabs.addTab(self.design, self.tr("Certificate design"))
        self.tabs.addTab(self.issuer, self.tr("Issuer profile"))
        self.tabs.addTab(self.publishing, self.tr("Publishing"))
        self.tabs.addTab(self.keys, self.tr("Signing keys"))
        self.tabs.addTab(self.trust, self.tr("Trusted issuers"))
        self.language = LanguageTab()
        self.tabs.addTab(self.language, self.tr("Language"))
        self.people = PeopleTab(ctx)  # a shared database's people: shown only there
        self.tabs.setTabVisible(self.tabs.addTab(self.people, self.tr("People")), ctx.ws.is_shared)
        lay = QVBoxLayout(self)
        lay.addWidget(heading(self.tr("Settings")))
        lay.addWidget(self.tabs, 1)
        self._pending = self.topics  # what changed since the tabs were loaded
        self._tabs_stale: dict[str, str] = {}  # tab -> "reload" | "preview", done when the tab is shown
        self.tabs.currentChanged.connect(lambda _i: self._load_shown_tab())

    # Saving one tab must not wipe unsaved edits on another: each topic reloads only the tabs
    # that show it, and a tab with unsaved edits keeps them.

    def _on_changed(self, change: Change) -> None:
        self._pending |= change & self.topics
        super()._on_changed(change)

    def workspace_switched(self) -> None:
        self.tabs.setTabVisible(self.tabs.indexOf(self.people), self.ctx.ws.is_shared)
        self._pending = self.topics
        self.design._set_dirty(False)
        self.issuer.dirty = self.publishing.dirty = False

    def refresh(self) -> None:
        """Note which tabs the changes touch; load the one shown now, the others when shown
        (opening Settings then reads one tab's data, not four)."""
        pending, self._pending = self._pending, Change.NONE
        if pending & (Change.ACHIEVEMENTS | Change.ISSUER):
            # keeps the design being edited; else its wording follows the issuer's language, and
            # the sample shows the issuer's name and logo
            self._tabs_stale["design"] = "reload"
        if pending & Change.ISSUER:
            self._tabs_stale.update(issuer="reload", publishing="reload", keys="reload", trust="reload")
        self._load_shown_tab()

    def _load_shown_tab(self) -> None:
        tab = self.tabs.currentWidget()
        if tab is self.people:  # others add and remove people too: read afresh each time it is shown
            self.people.reload()
            return
        name = next((n for n, w in (("design", self.design), ("issuer", self.issuer),
                                    ("publishing", self.publishing), ("keys", self.keys), ("trust", self.trust))
                     if w is tab), None)
        what = self._tabs_stale.pop(name, None) if name else None
        if what is None:
            return
        if name == "design":
            if what == "reload":
                self.design.reload()
            else:
                self.design.render_preview()
        elif name == "issuer":
            if not self.issuer.dirty:
                self.issuer.reload()
        elif name == "publishing":
            if not self.publishing.dirty:
                self.publishing.reload()
        elif name == "keys":
            self.keys.reload()
        elif name == "trust":
            self.trust.reload()

    def has_unsaved_changes(self) -> bool:
        return self.design.has_unsaved_changes() or self.issuer.dirty or self.publishing.dirty

    def resolve_unsaved(self) -> bool:
        for tab in (self.design, self.issuer, self.publishing):
            if tab is self.design and not self.design.has_unsaved_changes():
                continue
            if tab in (self.issuer, self.publishing) and not tab.dirty:
                continue
            self.tabs.setCurrentWidget(tab)
            if not tab.resolve_unsaved():
                return False
        return True
