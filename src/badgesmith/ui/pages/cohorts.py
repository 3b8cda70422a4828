"""Cohorts & assessment: the cohorts, enrolment, and the keyboard-driven results grid."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from badgesmith.core.services import cohorts, removal
from badgesmith.core.services.assessment import export_results_csv
from badgesmith.core.services.cohorts import CohortInfo
from badgesmith.ui import colours, prefs
from badgesmith.ui.context import AppContext
from badgesmith.ui.dialogs.cohort import CohortDialog, EnrolDialog
from badgesmith.ui.dialogs.import_results import ImportResultsDialog
from badgesmith.ui.errors import ask, show_info
from badgesmith.ui.localized import date_text
from badgesmith.ui.models.grid import AssessmentGridModel
from badgesmith.ui.models.table import Column, RowsModel
from badgesmith.ui.ops import Change
from badgesmith.ui.pages.base import Page
from badgesmith.ui.widgets.common import (
    WrappingPanel,
    error_label,
    heading,
    note,
    plain,
    row_table,
    set_error,
)
from badgesmith.ui.widgets.grid_view import GridView
from badgesmith.ui.widgets.undo_bar import Undoable, UndoBar


def _dates(c: CohortInfo) -> str:
    if c.start_date and c.end_date and c.start_date != c.end_date:
        return QCoreApplication.translate("CohortsPage", "{start} – {end}").format(
            start=date_text(c.start_date), end=date_text(c.end_date))
    return date_text(c.start_date or c.end_date)


def columns() -> list[Column[CohortInfo]]:
    """The list's columns, in the language installed (so built with the page, not on import)."""
    return [
        Column("name", QCoreApplication.translate("CohortsPage", "Cohort"), lambda c: c.name,
               tooltip=lambda c: f"{c.achievement_name}\n{_dates(c)}"),
        Column("enrolled", QCoreApplication.translate("CohortsPage", "Learners"), lambda c: str(c.enrolled),
               align_right=True),
        Column("issued", QCoreApplication.translate("CohortsPage", "Issued", "column: how many credentials"),
               lambda c: str(c.issued), align_right=True),
    ]


SIZE_FROM_ROWS = 100
POLL_MS = 3000  # how often the shown grid asks whether someone else changed the cohort


class CohortsPage(Page):
    topics = Change.COHORTS | Change.LEARNERS | Change.ACHIEVEMENTS | Change.CREDENTIALS

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model: RowsModel[CohortInfo] = RowsModel(columns())
        self.list = row_table(self.model, "cohortList")
        self.list.setAccessibleName(self.tr("Cohorts"))
        self.list.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            self.list.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.list.selectionModel().currentRowChanged.connect(lambda cur, _p: self._select(cur.row()))
        new = QPushButton(self.tr("New cohort…"))
        new.setObjectName("newCohort")
        new.clicked.connect(self.new_cohort)
        self.enrol_button = QPushButton(self.tr("Enrol learners…"))
        self.enrol_button.setObjectName("enrolLearners")
        self.enrol_button.clicked.connect(self.enrol)
        self.import_button = QPushButton(self.tr("Import results…"))
        self.import_button.setObjectName("importResults")
        self.import_button.setToolTip(self.tr("Record results for this cohort from a CSV or Excel file"))
        self.import_button.clicked.connect(self.import_results)
        self.export_button = QPushButton(self.tr("Export results…"))
        self.export_button.setObjectName("exportResults")
        self.export_button.setToolTip(self.tr("Save this cohort's results as a CSV file (safe to open in a spreadsheet)"))
        self.export_button.clicked.connect(self.export_results)
        self.delete_button = QPushButton(self.tr("Delete cohort…"))
        self.delete_button.setObjectName("deleteCohort")
        self.delete_button.setToolTip(self.tr("Delete a cohort that has not issued any credential (undoable until "
                                              "you close Badgesmith)"))
        self.delete_button.clicked.connect(self.delete_cohort)
        self.remove_button = QPushButton(self.tr("Remove from cohort…"))
        self.remove_button.setObjectName("removeEnrolment")
        self.remove_button.setToolTip(self.tr("Take the selected learner out of this cohort, with their results "
                                              "here (undoable until you close Badgesmith)"))
        self.remove_button.clicked.connect(self.remove_enrolment)
        # Ctrl+Z and the Undo button above the grid undo typing; this bar puts back removals
        self.undo_bar = UndoBar(ctx.ops, Change.COHORTS | Change.RESULTS, self, shortcut=False,
                                button_text=self.tr("Put back"))
        left = WrappingPanel()  # in a splitter: its wrapped notes take room instead of squeezing
        ll = QVBoxLayout(left)
        ll.addWidget(heading(self.tr("Cohorts")))
        ll.addWidget(self.list, 1)
        self.empty = note(self.tr("No cohorts yet. A cohort is one run of a course or event: create one, then "
                                  "enrol learners and record their results."))
        ll.addWidget(self.empty)
        row = QHBoxLayout()
        row.addWidget(new)
        row.addWidget(self.enrol_button)
        ll.addLayout(row)
        ll.addWidget(self.delete_button)
        io_row = QHBoxLayout()
        io_row.addWidget(self.import_button)
        io_row.addWidget(self.export_button)
        ll.addLayout(io_row)

        self.grid_model = AssessmentGridModel(ctx.ops, self)
        self.grid_model.rejected.connect(self._rejected)
        self.grid_model.stale.connect(self._changed_meanwhile)
        self.grid_model.saved.connect(self._saved)
        self.grid_model.loaded.connect(self._grid_loaded)
        self.grid_model.refreshed.connect(self._grid_refreshed)
        self.grid_model.revisited.connect(self._go_to_cell)
        self.grid_model.modelAboutToBeReset.connect(self._remember_cell)
        self._kept_cell: tuple[int, int] | None = None  # (learner id, column) kept through a reload
        # other people's changes appear while the grid is shown (see AssessmentGridModel.poll)
        self.poll_timer = QTimer(self)
        self.poll_timer.setObjectName("gridPoll")
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self._poll)
        self.grid = GridView()
        # column widths from the first rows, not all of a large cohort (a full pass stalls the window)
        self.grid.horizontalHeader().setResizeContentsPrecision(SIZE_FROM_ROWS)
        self.grid.setObjectName("assessmentGrid")
        self.grid.setAccessibleName(self.tr("Assessment grid: learners by criteria"))
        self.grid.setModel(self.grid_model)
        self._refresh_after_edit = False
        self.grid.itemDelegate().closeEditor.connect(lambda *_: self._editor_closed())
        self.grid.freeze_first_column()  # the learners' names stay in view while scrolling sideways
        self.grid.verticalHeader().setDefaultSectionSize(26)
        # a few learners in view however little room there is (200 % scaling): the page scrolls instead
        self.grid.setMinimumHeight(self.grid.horizontalHeader().sizeHint().height() + 4 * 26 + 2 * self.grid.frameWidth()
                                   + self.grid.horizontalScrollBar().sizeHint().height())
        self.grid.setAlternatingRowColors(True)
        self.grid.horizontalHeader().setMinimumSectionSize(80)
        self.title = heading("")
        self.info = plain(QLabel())
        self.info.setObjectName("cohortInfo")
        self.info.setWordWrap(True)
        self.hint = note(self.tr("Type a value and press Tab (next criterion) or Enter (next learner); each cell is "
                                 "saved as you type. Hover a column heading to see what it accepts. "
                                 "Ctrl+Z undoes, Ctrl+Shift+Z redoes."))
        self.message = error_label()
        self.message.setObjectName("gridMessage")
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedLabel")
        colours.styled(self.saved_label, lambda: colours.css(colours.GOOD))
        stack = self.grid_model.undo_stack
        # no prefix: Qt's own "Undo %1" / "Redo %1" (from qtbase_<lang>) put the command's name where
        # the language wants it
        self.undo_action = stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = stack.createRedoAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for act in (self.undo_action, self.redo_action):
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(act)
        undo, redo = QToolButton(), QToolButton()
        undo.setDefaultAction(self.undo_action)
        redo.setDefaultAction(self.redo_action)
        undo.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        redo.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.eligible_label = QLabel()
        self.eligible_label.setObjectName("eligibleCount")
        tools = QHBoxLayout()
        tools.addWidget(undo)
        tools.addWidget(redo)
        tools.addWidget(self.saved_label)
        tools.addStretch()
        tools.addWidget(self.remove_button)
        tools.addWidget(self.eligible_label)
        right = WrappingPanel()
        rl = QVBoxLayout(right)
        rl.addWidget(self.title)
        rl.addWidget(self.info)
        rl.addWidget(self.hint)
        rl.addLayout(tools)
        rl.addWidget(self.undo_bar)
        rl.addWidget(self.grid, 1)
        rl.addWidget(self.message)
        rl.addWidget(self._evidence_panel())
        self._saved_timer = QTimer(self)
        self._saved_timer.setSingleShot(True)
        self._saved_timer.setInterval(2500)
        self._saved_timer.timeout.connect(lambda: self.saved_label.setText(""))
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([330, 900])
        QVBoxLayout(self).addWidget(split)
        self.current: CohortInfo | None = None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.poll_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.poll_timer.stop()

    def _poll(self) -> None:
        if self.grid.state() != QAbstractItemView.State.EditingState:  # never under a cell being typed in
            self.grid_model.poll()

    def _editor_closed(self) -> None:
        if self._refresh_after_edit:
            self._refresh_after_edit = False
            QTimer.singleShot(0, self._refresh_held_back)  # after the edit is committed

    def _refresh_held_back(self) -> None:
        """The refresh held back while a cell was being typed in: now, or when the page is next shown."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # (Page.ensure_fresh then refreshes)

    def _remember_cell(self) -> None:
        index = self.grid.currentIndex()
        rows = self.grid_model.rows
        self._kept_cell = ((rows[index.row()].learner.id, index.column())
                           if self.grid_model.reloading and index.isValid() and index.row() < len(rows) else None)

    def _grid_refreshed(self) -> None:
        self._count_eligible()
        self._fit_eligibility()

    def workspace_switched(self) -> None:
        self.current = None
        self.grid_model.load(None)
        self.undo_bar.forget()

    def refresh(self) -> None:
        if self.grid.state() == QAbstractItemView.State.EditingState:
            self._refresh_after_edit = True  # reloading now would close the editor under the typing
            return
        keep = self.current.id if self.current else None
        self.model.set_rows(self.ctx.ops.read(self, cohorts.list_cohorts) or [])
        rows = self.model.rows()
        self.empty.setVisible(not rows)
        self.enrol_button.setEnabled(bool(rows))
        self.import_button.setEnabled(bool(rows))
        self.export_button.setEnabled(bool(rows))
        self.remove_button.setEnabled(bool(rows))
        if not rows:
            self.current = None
            self.grid_model.load(None)
            self.title.setText(self.tr("Assessment"))
            self.info.setText("")
            self.eligible_label.setText("")
            return
        row = next((i for i, c in enumerate(rows) if c.id == keep), 0)
        self.list.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._select(row)

    def select_cohort(self, cohort_id: int) -> None:
        row = next(i for i, c in enumerate(self.model.rows()) if c.id == cohort_id)
        self.list.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def _select(self, row: int, *, anew: bool = False) -> None:
        """Show the cohort in ``row``. The one shown already is read again in place (a change
        announced by another page, or by another person on a shared workspace): the trainer keeps
        their cell and undo history. ``anew``: loaded afresh (after an import)."""
        if row < 0 or row >= self.model.rowCount():
            return
        c = self.model.row_at(row)
        self.current = c
        self.delete_button.setEnabled(not c.issued)
        self.delete_button.setToolTip(
            self.tr("Delete this cohort (undoable until you close Badgesmith)") if not c.issued else
            self.tr("This cohort issued credentials, which stay traceable to it: it cannot be deleted. Archive "
                    "its achievement to stop offering it."))
        self.title.setText(c.name)
        bits = [self.tr("Achievement: {achievement}").format(achievement=c.achievement_name), _dates(c)]
        if c.place:
            bits.append(c.place)
        if c.instructor:
            bits.append(self.tr("Instructor: {instructor}").format(instructor=c.instructor))
        self.info.setText(" · ".join(b for b in bits if b))
        if c.id == self.grid_model.cohort_id and not anew:
            self.grid_model.refresh()  # then _grid_refreshed, or _grid_loaded if learners or criteria changed
            return
        set_error(self.message, None)
        self.grid_model.load(c.id)  # then _grid_loaded

    def _grid_loaded(self) -> None:
        for col in range(self.grid_model.columnCount()):
            self.grid.setColumnHidden(col, False)  # hidden sections are by index: reset them
        h = self.grid.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # widths from the header texts, not by measuring every cell (a large cohort would stall)
        metrics = h.fontMetrics()
        h.resizeSection(0, 220)
        for col in range(1, self.grid_model.eligible_column):
            title = str(self.grid_model.headerData(col, Qt.Orientation.Horizontal))
            h.resizeSection(col, max(110, min(metrics.horizontalAdvance(title) + 28, 180)))
        # evidence is edited in the panel below the grid; eligibility takes the rest of the width
        self.grid.setColumnHidden(self.grid_model.note_column, True)
        self.grid.setColumnHidden(self.grid_model.url_column, True)
        h.setStretchLastSection(True)  # eligibility (the last shown) takes the rest of the width…
        self._fit_eligibility()
        self._count_eligible()
        # Enter goes to the next learner's first criterion; Tab wraps after the last one
        self.grid.entry_columns = (1, len(self.grid_model.criteria)) if self.grid_model.criteria else None
        kept, self._kept_cell = self._kept_cell, None
        if kept is not None:  # the same cohort read again (someone else changed its learners or criteria)
            row = next((i for i, r in enumerate(self.grid_model.rows) if r.learner.id == kept[0]), None)
            if row is not None and kept[1] < self.grid_model.columnCount():
                self.grid.setCurrentIndex(self.grid_model.index(row, kept[1]))
                return
        set_error(self.message, None)
        if self.grid_model.rowCount() and self.grid_model.criteria:
            self.grid.setCurrentIndex(self.grid_model.index(0, 1))

    def _fit_eligibility(self) -> None:
        """…or more, so that every reason is readable (the grid then scrolls sideways)."""
        col = self.grid_model.eligible_column
        if self.grid_model.rowCount():
            need = max(self.grid.sizeHintForColumn(col), 260)
            if self.grid.columnWidth(col) < need:
                self.grid.horizontalHeader().resizeSection(col, need)

    def _evidence_panel(self) -> QWidget:
        """Evidence for the learner in the current row; saved through the grid model (undoable)."""
        box = QGroupBox(self.tr("Evidence"))
        self.evidence_box = box
        form = QFormLayout(box)
        self.evidence_note = QLineEdit()
        self.evidence_note.setObjectName("evidenceNote")
        self.evidence_note.setPlaceholderText(self.tr("What the learner did, e.g. Calm and methodical in the CPR scenario"))
        self.evidence_url = QLineEdit()
        self.evidence_url.setObjectName("evidenceUrl")
        self.evidence_url.setPlaceholderText(self.tr("https://… link to a photo, video or document (optional)"))
        form.addRow(self.tr("Note"), self.evidence_note)
        form.addRow(self.tr("Link"), self.evidence_url)
        self.evidence_note.editingFinished.connect(lambda: self._save_evidence(self.grid_model.note_column,
                                                                               self.evidence_note))
        self.evidence_url.editingFinished.connect(lambda: self._save_evidence(self.grid_model.url_column,
                                                                              self.evidence_url))
        self.grid.selectionModel().currentRowChanged.connect(lambda *_: self._show_evidence())
        self.grid_model.dataChanged.connect(lambda *_: self._show_evidence())
        self.grid_model.modelReset.connect(self._show_evidence)
        return box

    def _show_evidence(self) -> None:
        row = self.grid.currentIndex().row()
        rows = self.grid_model.rows
        ok = 0 <= row < len(rows)
        self.evidence_box.setEnabled(ok)
        self.evidence_box.setTitle(self.tr("Evidence for {learner}").format(learner=rows[row].learner.name) if ok
                                   else self.tr("Evidence"))
        for edit, value in ((self.evidence_note, rows[row].note if ok else None),
                            (self.evidence_url, rows[row].url if ok else None)):
            if not edit.hasFocus():
                edit.setText(value or "")

    def _save_evidence(self, column: int, edit: QLineEdit) -> None:
        row = self.grid.currentIndex().row()
        if 0 <= row < self.grid_model.rowCount():
            self.grid_model.setData(self.grid_model.index(row, column), edit.text())

    def _count_eligible(self) -> None:
        rows = self.grid_model.rows
        n = sum(1 for r in rows if r.eligibility and r.eligibility.eligible)
        self.eligible_label.setText(self.tr("%n of {total} eligible", "", n).format(total=len(rows)) if rows else
                                    self.tr("No learners enrolled yet: use “Enrol learners…”."))

    def _go_to_cell(self, index: QModelIndex) -> None:
        if self.grid.state() != QAbstractItemView.State.EditingState:  # never under the trainer's typing
            self.grid.setCurrentIndex(index)
            self.grid.scrollTo(index)

    def _rejected(self, _text: str) -> None:
        set_error(self.message, self.grid_model.refusal_summary())

    def _changed_meanwhile(self, text: str) -> None:
        set_error(self.message, text)  # (until the next save: the grid shows their value meanwhile)

    def _saved(self) -> None:
        set_error(self.message, self.grid_model.refusal_summary())  # refused values stay said until fixed
        self.saved_label.setText(self.tr("✓ Saved"))
        self._saved_timer.start()
        self._count_eligible()
        self._fit_eligibility()

    def new_cohort(self) -> None:
        dlg = CohortDialog(self.ctx, self)

        def created() -> None:  # the dialog's operation announced it; show the new one
            if dlg.created is not None:
                self.current = dlg.created
                self.refresh()

        dlg.accepted.connect(created)
        dlg.open()

    def import_results(self) -> None:
        if self.current is None:
            return
        dlg = ImportResultsDialog(self.ctx, self.current, self)
        dlg.accepted.connect(lambda cid=self.current.id: self._results_imported(cid))
        dlg.open()

    def _results_imported(self, cohort_id: int) -> None:
        """Show what the import recorded; the undo history (pre-import values) no longer applies."""
        if self.current is None or self.current.id != cohort_id:
            return  # another cohort is shown: it loads fresh when selected
        row = next((i for i, c in enumerate(self.model.rows()) if c.id == cohort_id), -1)
        self._select(row, anew=True)  # reloads the grid (which clears the undo stack) and the eligible count

    def export_results(self) -> None:
        if self.current is None:
            return
        cohort = self.current
        suggested = str(Path(prefs.last_dir("export")) / self.tr("{cohort} results.csv").format(cohort=cohort.name))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export results"), suggested, self.tr("CSV files (*.csv)"))
        if not path:
            return
        prefs.set_last_dir("export", path)
        self.ctx.ops.run(self, lambda ws: export_results_csv(ws, cohort.id, Path(path)),
                         done=lambda out: show_info(self, self.tr("Results of {cohort} saved to {file}.").format(
                             cohort=cohort.name, file=out)))

    def delete_cohort(self) -> None:
        cohort = self.current
        if cohort is None:  # (one that issued has the button off; the service refuses it anyway)
            return
        sb = QMessageBox.StandardButton
        text = self.tr("Delete the cohort {cohort}, with its %n enrolment(s) and their results? The learners "
                       "stay. You can undo this until you close Badgesmith.", "", cohort.enrolled).format(cohort=cohort.name)
        if ask(self, self.tr("Delete cohort"), text, sb.Yes | sb.No, sb.No) != sb.Yes:
            return
        self.current = None
        self.ctx.ops.run(self, lambda ws: removal.delete_cohort(ws, cohort.id),
                         changes=Change.COHORTS | Change.RESULTS,
                         done=lambda removed: self.undo_bar.offer(Undoable.of(
                             removed, self.tr("Deleted the cohort {cohort}.").format(cohort=cohort.name),
                             self.tr("Undone: deleted the cohort {cohort}.").format(cohort=cohort.name))))

    def remove_enrolment(self) -> None:
        cohort, row = self.current, self.grid.currentIndex().row()
        if cohort is None or not 0 <= row < len(self.grid_model.rows):
            show_info(self, self.tr("Select a learner in the grid first."), self.tr("Remove from cohort"))
            return
        learner = self.grid_model.rows[row].learner
        if self.ctx.ops.read(self, lambda ws: removal.check_unenrol(ws, cohort.id, learner.id)) is None:
            return  # refused, and said why: nothing to confirm
        sb = QMessageBox.StandardButton
        text = self.tr("Remove {learner} from {cohort}, with their results and evidence in it? They stay in "
                       "your learners. You can undo this until you close Badgesmith.").format(
            learner=learner.name, cohort=cohort.name)
        if ask(self, self.tr("Remove from cohort"), text, sb.Yes | sb.No, sb.No) != sb.Yes:
            return
        names = {"learner": learner.name, "cohort": cohort.name}
        self.ctx.ops.run(self, lambda ws: removal.unenrol(ws, cohort.id, learner.id),
                         changes=Change.COHORTS | Change.RESULTS,
                         done=lambda removed: self.undo_bar.offer(Undoable.of(
                             removed, self.tr("Removed {learner} from {cohort}.").format(**names),
                             self.tr("Undone: removed {learner} from {cohort}.").format(**names))))

    def enrol(self) -> None:
        if self.current is None:
            return
        EnrolDialog(self.ctx, self.current, self).open()  # its operation announces the change
