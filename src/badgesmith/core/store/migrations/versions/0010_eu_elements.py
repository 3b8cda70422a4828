"""EU micro-credentials: the elements an achievement version holds (learning outcomes, workload,
level, assessment, participation, quality assurance, ...) and the issuer's country and region.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("issuer_profile", schema=None) as batch_op:
        batch_op.add_column(sa.Column("country", sa.String(2), nullable=True))
        batch_op.add_column(sa.Column("region", sa.String(100), nullable=True))
    with op.batch_alter_table("achievement_version", schema=None) as batch_op:
        batch_op.add_column(sa.Column("eu_elements", sa.JSON(), nullable=False, server_default="{}"))


def downgrade() -> None:
    with op.batch_alter_table("achievement_version", schema=None) as batch_op:
        batch_op.drop_column("eu_elements")
    with op.batch_alter_table("issuer_profile", schema=None) as batch_op:
        batch_op.drop_column("region")
        batch_op.drop_column("country")
