"""The credential register: search and filter, details (JSON and certificate), revoke, exports."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QItemSelectionModel, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from badgesmith.core.services import achievements, certificates, printouts, register
from badgesmith.core.services.publishing import PublishResult
from badgesmith.ui import prefs
from badgesmith.ui.context import AppContext
from badgesmith.ui.dialogs.passphrase import with_passphrase
from badgesmith.ui.dialogs.revoke import RevokeDialog
from badgesmith.ui.errors import ask, show_info
from badgesmith.ui.localized import date_text, number_text
from badgesmith.ui.models.credentials import CredentialsModel, status_text
from badgesmith.ui.ops import Change
from badgesmith.ui.pages.base import Page
from badgesmith.ui.pages.publishing import publish_site
from badgesmith.ui.printing import print_job
from badgesmith.ui.widgets.common import date_edit, heading, plain, row_table
from badgesmith.ui.widgets.pdf_preview import PdfPreview, RenderedPdf, render_pdf

if TYPE_CHECKING:
    from badgesmith.core.store.workspace import Workspace

def _start(d: QDate) -> datetime:
    return datetime(d.year(), d.month(), d.day(), tzinfo=UTC)


class CredentialsPage(Page):
    topics = Change.CREDENTIALS | Change.ACHIEVEMENTS

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.search = QLineEdit()
        self.search.setObjectName("credentialSearch")
        self.search.setAccessibleName(self.tr("Search credentials"))
        self.search.setPlaceholderText(self.tr("Search by learner name, e-mail or credential ID…"))
        self.search.setClearButtonEnabled(True)
        self.achievement = QComboBox()
        self.achievement.setObjectName("credentialAchievement")
        self.status = QComboBox()
        self.status.setObjectName("credentialStatus")
        self.status.addItem(self.tr("All statuses"), None)
        for key in ("active", "revoked", "expired"):
            self.status.addItem(status_text(key), key)
        self.status.addItem(self.tr("Expiring within %n day(s)", "", register.EXPIRING_DAYS), "expiring")
        self.status.addItem(self.tr("Needs review"), "review")
        self.use_dates = QCheckBox(self.tr("Issued between"))
        today = QDate.currentDate()
        self.date_from = date_edit(today.addYears(-1), "credentialsFrom")
        self.date_to = date_edit(today, "credentialsTo")
        for d in (self.date_from, self.date_to):
            d.setEnabled(False)
            d.dateChanged.connect(lambda _d: self.reload())
        self.use_dates.toggled.connect(self._use_dates)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.achievement.currentIndexChanged.connect(lambda _i: self.reload())
        self.status.currentIndexChanged.connect(lambda _i: self.reload())

        self.model = CredentialsModel(self)
        self.table = row_table(self.model, "credentialTable")
        self.table.setAccessibleName(self.tr("Issued credentials"))
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Status wide enough for "Active — needs review", the flag a trainer must not miss
        for col, w in enumerate((150, 160, 95, 90, 140)):
            h.resizeSection(col, w)
        h.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # to print several
        self.count = QLabel()
        self.count.setObjectName("credentialCount")
        self._pdf_gen = 0  # the certificate shown belongs to the newest selection only
        self._pending_pdf: tuple[str, str | None] = ("", None)  # the selection's credential and file
        self._list_gen = 0  # likewise the list: the newest search wins

        self.detail_title = plain(QLabel())
        self.detail_title.setObjectName("credentialTitle")
        self.detail_title.setWordWrap(True)
        self.status_line = plain(QLabel())
        self.status_line.setObjectName("credentialState")
        self.status_line.setWordWrap(True)
        self.tabs = QTabWidget()
        self.preview = PdfPreview(self.tr("No certificate file for this credential."))
        self.preview.setObjectName("credentialPreview")
        self.preview_note = plain(QLabel(self.tr("The certificate as issued. Unlock the signing key to see it as "
                                                 "Re-export writes it now.")))
        self.preview_note.setObjectName("credentialPreviewNote")
        self.preview_note.setWordWrap(True)
        self.preview_note.hide()
        # with the key unlocked the preview is rendered afresh (a key derivation each time): only
        # once the selection rests, so arrowing through the list does not queue up work
        self._pdf_timer = QTimer(self)
        self._pdf_timer.setSingleShot(True)
        self._pdf_timer.setInterval(250)
        self._pdf_timer.timeout.connect(self._render_pdf)
        self.json = QPlainTextEdit()
        self.json.setObjectName("credentialJson")
        self.json.setAccessibleName(self.tr("The credential as signed (JSON)"))
        self.json.setReadOnly(True)
        self.json.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.tabs.addTab(self.preview, self.tr("Certificate"))
        self.tabs.addTab(self.json, self.tr("Credential (JSON)"))
        self.revoke_button = QPushButton(self.tr("Revoke…"))
        self.revoke_button.setObjectName("revokeButton")
        self.revoke_button.clicked.connect(self.revoke)
        self.reinstate_button = QPushButton(self.tr("Reinstate"))
        self.reinstate_button.setObjectName("reinstateButton")
        self.reinstate_button.clicked.connect(self.reinstate)
        self.keep_button = QPushButton(self.tr("Keep after review"))
        self.keep_button.setObjectName("keepButton")
        self.keep_button.setToolTip(self.tr("You looked at this flagged credential and keep it as it is: the flag "
                                            "goes, and the audit log records your decision"))
        self.keep_button.clicked.connect(self.keep)
        self.keep_button.setEnabled(False)
        self.reexport_button = QPushButton(self.tr("Re-export…"))
        self.reexport_button.setObjectName("reexportButton")
        self.reexport_button.clicked.connect(self.reexport)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("printButton")
        self.print_button.setToolTip(self.tr("Print the selected certificates (Ctrl+click selects several); "
                                             "revoked ones are never printed"))
        self.print_button.clicked.connect(self.print_selected)
        self.publish_button = QPushButton(self.tr("Publish site…"))
        self.publish_button.setObjectName("publishSite")
        self.publish_button.setToolTip(self.tr("Write the verification page, status lists and issuer profile into "
                                               "your publishing folder (Settings ▸ Publishing), to upload after a "
                                               "revocation."))
        self.publish_button.clicked.connect(self.publish)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.achievement, 1)
        filters.addWidget(self.status)
        filters.addWidget(self.use_dates)
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(self.tr("and", "issued between one date and another")))
        filters.addWidget(self.date_to)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.table, 1)
        ll.addWidget(self.count)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.detail_title)
        rl.addWidget(self.status_line)
        rl.addWidget(self.tabs, 1)
        rl.addWidget(self.preview_note)
        actions = QHBoxLayout()
        for b in (self.revoke_button, self.reinstate_button, self.keep_button, self.reexport_button,
                  self.print_button):
            actions.addWidget(b)
        actions.addStretch()
        rl.addLayout(actions)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([720, 500])
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Credentials")))
        top.addStretch()
        top.addWidget(self.publish_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(filters)
        lay.addWidget(split, 1)
        self._show_selected()

    # ---------------------------------------------------------------- data

    def refresh(self) -> None:
        keep = self.achievement.currentData()
        self.achievement.blockSignals(True)
        self.achievement.clear()
        self.achievement.addItem(self.tr("All achievements"), None)
        for a in self.ctx.ops.read(self, lambda ws: achievements.list_achievements(ws, include_archived=True)) or []:
            self.achievement.addItem(a.name, a.id)
        self.achievement.setCurrentIndex(max(0, self.achievement.findData(keep)))
        self.achievement.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        """Search on the worker (a register of many thousands takes a moment); a result that
        arrives after the user typed on is dropped."""
        self._timer.stop()
        self._list_gen += 1
        gen = self._list_gen
        keep = self.selected_id()
        text, status, achievement = self.search.text(), self.status.currentData(), self.achievement.currentData()
        dated = self.use_dates.isChecked()
        issued_from = _start(self.date_from.date()) if dated else None
        issued_to = _start(self.date_to.date().addDays(1)) if dated else None

        def search(ws: Workspace) -> tuple[list[register.CredentialRow], int]:
            rows = register.list_credentials(ws, text, status, achievement, issued_from=issued_from,
                                             issued_to=issued_to, limit=5000)
            return rows, register.count_credentials(ws)

        def found(result: tuple[list[register.CredentialRow], int]) -> None:
            if gen == self._list_gen:
                self._show_rows(*result, keep)

        self.ctx.ops.run(self, search, done=found)

    def _show_rows(self, rows: list[register.CredentialRow], total: int, keep: str | None) -> None:
        self.model.set_rows(rows)
        if not total:
            self.count.setText(self.tr("No credentials issued yet: issue some on the Issue page."))
        else:
            self.count.setText(self.tr("{shown} shown of {total} issued").format(shown=number_text(len(rows)),
                                                                               total=number_text(total)))
        row = next((i for i, r in enumerate(rows) if r.id == keep), 0 if rows else -1)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._show_selected()

    def show_only(self, status: str) -> None:
        """Every credential of one status (e.g. "expiring"): the other filters are cleared."""
        widgets = (self.search, self.achievement, self.status, self.use_dates)
        for w in widgets:
            w.blockSignals(True)
        self.search.clear()
        self.achievement.setCurrentIndex(0)
        self.status.setCurrentIndex(max(0, self.status.findData(status)))
        self.use_dates.setChecked(False)
        self.date_from.setEnabled(False)
        self.date_to.setEnabled(False)
        for w in widgets:
            w.blockSignals(False)
        self.reload()

    def _use_dates(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.reload()

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()).id if index.isValid() and index.row() < self.model.rowCount() else None

    def select_credential(self, credential_id: str) -> None:
        row = next(i for i, r in enumerate(self.model.rows()) if r.id == credential_id)
        self.table.selectRow(row)

    def _show_selected(self) -> None:
        cid = self.selected_id()
        for b in (self.revoke_button, self.reinstate_button, self.reexport_button, self.print_button):
            b.setEnabled(cid is not None)
        self.keep_button.setEnabled(False)
        if cid is None:
            self._pdf_gen += 1
            self._pdf_timer.stop()
            self.preview_note.hide()
            self.detail_title.setText("")
            self.status_line.setText("")
            self.json.setPlainText("")
            self.preview.show_message(self.tr("Select a credential to see it."))
            return
        d = self.ctx.ops.read(self, lambda ws: register.get_credential(ws, cid))
        if d is None:
            return
        r = d.row
        self.detail_title.setText(f"{r.recipient_name} — {r.achievement_name}")
        state = status_text(r.status)
        if r.status == "revoked" and d.revoked_at:
            state = self.tr("{status} on {date}: {reason}").format(status=state, date=date_text(d.revoked_at),
                                                                   reason=r.revocation_reason)
        elif r.status == "revoked":
            state = self.tr("{status}: {reason}").format(status=state, reason=r.revocation_reason)
        lines = [self.tr("Status: {status} · awarded {date}").format(status=state, date=date_text(r.awarded_date))]
        if r.review:
            lines.append(self.tr("Needs review: {reason}").format(reason=r.review))
        self.status_line.setText("\n".join(lines))
        self.keep_button.setEnabled(bool(r.review))
        self.revoke_button.setEnabled(r.status in ("active", "expired"))
        self.reinstate_button.setEnabled(r.status == "revoked")
        if r.erased:  # nothing with a name is kept: no certificate to draw, print or re-export
            self.reexport_button.setEnabled(False)
            self.print_button.setEnabled(len(self.table.selectionModel().selectedRows()) > 1)
        try:
            self.json.setPlainText(json.dumps(json.loads(d.signed_json), indent=2, ensure_ascii=False))
        except ValueError:
            self.json.setPlainText(d.signed_json)
        if r.erased:
            self.preview.show_message(self.tr("The learner's personal data was erased: no certificate is kept. "
                                              "The credential can still be verified and revoked."))
            return
        self._load_pdf(r.id, r.pdf_path)

    def _load_pdf(self, credential_id: str, path: str | None) -> None:
        """The certificate as Re-export writes it (certificates.render_existing, the very function)
        when the key is unlocked; the issued file otherwise (it needs no key)."""
        self._pdf_gen += 1  # a read still running for the previous selection must not show
        self._pdf_timer.stop()
        self._pending_pdf = (credential_id, path)
        self.preview_note.setVisible(not self.ctx.unlocked)
        if self.ctx.unlocked:
            self.preview.show_message(self.tr("Loading the certificate…"))
            self._pdf_timer.start()
        else:
            self._render_pdf()

    def _render_pdf(self) -> None:
        gen = self._pdf_gen
        credential_id, path = self._pending_pdf
        passphrase = self.ctx.passphrase
        if passphrase is None and not path:  # e.g. its learner's personal data was erased
            self.preview.show_message(self.tr("No certificate file is kept for this credential."))
            return
        if passphrase is None and not Path(path or "").is_file():
            self.preview.show_message(self.tr("The certificate file is not where it was written; use Re-export "
                                              "to make a fresh copy."))
            return

        def load(ws: Workspace) -> RenderedPdf:
            if passphrase is not None:
                return render_pdf(certificates.render_existing(ws, credential_id, passphrase)[0])
            return render_pdf(Path(path or "").read_bytes())

        def done(rendered: RenderedPdf) -> None:
            if gen == self._pdf_gen:
                self.preview.show_rendered(rendered)

        def failed(exc: BaseException) -> None:
            if gen == self._pdf_gen:
                self.preview.show_message(self.ctx.ops.message(exc))

        self.preview.show_message(self.tr("Loading the certificate…"))
        self.ctx.ops.run(self, load, done=done, error=failed)

    # ---------------------------------------------------------------- actions

    def revoke(self) -> None:
        cid = self.selected_id()
        if cid is None:
            return
        row = self.model.row_at(self.table.currentIndex().row())
        RevokeDialog(self.ctx, cid, row.recipient_name, self).open()

    def keep(self) -> None:
        cid = self.selected_id()
        if cid is None:
            return
        row = self.model.row_at(self.table.currentIndex().row())
        sb = QMessageBox.StandardButton
        text = self.tr("Keep {learner}'s {achievement} as it is? It stays valid, the review mark goes, and the "
                       "audit log records your decision. (To withdraw it instead, use Revoke….)").format(
            learner=row.recipient_name, achievement=row.achievement_name)
        if ask(self, self.tr("Keep after review"), text, sb.Yes | sb.No, sb.No) != sb.Yes:
            return
        self.ctx.ops.run(self, lambda ws: register.keep_after_review(ws, cid), changes=Change.CREDENTIALS)

    def reinstate(self) -> None:
        cid = self.selected_id()
        if cid is None:
            return
        row = self.model.row_at(self.table.currentIndex().row())
        sb = QMessageBox.StandardButton
        text = self.tr("Reinstate the credential of {learner} ({achievement})? It was revoked because: {reason}. "
                       "Once reinstated it verifies as valid again.").format(
            learner=row.recipient_name, achievement=row.achievement_name,
            reason=row.revocation_reason or self.tr("no reason recorded"))
        if ask(self, self.tr("Reinstate credential"), text, sb.Yes | sb.No, sb.No) != sb.Yes:
            return

        def go(passphrase: str) -> None:
            self.ctx.ops.run(self, lambda ws: register.reinstate(ws, cid, passphrase), changes=Change.CREDENTIALS)

        with_passphrase(self.ctx, self, go, self.tr("Reinstating needs your signing key's passphrase."))

    def reexport(self) -> None:
        cid = self.selected_id()
        if cid is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Re-export into folder"),
                                                  prefs.last_dir("export", str(Path.home())))
        if not folder:
            return
        prefs.remember_dir("export", folder)

        def written(paths: tuple[Path, Path]) -> None:
            show_info(self, self.tr("Written: {first} and {second} in {folder}.").format(
                first=paths[0].name, second=paths[1].name, folder=folder))

        def go(passphrase: str) -> None:
            self.ctx.ops.run(self, lambda ws: register.reexport(ws, cid, Path(folder), passphrase), done=written)

        with_passphrase(self.ctx, self, go, self.tr("Re-exporting signs a fresh QR claim with your key."))

    def print_selected(self) -> None:
        """Print every selected certificate, in the list's order (the core leaves revoked ones out)."""
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        ids = [self.model.row_at(r).id for r in rows if r < self.model.rowCount()]
        if not ids:
            return
        self.ctx.ops.run(self, lambda ws: printouts.certificates_to_print(ws, ids),
                         done=lambda job: print_job(self.ctx, self, job))

    def publish(self) -> None:
        def published(result: PublishResult) -> None:
            show_info(self, self.tr("{report}\n\nUpload what changed to your website.").format(
                report="\n".join(result.lines())))

        publish_site(self.ctx, self, done=published)
