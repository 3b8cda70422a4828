"""Achievements: the list, and the editor with inline validation and issued counts per version."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from badgesmith.core.services import achievements, removal
from badgesmith.core.services.achievements import (
    AchievementDetail,
    AchievementSpec,
    AchievementSummary,
    CriterionSpec,
    validate_spec,
)
from badgesmith.ui.context import AppContext
from badgesmith.ui.errors import ask, resolve_unsaved_edits
from badgesmith.ui.models.table import Column, RowsModel
from badgesmith.ui.ops import Change, show_in
from badgesmith.ui.pages.achievement_editor import AchievementForm, SpecInputError
from badgesmith.ui.pages.base import Page
from badgesmith.ui.pages.endorsement_section import EndorsementSection
from badgesmith.ui.pages.eu_section import EuSection
from badgesmith.ui.pages.pathway_section import PathwaySection
from badgesmith.ui.role_guard import refused_action
from badgesmith.ui.widgets.common import error_label, heading, note, plain, row_table, set_error
from badgesmith.ui.widgets.undo_bar import Undoable, UndoBar

if TYPE_CHECKING:
    from badgesmith.core.store.workspace import Workspace


def _list_name(a: AchievementSummary) -> str:
    if a.pathway and a.archived:
        return QCoreApplication.translate("AchievementsPage", "{name} (pathway) (archived)").format(name=a.name)
    if a.pathway:
        return QCoreApplication.translate("AchievementsPage", "{name} (pathway)").format(name=a.name)
    if a.archived:
        return QCoreApplication.translate("AchievementsPage", "{name} (archived)").format(name=a.name)
    return a.name


def _version(a: AchievementSummary) -> str:
    return QCoreApplication.translate("AchievementsPage", "v{number}").format(number=a.version)


def columns() -> list[Column[AchievementSummary]]:
    """The list's columns, in the language installed (so built with the page, not on import)."""
    return [
        Column("name", QCoreApplication.translate("AchievementsPage", "Achievement"), _list_name),
        Column("version", QCoreApplication.translate("AchievementsPage", "Version"), _version, align_right=True),
        Column("issued", QCoreApplication.translate("AchievementsPage", "Issued", "column: how many credentials"),
               lambda a: str(a.credentials_issued),
               align_right=True),
    ]


def new_spec() -> AchievementSpec:
    # the first criterion's name is the trainer's to change: it starts in their language
    return AchievementSpec(name="", criteria=(
        CriterionSpec(QCoreApplication.translate("AchievementsPage", "Attendance"), "status"),))


class AchievementsPage(Page):
    topics = Change.ACHIEVEMENTS | Change.CREDENTIALS | Change.COHORTS | Change.ISSUER  # the EU check reads the issuer

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.current_id: int | None = None
        self.model: RowsModel[AchievementSummary] = RowsModel(columns())
        self.list = row_table(self.model, "achievementList")
        self.list.setAccessibleName(self.tr("Achievements"))
        h = self.list.horizontalHeader()
        h.setStretchLastSection(False)
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.list.selectionModel().currentRowChanged.connect(lambda cur, _p: self._row_clicked(cur.row()))
        new = QPushButton(self.tr("New achievement"))
        new.setObjectName("newAchievement")
        new.clicked.connect(lambda: self.new_achievement())
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.addWidget(heading(self.tr("Achievements")))
        ll.addWidget(self.list)
        self.empty = note(self.tr("No achievements yet. Click “New achievement” to define what you certify."))
        ll.addWidget(self.empty)
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.show_archived.setObjectName("showArchived")
        self.show_archived.toggled.connect(lambda _on: self.refresh())
        self.archive = QPushButton(self.tr("Archive…"))
        self.archive.setObjectName("archiveAchievement")
        self.archive.setToolTip(self.tr("Hide an achievement you no longer award: its cohorts and credentials "
                                        "stay, and verify as before"))
        self.archive.clicked.connect(self.toggle_archived)
        self.undo_bar = UndoBar(ctx.ops, Change.ACHIEVEMENTS, self, shortcut=False)
        ll.addWidget(self.undo_bar)
        actions = QHBoxLayout()
        actions.addWidget(new)
        actions.addWidget(self.archive)
        ll.addLayout(actions)
        ll.addWidget(self.show_archived)

        self.title = heading("")
        self.versions = plain(QLabel())
        self.versions.setObjectName("versionsLabel")
        self.versions.setWordWrap(True)
        self.pathway = PathwaySection(ctx)
        self.eu = EuSection(ctx)
        self.endorsements = EndorsementSection(ctx)
        self.form = AchievementForm(self.pathway, self.eu, self.endorsements)
        self.form.changed.connect(self._edited)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop: it scrolls to the field that has focus
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.error = error_label()
        self.save = QPushButton(self.tr("Save"))
        self.save.setObjectName("saveAchievement")
        self.save.setDefault(True)
        self.save.clicked.connect(self.save_achievement)
        self.revert = QPushButton(self.tr("Discard changes"))
        self.revert.setObjectName("discardAchievement")
        self.revert.setEnabled(False)
        self.revert.clicked.connect(self.discard_changes)
        self._dirty = False
        self._syncing = False  # selection changed by code, not by the user
        bottom = QHBoxLayout()
        bottom.addWidget(self.error, 1)
        bottom.addStretch()
        bottom.addWidget(self.revert)
        bottom.addWidget(self.save)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.addWidget(self.title)
        rl.addWidget(self.versions)
        rl.addWidget(scroll, 1)
        rl.addLayout(bottom)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([320, 900])
        lay = QVBoxLayout(self)
        lay.addWidget(split)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_achievement)

    def workspace_switched(self) -> None:
        self.current_id = None
        self._set_dirty(False)
        self.undo_bar.forget()

    # ---------------------------------------------------------------- unsaved edits

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.revert.setEnabled(dirty)
        self.save.setEnabled(dirty or self.current_id is None)
        self.endorsements.setEnabled(not dirty)  # a request or an endorsement is of the version as saved

    def resolve_unsaved(self) -> bool:
        if not self._dirty:
            return True
        name = self.form.name.text().strip() or self.tr("The new achievement")
        what = self.tr("“{name}”").format(name=name) if self.current_id is not None else name
        return resolve_unsaved_edits(self, what,
                                     lambda: self.save_achievement(before_leaving=True),
                                     lambda: self._set_dirty(False),
                                     refused_action(self.ctx.ws, self.save.objectName()))

    def discard_changes(self) -> None:
        if self.current_id is None:
            self.new_achievement(ask=False)
        else:
            self._show_id(self.current_id)

    def _select_row_quietly(self, row: int) -> None:
        self._syncing = True
        try:
            if row < 0:
                self.list.selectionModel().clear()
            else:
                self.list.selectionModel().setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        finally:
            self._syncing = False

    def _row_of(self, achievement_id: int | None) -> int:
        return next((i for i, a in enumerate(self.model.rows()) if a.id == achievement_id), -1)

    def _row_clicked(self, row: int) -> None:
        if self._syncing or row < 0 or row >= self.model.rowCount():
            return
        target = self.model.row_at(row).id
        if target == self.current_id and not self._dirty:
            return
        if target != self.current_id and not self.resolve_unsaved():
            self._select_row_quietly(self._row_of(self.current_id))  # Cancel: stay where we were
            return
        self._show_id(target)

    def _show_id(self, achievement_id: int) -> None:
        row = self._row_of(achievement_id)
        self._select_row_quietly(row)
        self._select(row)

    # ---------------------------------------------------------------- data

    def refresh(self) -> None:
        keep = self.current_id
        everything = self.show_archived.isChecked()
        self.model.set_rows(self.ctx.ops.read(self, lambda ws: achievements.list_achievements(ws, everything)) or [])
        self.empty.setVisible(self.model.rowCount() == 0)
        rows = self.model.rows()
        if self._dirty:  # another page changed something: keep the edits, just follow the list
            self._select_row_quietly(self._row_of(keep))
            return
        if not rows:
            self.new_achievement(ask=False)
            return
        row = next((i for i, a in enumerate(rows) if a.id == keep), 0)
        self._select_row_quietly(row)
        self._select(row)

    def _select(self, row: int) -> None:
        if row < 0 or row >= self.model.rowCount():
            return
        achievement_id = self.model.row_at(row).id
        detail = self.ctx.ops.read(self, lambda ws: achievements.get_achievement(ws, achievement_id))
        if detail is None:
            return
        self.current_id = self.pathway.achievement_id = self.eu.achievement_id = detail.id
        self.endorsements.set_achievement(detail.id)
        self.title.setText(detail.spec.name)
        archived = self.model.row_at(row).archived
        self.archive.setText(self.tr("Bring back") if archived else self.tr("Archive…"))
        self.archive.setEnabled(True)
        parts = self.tr(", ", "between versions in a list").join(
            self.tr("v{number}: %n issued", "", v.credentials_issued).format(number=v.number) for v in detail.versions)
        if detail.current.credentials_issued:
            text = self.tr("Credentials issued per version — {versions}. Saving changes creates a new version; "
                           "issued credentials keep the old one.")
        else:
            text = self.tr("Credentials issued per version — {versions}.")
        self.versions.setText(text.format(versions=parts))
        self.form.set_spec(detail.spec)
        set_error(self.error, None)
        self._set_dirty(False)

    def new_achievement(self, ask: bool = True) -> None:
        if ask and not self.resolve_unsaved():
            return
        self.current_id = self.pathway.achievement_id = self.eu.achievement_id = None
        self.endorsements.set_achievement(None)
        self._select_row_quietly(-1)
        self.archive.setEnabled(False)
        self.title.setText(self.tr("New achievement"))
        self.versions.setText(self.tr("Not saved yet."))
        self.form.set_spec(new_spec())
        set_error(self.error, None)
        self._set_dirty(False)
        self.form.name.setFocus()

    def toggle_archived(self) -> None:
        row = self._row_of(self.current_id)
        if row < 0 or not self.resolve_unsaved():
            return
        summary = self.model.row_at(row)
        aid, archive = summary.id, not summary.archived
        if archive:
            sb = QMessageBox.StandardButton
            text = self._archive_question(summary)
            if ask(self, self.tr("Archive achievement"), text, sb.Yes | sb.No, sb.No) != sb.Yes:
                return

        def done(name: str) -> None:
            said = self.tr("Archived {name}.").format(name=name)  # also what finds the undo again
            if archive:
                self.current_id = None
                self.undo_bar.offer(Undoable(said, self.tr("Undone: archived {name}.").format(name=name),
                                             lambda ws: removal.set_archived(ws, aid, False)))
            else:
                self.undo_bar.drop(said, self.tr("Brought back {name}.").format(name=name))

        self.ctx.ops.run(self, lambda ws: removal.set_archived(ws, aid, archive), changes=Change.ACHIEVEMENTS,
                         done=done)

    def _archive_question(self, summary: AchievementSummary) -> str:
        cohorts = self.tr("%n cohort(s)", "", summary.cohorts)
        credentials = self.tr("%n credential(s)", "", summary.credentials_issued)
        if summary.cohorts and summary.credentials_issued:
            kept = self.tr("{cohorts} and {credentials}").format(cohorts=cohorts, credentials=credentials)
        else:
            kept = cohorts if summary.cohorts else credentials if summary.credentials_issued else ""
        if not kept:
            return self.tr("Archive {name}? It leaves the list of achievements and cannot be chosen for new "
                           "cohorts. You can bring it back with “Show archived”.").format(name=summary.name)
        return self.tr("Archive {name}? It leaves the list of achievements and cannot be chosen for new "
                       "cohorts. Its {kept} stay and verify as before. You can bring it back with “Show archived”."
                       ).format(name=summary.name, kept=kept)

    def _edited(self) -> None:
        self._set_dirty(True)
        self._validate()

    def _validate(self) -> AchievementSpec | None:
        try:
            entered = self.form.spec()
        except SpecInputError as exc:
            set_error(self.error, str(exc))
            return None
        spec = self.ctx.ops.read(self, lambda _ws: validate_spec(entered), error=show_in(self.error))
        if spec is not None:
            set_error(self.error, None)
        return spec

    def save_achievement(self, before_leaving: bool = False) -> bool:
        """Save (an operation); ``before_leaving``: the page is about to be left, so it completes first."""
        spec = self._validate()
        if spec is None:
            return False
        current = self.current_id
        if current is not None and not self._leave_endorsements(current, spec):
            return False

        def save(ws: Workspace) -> AchievementDetail:
            if current is None:
                return achievements.create_achievement(ws, spec)
            return achievements.update_achievement(ws, current, spec)

        if before_leaving:
            detail = self.ctx.ops.run_now(self, save, changes=Change.ACHIEVEMENTS, error=show_in(self.error))
            if detail is not None:
                self._saved(detail)
            return detail is not None
        self.ctx.ops.run(self, save, changes=Change.ACHIEVEMENTS, done=self._saved, error=show_in(self.error))
        return True

    def _leave_endorsements(self, achievement_id: int, spec: AchievementSpec) -> bool:
        """Saving makes a new version that the current version's endorsements do not cover: say so
        first (they vouch for an achievement as it was), and save only if the trainer agrees."""
        names = self.ctx.ops.read(self, lambda ws: achievements.endorsers_left_behind(ws, achievement_id, spec))
        if not names:
            return True
        sb = QMessageBox.StandardButton
        text = self.tr("Saving makes a new version of this achievement. The endorsement by {endorsers} vouches for "
                       "the version as it is now, so credentials you issue from now on will not carry it. Ask the "
                       "endorser to endorse the new version.\n\nSave anyway?").format(
            endorsers=self.tr(", ", "between names in a list").join(names))
        return ask(self, self.tr("Save achievement"), text, sb.Save | sb.Cancel, sb.Cancel) == sb.Save

    def _saved(self, detail: AchievementDetail) -> None:
        self.current_id = detail.id
        self._set_dirty(False)
        self.refresh()
