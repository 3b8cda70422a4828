"""Removing what a trainer entered by mistake, undoably: a learner without credentials, an
enrolment, a cohort without credentials; and archiving an achievement.

Each removal returns a :class:`Removed` snapshot of every row it deleted, so the GUI can undo it
within the session by :func:`restore`. Anything a credential was issued from is refused here:
what was signed stays in the register (a learner's personal data is erased instead, see
``erasure``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, delete, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from badgesmith.core.errors import NotFound, ValidationError
from badgesmith.core.services.achievements import current_version
from badgesmith.core.services.learners import live_learner
from badgesmith.core.store.models import (
    Achievement,
    AssessmentResult,
    Cohort,
    Credential,
    Enrolment,
    Evidence,
    ImportedCredential,
    Learner,
)
from badgesmith.core.store.workspace import Workspace

_TABLES: dict[str, Table] = {
    m.__tablename__: m.__table__  # type: ignore[misc]
    for m in (Learner, Cohort, Enrolment, AssessmentResult, Evidence)
}
# parents first: restore inserts in this order (and a removal deletes in the reverse)
_ORDER = ("learner", "cohort", "enrolment", "assessment_result", "evidence")


@dataclass(frozen=True)
class Removed:
    """What one removal deleted, row by row, for :func:`restore`; ``label`` says it in words."""

    label: str
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def count(self, table: str) -> int:
        return len(self.rows.get(table, []))


def _take(s: Session, table: str, where: Any) -> list[dict[str, Any]]:
    t = _TABLES[table]
    rows = [dict(r._mapping) for r in s.execute(select(t).where(where))]
    if rows:
        s.execute(delete(t).where(where))
    return rows


def _credentials(s: Session, where: Any) -> int:
    return s.scalar(select(func.count()).select_from(Credential).where(where)) or 0


def delete_learner(ws: Workspace, learner_id: int) -> Removed:
    """Delete a learner who holds no credential, with their enrolments, results and evidence."""
    with ws.session() as s:
        learner = live_learner(s, learner_id)
        if n := _credentials(s, Credential.learner_id == learner_id):
            raise ValidationError(
                f"{learner.name} holds {n} issued credential{'s' if n != 1 else ''}, which the register "
                "keeps for verification and revocation. Erase their personal data instead.")
        if n := s.scalar(select(func.count()).select_from(ImportedCredential)
                         .where(ImportedCredential.learner_id == learner_id)) or 0:
            raise ValidationError(
                f"{learner.name} has {n} credential{'s' if n != 1 else ''} from other issuers added to their "
                "record. Erase their personal data instead, or remove those first.")
        label = f"Deleted {learner.name}"
        rows = {
            "evidence": _take(s, "evidence", Evidence.learner_id == learner_id),
            "assessment_result": _take(s, "assessment_result", AssessmentResult.learner_id == learner_id),
            "enrolment": _take(s, "enrolment", Enrolment.learner_id == learner_id),
            "learner": _take(s, "learner", Learner.id == learner_id),
        }
    return Removed(label, rows)


def _check_unenrol(s: Session, cohort_id: int, learner_id: int) -> tuple[Learner, Cohort]:
    learner, cohort = s.get(Learner, learner_id), s.get(Cohort, cohort_id)
    in_cohort = (Enrolment.cohort_id == cohort_id) & (Enrolment.learner_id == learner_id)
    if learner is None or cohort is None or s.scalar(select(Enrolment.id).where(in_cohort)) is None:
        raise NotFound("That learner is not enrolled in this cohort.")
    if _credentials(s, (Credential.cohort_id == cohort_id) & (Credential.learner_id == learner_id)):
        raise ValidationError(
            f"{learner.name} was issued a credential in {cohort.name}, so they stay enrolled: the "
            "credential was awarded for this cohort. Revoke the credential if it was issued by mistake.")
    return learner, cohort


def check_unenrol(ws: Workspace, cohort_id: int, learner_id: int) -> bool:
    """True when :func:`unenrol` may go ahead (so the GUI asks only then); the error otherwise."""
    with ws.read_session() as s:
        _check_unenrol(s, cohort_id, learner_id)
    return True


def unenrol(ws: Workspace, cohort_id: int, learner_id: int) -> Removed:
    """Take a learner out of a cohort, with their results and evidence in it; refused once the
    cohort issued them a credential."""
    with ws.session() as s:
        learner, cohort = _check_unenrol(s, cohort_id, learner_id)
        in_cohort = (Enrolment.cohort_id == cohort_id) & (Enrolment.learner_id == learner_id)
        here = (AssessmentResult.cohort_id == cohort_id) & (AssessmentResult.learner_id == learner_id)
        rows = {
            "evidence": _take(s, "evidence", (Evidence.cohort_id == cohort_id) & (Evidence.learner_id == learner_id)),
            "assessment_result": _take(s, "assessment_result", here),
            "enrolment": _take(s, "enrolment", in_cohort),
        }
        return Removed(f"Removed {learner.name} from {cohort.name}", rows)


def delete_cohort(ws: Workspace, cohort_id: int) -> Removed:
    """Delete a cohort that issued nothing, with its enrolments, results and evidence."""
    with ws.session() as s:
        cohort = s.get(Cohort, cohort_id)
        if cohort is None:
            raise NotFound(f"There is no cohort with id {cohort_id}.")
        if n := _credentials(s, Credential.cohort_id == cohort_id):
            raise ValidationError(
                f"{cohort.name} issued {n} credential{'s' if n != 1 else ''}, which must stay traceable "
                "to it, so it cannot be deleted.")
        rows = {
            "evidence": _take(s, "evidence", Evidence.cohort_id == cohort_id),
            "assessment_result": _take(s, "assessment_result", AssessmentResult.cohort_id == cohort_id),
            "enrolment": _take(s, "enrolment", Enrolment.cohort_id == cohort_id),
            "cohort": _take(s, "cohort", Cohort.id == cohort_id),
        }
        return Removed(f"Deleted the cohort {cohort.name}", rows)


def restore(ws: Workspace, removed: Removed) -> None:
    """Put back what a removal deleted, with the same ids, or refuse without changing anything."""
    learner_ids = {row["learner_id"] for t in ("enrolment", "assessment_result", "evidence")
                   for row in removed.rows.get(t, [])}
    try:
        with ws.session() as s:
            if learner_ids and s.scalar(select(Learner.id).where(Learner.id.in_(learner_ids),
                                                                 Learner.erased_at.is_not(None)).limit(1)):
                raise ValidationError(f"'{removed.label}' can no longer be undone: the learner's personal data "
                                      "was erased since.")
            for table in _ORDER:
                if rows := removed.rows.get(table):
                    s.execute(insert(_TABLES[table]), rows)
    except IntegrityError:
        raise ValidationError(
            f"'{removed.label}' can no longer be undone: what it removed was replaced since "
            "(for example by a new learner with the same e-mail).") from None


def set_archived(ws: Workspace, achievement_id: int, archived: bool) -> str:
    """Archive (hide from the lists and from new cohorts) or bring back an achievement; returns
    its name. Its cohorts, credentials and their verification are not touched."""
    with ws.session() as s:
        a = s.get(Achievement, achievement_id)
        if a is None:
            raise NotFound(f"There is no achievement with id {achievement_id}.")
        a.archived = archived
        return current_version(s, achievement_id).name
