"""The main window: navigation, the File menu, the status bar, remembered geometry."""

from __future__ import annotations

import functools
import gc
import importlib
import logging
import os
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QFontMetrics,
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from badgesmith import __version__
from badgesmith.core.services import backups, shared_database, workspaces
from badgesmith.ui import keyboard, prefs, shared_address, wheel_guard
from badgesmith.ui.context import AppContext
from badgesmith.ui.dialogs.connect_shared import ConnectDialog
from badgesmith.ui.dialogs.passphrase import with_passphrase
from badgesmith.ui.errors import TITLE, ask, show_error, show_info
from badgesmith.ui.expiring import ExpiringNotice
from badgesmith.ui.help import HelpWindow
from badgesmith.ui.i18n import left_to_right, say
from badgesmith.ui.icons import app_icon
from badgesmith.ui.opening import Opened, open_or_setup, set_up
from badgesmith.ui.ops import Change
from badgesmith.ui.pages import PAGES, title
from badgesmith.ui.pages.base import Page
from badgesmith.ui.role_guard import RoleGuard
from badgesmith.ui.widgets.common import ElidedLabel

if TYPE_CHECKING:
    from badgesmith.core.store.backup import ArchiveReport
    from badgesmith.core.store.workspace import Workspace
    from badgesmith.ui.pages.credentials import CredentialsPage


log = logging.getLogger(__name__)
QUICK_WORK_MS = 1500  # closing waits this long for running work before asking
NAV_SHARE = 0.2  # the page list takes at most this share of the window's width (its longest word at least)


def _import_modules(names: list[str]) -> None:
    for name in names:
        try:
            importlib.import_module(name)
        except Exception:  # the page says what is wrong when it is shown
            log.exception("preloading %s", name)
    # What exists now lives as long as the app (modules, Qt wrappers, caches): leave it out of
    # later garbage collections. A full collection over it held the interpreter lock for ~75 ms,
    # and the window stood still whenever the worker thread happened to trigger one.
    gc.freeze()


class MainWindow(QMainWindow):
    first_shown = Signal()
    first_page_ready = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self._pages: dict[str, Page] = {}
        self._shown_once = False
        self._help: HelpWindow | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):  # once per application, whichever window comes first
            keyboard.install(app)
            wheel_guard.install(app)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setStyleSheet("QListWidget { font-size: 11pt; } QListWidget::item { padding: 8px 10px; }")
        # as wide as its longest name, within NAV_SHARE of the window: a long name (a long
        # language, 200 % scaling on a laptop) wraps onto a second line instead of being cut
        self.nav.setWordWrap(True)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        for i, (key, label, _m, _c) in enumerate(PAGES):
            self.nav.addItem(title(label))
            self.nav.item(i).setData(Qt.ItemDataRole.UserRole, key)
            self.stack.addWidget(QWidget())  # placeholder until first shown: fast start-up
        self.nav.currentRowChanged.connect(self._show_row)
        # credentials that expire soon are announced above the pages (at start-up, on switching)
        self.expiring = ExpiringNotice(ctx)
        self.expiring.show_them.connect(self.show_expiring)
        ctx.workspace_changed.connect(self.expiring.check)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addWidget(self.expiring)
        right.addWidget(self.stack, 1)
        central = QWidget()
        lay = QHBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.nav)
        lay.addLayout(right, 1)
        self.setCentralWidget(central)

        # before any page exists: on a switch, the guard's refresh comes before the pages' own
        self.guard = RoleGuard(lambda: self.ctx.ws, self)
        ctx.workspace_changed.connect(self.guard.refresh)
        ctx.role_changed.connect(self.guard.refresh)
        self._build_menus()
        self._build_status_bar()
        ctx.key_state_changed.connect(self._update_status)
        ctx.workspace_changed.connect(self._update_status)
        ctx.role_changed.connect(self._update_status)
        self._update_status()
        self._initial_row = 0
        self._restore_state()

    # ---------------------------------------------------------------- pages

    def page(self, key: str) -> Page:
        """The page widget for ``key``, created on first use."""
        if key not in self._pages:
            index = next(i for i, p in enumerate(PAGES) if p[0] == key)
            _k, _label, module, cls = PAGES[index]
            page = getattr(importlib.import_module(module), cls)(self.ctx)
            page.setObjectName(f"page_{key}")
            placeholder = self.stack.widget(index)
            # in a scroll area: on a small screen, at 200 % scaling or in a long language the page
            # scrolls instead of pushing the window off the screen or squeezing its text
            scroller = QScrollArea()
            scroller.setObjectName(f"scroll_{key}")
            scroller.setWidgetResizable(True)
            scroller.setFrameShape(QFrame.Shape.NoFrame)
            scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a stop of its own: its page's widgets are
            scroller.setWidget(page)
            self.stack.insertWidget(index, scroller)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            self._pages[key] = page
            self.guard.watch(page)  # what the signed-in role may not do stays disabled
        return self._pages[key]

    def show_page(self, key: str) -> Page:
        index = next(i for i, p in enumerate(PAGES) if p[0] == key)
        self.nav.setCurrentRow(index)
        return self.page(key)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        page = self.page(PAGES[row][0])
        self.stack.setCurrentIndex(row)
        page.ensure_fresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_nav()
        super().resizeEvent(event)

    def _fit_nav(self) -> None:
        self.nav.ensurePolished()  # its style sheet's font
        fm = QFontMetrics(self.nav.font())
        names = [self.nav.item(i).text() for i in range(self.nav.count())]
        widest = max((fm.horizontalAdvance(n) for n in names), default=0)
        word = max((fm.horizontalAdvance(w) for n in names for w in n.split()), default=0)
        chrome = max(0, self.nav.sizeHintForColumn(0) - widest) + 2 * self.nav.frameWidth()  # padding, frame
        self.nav.setFixedWidth(chrome + min(widest, max(word, int(self.width() * NAV_SHARE) - chrome)))

    def current_page(self) -> QWidget | None:
        """The page on show (inside its scroll area)."""
        scroller = self.stack.currentWidget()
        return scroller.widget() if isinstance(scroller, QScrollArea) else None

    def show_expiring(self) -> None:
        """The Credentials page, showing only the credentials that expire soon."""
        cast("CredentialsPage", self.show_page("credentials")).show_only("expiring")

    # ---------------------------------------------------------------- menus

    def _build_menus(self) -> None:
        file = self.menuBar().addMenu(self.tr("&File"))
        self._action(file, self.tr("&New workspace…"), self.new_workspace, QKeySequence.StandardKey.New)
        self._action(file, self.tr("&Open workspace…"), self.open_workspace_dialog, QKeySequence.StandardKey.Open)
        self.recent_menu = file.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.connect_action = self._action(file, self.tr("Connect to a &shared database…"), self.connect_shared)
        self.connect_action.setObjectName("connectSharedAction")
        file.addSeparator()
        backup_action = self._action(file, self.tr("&Back up workspace…"), self.backup_workspace,
                                     QKeySequence("Ctrl+B"))
        backup_action.setObjectName("backupAction")
        self.restore_action = self._action(file, self.tr("&Restore workspace…"), self.restore_workspace)
        self.restore_action.setObjectName("restoreAction")
        file.addSeparator()
        self.endorse_action = self._action(file, self.tr("&Endorse an achievement…"), self.endorse)
        self.endorse_action.setObjectName("endorseAction")
        file.setToolTipsVisible(True)  # a disabled action says why (the signed-in role)
        self.guard.watch_action(self.restore_action)
        self.guard.watch_action(self.endorse_action)
        self.guard.watch_action(backup_action)
        file.addSeparator()
        self.unlock_action = self._action(file, self.tr("&Unlock signing key…"), self.unlock, QKeySequence("Ctrl+L"))
        self.unlock_action.setObjectName("unlockAction")
        self.lock_action = self._action(file, self.tr("Loc&k signing key"), self.ctx.lock)
        file.addSeparator()
        self._action(file, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        go = self.menuBar().addMenu(self.tr("&Go"))
        for i, (key, label, _m, _c) in enumerate(PAGES):  # "&&": a page name's "&" is shown, not a mnemonic
            self._action(go, title(label).replace("&", "&&"), functools.partial(self.show_page, key),
                         QKeySequence(f"Ctrl+{i + 1}"))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help_action = self._action(help_menu, self.tr("Badgesmith &user guide"), self.show_help,
                                        QKeySequence("F1"))
        self._action(help_menu, self.tr("&About Badgesmith"), self._about)

    def _action(self, menu: QMenu, text: str, slot: Callable[..., object],
                shortcut: QKeySequence | QKeySequence.StandardKey | None = None) -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        menu.addAction(act)
        return act

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        items = [f for f in prefs.recent_workspaces() if Path(f) != Path(self.ctx.ws.folder).resolve()]
        if not items:
            a = self.recent_menu.addAction(self.tr("(none yet)"))
            a.setEnabled(False)
        for folder in items:
            self.recent_menu.addAction(folder, functools.partial(self.switch_workspace, Path(folder)))

    def show_help(self) -> None:
        """The user guide, beside the window (one, raised again if it is already open)."""
        if self._help is None:
            self._help = HelpWindow(self)
        self._help.show()
        self._help.raise_()
        self._help.activateWindow()

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About Badgesmith"),
                          self.tr("Badgesmith {version}\nSigned Open Badges 3.0 credentials with verifiable "
                                  "paper certificates, offline.").format(version=__version__))

    # ---------------------------------------------------------------- status bar

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.ws_label = ElidedLabel()  # a deep folder loses its middle, not the window its size
        self.ws_label.setObjectName("workspaceLabel")
        self.key_label = QLabel()
        self.key_label.setObjectName("keyLabel")
        self.unlock_button = QPushButton(self.tr("Unlock…"))
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setFlat(True)
        self.unlock_button.clicked.connect(self.unlock)
        bar.addWidget(self.ws_label, 1)
        bar.addPermanentWidget(self.key_label)
        bar.addPermanentWidget(self.unlock_button)
        self.guard.watch(bar)

    def _update_status(self, *_: object) -> None:
        ws = self.ctx.ws
        if ws.is_shared:  # where the data is, and who works on it in which role
            server, database = shared_address.server_and_database(ws.engine.url)
            self.setWindowTitle(database)  # the platform adds the application's name: "college — Badgesmith"
            self.ws_label.setText(self.tr("Shared database {server}/{database} — {user} ({role})").format(
                server=left_to_right(server), database=database, user=ws.user or "",
                role=say(shared_database.role_name(ws.role))))
            self.ws_label.setToolTip(self.tr("Data: {address}\nFiles: {folder}").format(
                address=left_to_right(ws.where()), folder=left_to_right(str(ws.folder))))
        else:
            self.setWindowTitle(Path(ws.folder).name)
            self.ws_label.setText(self.tr("Workspace: {folder}").format(folder=left_to_right(str(ws.folder))))
        unlocked = self.ctx.unlocked
        self.key_label.setText(self.tr("Signing key: unlocked for this session") if unlocked
                               else self.tr("Signing key: locked"))
        self.unlock_button.setVisible(not unlocked)
        self.unlock_action.setEnabled(not unlocked)
        self.lock_action.setEnabled(unlocked)
        self.guard.watch_action(self.unlock_action)  # an instructor never unlocks: disabled, saying why

    def unlock(self) -> None:
        with_passphrase(self.ctx, self, lambda _p: None)

    # ---------------------------------------------------------------- workspaces

    def new_workspace(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose an empty folder for the new workspace"),
                                                  str(Path(self.ctx.ws.folder).parent))
        if folder:
            if any(Path(folder).iterdir()) and not (Path(folder) / "workspace.db").exists():
                show_error(self, self.tr("{folder} is not empty: choose or create an empty folder.").format(folder=folder))
                return
            self.switch_workspace(Path(folder))

    def open_workspace_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open a workspace folder"),
                                                  str(Path(self.ctx.ws.folder).parent))
        if folder:
            if not (Path(folder) / "workspace.db").exists() and not self._keeps_shared_files(Path(folder)):
                show_error(self, self.tr("There is no Badgesmith workspace in {folder}.").format(folder=folder))
                return
            self.switch_workspace(Path(folder))

    @staticmethod
    def _keeps_shared_files(folder: Path) -> bool:
        try:
            return shared_database.remembered(folder) is not None
        except Exception:  # a damaged address file: opening it says what is wrong
            return True

    def connect_shared(self) -> None:
        """File ▸ Connect to a shared database…: sign in, then work on it (set it up if it is new)."""
        dlg = ConnectDialog(self.ctx.ops, self)
        dlg.form.fill(*self._last_shared_database())
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.accepted.connect(lambda: self._connected(dlg.workspace))
        dlg.open()

    def _last_shared_database(self) -> tuple[str | None, Path | None]:
        """The shared database to offer (its address without the password, and its folder for
        files): the open one, else the newest of the recent workspaces that is one, else the one
        named by BADGESMITH_DATABASE_URL."""
        if self.ctx.ws.is_shared:
            return self.ctx.ws.where(), self.ctx.ws.folder
        for folder in prefs.recent_workspaces():
            try:
                address = shared_database.remembered(Path(folder))
            except Exception:  # noqa: BLE001 - a damaged address file: offer nothing from it
                continue
            if address:
                return address, Path(folder)
        return os.environ.get(shared_database.ENV_DATABASE_URL), None

    def _connected(self, ws: Workspace | None) -> None:
        if ws is None:
            return
        if not self.unsaved_resolved() or not self.stop_running_work(
                self.tr("Work is still running. Stop it and open the other workspace? Finished items are kept.")):
            ws.close()
            return
        self._use(set_up(ws, self))

    def unsaved_resolved(self) -> bool:
        """Every page with unsaved edits is shown and asked Save / Discard / Cancel; False on Cancel."""
        for key, page in list(self._pages.items()):
            if page.has_unsaved_changes():
                self.show_page(key)
                if not page.resolve_unsaved():
                    return False
        return True

    def stop_running_work(self, question: str) -> bool:
        """If work is running, ask ``question``; on Yes cancel it all and wait. False: keep going.
        A quick operation that is about to finish (unlocking the key, a save) is waited for."""
        runner = self.ctx.runner
        if runner.busy and not runner.wait(QUICK_WORK_MS):
            answer = QMessageBox.question(self, TITLE, question)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        runner.stop_all()  # no worker may use the workspace once it is closed
        return True

    def switch_workspace(self, folder: Path) -> bool:
        if not self.unsaved_resolved():
            return False
        if not self.stop_running_work(self.tr("Work is still running. Stop it and open the other workspace? "
                                              "Finished items are kept.")):
            return False
        return self._use(open_or_setup(folder, self))

    def _use(self, opened: Opened | None) -> bool:
        """Work on the workspace just opened (None: it was not, and the user was told why)."""
        if opened is None:
            return False
        ws, passphrase = opened
        self.ctx.set_workspace(ws)
        if passphrase:
            self.ctx.unlock(passphrase)
        prefs.add_recent_workspace(ws.folder)
        return True

    def backup_workspace(self) -> None:
        default = Path(prefs.last_dir("backup", str(Path.home()))) / \
            self.tr("badgesmith-backup-{stamp}.zip", "a file name").format(stamp=f"{datetime.now():%Y%m%d-%H%M}")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Back up workspace"), str(default), self.tr("Backup (*.zip)"))
        if not path:
            return
        prefs.set_last_dir("backup", path)

        def go(passphrase: str) -> None:
            self.ctx.ops.run(self, lambda ws: backups.backup(ws, Path(path), passphrase),
                             done=lambda out: show_info(
                                 self, self.tr("Backed up to {file}, signed with your key.").format(file=out)))

        with_passphrase(self.ctx, self, go, self.tr("The backup is signed with your key, so that a restore can "
                                                    "tell it is yours."))

    def endorse(self) -> None:
        """Sign an endorsement of another provider's achievement from their request file."""
        # imported here, as the pages are: it reaches the verifier and the PDF readers, which a
        # start does not need
        from badgesmith.ui.dialogs.endorse import EndorseDialog

        dlg = EndorseDialog(self.ctx, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()

    def restore_workspace(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Restore workspace from a backup"),
                                              prefs.last_dir("backup", str(Path.home())), self.tr("Backup (*.zip)"))
        if not path:
            return
        if not self.unsaved_resolved():
            return
        folder = Path(self.ctx.ws.folder)
        # checking the archive reads all of it: an operation, then the question
        # a shared workspace is checked and restored over its open connection (signed in already)
        self.ctx.ops.run(self, lambda ws: backups.inspect_restore(ws if ws.is_shared else folder, Path(path)),
                         done=lambda report: self._confirm_restore(folder, Path(path), report))

    def _confirm_restore(self, folder: Path, path: Path, report: ArchiveReport) -> None:
        details = "\n\n".join(report.lines())
        answer = ask(
            self, self.tr("Restore workspace"),
            self.tr("Replace everything in {folder} with the backup {file}?\n\n{details}\n\n"
                    "The current data is kept in the workspace's backups folder.").format(
                folder=self.ctx.ws.where(), file=path.name, details=details),
            default=QMessageBox.StandardButton.No,
            icon=QMessageBox.Icon.Warning if report.needs_confirmation else QMessageBox.Icon.Question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        if not self.stop_running_work(self.tr("Work is still running. Stop it and restore the backup? "
                                              "Finished items are kept.")):
            return
        if self.ctx.ws.is_shared:  # the data is replaced in the database, in one transaction
            self.ctx.ops.run(self, lambda ws: backups.restore(ws, path, report), changes=Change.EVERYTHING)
            return
        self.ctx.ws.close()

        def reopen(_: object = None) -> None:  # either way: a restore changes nothing unless it checked out
            self.ctx.set_workspace(workspaces.open_workspace(folder))

        def failed(exc: BaseException) -> None:
            self.ctx.ops.show_error(self, exc)
            reopen()

        self.ctx.ops.run(self, lambda _ws: backups.restore(folder, path, report), done=reopen, error=failed)

    # ---------------------------------------------------------------- window state

    def _restore_state(self) -> None:
        s = QSettings()
        geometry = s.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:  # 1280×800, or less on a smaller screen (a 1366×768 laptop keeps its status bar in view)
            screen = QGuiApplication.primaryScreen()
            room = screen.availableGeometry() if screen is not None else None
            width, height = (1280, 800) if room is None else (min(1280, room.width()), min(800, room.height() - 40))
            self.resize(width, height)
        state = s.value("window/state")
        if state is not None:
            self.restoreState(state)
        # the page is kept by its key, so that adding a page never reopens another one
        saved = str(s.value("window/page", ""))
        self._initial_row = next((i for i, p in enumerate(PAGES) if p[0] == saved), 0)

    def save_state(self) -> None:
        s = QSettings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        row = self.nav.currentRow()
        s.setValue("window/page", PAGES[row][0] if 0 <= row < len(PAGES) else "")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            # The first page is built just after the window appears: start-up shows a window
            # at once instead of waiting for that page's imports and queries.
            QTimer.singleShot(0, self._show_initial_page)
            self.first_shown.emit()

    def _show_initial_page(self) -> None:
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(self._initial_row)
        self.first_page_ready.emit()
        self.expiring.check()  # after the first page: the count never delays it
        # The other pages' modules are imported in the background now: a first visit then only
        # builds the page (importing one, e.g. the verifier's JSON Schema, takes a third of a second).
        threading.Thread(target=_import_modules, args=([m for _k, _l, m, _c in PAGES],),
                         name="page-preload", daemon=True).start()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.unsaved_resolved():
            event.ignore()
            return
        if not self.stop_running_work(self.tr("Work is still running. Quit anyway? Finished items are kept.")):
            event.ignore()
            return
        self.save_state()
        super().closeEvent(event)
