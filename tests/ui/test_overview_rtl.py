"""The Overview page right to left (Arabic): its charts are drawn mirrored as the page is, each bar
growing from the right with its label on the right, and they go back when the page goes back."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication


@pytest.fixture
def rtl(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Right to left, as Arabic sets it (i18n.install), and back for the next test."""
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _show(qtbot, w, key: str):  # type: ignore[no-untyped-def]
    """Open a page by clicking its name in the navigation, as a user does."""
    from badgesmith.ui.pages import PAGES

    row = next(i for i, p in enumerate(PAGES) if p[0] == key)
    qtbot.mouseClick(w.nav.viewport(), Qt.MouseButton.LeftButton, pos=w.nav.visualItemRect(w.nav.item(row)).center())
    return w.current_page()


def _bar_share(page) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Where the pass-rate chart's bars begin and end, as shares of its width."""
    from badgesmith.ui import colours

    (chart,) = page.passes.charts
    image = chart.pixmap().toImage()
    bar = colours.status(colours.INFO, QPalette.ColorRole.Base, page.palette())
    cols = [x for x in range(image.width())
            if any(_near(image.pixelColor(x, y), bar) for y in range(0, image.height(), 3))]
    return cols[0] / image.width(), cols[-1] / image.width()


def _near(a: QColor, b: QColor) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) <= 3


def test_the_overviews_charts_are_mirrored_right_to_left(qtbot, demo_window, rtl) -> None:  # type: ignore[no-untyped-def]
    w = demo_window
    _show(qtbot, w, "learners")
    page = _show(qtbot, w, "overview")
    assert page.isRightToLeft() and page.passes.charts
    first, last = _bar_share(page)
    assert last < 0.64 and first < 0.4  # the labels (the right 36 %) on the right, bars growing leftwards

    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    _show(qtbot, w, "learners")
    page = _show(qtbot, w, "overview")
    assert not page.isRightToLeft()
    first, last = _bar_share(page)
    assert first > 0.36 and last > 0.6
