"""Starting the desktop app: QApplication, the workspace (or a fresh demo), first-run setup."""

from __future__ import annotations

import contextlib
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from badgesmith.ui.opening import critical, open_or_setup

if TYPE_CHECKING:
    from badgesmith.core.store.workspace import Workspace
    from badgesmith.ui.main_window import MainWindow

ORG = APP = "Badgesmith"


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName(ORG)
        QCoreApplication.setApplicationName(APP)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORG)
    app.setApplicationName(APP)
    app.setApplicationDisplayName(APP)
    app.setDesktopFileName("badgesmith")
    from badgesmith.ui.icons import app_icon

    app.setWindowIcon(app_icon())
    return app  # type: ignore[return-value]


def demo_folder() -> Path:
    """A fresh 'demo-<timestamp>' folder in the user data folder (a temp folder if that fails)."""
    from platformdirs import user_data_path

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    try:
        base = user_data_path(APP, appauthor=False)
        base.mkdir(parents=True, exist_ok=True)
        folder = base / f"demo-{stamp}"
        n = 1
        while folder.exists():
            n += 1
            folder = base / f"demo-{stamp}-{n}"
        return folder
    except OSError:
        return Path(tempfile.mkdtemp(prefix=f"badgesmith-demo-{stamp}-"))


def build_window(ws: Workspace, runner: object | None = None, passphrase: str | None = None) -> MainWindow:
    """The main window over an open workspace (tests pass a SyncTaskRunner)."""
    from badgesmith.ui.context import AppContext
    from badgesmith.ui.main_window import MainWindow
    from badgesmith.ui.tasks import TaskRunner

    ctx = AppContext(ws, runner if runner is not None else TaskRunner())  # type: ignore[arg-type]
    window = MainWindow(ctx)
    ctx.setParent(window)
    if passphrase is not None:
        with contextlib.suppress(Exception):  # a wrong passphrase just leaves the key locked
            ctx.unlock(passphrase)
    return window


def run(workspace: str | None = None, demo: bool = False) -> int:
    app = make_app()
    from badgesmith.ui import prefs

    passphrase: str | None = None
    if demo:
        from badgesmith.core.services.demo import DEMO_PASSPHRASE, create_demo

        folder = demo_folder()
        try:
            create_demo(folder).close()
        except Exception as exc:
            from badgesmith.ui.errors import user_message

            critical(None, "Cannot create the demo workspace", user_message(exc))
            return 1
        passphrase = DEMO_PASSPHRASE  # the demo's key is unlocked: it signs nothing real
    else:
        from badgesmith.core.store.workspace import default_workspace_dir

        folder = Path(workspace).expanduser() if workspace else default_workspace_dir()
    opened = open_or_setup(folder)
    if opened is None:
        return 1
    ws, chosen = opened
    passphrase = passphrase or chosen
    prefs.add_recent_workspace(ws.folder)
    window = build_window(ws, passphrase=passphrase)
    window.show()
    code = app.exec()
    window.ctx.ws.close()
    return code
