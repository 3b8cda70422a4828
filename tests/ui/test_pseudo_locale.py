"""A pseudo-locale (every text 40 % longer, accented) and its right-to-left pass: every page at
1366×768 keeps the window on the screen and cuts no label, button or tab short."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "i18n"))
import pseudo  # noqa: E402

from .tour import cut_off, tour  # noqa: E402

SCREEN = (1366, 768)


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return pseudo.build(tmp_path_factory.mktemp("pseudo"))


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
def test_every_page_fits_in_a_longer_language(qtbot, qapp, demo_ws, sync_runner, pseudo_qm: Path,  # type: ignore[no-untyped-def]
                                               direction: Qt.LayoutDirection) -> None:
    from badgesmith.ui.app import build_window

    translator = QTranslator()
    assert translator.load(str(pseudo_qm))
    qapp.installTranslator(translator)
    QLocale.setDefault(QLocale("de"))
    qapp.setLayoutDirection(direction)
    try:
        w = build_window(demo_ws, sync_runner)
        qtbot.addWidget(w)
        w.resize(*SCREEN)
        w.show()
        qtbot.waitExposed(w)
        seen, problems = [], []
        for name, page in tour(w):
            seen.append(name)
            assert w.width() <= SCREEN[0] and w.height() <= SCREEN[1], f"{name} pushes the window to {w.size()}"
            assert page.isRightToLeft() == (direction == Qt.LayoutDirection.RightToLeft)
            problems += [f"{name}: {p}" for p in cut_off(w)]
        assert len(seen) >= 14  # eight pages, Settings with its six tabs
        translated = w.nav.item(0).text()
        assert translated.startswith("[") and translated.endswith("]")  # the pseudo texts are really shown
        assert problems == [], "\n".join(problems)
    finally:
        qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale("en_US"))
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_check_sees_a_cut_off_label(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    top = QWidget()
    qtbot.addWidget(top)
    label = QLabel("A label far too long for the forty pixels it is given")
    label.setFixedWidth(40)
    QVBoxLayout(top).addWidget(label)
    top.show()
    qtbot.waitExposed(top)
    assert len(cut_off(top)) == 1
    label.setWordWrap(True)
    label.setFixedHeight(20)
    assert len(cut_off(top)) == 1  # wrapped, but not given the height
