"""The hash-chained audit log detects edited, inserted and deleted entries."""

from __future__ import annotations

from badgesmith.core.store import audit
from tests.conftest import run_sql


def _log(ws, n=5):
    with ws.session() as s:
        for i in range(n):
            audit.append(s, "credential.issued", f"urn:uuid:{i}", learner=i, name="Zoë")


def _problems(ws):
    with ws.read_session() as s:
        return audit.check_chain(s)


def test_intact_chain(ws):
    _log(ws)
    assert _problems(ws) == []


def _sql(ws, statement):
    run_sql(ws.folder, statement)


def test_edited_entry_is_reported(ws):
    _log(ws)
    _sql(ws, "UPDATE audit_event SET details='{\"learner\":99}' WHERE id=3")
    problems = _problems(ws)
    assert [p.event_id for p in problems] == [3]
    assert "edited" in problems[0].message


def test_deleted_entry_is_reported(ws):
    _log(ws)
    _sql(ws, "DELETE FROM audit_event WHERE id=3")
    assert any(p.event_id == 4 and "inserted or deleted" in p.message for p in _problems(ws))


def test_deleted_tail_is_reported(ws):
    _log(ws)
    _sql(ws, "DELETE FROM audit_event WHERE id=(SELECT max(id) FROM audit_event)")
    assert any(p.event_id is None for p in _problems(ws))


def test_inserted_entry_is_reported(ws):
    _log(ws)
    _sql(ws, "INSERT INTO audit_event (id, at, kind, subject, details, prev_hash, hash) "
             "VALUES (100, '2026-01-01 00:00:00', 'credential.revoked', 'x', '{}', 'a', 'b')")
    assert _problems(ws)


def test_key_creation_is_audited(ws):
    with ws.read_session() as s:
        kinds = [e.kind for e in audit.events(s)]
    assert "key.created" in kinds
