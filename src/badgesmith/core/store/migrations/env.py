"""Alembic environment: run programmatically by badgesmith.core.store.migrate."""

from __future__ import annotations

from alembic import context

from badgesmith.core.store.models import Base

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode rebuilds tables
)
with context.begin_transaction():
    context.run_migrations()
