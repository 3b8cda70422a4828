"""Adding or editing one learner."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from badgesmith.core.services import learners
from badgesmith.core.services.learners import LearnerInfo
from badgesmith.ui.context import AppContext
from badgesmith.ui.ops import Change, show_in
from badgesmith.ui.widgets.common import error_label

if TYPE_CHECKING:
    from badgesmith.core.store.workspace import Workspace


class LearnerDialog(QDialog):
    def __init__(self, ctx: AppContext, learner: LearnerInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.learner = ctx, learner
        self.saved: LearnerInfo | None = None
        self.setObjectName("learnerDialog")
        self.setWindowTitle(self.tr("Edit learner") if learner else self.tr("Add learner"))
        form = QFormLayout(self)
        self.name = QLineEdit(learner.name if learner else "")
        self.name.setObjectName("learnerName")
        self.email = QLineEdit((learner.email or "") if learner else "")
        self.email.setObjectName("learnerEmail")
        self.number = QLineEdit((learner.student_number or "") if learner else "")
        self.number.setObjectName("learnerNumber")
        form.addRow(self.tr("Name *"), self.name)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Student number"), self.number)
        self.error = error_label()
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(440, self.sizeHint().height())

    def accept(self) -> None:
        name, email, number = self.name.text(), self.email.text(), self.number.text()
        existing = self.learner

        def save(ws: Workspace) -> LearnerInfo:
            if existing is None:
                return learners.add_learner(ws, name, email, number)
            return learners.update_learner(ws, existing.id, name, email, number)

        self.ctx.ops.run(self, save, changes=Change.LEARNERS, done=self._saved, error=show_in(self.error))

    def _saved(self, learner: LearnerInfo) -> None:
        self.saved = learner
        super().accept()
