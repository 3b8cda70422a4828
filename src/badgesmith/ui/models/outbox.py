"""Who has been sent what: each live credential of a cohort and its message's state."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from badgesmith.ui import colours
from badgesmith.ui.localized import datetime_text
from badgesmith.ui.models.table import Column, RowsModel

if TYPE_CHECKING:
    from badgesmith.core.services.delivery import OutboxRow

STATE_TEXT = {"not delivered": str(QT_TRANSLATE_NOOP("OutboxModel", "Not sent yet")),
              "drafted": str(QT_TRANSLATE_NOOP("OutboxModel", "Draft saved")),
              "sending": str(QT_TRANSLATE_NOOP("OutboxModel", "Interrupted while sending")),
              "sent": str(QT_TRANSLATE_NOOP("OutboxModel", "✓ Sent")),
              "failed": str(QT_TRANSLATE_NOOP("OutboxModel", "✗ Failed"))}
COLOURS = {"sent": colours.GOOD, "failed": colours.BAD, "sending": colours.ATTENTION}


def _state(r: OutboxRow) -> str:
    return QCoreApplication.translate("OutboxModel", STATE_TEXT[r.state]) if r.state in STATE_TEXT else r.state


def _when(r: OutboxRow) -> str:
    at = r.sent_at or (r.updated_at if r.state != "not delivered" else None)
    return datetime_text(at)


COLUMNS: list[Column[OutboxRow]] = [
    Column("learner", str(QT_TRANSLATE_NOOP("OutboxModel", "Learner")), lambda r: r.learner),
    Column("address", str(QT_TRANSLATE_NOOP("OutboxModel", "E-mail")),
           lambda r: r.address or QCoreApplication.translate("OutboxModel", "— no address —")),
    Column("state", str(QT_TRANSLATE_NOOP("OutboxModel", "State")),
           _state, foreground=lambda r: COLOURS.get(r.state), tooltip=lambda r: r.server_reply),
    Column("when", str(QT_TRANSLATE_NOOP("OutboxModel", "When")), _when),
    Column("reply", str(QT_TRANSLATE_NOOP("OutboxModel", "Server's reply")), lambda r: r.server_reply or "",
           tooltip=lambda r: r.server_reply),
]


class OutboxModel(RowsModel["OutboxRow"]):
    def __init__(self, parent: object = None) -> None:
        super().__init__(COLUMNS, parent=parent, context="OutboxModel")
