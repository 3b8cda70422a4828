"""What every page has: the shared context, and refreshing when shown or when data changed."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from badgesmith.ui.context import AppContext
from badgesmith.ui.ops import Change


class Page(QWidget):
    #: the changes (announced by operations) that make this page reload
    topics: Change = Change.NONE

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        ctx.changed.connect(self._on_changed)
        ctx.workspace_changed.connect(self._on_workspace)

    def refresh(self) -> None:
        """Reload from the services. Pages override."""

    def ensure_fresh(self) -> None:
        if self._stale:
            self._stale = False
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_fresh()

    def _on_changed(self, change: Change) -> None:
        if change & self.topics:
            self._stale = True
            if self.isVisible():
                self.ensure_fresh()

    def _on_workspace(self) -> None:
        self._stale = True
        self.workspace_switched()
        if self.isVisible():
            self.ensure_fresh()

    def workspace_switched(self) -> None:
        """Drop state tied to the previous workspace (selections, open editors)."""

    def has_unsaved_changes(self) -> bool:
        """True while the page holds edits that are not saved (checked before quitting or switching)."""
        return False

    def resolve_unsaved(self) -> bool:
        """Ask Save / Discard / Cancel about unsaved edits; True when the page may be left."""
        return True
