"""A pathway's requirement tree: pure data, its JSON form, its evaluation and its wording.

A group is "all of" (``at_least is None``) or "at least N of" its elements; an element is an
achievement of this workspace (by id), an achievement of a trusted issuer (by its achievement
``id`` IRI) or a nested group. Every ``Group`` is valid by construction, so a tree that exists
is within the limits; ``from_json`` is the strict way in from stored or imported JSON.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from badgesmith.core.errors import ValidationError
from badgesmith.core.said import QT_TRANSLATE_NOOP, Said, said

MAX_DEPTH = 8  # the outermost group is depth 1
MAX_ELEMENTS = 200  # every element of every group, nested groups included
IRI_MAX_CHARS = 1000
_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+$")


@dataclass(frozen=True)
class LocalRef:
    """An achievement of this workspace."""

    achievement_id: int

    def __post_init__(self) -> None:
        if type(self.achievement_id) is not int or self.achievement_id < 1:
            raise ValidationError(f"'{self.achievement_id}' is not an achievement id (a whole number from 1).")

    @property
    def key(self) -> int:
        return self.achievement_id


@dataclass(frozen=True)
class ExternalRef:
    """An achievement of a trusted issuer, matched by the achievement ``id`` in its credentials."""

    iri: str

    def __post_init__(self) -> None:
        if not isinstance(self.iri, str) or len(self.iri) > IRI_MAX_CHARS or not _IRI.match(self.iri):
            raise ValidationError(f"'{str(self.iri)[:80]}' is not an achievement id such as "
                                  "'https://issuer.example.org/achievements/1'.")

    @property
    def key(self) -> str:
        return self.iri


Ref = LocalRef | ExternalRef
Key = int | str  # what a learner holds: local achievement ids and external achievement IRIs


@dataclass(frozen=True)
class Group:
    elements: tuple[Element, ...]
    at_least: int | None = None  # None: all of them
    depth: int = field(init=False, repr=False, compare=False)
    size: int = field(init=False, repr=False, compare=False)  # elements in this group and below

    def __post_init__(self) -> None:
        n = len(self.elements)
        if n == 0:
            raise ValidationError("A group of requirements needs at least one achievement or group.")
        if self.at_least is not None and (type(self.at_least) is not int or not 1 <= self.at_least <= n):
            raise ValidationError(f"'At least {self.at_least}' must be between 1 and the group's "
                                  f"{n} element{'s' if n != 1 else ''}.")
        seen: set[Key] = set()
        for e in self.elements:
            if isinstance(e, Group):
                continue
            if e.key in seen:
                raise ValidationError(f"Achievement {e.key} appears twice in one group.")
            seen.add(e.key)
        depth = 1 + max((e.depth for e in self.elements if isinstance(e, Group)), default=0)
        size = n + sum(e.size for e in self.elements if isinstance(e, Group))
        if depth > MAX_DEPTH:
            raise ValidationError(f"Requirements nest {depth} groups deep; the limit is {MAX_DEPTH}.")
        if size > MAX_ELEMENTS:
            raise ValidationError(f"The requirements have more than {MAX_ELEMENTS} elements; split the pathway.")
        object.__setattr__(self, "depth", depth)
        object.__setattr__(self, "size", size)

    @property
    def needed(self) -> int:
        return len(self.elements) if self.at_least is None else self.at_least

    def refs(self) -> list[Ref]:
        """Every achievement reference in the tree, depth first."""
        out: list[Ref] = []
        for e in self.elements:
            out.extend(e.refs() if isinstance(e, Group) else [e])
        return out


Element = LocalRef | ExternalRef | Group


# --- JSON -------------------------------------------------------------------------------------
# {"all_of": [...]} | {"at_least": N, "of": [...]}; elements {"achievement": 12} | {"external": IRI}


def to_json(tree: Group) -> dict[str, Any]:
    return _group_json(tree)


def _group_json(g: Group) -> dict[str, Any]:
    items = [_group_json(e) if isinstance(e, Group) else _ref_json(e) for e in g.elements]
    return {"all_of": items} if g.at_least is None else {"at_least": g.at_least, "of": items}


def _ref_json(r: Ref) -> dict[str, Any]:
    return {"achievement": r.achievement_id} if isinstance(r, LocalRef) else {"external": r.iri}


def from_json(data: object) -> Group:
    """The tree in ``data`` (parsed JSON), or ValidationError naming the first problem."""
    return _group_from(data, 1, [0])


def _group_from(data: object, depth: int, count: list[int]) -> Group:
    # depth and count are checked on the way down too, so a hostile file never recurses far
    if depth > MAX_DEPTH:
        raise ValidationError(f"Requirements nest more than {MAX_DEPTH} groups deep.")
    if not isinstance(data, dict):
        raise ValidationError("A group of requirements must be an object with 'all_of', or 'at_least' and 'of'.")
    if set(data) == {"all_of"}:
        items, at_least = data["all_of"], None
    elif set(data) == {"at_least", "of"}:
        items, at_least = data["of"], data["at_least"]
        if type(at_least) is not int:
            raise ValidationError(f"'at_least' must be a whole number, not {at_least!r}.")
    else:
        raise ValidationError(f"A group of requirements has 'all_of', or 'at_least' and 'of', not {sorted(data)}.")
    if not isinstance(items, list):
        raise ValidationError("A group's elements must be a list.")
    count[0] += len(items)
    if count[0] > MAX_ELEMENTS:
        raise ValidationError(f"The requirements have more than {MAX_ELEMENTS} elements; split the pathway.")
    elements: list[Element] = []
    for item in items:
        if isinstance(item, dict) and set(item) == {"achievement"}:
            elements.append(LocalRef(item["achievement"]))
        elif isinstance(item, dict) and set(item) == {"external"}:
            elements.append(ExternalRef(item["external"]))
        elif isinstance(item, dict) and set(item) & {"achievement", "external"}:
            raise ValidationError("An achievement in the requirements is {\"achievement\": ID} or "
                                  f"{{\"external\": IRI}}, not keys {sorted(item)}.")
        else:
            elements.append(_group_from(item, depth + 1, count))
    return Group(tuple(elements), at_least)


# --- evaluation ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Evaluation:
    met: bool
    award_date: date | None  # when met: the day the last requirement needed was met
    sentences: tuple[str, ...] = ()  # when not met: what each unmet group needs, outermost first


def met_on(tree: Group, held: Mapping[Key, date]) -> date | None:
    """The day ``tree`` was first satisfied by what is ``held`` (each with its award day), or None.

    An "all of" group is met on the latest of its elements' days; "at least N" on the N-th
    earliest of its met elements' days.
    """
    days: list[date] = []
    for e in tree.elements:
        d = met_on(e, held) if isinstance(e, Group) else held.get(e.key)
        if d is not None:
            days.append(d)
        elif tree.at_least is None:
            return None  # one missing element of "all of" settles it
    if len(days) < tree.needed:
        return None
    days.sort()
    return days[tree.needed - 1]


DayOf = Callable[[Mapping[Key, date]], "date | None"]


def compiled_met_on(tree: Group) -> DayOf:
    """``met_on`` for one tree, worked out once into nested closures: evaluating it for each of
    many learners then does no type tests and no sorting for "all of" (a third of the time)."""
    refs = tuple(e.key for e in tree.elements if not isinstance(e, Group))
    subs = tuple(compiled_met_on(e) for e in tree.elements if isinstance(e, Group))
    if tree.at_least is None:
        def all_of(held: Mapping[Key, date]) -> date | None:
            latest = None
            for k in refs:
                d = held.get(k)
                if d is None:
                    return None
                if latest is None or d > latest:
                    latest = d
            for f in subs:
                d = f(held)
                if d is None:
                    return None
                if latest is None or d > latest:
                    latest = d
            return latest
        return all_of
    need = tree.at_least

    def at_least(held: Mapping[Key, date]) -> date | None:
        days = [d for k in refs if (d := held.get(k)) is not None]
        days += [d for f in subs if (d := f(held)) is not None]
        if len(days) < need:
            return None
        days.sort()
        return days[need - 1]
    return at_least


def evaluate(tree: Group, held: Mapping[Key, date], name_of: Callable[[Ref], str]) -> Evaluation:
    """Whether ``held`` satisfies ``tree``, with the award day, or the sentences saying what is missing."""
    day = met_on(tree, held)
    if day is not None:
        return Evaluation(True, day)
    sentences: list[str] = []
    _unmet(tree, held, name_of, sentences)
    return Evaluation(False, None, tuple(sentences))


def evaluator(tree: Group, name_of: Callable[[Ref], str],
              cache_size: int = 4096) -> Callable[[Mapping[Key, date]], Evaluation]:
    """``evaluate`` for one tree and many learners. What a "not yet" says depends only on which
    of the tree's achievements are held, not when, so its sentences are worked out once per
    such combination (up to ``cache_size`` of them) rather than once per learner."""
    keys = tuple(dict.fromkeys(r.key for r in tree.refs()))
    worded: dict[tuple[bool, ...], tuple[str, ...]] = {}
    compiled: dict[int, DayOf] = {}

    def compile_all(g: Group) -> None:
        compiled[id(g)] = compiled_met_on(g)
        for e in g.elements:
            if isinstance(e, Group):
                compile_all(e)

    compile_all(tree)
    day_of = compiled[id(tree)]

    def run(held: Mapping[Key, date]) -> Evaluation:
        day = day_of(held)
        if day is not None:
            return Evaluation(True, day)
        pattern = tuple(map(held.__contains__, keys))
        sentences = worded.get(pattern)
        if sentences is None:
            out: list[str] = []
            _unmet(tree, held, name_of, out, compiled)
            sentences = tuple(out)
            if len(worded) < cache_size:
                worded[pattern] = sentences
        return Evaluation(False, None, sentences)

    return run


def _unmet(g: Group, held: Mapping[Key, date], name_of: Callable[[Ref], str], out: list[str],
           day_of: Mapping[int, DayOf] | None = None) -> None:
    """What ``g`` still needs. "At least N" says it in one sentence, its nested groups shown as
    options. "All of" names its missing achievements in one sentence and leaves each missing
    nested group (all required) to say what it needs in its own, so nothing is said twice.
    ``day_of`` holds the nested groups' compiled ``met_on`` by ``id()``, when there is one."""
    def day(e: Group) -> date | None:
        return day_of[id(e)](held) if day_of is not None else met_on(e, held)

    missing = [e for e in g.elements
               if (day(e) if isinstance(e, Group) else held.get(e.key)) is None]
    have = len(g.elements) - len(missing)
    if have >= g.needed:
        return
    if g.at_least is not None:
        out.append(said(NEEDS_MORE, count=g.needed - have, options=", ".join(_label(e, name_of) for e in missing)))
        return
    if refs := [name_of(e) for e in missing if not isinstance(e, Group)]:
        out.append(said(NEEDS_ONE, achievement=refs[0]) if len(refs) == 1 else
                   said(NEEDS_ALL, achievements=", ".join(refs[:-1]), last=refs[-1]))
    for e in missing:
        if isinstance(e, Group):
            _unmet(e, held, name_of, out, day_of)


def _label(e: Element, name_of: Callable[[Ref], str]) -> str:
    return f"({_words(e, name_of)})" if isinstance(e, Group) else name_of(e)


# what an unmet group needs (the app translates them: core/said.py), and the same as a sentence of its own
NEEDS_MORE = QT_TRANSLATE_NOOP("core", "needs {count} more of: {options}")
NEEDS_ONE = QT_TRANSLATE_NOOP("core", "needs {achievement}")
NEEDS_ALL = QT_TRANSLATE_NOOP("core", "needs {achievements} and {last}")
_AS_SENTENCE = {
    NEEDS_MORE: QT_TRANSLATE_NOOP("core", "Needs {count} more of: {options}."),
    NEEDS_ONE: QT_TRANSLATE_NOOP("core", "Needs {achievement}."),
    NEEDS_ALL: QT_TRANSLATE_NOOP("core", "Needs {achievements} and {last}."),
}


def as_sentence(need: str) -> str:
    """What an unmet group needs (``Evaluation.sentences``) as a sentence: "Needs Excel Basics."."""
    if isinstance(need, Said) and need.template in _AS_SENTENCE and not need.endswith("."):
        return said(_AS_SENTENCE[need.template], **need.params)
    # a name that ends in a full stop ends the sentence too
    text = need[:1].upper() + need[1:]
    return text if text.endswith(".") else text + "."


# --- wording --------------------------------------------------------------------------------------


def describe(tree: Group, name_of: Callable[[Ref], str]) -> str:
    """The requirement in words, for ``criteria.narrative``: "All of: Excel Basics, and at least
    2 of: Pivot Tables, Charts, Macros". A nested group is in parentheses unless it is last, where
    it runs to the end of the sentence and so cannot be misread."""
    text = _words(tree, name_of)
    return text[0].upper() + text[1:]


def _words(g: Group, name_of: Callable[[Ref], str]) -> str:
    head = "all of: " if g.at_least is None else f"at least {g.at_least} of: "
    joiner = "and" if g.at_least is None else "or"
    parts = []
    for i, e in enumerate(g.elements):
        if not isinstance(e, Group):
            parts.append(name_of(e))
        elif i == len(g.elements) - 1:
            parts.append(f"{joiner} {_words(e, name_of)}" if parts else _words(e, name_of))
        else:
            parts.append(f"({_words(e, name_of)})")
    return head + ", ".join(parts)


# --- pathways requiring pathways ------------------------------------------------------------------


def cycle_through(pathway_id: int, requires: Mapping[int, set[int]]) -> list[int] | None:
    """A chain of achievements from ``pathway_id`` back to itself, following what each pathway
    ``requires`` (its local achievement ids), or None when there is no cycle through it."""
    path = [pathway_id]
    seen: set[int] = set()

    def walk(node: int) -> bool:
        for nxt in sorted(requires.get(node, ())):
            path.append(nxt)
            if nxt == pathway_id:
                return True
            if nxt not in seen:
                seen.add(nxt)
                if walk(nxt):
                    return True
            path.pop()
        return False

    return path if walk(pathway_id) else None
