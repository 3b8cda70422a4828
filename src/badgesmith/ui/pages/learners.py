"""Learners: a lazily fetched table, filter as you type, add/edit, and the import wizard."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from badgesmith.ui.context import AppContext
from badgesmith.ui.dialogs.import_learners import ImportLearnersWizard
from badgesmith.ui.dialogs.learner import LearnerDialog
from badgesmith.ui.models.learners import LearnersModel
from badgesmith.ui.ops import Change
from badgesmith.ui.pages.base import Page
from badgesmith.ui.widgets.common import heading, row_table

FILTER_DELAY_MS = 200


class LearnersPage(Page):
    topics = Change.LEARNERS

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = LearnersModel(ctx.ops, self)
        self.model.reloaded.connect(self._show_count)
        self.filter = QLineEdit()
        self.filter.setObjectName("learnerFilter")
        self.filter.setPlaceholderText("Filter by name, e-mail or student number…")
        self.filter.setClearButtonEnabled(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(FILTER_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.filter.textChanged.connect(lambda _t: self._debounce.start())
        self.count = QLabel()
        self.count.setObjectName("learnerCount")
        self.table = row_table(self.model, "learnerTable")
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(True)
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        h.resizeSection(1, 320)
        h.resizeSection(2, 160)
        self.table.doubleClicked.connect(lambda _i: self.edit_learner())
        add = QPushButton("Add learner…")
        add.setObjectName("addLearner")
        add.clicked.connect(self.add_learner)
        self.edit = QPushButton("Edit…")
        self.edit.setObjectName("editLearner")
        self.edit.clicked.connect(self.edit_learner)
        imp = QPushButton("Import from file…")
        imp.setObjectName("importLearners")
        imp.clicked.connect(self.import_learners)
        top = QHBoxLayout()
        top.addWidget(heading("Learners"))
        top.addStretch()
        top.addWidget(imp)
        top.addWidget(add)
        top.addWidget(self.edit)
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.count)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(bar)
        lay.addWidget(self.table, 1)

    def refresh(self) -> None:
        self.apply_filter()

    def apply_filter(self) -> None:
        self._debounce.stop()
        self.model.reload(self.filter.text())  # then _show_count

    def _show_count(self) -> None:
        total, search = self.model.total, self.model.search.strip()
        if total == 0 and not search:
            self.count.setText("No learners yet: add one or import a spreadsheet.")
        elif search:
            self.count.setText(f"{total:,} matching")
        else:
            self.count.setText(f"{total:,} learners")

    def add_learner(self) -> None:
        LearnerDialog(self.ctx, None, self).open()  # its save announces the change

    def edit_learner(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        LearnerDialog(self.ctx, self.model.learner_at(index.row()), self).open()

    def import_learners(self) -> None:
        ImportLearnersWizard(self.ctx, self).open()
