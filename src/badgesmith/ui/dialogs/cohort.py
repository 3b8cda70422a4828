"""Creating a cohort, and enrolling learners into one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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
from badgesmith.ui.widgets.common import date_edit, error_label, set_error


def _py_date(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


class CohortDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created: CohortInfo | None = None
        self.setObjectName("cohortDialog")
        self.setWindowTitle(self.tr("New cohort"))
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.name.setObjectName("cohortName")
        self.name.setPlaceholderText(self.tr("e.g. First Aid — May 2026"))
        self.achievement = QComboBox()
        self.achievement.setObjectName("cohortAchievement")
        for a in ctx.ops.read(self, achievements.list_achievements) or []:
            self.achievement.addItem(a.name, a.id)
        today = QDate.currentDate()
        self.start = date_edit(today, "cohortStart")
        self.end = date_edit(today, "cohortEnd")
        self.place = QLineEdit()
        self.instructor = QLineEdit()
        form.addRow(self.tr("Name *"), self.name)
        form.addRow(self.tr("Achievement *"), self.achievement)
        form.addRow(self.tr("Starts"), self.start)
        form.addRow(self.tr("Ends"), self.end)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Instructor"), self.instructor)
        self.error = error_label()
        form.addRow(self.error)
        if self.achievement.count() == 0:
            set_error(self.error, self.tr("Define an achievement first (Achievements page): a cohort works towards one."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(460, self.sizeHint().height())

    def accept(self) -> None:
        if self.achievement.currentData() is None:
            set_error(self.error, self.tr("Choose the achievement this cohort works towards."))
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
    """Pick learners (filter as you type, multi-select) and enrol them.

    Ctrl+A selects every learner shown wherever the focus is, the filter box included: there the
    few letters typed are not worth a select-all of their own (the box has a clear button)."""

    def __init__(self, ctx: AppContext, cohort: CohortInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.cohort = ctx, cohort
        self.enrolled = 0
        self.setObjectName("enrolDialog")
        self.setWindowTitle(self.tr("Enrol learners in {cohort}").format(cohort=cohort.name))
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Select learners (Ctrl+click or Shift+click for several, Ctrl+A for all shown):")))
        self.filter = QLineEdit()
        self.filter.setObjectName("enrolFilter")
        self.filter.setPlaceholderText(self.tr("Filter…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.installEventFilter(self)
        lay.addWidget(self.filter)
        self.model = LearnersModel(ctx.ops, self)
        self._loading = False  # a filtered list is on its way
        self._when_loaded: list[Callable[[], None]] = []
        self.model.reloaded.connect(self._loaded)
        self.table = QTableView()
        self.table.setObjectName("enrolTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.table, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._apply_filter)
        self.filter.textChanged.connect(lambda _t: self._timer.start())
        self._apply_filter()
        self.error = error_label()
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Enrol selected"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.SelectAll, self, self.select_all,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.resize(640, 520)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.filter and event.type() == QEvent.Type.ShortcutOverride
                and isinstance(event, QKeyEvent) and event.matches(QKeySequence.StandardKey.SelectAll)):
            return True  # not claimed by the filter box: the dialog's Ctrl+A runs
        return super().eventFilter(watched, event)

    def _apply_filter(self) -> None:
        self._timer.stop()
        self._loading = True
        self.model.reload(self.filter.text())

    def _loaded(self) -> None:
        self._loading = False
        actions, self._when_loaded = self._when_loaded, []
        for action in actions:
            action()

    def _on_shown_list(self, action: Callable[[], None]) -> None:
        """Run ``action`` on the list as filtered by what is typed now: a key pressed right after
        typing (Ctrl+A, Enter) means the learners the filter is about to show."""
        if self._timer.isActive():
            self._apply_filter()
        if not self._loading:
            action()
        elif action not in self._when_loaded:
            self._when_loaded.append(action)

    def select_all(self) -> None:
        self._on_shown_list(self.table.selectAll)

    def accept(self) -> None:
        if self._loading or self._timer.isActive():
            self._on_shown_list(self.accept)
            return
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows:
            set_error(self.error, self.tr("Select at least one learner."))
            return
        ids = [self.model.learner_at(r).id for r in rows]
        cohort_id = self.cohort.id
        self.ctx.ops.run(self, lambda ws: cohorts.enrol(ws, cohort_id, ids), changes=Change.COHORTS,
                         done=self._enrolled, error=show_in(self.error))

    def _enrolled(self, n: int) -> None:
        self.enrolled = n
        super().accept()
