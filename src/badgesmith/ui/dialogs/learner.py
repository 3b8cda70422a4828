"""Adding or editing one learner."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from badgesmith.core.services.learners import LearnerInfo
from badgesmith.ui.context import AppContext
from badgesmith.ui.errors import user_message
from badgesmith.ui.widgets.common import error_label, set_error


class LearnerDialog(QDialog):
    def __init__(self, ctx: AppContext, learner: LearnerInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.learner = ctx, learner
        self.saved: LearnerInfo | None = None
        self.setObjectName("learnerDialog")
        self.setWindowTitle("Edit learner" if learner else "Add learner")
        form = QFormLayout(self)
        self.name = QLineEdit(learner.name if learner else "")
        self.name.setObjectName("learnerName")
        self.email = QLineEdit((learner.email or "") if learner else "")
        self.email.setObjectName("learnerEmail")
        self.number = QLineEdit((learner.student_number or "") if learner else "")
        self.number.setObjectName("learnerNumber")
        form.addRow("Name *", self.name)
        form.addRow("E-mail", self.email)
        form.addRow("Student number", self.number)
        self.error = error_label()
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(440, self.sizeHint().height())

    def accept(self) -> None:
        from badgesmith.core.services import learners

        try:
            if self.learner is None:
                self.saved = learners.add_learner(self.ctx.ws, self.name.text(), self.email.text(), self.number.text())
            else:
                self.saved = learners.update_learner(self.ctx.ws, self.learner.id, self.name.text(),
                                                     self.email.text(), self.number.text())
        except Exception as exc:
            set_error(self.error, user_message(exc))
            return
        super().accept()
