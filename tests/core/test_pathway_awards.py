"""Issuing pathway credentials, and what revoking one of their components does to them."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from badgesmith.core.errors import ValidationError
from badgesmith.core.pathways.requirements import from_json
from badgesmith.core.services import (
    issuing,
    pathway_awards,
    pathways,
    register,
    removal,
    verification,
)
from badgesmith.core.store.workspace import Workspace
from tests.core.pathway_data import achievement, award, learner

PASS = "secret phrase"
D1, D2, D3, D4 = (date(2026, 3, d) for d in (1, 2, 3, 4))


@pytest.fixture
def excel(ws: Workspace) -> dict[str, int]:
    ids = {n: achievement(ws, n) for n in ("Excel Basics", "Pivot Tables", "Charts", "Macros", "Excel Analyst")}
    ids.update({n: learner(ws, n) for n in ("Ana Lima", "Bob Stone", "Cy Young")})
    pathways.set_requirement(ws, ids["Excel Analyst"], from_json(
        {"all_of": [{"achievement": ids["Excel Basics"]},
                    {"at_least": 2, "of": [{"achievement": ids[n]} for n in ("Pivot Tables", "Charts", "Macros")]}]}))
    return ids


def _issue(ws: Workspace, ids: dict[str, int], out: Path) -> issuing.IssueSummary:
    cohort = pathway_awards.pathway_cohort(ws, ids["Excel Analyst"])
    return issuing.issue_batch(ws, cohort, PASS, out, workers=1)


def _awarded(ws: Workspace, ids: dict[str, int], out: Path, *, spare: bool = False
             ) -> tuple[dict[str, str], issuing.IssuedItem]:
    """Ana holds Excel Basics, Pivot Tables and Charts (and Macros too with ``spare``) and was
    awarded the pathway on them; her component credentials by name, and the pathway's."""
    ana = ids["Ana Lima"]
    held = {n: award(ws, ana, ids[n], d) for n, d in
            (("Excel Basics", D1), ("Pivot Tables", D2), ("Charts", D3), *((("Macros", D3),) if spare else ()))}
    [issued] = _issue(ws, ids, out).issued
    return held, issued


def test_a_pathway_credential_rests_on_its_components(ws: Workspace, excel: dict[str, int], tmp_path: Path) -> None:
    ana, bob = excel["Ana Lima"], excel["Bob Stone"]
    parts = [award(ws, ana, excel["Excel Basics"], D1), award(ws, ana, excel["Charts"], D2),
             award(ws, ana, excel["Pivot Tables"], D4)]
    award(ws, ana, excel["Macros"], D3, status="revoked")  # not live: no evidence, no date
    award(ws, bob, excel["Excel Basics"], D1)
    award(ws, bob, excel["Charts"], D2)

    summary = _issue(ws, excel, tmp_path / "out")
    assert [i.learner_id for i in summary.issued] == [ana]
    [(who, _, why)] = summary.skipped
    assert who == bob and why == "Not eligible: Needs 1 more of: Pivot Tables, Macros."
    assert excel["Cy Young"] not in {r.learner_id for r in issuing.plan_issue(ws, summary_cohort(ws, excel))}

    doc = json.loads(summary.issued[0].json.read_text(encoding="utf-8"))
    assert doc["awardedDate"] == "2026-03-04T00:00:00Z"  # the day the last requirement was met
    assert [e["id"] for e in doc["evidence"]] == parts
    assert [e["name"] for e in doc["evidence"]] == ["Excel Basics", "Charts", "Pivot Tables"]
    achievement_doc = doc["credentialSubject"]["achievement"]
    assert achievement_doc["criteria"]["narrative"] == ("All of: Excel Basics, and at least 2 of: Pivot Tables, "
                                                        "Charts, Macros")
    assert "term" not in doc["credentialSubject"]
    report = verification.verify_path(ws, summary.issued[0].json)
    assert report.verdict == "verified", report
    assert "Conforms to the official Open Badges 3.0 JSON Schema." in [c.message for c in report.checks]


def summary_cohort(ws: Workspace, ids: dict[str, int]) -> int:
    return pathway_awards.pathway_cohort(ws, ids["Excel Analyst"])


def test_the_pathway_cohort_is_found_again_and_grows(ws: Workspace, excel: dict[str, int]) -> None:
    first = pathway_awards.pathway_cohort(ws, excel["Excel Analyst"])
    award(ws, excel["Cy Young"], excel["Macros"], D1)
    assert pathway_awards.pathway_cohort(ws, excel["Excel Analyst"]) == first
    [row] = issuing.plan_issue(ws, first)
    assert row.learner_id == excel["Cy Young"] and not row.eligible
    assert row.reasons == ("Needs Excel Basics.", "Needs 1 more of: Pivot Tables, Charts.")
    with pytest.raises(ValidationError, match="not a pathway"):
        pathway_awards.pathway_cohort(ws, excel["Charts"])


def test_a_revoked_component_takes_a_learner_out_before_the_award(ws: Workspace, excel: dict[str, int],
                                                                  tmp_path: Path) -> None:
    bob = excel["Bob Stone"]
    award(ws, bob, excel["Excel Basics"], D1)
    pivot = award(ws, bob, excel["Pivot Tables"], D2)
    award(ws, bob, excel["Charts"], D3)
    cohort = summary_cohort(ws, excel)
    assert [r.eligible for r in issuing.plan_issue(ws, cohort)] == [True]
    register.revoke(ws, pivot, "Assessed by mistake", PASS)
    [row] = issuing.plan_issue(ws, cohort)
    assert not row.eligible and row.reasons == ("Needs 1 more of: Pivot Tables, Macros.",)
    assert _issue(ws, excel, tmp_path / "out").issued == []


def test_a_revoked_component_flags_an_awarded_pathway_and_never_revokes_it(ws: Workspace, excel: dict[str, int],
                                                                         tmp_path: Path) -> None:
    held, issued = _awarded(ws, excel, tmp_path / "out")
    pivot = held["Pivot Tables"]

    register.revoke(ws, pivot, "Assessed by mistake", PASS)
    row = register.get_credential(ws, issued.credential_id).row
    assert row.status == "active"
    assert row.review is not None and pivot in row.review
    assert "no longer meets Excel Analyst: needs 1 more of: Pivot Tables, Macros" in row.review
    assert [r.id for r in register.flagged_by(ws, pivot)] == [issued.credential_id]
    assert verification.verify_path(ws, issued.json).verdict == "verified"  # flagged, not revoked

    register.reinstate(ws, pivot, PASS)  # met again: the flag goes by itself
    assert register.get_credential(ws, issued.credential_id).row.review is None

    register.revoke(ws, pivot, "Assessed by mistake", PASS)
    register.keep_after_review(ws, issued.credential_id)  # the trainer decides to keep it
    assert register.get_credential(ws, issued.credential_id).row.review is None
    with pytest.raises(ValidationError, match="not waiting for a review"):
        register.keep_after_review(ws, issued.credential_id)


def test_a_component_with_a_spare_flags_nothing(ws: Workspace, excel: dict[str, int], tmp_path: Path) -> None:
    held, issued = _awarded(ws, excel, tmp_path / "out", spare=True)
    pivot = held["Pivot Tables"]
    register.revoke(ws, pivot, "Assessed by mistake", PASS)
    assert register.get_credential(ws, issued.credential_id).row.review is None
    assert register.flagged_by(ws, pivot) == []


def test_revoking_the_flagged_credential_settles_its_review(ws: Workspace, excel: dict[str, int],
                                                           tmp_path: Path) -> None:
    held, issued = _awarded(ws, excel, tmp_path / "out")
    register.revoke(ws, held["Pivot Tables"], "Assessed by mistake", PASS)
    register.revoke(ws, issued.credential_id, "No longer meets the pathway", PASS)
    row = register.get_credential(ws, issued.credential_id).row
    assert row.status == "revoked" and row.review is None


def test_an_archived_pathway_is_not_issued(ws: Workspace, excel: dict[str, int]) -> None:
    removal.set_archived(ws, excel["Excel Analyst"], True)
    with pytest.raises(ValidationError, match="archived"):
        pathway_awards.pathway_cohort(ws, excel["Excel Analyst"])


def test_the_revoke_dialog_is_told_what_will_be_flagged(ws: Workspace, excel: dict[str, int], tmp_path: Path) -> None:
    held, issued = _awarded(ws, excel, tmp_path / "out")
    basics = held["Excel Basics"]
    said = pathway_awards.would_flag(ws, basics)
    assert said == ("Without it the learner no longer meets Excel Analyst: that pathway credential will be "
                    "flagged for your review, not revoked.")
    assert register.get_credential(ws, basics).row.status == "active"  # only a trial
    assert register.get_credential(ws, issued.credential_id).row.review is None
    assert pathway_awards.would_flag(ws, issued.credential_id) == ""


def test_no_learner_record_while_a_credential_waits_for_review(ws: Workspace, excel: dict[str, int],
                                                               tmp_path: Path) -> None:
    from badgesmith.core.services import learner_record

    held, _ = _awarded(ws, excel, tmp_path / "out")
    register.revoke(ws, held["Pivot Tables"], "Assessed by mistake", PASS)
    with pytest.raises(ValidationError, match="Ana Lima's Excel Analyst waits for your review"):
        learner_record.clr_credential(ws, excel["Ana Lima"], PASS)


def test_the_criteria_state_the_requirement_after_the_trainers_own_words(ws: Workspace, excel: dict[str, int],
                                                                         tmp_path: Path) -> None:
    from dataclasses import replace

    from badgesmith.core.services import achievements as ach

    spec = ach.get_achievement(ws, excel["Excel Analyst"]).spec
    ach.update_achievement(ws, excel["Excel Analyst"], replace(spec, criteria_narrative="Our flagship award."))
    ana = excel["Ana Lima"]
    for name, day in (("Excel Basics", D1), ("Pivot Tables", D2), ("Charts", D3)):
        award(ws, ana, excel[name], day)
    [issued] = _issue(ws, excel, tmp_path / "out").issued
    doc = json.loads(issued.json.read_text(encoding="utf-8"))
    assert doc["credentialSubject"]["achievement"]["criteria"]["narrative"] == (
        "Our flagship award.\n\nAll of: Excel Basics, and at least 2 of: Pivot Tables, Charts, Macros")
