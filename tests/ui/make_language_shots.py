"""Every page of the demo in one language, as PNGs: for translators to look at their work, and
for docs/screenshots/i18n/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/make_language_shots.py LANG OUTDIR [WxH]

LANG is a shipped language, or ``pseudo`` (every text 40 % longer) or ``pseudo-rtl`` (the same,
laid out right to left). Prints the text each page cuts off, if any.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "ui"))
sys.path.insert(0, str(ROOT / "tests" / "i18n"))


def main(lang: str, out: Path, size: tuple[int, int]) -> int:
    from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTranslator

    from badgesmith.core.services.demo import create_demo
    from badgesmith.ui import i18n
    from badgesmith.ui.app import build_window, make_app
    from badgesmith.ui.tasks import SyncTaskRunner

    tmp = Path(tempfile.mkdtemp(prefix="badgesmith-lang-shots-"))
    QCoreApplication.setOrganizationName("BadgesmithLanguageShots")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    app = make_app([sys.argv[0]])
    runpy_build(ROOT)
    if lang.startswith("pseudo"):
        import pseudo

        i18n.install(app, i18n.ENGLISH)
        translator = QTranslator(app)
        assert translator.load(str(pseudo.build(tmp / "pseudo")))
        app.installTranslator(translator)
        QLocale.setDefault(QLocale("de"))  # longer dates and numbers too
        if lang == "pseudo-rtl":
            app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    else:
        i18n.install(app, lang)
    ws = create_demo(tmp / "demo")
    window = build_window(ws, SyncTaskRunner(), passphrase="demo")
    window.resize(*size)
    window.show()
    from tour import cut_off, settle, tour

    settle(400)
    out.mkdir(parents=True, exist_ok=True)
    problems = 0
    for name, _page in tour(window):
        settle(150)
        window.grab().save(str(out / f"{name}.png"))
        for line in cut_off(window):
            print(f"{name}: {line}")
            problems += 1
    print(f"{lang}: window {window.width()}x{window.height()}, {problems} cut-off texts; shots in {out}")
    window.close()
    ws.close()
    return 0


def runpy_build(root: Path) -> None:
    import runpy

    runpy.run_path(str(root / "packaging" / "translations.py"))["build"]()


if __name__ == "__main__":
    size = tuple(int(x) for x in sys.argv[3].split("x")) if len(sys.argv) > 3 else (1366, 768)
    sys.exit(main(sys.argv[1], Path(sys.argv[2]), size))  # type: ignore[arg-type]
