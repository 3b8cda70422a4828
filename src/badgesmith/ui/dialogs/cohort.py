"""Creating a cohort, and enrolling learners into one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from badgesmith.core.services import achievements, cohorts
from badgesmith.core.services.cohorts import CohortInfo
from badgesmith.ui.context import AppContext
from badgesmith.ui.models.learners import LearnersModel
from badgesmith.ui.ops import Change, show_in
from badgesmith.ui.widgets.common import error_label, set_error


def _py_date(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


class CohortDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created: CohortInfo | None = None
        self.setObjectName("cohortDialog")
        self.setWindowTitle("New cohort")
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.name.setObjectName("cohortName")
        self.name.setPlaceholderText("e.g. First Aid — May 2026")
        self.achievement = QComboBox()
        self.achievement.setObjectName("cohortAchievement")
        for a in ctx.ops.read(self, achievements.list_achievements) or []:
            self.achievement.addItem(a.name, a.id)
        today = QDate.currentDate()
        self.start = QDateEdit(today)
        self.start.setCalendarPopup(True)
        self.end = QDateEdit(today)
        self.end.setCalendarPopup(True)
        self.place = QLineEdit()
        self.instructor = QLineEdit()
        form.addRow("Name *", self.name)
        form.addRow("Achievement *", self.achievement)
        form.addRow("Starts", self.start)
        form.addRow("Ends", self.end)
        form.addRow("Place", self.place)
        form.addRow("Instructor", self.instructor)
        self.error = error_label()
        form.addRow(self.error)
        if self.achievement.count() == 0:
            set_error(self.error, "Define an achievement first (Achievements page): a cohort works towards one.")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Create")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(460, self.sizeHint().height())

    def accept(self) -> None:
        if self.achievement.currentData() is None:
            set_error(self.error, "Choose the achievement this cohort works towards.")
            return
        args = (self.name.text(), self.achievement.currentData(), _py_date(self.start.date()),
                _py_date(self.end.date()), self.place.text().strip() or None,
                self.instructor.text().strip() or None)
        self.ctx.ops.run(self, lambda ws: cohorts.create_cohort(ws, *args), changes=Change.COHORTS,
                         done=self._created, error=show_in(self.error))

    def _created(self, cohort: CohortInfo) -> None:
        self.created = cohort
        super().accept()


class EnrolDialog(QDialog):
    """Pick learners (filter as you type, multi-select) and enrol them."""

    def __init__(self, ctx: AppContext, cohort: CohortInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.cohort = ctx, cohort
        self.enrolled = 0
        self.setObjectName("enrolDialog")
        self.setWindowTitle(f"Enrol learners in {cohort.name}")
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel("Select learners (Ctrl+click or Shift+click for several, Ctrl+A for all shown):"))
        self.filter = QLineEdit()
        self.filter.setObjectName("enrolFilter")
        self.filter.setPlaceholderText("Filter…")
        lay.addWidget(self.filter)
        self.model = LearnersModel(ctx.ops, self)
        self.model.reload("")
        self.table = QTableView()
        self.table.setObjectName("enrolTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.table, 1)
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(200)
        timer.timeout.connect(lambda: self.model.reload(self.filter.text()))
        self.filter.textChanged.connect(lambda _t: timer.start())
        self.error = error_label()
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Enrol selected")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(640, 520)

    def select_all(self) -> None:
        self.table.selectAll()

    def accept(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows:
            set_error(self.error, "Select at least one learner.")
            return
        ids = [self.model.learner_at(r).id for r in rows]
        cohort_id = self.cohort.id
        self.ctx.ops.run(self, lambda ws: cohorts.enrol(ws, cohort_id, ids), changes=Change.COHORTS,
                         done=self._enrolled, error=show_in(self.error))

    def _enrolled(self, n: int) -> None:
        self.enrolled = n
        super().accept()
