"""Badgesmith: author achievements, record results offline, award signed Open Badges 3.0."""

# The one place the version is written: pyproject.toml reads it from here (hatch), and so do
# --version, the About dialog and the PyInstaller bundle (no importlib.metadata at start-up).
__version__ = "0.1.0"
