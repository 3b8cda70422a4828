"""`badgesmith pathways list|progress`, as a script would use them."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from badgesmith.cli import main
from badgesmith.core.pathways.requirements import from_json
from badgesmith.core.services import issuer, pathways
from badgesmith.core.store.workspace import Workspace
from tests.core.pathway_data import achievement, award, learner


@pytest.fixture
def run(capsys):
    def _run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return _run


@pytest.fixture
def folder(tmp_path: Path) -> str:
    with Workspace.open(tmp_path / "ws") as ws:
        issuer.init_issuer(ws, "Test Issuer", "secret phrase")
        basics, pivots, charts = (achievement(ws, n) for n in ("Excel Basics", "Pivot Tables", "Charts"))
        analyst = achievement(ws, "Excel Analyst")
        pathways.set_requirement(ws, analyst, from_json(
            {"all_of": [{"achievement": basics}, {"at_least": 1, "of": [{"achievement": pivots},
                                                                        {"achievement": charts}]}]}))
        ada, bob = learner(ws, "Ada Byron"), learner(ws, "Bob Stone")
        award(ws, ada, basics, date(2026, 3, 1))
        award(ws, ada, charts, date(2026, 3, 5))
        award(ws, bob, basics, date(2026, 3, 1))
    return str(tmp_path / "ws")


def test_pathways_list(folder: str, run) -> None:
    code, out, _ = run("--workspace", folder, "pathways", "list")
    assert code == 0 and out == "   4  Excel Analyst  (v1): All of: Excel Basics, and at least 1 of: Pivot Tables, Charts\n"
    code, out, _ = run("--workspace", folder, "pathways", "list", "--json")
    [p] = json.loads(out)
    assert code == 0 and p["name"] == "Excel Analyst" and p["requirement"]["all_of"][0] == {"achievement": 1}


def test_pathways_progress(folder: str, run) -> None:
    code, out, _ = run("--workspace", folder, "pathways", "progress", "--learner", "ada.byron@example.org")
    assert code == 0 and out == "   4  Excel Analyst: complete on 2026-03-05\n"
    code, out, _ = run("--workspace", folder, "pathways", "progress", "--learner", "Bob Stone", "--json")
    data = json.loads(out)
    assert code == 0 and data["learner"] == "Bob Stone"
    assert data["pathways"] == [{"achievement_id": 4, "name": "Excel Analyst", "met": False, "award_date": None,
                                 "needs": ["needs 1 more of: Pivot Tables, Charts"]}]
    code, out, _ = run("--workspace", folder, "pathways", "progress", "--learner", "2")
    assert out == "   4  Excel Analyst: not yet; needs 1 more of: Pivot Tables, Charts\n"


def test_unknown_learner_is_one_line(folder: str, run) -> None:
    code, out, err = run("--workspace", folder, "pathways", "progress", "--learner", "Nobody")
    assert code == 1 and out == "" and err.count("\n") == 1 and "No learner is called 'Nobody'" in err


def test_issue_a_pathway(folder: str, run, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("BADGESMITH_PASSPHRASE", "secret phrase")
    code, out, err = run("--workspace", folder, "issue", "--pathway", "excel analyst", "--out",
                         str(tmp_path / "out"), "--json")
    summary = json.loads(out)
    assert code == 0, err
    assert [i["name"] for i in summary["issued"]] == ["Ada Byron"]
    assert [(s["name"], s["reason"]) for s in summary["skipped"]] == [
        ("Bob Stone", "Not eligible: Needs 1 more of: Pivot Tables, Charts.")]
    doc = json.loads(Path(summary["issued"][0]["json"]).read_text(encoding="utf-8"))
    assert doc["awardedDate"] == "2026-03-05T00:00:00Z" and len(doc["evidence"]) == 2
    code, _, err = run("--workspace", folder, "issue", "--pathway", "Charts", "--json")
    assert code == 1 and "No pathway is called 'Charts'. Pathways: Excel Analyst (4)." in err


def test_import_pathways_from_a_file(folder: str, run, tmp_path: Path) -> None:
    f = tmp_path / "pathways.json"
    f.write_text(json.dumps([
        {"name": "Excel Analyst", "requirement": {"all_of": [{"achievement": "Excel Basics"},
                                                             {"achievement": "charts"}]}},
        {"name": "Chart Maker", "description": "Charts, twice over.",
         "requirement": {"at_least": 1, "of": [{"achievement": 3}, {"achievement": "Pivot Tables"}]}},
    ]), encoding="utf-8")
    code, out, err = run("--workspace", folder, "pathways", "import", str(f), "--json")
    assert code == 0, err
    rows = {p["name"]: p for p in json.loads(out)}
    assert rows["Excel Analyst"]["description"] == "All of: Excel Basics, Charts"
    assert rows["Chart Maker"]["description"] == "At least 1 of: Charts, Pivot Tables"
    code, out, _ = run("--workspace", folder, "pathways", "progress", "--learner", "Ada Byron")
    assert "Excel Analyst: complete on 2026-03-05" in out and "Chart Maker: complete on 2026-03-05" in out

    for bad, said in (([{"name": "X", "requirement": {"all_of": [{"achievement": "Nope"}]}}],
                       "No achievement is called 'Nope'."),
                      ([{"name": "Excel Basics", "requirement": {"all_of": [{"achievement": "Excel Analyst"}]}}],
                       "make a circle"),
                      ({"name": "Y"}, "must be an object with"),
                      ("[1, 2", "is not JSON")):
        f.write_text(bad if isinstance(bad, str) else json.dumps(bad), encoding="utf-8")
        code, _, err = run("--workspace", folder, "pathways", "import", str(f))
        assert code == 1 and said in err and err.count("\n") == 1, err
