"""Pathways: achievements earned by holding others, and each learner's progress towards them.

A pathway is an achievement whose current version has a requirement tree
(core/pathways/requirements.py). The tree is saved through ``achievements.update_achievement``,
so a pathway follows the same versioning rules as any achievement, and the checks on what a
tree may name live there too. Progress counts only live credentials: active, not superseded
by a renewal and not expired.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from badgesmith.core.errors import NotFound, ValidationError
from badgesmith.core.fileio import read_limited
from badgesmith.core.pathways.requirements import (
    MAX_DEPTH,
    Group,
    Key,
    LocalRef,
    Ref,
    describe,
    evaluator,
    from_json,
    to_json,
)
from badgesmith.core.services import achievements, external_holdings
from badgesmith.core.services.shared_database import require
from badgesmith.core.store.models import (
    Achievement,
    AchievementVersion,
    Credential,
    Learner,
    utcnow,
)
from badgesmith.core.store.roles import Role
from badgesmith.core.store.workspace import Workspace

_CHUNK = 500  # learner ids per IN (...) list, well under SQLite's limit on bound values


@dataclass(frozen=True)
class PathwayInfo:
    achievement_id: int
    version: int
    name: str
    requirement: dict[str, Any]  # the tree's JSON form
    description: str  # the requirement in words


@dataclass(frozen=True)
class PathwayProgress:
    achievement_id: int
    name: str
    met: bool
    award_date: date | None  # when met: the day the last requirement needed was met
    needs: tuple[str, ...]  # when not met: one sentence per unmet group


def set_requirement(ws: Workspace, achievement_id: int, tree: Group | None) -> achievements.AchievementDetail:
    """Make the achievement a pathway with ``tree`` (None: an ordinary achievement again).

    The criteria narrative follows the requirement while it is empty or still the wording
    Badgesmith wrote for the previous tree; a narrative the trainer wrote stays theirs.
    """
    require(ws, Role.ISSUER)
    detail = achievements.get_achievement(ws, achievement_id)
    spec = detail.spec
    narrative = narrative_after(spec.criteria_narrative, spec.requirement, tree, _namer(ws))
    return achievements.update_achievement(ws, achievement_id,
                                           replace(spec, requirement=tree, criteria_narrative=narrative))


def narrative_after(narrative: str, old: Group | None, new: Group | None, name_of: Callable[[Ref], str]) -> str:
    """The criteria narrative once the requirement goes from ``old`` to ``new``: Badgesmith's
    wording of ``new`` while the narrative is empty or still its wording of ``old``."""
    written = describe(old, name_of) if old is not None else ""
    if not narrative.strip() or narrative == written:
        return describe(new, name_of) if new is not None else ""
    return narrative


IMPORT_LIMIT = 1_000_000  # bytes of a pathways file: thousands of pathways, never a hang


def import_pathways(ws: Workspace, path: Path) -> list[PathwayInfo]:
    """Pathways from a JSON file (``badgesmith pathways import``): a list of (or one)
    ``{"name": ..., "description"?: ..., "requirement": TREE}``, where the tree names achievements
    by id or exact name (``{"achievement": "Excel Basics"}``) or external IRI. An achievement of that
    name becomes a pathway (a new version if it has issued); otherwise a new achievement is made.
    Every entry is checked before anything is saved."""
    require(ws, Role.ISSUER)
    try:
        data = json.loads(read_limited(Path(path), IMPORT_LIMIT, "pathways file"))
    except ValueError as exc:
        raise ValidationError(f"{Path(path).name} is not JSON: {exc}.") from None
    entries = data if isinstance(data, list) else [data]
    with ws.read_session() as s:
        by_name: dict[str, list[int]] = {}
        for aid, name in _names(s)[0].items():
            by_name.setdefault(name.casefold(), []).append(aid)
    plans: list[tuple[str, str | None, Group]] = []
    for i, entry in enumerate(entries, 1):
        where = f"Pathway {i} of {Path(path).name}"
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) or "requirement" not in entry \
                or set(entry) - {"name", "description", "requirement"}:
            raise ValidationError(f"{where} must be an object with \"name\", \"requirement\" and optionally "
                                  "\"description\".")
        description = entry.get("description")
        if description is not None and not isinstance(description, str):
            raise ValidationError(f"{where}: the description must be text.")
        try:
            tree = from_json(_by_id(entry["requirement"], by_name, 1))
        except ValidationError as exc:
            raise ValidationError(f"{where} ({entry['name'][:80]}): {exc.message}") from None
        plans.append((entry["name"].strip(), description, tree))
    for name, description, tree in plans:  # cycles and unknown ids are refused by the save itself
        found = by_name.get(name.casefold(), [])
        if len(found) > 1:
            raise ValidationError(f"Several achievements are called '{name}'; rename one first.")
        if found:
            set_requirement(ws, found[0], tree)
        else:
            aid = achievements.create_achievement(ws, achievements.AchievementSpec(
                name=name, description=description or name, criteria_narrative=wording(ws, tree),
                requirement=tree)).id
            by_name[name.casefold()] = [aid]
    wanted = {n.casefold() for n, _, _ in plans}
    return [p for p in list_pathways(ws) if p.name.casefold() in wanted]


def _by_id(node: object, by_name: dict[str, list[int]], depth: int) -> object:
    """The tree with achievements named by name replaced by their ids (bounded: from_json checks the rest)."""
    if depth > MAX_DEPTH + 1:
        return node
    if isinstance(node, list):
        return [_by_id(x, by_name, depth) for x in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("achievement")
    if set(node) == {"achievement"} and isinstance(ref, str):
        found = by_name.get(ref.strip().casefold(), [])
        if len(found) != 1:
            raise ValidationError(f"No achievement is called '{ref[:80]}'." if not found else
                                  f"Several achievements are called '{ref[:80]}'; name it by its number.")
        return {"achievement": found[0]}
    return {k: _by_id(v, by_name, depth + 1) for k, v in node.items()}


def wording(ws: Workspace, tree: Group) -> str:
    """The requirement in words, as a criteria narrative states it."""
    return describe(tree, _namer(ws))


def list_pathways(ws: Workspace) -> list[PathwayInfo]:
    """The pathways that are not archived, oldest first."""
    with ws.read_session() as s:
        trees = _live_trees(s)
        names, numbers = _names(s)
        name_of = _name_lookup(names, external_holdings.external_names(s))
    return [PathwayInfo(aid, numbers[aid], names[aid], to_json(t), describe(t, name_of))
            for aid, t in sorted(trees.items())]


def required_by(ws: Workspace, achievement_id: int) -> list[str]:
    """The names of the pathways (not archived) whose requirements name the achievement: what it
    stacks towards, as its EU micro-credential elements say."""
    with ws.read_session() as s:
        names, _ = _names(s)
        return [names[aid] for aid, tree in sorted(_live_trees(s).items())
                if any(isinstance(r, LocalRef) and r.achievement_id == achievement_id for r in tree.refs())]


def find_pathway(ws: Workspace, ref: str) -> int:
    """A pathway's achievement id from its number or exact (case-insensitive) name."""
    items = list_pathways(ws)
    if ref.strip().isdigit() and any(p.achievement_id == int(ref) for p in items):
        return int(ref)
    matches = [p for p in items if p.name.casefold() == ref.strip().casefold()]
    if len(matches) == 1:
        return matches[0].achievement_id
    if len(matches) > 1:
        raise ValidationError(f"Several pathways are called '{ref}'; give its number: "
                              + ", ".join(str(p.achievement_id) for p in matches) + ".")
    names = ", ".join(f"{p.name} ({p.achievement_id})" for p in items[:5])
    raise NotFound(f"No pathway is called '{ref}'." + (f" Pathways: {names}." if names else " There are no pathways yet."))


def progress(ws: Workspace, learner_id: int) -> list[PathwayProgress]:
    """One learner's progress towards each pathway."""
    with ws.read_session() as s:
        if s.get(Learner, learner_id) is None:
            raise NotFound(f"There is no learner with id {learner_id}.")
    return progress_many(ws, [learner_id])[learner_id]


def holdings(ws: Workspace, learner_id: int) -> dict[Key, date]:
    """What one learner holds by a live credential, each with the day of its earliest award:
    enough to show their progress on any tree, saved or still being edited."""
    with ws.read_session() as s:
        if s.get(Learner, learner_id) is None:
            raise NotFound(f"There is no learner with id {learner_id}.")
        return live_holdings(s, [learner_id]).get(learner_id, {})


def progress_many(ws: Workspace, learner_ids: Iterable[int] | None = None) -> dict[int, list[PathwayProgress]]:
    """Each learner's progress (every learner when ``learner_ids`` is None): the live credentials
    are read in one pass and every tree is evaluated in memory."""
    with ws.read_session() as s:
        trees = sorted(_live_trees(s).items())
        names, _ = _names(s)
        ids = list(s.scalars(select(Learner.id))) if learner_ids is None else list(dict.fromkeys(learner_ids))
        held = live_holdings(s, None if learner_ids is None else ids)
        name_of = _name_lookup(names, external_holdings.external_names(s))
    runs = [(aid, names[aid], evaluator(tree, name_of)) for aid, tree in trees]
    out: dict[int, list[PathwayProgress]] = {}
    none: dict[Key, date] = {}
    for lid in ids:
        mine = held.get(lid, none)
        rows = []
        for aid, name, run in runs:
            ev = run(mine)
            rows.append(PathwayProgress(aid, name, ev.met, ev.award_date, ev.sentences))
        out[lid] = rows
    return out


def live_holdings(s: Session, learner_ids: list[int] | None = None,
                  now: datetime | None = None) -> dict[int, dict[Key, date]]:
    """For each learner, the achievements they hold by a live credential, with the (UTC) day of
    the earliest such award."""
    now = now or utcnow()
    # the day is cut out by the database: parsing 100,000 datetimes in Python costs more than the query
    q = select(Credential.learner_id, Credential.achievement_id, func.date(Credential.awarded_date)).where(
        Credential.status == "active", Credential.superseded_by.is_(None),
        or_(Credential.valid_until.is_(None), Credential.valid_until > now))
    chunks = [None] if learner_ids is None else [learner_ids[i:i + _CHUNK]
                                                 for i in range(0, len(learner_ids), _CHUNK)]
    out: dict[int, dict[Key, date]] = {}
    for chunk in chunks:
        for lid, aid, awarded in s.execute(q if chunk is None else q.where(Credential.learner_id.in_(chunk))):
            day = awarded if isinstance(awarded, date) else date.fromisoformat(awarded)
            mine = out.setdefault(lid, {})
            if aid not in mine or day < mine[aid]:
                mine[aid] = day
        # credentials from other, trusted issuers, keyed by their achievement's IRI
        for lid, iri, _cid, _name, at in external_holdings.live_external(s, chunk, now):
            mine = out.setdefault(lid, {})
            mine.setdefault(iri, at.astimezone(UTC).date())  # oldest first: the first is the earliest
    return out


def _live_trees(s: Session) -> dict[int, Group]:
    archived = set(s.scalars(select(Achievement.id).where(Achievement.archived.is_(True))))
    return {aid: t for aid, t in achievements.current_requirements(s).items() if aid not in archived}


def _names(s: Session) -> tuple[dict[int, str], dict[int, int]]:
    """Each achievement's current name and version number."""
    names: dict[int, str] = {}
    numbers: dict[int, int] = {}
    rows = s.execute(select(AchievementVersion.achievement_id, AchievementVersion.number, AchievementVersion.name)
                     .order_by(AchievementVersion.achievement_id, AchievementVersion.number))
    for aid, number, name in rows:  # ascending: the last row of each achievement is its current one
        names[aid], numbers[aid] = name, number
    return names, numbers


def _name_lookup(names: dict[int, str], external: dict[str, str] | None = None) -> Callable[[Ref], str]:
    def name_of(ref: Ref) -> str:
        # an external achievement is shown by its IRI until an added credential gives it a name
        return names.get(ref.achievement_id, f"achievement {ref.achievement_id}") if isinstance(ref, LocalRef) \
            else (external or {}).get(ref.iri, ref.iri)
    return name_of


def name_lookup(s: Session) -> Callable[[Ref], str]:
    """How the trees' achievements are named in sentences: by their current names."""
    return _name_lookup(_names(s)[0], external_holdings.external_names(s))


def _namer(ws: Workspace) -> Callable[[Ref], str]:
    with ws.read_session() as s:
        return name_lookup(s)
