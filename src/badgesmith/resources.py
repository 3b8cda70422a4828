"""One resolver for the files shipped in ``resources/``.

The same tree is found in three situations:
  * frozen by PyInstaller: ``sys._MEIPASS/badgesmith/resources``;
  * installed from the wheel: ``badgesmith/resources`` next to this module;
  * a development checkout (editable install): ``<repo>/resources``.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


class ResourceNotFound(FileNotFoundError):
    pass


@cache
def resources_root() -> Path:
    candidates: list[Path] = []
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        candidates.append(Path(meipass) / "badgesmith" / "resources")
    here = Path(__file__).resolve().parent
    candidates.append(here / "resources")
    candidates.append(here.parent.parent / "resources")
    for c in candidates:
        if (c / "contexts").is_dir():
            return c
    raise ResourceNotFound(
        "Badgesmith's resources folder is missing; looked in: " + ", ".join(map(str, candidates))
    )


def resource_path(*parts: str) -> Path:
    """Path of a shipped resource, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    p = resources_root().joinpath(*parts)
    if not p.exists():
        raise ResourceNotFound(f"Missing resource: {'/'.join(parts)}")
    return p
