"""Languages: the issuer's language (certificates, messages and the verification page default to
it) and a cohort's certificate language (one language, or two for a bilingual certificate).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("issuer_profile", schema=None) as batch_op:
        batch_op.add_column(sa.Column("language", sa.String(10), nullable=False, server_default="en"))
    with op.batch_alter_table("cohort", schema=None) as batch_op:
        batch_op.add_column(sa.Column("certificate_language", sa.String(21), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("cohort", schema=None) as batch_op:
        batch_op.drop_column("certificate_language")
    with op.batch_alter_table("issuer_profile", schema=None) as batch_op:
        batch_op.drop_column("language")
