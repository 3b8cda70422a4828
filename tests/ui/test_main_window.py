"""The main window: navigation, shortcuts, status bar, remembered state, and app start-up."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from badgesmith.ui.pages import PAGES


def test_navigation_and_ctrl_number_shortcuts(qtbot, demo_window) -> None:
    w = demo_window
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    for i, (key, label, _m, _c) in enumerate(PAGES):
        qtbot.keyClick(w, getattr(Qt.Key, f"Key_{i + 1}"), Qt.KeyboardModifier.ControlModifier)
        assert w.nav.currentRow() == i
        assert w.current_page() is w.page(key)
        assert w.nav.item(i).text() == label
    titles = [a.text() for a in w.menuBar().actions()[0].menu().actions() if a.text()]
    for expected in ("&New workspace…", "&Open workspace…", "Open &recent", "&Back up workspace…",
                     "&Restore workspace…", "&Quit"):
        assert expected in titles


def test_status_bar_and_lock(qtbot, demo_window) -> None:
    w = demo_window
    # where the data is: the folder, or on a shared workspace who is signed in to which database
    assert (str(w.ctx.ws.folder) if w.ctx.ws.is_sqlite else f"— {w.ctx.ws.user} (administrator)") in w.ws_label.text()
    assert w.key_label.text() == "Signing key: locked"
    w.ctx.unlock("demo")
    assert w.key_label.text() == "Signing key: unlocked for this session"
    assert not w.unlock_button.isVisible()
    w.lock_action.trigger()
    assert w.key_label.text() == "Signing key: locked" and not w.ctx.unlocked


def test_window_state_is_remembered(qtbot, demo_ws, sync_runner) -> None:
    from badgesmith.ui.app import build_window

    w = build_window(demo_ws, sync_runner)
    qtbot.addWidget(w)
    w.show()
    w.resize(720, 520)  # within the offscreen screen, which clamps restored geometry
    w.show_page("verify")
    w.close()
    assert QSettings().value("window/page") == "verify"
    w2 = build_window(demo_ws, sync_runner)
    qtbot.addWidget(w2)
    w2.show()
    qtbot.waitUntil(lambda: w2.nav.currentItem() is not None and w2.nav.currentItem().data(Qt.ItemDataRole.UserRole) == "verify")
    assert (w2.width(), w2.height()) == (720, 520)


def test_backup_from_file_menu_is_signed_with_the_key(qtbot, demo_window, tmp_path, monkeypatch) -> None:
    import json
    import zipfile

    from PySide6.QtWidgets import QFileDialog, QLineEdit

    from badgesmith.ui.dialogs.passphrase import UnlockDialog
    from tests.ui.conftest import close_boxes, message_boxes
    from tests.ui.helpers import top_level, type_into

    out = tmp_path / "backup.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    demo_window.activateWindow()
    qtbot.keyClick(demo_window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: top_level(UnlockDialog) is not None)
    dialog = top_level(UnlockDialog)
    type_into(qtbot, dialog.findChild(QLineEdit, "passphrase"), "demo", enter=True)
    qtbot.waitUntil(out.exists)
    assert json.loads(zipfile.ZipFile(out).read("manifest.json"))["signature"]
    assert any("Backed up" in b.text() for b in message_boxes("infoBox"))
    close_boxes()


def test_restore_from_file_menu_says_what_the_backup_brings(qtbot, demo_window, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from badgesmith.core.services import backups, learners
    from tests.ui.helpers import answer_question

    archive = backups.backup(demo_window.ctx.ws, tmp_path / "b.zip", "demo")
    learners.add_learner(demo_window.ctx.ws, "Added After Backup", "after@example.org")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(archive), ""))
    seen: list[str] = []
    answer_question(QMessageBox.StandardButton.Yes, seen)
    restore = next(a for a in demo_window.menuBar().actions()[0].menu().actions() if a.text() == "&Restore workspace…")
    restore.trigger()
    assert seen and "signed by this workspace's own key" in seen[0]
    assert not learners.search_prefix(demo_window.ctx.ws, "Added After")


def _close_main_window_soon(seen: list[str]) -> None:
    from badgesmith.ui.main_window import MainWindow

    def close() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                if widget.ctx.runner.busy:  # e.g. the demo's key still being unlocked
                    QTimer.singleShot(100, close)
                    return
                seen.append(widget.key_label.text())
                widget.close()

    QTimer.singleShot(500, close)


def test_run_opens_the_workspace(qtbot, demo_dir) -> None:
    from badgesmith.ui.app import run

    seen: list[str] = []
    _close_main_window_soon(seen)
    assert run(str(demo_dir)) == 0
    assert seen == ["Signing key: locked"]


def test_run_demo_opens_a_fresh_unlocked_demo(qtbot, tmp_path, monkeypatch) -> None:
    from badgesmith.ui import app

    folder = tmp_path / "demo-20260101-000000"
    monkeypatch.setattr(app, "demo_folder", lambda: folder)
    seen: list[str] = []
    _close_main_window_soon(seen)
    assert app.run(demo=True) == 0
    assert (folder / "workspace.db").exists() or (folder / "shared-database.json").exists()
    assert seen == ["Signing key: unlocked for this session"]
