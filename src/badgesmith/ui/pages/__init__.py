"""One module per screen. ``PAGES`` is the navigation order (Ctrl+1..8)."""

from __future__ import annotations

# (key, label, module, class): modules are imported when the page is first shown.
PAGES: tuple[tuple[str, str, str, str], ...] = (
    ("achievements", "Achievements", "badgesmith.ui.pages.achievements", "AchievementsPage"),
    ("learners", "Learners", "badgesmith.ui.pages.learners", "LearnersPage"),
    ("cohorts", "Cohorts & assessment", "badgesmith.ui.pages.cohorts", "CohortsPage"),
    ("issue", "Issue", "badgesmith.ui.pages.issue", "IssuePage"),
    ("deliver", "Deliver", "badgesmith.ui.pages.deliver", "DeliverPage"),
    ("credentials", "Credentials", "badgesmith.ui.pages.credentials", "CredentialsPage"),
    ("verify", "Verify", "badgesmith.ui.pages.verify", "VerifyPage"),
    ("settings", "Settings", "badgesmith.ui.pages.settings", "SettingsPage"),
)
