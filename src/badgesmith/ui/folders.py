"""Showing a folder in the file manager, or where it is when there is none to open it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from badgesmith.ui.errors import show_info


def open_folder(parent: QWidget | None, folder: Path) -> None:
    """Open ``folder`` in the file manager; where none answers (a server, a bare desktop, a remote
    session), say where the folder is, as text to select, with a button that copies the path."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        return
    box = show_info(parent, f"No file manager could be opened here. The folder is:\n\n{folder}", "Open folder")
    box.setObjectName("folderBox")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    copy = box.addButton("Copy path", QMessageBox.ButtonRole.ActionRole)
    copy.setObjectName("copyPath")
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(str(folder)))
