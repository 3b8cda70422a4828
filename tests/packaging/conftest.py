from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "bundle: builds and runs the PyInstaller bundle (BADGESMITH_BUNDLE_TEST=1)"
    )
