"""Starting the desktop app: QApplication, the workspace (or a fresh demo), first-run setup."""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_data_path
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from badgesmith.core.services import shared_database, workspaces
from badgesmith.ui import i18n, keyboard, prefs
from badgesmith.ui.context import AppContext
from badgesmith.ui.errors import user_message
from badgesmith.ui.icons import app_icon
from badgesmith.ui.main_window import MainWindow
from badgesmith.ui.opening import critical, open_or_setup, open_shared
from badgesmith.ui.tasks import Runner, TaskRunner

if TYPE_CHECKING:
    from badgesmith.core.store.workspace import Workspace

log = logging.getLogger(__name__)
ORG = APP = "Badgesmith"  # i18n: the settings' and data folder's name


def make_app(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        QCoreApplication.setOrganizationName(ORG)
        QCoreApplication.setApplicationName(APP)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORG)
    app.setApplicationName(APP)
    app.setApplicationDisplayName(APP)
    app.setDesktopFileName("badgesmith")
    app.setWindowIcon(app_icon())
    keyboard.install(app)
    return app


def demo_folder() -> Path:
    """A fresh 'demo-<timestamp>' folder in the user data folder (a temp folder if that fails)."""
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


def build_window(ws: Workspace, runner: Runner | None = None, passphrase: str | None = None) -> MainWindow:
    """The main window over an open workspace (tests pass a SyncTaskRunner)."""
    ctx = AppContext(ws, runner if runner is not None else TaskRunner())
    window = MainWindow(ctx)
    ctx.setParent(window)
    if passphrase is not None:  # a wrong one just leaves the key locked
        ctx.unlock(passphrase, window, error=lambda _exc: None)
    return window


def startup_folder() -> Path:
    """The workspace opened when none is named: the default one, unless the last workspace used
    was a shared database's (a college's laptop goes back to it, not to a first-run wizard)."""
    recent = prefs.recent_workspaces()
    if recent:
        try:
            if shared_database.remembered(Path(recent[0])) is not None:
                return Path(recent[0])
        except Exception:  # an unreadable folder: start as usual
            log.info("the last workspace %s cannot be read; opening the default one", recent[0])
    return workspaces.default_folder()


def run(workspace: str | None = None, demo: bool = False, lang: str | None = None,
        database: str | None = None) -> int:
    app = make_app()
    i18n.install(app, i18n.choose(lang, i18n.env_language(), prefs.language(), i18n.system_language()))
    passphrase: str | None = None
    address = None if demo else database or os.environ.get(shared_database.ENV_DATABASE_URL)
    if demo:
        # imported here: the demo reaches every service and the PDF libraries, which an ordinary
        # start loads only when a page or task first needs them
        from badgesmith.core.services.demo import DEMO_PASSPHRASE, create_demo

        folder = demo_folder()
        try:
            create_demo(folder).close()
        except Exception as exc:
            critical(None, QCoreApplication.translate("App", "Cannot create the demo workspace"), user_message(exc))
            return 1
        passphrase = DEMO_PASSPHRASE  # the demo's key is unlocked: it signs nothing real
        opened = open_or_setup(folder)
    elif address:
        opened = open_shared(address, Path(workspace).expanduser() if workspace else None)
    elif workspace:
        opened = open_or_setup(Path(workspace).expanduser())
    else:  # the very first start may choose a shared database instead
        opened = open_or_setup(startup_folder(), offer_shared=True)
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
