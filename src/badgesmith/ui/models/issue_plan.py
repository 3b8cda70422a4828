"""Who can be issued in a cohort: eligible or why not, and already issued."""

from __future__ import annotations

from typing import TYPE_CHECKING

from badgesmith.ui.models.table import Column, RowsModel

if TYPE_CHECKING:
    from badgesmith.core.services.issuing import PlanRow


def status(r: PlanRow) -> str:
    if r.revoked:
        return "Revoked"
    if r.credential_id:
        return "Issued — needs review" if r.review else "Already issued"
    if not r.eligible:
        return "Not eligible"
    if not r.renderable:
        return "Cannot print name"
    return "✓ Ready to issue"


def why(r: PlanRow) -> str:
    if r.revoked:
        return "Renewal skips it: select the learner and use Renew selected."
    if r.review:
        return "A credential it rests on was revoked: keep or revoke it on the Credentials page."
    if not r.eligible:
        return " ".join(r.reasons)
    if not r.renderable:
        return r.problem or ""
    return ""


COLOURS = {"✓ Ready to issue": "#1B7F3B", "Not eligible": "#9A3412", "Cannot print name": "#B00020",
           "Already issued": "#1F3A5F", "Revoked": "#B00020", "Issued — needs review": "#8A6D00"}

COLUMNS: list[Column[PlanRow]] = [
    Column("name", "Learner", lambda r: r.name, tooltip=lambda r: r.email),
    Column("status", "Status", status, foreground=lambda r: COLOURS.get(status(r))),
    Column("why", "Why not", why, tooltip=lambda r: r.review or why(r) or None),
]


class IssuePlanModel(RowsModel["PlanRow"]):
    def __init__(self, parent: object = None) -> None:
        super().__init__(COLUMNS, parent=parent)

    def ready(self, reissue: bool = False) -> list[PlanRow]:
        """Who an Issue click issues to: renewal never includes revoked credentials."""
        return [r for r in self.rows() if r.eligible and r.renderable and not r.revoked
                and (reissue or not r.credential_id)]
