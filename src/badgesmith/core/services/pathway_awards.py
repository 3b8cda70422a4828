"""Awarding pathways: who qualifies, on which component credentials and since when, the cohort
a pathway's credentials are issued through, and what revoking a component means for them.

A pathway's credentials go through the ordinary issuing pipeline (services/issuing.py), so they
are renewed, revoked, printed, delivered and erased like any other. They need a cohort for that:
``pathway_cohort`` finds the pathway's cohort (or makes one, named after it) and enrols whoever
holds one of its components. Eligibility in a pathway's cohort is the requirement tree met by
live credentials, never results typed in a grid.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from badgesmith.core.credentials import ob3
from badgesmith.core.errors import NotFound, ValidationError
from badgesmith.core.pathways.requirements import (
    Evaluation,
    ExternalRef,
    Group,
    Key,
    LocalRef,
    as_sentence,
    describe,
    evaluate,
    evaluator,
)
from badgesmith.core.services import achievements
from badgesmith.core.services.assessment import Eligibility
from badgesmith.core.services.external_holdings import live_external
from badgesmith.core.services.pathways import live_holdings, name_lookup
from badgesmith.core.store import audit
from badgesmith.core.store.models import (
    Achievement,
    Cohort,
    Credential,
    Enrolment,
    Learner,
    utcnow,
)
from badgesmith.core.store.workspace import Workspace

COHORT_SUFFIX = " (pathway awards)"


@dataclass(frozen=True)
class Component:
    credential_id: str
    achievement_name: str
    awarded: date


@dataclass(frozen=True)
class Award:
    """A learner who meets a pathway: the day they met it, and the live credentials it rests on."""

    day: date
    components: tuple[Component, ...]

    @property
    def awarded_at(self) -> datetime:
        return datetime(self.day.year, self.day.month, self.day.day, tzinfo=UTC)

    def evidence(self) -> tuple[ob3.EvidenceInfo, ...]:
        """The pathway credential's evidence: one entry per component credential."""
        return tuple(ob3.EvidenceInfo(id=c.credential_id, name=c.achievement_name,
                                      narrative=f"Awarded on {c.awarded.isoformat()}.")
                     for c in self.components)


def tree_of(s: Session, achievement_id: int) -> Group | None:
    """The achievement's requirement tree: None unless it is a pathway (its current version)."""
    return achievements.current_requirements(s).get(achievement_id)


def requirement_wording(s: Session, achievement_id: int) -> str | None:
    """A pathway's requirement in words ("All of: …"), as its credentials' criteria state it;
    None for an ordinary achievement."""
    tree = tree_of(s, achievement_id)
    return None if tree is None else describe(tree, name_lookup(s))


def _require_tree(s: Session, achievement_id: int) -> Group:
    a = s.get(Achievement, achievement_id)
    if a is None:
        raise NotFound(f"There is no achievement with id {achievement_id}.")
    tree = tree_of(s, achievement_id)
    if tree is None:
        raise ValidationError(f"{achievements.current_version(s, achievement_id).name} is not a pathway: "
                              "it has no requirements made of other achievements.")
    if a.archived:
        raise ValidationError("This pathway is archived; bring it back before issuing it.")
    return tree


def _components(tree: Group) -> set[int]:
    return {r.achievement_id for r in tree.refs() if isinstance(r, LocalRef)}


def _external(tree: Group) -> set[str]:
    """The IRIs of the other issuers' achievements the tree names."""
    return {r.iri for r in tree.refs() if isinstance(r, ExternalRef)}


def pathway_cohort(ws: Workspace, achievement_id: int) -> int:
    """The cohort the pathway's credentials are issued through (its oldest, or a new one named
    after it), with everyone who holds a component enrolled (``enrol_holders``)."""
    with ws.session() as s:
        _require_tree(s, achievement_id)
        cohort = s.scalar(select(Cohort).where(Cohort.achievement_id == achievement_id).order_by(Cohort.id))
        if cohort is None:
            name = achievements.current_version(s, achievement_id).name + COHORT_SUFFIX
            cohort = Cohort(achievement_id=achievement_id, name=name[:200])
            s.add(cohort)
            s.flush()
            audit.append(s, "cohort.created", str(cohort.id), name=cohort.name, pathway=achievement_id)
        cohort_id = cohort.id
    enrol_holders(ws, cohort_id)
    return cohort_id


def enrol_holders(ws: Workspace, cohort_id: int) -> int:
    """Enrol in a pathway's cohort every learner who holds one of its components by a live
    credential (erased learners never): they are who may qualify. Returns how many were added."""
    with ws.session() as s:
        cohort = s.get(Cohort, cohort_id)
        if cohort is None:
            raise NotFound(f"There is no cohort with id {cohort_id}.")
        tree = _require_tree(s, cohort.achievement_id)
        holders = set(s.scalars(select(Credential.learner_id).where(
            Credential.achievement_id.in_(_components(tree)), Credential.status == "active",
            Credential.superseded_by.is_(None))))
        outside = _external(tree)
        if outside:
            holders |= {lid for lid, iri, *_ in live_external(s, None, utcnow()) if iri in outside}
        holders -= set(s.scalars(select(Learner.id).where(Learner.erased_at.is_not(None))))
        enrolled = set(s.scalars(select(Enrolment.learner_id).where(Enrolment.cohort_id == cohort_id)))
        new = holders - enrolled
        if new:
            top = s.scalar(select(func.max(Enrolment.position)).where(Enrolment.cohort_id == cohort_id)) or 0
            keys = dict(s.execute(select(Learner.id, Learner.family_key).where(Learner.id.in_(new))).all())
            for i, lid in enumerate(sorted(new, key=lambda x: (keys.get(x) or "", x)), 1):
                s.add(Enrolment(cohort_id=cohort_id, learner_id=lid, position=top + i))
            audit.append(s, "cohort.enrolled", str(cohort_id), learners=len(new), pathway=cohort.achievement_id)
        return len(new)


def cohort_eligibility(ws: Workspace, cohort_id: int) -> dict[int, Eligibility] | None:
    """Eligibility of everyone enrolled in a pathway's cohort (None: the cohort's achievement is
    not a pathway, so its grid decides): the tree met by live credentials, else one sentence per
    unmet group."""
    with ws.read_session() as s:
        cohort = s.get(Cohort, cohort_id)
        if cohort is None:
            raise NotFound(f"There is no cohort with id {cohort_id}.")
        tree = tree_of(s, cohort.achievement_id)
        if tree is None:
            return None
        ids = list(s.scalars(select(Enrolment.learner_id).where(Enrolment.cohort_id == cohort_id)))
        held = live_holdings(s, ids)
        name_of = name_lookup(s)
    run = evaluator(tree, name_of)
    out: dict[int, Eligibility] = {}
    none: dict[Key, date] = {}
    for lid in ids:
        ev = run(held.get(lid, none))
        out[lid] = Eligibility(True) if ev.met else Eligibility(False, tuple(map(as_sentence, ev.sentences)))
    return out


def awards(s: Session, achievement_id: int, learner_ids: Iterable[int]) -> dict[int, Award]:
    """For each learner who meets the pathway now: the day they met it and the live component
    credentials it rests on (for each component achievement, the earliest live credential)."""
    tree = tree_of(s, achievement_id)
    if tree is None:
        return {}
    ids = list(learner_ids)
    held = live_holdings(s, ids)
    run = evaluator(tree, name_lookup(s))
    met = {lid: ev.award_date for lid in ids if (ev := run(held.get(lid, {}))).met and ev.award_date}
    if not met:
        return {}
    now = utcnow()
    best: dict[int, dict[int, Component]] = {}
    rows = s.execute(select(Credential.learner_id, Credential.achievement_id, Credential.id,
                            Credential.achievement_name, Credential.awarded_date)
                     .where(Credential.learner_id.in_(list(met)), Credential.achievement_id.in_(_components(tree)),
                            Credential.status == "active", Credential.superseded_by.is_(None))
                     .where((Credential.valid_until.is_(None)) | (Credential.valid_until > now))
                     .order_by(Credential.awarded_date, Credential.id))
    best_outside: dict[int, dict[str, Component]] = {}
    for lid, aid, cid, name, awarded in rows:
        mine = best.setdefault(lid, {})
        if aid not in mine:  # ordered by award: the first is the earliest
            mine[aid] = Component(cid, name, awarded.astimezone(UTC).date())
    outside = _external(tree)
    if outside:
        for lid, iri, cid, name, awarded in live_external(s, list(met), now):
            theirs = best_outside.setdefault(lid, {})
            if iri in outside and iri not in theirs:
                theirs[iri] = Component(cid, name, awarded.astimezone(UTC).date())
    return {lid: Award(day, tuple(sorted([*best.get(lid, {}).values(), *best_outside.get(lid, {}).values()],
                                         key=lambda c: (c.awarded, c.achievement_name))))
            for lid, day in met.items()}


# --- revoking a component ---------------------------------------------------------------------

def _dependants(s: Session, learner_id: int, key: Key) -> list[tuple[Credential, Evaluation]]:
    """The learner's live pathway credentials whose pathway names ``key`` (an achievement id, or
    another issuer's achievement IRI), each with its pathway evaluated on what they hold now."""
    s.flush()
    trees = {aid: tree for aid, tree in achievements.current_requirements(s).items()
             if key in (_components(tree) if isinstance(key, int) else _external(tree))}
    if not trees:
        return []
    creds = list(s.scalars(select(Credential).where(
        Credential.learner_id == learner_id, Credential.achievement_id.in_(list(trees)),
        Credential.status == "active", Credential.superseded_by.is_(None))))
    if not creds:
        return []
    held = live_holdings(s, [learner_id]).get(learner_id, {})
    name_of = name_lookup(s)
    return [(c, evaluate(trees[c.achievement_id], held, name_of)) for c in creds]


def flag_after_revoke(s: Session, component: Credential) -> list[Credential]:
    """After ``component`` was revoked (in this session): flag for review each pathway credential
    of the learner that no longer has what its pathway requires. Nothing is revoked here."""
    return flag_dependants(s, component.learner_id, component.achievement_id, component.id,
                           f"{component.achievement_name} ({component.id}), one of the credentials this pathway "
                           f"credential rests on, was revoked on {utcnow():%d %B %Y}.")


def flag_dependants(s: Session, learner_id: int, key: Key, component_id: str, what: str) -> list[Credential]:
    """Flag for review each of the learner's pathway credentials that names ``key`` and is no
    longer met, saying ``what`` happened (a sentence naming ``component_id``)."""
    flagged = []
    for cred, ev in _dependants(s, learner_id, key):
        if ev.met:
            continue
        cred.review_note = (f"{what} Without it {cred.recipient_name} no longer meets {cred.achievement_name}: "
                            f"{'; '.join(ev.sentences)}. Decide whether to revoke this credential or keep it.")
        audit.append(s, "credential.flagged", cred.id, component=component_id)
        flagged.append(cred)
    return flagged


def would_flag(ws: Workspace, credential_id: str) -> str:
    """What revoking this credential would flag, in a sentence for the revoke dialog ("" if nothing):
    worked out by revoking it in a transaction that is rolled back."""
    with ws.session() as s:
        c = s.get(Credential, credential_id)
        if c is None or c.status != "active":
            return ""
        trial = s.begin_nested()
        c.status = "revoked"
        affected = [cred.achievement_name for cred, ev in _dependants(s, c.learner_id, c.achievement_id)
                    if not ev.met]
        trial.rollback()
    if not affected:
        return ""
    return (f"Without it the learner no longer meets {', '.join(affected)}: that pathway credential will be "
            "flagged for your review, not revoked.")


def unflag_after_reinstate(s: Session, component: Credential) -> list[Credential]:
    """After ``component`` was reinstated: clear the flags its revocation set where the pathway
    is met again."""
    cleared = []
    for cred, ev in _dependants(s, component.learner_id, component.achievement_id):
        if ev.met and cred.review_note is not None and component.id in cred.review_note:
            cred.review_note = None
            audit.append(s, "credential.review_cleared", cred.id, reason="component reinstated")
            cleared.append(cred)
    return cleared
