"""Who can be issued in a cohort: eligible or why not, and already issued."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from badgesmith.ui import colours
from badgesmith.ui.i18n import say
from badgesmith.ui.models.table import Column, RowsModel

if TYPE_CHECKING:
    from badgesmith.core.services.issuing import PlanRow

# a row's state, by key (its colour is chosen by key, never by the text a language shows)
STATUS_TEXT = {
    "revoked": str(QT_TRANSLATE_NOOP("IssuePlanModel", "Revoked")),
    "review": str(QT_TRANSLATE_NOOP("IssuePlanModel", "Issued — needs review")),
    "issued": str(QT_TRANSLATE_NOOP("IssuePlanModel", "Already issued")),
    "not-eligible": str(QT_TRANSLATE_NOOP("IssuePlanModel", "Not eligible")),
    "unprintable": str(QT_TRANSLATE_NOOP("IssuePlanModel", "Cannot print name")),
    "ready": str(QT_TRANSLATE_NOOP("IssuePlanModel", "✓ Ready to issue")),
}
COLOURS = {"ready": colours.GOOD, "not-eligible": colours.ATTENTION, "unprintable": colours.BAD,
           "issued": colours.INFO, "revoked": colours.BAD, "review": colours.WARN}


def status_key(r: PlanRow) -> str:
    if r.revoked:
        return "revoked"
    if r.credential_id:
        return "review" if r.review else "issued"
    if not r.eligible:
        return "not-eligible"
    if not r.renderable:
        return "unprintable"
    return "ready"


def status(r: PlanRow) -> str:
    return QCoreApplication.translate("IssuePlanModel", STATUS_TEXT[status_key(r)])


def why(r: PlanRow) -> str:
    if r.revoked:
        return QCoreApplication.translate("IssuePlanModel",
                                          "Renewal skips it: select the learner and use Renew selected.")
    if r.review:
        return QCoreApplication.translate("IssuePlanModel", "A credential it rests on was revoked: keep or revoke "
                                                            "it on the Credentials page.")
    if not r.eligible:
        return " ".join(map(say, r.reasons))
    if not r.renderable:
        return say(r.problem or "")
    return ""


# headers are translated where they are shown (the model's context)
COLUMNS: list[Column[PlanRow]] = [
    Column("name", str(QT_TRANSLATE_NOOP("IssuePlanModel", "Learner")), lambda r: r.name, tooltip=lambda r: r.email),
    Column("status", str(QT_TRANSLATE_NOOP("IssuePlanModel", "Status")), status,
           foreground=lambda r: COLOURS.get(status_key(r))),
    Column("why", str(QT_TRANSLATE_NOOP("IssuePlanModel", "Why not")), why,
           tooltip=lambda r: r.review or why(r) or None),
]


class IssuePlanModel(RowsModel["PlanRow"]):
    def __init__(self, parent: object = None) -> None:
        super().__init__(COLUMNS, parent=parent, context="IssuePlanModel")

    def ready(self, reissue: bool = False) -> list[PlanRow]:
        """Who an Issue click issues to: renewal never includes revoked credentials."""
        return [r for r in self.rows() if r.eligible and r.renderable and not r.revoked
                and (reissue or not r.credential_id)]
