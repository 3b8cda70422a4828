"""Trim the Qt plugins that PyInstaller's PySide6 hooks collect, before dependency analysis.

Imported by the hook overrides next to it (hook-PySide6.QtGui.py, hook-PySide6.QtNetwork.py).
Dropping a plugin here also keeps out the system libraries only it needs (the GTK 3 theme
alone pulls in GTK, GDK, ATK, cairo and pango: about 20 MB).
"""

from __future__ import annotations

from collections.abc import Iterable

# (plugin folder, file-name fragment or "" for the whole folder)
DROPPED_PLUGINS: tuple[tuple[str, str], ...] = (
    ("egldeviceintegrations", ""),  # embedded EGL full-screen devices
    ("generic", ""),  # evdev/tuio input for kiosks
    ("platforms", "eglfs"),
    ("platforms", "linuxfb"),
    ("platforms", "minimalegl"),
    ("platforms", "vkkhrdisplay"),
    ("platforms", "vnc"),
    ("platformthemes", "gtk3"),  # Qt's own dialogs instead of GTK's; the xdg portal theme stays
    ("platforminputcontexts", "virtualkeyboard"),
    ("networkinformation", ""),  # the app never goes online
    ("networkaccess", ""),
    ("tls", ""),
)


def _dropped(dest_dir: str, src: str) -> bool:
    dest = dest_dir.replace("\\", "/")
    name = src.replace("\\", "/").rsplit("/", 1)[-1]
    for folder, fragment in DROPPED_PLUGINS:
        if dest.endswith(f"/plugins/{folder}") and fragment in name:
            return True
    return False


def trim(binaries: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(src, dest) for src, dest in binaries if not _dropped(dest, src)]
