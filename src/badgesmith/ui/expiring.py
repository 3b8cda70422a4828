"""The start-up announcement of credentials that expire soon, with a way to see them.

A banner above the pages, not a dialog: it never stands between the trainer and their work, and
it goes when dismissed. What counts as "expiring" is the register's rule (``register.EXPIRING_DAYS``).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from badgesmith.core.services import register
from badgesmith.ui import colours
from badgesmith.ui.context import AppContext
from badgesmith.ui.widgets.common import plain

log = logging.getLogger(__name__)


def expiring_sentence(count: int, days: int = register.EXPIRING_DAYS) -> str:
    # two counts, one sentence: the days are a phrase of their own with its plural, put in whole
    period = QCoreApplication.translate("ExpiringNotice", "%Ln day(s)", "", days)
    return QCoreApplication.translate("ExpiringNotice", "%Ln credential(s) expire(s) within {period}.", "",
                                      count).format(period=period)


class ExpiringNotice(QFrame):
    """Hidden unless some credentials expire soon; ``show_them`` asks for the list."""

    show_them = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.count = 0
        self._generation = 0
        self.setObjectName("expiringNotice")
        colours.styled(self, lambda: colours.notice_sheet("#expiringNotice", edge="border-bottom"))
        self.text = plain(QLabel())
        self.text.setObjectName("expiringText")
        self.button = QPushButton()
        self.button.setObjectName("expiringShow")
        self.button.clicked.connect(self._show)
        self.dismiss = QToolButton()
        self.dismiss.setObjectName("expiringDismiss")
        self.dismiss.setText("✕")
        self.dismiss.setAutoRaise(True)
        self.dismiss.setToolTip(self.tr("Dismiss"))
        self.dismiss.setAccessibleName(self.tr("Dismiss"))
        self.dismiss.clicked.connect(self.hide)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(12, 6, 6, 6)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.button)
        lay.addWidget(self.dismiss, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def check(self) -> None:
        """Count the expiring credentials (on the worker) and announce them, if any."""
        self._generation += 1
        gen = self._generation
        self.hide()

        def counted(n: int) -> None:
            if gen == self._generation:
                self.announce(n)

        def failed(exc: BaseException) -> None:  # a courtesy, not a task: nothing to tell the user
            log.warning("counting expiring credentials: %s", exc)

        self.ctx.ops.run(self, lambda ws: register.count_credentials(ws, status="expiring"),
                         done=counted, error=failed)

    def announce(self, count: int) -> None:
        self.count = count
        if count <= 0:
            self.hide()
            return
        self.text.setText(expiring_sentence(count))
        self.button.setText(self.tr("Show it/them", "the expiring credentials", count))
        self.show()

    def _show(self) -> None:
        self.hide()
        self.show_them.emit()
