"""The demo workspace as the overview tests read it: the full demo (a pathway, credentials issued,
one revoked), its credentials moved by plain SQL to several months and some made to expire soon,
so that every figure of the overview has something to count."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import text

from tests.conftest import engine_of

# months back from this one -> how many credentials are moved there (13: before the last 12 months)
MOVED = {1: 1, 2: 2, 4: 3, 6: 5, 13: 1}
# days from now -> how many live credentials are made to expire then (95 and -1: not in the list)
EXPIRES = (10, 10, 45, 89, 95, -1)


def stamp(moment: datetime) -> str:
    """A moment as the workspace stores it (naive UTC text)."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")


def months_back(n: int, now: datetime) -> datetime:
    k = now.year * 12 + now.month - 1 - n
    return datetime(k // 12, k % 12 + 1, 15, 12, 0, tzinfo=UTC)


def make_overview_demo(folder: Path) -> None:
    from badgesmith.core.services.demo import create_demo

    create_demo(folder).close()
    now = datetime.now(UTC)
    with engine_of(folder) as engine, engine.begin() as con:
        ids = list(con.execute(text("SELECT id FROM credential WHERE status = 'active' ORDER BY id")).scalars())
        assert len(ids) >= sum(MOVED.values()) + len(EXPIRES) + 1
        moved = iter(ids)
        update = text("UPDATE credential SET issued_at = :at WHERE id = :id")
        for back, n in MOVED.items():
            for _ in range(n):
                con.execute(update, {"at": stamp(months_back(back, now)), "id": next(moved)})
        until = text("UPDATE credential SET valid_until = :at WHERE id = :id")
        for days, cid in zip(EXPIRES, reversed(ids), strict=False):
            con.execute(until, {"at": stamp(now + timedelta(days=days)), "id": cid})
        # expiring soon but not live: the revoked one, and one replaced by a renewal
        con.execute(text("UPDATE credential SET valid_until = :at WHERE status = 'revoked'"),
                    {"at": stamp(now + timedelta(days=5))})
        replaced = ids[len(ids) // 2]
        con.execute(text("UPDATE credential SET valid_until = :at, superseded_by = :by WHERE id = :id"),
                    {"at": stamp(now + timedelta(days=5)), "by": ids[0], "id": replaced})
