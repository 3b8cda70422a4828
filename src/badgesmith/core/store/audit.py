"""Append-only, hash-chained audit log of issuing, revocation and key events.

Each event's hash covers its own content and the previous event's hash, so editing, inserting
or deleting any entry (other than truncating the newest ones together with the anchor kept in
settings) breaks the chain at a place :func:`check_chain` reports.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from badgesmith.core.store.models import AuditEvent, Setting, utcnow
from badgesmith.logs import ERASED, whole_words

log = logging.getLogger(__name__)
GENESIS = "0" * 64
_HEAD_KEY = "audit_head"  # hash and count of the newest event: detects deleted tail entries


def _digest(prev_hash: str, at: datetime, kind: str, subject: str | None, details: str,
            actor: str | None = None) -> str:
    fields: list[str | None] = [prev_hash, at.isoformat(), kind, subject, details]
    if actor is not None:  # events of a single-user workspace, and those before 0012, have none
        fields.append(actor)
    payload = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def append(session: Session, kind: str, subject: str | None = None, **details: Any) -> AuditEvent:
    """Add an event in the caller's transaction (it commits or rolls back with the change).

    The chain's head (last hash and count) lives in ``setting``; within one session it is kept
    in ``session.info`` so that a batch of events costs no extra query or flush per event. On a
    shared database the head's row is locked until the transaction ends, so that concurrent
    appends queue up behind each other instead of forking the chain.
    """
    head = session.info.get(_HEAD_KEY)
    if head is None:
        shared = session.get_bind().dialect.name == "postgresql"
        head = session.get(Setting, _HEAD_KEY, with_for_update=shared, populate_existing=shared)
        if head is None:
            head = Setting(key=_HEAD_KEY, value={"hash": GENESIS, "count": 0})
            session.add(head)
        session.info[_HEAD_KEY] = head
    prev = head.value["hash"]
    at = utcnow()
    text = json.dumps(details, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    actor = session.info.get("user")
    ev = AuditEvent(at=at, kind=kind, subject=subject, details=text, prev_hash=prev, actor=actor)
    ev.hash = _digest(prev, at, kind, subject, text, actor)
    session.add(ev)
    head.value = {"hash": ev.hash, "count": head.value["count"] + 1}
    log.info("audit %s %s", kind, subject or "")
    return ev


@dataclass(frozen=True)
class ChainProblem:
    event_id: int | None
    message: str


def check_chain(session: Session) -> list[ChainProblem]:
    """Every problem found in the log; an empty list means the log is intact."""
    problems: list[ChainProblem] = []
    prev = GENESIS
    count = 0
    for ev in session.scalars(select(AuditEvent).order_by(AuditEvent.id)):
        count += 1
        if ev.prev_hash != prev:
            problems.append(
                ChainProblem(ev.id, f"Event {ev.id} does not follow the event before it: "
                             "an entry was inserted or deleted here.")
            )
        if _digest(ev.prev_hash, ev.at, ev.kind, ev.subject, ev.details, ev.actor) != ev.hash:
            problems.append(ChainProblem(ev.id, f"Event {ev.id} ({ev.kind}) was edited."))
        prev = ev.hash
    head = session.get(Setting, _HEAD_KEY)
    expected = head.value if head else {"hash": GENESIS, "count": 0}
    if expected["count"] != count or expected["hash"] != prev:
        problems.append(
            ChainProblem(None, f"The log holds {count} events but {expected['count']} were "
                         "written: entries at the end were deleted or added outside Badgesmith.")
        )
    return problems


def events(session: Session, limit: int = 200) -> list[AuditEvent]:
    return list(session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit)))


def redact(session: Session, subjects: set[str], learner_id: int, needles: list[str]) -> list[int]:
    """Erase a learner's personal data from the log; returns the ids of the events changed.

    Events about them (subject one of their credentials ``subjects``, or details naming their
    learner id) keep their kind and time with ``{"erased": true}`` as details; in any other
    event, mentions of ``needles`` (name, e-mail) become ``[erased]``. The chain is then sealed
    again from the first changed event. It is not keyed (anyone able to write the database could
    rebuild it), so re-sealing loses no protection; the erasure event records the replaced head."""
    pattern = whole_words(needles) if needles else None
    changed: list[int] = []
    for ev in session.scalars(select(AuditEvent).order_by(AuditEvent.id)):
        try:
            about = ev.subject in subjects or json.loads(ev.details).get("learner") == learner_id
        except (ValueError, AttributeError):
            about = False
        if about:
            ev.details = json.dumps({"erased": True})
        elif pattern is not None and (pattern.search(ev.subject or "") or pattern.search(ev.details)):
            # details are JSON written with ensure_ascii=False: names appear as typed
            ev.details = pattern.sub(ERASED, ev.details)
            ev.subject = pattern.sub(ERASED, ev.subject) if ev.subject else ev.subject
        else:
            continue
        changed.append(ev.id)
    if changed:
        _reseal(session, changed[0])
    return changed


def _reseal(session: Session, from_id: int) -> None:
    session.flush()
    prev = session.scalar(select(AuditEvent.hash).where(AuditEvent.id < from_id).order_by(AuditEvent.id.desc())
                          .limit(1)) or GENESIS
    for ev in session.scalars(select(AuditEvent).where(AuditEvent.id >= from_id).order_by(AuditEvent.id)):
        ev.prev_hash = prev
        ev.hash = prev = _digest(prev, ev.at, ev.kind, ev.subject, ev.details, ev.actor)
    head = session.info.get(_HEAD_KEY) or session.get(Setting, _HEAD_KEY)
    if head is not None:
        head.value = {"hash": prev, "count": head.value["count"]}
        session.info[_HEAD_KEY] = head
    session.flush()


def head_hash(session: Session) -> str:
    head = session.info.get(_HEAD_KEY) or session.get(Setting, _HEAD_KEY)
    return head.value["hash"] if head is not None else GENESIS
