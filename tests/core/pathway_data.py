"""Workspaces with pathways and credential rows, for pathway tests (no signing: eligibility
reads only the register's columns, never the signed JSON)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from sqlalchemy import select

from badgesmith.core.services import achievements as ach
from badgesmith.core.services import learners
from badgesmith.core.store.models import Credential, SigningKey
from badgesmith.core.store.workspace import Workspace


def achievement(ws: Workspace, name: str) -> int:
    spec = ach.AchievementSpec(name=name, criteria=(ach.CriterionSpec("Attended", "status"),))
    return ach.create_achievement(ws, spec).id


def learner(ws: Workspace, name: str) -> int:
    return learners.add_learner(ws, name, f"{name.lower().replace(' ', '.')}@example.org").id


def award(ws: Workspace, learner_id: int, achievement_id: int, day: date, *, status: str = "active",
          superseded_by: str | None = None, valid_until: datetime | None = None) -> str:
    """A credential row as the register keeps it, with a placeholder for the signed text."""
    cid = f"urn:uuid:{uuid.uuid4()}"
    at = datetime(day.year, day.month, day.day, 9, tzinfo=UTC)
    with ws.session() as s:
        key_id = s.scalar(select(SigningKey.id).limit(1))
        version = ach.current_version(s, achievement_id)
        version_id = version.id
        s.add(Credential(id=cid, learner_id=learner_id, achievement_id=achievement_id, version_id=version_id,
                         key_id=key_id, signed_json="{}", recipient_name="-", achievement_name=version.name,
                         awarded_date=at, valid_from=at, valid_until=valid_until, status=status,
                         superseded_by=superseded_by))
    return cid
