"""The demo's pathway: three achievements, learners complete, partway, and one flagged for review."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from badgesmith.core.services import pathways, register, verification
from badgesmith.core.services.demo import create_demo
from badgesmith.core.store.workspace import Workspace


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pathway-demo")
    create_demo(folder).close()
    return folder


def test_the_demo_has_a_pathway_of_three_with_every_kind_of_learner(demo: Path) -> None:
    with Workspace.open(demo) as ws:
        [p] = pathways.list_pathways(ws)
        assert p.name == "Data Analysis Certificate"
        assert p.description.count(",") == 2 and "at least 1 of" in p.description  # three components
        progress = [row for rows in pathways.progress_many(ws).values() for row in rows]
        met = [r for r in progress if r.met]
        partway = [r for r in progress if not r.met and len(r.needs) == 1]
        assert len(met) >= 3 and len(partway) >= 3
        creds = register.list_credentials(ws, limit=1000)
        awarded = [c for c in creds if c.achievement_id == p.achievement_id]
        flagged = [c for c in awarded if c.review]
        assert len(awarded) >= 3 and len(flagged) == 1 and flagged[0].status == "active"
        [revoked] = [c for c in creds if c.status == "revoked"]
        assert revoked.learner_id == flagged[0].learner_id and revoked.id in (flagged[0].review or "")
        report = verification.verify_path(ws, Path(awarded[0].json_path or ""))
        assert report.verified, report.summary
        doc = json.loads(Path(awarded[0].json_path or "").read_text(encoding="utf-8"))
        assert len(doc["evidence"]) >= 2
