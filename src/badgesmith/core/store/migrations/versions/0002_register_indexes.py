"""Indexes for the credential register (newest first, filter by status).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("credential", schema=None) as batch_op:
        batch_op.create_index("ix_credential_issued_at", ["issued_at"], unique=False)
        batch_op.create_index("ix_credential_status", ["status"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("credential", schema=None) as batch_op:
        batch_op.drop_index("ix_credential_status")
        batch_op.drop_index("ix_credential_issued_at")
