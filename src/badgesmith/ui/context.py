"""What every page shares: the open workspace, the task runner, the unlocked passphrase.

The passphrase is kept in memory for this session only (never written, never logged), so
the user types it once. Pages listen to ``changed(topic)`` to refresh after others edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from badgesmith.core.store.workspace import Workspace
    from badgesmith.ui.tasks import SyncTaskRunner, TaskRunner

# Topics for ``changed``: which kind of data another page just edited.
ACHIEVEMENTS, LEARNERS, COHORTS, RESULTS, CREDENTIALS, ISSUER = (
    "achievements", "learners", "cohorts", "results", "credentials", "issuer")


class AppContext(QObject):
    changed = Signal(str)
    key_state_changed = Signal(bool)
    workspace_changed = Signal()

    def __init__(self, ws: Workspace, runner: TaskRunner | SyncTaskRunner,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.runner = runner
        self.__passphrase: str | None = None

    def __repr__(self) -> str:  # never show the passphrase, even in a debugger
        return f"<AppContext {self.ws.folder} unlocked={self.unlocked}>"

    @property
    def unlocked(self) -> bool:
        return self.__passphrase is not None

    @property
    def passphrase(self) -> str | None:
        return self.__passphrase

    def unlock(self, passphrase: str) -> None:
        """Check ``passphrase`` against the signing key; keep it only if it is right."""
        from badgesmith.core.services import issuer

        issuer.unlock_key(self.ws, passphrase)  # raises WrongPassphrase / KeyLocked
        self.__passphrase = passphrase
        self.key_state_changed.emit(True)

    def lock(self) -> None:
        self.__passphrase = None
        self.key_state_changed.emit(False)

    def set_workspace(self, ws: Workspace) -> None:
        old = self.ws
        self.ws = ws
        self.__passphrase = None
        if old is not ws:
            old.close()
        self.key_state_changed.emit(False)
        self.workspace_changed.emit()

    def notify(self, topic: str) -> None:
        self.changed.emit(topic)
