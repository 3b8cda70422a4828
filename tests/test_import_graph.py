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


# --- the layers, and no cycles ----------------------------------------------------------------

SRC = CORE.parent  # src/badgesmith


def _module_of(path: Path) -> str:
    parts = ["badgesmith", *path.relative_to(SRC).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports() -> dict[str, list[tuple[str, bool]]]:
    """module -> [(imported badgesmith module, only for type checking)], every import statement
    counted: at the top, inside functions (lazy) and under ``if TYPE_CHECKING``."""
    graph: dict[str, list[tuple[str, bool]]] = {}
    for path in SRC.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        module = _module_of(path)
        package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
        tree = ast.parse(path.read_text(encoding="utf-8"))
        typing_only = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If)
                       and getattr(node.test, "id", None) == "TYPE_CHECKING" for n in ast.walk(node)}
        found = []
        for node in ast.walk(tree):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join(anchor + ([base] if base else []))
                targets = [base] + [f"{base}.{a.name}" for a in node.names]
            for t in targets:
                if t.startswith("badgesmith"):
                    found.append((t, id(node) in typing_only))
        graph[module] = found
    known = set(graph)
    return {m: [(t, tc) for t, tc in deps if t in known and t != m] for m, deps in graph.items()}


def _layer(module: str) -> str:
    parts = [*module.split("."), "", ""]
    return parts[2] if parts[1] == "core" else parts[1]


PURE = {"store", "paper", "credentials", "services", "ui", "cli"}
RULES = {  # layer -> layers it may never import (Qt is checked above)
    "credentials": {"store", "paper", "services", "ui", "cli", "imports"},
    "paper": {"store", "services", "ui", "cli", "imports"},
    "store": {"paper", "services", "ui", "cli", "imports"},
    "imports": PURE,  # reading files: pure Python, no database
    "values": PURE | {"imports"},  # the vocabulary everything else uses
    "pathways": PURE | {"imports", "delivery"},  # requirement trees: pure rules, no database
    "delivery": {"store", "services", "ui", "cli", "imports"},  # packages and mail: no database
    "services": {"ui", "cli"},
}


def test_the_graph_sees_every_kind_of_import() -> None:
    graph = _imports()
    assert ("badgesmith.core.store.workspace", True) in graph["badgesmith.ui.pages.issue"]  # TYPE_CHECKING
    assert ("badgesmith.ui.app", False) in graph["badgesmith.launcher"]  # inside a function
    assert ("badgesmith.core.paper.qrclaim", False) in graph["badgesmith.core.paper.verifypage"]  # relative


def test_lower_layers_never_import_higher_ones() -> None:
    broken = [f"{m} -> {t}" for m, deps in _imports().items() for t, _ in deps
              if _layer(t) in RULES.get(_layer(m), set())]
    assert broken == []


def test_the_gui_and_the_command_line_reach_the_database_only_through_services() -> None:
    # they may name store types for type checking, never call into the store
    broken = [f"{m} -> {t}" for m, deps in _imports().items() if _layer(m) in ("ui", "cli")
              for t, typing_only in deps if _layer(t) == "store" and not typing_only]
    assert broken == []


def test_no_import_cycles_even_lazy_ones() -> None:
    graph = {m: sorted({t for t, _ in deps}) for m, deps in _imports().items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(m: str) -> None:  # Tarjan's strongly connected components
        index[m] = low[m] = len(index)
        stack.append(m)
        for t in graph.get(m, []):
            if t not in index:
                visit(t)
                low[m] = min(low[m], low[t])
            elif t in stack:
                low[m] = min(low[m], index[t])
        if low[m] == index[m]:
            component = []
            while True:
                top = stack.pop()
                component.append(top)
                if top == m:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for m in sorted(graph):
        if m not in index:
            visit(m)
    assert cycles == []
