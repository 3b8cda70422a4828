"""The credential register as a table."""

from __future__ import annotations

from typing import TYPE_CHECKING

from badgesmith.ui.models.table import Column, RowsModel

if TYPE_CHECKING:
    from badgesmith.core.services.register import CredentialRow

STATUS_TEXT = {"active": "Active", "revoked": "Revoked", "expired": "Expired", "superseded": "Replaced"}
STATUS_COLOUR = {"active": "#1B7F3B", "revoked": "#B00020", "expired": "#8A6D00", "superseded": "#6B6B6B"}
REVIEW_COLOUR = "#8A6D00"  # flagged for the trainer's review (a pathway whose component was revoked)

COLUMNS: list[Column[CredentialRow]] = [
    Column("recipient", "Recipient", lambda c: c.recipient_name, tooltip=lambda c: c.email),
    Column("achievement", "Achievement", lambda c: c.achievement_name),
    Column("issued", "Issued", lambda c: f"{c.issued_at:%d %b %Y}"),
    Column("valid_until", "Valid until", lambda c: f"{c.valid_until:%d %b %Y}" if c.valid_until else "—"),
    Column("status", "Status", lambda c: STATUS_TEXT.get(c.status, c.status) + (" — needs review" if c.review else ""),
           tooltip=lambda c: c.review or c.revocation_reason,
           foreground=lambda c: REVIEW_COLOUR if c.review else STATUS_COLOUR.get(c.status)),
    Column("id", "Credential ID", lambda c: c.id, tooltip=lambda c: c.id),
]


class CredentialsModel(RowsModel["CredentialRow"]):
    def __init__(self, parent: object = None) -> None:
        super().__init__(COLUMNS, parent=parent)
