"""Per-user preferences in QSettings: recent workspaces, last folders, the language."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 8


def recent_workspaces() -> list[str]:
    value = QSettings().value("workspaces/recent", [])
    items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    return [str(v) for v in items if v]


def add_recent_workspace(folder: Path | str) -> None:
    folder = str(Path(folder).resolve())
    items = [f for f in recent_workspaces() if f != folder]
    QSettings().setValue("workspaces/recent", [folder, *items][:MAX_RECENT])


def last_dir(key: str, default: str = "") -> str:
    return str(QSettings().value(f"dirs/{key}", default) or default)


def set_last_dir(key: str, path: Path | str) -> None:
    p = Path(path)
    QSettings().setValue(f"dirs/{key}", str(p if p.is_dir() else p.parent))


def remember_dir(key: str, folder: Path | str) -> None:
    """Remember ``folder`` itself (not its parent) under ``key``."""
    QSettings().setValue(f"dirs/{key}", str(folder))


def cohort_key(kind: str, workspace: Path, cohort_id: object) -> str:
    """The key of a cohort's remembered folder: cohort numbers repeat across workspaces, and
    two workspaces must never be offered one output folder (their print files would collide)."""
    where = hashlib.sha256(str(Path(workspace).resolve()).encode("utf-8")).hexdigest()[:12]
    return f"{kind}-{where}-{cohort_id}"


def language() -> str | None:
    """The language chosen in Settings (None: the system's)."""
    value = QSettings().value("ui/language", "")
    return str(value) if value else None


def set_language(code: str | None) -> None:
    QSettings().setValue("ui/language", code or "")
