"""Learners: a lazily fetched table, filter as you type, sort by first or last name, add/edit,
delete (undoable) or erase personal data, and the import wizard."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from badgesmith.core.services import (
    erasure,
    imported,
    learner_record,
    register,
    removal,
    transcripts,
)
from badgesmith.core.services.learners import LearnerInfo
from badgesmith.core.services.removal import Removed
from badgesmith.ui import prefs
from badgesmith.ui.context import AppContext
from badgesmith.ui.dialogs.erase_learner import EraseLearnerDialog
from badgesmith.ui.dialogs.import_learners import ImportLearnersWizard
from badgesmith.ui.dialogs.learner import LearnerDialog
from badgesmith.ui.dialogs.passphrase import with_passphrase
from badgesmith.ui.errors import ask, show_info
from badgesmith.ui.models.learners import LearnersModel
from badgesmith.ui.ops import Change
from badgesmith.ui.pages.base import Page
from badgesmith.ui.widgets.common import heading, row_table
from badgesmith.ui.widgets.undo_bar import Undoable, UndoBar

if TYPE_CHECKING:
    from badgesmith.core.store.workspace import Workspace

FILTER_DELAY_MS = 200


class LearnersPage(Page):
    topics = Change.LEARNERS

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = LearnersModel(ctx.ops, self)
        self.model.reloaded.connect(self._show_count)
        self.filter = QLineEdit()
        self.filter.setObjectName("learnerFilter")
        self.filter.setAccessibleName(self.tr("Find learners"))
        self.filter.setPlaceholderText(self.tr("Filter by name, e-mail or student number…"))
        self.filter.setClearButtonEnabled(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(FILTER_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.filter.textChanged.connect(lambda _t: self._debounce.start())
        self.sort = QComboBox()
        self.sort.setObjectName("learnerSort")
        self.sort.addItems([self.tr("Sort by first name"), self.tr("Sort by last name")])
        self.sort.setToolTip(self.tr("Last name: the last word of the name"))
        self.sort.currentIndexChanged.connect(self._sort_changed)
        self.count = QLabel()
        self.count.setObjectName("learnerCount")
        self.table = row_table(self.model, "learnerTable")
        self.table.setAccessibleName(self.tr("Learners"))
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(True)
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        h.resizeSection(1, 320)
        h.resizeSection(2, 160)
        self.table.doubleClicked.connect(lambda _i: self.edit_learner())
        add = QPushButton(self.tr("Add learner…"))
        add.setObjectName("addLearner")
        add.clicked.connect(self.add_learner)
        self.edit = QPushButton(self.tr("Edit…"))
        self.edit.setObjectName("editLearner")
        self.edit.clicked.connect(self.edit_learner)
        self.delete = QPushButton(self.tr("Delete…"))
        self.delete.setObjectName("deleteLearner")
        self.delete.setToolTip(self.tr("Delete a learner entered by mistake (not one who holds credentials; "
                                       "you can undo it until you close Badgesmith)"))
        self.delete.clicked.connect(self.delete_learner)
        self.erase = QPushButton(self.tr("Erase personal data…"))
        self.erase.setObjectName("eraseLearner")
        self.erase.setToolTip(self.tr("The right to erasure: the learner's data goes for good, their credentials "
                                      "stay verifiable and revocable"))
        self.erase.clicked.connect(self.erase_learner)
        self.record = QPushButton(self.tr("Learner record…"))
        self.record.setObjectName("learnerRecord")
        self.record.setToolTip(self.tr("Save the selected learner's whole record, signed: a PDF transcript (with a "
                                       "QR code and the record inside) or the CLR 2.0 file a wallet or employer "
                                       "reads"))
        self.record.clicked.connect(self.export_record)
        self.add_earned = QPushButton(self.tr("Credential from elsewhere…"))
        self.add_earned.setObjectName("addEarnedCredential")
        self.add_earned.setToolTip(self.tr("Add a credential the selected learner earned from an issuer you trust "
                                           "(its JSON or certificate PDF). It is verified first, and counts towards "
                                           "your pathways that name its achievement"))
        self.add_earned.clicked.connect(self.add_earned_credential)
        self.undo_bar = UndoBar(ctx.ops, Change.LEARNERS | Change.COHORTS | Change.RESULTS, self)
        export = QPushButton(self.tr("Export…"))
        export.setObjectName("exportLearners")
        export.setToolTip(self.tr("Save every learner as a CSV file, in your spreadsheet's format (safe to open)"))
        export.clicked.connect(self.export_learners)
        imp = QPushButton(self.tr("Import from file…"))
        imp.setObjectName("importLearners")
        imp.clicked.connect(self.import_learners)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Learners")))
        top.addStretch()
        top.addWidget(imp)
        top.addWidget(export)
        top.addWidget(add)
        top.addWidget(self.edit)
        top.addWidget(self.delete)
        top.addWidget(self.erase)
        top.addWidget(self.record)
        top.addWidget(self.add_earned)
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.sort)
        bar.addWidget(self.count)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(bar)
        lay.addWidget(self.undo_bar)
        lay.addWidget(self.table, 1)

    def refresh(self) -> None:
        self.apply_filter()

    def apply_filter(self) -> None:
        self._debounce.stop()
        self.model.reload(self.filter.text())  # then _show_count

    def _sort_changed(self, index: int) -> None:
        self.model.by_last_name = index == 1
        self.apply_filter()

    def workspace_switched(self) -> None:
        self.undo_bar.forget()

    def _show_count(self) -> None:
        total, search = self.model.total, self.model.search.strip()
        if total == 0 and not search:
            self.count.setText(self.tr("No learners yet: add one or import a spreadsheet."))
        elif search:
            self.count.setText(self.tr("%Ln matching", "learners found by the filter", total))
        else:
            self.count.setText(self.tr("%Ln learner(s)", "", total))

    def add_learner(self) -> None:
        LearnerDialog(self.ctx, None, self).open()  # its save announces the change

    def edit_learner(self) -> None:
        learner = self._current()
        if learner is not None:
            LearnerDialog(self.ctx, learner, self).open()

    def _current(self) -> LearnerInfo | None:
        index = self.table.currentIndex()
        return self.model.learner_at(index.row()) if index.isValid() else None

    def delete_learner(self) -> None:
        learner = self._current()
        if learner is None:
            return
        sb = QMessageBox.StandardButton
        text = self.tr("Delete {name}, with their enrolments and results? You can undo this until you close "
                       "Badgesmith.").format(name=learner.name)
        if ask(self, self.tr("Delete learner"), text, sb.Yes | sb.No, sb.No) != sb.Yes:
            return
        lid, name = learner.id, learner.name
        self.ctx.ops.run(self, lambda ws: removal.delete_learner(ws, lid),
                         changes=Change.LEARNERS | Change.COHORTS | Change.RESULTS,
                         done=lambda removed: self._removed(removed, name))

    def _removed(self, removed: Removed, name: str) -> None:
        self.undo_bar.offer(Undoable.of(removed, self.tr("Deleted {learner}.").format(learner=name),
                                        self.tr("Undone: deleted {learner}.").format(learner=name)))

    def erase_learner(self) -> None:
        learner = self._current()
        if learner is None:
            return
        lid = learner.id
        plan = self.ctx.ops.read(self, lambda ws: erasure.plan_erasure(ws, lid))
        if plan is not None:
            EraseLearnerDialog(self.ctx, plan, self).open()

    def export_learners(self) -> None:
        suggested = str(Path(prefs.last_dir("export")) / self.tr("learners.csv", "a file name"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export learners"), suggested, self.tr("CSV files (*.csv)"))
        if not path:
            return
        prefs.set_last_dir("export", path)
        self.ctx.ops.run(self, lambda ws: register.export_learners_csv(ws, Path(path)),
                         done=lambda out: show_info(self, self.tr("The learners were saved to {file}.").format(file=out)))

    def export_record(self) -> None:
        learner = self._current()
        if learner is None:
            show_info(self, self.tr("Select a learner first: their record holds every current credential they "
                                    "earned."))
            return
        folder = Path(prefs.last_dir("export"))
        pdf, clr_file = self.tr("PDF transcript (*.pdf)"), self.tr("CLR 2.0 learner record (*.json)")
        suggested = self.tr("{name} - record.pdf", "a file name").format(name=learner.name)
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Save {name}'s record").format(name=learner.name),
                                                   str(folder / suggested), f"{pdf};;{clr_file}")
        if not path:
            return
        prefs.set_last_dir("export", path)
        as_json = chosen == clr_file or path.lower().endswith(".json")
        lid, out = learner.id, Path(path)

        def go(passphrase: str) -> None:
            def work(ws: Workspace) -> Path:
                if as_json:
                    return learner_record.export_clr(ws, lid, passphrase, out)
                return transcripts.export_transcript(ws, lid, passphrase, out)

            self.ctx.ops.run(self, work, done=lambda saved: show_info(
                self, self.tr("{name}'s record was saved to {file}. It holds personal data: only you can read the "
                              "file until you share it.").format(name=learner.name, file=saved)))

        with_passphrase(self.ctx, self, go,
                        self.tr("A learner record is signed: it needs your signing key's passphrase."))

    def add_earned_credential(self) -> None:
        learner = self._current()
        if learner is None:
            show_info(self, self.tr("Select the learner who earned the credential first."))
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Add a credential {name} earned elsewhere").format(
                                                  name=learner.name),
                                              prefs.last_dir("import"), self.tr("Credentials (*.json *.pdf)"))
        if not path:
            return
        prefs.set_last_dir("import", path)
        lid = learner.id
        self.ctx.ops.run(self, lambda ws: imported.add_credential(ws, lid, Path(path)), done=lambda added: show_info(
            self, self.tr("Added {achievement} from {issuer} to {name}'s record: it counts towards your pathways "
                          "that name it.").format(achievement=added.achievement_name, issuer=added.issuer_name,
                                                  name=learner.name)))

    def import_learners(self) -> None:
        ImportLearnersWizard(self.ctx, self).open()
