"""Delivery: the outbox of messages to learners, and the issuer's LinkedIn organisation id.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "outbox_message",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("credential_id", sa.String(45), sa.ForeignKey("credential.id"), nullable=False, unique=True),
        sa.Column("learner_id", sa.Integer(), sa.ForeignKey("learner.id"), nullable=False, index=True),
        sa.Column("cohort_id", sa.Integer(), sa.ForeignKey("cohort.id"), nullable=True, index=True),
        sa.Column("to_address", sa.String(320), nullable=False),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.String(250), nullable=True),
        sa.Column("server_reply", sa.Text(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
    )
    with op.batch_alter_table("issuer_profile", schema=None) as batch_op:
        batch_op.add_column(sa.Column("linkedin_org_id", sa.String(20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("issuer_profile", schema=None) as batch_op:
        batch_op.drop_column("linkedin_org_id")
    op.drop_table("outbox_message")
