"""Shared database addresses as people type them; the password never reaches the folder or logs."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from badgesmith.core.errors import ValidationError, WorkspaceError
from badgesmith.core.store import database_url


@pytest.mark.parametrize("typed", [
    "postgresql://anna@db.college.lan/badgesmith",
    "postgres://anna@db.college.lan:5433/badgesmith",
    " postgresql://anna@/badgesmith?host=/run/postgresql ",
])
def test_addresses_people_type_are_taken(typed: str) -> None:
    url = database_url.parse(typed)
    assert url.drivername == "postgresql+psycopg" and url.database == "badgesmith"


@pytest.mark.parametrize(("typed", "says"), [
    ("", "Type the shared database's address"),
    ("db.college.lan/badgesmith", "starts with postgresql://"),
    ("mysql://anna@db/badgesmith", "starts with postgresql://"),
    ("sqlite:///tmp/x.db", "starts with postgresql://"),
    ("postgresql://anna@db.college.lan", "names no database"),
    ("postgresql://anna@db.college.lan/" + "x" * 3000, "longer than"),
])
def test_wrong_addresses_get_one_sentence(typed: str, says: str) -> None:
    with pytest.raises(ValidationError, match=says):
        database_url.parse(typed)


@pytest.mark.parametrize("typed", [
    "postgresql://anna:s3cret-pw@db/badgesmith",
    "postgresql://anna@db/badgesmith?password=s3cret-pw&sslmode=require",
])
def test_the_password_is_never_shown_nor_remembered(typed: str, tmp_path: Path) -> None:
    url = database_url.parse(typed)
    assert "s3cret-pw" not in database_url.shown(url)
    database_url.remember(tmp_path, url)
    path = tmp_path / database_url.CONNECTION_FILE
    assert "s3cret-pw" not in path.read_text()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # it names the account
    again = database_url.remembered(tmp_path)
    assert again is not None and again.password is None and again.username == "anna"
    assert dict(again.query).get("sslmode", "require") == "require"


def test_a_damaged_connection_file_is_a_clear_error(tmp_path: Path) -> None:
    assert database_url.remembered(tmp_path) is None
    (tmp_path / database_url.CONNECTION_FILE).write_text("{not json")
    with pytest.raises(WorkspaceError, match="does not hold a shared database's address"):
        database_url.remembered(tmp_path)
