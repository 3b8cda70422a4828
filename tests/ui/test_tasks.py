"""The task runner delivers results, errors and progress on the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread

from badgesmith.ui.tasks import SyncTaskRunner, TaskRunner


def test_results_progress_and_errors_arrive_on_the_gui_thread(qtbot) -> None:
    runner = TaskRunner()
    gui = QThread.currentThread()
    seen: dict[str, object] = {}

    def work(ctl):  # type: ignore[no-untyped-def]
        seen["worker"] = threading.current_thread().name
        for i in range(3):
            ctl.progress(i + 1, 3, f"item {i}")
        return 42

    progress: list[tuple[int, int, str]] = []
    runner.run(work, on_done=lambda r: seen.update(result=r, thread=QThread.currentThread()),
               on_progress=lambda d, t, label: progress.append((d, t, label)))
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 42 and seen["thread"] is gui
    assert seen["worker"] != threading.current_thread().name
    assert progress[-1] == (3, 3, "item 2")

    errors: list[BaseException] = []
    runner.run(lambda _c: 1 / 0, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ZeroDivisionError)


def test_cancel_is_seen_by_the_task(qtbot) -> None:
    runner = TaskRunner()
    started = threading.Event()
    out: list[str] = []

    def work(ctl):  # type: ignore[no-untyped-def]
        started.set()
        while not ctl.cancelled():
            QThread.msleep(5)
        return "stopped"

    handle = runner.run(work, on_done=out.append)
    assert started.wait(5)
    handle.cancel()
    qtbot.waitUntil(lambda: out == ["stopped"])
    assert handle.finished


def test_callbacks_for_a_deleted_owner_are_dropped(qtbot) -> None:
    runner = TaskRunner()
    owner = QObject()
    gate = threading.Event()
    out: list[int] = []
    runner.run(lambda _c: gate.wait(5) and 1, on_done=out.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(owner))
    gate.set()
    runner.wait(5000)
    qtbot.wait(50)
    assert out == []


def test_sync_runner_runs_inline() -> None:
    out: list[object] = []
    h = SyncTaskRunner().run(lambda c: (c.progress(1, 1, "x"), 7)[1], on_done=out.append,
                             on_progress=lambda *a: out.append(a))
    assert out == [(1, 1, "x"), 7] and h.finished
    errs: list[BaseException] = []
    SyncTaskRunner().run(lambda c: int("x"), on_error=errs.append)
    assert isinstance(errs[0], ValueError)
