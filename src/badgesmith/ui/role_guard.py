"""On a shared database, what the signed-in person's role does not allow stays disabled, with a
tool tip that says why (the database refuses it anyway; this saves typing a form for nothing).

Which action needs which role is listed here once, by the widgets' object names, so the pages
need not know about roles. A page that enables a button again (a row was selected) is undone at
once: the guard watches each button's enabled state.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from badgesmith.core.errors import NotPermitted
from badgesmith.core.services import shared_database
from badgesmith.core.services.shared_database import Role
from badgesmith.ui.i18n import say

if TYPE_CHECKING:
    from badgesmith.core.store.workspace import Workspace

#: object name -> the role its action needs (what the services refuse below it)
NEEDS: dict[str, Role] = {
    # issuing, revoking, what a credential says
    "issueButton": Role.ISSUER, "renewSelected": Role.ISSUER,
    "revokeButton": Role.ISSUER, "reinstateButton": Role.ISSUER, "keepButton": Role.ISSUER,
    "sendButton": Role.ISSUER, "saveDrafts": Role.ISSUER, "mailAccountButton": Role.ISSUER,
    "messageButton": Role.ISSUER, "addEarnedCredential": Role.ISSUER,
    # achievements
    "newAchievement": Role.ISSUER, "saveAchievement": Role.ISSUER, "archiveAchievement": Role.ISSUER,
    "addEndorsement": Role.ISSUER, "removeEndorsement": Role.ISSUER, "editRequirements": Role.ISSUER,
    # settings everyone shares (the language is each person's own)
    "saveDesign": Role.ISSUER, "importCard": Role.ISSUER,
    "saveProfile": Role.ADMINISTRATOR, "savePublishing": Role.ADMINISTRATOR,
    "rotateKey": Role.ADMINISTRATOR, "changePassphrase": Role.ADMINISTRATOR,
    "eraseLearner": Role.ADMINISTRATOR,
    "addPerson": Role.ADMINISTRATOR, "changeRole": Role.ADMINISTRATOR, "removePerson": Role.ADMINISTRATOR,
    # the File menu
    "endorseAction": Role.ISSUER, "restoreAction": Role.ADMINISTRATOR, "backupAction": Role.ISSUER,
    "unlockAction": Role.ISSUER, "unlockButton": Role.ISSUER,
}


_REFUSED, _OWN_TIP = "roleRefused", "roleOwnToolTip"  # dynamic properties of a guarded widget or action


def refused_action(ws: Workspace, name: str) -> str | None:
    """Why ``ws``'s person may not use the action of the widget called ``name`` (None: they may):
    a page asks before offering to save edits that its save button would refuse."""
    return refusal(ws, NEEDS[name]) if name in NEEDS else None


def refusal(ws: Workspace, role: Role) -> str | None:
    """The sentence saying why ``ws``'s person may not do what needs ``role``; None if they may."""
    try:
        shared_database.require(ws, role)
    except NotPermitted as exc:
        return say(exc.message)
    return None


class RoleGuard(QObject):
    """Keeps the actions of the widgets it watches as the role of the open workspace allows."""

    def __init__(self, workspace: Callable[[], Workspace], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._watched: list[weakref.ref[QWidget]] = []
        self._actions: list[QAction] = []

    def watch(self, root: QWidget) -> None:
        """Guard the actions in ``root`` (a page, once it is built)."""
        for widget in root.findChildren(QWidget):
            if widget.objectName() in NEEDS:
                widget.installEventFilter(self)
                self._watched.append(weakref.ref(widget))
                self._apply(widget)

    def watch_action(self, action: QAction) -> None:
        if action not in self._actions:
            self._actions.append(action)
        self._apply(action)

    def refresh(self) -> None:
        """After the workspace changed (another person, another role)."""
        self._watched = [ref for ref in self._watched if (w := ref()) is not None and shiboken6.isValid(w)]
        for ref in self._watched:
            widget = ref()
            if widget is not None:
                self._apply(widget)
        for action in self._actions:
            self._apply(action)

    def _apply(self, item: QWidget | QAction) -> None:
        reason = refusal(self._workspace(), NEEDS[item.objectName()])
        refused = item.property(_REFUSED)
        if reason is not None:
            if not refused:  # the widget's own tool tip comes back when the role allows it again
                item.setProperty(_OWN_TIP, item.toolTip())
            item.setProperty(_REFUSED, True)
            item.setEnabled(False)
            item.setToolTip(reason)
        elif refused:
            item.setProperty(_REFUSED, False)
            item.setToolTip(str(item.property(_OWN_TIP) or ""))
            item.setEnabled(True)  # the page decides again when it refreshes for the new workspace

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.EnabledChange and isinstance(watched, QWidget) and watched.isEnabled()
                and watched.property(_REFUSED)):
            watched.setEnabled(False)  # a page enabled it (a row was selected): the role still says no
        return False
