"""Showing a folder in the file manager, or where it is when there is none to open it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from badgesmith.ui.errors import show_info


def _file_manager_known() -> bool:
    """Is there a program to open folders with? Qt only knows that its opener started: on Linux
    xdg-open starts, finds no file manager, tries a browser (which may refuse, e.g. as root) and
    gives up, and the user would see nothing. Elsewhere the system always has one."""
    if not sys.platform.startswith("linux"):
        return True
    mime = shutil.which("xdg-mime")
    if mime is None:
        return False
    try:
        answer = subprocess.run([mime, "query", "default", "inode/directory"], capture_output=True, text=True,
                                timeout=3, check=False)
    except (OSError, subprocess.SubprocessError):
        return False
    return answer.returncode == 0 and answer.stdout.strip().endswith(".desktop")


def open_folder(parent: QWidget | None, folder: Path) -> None:
    """Open ``folder`` in the file manager; where none answers (a server, a bare desktop, a remote
    session), say where the folder is, as text to select, with a button that copies the path."""
    if _file_manager_known() and QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        return
    box = show_info(parent, QCoreApplication.translate("Folders", "No file manager could be opened here. The folder "
                                                                  "is:\n\n{folder}").format(folder=folder),
                    QCoreApplication.translate("Folders", "Open folder"))
    box.setObjectName("folderBox")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    copy = box.addButton(QCoreApplication.translate("Folders", "Copy path"), QMessageBox.ButtonRole.ActionRole)
    copy.setObjectName("copyPath")
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(str(folder)))
