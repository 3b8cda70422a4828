"""Endorsements: signed OB 3.0 EndorsementCredentials of an achievement's versions, verified when
the provider added them; credentials issued for the endorsed version carry them.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "achievement_endorsement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("achievement_id", sa.Integer(), nullable=False),
        sa.Column("subject_uuid", sa.String(36), nullable=False),
        sa.Column("credential_id", sa.String(1000), nullable=False),
        sa.Column("endorser_name", sa.String(200), nullable=False),
        sa.Column("endorser_did", sa.String(1000), nullable=False),
        sa.Column("valid_until", sa.DateTime(), nullable=True),
        sa.Column("signed_json", sa.Text(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["achievement_id"], ["achievement.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("credential_id"),
    )
    op.create_index("ix_achievement_endorsement_achievement_id", "achievement_endorsement", ["achievement_id"])
    op.create_index("ix_achievement_endorsement_subject_uuid", "achievement_endorsement", ["subject_uuid"])


def downgrade() -> None:
    op.drop_index("ix_achievement_endorsement_subject_uuid", table_name="achievement_endorsement")
    op.drop_index("ix_achievement_endorsement_achievement_id", table_name="achievement_endorsement")
    op.drop_table("achievement_endorsement")
