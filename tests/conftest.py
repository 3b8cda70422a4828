"""Shared fixtures: fresh and demo workspaces, built once per session and copied per test."""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.pgdatabases import copy_workspace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")
# CSV exports follow the locale (core/services/csv_style.py): tests read commas unless they ask
# for another style, whatever the developer's own locale is
os.environ["BADGESMITH_CSV_STYLE"] = "comma"

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"

# The whole suite runs on either engine: BADGESMITH_TEST_ENGINE=postgresql puts every workspace a
# test makes into its own database on a real PostgreSQL server (tests/pgserver.py starts one, or
# BADGESMITH_TEST_PG names a running one by its superuser URL). Tests about SQLite's files are
# marked ``sqlite_only``; tests about the shared database itself start their own server.
ENGINE = os.environ.get("BADGESMITH_TEST_ENGINE", "sqlite")
ON_POSTGRESQL = ENGINE == "postgresql"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: about SQLite's own files; skipped on PostgreSQL")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if ON_POSTGRESQL:
        skip = pytest.mark.skip(reason="about SQLite's own files (the suite runs on PostgreSQL)")
        for item in items:
            if "sqlite_only" in item.keywords:
                item.add_marker(skip)


@pytest.fixture(scope="session")
def pg_server():
    """A PostgreSQL server for the whole session (tests of the shared database use it on either
    engine run): ``(superuser url maker)``."""
    from tests import pgserver

    given = os.environ.get("BADGESMITH_TEST_PG")
    if given:
        yield pgserver.Given(given)
        return
    server = pgserver.start()
    yield server
    server.stop()


@pytest.fixture
def pg_database(pg_server):
    """A new, empty database on the test server (its superuser URL), dropped afterwards."""
    from tests.pgdatabases import fresh_database

    with fresh_database(pg_server) as url:
        yield url


def database_url_as(url: str, user: str) -> str:
    """``url`` (a test database's superuser URL) signing in as ``user`` instead."""
    from sqlalchemy.engine import make_url

    return make_url(url).set(username=user).render_as_string(hide_password=False)


@pytest.fixture
def shared_demo(pg_database: str, tmp_path: Path) -> str:
    """The demo (no credentials yet) on a database of its own, set up by its owner; the
    superuser URL. Tests open it as several people with ``Workspace.open(folder, url=...)``."""
    from badgesmith.core.services.demo import create_demo

    create_demo(tmp_path / "setup", pathway=False, database=pg_database).close()
    return pg_database


@pytest.fixture(scope="session", autouse=ON_POSTGRESQL)
def _workspaces_on_postgresql(pg_server, tmp_path_factory: pytest.TempPathFactory):
    """New workspaces go into fresh databases, copied from one migrated to the newest schema."""
    from tests import pgdatabases

    with pgdatabases.installed(pg_server, tmp_path_factory.mktemp("pg-template")):
        yield


@pytest.fixture(autouse=ON_POSTGRESQL)
def _drop_test_databases():
    """The databases a test made are dropped after it (a thousand tests would fill the disk)."""
    if not ON_POSTGRESQL:
        yield
        return
    from tests import pgdatabases

    mark = pgdatabases.mark()
    yield
    pgdatabases.drop_since(mark)


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from badgesmith.core.services.demo import create_demo

    folder = tmp_path_factory.mktemp("demo-template")
    create_demo(folder, pathway=False).close()  # no credential yet: most tests start from there
    return folder


@pytest.fixture
def demo_dir(_demo_template: Path, tmp_path: Path) -> Path:
    return copy_workspace(_demo_template, tmp_path / "demo")


@pytest.fixture
def demo_ws(demo_dir: Path):
    from badgesmith.core.store.workspace import Workspace

    ws = Workspace.open(demo_dir)
    yield ws
    ws.close()


@pytest.fixture
def run(capsys, monkeypatch):
    """The command line in this process: ``run(*args)`` gives (exit code, stdout, stderr)."""
    from badgesmith.cli import main

    monkeypatch.setenv("BADGESMITH_PASSPHRASE", "demo")

    def _run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return _run


@pytest.fixture
def ws(tmp_path: Path):
    """An empty workspace with an issuer (passphrase 'secret')."""
    from badgesmith.core.services import issuer
    from badgesmith.core.store.workspace import Workspace

    w = Workspace.open(tmp_path / "ws")
    issuer.init_issuer(w, "Test Issuer", "secret phrase", url="https://issuer.example.org",
                       email="certs@issuer.example.org")
    yield w
    w.close()


def db_snapshot(folder: Path) -> dict[str, list[tuple]]:
    """Every row of every table, for 'nothing changed' assertions (either engine)."""
    from sqlalchemy import inspect, text

    with engine_of(folder) as engine, engine.connect() as conn:
        tables = sorted(inspect(conn).get_table_names())
        return {t: sorted((tuple(r) for r in conn.execute(text(f'SELECT * FROM "{t}"'))), key=repr) for t in tables}


def run_sql(folder: Path, statement: str, **params: object) -> int:
    """Change a workspace's database behind Badgesmith's back (tampering, old data), on either
    engine, as its owner; named parameters (``:name``). Returns the rows it touched."""
    from sqlalchemy import text

    with engine_of(folder) as engine, engine.begin() as conn:
        if not params:  # as written: a literal ':' or '%' is the statement's own
            return conn.exec_driver_sql(statement).rowcount
        return conn.execute(text(statement), params).rowcount


@contextmanager
def engine_of(folder: Path):
    from sqlalchemy import create_engine

    from badgesmith.core.store import database_url

    url = database_url.remembered(Path(folder))
    engine = create_engine(url if url is not None else f"sqlite:///{Path(folder) / 'workspace.db'}")
    try:
        yield engine
    finally:
        engine.dispose()
