"""The achievement editor's "Endorsements" box: who endorses the achievement (OB 3.0
EndorsementCredentials), whether new credentials carry each one, and the request file to send an
employer or professional body, and adding what they sign (core/services/endorsements.py)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from badgesmith.core.services import achievements, endorsements
from badgesmith.core.services.endorsements import EARLIER, EXPIRED, EndorsementInfo
from badgesmith.ui import colours, prefs
from badgesmith.ui.context import AppContext
from badgesmith.ui.errors import ask, show_info
from badgesmith.ui.i18n import say
from badgesmith.ui.localized import date_text
from badgesmith.ui.models.table import Column, RowsModel
from badgesmith.ui.ops import Change
from badgesmith.ui.widgets.common import note, row_table

if TYPE_CHECKING:
    from badgesmith.core.store.workspace import Workspace

JSON_FILTER = "JSON (*.json);;All files (*)"  # i18n: a file filter's globs


# QCoreApplication.translate spelt out, not aliased: lupdate reads an alias `tr(context, text)` as
# self.tr(text, disambiguation) and files the message under no context, where it is never found.
def _status(e: EndorsementInfo) -> str:
    if e.status == EARLIER:
        return QCoreApplication.translate("EndorsementSection", "For version {number} (earlier)").format(
            number=e.version)
    if e.status == EXPIRED:
        return QCoreApplication.translate("EndorsementSection", "Expired")
    return QCoreApplication.translate("EndorsementSection", "Valid")


def columns() -> list[Column[EndorsementInfo]]:
    return [
        Column("endorser", QCoreApplication.translate("EndorsementSection", "Endorser"),
               lambda e: e.endorser_name, tooltip=lambda e: e.endorser_did),
        Column("comment", QCoreApplication.translate("EndorsementSection", "Comment"),
               lambda e: " ".join((e.comment or "").split()), tooltip=lambda e: e.comment),
        Column("until", QCoreApplication.translate("EndorsementSection", "Valid until"),
               lambda e: date_text(e.valid_until,
                                   QCoreApplication.translate("EndorsementSection", "no end date"))),
        Column("status", QCoreApplication.translate("EndorsementSection", "Status"), _status,
               tooltip=lambda e: say(e.sentence),
               foreground=lambda e: colours.GOOD if e.carried else colours.WARN),
    ]


class EndorsementSection(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Endorsements"))
        self.setObjectName("endorsementSection")
        self.ctx = ctx
        self.achievement_id: int | None = None  # None: not saved yet
        self.model: RowsModel[EndorsementInfo] = RowsModel(columns())
        self.table = row_table(self.model, "endorsementTable")
        self.table.setAccessibleName(self.tr("Endorsements"))
        self.table.setMinimumHeight(90)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.hint = note("")
        self.hint.setObjectName("endorsementHint")
        self.export = QPushButton(self.tr("Export endorsement request…"))
        self.export.setObjectName("exportEndorsementRequest")
        self.export.setToolTip(self.tr("A file with this version of the achievement, for an employer or professional "
                                       "body to sign in their Badgesmith"))
        self.export.clicked.connect(self.export_request)
        self.add = QPushButton(self.tr("Add endorsement…"))
        self.add.setObjectName("addEndorsement")
        self.add.clicked.connect(self.add_endorsement)
        self.remove = QPushButton(self.tr("Remove…"))
        self.remove.setObjectName("removeEndorsement")
        self.remove.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        for b in (self.export, self.add, self.remove):
            buttons.addWidget(b)
        buttons.addStretch()
        lay = QVBoxLayout(self)
        lay.addWidget(self.hint)
        lay.addWidget(self.table)
        lay.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.set_achievement(None)

    def set_achievement(self, achievement_id: int | None) -> None:
        self.achievement_id = achievement_id
        self.refresh()

    def refresh(self) -> None:
        aid = self.achievement_id
        rows = self.ctx.ops.read(self, lambda ws: endorsements.list_endorsements(ws, aid)) if aid is not None else []
        self.model.set_rows(rows or [])
        if aid is None:
            self.hint.setText(self.tr("Save the achievement first: an endorsement vouches for it as saved."))
        elif not rows:
            self.hint.setText(self.tr("No endorsements yet. Export a request and send it to an employer or a "
                                      "professional body; add the endorsement they sign and send back. Credentials "
                                      "issued afterwards carry it."))
        else:
            self.hint.setText(self.tr("Each endorsement vouches for one version: after a change that makes a new "
                                      "version, ask for a new endorsement. Credentials already issued keep theirs."))
        self._enable()

    def _enable(self) -> None:
        saved = self.achievement_id is not None
        self.export.setEnabled(saved)
        self.add.setEnabled(saved)
        self.remove.setEnabled(saved and bool(self.table.selectionModel().selectedRows()))

    def _name(self) -> str:
        aid = self.achievement_id
        detail = self.ctx.ops.read(self, lambda ws: achievements.get_achievement(ws, aid)) if aid is not None else None
        return detail.spec.name if detail is not None else ""

    def export_request(self) -> None:
        aid = self.achievement_id
        if aid is None:
            return
        stem = "".join("-" if c in '/\\:*?"<>|' else c for c in self._name()).strip(" .") or "achievement"
        default = Path(prefs.last_dir("endorsement", str(Path.home()))) / \
            self.tr("{achievement} - endorsement request.json", "a file name").format(achievement=stem)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export endorsement request"), str(default),
                                              JSON_FILTER)
        if not path:
            return
        prefs.set_last_dir("endorsement", path)
        self.ctx.ops.run(self, lambda ws: endorsements.export_request(ws, aid, Path(path)),
                         done=lambda out: show_info(self, self.tr(
                             "Wrote {file}. Send it to the employer or professional body: they sign it in their "
                             "Badgesmith (File ▸ Endorse an achievement…) and send you the endorsement to add here."
                         ).format(file=out)))

    def add_endorsement(self) -> None:
        aid = self.achievement_id
        if aid is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Add endorsement"),
                                              prefs.last_dir("endorsement", str(Path.home())), JSON_FILTER)
        if not path:
            return
        prefs.set_last_dir("endorsement", path)

        def added(info: EndorsementInfo) -> None:
            self.refresh()
            show_info(self, self.tr("Added the endorsement by {endorser}. {status}").format(
                endorser=info.endorser_name, status=say(info.sentence)))

        self.ctx.ops.run(self, lambda ws: endorsements.add_endorsement(ws, aid, Path(path)),
                         changes=Change.ACHIEVEMENTS, done=added)

    def remove_selected(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            return
        e = self.model.row_at(selected[0].row())
        sb = QMessageBox.StandardButton
        question = self.tr("Remove the endorsement by {endorser}? Credentials issued from now on no longer carry "
                           "it; those issued already keep it.").format(endorser=e.endorser_name)
        if ask(self, self.tr("Remove endorsement"), question, sb.Yes | sb.No, sb.No) != sb.Yes:
            return

        def remove(ws: Workspace) -> None:
            endorsements.remove_endorsement(ws, e.id)

        self.ctx.ops.run(self, remove, changes=Change.ACHIEVEMENTS, done=lambda _: self.refresh())
