"""The one way the GUI runs work: service calls as operations (after Anki's ``CollectionOp``).

An operation is a function of the open workspace, ``work(ws)`` (or ``work(ws, ctl)`` for long
work that reports progress and can be cancelled). It runs on the runner's worker thread, never
on the GUI thread; the runner has one worker, so operations on a workspace never overlap. When
it succeeds, the operation announces what it changed (:class:`Change`) and the pages that show
that data refresh; then ``done(result)`` runs on the GUI thread. When it fails, the error is
shown in one place (:meth:`Ops.show_error`), unless the caller shows it itself (a dialog that
keeps its input and says what is wrong inline). An unexpected error is logged with its traceback
and the user told where the log is: never a traceback on screen.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QWidget

from badgesmith.ui.errors import TITLE, show_error, user_message
from badgesmith.ui.progress import run_with_progress
from badgesmith.ui.tasks import TaskControl, TaskHandle
from badgesmith.ui.widgets.common import set_error

if TYPE_CHECKING:
    from badgesmith.core.store.workspace import Workspace
    from badgesmith.ui.tasks import Runner

log = logging.getLogger(__name__)
T = TypeVar("T")


class Change(enum.Flag):
    """What an operation changed; each page refreshes when a change it shows comes by."""

    NONE = 0
    ACHIEVEMENTS = enum.auto()
    LEARNERS = enum.auto()
    COHORTS = enum.auto()
    RESULTS = enum.auto()
    CREDENTIALS = enum.auto()
    ISSUER = enum.auto()  # the profile, its keys and designs, trusted issuers
    DELIVERY = enum.auto()  # the outbox, the message template, the mail account
    EVERYTHING = ACHIEVEMENTS | LEARNERS | COHORTS | RESULTS | CREDENTIALS | ISSUER | DELIVERY


class Ops:
    """Runs operations for one window (``ctx.ops``): on ``runner``, over the workspace open when
    each starts, announcing changes through ``notify``."""

    def __init__(self, runner: Runner, workspace: Callable[[], Workspace],
                 notify: Callable[[Change], None]) -> None:
        self.runner, self._workspace, self._notify = runner, workspace, notify

    def run(
        self,
        parent: QWidget | None,
        work: Callable[[Workspace], T],
        *,
        changes: Change = Change.NONE,
        done: Callable[[T], object] | None = None,
        error: Callable[[BaseException], None] | None = None,
        owner: QObject | None = None,
    ) -> TaskHandle:
        """Run ``work(ws)`` on the worker; announce ``changes`` and call ``done`` when it succeeds."""
        ws = self._workspace()
        return self.runner.run(
            lambda _ctl: work(ws),
            self._succeeded(changes, done),
            self._failed(parent, error),
            owner=owner if owner is not None else parent,
        )

    def read(self, parent: QWidget | None, work: Callable[[Workspace], T],
             error: Callable[[BaseException], None] | None = None) -> T | None:
        """A quick read or check (a list for a combo box, one record, a page of a lazy table, a
        form's validation) right here on the GUI thread: indexed lookups of a few milliseconds,
        cheaper than a round trip to the worker. On an error it is shown (or given to ``error``)
        and None returned."""
        try:
            return work(self._workspace())
        except Exception as exc:
            self._failed(parent, error)(exc)
            return None

    def run_now(self, parent: QWidget | None, work: Callable[[Workspace], T], *,
                changes: Change = Change.NONE, error: Callable[[BaseException], None] | None = None) -> T | None:
        """Run ``work`` to completion before returning, for the one case where the next step
        depends on it: saving edits the user chose to keep before leaving a page or quitting.
        The worker is let finish first (so two threads never use the workspace), then the work
        runs here; None after an error, which is shown."""
        self.runner.wait()
        try:
            result = work(self._workspace())
        except Exception as exc:
            self._failed(parent, error)(exc)
            return None
        if changes:
            self._notify(changes)
        return result

    def run_long(
        self,
        parent: QWidget,
        label: str,
        work: Callable[[Workspace, TaskControl], T],
        *,
        changes: Change = Change.NONE,
        done: Callable[[T], object] | None = None,
        error: Callable[[BaseException], None] | None = None,
        cancellable: bool = True,
    ) -> TaskHandle:
        """Like :meth:`run`, with a progress dialog (shown only if the work takes a moment) and Cancel."""
        ws = self._workspace()
        return run_with_progress(self.runner, parent, label, lambda ctl: work(ws, ctl),
                                 self._succeeded(changes, done), self._failed(parent, error), cancellable)

    def _succeeded(self, changes: Change, done: Callable[[Any], object] | None) -> Callable[[Any], None]:
        def succeeded(result: Any) -> None:
            if done is not None:  # the page that asked updates itself first, then everyone refreshes
                done(result)
            if changes:
                self._notify(changes)

        return succeeded

    def _failed(self, parent: QWidget | None, error: Callable[[BaseException], None] | None
                ) -> Callable[[BaseException], None]:
        def failed(exc: BaseException) -> None:
            if error is not None:
                error(exc)
            else:
                self.show_error(parent, exc)

        return failed

    @staticmethod
    def show_error(parent: QWidget | None, exc: BaseException, title: str = TITLE) -> None:
        """The one place errors of operations are shown (as one sentence; see errors.user_message)."""
        show_error(parent, exc, title)

    @staticmethod
    def message(exc: BaseException) -> str:
        return user_message(exc)


def show_in(label: QLabel) -> Callable[[BaseException], None]:
    """An ``error`` callback that says what went wrong in a dialog's own error label (the dialog
    stays open with the user's input)."""
    return lambda exc: set_error(label, user_message(exc))
