"""Showing every page of the main window (and every Settings tab) in turn, and finding text a
layout cuts off: what the pseudo-locale test, the language screenshots and the keyboard test
walk through."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTabBar,
    QWidget,
)

from badgesmith.ui.pages import PAGES


def settle(ms: int = 60) -> None:
    import time

    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        QApplication.processEvents()
        time.sleep(0.005)


def tour(window) -> Iterator[tuple[str, QWidget]]:  # type: ignore[no-untyped-def]
    """Show each page (each Settings tab on its own) and yield its name and widget."""
    for key, *_ in PAGES:
        page = window.show_page(key)
        settle()
        tabs = getattr(page, "tabs", None)
        if tabs is None:
            yield key, page
            continue
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            settle()
            yield f"{key}-{tabs.widget(i).objectName() or i}", page


def _shown(w: QWidget, top: QWidget) -> bool:
    return w.isVisibleTo(top) and w.width() > 0 and w.height() > 0


def cut_off(top: QWidget) -> list[str]:
    """Labels, buttons and tabs under ``top`` whose text does not fit the room they were given."""
    found = []
    for label in top.findChildren(QLabel):
        if not _shown(label, top) or not label.text() or label.pixmap() is not None and not label.pixmap().isNull():
            continue
        room = label.contentsRect()
        if label.wordWrap():
            if label.heightForWidth(label.width()) > label.height() + 1:
                found.append(f"QLabel {label.objectName()!r}: {label.text()[:60]!r} needs "
                             f"{label.heightForWidth(label.width())} px of height, has {label.height()}")
        elif label.minimumSizeHint().width() > room.width() + label.margin() * 2 + 1 \
                and label.sizeHint().width() > label.width() + 1:
            found.append(f"QLabel {label.objectName()!r}: {label.text()[:60]!r} needs "
                         f"{label.sizeHint().width()} px, has {label.width()}")
    for button in top.findChildren(QAbstractButton):
        if isinstance(button, (QPushButton, QCheckBox, QRadioButton)) and _shown(button, top) and button.text() \
                and button.sizeHint().width() > button.width() + 1:
                found.append(f"{type(button).__name__} {button.objectName()!r}: {button.text()[:60]!r} needs "
                             f"{button.sizeHint().width()} px, has {button.width()}")
    for bar in top.findChildren(QTabBar):
        if not _shown(bar, top):
            continue
        for i in range(bar.count()):
            if not bar.isTabVisible(i):  # e.g. People, on a workspace of this computer
                continue
            need = bar.fontMetrics().horizontalAdvance(bar.tabText(i).replace("&", ""))
            if need > bar.tabRect(i).width():
                found.append(f"tab {bar.tabText(i)[:60]!r} needs {need} px, has {bar.tabRect(i).width()}")
    return found


FIELDS = (QLineEdit, QComboBox, QAbstractSpinBox, QPushButton, QCheckBox, QRadioButton, QGroupBox)


def squeezed(top: QWidget) -> list[str]:
    """Fields, buttons and boxes under ``top`` that a layout gave less room than their smallest
    size: their text or frame is cut (a layout squeezes when wrapped text takes more lines than
    it planned for)."""
    found = []
    for w in top.findChildren(QWidget):
        if not isinstance(w, FIELDS) or not _shown(w, top) or type(w).__name__.startswith("Qt"):
            continue
        if isinstance(w, QLineEdit) and isinstance(w.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue  # the box's own editor: the box is checked
        least = w.minimumSizeHint()
        if w.width() + 1 < least.width() or w.height() + 1 < least.height():
            found.append(f"{type(w).__name__} {w.objectName()!r}: {w.width()}×{w.height()} px, needs at least "
                         f"{least.width()}×{least.height()}")
    return found


def tab_round(qtbot, on_reach: Callable[[QWidget], object] | None = None,  # type: ignore[no-untyped-def]
              limit: int = 400) -> list[QWidget]:
    """Press Tab from the focused control until focus comes round, as a keyboard user does; an
    editable grid keeps Tab for its next cell, so Ctrl+Tab leaves it (ui/keyboard.py).
    ``on_reach`` sees each control while it has the focus."""
    reached: list[QWidget] = []
    first = QApplication.focusWidget()
    for _ in range(limit):
        current = QApplication.focusWidget()
        keeps_tab = isinstance(current, QAbstractItemView) and current.tabKeyNavigation() \
            and current.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers
        qtbot.keyClick(current, Qt.Key.Key_Tab,
                       Qt.KeyboardModifier.ControlModifier if keeps_tab else Qt.KeyboardModifier.NoModifier)
        settle(5)
        now = QApplication.focusWidget()
        if now is None or now is first:
            break
        reached.append(now)
        if on_reach is not None:
            on_reach(now)
    return reached
