"""Erasing a learner's personal data (GDPR): says what goes and what stays, and asks twice,
because it cannot be undone."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from badgesmith.core.services import erasure
from badgesmith.core.services.erasure import ErasurePlan, ErasureReport
from badgesmith.ui.context import AppContext
from badgesmith.ui.errors import show_info
from badgesmith.ui.ops import Change, show_in
from badgesmith.ui.widgets.common import error_label, plain_label


class EraseLearnerDialog(QDialog):
    def __init__(self, ctx: AppContext, plan: ErasurePlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.plan = ctx, plan
        self.setObjectName("eraseLearnerDialog")
        self.setWindowTitle(self.tr("Erase personal data"))
        lay = QVBoxLayout(self)
        self.text = plain_label("\n\n".join(plan.lines()), wrap=True)
        self.text.setObjectName("eraseText")
        lay.addWidget(self.text)
        self.understood = QCheckBox(self.tr("I understand that {name}'s data cannot be brought back").format(
            name=plan.name))
        self.understood.setObjectName("eraseUnderstood")
        lay.addWidget(self.understood)
        self.error = error_label()
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.erase_button.setText(self.tr("Erase"))
        self.erase_button.setObjectName("eraseConfirm")
        self.erase_button.setEnabled(False)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.understood.toggled.connect(self.erase_button.setEnabled)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def accept(self) -> None:
        if not self.understood.isChecked():
            return
        learner_id, parent = self.plan.learner_id, self.parentWidget()

        def erased(report: ErasureReport) -> None:
            super(EraseLearnerDialog, self).accept()
            show_info(parent, "\n".join(report.lines()), self.tr("Personal data erased"))

        self.ctx.ops.run(self, lambda ws: erasure.erase_learner(ws, learner_id),
                         changes=Change.LEARNERS | Change.COHORTS | Change.RESULTS | Change.CREDENTIALS
                         | Change.DELIVERY,
                         done=erased, error=show_in(self.error))
