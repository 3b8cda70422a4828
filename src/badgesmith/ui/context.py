"""What every page shares: the open workspace, the operations layer, the unlocked passphrase.

The passphrase is kept in memory for this session only (never written, never logged), so the
user types it once. Operations announce what they changed (``changed(Change)``) and pages
refresh from that.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from badgesmith.core.services import issuer
from badgesmith.ui.ops import Change, Ops
from badgesmith.ui.shared_changes import SharedChanges
from badgesmith.ui.tasks import Runner

if TYPE_CHECKING:
    from badgesmith.core.services.shared_database import Role
    from badgesmith.core.store.workspace import Workspace


class AppContext(QObject):
    changed = Signal(object)  # a Change
    key_state_changed = Signal(bool)
    workspace_changed = Signal()
    role_changed = Signal()  # an administrator changed the signed-in person's role

    def __init__(self, ws: Workspace, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.runner = runner
        self.ops = Ops(runner, lambda: self.ws, self.notify)
        self.__passphrase: str | None = None
        self._others: SharedChanges | None = None
        self._listen_to_others()

    def __repr__(self) -> str:  # never show the passphrase, even in a debugger
        return f"<AppContext {self.ws.folder} unlocked={self.unlocked}>"

    @property
    def unlocked(self) -> bool:
        return self.__passphrase is not None

    @property
    def passphrase(self) -> str | None:
        return self.__passphrase

    def unlock(self, passphrase: str, parent: QWidget | None = None, done: Callable[[], None] | None = None,
               error: Callable[[BaseException], None] | None = None) -> None:
        """Check ``passphrase`` against the signing key (on the worker: the key derivation takes a
        moment); keep it only if it is right, then ``done()``; a wrong one goes to ``error`` (or is
        shown)."""

        def unlocked(_: object) -> None:
            self.__passphrase = passphrase
            self.key_state_changed.emit(True)
            if done is not None:
                done()

        self.ops.run(parent, lambda ws: issuer.unlock_key(ws, passphrase), done=unlocked, error=error)

    def lock(self) -> None:
        self.__passphrase = None
        self.key_state_changed.emit(False)

    def set_workspace(self, ws: Workspace) -> None:
        old = self.ws
        self.ws = ws
        self.__passphrase = None
        if old is not ws:
            self.stop_listening()
            old.close()
            self._listen_to_others()
        self.key_state_changed.emit(False)
        self.workspace_changed.emit()

    def notify(self, change: Change) -> None:
        self.changed.emit(change)

    def _listen_to_others(self) -> None:
        """On a shared workspace, what others commit is announced like this window's own changes."""
        if self.ws.is_shared:
            self._others = SharedChanges(self.ws, self.notify, self)
            self._others.role_changed.connect(self._new_role)

    def _new_role(self, role: Role) -> None:
        self.ws.role = role
        self.role_changed.emit()

    def stop_listening(self) -> None:
        if self._others is not None:
            self._others.stop()
            self._others = None
