"""The credential register: search and filter, details (JSON and certificate), revoke, exports."""

from __future__ import annotations

import json
from datetime import UTC, datetime, time
from pathlib import Path

from PySide6.QtCore import QDate, QItemSelectionModel, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
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

from badgesmith.ui import prefs
from badgesmith.ui.context import ACHIEVEMENTS, CREDENTIALS, AppContext
from badgesmith.ui.errors import show_error, show_info, user_message
from badgesmith.ui.models.credentials import STATUS_TEXT, CredentialsModel
from badgesmith.ui.pages.base import Page
from badgesmith.ui.widgets.common import heading, plain, row_table
from badgesmith.ui.widgets.pdf_preview import PdfPreview

STATUSES = (("All statuses", None), ("Active", "active"), ("Revoked", "revoked"), ("Expired", "expired"),
            ("Expiring within 60 days", "expiring"))


def _start(d: QDate) -> datetime:
    return datetime.combine(d.toPython(), time.min, UTC)


class CredentialsPage(Page):
    topics = frozenset({CREDENTIALS, ACHIEVEMENTS})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.search = QLineEdit()
        self.search.setObjectName("credentialSearch")
        self.search.setPlaceholderText("Search by learner name, e-mail or credential ID…")
        self.search.setClearButtonEnabled(True)
        self.achievement = QComboBox()
        self.achievement.setObjectName("credentialAchievement")
        self.status = QComboBox()
        self.status.setObjectName("credentialStatus")
        for label, key in STATUSES:
            self.status.addItem(label, key)
        self.use_dates = QCheckBox("Issued between")
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addYears(-1))
        self.date_to = QDateEdit(today)
        for d in (self.date_from, self.date_to):
            d.setCalendarPopup(True)
            d.setDisplayFormat("d MMM yyyy")
            d.setEnabled(False)
            d.dateChanged.connect(lambda _d: self.reload())
        self.use_dates.toggled.connect(lambda on: (self.date_from.setEnabled(on), self.date_to.setEnabled(on),
                                                   self.reload()))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.achievement.currentIndexChanged.connect(lambda _i: self.reload())
        self.status.currentIndexChanged.connect(lambda _i: self.reload())

        self.model = CredentialsModel(self)
        self.table = row_table(self.model, "credentialTable")
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, w in enumerate((175, 170, 95, 90, 80)):
            h.resizeSection(col, w)
        h.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.count = QLabel()
        self.count.setObjectName("credentialCount")
        self._pdf_gen = 0  # the certificate shown belongs to the newest selection only

        self.detail_title = plain(QLabel())
        self.detail_title.setObjectName("credentialTitle")
        self.detail_title.setWordWrap(True)
        self.status_line = plain(QLabel())
        self.status_line.setObjectName("credentialState")
        self.status_line.setWordWrap(True)
        self.tabs = QTabWidget()
        self.preview = PdfPreview("No certificate file for this credential.")
        self.preview.setObjectName("credentialPreview")
        self.json = QPlainTextEdit()
        self.json.setObjectName("credentialJson")
        self.json.setReadOnly(True)
        self.json.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.tabs.addTab(self.preview, "Certificate")
        self.tabs.addTab(self.json, "Credential (JSON)")
        self.revoke_button = QPushButton("Revoke…")
        self.revoke_button.setObjectName("revokeButton")
        self.revoke_button.clicked.connect(self.revoke)
        self.reinstate_button = QPushButton("Reinstate")
        self.reinstate_button.setObjectName("reinstateButton")
        self.reinstate_button.clicked.connect(self.reinstate)
        self.reexport_button = QPushButton("Re-export…")
        self.reexport_button.setObjectName("reexportButton")
        self.reexport_button.clicked.connect(self.reexport)
        status_list = QPushButton("Export status list…")
        status_list.setObjectName("exportStatusList")
        status_list.clicked.connect(self.export_status_list)
        verify_page = QPushButton("Export verify.html…")
        verify_page.setObjectName("exportVerifyPage")
        verify_page.clicked.connect(self.export_verify_page)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.achievement, 1)
        filters.addWidget(self.status)
        filters.addWidget(self.use_dates)
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel("and"))
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
        actions = QHBoxLayout()
        for b in (self.revoke_button, self.reinstate_button, self.reexport_button):
            actions.addWidget(b)
        actions.addStretch()
        rl.addLayout(actions)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([720, 500])
        top = QHBoxLayout()
        top.addWidget(heading("Credentials"))
        top.addStretch()
        top.addWidget(status_list)
        top.addWidget(verify_page)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(filters)
        lay.addWidget(split, 1)
        self._show_selected()

    # ---------------------------------------------------------------- data

    def refresh(self) -> None:
        from badgesmith.core.services import achievements

        keep = self.achievement.currentData()
        self.achievement.blockSignals(True)
        self.achievement.clear()
        self.achievement.addItem("All achievements", None)
        for a in achievements.list_achievements(self.ctx.ws):
            self.achievement.addItem(a.name, a.id)
        self.achievement.setCurrentIndex(max(0, self.achievement.findData(keep)))
        self.achievement.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        from badgesmith.core.services import register

        self._timer.stop()
        keep = self.selected_id()
        kwargs = {}
        if self.use_dates.isChecked():
            kwargs = {"issued_from": _start(self.date_from.date()), "issued_to": _start(self.date_to.date().addDays(1))}
        rows = register.list_credentials(self.ctx.ws, self.search.text(), self.status.currentData(),
                                         self.achievement.currentData(), limit=5000, **kwargs)
        self.model.set_rows(rows)
        total = register.count_credentials(self.ctx.ws)
        if not total:
            self.count.setText("No credentials issued yet: issue some on the Issue page.")
        else:
            self.count.setText(f"{len(rows):,} shown of {total:,} issued")
        row = next((i for i, r in enumerate(rows) if r.id == keep), 0 if rows else -1)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._show_selected()

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()).id if index.isValid() and index.row() < self.model.rowCount() else None

    def select_credential(self, credential_id: str) -> None:
        row = next(i for i, r in enumerate(self.model.rows()) if r.id == credential_id)
        self.table.selectRow(row)

    def _show_selected(self) -> None:
        from badgesmith.core.services import register

        cid = self.selected_id()
        for b in (self.revoke_button, self.reinstate_button, self.reexport_button):
            b.setEnabled(cid is not None)
        if cid is None:
            self._pdf_gen += 1
            self.detail_title.setText("")
            self.status_line.setText("")
            self.json.setPlainText("")
            self.preview.show_message("Select a credential to see it.")
            return
        d = register.get_credential(self.ctx.ws, cid)
        r = d.row
        self.detail_title.setText(f"{r.recipient_name} — {r.achievement_name}")
        state = STATUS_TEXT.get(r.status, r.status)
        if r.status == "revoked":
            when = f" on {d.revoked_at:%d %b %Y}" if d.revoked_at else ""
            state += f"{when}: {r.revocation_reason}"
        self.status_line.setText(f"Status: {state} · awarded {r.awarded_date:%d %b %Y}")
        self.revoke_button.setEnabled(r.status in ("active", "expired"))
        self.reinstate_button.setEnabled(r.status == "revoked")
        try:
            self.json.setPlainText(json.dumps(json.loads(d.signed_json), indent=2, ensure_ascii=False))
        except ValueError:
            self.json.setPlainText(d.signed_json)
        self._load_pdf(r.pdf_path)

    def _load_pdf(self, path: str | None) -> None:
        self._pdf_gen += 1  # a read still running for the previous selection must not show
        gen = self._pdf_gen
        if not path or not Path(path).is_file():
            self.preview.show_message("The certificate file is not where it was written; use Re-export to "
                                      "make a fresh copy.")
            return

        def read(_ctl):  # type: ignore[no-untyped-def]
            return Path(path).read_bytes()

        def done(pdf: bytes) -> None:
            if gen == self._pdf_gen:
                self.preview.set_pdf(pdf)

        def failed(exc: BaseException) -> None:
            if gen == self._pdf_gen:
                self.preview.show_message(user_message(exc))

        self.preview.show_message("Loading the certificate…")
        self.ctx.runner.run(read, done, failed, owner=self)

    # ---------------------------------------------------------------- actions

    def revoke(self) -> None:
        from badgesmith.ui.dialogs.revoke import RevokeDialog

        cid = self.selected_id()
        if cid is None:
            return
        row = self.model.row_at(self.table.currentIndex().row())
        dlg = RevokeDialog(self.ctx, cid, row.recipient_name, self)
        dlg.accepted.connect(lambda: self.ctx.notify(CREDENTIALS))
        dlg.open()

    def reinstate(self) -> None:
        from badgesmith.core.services import register
        from badgesmith.ui.dialogs.passphrase import with_passphrase
        from badgesmith.ui.errors import ask

        cid = self.selected_id()
        if cid is None:
            return
        row = self.model.row_at(self.table.currentIndex().row())
        sb = QMessageBox.StandardButton
        text = (f"Reinstate the credential of {row.recipient_name} ({row.achievement_name})? It was revoked "
                f"because: {row.revocation_reason or 'no reason recorded'}. Once reinstated it verifies as valid "
                "again.")
        if ask(self, "Reinstate credential", text, sb.Yes | sb.No, sb.No) != sb.Yes:
            return

        def go(passphrase: str) -> None:
            try:
                register.reinstate(self.ctx.ws, cid, passphrase)
            except Exception as exc:
                show_error(self, exc)
                return
            self.ctx.notify(CREDENTIALS)

        with_passphrase(self.ctx, self, go, "Reinstating needs your signing key's passphrase.")

    def reexport(self) -> None:
        from badgesmith.core.services import register
        from badgesmith.ui.dialogs.passphrase import with_passphrase

        cid = self.selected_id()
        if cid is None:
            return
        folder = QFileDialog.getExistingDirectory(self, "Re-export into folder", prefs.last_dir("export", str(Path.home())))
        if not folder:
            return
        prefs.remember_dir("export", folder)
        ws = self.ctx.ws

        def go(passphrase: str) -> None:
            self.ctx.runner.run(lambda _c: register.reexport(ws, cid, Path(folder), passphrase),
                                lambda paths: show_info(self, f"Written: {paths[0].name} and {paths[1].name} "
                                                              f"in {folder}."),
                                lambda e: show_error(self, e), owner=self)

        with_passphrase(self.ctx, self, go, "Re-exporting signs a fresh QR claim with your key.")

    def export_status_list(self) -> None:
        from badgesmith.core.services import register
        from badgesmith.ui.dialogs.passphrase import with_passphrase

        def go(passphrase: str) -> None:
            default = Path(prefs.last_dir("export", str(Path.home()))) / "status-list.json"
            path, _ = QFileDialog.getSaveFileName(self, "Export the status list", str(default), "JSON (*.json)")
            if not path:
                return
            try:
                out = register.export_status_list(self.ctx.ws, passphrase, Path(path))
            except Exception as exc:
                show_error(self, exc)
                return
            prefs.set_last_dir("export", path)
            show_info(self, f"Status list written to {out}. Publish it at your status list address.")

        with_passphrase(self.ctx, self, go, "The status list is signed with your key.")

    def export_verify_page(self) -> None:
        from badgesmith.core.services import register

        default = Path(prefs.last_dir("export", str(Path.home()))) / "verify.html"
        path, _ = QFileDialog.getSaveFileName(self, "Export the verification page", str(default), "Web page (*.html)")
        if not path:
            return
        try:
            out = register.export_verify_page(self.ctx.ws, Path(path))
        except Exception as exc:
            show_error(self, exc)
            return
        prefs.set_last_dir("export", path)
        show_info(self, f"Verification page written to {out}. Publish it at your verification page address, "
                        "or open it locally.")
