"""The Overview page's renewal list: credentials that expire soon."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from badgesmith.ui.localized import date_text
from badgesmith.ui.models.table import Column, RowsModel

if TYPE_CHECKING:
    from badgesmith.core.services.overview import ExpiringFigure


def _learner(e: ExpiringFigure) -> str:
    return e.learner_name if not e.erased else QCoreApplication.translate("RenewalsModel", "(personal data erased)")


COLUMNS: list[Column[ExpiringFigure]] = [
    Column("learner", str(QT_TRANSLATE_NOOP("RenewalsModel", "Learner")), _learner),
    Column("achievement", str(QT_TRANSLATE_NOOP("RenewalsModel", "Achievement")), lambda e: e.achievement_name),
    Column("expires", str(QT_TRANSLATE_NOOP("RenewalsModel", "Expires")), lambda e: date_text(e.valid_until)),
]


class RenewalsModel(RowsModel["ExpiringFigure"]):
    def __init__(self, parent: object = None) -> None:
        super().__init__(COLUMNS, parent=parent, context="RenewalsModel")
