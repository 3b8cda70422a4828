"""The one task runner: work off the GUI thread, results back on it.

A task is ``fn(ctl: TaskControl) -> result``; it reports with ``ctl.progress(done, total,
label)`` and polls ``ctl.cancelled()``. ``TaskRunner`` runs tasks one at a time on a single
worker thread (so two tasks never use the workspace at once) and delivers ``on_done`` /
``on_error`` / ``on_progress`` on the GUI thread through queued signals. ``SyncTaskRunner``
runs them inline (Picard-style) so tests stay deterministic. Both are a :class:`Runner`.
Pages do not call runners directly: they run operations (ops.Ops).
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]
Progress = Callable[[int, int, str], None]


def _alive(owner: QObject | None) -> bool:
    return owner is None or shiboken6.isValid(owner)


class TaskControl:
    """What a running task sees: a progress reporter and a cancel flag (thread-safe)."""

    def __init__(self, report: Progress | None = None) -> None:
        self._cancel = threading.Event()
        self._report = report

    def progress(self, done: int, total: int, label: str = "") -> None:
        if self._report is not None:
            self._report(done, total, label)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()


class TaskHandle:
    def __init__(self, ctl: TaskControl) -> None:
        self._ctl = ctl
        self.finished = False
        self.abandoned = False  # stopped by ``stop_all``: its callbacks never run
        self._on_abandon: list[Callable[[], None]] = []

    def cancel(self) -> None:
        self._ctl.cancel()

    def on_abandon(self, fn: Callable[[], None]) -> None:
        """``fn`` runs if the task is stopped for good (quit, workspace switch): e.g. close its dialog."""
        self._on_abandon.append(fn)

    def abandon(self) -> None:
        self.cancel()
        if self.abandoned:
            return
        self.abandoned = True
        for fn in self._on_abandon:
            fn()

    @property
    def cancelled(self) -> bool:
        return self._ctl.cancelled()


class Runner(Protocol):
    """What the operations layer needs of a runner; TaskRunner and SyncTaskRunner are both one."""

    @property
    def busy(self) -> bool: ...

    def run(self, fn: Callable[[TaskControl], Any], on_done: Done | None = None,
            on_error: Failed | None = None, on_progress: Progress | None = None,
            owner: QObject | None = None) -> TaskHandle: ...

    def wait(self, msecs: int = -1) -> bool: ...

    def stop_all(self, msecs: int = -1) -> bool: ...


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from the worker arrive there queued."""

    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[TaskControl], Any], relay: _Relay, ctl: TaskControl) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn, self._relay, self._ctl = fn, relay, ctl

    def run(self) -> None:
        try:
            result = self._fn(self._ctl)
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the GUI
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


class TaskRunner(QObject):
    """Runs tasks one after another on one worker thread; callbacks arrive on the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # serial: one workspace, one writer, no interleaving
        self._live: dict[_Relay, TaskHandle] = {}

    def run(
        self,
        fn: Callable[[TaskControl], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        on_progress: Progress | None = None,
        owner: QObject | None = None,
    ) -> TaskHandle:
        """Run ``fn`` on the pool. With ``owner``, callbacks are dropped once it is deleted."""
        relay = _Relay()
        ctl = TaskControl(relay.progress.emit)
        handle = TaskHandle(ctl)
        self._live[relay] = handle

        def finish(callback: Callable[[Any], None] | None, value: Any) -> None:
            handle.finished = True
            self._live.pop(relay, None)
            if handle.abandoned:
                return  # stopped by stop_all: the workspace it worked on may be closed by now
            if owner is not None and not shiboken6.isValid(owner):
                return  # the page that asked is gone (window closed, workspace switched)
            if callback is not None:
                callback(value)
            elif isinstance(value, BaseException):
                raise value

        if on_progress is not None:
            relay.progress.connect(lambda d, t, label: _alive(owner) and not handle.abandoned
                                   and on_progress(d, t, label))
        relay.done.connect(lambda r: finish(on_done, r))
        relay.failed.connect(lambda e: finish(on_error, e))
        self._pool.start(_Job(fn, relay, ctl))
        return handle

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

    def stop_all(self, msecs: int = -1) -> bool:
        """Cancel every running task, wait for the workers to return, and drop their callbacks.

        Before quitting or closing the workspace: no worker may still be using it. Returns False
        if a worker was still running after ``msecs``.
        """
        handles = list(self._live.values())
        for h in handles:
            h.cancel()
        done = self._pool.waitForDone(msecs)
        for h in handles:
            h.abandon()
        self._live.clear()
        return done

    @property
    def busy(self) -> bool:
        return bool(self._live)


class SyncTaskRunner(QObject):
    """Same interface, runs inline: for tests and scripts."""

    @property
    def busy(self) -> bool:
        return False

    def run(
        self,
        fn: Callable[[TaskControl], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        on_progress: Progress | None = None,
        owner: QObject | None = None,
    ) -> TaskHandle:
        ctl = TaskControl(on_progress)
        handle = TaskHandle(ctl)
        try:
            result = fn(ctl)
        except Exception as exc:
            handle.finished = True
            if on_error is None:
                raise
            on_error(exc)
        else:
            handle.finished = True
            if on_done is not None:
                on_done(result)
        return handle

    def wait(self, msecs: int = -1) -> bool:
        return True

    def stop_all(self, msecs: int = -1) -> bool:
        return True
