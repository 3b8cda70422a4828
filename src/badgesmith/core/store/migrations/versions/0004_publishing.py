"""Publishing: the issuer's did:web (and the ones it used before), and public credential pages.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("issuer_profile", schema=None) as batch_op:
        batch_op.add_column(sa.Column("did_web", sa.String(200), nullable=True))
        batch_op.add_column(sa.Column("did_web_earlier", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("publish_credentials", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("issuer_profile", schema=None) as batch_op:
        batch_op.drop_column("publish_credentials")
        batch_op.drop_column("did_web_earlier")
        batch_op.drop_column("did_web")
