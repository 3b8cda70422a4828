"""Pathways in a workspace: saving requirements (versioned, checked) and learners' progress."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from badgesmith.core.errors import NotFound, ValidationError
from badgesmith.core.pathways.requirements import Group, LocalRef, from_json
from badgesmith.core.services import achievements as ach
from badgesmith.core.services import pathways, removal
from badgesmith.core.store.workspace import Workspace
from tests.core.pathway_data import achievement, award, learner

D1, D2, D3, D4 = (date(2026, 3, d) for d in (1, 2, 3, 4))


@pytest.fixture
def excel(ws: Workspace) -> dict[str, int]:
    ids = {n: achievement(ws, n) for n in ("Excel Basics", "Pivot Tables", "Charts", "Macros", "Excel Analyst")}
    tree = from_json({"all_of": [{"achievement": ids["Excel Basics"]},
                                 {"at_least": 2, "of": [{"achievement": ids[n]}
                                                        for n in ("Pivot Tables", "Charts", "Macros")]}]})
    pathways.set_requirement(ws, ids["Excel Analyst"], tree)
    return ids


def test_a_requirement_makes_a_pathway_worded_in_its_criteria(ws: Workspace, excel: dict[str, int]) -> None:
    [p] = pathways.list_pathways(ws)
    assert (p.achievement_id, p.name, p.version) == (excel["Excel Analyst"], "Excel Analyst", 1)
    assert p.description == "All of: Excel Basics, and at least 2 of: Pivot Tables, Charts, Macros"
    assert from_json(p.requirement) == ach.get_achievement(ws, p.achievement_id).spec.requirement
    assert ach.get_achievement(ws, p.achievement_id).spec.criteria_narrative == p.description


def test_a_narrative_the_trainer_wrote_is_kept(ws: Workspace, excel: dict[str, int]) -> None:
    aid = excel["Excel Analyst"]
    spec = ach.get_achievement(ws, aid).spec
    from dataclasses import replace
    ach.update_achievement(ws, aid, replace(spec, criteria_narrative="Our own words."))
    pathways.set_requirement(ws, aid, Group((LocalRef(excel["Charts"]),)))
    assert ach.get_achievement(ws, aid).spec.criteria_narrative == "Our own words."


def test_editing_an_issued_pathway_makes_a_new_version(ws: Workspace, excel: dict[str, int]) -> None:
    aid = excel["Excel Analyst"]
    pathways.set_requirement(ws, aid, Group((LocalRef(excel["Charts"]),)))  # not issued: in place
    assert [v.number for v in ach.get_achievement(ws, aid).versions] == [1]
    award(ws, learner(ws, "Ada Byron"), aid, D1)
    pathways.set_requirement(ws, aid, Group((LocalRef(excel["Macros"]),)))
    detail = ach.get_achievement(ws, aid)
    assert [v.number for v in detail.versions] == [1, 2]
    assert detail.spec.requirement == Group((LocalRef(excel["Macros"]),))
    assert pathways.list_pathways(ws)[0].version == 2
    pathways.set_requirement(ws, aid, None)  # an ordinary achievement again
    assert pathways.list_pathways(ws) == []


def test_refused_requirements(ws: Workspace, excel: dict[str, int]) -> None:
    analyst, charts = excel["Excel Analyst"], excel["Charts"]
    with pytest.raises(ValidationError, match="'Excel Analyst' cannot require itself"):
        pathways.set_requirement(ws, analyst, Group((LocalRef(charts), LocalRef(analyst)), 1))
    expert = achievement(ws, "Excel Expert")
    pathways.set_requirement(ws, expert, Group((LocalRef(analyst),)))
    with pytest.raises(ValidationError, match="'Excel Analyst' cannot require 'Excel Expert': that would "
                                              "make a circle \\(Excel Analyst → Excel Expert → Excel Analyst\\)"):
        pathways.set_requirement(ws, analyst, Group((LocalRef(charts), Group((LocalRef(expert),)))))
    with pytest.raises(ValidationError, match="achievement 999, which does not exist"):
        pathways.set_requirement(ws, analyst, Group((LocalRef(999),)))
    with pytest.raises(NotFound):
        pathways.set_requirement(ws, 998, Group((LocalRef(charts),)))
    assert pathways.list_pathways(ws)[1].description == "All of: Excel Analyst"
    assert "Excel Basics" in pathways.list_pathways(ws)[0].description  # nothing half-saved


def test_progress_counts_only_live_credentials(ws: Workspace, excel: dict[str, int]) -> None:
    e = excel
    ada, bob, cy = learner(ws, "Ada Byron"), learner(ws, "Bob Stone"), learner(ws, "Cy Young")
    award(ws, ada, e["Excel Basics"], D3)
    award(ws, ada, e["Pivot Tables"], D4)
    award(ws, ada, e["Charts"], D1)
    award(ws, ada, e["Macros"], D2)
    # Bob: his Charts is revoked, his Macros renewed (the old one superseded), Pivot Tables expired
    award(ws, bob, e["Excel Basics"], D1)
    award(ws, bob, e["Charts"], D1, status="revoked")
    new = award(ws, bob, e["Macros"], D2)
    award(ws, bob, e["Macros"], D1, superseded_by=new)
    award(ws, bob, e["Pivot Tables"], D1, valid_until=datetime.now(UTC) - timedelta(days=1))
    award(ws, cy, e["Excel Basics"], D1)
    award(ws, cy, e["Pivot Tables"], D1, valid_until=datetime.now(UTC) + timedelta(days=30))

    [a] = pathways.progress(ws, ada)
    assert a.met and a.award_date == D3 and a.needs == ()  # 2 of 3 on D2; Excel Basics on D3
    [b] = pathways.progress(ws, bob)
    assert not b.met and b.award_date is None
    assert b.needs == ("needs 1 more of: Pivot Tables, Charts",)
    [c] = pathways.progress(ws, cy)
    assert c.needs == ("needs 1 more of: Charts, Macros",)

    everyone = pathways.progress_many(ws)
    assert everyone == {ada: [a], bob: [b], cy: [c]}
    assert pathways.progress_many(ws, [cy, cy]) == {cy: [c]}
    removal.set_archived(ws, e["Excel Analyst"], True)
    assert pathways.progress(ws, ada) == [] and pathways.list_pathways(ws) == []
    with pytest.raises(NotFound):
        pathways.progress(ws, 12345)


def test_pathways_of_pathways(ws: Workspace, excel: dict[str, int]) -> None:
    expert = achievement(ws, "Excel Expert")
    pathways.set_requirement(ws, expert, Group((LocalRef(excel["Excel Analyst"]),)))
    ada = learner(ws, "Ada Byron")
    award(ws, ada, excel["Excel Analyst"], D2)
    got = {p.name: p for p in pathways.progress(ws, ada)}
    assert got["Excel Expert"].met and got["Excel Expert"].award_date == D2
    assert not got["Excel Analyst"].met  # holding the pathway's credential is not its requirements
