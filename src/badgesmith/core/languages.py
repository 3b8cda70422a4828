"""The languages Badgesmith ships, by code and by their own names (a trainer looks for theirs).

Core and UI read this one list: message presets, certificate wording and the app's translations.
"""

from __future__ import annotations

ENGLISH = "en"
SHIPPED: dict[str, str] = {
    "en": "English", "de": "Deutsch", "fr": "Français", "es": "Español", "pt_BR": "Português (Brasil)",
    "it": "Italiano", "pl": "Polski", "ar": "العربية", "ja": "日本語",
}
RIGHT_TO_LEFT = frozenset({"ar"})
