"""Requirement trees of pathways: evaluation against a brute force, JSON, limits, wording."""

from __future__ import annotations

import itertools
import json
import re
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from badgesmith.core.errors import ValidationError
from badgesmith.core.pathways.requirements import (
    MAX_DEPTH,
    MAX_ELEMENTS,
    ExternalRef,
    Group,
    LocalRef,
    Ref,
    cycle_through,
    describe,
    evaluate,
    evaluator,
    from_json,
    to_json,
)

KEYS: list[int | str] = [1, 2, 3, 4, 5, 6, "https://other.example.org/achievements/7", "urn:uuid:8"]
NAMES = {1: "Excel Basics", 2: "Pivot Tables", 3: "Charts", 4: "Macros"}
DAY0 = date(2026, 1, 1)


def name_of(ref: Ref) -> str:
    return NAMES.get(ref.key, str(ref.key)) if isinstance(ref, LocalRef) else ref.iri


def ref(key: int | str) -> Ref:
    return LocalRef(key) if isinstance(key, int) else ExternalRef(key)


@st.composite
def groups(draw: st.DrawFn, depth: int = 1) -> Group:
    keys = draw(st.lists(st.sampled_from(KEYS), unique=True, max_size=4))
    nested = draw(st.lists(groups(depth + 1), max_size=2 if depth < 4 else 0))
    elements = [ref(k) for k in keys] + nested
    if not elements:
        elements = [ref(draw(st.sampled_from(KEYS)))]
    elements = draw(st.permutations(elements))
    at_least = draw(st.none() | st.integers(1, len(elements)))
    return Group(tuple(elements), at_least)


holdings = st.dictionaries(st.sampled_from(KEYS), st.integers(0, 5).map(lambda n: DAY0 + timedelta(days=n)))


def brute_met(g: Group, have: set[int | str]) -> bool:
    """Met when some choice of ``needed`` elements is wholly satisfied: every subset is tried."""
    sat = [brute_met(e, have) if isinstance(e, Group) else e.key in have for e in g.elements]
    need = len(sat) if g.at_least is None else g.at_least
    return any(all(sat[i] for i in combo) for combo in itertools.combinations(range(len(sat)), need))


def brute_day(g: Group, held: dict[int | str, date]) -> date | None:
    """The first day on which what had been awarded by then meets the tree."""
    for d in sorted(set(held.values())):
        if brute_met(g, {k for k, v in held.items() if v <= d}):
            return d
    return None


def brute_sentences(g: Group, have: set[int | str]) -> int:
    """How many sentences say what an unmet group needs: one for "at least N"; for "all of", one
    naming its missing achievements (if any) plus those of each unmet nested group."""
    if brute_met(g, have):
        return 0
    if g.at_least is not None:
        return 1
    own = any(not isinstance(e, Group) and e.key not in have for e in g.elements)
    return int(own) + sum(brute_sentences(e, have) for e in g.elements if isinstance(e, Group))


@settings(max_examples=400, deadline=None)
@given(groups(), holdings)
def test_evaluator_agrees_with_brute_force(tree: Group, held: dict[int | str, date]) -> None:
    ev = evaluate(tree, held, name_of)
    assert evaluator(tree, name_of)(held) == ev  # the compiled form used for many learners agrees
    assert ev.met == brute_met(tree, set(held))
    assert ev.award_date == brute_day(tree, held)
    if ev.met:
        assert ev.sentences == ()
    else:
        assert len(ev.sentences) == brute_sentences(tree, set(held))
        assert all(s.startswith("needs ") for s in ev.sentences)


@settings(max_examples=200, deadline=None)
@given(groups(), holdings, st.sampled_from(KEYS))
def test_earning_more_never_undoes_or_delays_a_pathway(tree: Group, held: dict[int | str, date],
                                                      extra: int | str) -> None:
    before = evaluate(tree, held, name_of)
    after = evaluate(tree, {**held, extra: min(held.get(extra, DAY0), DAY0)}, name_of)
    if before.met:
        assert after.met and after.award_date is not None and before.award_date is not None
        assert after.award_date <= before.award_date


@settings(max_examples=200, deadline=None)
@given(groups())
def test_json_round_trip(tree: Group) -> None:
    data = json.loads(json.dumps(to_json(tree)))
    assert from_json(data) == tree
    assert to_json(from_json(data)) == to_json(tree)


EXAMPLE = {"all_of": [{"achievement": 1},
                      {"at_least": 2, "of": [{"achievement": 2}, {"achievement": 3}, {"achievement": 4}]}]}


def test_describe_states_the_requirement_in_words() -> None:
    assert describe(from_json(EXAMPLE), name_of) == \
        "All of: Excel Basics, and at least 2 of: Pivot Tables, Charts, Macros"
    first = {"at_least": 1, "of": [{"all_of": [{"achievement": 1}, {"achievement": 2}]}, {"achievement": 3}]}
    assert describe(from_json(first), name_of) == "At least 1 of: (all of: Excel Basics, Pivot Tables), Charts"


def test_not_yet_is_one_sentence_per_unmet_group() -> None:
    tree = from_json(EXAMPLE)
    ev = evaluate(tree, {1: DAY0, 4: DAY0 + timedelta(days=3)}, name_of)
    assert not ev.met and ev.award_date is None
    assert ev.sentences == ("needs 1 more of: Pivot Tables, Charts",)
    ev = evaluate(tree, {4: DAY0, 2: DAY0, 3: DAY0}, name_of)
    assert ev.sentences == ("needs Excel Basics",)
    ev = evaluate(tree, {}, name_of)
    assert ev.sentences == ("needs Excel Basics", "needs 2 more of: Pivot Tables, Charts, Macros")
    options = from_json({"at_least": 1, "of": [{"all_of": [{"achievement": 1}, {"achievement": 2}]},
                                               {"achievement": 3}]})
    assert evaluate(options, {1: DAY0}, name_of).sentences == \
        ("needs 1 more of: (all of: Excel Basics, Pivot Tables), Charts",)


def test_award_day_is_when_the_last_needed_requirement_was_met() -> None:
    d = [DAY0 + timedelta(days=n) for n in range(5)]
    tree = from_json(EXAMPLE)
    # at least 2 of {2: d4, 3: d1, 4: d2} is met on d2; all of {1: d3, group: d2} on d3
    assert evaluate(tree, {1: d[3], 2: d[4], 3: d[1], 4: d[2]}, name_of).award_date == d[3]
    assert evaluate(tree, {1: d[0], 2: d[4], 3: d[1], 4: d[2]}, name_of).award_date == d[2]


def _chain(depth: int) -> dict[str, object]:
    node: dict[str, object] = {"all_of": [{"achievement": 1}]}
    for _ in range(depth - 1):
        node = {"all_of": [node]}
    return node


def test_depth_and_size_limits_are_inclusive() -> None:
    assert from_json(_chain(MAX_DEPTH)).depth == MAX_DEPTH
    wide = {"all_of": [{"achievement": i} for i in range(1, MAX_ELEMENTS + 1)]}
    assert from_json(wide).size == MAX_ELEMENTS


@pytest.mark.parametrize(("data", "message"), [
    (_chain(MAX_DEPTH + 1), "more than 8 groups deep"),
    ({"all_of": [{"achievement": i} for i in range(1, MAX_ELEMENTS + 2)]}, "more than 200 elements"),
    ({"all_of": [{"all_of": [{"achievement": i} for i in range(1, 101)]},
                 {"all_of": [{"achievement": i} for i in range(1, 101)]}]}, "more than 200 elements"),
    ({"at_least": 0, "of": [{"achievement": 1}]}, "between 1 and the group's 1 element"),
    ({"at_least": 3, "of": [{"achievement": 1}, {"achievement": 2}]}, "between 1 and the group's 2 elements"),
    ({"at_least": True, "of": [{"achievement": 1}]}, "must be a whole number"),
    ({"at_least": "2", "of": [{"achievement": 1}]}, "must be a whole number"),
    ({"all_of": [{"achievement": 1}, {"achievement": 1}]}, "appears twice in one group"),
    ({"all_of": [{"external": "urn:x:1"}, {"external": "urn:x:1"}]}, "appears twice in one group"),
    ({"all_of": []}, "needs at least one achievement or group"),
    ({"all_of": [{"achievement": 0}]}, "is not an achievement id"),
    ({"all_of": [{"achievement": "3"}]}, "is not an achievement id"),
    ({"all_of": [{"achievement": True}]}, "is not an achievement id"),
    ({"all_of": [{"external": "not an iri"}]}, "is not an achievement id such as"),
    ({"all_of": [{"external": "https://x.example/" + "a" * 1000}]}, "is not an achievement id such as"),
    ({"all_of": [{"achievement": 1, "external": "urn:x:1"}]}, "is {\"achievement\": ID} or {\"external\": IRI}"),
    ({"all_of": [{"achievement": 1}], "at_least": 1}, "not ['all_of', 'at_least']"),
    ({"any_of": [{"achievement": 1}]}, "'all_of', or 'at_least' and 'of'"),
    ({"all_of": {"achievement": 1}}, "must be a list"),
    ([{"achievement": 1}], "must be an object"),
    ("all_of", "must be an object"),
])
def test_every_refusal_is_one_clear_sentence(data: object, message: str) -> None:
    with pytest.raises(ValidationError, match=re.escape(message)) as e:
        from_json(data)
    assert e.value.message.endswith(".") and "\n" not in e.value.message


def test_groups_are_valid_by_construction() -> None:
    with pytest.raises(ValidationError, match="appears twice"):
        Group((LocalRef(2), LocalRef(2)), 1)
    with pytest.raises(ValidationError, match="needs at least one"):
        Group(())


def test_cycle_through() -> None:
    assert cycle_through(1, {1: {2, 3}, 2: {3}}) is None
    assert cycle_through(1, {1: {1}}) == [1, 1]
    assert cycle_through(1, {1: {2}, 2: {3}, 3: {1}}) == [1, 2, 3, 1]
    assert cycle_through(1, {1: {2}, 2: {3}, 3: {2}}) is None  # a cycle, but not through 1
