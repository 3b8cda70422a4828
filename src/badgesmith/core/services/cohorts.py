"""Cohorts (runs of a course or event) and who is enrolled in them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError

from badgesmith.core.errors import NotFound, ValidationError
from badgesmith.core.paper.templates import parse_languages
from badgesmith.core.services.achievements import current_version
from badgesmith.core.services.learners import LearnerInfo
from badgesmith.core.store.models import Achievement, Cohort, Credential, Enrolment, Learner
from badgesmith.core.store.workspace import Workspace


@dataclass(frozen=True)
class CohortInfo:
    id: int
    name: str
    achievement_id: int
    achievement_name: str
    start_date: date | None
    end_date: date | None
    place: str | None
    instructor: str | None
    enrolled: int
    issued: int
    certificate_language: str | None = None  # "de", "de+fr"; None: as the achievement's design


def create_cohort(
    ws: Workspace,
    name: str,
    achievement_id: int,
    start_date: date | None = None,
    end_date: date | None = None,
    place: str | None = None,
    instructor: str | None = None,
    certificate_language: str | None = None,
) -> CohortInfo:
    name = " ".join(name.split())
    certificate_language = checked_language(certificate_language)
    if not name:
        raise ValidationError("The cohort needs a name.")
    if len(name) > 200:
        raise ValidationError("The cohort name is longer than 200 characters.")
    if start_date and end_date and end_date < start_date:
        raise ValidationError("The cohort ends before it starts.")
    with ws.session() as s:
        if s.get(Achievement, achievement_id) is None:
            raise NotFound(f"There is no achievement with id {achievement_id}.")
        if any(n.casefold() == name.casefold() for n in s.scalars(select(Cohort.name))):
            raise ValidationError(f"A cohort called '{name}' already exists.")
        c = Cohort(name=name, achievement_id=achievement_id, start_date=start_date,
                   end_date=end_date, place=place or None, instructor=instructor or None,
                   certificate_language=certificate_language)
        s.add(c)
        s.flush()
        cid = c.id
    return get_cohort(ws, cid)


def checked_language(text: str | None) -> str | None:
    """A cohort's certificate language as stored ("de", "de+fr"), or None for the design's."""
    return "+".join(parse_languages(text)) or None


def set_certificate_language(ws: Workspace, cohort_id: int, text: str | None) -> CohortInfo:
    """Print this cohort's certificates in a language (or two: "de+fr") other than the
    achievement's; None goes back to the achievement's. Renewals and re-exports follow it."""
    language = checked_language(text)
    with ws.session() as s:
        c = s.get(Cohort, cohort_id)
        if c is None:
            raise NotFound(f"There is no cohort with id {cohort_id}.")
        c.certificate_language = language
    return get_cohort(ws, cohort_id)


def enrol(ws: Workspace, cohort_id: int, learner_ids: list[int]) -> int:
    """Enrol learners (in the given order, after those already enrolled); returns how many were new."""
    with ws.session() as s:
        if s.get(Cohort, cohort_id) is None:
            raise NotFound(f"There is no cohort with id {cohort_id}.")
        present = set(s.scalars(select(Enrolment.learner_id).where(Enrolment.cohort_id == cohort_id)))
        known = set(s.scalars(select(Learner.id).where(Learner.id.in_(learner_ids), Learner.erased_at.is_(None)))) \
            if len(learner_ids) < 30000 else None
        start = (s.scalar(select(func.max(Enrolment.position)).where(Enrolment.cohort_id == cohort_id)) or 0) + 1
        rows: list[dict[str, int]] = []
        for lid in dict.fromkeys(learner_ids):
            if lid in present:
                continue
            if known is not None and lid not in known:
                raise NotFound(f"There is no learner with id {lid}.")
            rows.append({"cohort_id": cohort_id, "learner_id": lid, "position": start + len(rows)})
        if rows:
            try:
                s.execute(insert(Enrolment), rows)
            except IntegrityError as exc:
                raise NotFound("One of the learners to enrol does not exist.") from exc
        return len(rows)


def roster(ws: Workspace, cohort_id: int) -> list[LearnerInfo]:
    with ws.read_session() as s:
        q = (
            select(Learner.id, Learner.name, Learner.email, Learner.student_number)
            .join(Enrolment, Enrolment.learner_id == Learner.id)
            .where(Enrolment.cohort_id == cohort_id)
            .order_by(Enrolment.position, Enrolment.id)
        )
        return [LearnerInfo(*r) for r in s.execute(q)]


def get_cohort(ws: Workspace, cohort_id: int) -> CohortInfo:
    for c in list_cohorts(ws, cohort_id=cohort_id):
        return c
    raise NotFound(f"There is no cohort with id {cohort_id}.")


def list_cohorts(ws: Workspace, cohort_id: int | None = None) -> list[CohortInfo]:
    with ws.read_session() as s:
        enrolled = dict(s.execute(select(Enrolment.cohort_id, func.count()).group_by(Enrolment.cohort_id)).all())
        issued = dict(
            s.execute(
                select(Credential.cohort_id, func.count())
                .where(Credential.superseded_by.is_(None))
                .group_by(Credential.cohort_id)
            ).all()
        )
        q = select(Cohort).order_by(Cohort.start_date.desc(), Cohort.id.desc())
        if cohort_id is not None:
            q = q.where(Cohort.id == cohort_id)
        out = []
        for c in s.scalars(q):
            v = current_version(s, c.achievement_id)
            out.append(CohortInfo(c.id, c.name, c.achievement_id, v.name, c.start_date, c.end_date,
                                  c.place, c.instructor, enrolled.get(c.id, 0), issued.get(c.id, 0),
                                  c.certificate_language))
        return out


def find_cohort(ws: Workspace, ref: str) -> int:
    """A cohort id from its number or exact (case-insensitive) name; clear error otherwise."""
    items = list_cohorts(ws)
    if ref.isdigit() and any(c.id == int(ref) for c in items):
        return int(ref)
    matches = [c for c in items if c.name.casefold() == ref.strip().casefold()]
    if len(matches) == 1:
        return matches[0].id
    names = ", ".join(c.name for c in items[:5])
    raise NotFound(f"No cohort is called '{ref}'." + (f" Cohorts: {names}." if names else ""))
