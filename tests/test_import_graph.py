"""core/ never imports Qt: checked statically and by importing every core module."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import badgesmith.core

CORE = Path(badgesmith.core.__file__).parent


def test_no_qt_import_statement_in_core() -> None:
    offenders = []
    for path in CORE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.relative_to(CORE)}: {n}" for n in names
                          if n.split(".")[0] in {"PySide6", "PyQt5", "PyQt6", "shiboken6"} or n.startswith("badgesmith.ui")]
    assert offenders == []


def test_importing_all_of_core_loads_no_qt() -> None:
    # Alembic's env and revision scripts only run inside Alembic (checked statically above).
    modules = [m.name for m in pkgutil.walk_packages([str(CORE)], "badgesmith.core.")
               if ".migrations" not in m.name]
    assert len(modules) > 10
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}:\n"
        "    importlib.import_module(m)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
