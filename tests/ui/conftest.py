"""UI test fixtures: isolated QSettings, a synchronous task runner, windows over workspaces."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(scope="session", autouse=True)
def _english_catalogue(qapp) -> None:  # type: ignore[no-untyped-def]
    """The app's English catalogue (its plural forms), built from the .ts files as setup does."""
    import runpy

    from badgesmith.ui import i18n

    runpy.run_path(str(Path(__file__).parents[2] / "packaging" / "translations.py"))["build"]()
    i18n.install(qapp, i18n.ENGLISH)


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path, qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """QSettings in a per-test folder: no test sees another's (or the user's) preferences."""
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("BadgesmithTests")
    QCoreApplication.setApplicationName("BadgesmithTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield


@pytest.fixture
def sync_runner():  # type: ignore[no-untyped-def]
    from badgesmith.ui.tasks import SyncTaskRunner

    return SyncTaskRunner()


@pytest.fixture
def demo_window(qtbot, demo_ws, sync_runner):  # type: ignore[no-untyped-def]
    from badgesmith.ui.app import build_window

    w = build_window(demo_ws, sync_runner)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def message_boxes(name: str = "errorBox") -> list:  # type: ignore[type-arg]
    from PySide6.QtWidgets import QApplication, QMessageBox

    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == name and w.isVisible()]


def close_boxes() -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox) and w.isVisible():
            w.close()
