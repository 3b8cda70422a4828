"""Badgesmith's translation catalogues: Qt Linguist ``.ts`` files (committed) and the ``.qm``
files the app loads (built, not committed).

    python packaging/translations.py update   # refresh every .ts from the code (pyside6-lupdate)
    python packaging/translations.py build    # compile every .ts into .qm (pyside6-lrelease)
    python packaging/translations.py check    # exit 1 when a .ts is out of date with the code

English is the source language; ``badgesmith_en.ts`` holds only the messages with plural forms
(``%n``), so that English reads "1 credential" and "3 credentials".
Line numbers are left out of the ``.ts`` files so that they change only when messages do.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src" / "badgesmith" / "ui"
CORE = ROOT / "src" / "badgesmith" / "core"  # only its QT_TRANSLATE_NOOP("core", …) sentences (core/said.py)
CATALOGUES = ROOT / "resources" / "translations"
SOURCE_LANGUAGE = "en"


def languages() -> list[str]:
    sys.path.insert(0, str(ROOT / "src"))
    from badgesmith.ui.i18n import SHIPPED  # the one list of shipped languages
    return list(SHIPPED)


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} is missing: install PySide6 (pip install -e '.[dev]')")
    return found


def catalogue(lang: str, folder: Path = CATALOGUES) -> Path:
    return folder / f"badgesmith_{lang}.ts"


def source_files() -> list[str]:
    """What lupdate reads: the UI, and core for its marked sentences."""
    return sorted(str(p) for p in [*SOURCES.rglob("*.py"), *CORE.rglob("*.py")])


def update(folder: Path = CATALOGUES) -> None:
    files = source_files()
    for lang in languages():
        cmd = [_tool("pyside6-lupdate"), *files, "-no-obsolete", "-locations", "none",
               "-source-language", "en", "-target-language", lang,
               "-ts", str(catalogue(lang, folder))]
        if lang == SOURCE_LANGUAGE:
            cmd.insert(-2, "-pluralonly")
        subprocess.run(cmd, check=True, capture_output=True, text=True)


def build(folder: Path = CATALOGUES) -> list[Path]:
    built = []
    for lang in languages():
        ts = catalogue(lang, folder)
        qm = ts.with_suffix(".qm")
        if not ts.exists():
            continue
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            # written beside it and moved over it: a running app has the old file mapped (QTranslator
            # maps catalogues), and rewriting a mapped file in place crashes it (SIGBUS)
            fresh = qm.with_suffix(".qm.new")
            subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(fresh)],
                           check=True, capture_output=True, text=True)
            os.replace(fresh, qm)
        built.append(qm)
    return built


def stale() -> list[str]:
    """The catalogues that ``update`` would change."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp)
        for lang in languages():
            if catalogue(lang).exists():
                shutil.copy(catalogue(lang), catalogue(lang, copy))
        update(copy)
        return [catalogue(lang).name for lang in languages()
                if not catalogue(lang).exists()
                or catalogue(lang).read_bytes() != catalogue(lang, copy).read_bytes()]


if __name__ == "__main__":
    action = sys.argv[1] if len(sys.argv) > 1 else "build"
    if action == "update":
        update()
    elif action == "build":
        for path in build():
            print(path.relative_to(ROOT))
    elif action == "check":
        out_of_date = stale()
        print("\n".join(out_of_date) or "up to date")
        sys.exit(1 if out_of_date else 0)
    else:
        raise SystemExit(__doc__)
