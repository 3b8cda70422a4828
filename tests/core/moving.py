"""Helpers for the tests of moving workspaces between engines (migrate-to, shared backups): fresh
databases on the test server, and every row of a workspace in a form both engines give alike."""

from __future__ import annotations

from typing import Any

import psycopg
from sqlalchemy import JSON, Text, cast, select

from badgesmith.core.store import transfer
from badgesmith.core.store.workspace import Workspace
from tests.pgdatabases import fresh_database

__all__ = ["fresh_database", "relations", "rows"]


def relations(url: str) -> list[str]:
    """Every table and view of the database, outside PostgreSQL's own schemas."""
    with psycopg.connect(url) as conn:
        return [r[0] for r in conn.execute(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relkind IN ('r', 'v', 'm', 'p', 'f') AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
            "AND n.nspname !~ '^pg_(toast|temp)' ORDER BY 1")]


def rows(ws: Workspace) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table as the models read them (JSON as its text: a JSON null must stay
    one), sorted: equal for two workspaces holding the same data, on either engine."""
    out = {}
    with ws.engine.connect() as conn:
        for table in transfer.TABLES:
            cols = [cast(c, Text) if isinstance(c.type, JSON) else c for c in table.columns]
            out[table.name] = sorted((tuple(r) for r in conn.execute(select(*cols))), key=repr)
    return out
