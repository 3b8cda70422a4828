"""One module per screen. ``PAGES`` is the navigation order (Ctrl+1..9)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:  # PySide6's stub says the marker returns object; it returns the text
    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

# (key, label, module, class): modules are imported when the page is first shown. The labels are
# translated where they are shown (``title``): the language is installed after this import.
PAGES: tuple[tuple[str, str, str, str], ...] = (
    ("overview", QT_TRANSLATE_NOOP("Pages", "Overview"), "badgesmith.ui.pages.overview", "OverviewPage"),
    ("achievements", QT_TRANSLATE_NOOP("Pages", "Achievements"), "badgesmith.ui.pages.achievements",
     "AchievementsPage"),
    ("learners", QT_TRANSLATE_NOOP("Pages", "Learners"), "badgesmith.ui.pages.learners", "LearnersPage"),
    ("cohorts", QT_TRANSLATE_NOOP("Pages", "Cohorts & assessment"), "badgesmith.ui.pages.cohorts", "CohortsPage"),
    ("issue", QT_TRANSLATE_NOOP("Pages", "Issue"), "badgesmith.ui.pages.issue", "IssuePage"),
    ("deliver", QT_TRANSLATE_NOOP("Pages", "Deliver"), "badgesmith.ui.pages.deliver", "DeliverPage"),
    ("credentials", QT_TRANSLATE_NOOP("Pages", "Credentials"), "badgesmith.ui.pages.credentials", "CredentialsPage"),
    ("verify", QT_TRANSLATE_NOOP("Pages", "Verify"), "badgesmith.ui.pages.verify", "VerifyPage"),
    ("settings", QT_TRANSLATE_NOOP("Pages", "Settings"), "badgesmith.ui.pages.settings", "SettingsPage"),
)


def title(label: str) -> str:
    """A page's label from ``PAGES`` in the user's language (the sidebar, the Go menu)."""
    return QCoreApplication.translate("Pages", label)
