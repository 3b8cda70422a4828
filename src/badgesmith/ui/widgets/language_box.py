"""A choice of language: each shipped language by its own name (a trainer looks for theirs)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from badgesmith.core.languages import SHIPPED


def language_box(name: str, none_text: str | None = None) -> QComboBox:
    """The shipped languages; ``none_text`` first (data None) when choosing none is allowed."""
    box = QComboBox()
    box.setObjectName(name)
    if none_text is not None:
        box.addItem(none_text, None)
    for code, own_name in SHIPPED.items():
        box.addItem(own_name, code)
    return box

