"""The user guide (F1): resources/help/guide.html in a window beside the main one, or its
translation guide_<lang>.html in the app's language.

Everything is local (the guide and its screenshots ship in resources/): the browser follows only
links inside the guide, and never loads anything from the network.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from badgesmith.resources import ResourceNotFound, resource_path
from badgesmith.ui.i18n import ENGLISH, current

GUIDE = ("help", "guide.html")


def guide_file() -> tuple[str, str]:
    """The guide in the app's language when it is translated, else the English one."""
    lang = current()
    if lang != ENGLISH:
        translated = ("help", f"guide_{lang}.html")
        try:
            resource_path(*translated)
            return translated
        except ResourceNotFound:
            pass
    return GUIDE


class HelpWindow(QWidget):
    """Not modal: the trainer reads it while working in the main window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("helpWindow")
        self.setWindowTitle(self.tr("Badgesmith user guide"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenExternalLinks(False)  # the app opens no network connection
        self.browser.anchorClicked.connect(self._follow)
        self.browser.setOpenLinks(False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.browser)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        # 860×760, or less on a small screen (a title bar must fit too, at 1366×768)
        self.resize(min(860, screen.width() - 40) if screen else 860, min(760, screen.height() - 80) if screen else 760)
        try:
            guide = resource_path(*guide_file())
        except ResourceNotFound:
            self.browser.setPlainText(self.tr("The user guide is missing from this installation: reinstall Badgesmith."))
        else:
            self.browser.setSearchPaths([str(guide.parent)])
            self.browser.setSource(QUrl.fromLocalFile(str(guide)))

    def _follow(self, url: QUrl) -> None:
        # only places in the guide itself; any other link is left alone
        page = url.toString().partition("#")[0]
        if url.hasFragment() and page in ("", self.browser.source().toString()):
            self.browser.scrollToAnchor(url.fragment())
