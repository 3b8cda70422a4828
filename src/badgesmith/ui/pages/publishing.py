"""Settings ▸ Publishing: where the verification site lives, did:web, and the Publish button."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from badgesmith.core.services import issuer, publishing
from badgesmith.core.services.publishing import PublishResult
from badgesmith.ui import prefs
from badgesmith.ui.context import AppContext
from badgesmith.ui.dialogs.passphrase import with_passphrase
from badgesmith.ui.errors import ask, resolve_unsaved_edits
from badgesmith.ui.i18n import say
from badgesmith.ui.ops import Change, show_in
from badgesmith.ui.widgets.common import error_label, note, plain_label, set_error

if TYPE_CHECKING:
    from badgesmith.core.store.workspace import Workspace

PRIVACY = str(QT_TRANSLATE_NOOP("PublishingTab", "Learners' names, achievements and results become public at "
                                "these addresses, for anyone who finds them. Revoked credentials are removed the "
                                "next time you publish."))


def _folder_key(ctx: AppContext) -> str:
    """Each workspace publishes into its own folder: publishing another workspace's keys over a
    site would make its certificates fail."""
    digest = hashlib.sha256(str(Path(ctx.ws.folder).resolve()).encode()).hexdigest()[:16]
    return f"publish-{digest}"


def publish_folder(ctx: AppContext) -> str:
    return prefs.last_dir(_folder_key(ctx))


def choose_publish_folder(ctx: AppContext, parent: QWidget) -> bool:
    path = QFileDialog.getExistingDirectory(parent, QCoreApplication.translate("PublishingTab",
                                                                               "Publish into which folder?"),
                                            publish_folder(ctx) or str(Path.home()))
    if not path:
        return False
    prefs.remember_dir(_folder_key(ctx), path)
    return True


def publish_site(ctx: AppContext, parent: QWidget, done: Callable[[PublishResult], None],
                 error: Callable[[BaseException], None] | None = None) -> None:
    """Publish into this workspace's folder (asked for the first time), with the passphrase."""
    if not publish_folder(ctx) and not choose_publish_folder(ctx, parent):
        return
    folder = Path(publish_folder(ctx))

    def go(passphrase: str) -> None:
        ctx.ops.run(parent, lambda ws: publishing.publish(ws, folder, passphrase), done=done, error=error)

    with_passphrase(ctx, parent, go,
                    QCoreApplication.translate("PublishingTab", "Publishing signs the status list with your key."))


class PublishingTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        form = QFormLayout(self)
        form.addRow(note(self.tr("Publish writes one folder for your website: the verification page, your "
                                 "issuer profile, the status list that makes revocations visible and, if you use "
                                 "your domain, did.json. Upload the folder to any web host; README.txt in it says "
                                 "where each file goes.")))
        self.verify_url = QLineEdit()
        self.verify_url.setObjectName("verifyPageUrl")
        self.verify_url.setPlaceholderText("https://example.org/badges/verify.html")
        self.status_url = QLineEdit()
        self.status_url.setObjectName("statusListUrl")
        self.status_url.setPlaceholderText("https://example.org/badges/status/1")
        self.did_web = QLineEdit()
        self.did_web.setObjectName("didWeb")
        self.did_web.setPlaceholderText(self.tr("example.org, or user.github.io:badges (optional)"))
        self.publish_credentials = QCheckBox(self.tr("Publish each credential's JSON (credentials/<id>.json)"))
        self.publish_credentials.setObjectName("publishCredentials")
        form.addRow(self.tr("Verification page"), self.verify_url)
        form.addRow(note(self.tr("Each certificate's QR code opens this page; the certificate's code stays in the "
                                 "link's #fragment, which never reaches the server.")))
        form.addRow(self.tr("Status list"), self.status_url)
        form.addRow(note(self.tr("Put it in the same folder as the page (for example status/1 beside "
                                 "verify.html): the page then shows whether a certificate was revoked.")))
        form.addRow(self.tr("Your domain (did:web)"), self.did_web)
        form.addRow(note(self.tr("Leave empty if you have no domain: verifiers then know your key by its "
                                 "fingerprint (did:key). With your domain, credentials name it as the issuer and "
                                 "you upload did.json there; new keys are added to it and old ones kept, so older "
                                 "credentials still verify.")))
        form.addRow(self.publish_credentials)
        form.addRow(note(self.tr("{privacy} This gives LinkedIn and wallets a stable address for each "
                                 "credential.").format(privacy=self.tr(PRIVACY))))
        self.error = error_label()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("savePublishing")
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.error, 1)
        row.addStretch()
        row.addWidget(self.save_button)
        form.addRow(row)

        self.folder = plain_label(wrap=True)
        self.folder.setObjectName("publishFolder")
        choose = QPushButton(self.tr("Choose folder…"))
        choose.setObjectName("choosePublishFolder")
        choose.clicked.connect(self.choose_folder)
        self.publish_button = QPushButton(self.tr("Publish"))
        self.publish_button.setObjectName("publishButton")
        self.publish_button.clicked.connect(self.publish)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        folder_row.addWidget(self.publish_button)
        form.addRow(self.tr("Publish into"), folder_row)
        self.result: QLabel = plain_label(wrap=True)
        self.result.setObjectName("publishResult")
        form.addRow(self.result)
        self._show_folder()
        self.dirty = False
        for edit in (self.verify_url, self.status_url, self.did_web):
            edit.textChanged.connect(self._edited)
        self.publish_credentials.toggled.connect(self._edited)

    def _edited(self, *_: object) -> None:
        self.dirty = True

    def _show_folder(self) -> None:
        self.folder.setText(publish_folder(self.ctx) or self.tr("No folder chosen yet."))

    def reload(self) -> None:
        self._show_folder()
        info = self.ctx.ops.read(self, issuer.get_issuer)
        if info is None:
            return
        self.verify_url.setText(info.verify_page_url or "")
        self.status_url.setText(info.status_list_url or "")
        self.did_web.setText((info.did_web or "").removeprefix("did:web:"))
        self.publish_credentials.setChecked(info.publish_credentials)
        set_error(self.error, None)
        self.dirty = False

    def _save_work(self) -> Callable[[Workspace], issuer.IssuerInfo]:
        verify_url, status_url, did_web = self.verify_url.text(), self.status_url.text(), self.did_web.text()
        public = self.publish_credentials.isChecked()
        return lambda ws: issuer.set_publishing(ws, verify_url, status_url, did_web, public)

    def _saved(self, info: issuer.IssuerInfo) -> None:
        set_error(self.error, None)
        self.did_web.setText((info.did_web or "").removeprefix("did:web:"))
        self.dirty = False
        self.result.setText("\n".join([self.tr("Saved. Credentials issued from now on carry these addresses."),
                                       *map(say, publishing.address_warnings(info))]))

    def save(self, then: Callable[[], None] | None = None) -> None:
        if self.publish_credentials.isChecked() and not self._public_was_confirmed():
            return

        def done(info: issuer.IssuerInfo) -> None:
            self._saved(info)
            if then:
                then()

        self.ctx.ops.run(self, self._save_work(), changes=Change.ISSUER, done=done, error=show_in(self.error))

    def _public_was_confirmed(self) -> bool:
        info = self.ctx.ops.read(self, issuer.get_issuer)
        if info is not None and info.publish_credentials:
            return True
        answer = ask(self, self.tr("Publish credentials"),
                     self.tr("{privacy}\n\nPublish them?").format(privacy=self.tr(PRIVACY)))
        if answer != QMessageBox.StandardButton.Yes:
            self.publish_credentials.setChecked(False)
            return False
        return True

    def resolve_unsaved(self) -> bool:
        return not self.dirty or resolve_unsaved_edits(self, self.tr("The publishing settings"), self._save_now,
                                                       lambda: setattr(self, "dirty", False))

    def _save_now(self) -> bool:
        saved = self.ctx.ops.run_now(self, self._save_work(), changes=Change.ISSUER, error=show_in(self.error))
        if saved is not None:
            self._saved(saved)
        return saved is not None

    def choose_folder(self) -> None:
        if choose_publish_folder(self.ctx, self):
            self._show_folder()

    def publish(self) -> None:
        if self.dirty:  # publish what the form shows
            self.save(then=self.publish)
            return
        self.result.setText("")
        publish_site(self.ctx, self, done=self._published, error=self._failed)

    def _published(self, result: PublishResult) -> None:
        self._show_folder()
        # timed: a later publish from the Credentials page does not show here
        self.result.setText(f"{datetime.now():%H:%M}  " + "\n".join(result.lines()))

    def _failed(self, exc: BaseException) -> None:
        self.result.setText("")
        show_in(self.error)(exc)
