"""Shared fixtures: fresh and demo workspaces, built once per session and copied per test."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")
# CSV exports follow the locale (core/services/csv_style.py): tests read commas unless they ask
# for another style, whatever the developer's own locale is
os.environ["BADGESMITH_CSV_STYLE"] = "comma"

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from badgesmith.core.services.demo import create_demo

    folder = tmp_path_factory.mktemp("demo-template")
    create_demo(folder, pathway=False).close()  # no credential yet: most tests start from there
    return folder


@pytest.fixture
def demo_dir(_demo_template: Path, tmp_path: Path) -> Path:
    dest = tmp_path / "demo"
    shutil.copytree(_demo_template, dest)
    return dest


@pytest.fixture
def demo_ws(demo_dir: Path):
    from badgesmith.core.store.workspace import Workspace

    ws = Workspace.open(demo_dir)
    yield ws
    ws.close()


@pytest.fixture
def ws(tmp_path: Path):
    """An empty workspace with an issuer (passphrase 'secret')."""
    from badgesmith.core.services import issuer
    from badgesmith.core.store.workspace import Workspace

    w = Workspace.open(tmp_path / "ws")
    issuer.init_issuer(w, "Test Issuer", "secret phrase", url="https://issuer.example.org",
                       email="certs@issuer.example.org")
    yield w
    w.close()


def db_snapshot(folder: Path) -> dict[str, list[tuple]]:
    """Every row of every table, for 'nothing changed' assertions."""
    import sqlite3

    con = sqlite3.connect(str(folder / "workspace.db"))
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {t: sorted(map(tuple, con.execute(f'SELECT * FROM "{t}"')), key=repr) for t in tables}
    finally:
        con.close()
