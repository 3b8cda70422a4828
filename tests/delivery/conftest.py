"""Fixtures for delivery: an issued cohort, a real SMTP server, the reference JS verifier."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from badgesmith.core.delivery.smtp import Mailer, SmtpSettings
from badgesmith.core.services import cohorts, issuing
from badgesmith.core.services.demo import create_demo
from badgesmith.core.store.workspace import Workspace
from tests.interop.test_interop_js import js  # noqa: F401 (the warm node process fixture)
from tests.pgdatabases import copy_workspace

from .smtpserver import USER, SmtpServer

PASSPHRASE = "demo"
N_LEARNERS = 8


@pytest.fixture(scope="session")
def _issued_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("delivery") / "ws"
    ws = create_demo(folder, n_learners=N_LEARNERS)
    cohort = cohorts.list_cohorts(ws)[0]
    summary = issuing.issue_batch(ws, cohort.id, PASSPHRASE, folder.parent / "certificates", workers=1)
    assert len(summary.issued) == N_LEARNERS
    ws.close()
    return folder.parent


@pytest.fixture
def issued(_issued_template: Path, tmp_path: Path) -> Iterator[tuple[Workspace, int]]:
    """A demo workspace whose bulk cohort of N_LEARNERS is issued: (workspace, cohort id)."""
    copy_workspace(_issued_template, tmp_path / "copy")
    # issuing recorded absolute paths of the template's PDFs: those files are there too
    ws = Workspace.open(tmp_path / "copy" / "ws")
    yield ws, cohorts.list_cohorts(ws)[0].id
    ws.close()


@pytest.fixture
def smtp(tmp_path: Path) -> Iterator[SmtpServer]:
    with SmtpServer(tmp_path) as server:
        yield server


def account(server: SmtpServer) -> SmtpSettings:
    return SmtpSettings("127.0.0.1", server.port, "starttls", USER, "courses@northbridge.example", "Northbridge")


def mailer(server: SmtpServer, password: str) -> Mailer:
    return Mailer(account(server), password, timeout=10, context=server.client_context())

