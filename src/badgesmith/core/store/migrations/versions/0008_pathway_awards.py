"""Pathway awards: a credential flagged for the trainer's review (a pathway credential whose
component was revoked), and credentials learners earned from other, trusted issuers. The
``pathway`` and ``pathway_component`` tables of 0001 go: a pathway is an achievement version's
requirement tree (0007), and nothing ever wrote to them.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("credential", schema=None) as batch_op:
        batch_op.add_column(sa.Column("review_note", sa.Text(), nullable=True))
    op.create_table(
        "imported_credential",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("credential_id", sa.String(1000), nullable=False),
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("achievement_iri", sa.String(1000), nullable=False),
        sa.Column("achievement_name", sa.String(200), nullable=False),
        sa.Column("issuer_name", sa.String(200), nullable=False),
        sa.Column("issuer_did", sa.String(1000), nullable=False),
        sa.Column("awarded_date", sa.DateTime(), nullable=False),
        sa.Column("valid_until", sa.DateTime(), nullable=True),
        sa.Column("signed_json", sa.Text(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["learner_id"], ["learner.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("credential_id"),
    )
    op.create_index("ix_imported_credential_learner_id", "imported_credential", ["learner_id"])
    op.create_index("ix_imported_credential_achievement_iri", "imported_credential", ["achievement_iri"])
    op.drop_table("pathway_component")
    op.drop_table("pathway")


def downgrade() -> None:
    op.create_table(
        "pathway",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("achievement_id", sa.Integer(), nullable=False),
        sa.Column("required_count", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["achievement_id"], ["achievement.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("achievement_id"),
    )
    op.create_table(
        "pathway_component",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pathway_id", sa.Integer(), nullable=False),
        sa.Column("achievement_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["achievement_id"], ["achievement.id"]),
        sa.ForeignKeyConstraint(["pathway_id"], ["pathway.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("pathway_id", "achievement_id"),
    )
    op.drop_index("ix_imported_credential_achievement_iri", table_name="imported_credential")
    op.drop_index("ix_imported_credential_learner_id", table_name="imported_credential")
    op.drop_table("imported_credential")
    with op.batch_alter_table("credential", schema=None) as batch_op:
        batch_op.drop_column("review_note")
