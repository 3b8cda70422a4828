"""The user guide: F1 (or Help ▸ user guide) opens it beside the window, with its screenshots."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLineEdit, QTextBrowser, QWidget

from tests.ui.helpers import find, top_level

FLOWS = ("first-run", "achievement", "learners", "results", "issue", "verify", "revoke", "publish")


class _Refs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.images: list[str] = []
        self.links: list[str] = []
        self.anchors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "img":
            self.images.append(a["src"] or "")
        elif tag == "a" and a.get("href"):
            self.links.append(a["href"] or "")
        elif tag == "a" and a.get("name"):
            self.anchors.append(a["name"] or "")


def _guide() -> _Refs:
    from badgesmith.resources import resource_path

    refs = _Refs()
    refs.feed(resource_path("help", "guide.html").read_text(encoding="utf-8"))
    return refs


def test_every_image_the_guide_shows_is_shipped_and_every_link_stays_in_the_guide() -> None:
    from PIL import Image

    from badgesmith.resources import resource_path

    refs = _guide()
    assert len(refs.images) >= len(FLOWS)
    for src in refs.images:
        assert "/" not in src and not re.match(r"\w+:", src), src  # beside the guide: shipped with it
        with Image.open(resource_path("help", src)) as im:
            assert im.format == "PNG" and im.width >= 400
    assert set(FLOWS) <= set(refs.anchors)
    for href in refs.links:  # the app opens no network connection: only places in the guide
        assert href.startswith("#") and href[1:] in refs.anchors, href


def test_f1_opens_the_guide_with_its_screenshots(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    w = demo_window
    assert top_level(QWidget, "helpWindow") is None
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    page = w.show_page("credentials")
    search = find(page, QLineEdit, "credentialSearch")
    search.setFocus()  # F1 works wherever the focus is, even in a text field
    qtbot.keyClick(search, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: top_level(QWidget, "helpWindow") is not None)
    help_window = top_level(QWidget, "helpWindow")
    assert not help_window.isModal() and help_window.isWindow()
    browser = find(help_window, QTextBrowser, "helpBrowser")
    doc = browser.document()
    assert "Badgesmith user guide" in doc.toPlainText()
    images = _guide().images
    for src in images:
        image = doc.resource(QTextDocument.ResourceType.ImageResource, QUrl(src))
        assert image is not None and not image.isNull() and image.width() >= 400, src
    # the main window stays usable while the guide is open
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    qtbot.keyClick(w, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert w.current_page() is w.page("verify")
    # F1 again raises the same guide; Escape closes it
    qtbot.keyClick(w, Qt.Key.Key_F1)
    assert [x for x in QApplication.topLevelWidgets() if x.objectName() == "helpWindow"] == [help_window]
    qtbot.waitUntil(help_window.isActiveWindow)
    qtbot.keyClick(browser, Qt.Key.Key_Escape)
    assert not help_window.isVisible()


def test_the_help_menu_opens_the_guide_and_its_contents_links_move_within_it(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    w = demo_window
    help_menu = next(a.menu() for a in w.menuBar().actions() if a.text() == "&Help")
    guide = next(a for a in help_menu.actions() if "guide" in a.text())
    assert guide.shortcut().toString() == "F1"
    guide.trigger()  # as chosen from the menu
    help_window = top_level(QWidget, "helpWindow")
    assert help_window is not None
    browser = find(help_window, QTextBrowser, "helpBrowser")
    qtbot.waitExposed(help_window)
    bar = browser.verticalScrollBar()
    assert bar.value() == 0
    browser.setFocus()
    for _ in range(3):  # to the third link of the contents ("Import learners")
        qtbot.keyClick(browser, Qt.Key.Key_Tab)
    assert browser.textCursor().selectedText() == "Import learners"
    qtbot.keyClick(browser, Qt.Key.Key_Return)
    assert bar.value() > 0
    assert browser.source().fileName() == "guide.html"  # still the guide


def _structure(html: str) -> list[tuple[str, tuple[tuple[str, str | None], ...]]]:
    tags: list[tuple[str, tuple[tuple[str, str | None], ...]]] = []

    class Tags(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag not in ("html", "body"):  # these may carry lang and dir
                tags.append((tag, tuple(sorted((k, v) for k, v in attrs if k in ("id", "name", "href", "src")))))

    Tags().feed(html)
    return tags


def test_the_guide_in_every_language_has_the_english_ones_places_links_and_pictures() -> None:
    from badgesmith.core.languages import ENGLISH, SHIPPED
    from badgesmith.resources import resource_path

    english = resource_path("help", "guide.html").read_text(encoding="utf-8")
    for lang in SHIPPED:
        if lang == ENGLISH:
            continue
        translated = resource_path("help", f"guide_{lang}.html").read_text(encoding="utf-8")
        assert _structure(translated) == _structure(english), lang
        assert translated != english and f'lang="{lang}"' in translated, lang
        if lang == "ar":
            assert 'dir="rtl"' in translated


def test_f1_opens_the_guide_in_the_apps_language(qtbot, demo_window, qapp) -> None:  # type: ignore[no-untyped-def]
    from badgesmith.ui import i18n

    installed = i18n.install(qapp, "de")
    try:
        qtbot.keyClick(demo_window, Qt.Key.Key_F1)
        qtbot.waitUntil(lambda: demo_window._help is not None and demo_window._help.isVisible(), timeout=3000)
        window = demo_window._help
        assert window.browser.source().fileName() == "guide_de.html"
        assert "Benutzerhandbuch" in window.windowTitle() or "Handbuch" in window.browser.toPlainText()
        window.close()
    finally:
        i18n.uninstall(qapp, installed)
