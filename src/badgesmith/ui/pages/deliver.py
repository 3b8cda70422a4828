"""Deliver: send each learner their credential by e-mail (or save drafts), see who got what."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from badgesmith.core.services import cohorts, delivery, issuer
from badgesmith.core.services.delivery import PACKAGES
from badgesmith.ui import prefs
from badgesmith.ui.context import AppContext
from badgesmith.ui.dialogs.mail_account import MailAccountDialog
from badgesmith.ui.dialogs.message_template import MessageTemplateDialog
from badgesmith.ui.dialogs.passphrase import with_passphrase
from badgesmith.ui.errors import ask, show_error, show_info
from badgesmith.ui.folders import open_folder
from badgesmith.ui.models.outbox import OutboxModel
from badgesmith.ui.ops import Change
from badgesmith.ui.pages.base import Page
from badgesmith.ui.pages.issue import default_output
from badgesmith.ui.widgets.common import heading, note, plain, row_table

if TYPE_CHECKING:
    from badgesmith.core.services.delivery import OutboxRow
    from badgesmith.core.store.workspace import Workspace
    from badgesmith.ui.tasks import TaskControl

KEY_REASON = str(QT_TRANSLATE_NOOP("DeliverPage", "Each learner's verification link is signed with your key."))


class DeliverPage(Page):
    rows_loaded = Signal()  # the outbox list is shown
    topics = Change.CREDENTIALS | Change.COHORTS | Change.DELIVERY | Change.ISSUER

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("deliverPage")
        self.last_summary: delivery.SendSummary | delivery.DeliverSummary | None = None
        self._rows_gen = 0
        self._cohort_names: dict[int, str] = {}
        lay = QVBoxLayout(self)
        lay.addWidget(heading(self.tr("Deliver")))
        lay.addWidget(note(self.tr("E-mail each learner their certificate (PDF), credential (JSON) and badge (PNG) "
                                   "through your own mail account, or save the messages as drafts to send from "
                                   "your mail program. Nobody is sent the same credential twice; revoked "
                                   "credentials are never sent.")))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Cohort")))
        self.cohort = QComboBox()
        self.cohort.setObjectName("deliverCohort")
        self.cohort.currentIndexChanged.connect(self.reload_rows)
        top.addWidget(self.cohort, 1)
        self.account_button = QPushButton(self.tr("Mail account…"))
        self.account_button.setObjectName("mailAccountButton")
        self.account_button.clicked.connect(self.edit_account)
        self.message_button = QPushButton(self.tr("Message…"))
        self.message_button.setObjectName("messageButton")
        self.message_button.clicked.connect(self.edit_message)
        top.addWidget(self.message_button)
        top.addWidget(self.account_button)
        lay.addLayout(top)
        self.account = plain(QLabel())
        self.account.setObjectName("accountSummary")
        lay.addWidget(self.account)
        self.model = OutboxModel(self)
        self.table = row_table(self.model, "outboxTable")
        self.table.setAccessibleName(self.tr("Outbox: who has been sent what"))
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(100)  # sized from the first rows: a big cohort stays quick
        for col, width in ((0, 240), (1, 260), (2, 190), (3, 130)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        header.setStretchLastSection(True)
        lay.addWidget(self.table, 1)
        self.counts = plain(QLabel())
        self.counts.setObjectName("deliverCounts")
        lay.addWidget(self.counts)
        bottom = QHBoxLayout()
        self.linkedin_button = QPushButton(self.tr("Copy LinkedIn link"))
        self.linkedin_button.setObjectName("copyLinkedIn")
        self.linkedin_button.clicked.connect(self.copy_linkedin)
        self.folder_button = QPushButton(self.tr("Open package folder"))
        self.folder_button.setObjectName("openPackage")
        self.folder_button.clicked.connect(self.open_package)
        self.drafts_button = QPushButton(self.tr("Save drafts instead…"))
        self.drafts_button.setObjectName("saveDrafts")
        self.drafts_button.clicked.connect(self.save_drafts)
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setObjectName("sendButton")
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.send)
        for b in (self.linkedin_button, self.folder_button):
            bottom.addWidget(b)
        bottom.addStretch(1)
        bottom.addWidget(self.drafts_button)
        bottom.addWidget(self.send_button)
        lay.addLayout(bottom)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

    # ---------------------------------------------------------------- data

    def refresh(self) -> None:
        keep = self.cohort.currentData()
        self.cohort.blockSignals(True)
        self.cohort.clear()
        found = self.ctx.ops.read(self, cohorts.list_cohorts) or []
        self._cohort_names = {c.id: c.name for c in found}
        for c in found:
            self.cohort.addItem(self.tr("{cohort}  (%n issued)", "", c.issued).format(cohort=c.name), c.id)
        if keep is None:  # first visit: a cohort that has something to deliver
            keep = next((c.id for c in found if c.issued), None)
        self.cohort.setCurrentIndex(max(0, self.cohort.findData(keep)))
        self.cohort.blockSignals(False)
        smtp = self.ctx.ops.read(self, delivery.get_smtp)
        self.account.setText(
            self.tr("Sending as {address} through {server}.").format(address=smtp.from_address,
                                                                     server=smtp.describe()) if smtp else
            self.tr("No mail account yet: set one up with “Mail account…”, or save drafts instead."))
        self.reload_rows()

    def reload_rows(self) -> None:
        """The outbox of the chosen cohort, read on the worker (a cohort may hold thousands); a
        list that arrives after the user picked another cohort is dropped."""
        cid = self.cohort.currentData()
        self._rows_gen += 1
        gen = self._rows_gen
        if cid is None:
            self._show_rows([])
            return

        def loaded(rows: list[OutboxRow]) -> None:
            if gen == self._rows_gen:
                self._show_rows(rows)

        self.ctx.ops.run(self, lambda ws: delivery.outbox(ws, cid), done=loaded)

    def _show_rows(self, rows: list[OutboxRow]) -> None:
        self.model.set_rows(rows)
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update_counts()
        self.rows_loaded.emit()

    def _todo(self) -> list[OutboxRow]:
        return [r for r in self.model.rows() if r.state != "sent" and r.address]

    def _update_counts(self) -> None:
        rows = self.model.rows()
        sent = sum(1 for r in rows if r.state == "sent")
        failed = sum(1 for r in rows if r.state == "failed")
        no_address = sum(1 for r in rows if not r.address)
        todo = len(self._todo())
        # one count each, listed: a language's plural forms differ from count to count
        parts = [self.tr("%n live credential(s)", "", len(rows)), self.tr("%n sent", "", sent),
                 self.tr("%n to send", "", todo)]
        if failed:
            parts.append(self.tr("%n failed (sent again with the rest)", "", failed))
        if no_address:
            parts.append(self.tr("%n without an e-mail address", "", no_address))
        self.counts.setText(" · ".join(parts) if rows else
                            self.tr("No live credentials in this cohort yet: issue them first."))
        self.send_button.setText(self.tr("Send to %n learner(s)", "", todo) if todo else self.tr("Send"))
        self.send_button.setEnabled(todo > 0)
        self.drafts_button.setEnabled(bool(rows))
        self._update_buttons()

    def _update_buttons(self, *_: object) -> None:
        selected = self._selected() is not None
        self.linkedin_button.setEnabled(selected)
        self.folder_button.setEnabled(selected)

    def _selected(self) -> OutboxRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_at(rows[0].row()) if rows else None

    def _cohort_name(self) -> str:
        return self._cohort_names.get(self.cohort.currentData(), "")

    def _out_dir(self) -> Path:
        saved = prefs.last_dir(prefs.cohort_key("deliver", self.ctx.ws.folder, self.cohort.currentData()))
        return Path(saved) if saved else default_output(self.ctx.ws.folder, self._cohort_name()) / PACKAGES

    # ---------------------------------------------------------------- actions

    def edit_account(self) -> None:
        MailAccountDialog(self.ctx, self).open()

    def edit_message(self) -> None:
        cid = self.cohort.currentData()
        info = self.ctx.ops.read(self, lambda ws: cohorts.get_cohort(ws, cid)) if cid is not None else None
        first = self.model.rows()[0].credential_id if self.model.rowCount() else None
        MessageTemplateDialog(self.ctx, info.achievement_id if info else None,
                              info.achievement_name if info else "", first, self).open()

    def send(self) -> None:
        if not self._todo():
            return
        if self.ctx.ops.read(self, delivery.get_smtp) is None:
            self.edit_account()
            return
        with_passphrase(self.ctx, self, self._send_with, self.tr(KEY_REASON))

    def _send_with(self, passphrase: str) -> None:
        cid = self.cohort.currentData()
        self.send_button.setEnabled(False)

        def work(ws: Workspace, ctl: TaskControl) -> delivery.SendSummary:
            return delivery.send(ws, cid, passphrase, progress=ctl.progress, cancel=ctl.cancelled)

        def done(summary: delivery.SendSummary) -> None:
            self.last_summary = summary
            if summary.stopped and not summary.sent:
                show_error(self, "\n".join(summary.lines()), self.tr("Nothing was sent"))
            else:
                show_info(self, "\n".join(summary.lines()),
                          self.tr("Sending finished") if summary.complete else self.tr("Sending stopped"))

        def failed(exc: BaseException) -> None:
            self._update_counts()
            self.ctx.ops.show_error(self, exc, self.tr("Sending failed"))

        label = self.tr("Sending to {cohort}…").format(cohort=self._cohort_name())
        self.ctx.ops.run_long(self, label, work, changes=Change.DELIVERY, done=done, error=failed)

    def save_drafts(self) -> None:
        start = self._out_dir()
        while not start.exists() and start != start.parent:  # the picker opens on a folder that exists
            start = start.parent
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save packages and drafts in"), str(start))
        if not folder:
            return
        sent = sum(1 for r in self.model.rows() if r.state == "sent")
        skip_sent = False
        if sent:
            sb = QMessageBox.StandardButton
            answer = ask(self, self.tr("Drafts"),
                         self.tr("%n of {total} learners were already e-mailed. Write drafts for them too? "
                                 "(Sending a draft would give them a second copy.)", "", sent).format(
                             total=self.model.rowCount()),
                         sb.Yes | sb.No | sb.Cancel, sb.No)
            if answer == sb.Cancel:
                return
            skip_sent = answer == sb.No
        with_passphrase(self.ctx, self, lambda pw: self._drafts_with(pw, Path(folder), skip_sent),
                        self.tr(KEY_REASON))

    def _drafts_with(self, passphrase: str, folder: Path, skip_sent: bool) -> None:
        cid = self.cohort.currentData()

        def work(ws: Workspace, ctl: TaskControl) -> delivery.DeliverSummary:
            return delivery.deliver(ws, cid, folder, passphrase, progress=ctl.progress, cancel=ctl.cancelled,
                                    skip_sent=skip_sent)

        def done(summary: delivery.DeliverSummary) -> None:
            self.last_summary = summary
            prefs.remember_dir(prefs.cohort_key("deliver", self.ctx.ws.folder, cid), folder)
            show_info(self, self.tr("{report}\n\nOpen each .eml file in your mail program to send it.").format(
                report="\n".join(summary.lines())), self.tr("Drafts saved"))

        self.ctx.ops.run_long(self, self.tr("Saving packages and drafts…"), work, changes=Change.DELIVERY, done=done)

    def copy_linkedin(self) -> None:
        row = self._selected()
        if row is None:
            return

        def then(passphrase: str | None) -> None:
            def done(url: str) -> None:
                QGuiApplication.clipboard().setText(url)
                show_info(self, self.tr("Copied {learner}'s LinkedIn link:\n{url}").format(learner=row.learner,
                                                                                       url=url),
                          self.tr("LinkedIn link"))

            self.ctx.ops.run(self, lambda ws: delivery.linkedin_link(ws, row.credential_id, passphrase), done=done)

        info = self.ctx.ops.read(self, issuer.get_issuer)
        if info is not None and info.verify_page_url:  # the link then carries a signed verification link
            with_passphrase(self.ctx, self, then, self.tr(KEY_REASON))
        else:
            then(None)

    def open_package(self) -> None:
        row = self._selected()
        if row is None:
            return
        out = self._out_dir()

        def then(passphrase: str) -> None:
            self.ctx.ops.run(self, lambda ws: delivery.package_folder(ws, row.credential_id, passphrase, out),
                             done=lambda folder: open_folder(self, folder))

        with_passphrase(self.ctx, self, then, self.tr(KEY_REASON))
