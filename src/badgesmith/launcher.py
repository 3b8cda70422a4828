"""Starting the desktop app: a clear message instead of Qt's abort when there is no display."""

from __future__ import annotations

import os
import sys

NO_DISPLAY = """\
badgesmith: there is no display to open the window on.
  - On a desktop, run it from a graphical session.
  - On a server or over SSH, use a virtual screen:  xvfb-run -a badgesmith
  - Everything is also available headless, e.g.:   badgesmith --help
"""


def has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in ("offscreen", "minimal", "vnc"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def launch(workspace: str | None = None, demo: bool = False, lang: str | None = None,
           database: str | None = None) -> int:
    if not has_display():
        sys.stderr.write(NO_DISPLAY)
        return 2
    from badgesmith.ui import i18n

    if lang is not None and i18n.normalise(lang) is None:
        sys.stderr.write(i18n.unknown_language(lang) + "\n")
        return 2
    from badgesmith.ui.app import run

    return run(workspace=workspace, demo=demo, lang=lang, database=database)
