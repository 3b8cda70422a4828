"""A bar that says what was just removed, with Undo (also Ctrl+Z on its page, where Ctrl+Z is
not taken).

Removals are undone by putting back the rows they took (services/removal.py), archiving by
bringing the achievement back. The bar keeps every removal of its page for the rest of the
session, newest undone first; switching workspace forgets them (they belong to the other
workspace's database).

What the bar says is two whole sentences from the page that acted, one for the removal and one
for its undoing ("Deleted Ayse Öztürk." / "Undone: deleted Ayse Öztürk."), each translated as a
whole: languages word them differently, so no fragment is re-cased or glued in here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from badgesmith.core.services import removal
from badgesmith.core.services.removal import Removed
from badgesmith.ui import colours
from badgesmith.ui.ops import Change, Ops
from badgesmith.ui.widgets.common import plain_label

if TYPE_CHECKING:
    from badgesmith.core.store.workspace import Workspace


@dataclass(frozen=True)
class Undoable:
    said: str  # "Deleted Ayse Öztürk." (also what finds it again, see drop)
    undone: str  # "Undone: deleted Ayse Öztürk."
    undo: Callable[[Workspace], object]

    @classmethod
    def of(cls, removed: Removed, said: str, undone: str) -> Undoable:
        """A removal (services/removal.py), undone by putting its rows back."""
        return cls(said, undone, lambda ws: removal.restore(ws, removed))


class UndoBar(QFrame):
    DONE_SHOWN_MS = 6000  # "Undone: …" is news for a moment, then the bar goes

    def __init__(self, ops: Ops, changes: Change, page: QWidget, *, shortcut: bool = True,
                 button_text: str | None = None) -> None:
        super().__init__(page)
        self.setObjectName("undoBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        colours.styled(self, lambda: colours.notice_sheet("#undoBar"))
        self.ops, self.changes = ops, changes
        self.stack: list[Undoable] = []
        self.text = plain_label(wrap=True)
        self.text.setObjectName("undoText")
        self.button_text = button_text if button_text is not None else self.tr("Undo")
        self._fade = QTimer(self)
        self._fade.setSingleShot(True)
        self._fade.setInterval(self.DONE_SHOWN_MS)
        self._fade.timeout.connect(lambda: None if self.stack else self.hide())
        self.button = QPushButton(self.button_text)
        self.button.setObjectName("undoButton")
        self.button.setToolTip(self.tr("Put back what was removed (Ctrl+Z)"))
        self.button.clicked.connect(lambda: self.undo())
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 4, 8, 4)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.button)
        if shortcut:  # not where Ctrl+Z already undoes something else (the results grid)
            keys = QShortcut(QKeySequence.StandardKey.Undo, page)
            keys.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            keys.activated.connect(lambda: self.undo())
        self.hide()

    def offer(self, item: Undoable) -> None:
        self.stack.append(item)
        self._show(item.said)

    def undo(self, done: Callable[[], object] | None = None) -> None:
        if not self.stack:
            return
        item = self.stack[-1]

        def undone(_: object) -> None:
            self.stack.remove(item)
            self._show(item.undone)
            self._fade.start()
            if done is not None:
                done()

        self.ops.run(self, item.undo, changes=self.changes, done=undone)

    def drop(self, said: str, text: str) -> None:
        """The user put things back another way (e.g. "Bring back"): that undo is done."""
        self.stack = [i for i in self.stack if i.said != said]
        self._show(text)
        self._fade.start()

    def forget(self) -> None:
        self.stack.clear()
        self.hide()

    def _show(self, text: str) -> None:
        self.text.setText(text)
        self.button.setEnabled(bool(self.stack))
        n = len(self.stack)
        self.button.setText(self.tr("{undo} ({count})", "the Undo button and how many removals it can undo").format(
            undo=self.button_text, count=n) if n > 1 else self.button_text)
        self.show()
