"""Who has been sent what: each live credential of a cohort and its message's state."""

from __future__ import annotations

from typing import TYPE_CHECKING

from badgesmith.ui.models.table import Column, RowsModel

if TYPE_CHECKING:
    from badgesmith.core.services.delivery import OutboxRow

STATE_TEXT = {"not delivered": "Not sent yet", "drafted": "Draft saved", "sending": "Interrupted while sending",
              "sent": "✓ Sent", "failed": "✗ Failed"}
COLOURS = {"sent": "#1B7F3B", "failed": "#B00020", "sending": "#9A3412"}


def _when(r: OutboxRow) -> str:
    at = r.sent_at or (r.updated_at if r.state != "not delivered" else None)
    return at.astimezone().strftime("%Y-%m-%d %H:%M") if at else ""


COLUMNS: list[Column[OutboxRow]] = [
    Column("learner", "Learner", lambda r: r.learner),
    Column("address", "E-mail", lambda r: r.address or "— no address —"),
    Column("state", "State", lambda r: STATE_TEXT.get(r.state, r.state), foreground=lambda r: COLOURS.get(r.state),
           tooltip=lambda r: r.server_reply),
    Column("when", "When", _when),
    Column("reply", "Server's reply", lambda r: r.server_reply or "", tooltip=lambda r: r.server_reply),
]


class OutboxModel(RowsModel["OutboxRow"]):
    def __init__(self, parent: object = None) -> None:
        super().__init__(COLUMNS, parent=parent)
