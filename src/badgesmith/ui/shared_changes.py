"""Other people's changes on a shared workspace reach the open pages without a restart.

A thread waits on the database's notifications (core/store/changes.py) and hands the tables that
changed to the GUI thread as a :class:`Change`, the same announcement an operation of this window
makes: the pages that show them reload (at once if visible, else when next shown).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from badgesmith.core.services import shared_database
from badgesmith.core.services.shared_database import ChangeListener
from badgesmith.ui.ops import Change

if TYPE_CHECKING:
    from badgesmith.core.store.workspace import Workspace

log = logging.getLogger(__name__)
TOPICS: dict[str, Change] = {
    "learner": Change.LEARNERS,
    "cohort": Change.COHORTS, "enrolment": Change.COHORTS,
    "assessment_result": Change.RESULTS, "evidence": Change.RESULTS,
    "credential": Change.CREDENTIALS, "imported_credential": Change.CREDENTIALS,
    "achievement": Change.ACHIEVEMENTS, "achievement_version": Change.ACHIEVEMENTS, "criterion": Change.ACHIEVEMENTS,
    "rubric_level": Change.ACHIEVEMENTS, "alignment": Change.ACHIEVEMENTS,
    "achievement_endorsement": Change.ACHIEVEMENTS,
    "issuer_profile": Change.ISSUER, "signing_key": Change.ISSUER, "trusted_issuer": Change.ISSUER,
    "outbox_message": Change.DELIVERY, "setting": Change.DELIVERY,
}


def topics_of(tables: set[str]) -> Change:
    change = Change.NONE
    for table in tables:
        change |= TOPICS.get(table, Change.NONE)
    return change


ROLE_CHECK_S = 10.0  # how often the signed-in role is looked up again (no notification tells)


class SharedChanges(QObject):
    """Listens while a shared workspace is open; ``arrived`` carries a Change in the GUI thread,
    ``role_changed`` the person's new role when an administrator changed it."""

    arrived = Signal(object)
    role_changed = Signal(object)

    def __init__(self, ws: Workspace, announce: Callable[[Change], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.arrived.connect(announce)  # queued: emitted from the listening thread
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._listen, args=(ws,), name="shared-changes", daemon=True)
        self._thread.start()

    def _listen(self, ws: Workspace) -> None:
        listener: ChangeListener | None = None
        role, checked = ws.role, time.monotonic()
        while not self._stop.is_set() and not ws.closed:
            try:
                if listener is None:
                    listener = shared_database.listen(ws)
                change = topics_of(listener.wait(timeout=1.0))
                if time.monotonic() - checked > ROLE_CHECK_S:
                    checked = time.monotonic()
                    now = shared_database.current_role(ws)
                    if now is not None and now != role:
                        role = now
                        self.role_changed.emit(now)
            except Exception as exc:  # the server went away: try again a little later
                log.info("not listening for others' changes for now: %s", type(exc).__name__)
                if listener is not None:
                    listener.close()
                listener = None
                self._stop.wait(5.0)
                continue
            if change != Change.NONE and not self._stop.is_set() and not ws.closed:
                try:
                    self.arrived.emit(change)
                except RuntimeError:  # the window went away while we waited
                    break
        if listener is not None:
            listener.close()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=3.0)
