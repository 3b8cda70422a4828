"""Learners: add, edit, search, and the database side of importing and exporting them."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, insert, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from badgesmith.core.errors import NotFound, ValidationError
from badgesmith.core.store.models import Learner, utcnow
from badgesmith.core.store.workspace import Workspace
from badgesmith.core.values import NAME_MAX_CHARS, InvalidEmail, normalise_email, normalise_name


@dataclass(frozen=True)
class LearnerInfo:
    id: int
    name: str
    email: str | None
    student_number: str | None


def name_key(name: str) -> str:
    """Sort and search key: casefolded without accents, so 'Ágnes' sorts with 'Agnes' (not
    after 'Z') and typing 'zoe' finds 'Zoë'. Stored in ``learner.name_key`` (schema 0002)."""
    decomposed = unicodedata.normalize("NFKD", normalise_name(name).casefold())
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def check_email(email: str | None) -> str | None:
    """The address as stored (domain lower-cased), None when empty; the importer's rules."""
    shown = (email or "").strip()
    if not shown:
        return None
    try:
        return normalise_email(shown)
    except InvalidEmail as exc:
        raise ValidationError(f"'{shown}' is not a valid e-mail address: {exc.reason}.") from None


def check_learner(name: str, email: str | None, student_number: str | None) -> tuple[str, str | None, str | None]:
    name = normalise_name(name)
    if not name:
        raise ValidationError("The learner needs a name.")
    if len(name) > NAME_MAX_CHARS:
        raise ValidationError(f"The name is {len(name)} characters long; the limit is {NAME_MAX_CHARS}.")
    email = check_email(email)
    number = (student_number or "").strip() or None
    return name, email, number


def _email_taken(s: Session, email: str | None, exclude: int | None = None) -> bool:
    if email is None:
        return False
    q = select(Learner.id).where(func.lower(Learner.email) == email.lower())
    if exclude is not None:
        q = q.where(Learner.id != exclude)
    return s.scalar(q) is not None


def add_learner(ws: Workspace, name: str, email: str | None = None, student_number: str | None = None) -> LearnerInfo:
    name, email, number = check_learner(name, email, student_number)
    with ws.session() as s:
        if _email_taken(s, email):
            raise ValidationError(f"A learner with the e-mail {email} already exists.")
        learner = Learner(name=name, name_key=name_key(name), email=email, student_number=number)
        s.add(learner)
        try:
            s.flush()
        except IntegrityError as exc:
            raise ValidationError(f"A learner with the student number {number} already exists.") from exc
        return _info(learner)


def update_learner(ws: Workspace, learner_id: int, name: str, email: str | None, student_number: str | None) -> LearnerInfo:
    name, email, number = check_learner(name, email, student_number)
    with ws.session() as s:
        learner = s.get(Learner, learner_id)
        if learner is None:
            raise NotFound(f"There is no learner with id {learner_id}.")
        if _email_taken(s, email, exclude=learner_id):
            raise ValidationError(f"Another learner already has the e-mail {email}.")
        learner.name, learner.name_key = name, name_key(name)
        learner.email, learner.student_number = email, number
        try:
            s.flush()
        except IntegrityError as exc:
            raise ValidationError(f"Another learner already has the student number {number}.") from exc
        return _info(learner)



def _info(learner: Learner) -> LearnerInfo:
    return LearnerInfo(learner.id, learner.name, learner.email, learner.student_number)


def _search_clause(text: str) -> ColumnElement[bool]:
    key = name_key(text)
    escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    # A prefix on name_key uses its index; e-mail and student number match anywhere.
    return or_(
        Learner.name_key.like(f"{escaped}%", escape="\\"),
        Learner.name_key.like(f"% {escaped}%", escape="\\"),
        Learner.email.like(f"{escaped}%", escape="\\"),
        Learner.student_number == text.strip(),
    )


def count_learners(ws: Workspace, search: str = "") -> int:
    with ws.read_session() as s:
        q = select(func.count()).select_from(Learner)
        if search.strip():
            q = q.where(_search_clause(search))
        return s.scalar(q) or 0


def list_learners(ws: Workspace, search: str = "", offset: int = 0, limit: int = 200) -> list[LearnerInfo]:
    """One page of learners ordered by name; ``search`` matches name words, e-mail, number."""
    with ws.read_session() as s:
        q = select(Learner.id, Learner.name, Learner.email, Learner.student_number)
        if search.strip():
            q = q.where(_search_clause(search))
        q = q.order_by(Learner.name_key, Learner.id).offset(offset).limit(limit)
        return [LearnerInfo(*row) for row in s.execute(q)]


def search_prefix(ws: Workspace, prefix: str, limit: int = 50) -> list[LearnerInfo]:
    """First page of learners whose name starts with ``prefix``: an index range scan."""
    key = name_key(prefix)
    with ws.read_session() as s:
        q = (
            select(Learner.id, Learner.name, Learner.email, Learner.student_number)
            .where(Learner.name_key >= key, Learner.name_key < key + "\U0010ffff")
            .order_by(Learner.name_key)
            .limit(limit)
        )
        return [LearnerInfo(*row) for row in s.execute(q)]


def existing_emails(ws: Workspace) -> set[str]:
    with ws.read_session() as s:
        return {e.lower() for e in s.scalars(select(Learner.email).where(Learner.email.is_not(None))) if e}


def existing_student_numbers(ws: Workspace) -> set[str]:
    with ws.read_session() as s:
        return {n for n in s.scalars(select(Learner.student_number).where(Learner.student_number.is_not(None))) if n}


def insert_learners(s: Session, rows: list[tuple[str, str | None, str | None]], chunk: int = 5000) -> int:
    """Bulk insert already validated (name, email, number) rows in the caller's transaction."""
    now = utcnow()
    total = 0
    for i in range(0, len(rows), chunk):
        batch = [
            {"name": n, "name_key": name_key(n), "email": e, "student_number": sn, "created_at": now}
            for n, e, sn in rows[i : i + chunk]
        ]
        s.execute(insert(Learner.__table__), batch)  # type: ignore[arg-type]
        total += len(batch)
    return total
