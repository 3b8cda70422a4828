"""`badgesmith migrate-to`, then backup and restore of the shared workspace, as a script uses them
(a real PostgreSQL server). The source of a move is an SQLite workspace: ``sqlite_only``."""

from __future__ import annotations

import json

import pytest
from sqlalchemy.engine import make_url

from tests.core.moving import fresh_database, relations

pytestmark = pytest.mark.sqlite_only


def test_migrate_to_then_backup_and_restore_the_shared_workspace(run, pg_server, tmp_path):
    folder = str(tmp_path / "college")
    assert run("demo", folder)[0] == 0
    with fresh_database(pg_server) as url:
        code, out, err = run("migrate-to", url, "--workspace", folder, "--json")
        assert code == 0, err
        report = json.loads(out)
        assert report["rows"]["learner"] == 60 and report["credentials"] == report["verdicts"]["verified"] + 1
        assert report["kept"].startswith(folder) and not report["failed_before"]
        # the folder now opens the shared workspace
        code, out, _ = run("--workspace", folder, "learners", "list", "--json")
        assert code == 0 and len(json.loads(out)) == 60
        code, out, _ = run("--workspace", folder, "backup", str(tmp_path / "college.zip"))
        assert code == 0 and "Backup written" in out
        code, out, err = run("--workspace", folder, "restore", str(tmp_path / "college.zip"))
        assert code == 0, err
        assert "restored" in out and "kept as" in out and "/backups/" in out
        # moving it again is refused in one line: the folder is the shared side now
        code, out, err = run("--workspace", folder, "migrate-to", url)
        assert code == 1 and err.count("\n") == 1 and "already the local side" in err


def test_a_refused_move_says_why_in_one_line(run, pg_server, tmp_path):
    folder = str(tmp_path / "college")
    assert run("demo", folder)[0] == 0
    code, _, err = run("--workspace", folder, "migrate-to", "mysql://anna@server/badgesmith")
    assert code == 1 and err.count("\n") == 1 and "postgresql://" in err
    with fresh_database(pg_server) as url:
        missing = make_url(url).set(database="no_such_database").render_as_string(hide_password=False)
        code, _, err = run("--workspace", folder, "migrate-to", missing)
        assert code == 1 and err.count("\n") == 1 and "Traceback" not in err
        assert relations(url) == []
