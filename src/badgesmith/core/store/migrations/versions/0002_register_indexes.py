"""Indexes for the credential register; accent-insensitive learner sort keys.

* the register lists newest first and filters by status: two indexes;
* ``learner.name_key`` becomes casefolded *without accents*, so 'Ágnes' sorts beside 'Agnes'
  and 'zoe' finds 'Zoë' (0001 kept accents, which sorted accented names after 'Z').

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("credential", schema=None) as batch_op:
        batch_op.create_index("ix_credential_issued_at", ["issued_at"], unique=False)
        batch_op.create_index("ix_credential_status", ["status"], unique=False)
    conn = op.get_bind()
    learner = sa.table("learner", sa.column("id", sa.Integer), sa.column("name", sa.String),
                       sa.column("name_key", sa.String))
    rows = conn.execute(sa.select(learner.c.id, learner.c.name)).all()
    if rows:
        conn.execute(learner.update().where(learner.c.id == sa.bindparam("_id"))
                     .values(name_key=sa.bindparam("_key")),
                     [{"_id": i, "_key": _key(n)} for i, n in rows])


def _key(name: str) -> str:
    # A frozen copy of the 0002 rule: migrations must not change when the app's code does.
    text = unicodedata.normalize("NFC", " ".join(name.split())).casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def downgrade() -> None:
    with op.batch_alter_table("credential", schema=None) as batch_op:
        batch_op.drop_index("ix_credential_status")
        batch_op.drop_index("ix_credential_issued_at")
