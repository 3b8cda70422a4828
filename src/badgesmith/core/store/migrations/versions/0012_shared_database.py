"""A workspace several people share on PostgreSQL: who wrote each audit event and result, and
which cohort is being issued by whom.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The database account that appended the event (None: a single-user SQLite workspace, or an
    # event written before 0012); part of the event's hash when present.
    with op.batch_alter_table("audit_event") as batch:
        batch.add_column(sa.Column("actor", sa.String(100), nullable=True))
    # Who saved the value last (the database account or the computer's user): a stale edit is
    # refused naming them.
    with op.batch_alter_table("assessment_result") as batch:
        batch.add_column(sa.Column("changed_by", sa.String(200), nullable=True))
    # One row while a batch is being issued for a cohort or pathway ("cohort:3"): the second person
    # to press Issue is told who is issuing and since when. The lock itself is the database's.
    op.create_table(
        "issuing_claim",
        sa.Column("target", sa.String(40), nullable=False),
        sa.Column("holder", sa.String(200), nullable=False),
        sa.Column("since", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("target"),
    )


def downgrade() -> None:
    op.drop_table("issuing_claim")
    with op.batch_alter_table("assessment_result") as batch:
        batch.drop_column("changed_by")
    with op.batch_alter_table("audit_event") as batch:
        batch.drop_column("actor")
