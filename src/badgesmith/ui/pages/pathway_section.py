"""The achievement editor's "Pathway" box: whether the achievement is earned by holding others,
its requirements as a diagram, and one learner's progress drawn on it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from badgesmith.core.pathways.requirements import Group, Key, LocalRef, Ref, describe, evaluate
from badgesmith.core.services import achievements, learners, pathways
from badgesmith.ui.context import AppContext
from badgesmith.ui.dialogs.requirements import RequirementsDialog
from badgesmith.ui.i18n import say
from badgesmith.ui.localized import date_text
from badgesmith.ui.widgets.common import plain
from badgesmith.ui.widgets.pathway_diagram import PathwayDiagram, layout

LEARNERS_SHOWN = 50  # the search narrows the rest
_NAME = Qt.ItemDataRole.UserRole + 1  # the learner's name alone, for the progress sentence


class PathwaySection(QGroupBox):
    changed = Signal()
    # the requirement went from the first tree to the second (the form updates the narrative)
    requirement_edited = Signal(object, object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Pathway"))
        self.setObjectName("pathwaySection")
        self.ctx = ctx
        self.achievement_id: int | None = None  # None: not saved yet
        self._tree: Group | None = None
        self._kept: Group | None = None  # the tree while the box is unticked, should it be ticked again
        self._names: dict[int, str] = {}
        self.dialog: RequirementsDialog | None = None
        self.is_pathway = QCheckBox(self.tr("This achievement is a pathway (earned by holding others)"))
        self.is_pathway.setObjectName("isPathway")
        self.is_pathway.toggled.connect(self._toggled)
        self.edit = QPushButton(self.tr("Edit requirements…"))
        self.edit.setObjectName("editRequirements")
        self.edit.clicked.connect(self.edit_requirements)
        self.summary = plain(QLabel())
        self.summary.setObjectName("pathwaySummary")
        self.summary.setWordWrap(True)
        self.diagram = PathwayDiagram()
        self.search = QLineEdit()
        self.search.setObjectName("pathwayLearnerSearch")
        self.search.setPlaceholderText(self.tr("Search learners by name or e-mail"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._fill_learners())
        self.learner = QComboBox()
        self.learner.setObjectName("pathwayLearner")
        self.learner.setAccessibleName(self.tr("Progress for learner"))
        self.learner.setMinimumContentsLength(24)
        self.learner.currentIndexChanged.connect(lambda _i: self._show())
        self.progress = plain(QLabel())
        self.progress.setObjectName("pathwayProgress")
        self.progress.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.is_pathway)
        top.addStretch()
        top.addWidget(self.edit)
        self.learner_row = QWidget()
        row = QHBoxLayout(self.learner_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Progress for learner…")))
        row.addWidget(self.search, 1)
        row.addWidget(self.learner, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.summary)
        lay.addWidget(self.learner_row)
        lay.addWidget(self.progress)
        lay.addWidget(self.diagram)
        self._fill_learners()
        self._show()

    # ---------------------------------------------------------------- the form's side

    def set_requirement(self, tree: Group | None) -> None:
        """Show a saved achievement's requirement (no ``changed``)."""
        self._names = {a.id: a.name for a in self.ctx.ops.read(
            self, lambda ws: achievements.list_achievements(ws, include_archived=True)) or []}
        self._tree, self._kept = tree, None
        self.is_pathway.blockSignals(True)
        self.is_pathway.setChecked(tree is not None)
        self.is_pathway.blockSignals(False)
        self._show()

    def requirement(self) -> Group | None:
        return self._tree

    def name_of(self, ref: Ref) -> str:
        if isinstance(ref, LocalRef):
            return self._names.get(ref.achievement_id,
                                   self.tr("achievement {number}").format(number=ref.achievement_id))
        return ref.iri

    # ---------------------------------------------------------------- editing

    def _set_tree(self, tree: Group | None) -> None:
        old, self._tree = self._tree, tree
        self._show()
        if old != tree:
            self.requirement_edited.emit(old, tree)
            self.changed.emit()

    def _toggled(self, on: bool) -> None:
        if not on:
            self._kept = self._tree
            self._set_tree(None)
        elif self._kept is not None:
            self._set_tree(self._kept)
        else:
            self.edit_requirements()  # a new pathway starts with its requirements

    def edit_requirements(self) -> None:
        """Opens the dialog (window-modal, not blocking); OK puts its tree here."""
        choices = [(a.id, a.name) for a in self.ctx.ops.read(
            self, lambda ws: achievements.list_achievements(ws)) or [] if a.id != self.achievement_id]
        self._names.update(choices)
        self.dialog = dialog = RequirementsDialog(choices, self._tree, self)
        dialog.finished.connect(lambda result: self._dialog_closed(dialog, result))
        dialog.open()

    def _dialog_closed(self, dialog: RequirementsDialog, result: int) -> None:
        self.dialog = None
        tree = dialog.tree() if result == RequirementsDialog.DialogCode.Accepted else None
        if tree is not None:
            self._set_tree(tree)
            self.is_pathway.blockSignals(True)
            self.is_pathway.setChecked(True)
            self.is_pathway.blockSignals(False)
        elif self._tree is None and self.is_pathway.isChecked():
            self.is_pathway.blockSignals(True)  # cancelled before there was any requirement
            self.is_pathway.setChecked(False)
            self.is_pathway.blockSignals(False)
        dialog.deleteLater()
        self._show()

    # ---------------------------------------------------------------- progress

    def _fill_learners(self) -> None:
        text = self.search.text()
        found = self.ctx.ops.read(self, lambda ws: learners.list_learners(ws, text, limit=LEARNERS_SHOWN)) or []
        keep = self.learner.currentData()
        self.learner.blockSignals(True)
        self.learner.clear()
        self.learner.addItem(self.tr("No learner: requirements only"), None)
        for info in found:
            self.learner.addItem(f"{info.name} <{info.email}>" if info.email else info.name, info.id)
            self.learner.setItemData(self.learner.count() - 1, info.name, _NAME)
        self.learner.setCurrentIndex(max(0, self.learner.findData(keep)))
        self.learner.blockSignals(False)
        self._show()

    def _show(self) -> None:
        tree = self._tree
        self.edit.setEnabled(self.is_pathway.isChecked())
        for w in (self.summary, self.learner_row, self.progress, self.diagram):
            w.setVisible(tree is not None)
        if tree is None:
            return
        self.summary.setText(describe(tree, self.name_of))
        learner_id = self.learner.currentData()
        held = None
        if learner_id is not None:
            held = self.ctx.ops.read(self, lambda ws: pathways.holdings(ws, learner_id))
        self.diagram.set_layout(layout(tree, self.name_of, held))
        self.progress.setVisible(held is not None)
        if held is not None:
            self.progress.setText(_progress_words(self.learner.currentData(_NAME), tree, held, self.name_of))


def _progress_words(who: str, tree: Group, held: Mapping[Key, date], name_of: Callable[[Ref], str]) -> str:
    ev = evaluate(tree, held, name_of)
    if ev.met and ev.award_date is not None:
        return QCoreApplication.translate("PathwaySection", "{name}: met on {date}.").format(
            name=who, date=date_text(ev.award_date))
    # the reasons are core's sentences, as data
    return QCoreApplication.translate("PathwaySection", "{name}: not yet — {reasons}.").format(
        name=who, reasons="; ".join(map(say, ev.sentences)))
