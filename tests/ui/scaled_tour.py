"""Every page of the demo at 200 % on a 1366×768 screen: the window and what it cuts off, as JSON.

    QT_SCALE_FACTOR=2 QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/scaled_tour.py [WORKSPACE] [--shots DIR]

Run in a process of its own: the scale factor is read once, when Qt starts. The screen is
1366×768 device pixels (an offscreen screen of that size), so 683×384 logical pixels at 200 %;
the window is opened at that size. WORKSPACE is a demo workspace folder (a new demo when left
out); --shots saves each page as DIR/<page>.png. Prints one JSON object:
``{"scale", "screen", "window", "pages": {page: {"cut_off", "squeezed", "window", "sideways", "down"}}}``.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "ui"))
SCREEN = (1366, 768)  # device pixels


def _screen_config(folder: Path) -> str:
    """An offscreen platform whose one screen is SCREEN device pixels."""
    config = folder / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": SCREEN[0],
                                               "height": SCREEN[1], "logicalDpi": 96, "logicalBaseDpi": 96,
                                               "dpr": 1}]}))
    return f"offscreen:configfile={config}"


def main(argv: list[str]) -> int:
    shots = Path(argv[argv.index("--shots") + 1]) if "--shots" in argv else None
    args = [a for i, a in enumerate(argv) if a != "--shots" and (i == 0 or argv[i - 1] != "--shots")]
    tmp = Path(tempfile.mkdtemp(prefix="badgesmith-scaled-"))
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
        os.environ["QT_QPA_PLATFORM"] = _screen_config(tmp)

    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QScrollArea

    from badgesmith.core.services.demo import create_demo
    from badgesmith.core.store.workspace import Workspace
    from badgesmith.ui import i18n
    from badgesmith.ui.app import build_window, make_app
    from badgesmith.ui.tasks import SyncTaskRunner

    QCoreApplication.setOrganizationName("BadgesmithScaledTour")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    app = make_app([sys.argv[0]])
    i18n.install(app, i18n.ENGLISH)
    ws = Workspace.open(Path(args[0])) if args else create_demo(tmp / "demo")
    screen = app.primaryScreen()
    room = screen.availableGeometry()
    window = build_window(ws, SyncTaskRunner(), passphrase="demo")
    window.resize(room.width(), room.height())
    window.show()
    from tour import cut_off, settle, squeezed, tour

    settle(300)
    pages = {}
    for name, _page in tour(window):
        settle(100)
        scroller = window.stack.currentWidget()
        assert isinstance(scroller, QScrollArea)
        pages[name] = {
            "cut_off": cut_off(window),
            "squeezed": squeezed(window),
            "window": [window.width(), window.height()],
            "sideways": scroller.horizontalScrollBar().maximum() > 0,  # the page scrolls to the side
            "down": scroller.verticalScrollBar().maximum() > 0,
        }
        if shots is not None:
            shots.mkdir(parents=True, exist_ok=True)
            window.grab().save(str(shots / f"{name}.png"))
    print(json.dumps({"scale": screen.devicePixelRatio(), "screen": [room.width(), room.height()],
                      "window": [window.width(), window.height()], "nav": window.nav.width(), "pages": pages}))
    window.close()
    ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
