"""Long work with a progress dialog that appears only if the work takes a moment, and Cancel."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from badgesmith.ui.errors import TITLE
from badgesmith.ui.tasks import Runner, TaskControl, TaskHandle
from badgesmith.ui.widgets.common import plain_label

SHOW_AFTER_MS = 400


def run_with_progress(
    runner: Runner,
    parent: QWidget,
    label: str,
    fn: Callable[[TaskControl], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    cancellable: bool = True,
) -> TaskHandle:
    dlg = QProgressDialog("", QCoreApplication.translate("Progress", "Cancel") if cancellable else "", 0, 0, parent)
    dlg.setLabel(plain_label(label))  # the label names cohorts and learners: never HTML
    dlg.setObjectName("progressDialog")
    dlg.setWindowTitle(TITLE)
    dlg.setWindowModality(Qt.WindowModality.WindowModal)
    dlg.setMinimumDuration(SHOW_AFTER_MS)  # quick work never flashes a dialog
    dlg.setAutoClose(False)
    dlg.setAutoReset(False)
    dlg.setMinimumWidth(420)
    if not cancellable:
        dlg.setCancelButton(None)
    holder: dict[str, TaskHandle] = {}

    def cancel() -> None:
        if "h" in holder:
            holder["h"].cancel()
            dlg.setLabelText(QCoreApplication.translate("Progress", "Cancelling… finishing the item in progress."))

    def progress(done: int, total: int, text: str) -> None:
        if total > 0:
            dlg.setMaximum(total)
            dlg.setValue(min(done, total))
        if text and not (holder.get("h") and holder["h"].cancelled):
            dlg.setLabelText(QCoreApplication.translate("Progress", "{task}\n{done} of {total}: {item}").format(
                task=label, done=done, total=total, item=text))

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        dlg.canceled.disconnect(cancel)
        dlg.reset()
        dlg.close()
        dlg.deleteLater()
        callback(value)

    dlg.canceled.connect(cancel)
    handle = runner.run(fn, lambda r: finish(on_done, r), lambda e: finish(on_error, e), progress,
                            owner=parent)
    holder["h"] = handle

    def abandoned() -> None:  # stopped for good (quit, workspace switch): no callback will close it
        dlg.canceled.disconnect(cancel)
        dlg.reset()
        dlg.close()
        dlg.deleteLater()

    handle.on_abandon(abandoned)
    return handle
