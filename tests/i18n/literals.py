"""Finds user-visible string literals in ``ui/`` that do not go through Qt's translation.

A literal counts as user-visible text when it reads like words (a letter run and a space, or a
capitalised word, or a sentence mark) and is not an argument of ``tr``/``translate``/
``QT_TRANSLATE_NOOP`` or of a call that takes machine text (object names, settings keys, logging,
style sheets…). A statement may opt out with ``# i18n: <why>`` on its first line when the text is not for people to read
in their language (a file filter's glob, an e-mail header).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "QT_TRANSLATE_N_NOOP"}
# calls whose string arguments are identifiers, keys, code or log lines, never shown as words
MACHINE = {
    "setObjectName", "objectName", "findChild", "findChildren", "setProperty", "property",
    "setStyleSheet", "getattr", "setattr", "hasattr", "Signal", "Slot", "Property", "QSettings",
    "value", "setValue", "debug", "info", "warning", "error", "exception", "critical",
    "getLogger", "fromTheme", "QIcon", "QPixmap", "resource_path", "icon", "environ", "get",
    "startswith", "endswith", "split", "join", "replace", "strip", "rstrip", "lstrip", "encode",
    "decode", "QColor", "QFont", "QRegularExpression", "compile", "match", "search", "sub",
    "strftime", "strptime", "toString", "fromString", "QUrl", "fromLocalFile", "Path", "open",
    "suffix", "with_suffix", "mimeData", "setData", "hasFormat", "format_", "isinstance",
    "setAccessibleIdentifier", "connect", "emit", "run", "Popen", "check_output", "which",
    "setFamily", "setWhatsThis_", "cast", "TypeVar", "setOrganizationName", "setApplicationName",
    "setDesktopFileName", "setOrganizationDomain", "setEnvironmentVariable", "startDetached",
    "setFeature", "QLocale", "QKeySequence", "setShortcut", "setShortcuts", "exists", "mkdir", "glob", "rglob", "timestamp", "field", "dataclass",
}
WORDS = re.compile(r"[^\W\d_]{2,}")
OPT_OUT = re.compile(r"#\s*i18n:")


def _reads_like_words(text: str) -> bool:
    if not WORDS.search(text):
        return False
    if re.fullmatch(r"[\w.:/\\-]*", text) and not re.fullmatch(r"[A-Z][a-z]+[.:…]?", text):
        return False  # an identifier, a key, a path, a dotted name
    if text.startswith(("#", "QWidget", "Q", "*.")) and "{" in text:
        return False  # a style sheet
    return bool(re.search(r"\s", text) or re.match(r"[A-Z][a-z]", text) or text.endswith(("…", ":")))


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def untranslated(path: Path) -> list[tuple[int, str]]:
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    tree = ast.parse(source)
    exempt: set[int] = set()  # id() of string nodes that are fine
    for node in ast.walk(tree):
        if isinstance(node, ast.stmt) and OPT_OUT.search(lines[node.lineno - 1]):
            exempt.update(id(sub) for sub in ast.walk(node))  # the whole statement opts out
        if isinstance(node, ast.FunctionDef) and node.name == "__repr__":
            exempt.update(id(sub) for sub in ast.walk(node))
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Module)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                exempt.add(id(body[0].value))  # docstring
        elif isinstance(node, ast.Call):
            name = _call_name(node)
            if name in TRANSLATING or name in MACHINE:
                for sub in ast.walk(node):
                    if name in MACHINE and sub is not node and isinstance(sub, ast.Call) \
                            and _call_name(sub) in TRANSLATING:
                        continue
                    exempt.add(id(sub))
        elif isinstance(node, ast.Subscript):
            for sub in ast.walk(node.slice):
                exempt.add(id(sub))  # mapping keys: row["name"]
        elif isinstance(node, ast.Compare):
            for sub in ast.walk(node):
                exempt.add(id(sub))  # comparisons with codes: status == "revoked"
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            exempt.add(id(node))
        elif isinstance(node, ast.Dict):
            for key in node.keys:
                if key is not None:
                    exempt.add(id(key))
        elif isinstance(node, ast.keyword) and node.arg in ("objectName", "key", "kind", "name"):
            for sub in ast.walk(node.value):
                exempt.add(id(sub))
    found = []
    for node in ast.walk(tree):
        if id(node) in exempt:
            continue
        if isinstance(node, ast.JoinedStr):
            text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
            for v in node.values:
                exempt.add(id(v))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
        else:
            continue
        if not _reads_like_words(text):
            continue
        line = lines[node.lineno - 1] if node.lineno <= len(lines) else ""
        if OPT_OUT.search(line):
            continue
        found.append((node.lineno, text))
    return sorted(set(found))


def scan(root: Path) -> dict[str, list[tuple[int, str]]]:
    return {str(p.relative_to(root)): hits for p in sorted(root.rglob("*.py"))
            if (hits := untranslated(p))}


if __name__ == "__main__":
    import sys
    base = Path(sys.argv[1] if len(sys.argv) > 1 else "src/badgesmith/ui")
    total = 0
    for file, hits in scan(base).items():
        for line, text in hits:
            print(f"{file}:{line}: {text!r}")
        total += len(hits)
    print(total, "untranslated", file=sys.stderr)
