"""Learners: add, edit, search, and the database side of importing and exporting them."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, insert, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from badgesmith.core.errors import NotFound, ValidationError
from badgesmith.core.store.models import Credential, Learner, utcnow
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


def live_learner(s: Session, learner_id: int) -> Learner:
    """The learner with ``learner_id``; NotFound when there is none or their data was erased
    (an erased learner's row is only the anchor of their register entries)."""
    learner = s.get(Learner, learner_id)
    if learner is None or learner.erased_at is not None:
        raise NotFound(f"There is no learner with id {learner_id}.")
    return learner


def holder_known() -> ColumnElement[bool]:
    """Credentials whose learner was not erased: only those can be delivered, published or
    drawn again (an erased learner's register entry keeps no name to print)."""
    return Credential.learner_id.not_in(select(Learner.id).where(Learner.erased_at.is_not(None)))


def family_key(name: str) -> str:
    """Sort key by last name: the last word's key, then the whole name's ('Öztürk Ayse öztürk')."""
    key = name_key(name)
    words = key.split()
    return f"{words[-1]} {key}" if words else ""


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
        learner = Learner(name=name, name_key=name_key(name), family_key=family_key(name), email=email,
                          student_number=number)
        s.add(learner)
        try:
            s.flush()
        except IntegrityError as exc:
            raise ValidationError(f"A learner with the student number {number} already exists.") from exc
        return _info(learner)


def update_learner(ws: Workspace, learner_id: int, name: str, email: str | None, student_number: str | None) -> LearnerInfo:
    name, email, number = check_learner(name, email, student_number)
    with ws.session() as s:
        learner = live_learner(s, learner_id)
        if _email_taken(s, email, exclude=learner_id):
            raise ValidationError(f"Another learner already has the e-mail {email}.")
        learner.name, learner.name_key, learner.family_key = name, name_key(name), family_key(name)
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
        q = select(func.count()).select_from(Learner).where(Learner.erased_at.is_(None))
        if search.strip():
            q = q.where(_search_clause(search))
        return s.scalar(q) or 0


def list_learners(ws: Workspace, search: str = "", offset: int = 0, limit: int = 200,
                  by_last_name: bool = False) -> list[LearnerInfo]:
    """One page of learners ordered by name (or by last name, the name's last word); ``search``
    matches name words, e-mail, number."""
    with ws.read_session() as s:
        q = select(Learner.id, Learner.name, Learner.email, Learner.student_number).where(Learner.erased_at.is_(None))
        if search.strip():
            q = q.where(_search_clause(search))
        q = q.order_by(Learner.family_key if by_last_name else Learner.name_key, Learner.id)
        q = q.offset(offset).limit(limit)
        return [LearnerInfo(*row) for row in s.execute(q)]


def search_prefix(ws: Workspace, prefix: str, limit: int = 50) -> list[LearnerInfo]:
    """First page of learners whose name starts with ``prefix``: an index range scan."""
    key = name_key(prefix)
    with ws.read_session() as s:
        q = (
            select(Learner.id, Learner.name, Learner.email, Learner.student_number)
            .where(Learner.name_key >= key, Learner.name_key < key + "\U0010ffff", Learner.erased_at.is_(None))
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
            {"name": n, "name_key": name_key(n), "family_key": family_key(n), "email": e, "student_number": sn, "created_at": now}
            for n, e, sn in rows[i : i + chunk]
        ]
        s.execute(insert(Learner.__table__), batch)  # type: ignore[arg-type]
        total += len(batch)
    return total


def find_learner(ws: Workspace, ref: str) -> LearnerInfo:
    """A learner named on the command line: by id, e-mail, student number or exact name."""
    text = ref.strip()
    with ws.read_session() as s:
        live = select(Learner).where(Learner.erased_at.is_(None))
        for clause in (
            Learner.id == int(text) if text.isdigit() else None,
            func.lower(Learner.email) == text.lower(),
            Learner.student_number == text,
        ):
            if clause is not None and (hit := s.scalar(live.where(clause))) is not None:
                return _info(hit)
        named = list(s.scalars(live.where(Learner.name_key == name_key(text)).limit(10)))
    if len(named) == 1:
        return _info(named[0])
    if named:
        raise ValidationError(f"{len(named)} learners are called '{text}': name one by e-mail, student "
                              "number or id (badgesmith learners list --search).")
    raise NotFound(f"No learner is called '{text}' or has that e-mail, student number or id.")
