"""Erasure and sorting by last name.

* ``learner.erased_at``: a learner whose personal data was erased keeps a row without it.
* ``learner.family_key``: the casefolded last word of the name, then the whole name's key, so
  the learners list can sort by last name with an index.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30
"""

from __future__ import annotations

import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("learner", schema=None) as batch_op:
        batch_op.add_column(sa.Column("erased_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("family_key", sa.String(400), nullable=False, server_default=""))
        batch_op.create_index("ix_learner_family_key", ["family_key"], unique=False)
    conn = op.get_bind()
    learner = sa.table("learner", sa.column("id", sa.Integer), sa.column("name_key", sa.String),
                       sa.column("family_key", sa.String))
    rows = conn.execute(sa.select(learner.c.id, learner.c.name_key)).all()
    if rows:
        conn.execute(learner.update().where(learner.c.id == sa.bindparam("_id"))
                     .values(family_key=sa.bindparam("_key")),
                     [{"_id": i, "_key": _family(k)} for i, k in rows])


def _family(name_key: str) -> str:
    # A frozen copy of the 0005 rule: migrations must not change when the app's code does.
    words = unicodedata.normalize("NFC", name_key).split()
    return f"{words[-1]} {name_key}" if words else ""


def downgrade() -> None:
    with op.batch_alter_table("learner", schema=None) as batch_op:
        batch_op.drop_index("ix_learner_family_key")
        batch_op.drop_column("family_key")
        batch_op.drop_column("erased_at")
