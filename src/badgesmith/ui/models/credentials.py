"""The credential register as a table."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from badgesmith.ui import colours
from badgesmith.ui.localized import date_text
from badgesmith.ui.models.table import Column, RowsModel

if TYPE_CHECKING:
    from badgesmith.core.services.register import CredentialRow

STATUS_TEXT = {"active": str(QT_TRANSLATE_NOOP("CredentialsModel", "Active")),
               "revoked": str(QT_TRANSLATE_NOOP("CredentialsModel", "Revoked")),
               "expired": str(QT_TRANSLATE_NOOP("CredentialsModel", "Expired")),
               "superseded": str(QT_TRANSLATE_NOOP("CredentialsModel", "Replaced"))}
STATUS_COLOUR = {"active": colours.GOOD, "revoked": colours.BAD, "expired": colours.WARN, "superseded": colours.MUTED}
REVIEW_COLOUR = colours.WARN  # flagged for the trainer's review (a pathway whose component was revoked)


def status_text(status: str) -> str:
    """A credential's status in the user's language (an unknown code as it is)."""
    return QCoreApplication.translate("CredentialsModel", STATUS_TEXT[status]) if status in STATUS_TEXT else status


def _status(c: CredentialRow) -> str:
    if c.review:
        return QCoreApplication.translate("CredentialsModel", "{status} — needs review").format(
            status=status_text(c.status))
    return status_text(c.status)


COLUMNS: list[Column[CredentialRow]] = [
    Column("recipient", str(QT_TRANSLATE_NOOP("CredentialsModel", "Recipient")), lambda c: c.recipient_name,
           tooltip=lambda c: c.email),
    Column("achievement", str(QT_TRANSLATE_NOOP("CredentialsModel", "Achievement")), lambda c: c.achievement_name),
    Column("issued", str(QT_TRANSLATE_NOOP("CredentialsModel", "Issued")), lambda c: date_text(c.issued_at)),
    Column("valid_until", str(QT_TRANSLATE_NOOP("CredentialsModel", "Valid until")),
           lambda c: date_text(c.valid_until, "—")),
    Column("status", str(QT_TRANSLATE_NOOP("CredentialsModel", "Status")), _status,
           tooltip=lambda c: c.review or c.revocation_reason,
           foreground=lambda c: REVIEW_COLOUR if c.review else STATUS_COLOUR.get(c.status)),
    Column("id", str(QT_TRANSLATE_NOOP("CredentialsModel", "Credential ID")), lambda c: c.id, tooltip=lambda c: c.id),
]


class CredentialsModel(RowsModel["CredentialRow"]):
    def __init__(self, parent: object = None) -> None:
        super().__init__(COLUMNS, parent=parent, context="CredentialsModel")
