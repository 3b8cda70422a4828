"""Badgesmith: author achievements, record results offline, award signed Open Badges 3.0."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("badgesmith")
except PackageNotFoundError:  # running from a checkout without installing, or frozen
    __version__ = "0.1.0"
