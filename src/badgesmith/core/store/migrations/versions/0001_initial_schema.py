"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-26 23:11:03.569714
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "achievement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uuid"),
    )
    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=True),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "issuer_profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("url", sa.String(length=500), nullable=True),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("logo", sa.LargeBinary(), nullable=True),
        sa.Column("logo_mime", sa.String(length=50), nullable=True),
        sa.Column("verify_page_url", sa.String(length=500), nullable=True),
        sa.Column("status_list_url", sa.String(length=500), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "learner",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.Column("student_number", sa.String(length=100), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("email"),
        sa.UniqueConstraint("student_number"),
    )
    with op.batch_alter_table("learner", schema=None) as batch_op:
        batch_op.create_index("ix_learner_name_key", ["name_key"], unique=False)

    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "signing_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("did", sa.String(length=100), nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("encrypted_private_key", sa.LargeBinary(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("retired_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("did"),
    )
    op.create_table(
        "trusted_issuer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("did", sa.String(length=100), nullable=False),
        sa.Column("url", sa.String(length=500), nullable=True),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("did"),
    )
    op.create_table(
        "achievement_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("achievement_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("criteria_narrative", sa.Text(), nullable=False),
        sa.Column("achievement_type", sa.String(length=60), nullable=False),
        sa.Column("image", sa.LargeBinary(), nullable=True),
        sa.Column("image_mime", sa.String(length=50), nullable=True),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("credits", sa.Float(), nullable=True),
        sa.Column("field_of_study", sa.String(length=200), nullable=True),
        sa.Column("human_code", sa.String(length=100), nullable=True),
        sa.Column("language", sa.String(length=20), nullable=True),
        sa.Column("version_label", sa.String(length=50), nullable=True),
        sa.Column("rule", sa.String(length=20), nullable=False),
        sa.Column("pass_mark", sa.Float(), nullable=True),
        sa.Column("validity_months", sa.Integer(), nullable=True),
        sa.Column("template", sa.String(length=60), nullable=False),
        sa.Column("template_overrides", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["achievement_id"], ["achievement.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("achievement_id", "number"),
        sa.UniqueConstraint("uuid"),
    )
    op.create_table(
        "cohort",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("achievement_id", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("place", sa.String(length=200), nullable=True),
        sa.Column("instructor", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["achievement_id"],
            ["achievement.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    with op.batch_alter_table("cohort", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_cohort_achievement_id"), ["achievement_id"], unique=False
        )

    op.create_table(
        "pathway",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("achievement_id", sa.Integer(), nullable=False),
        sa.Column("required_count", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["achievement_id"],
            ["achievement.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("achievement_id"),
    )
    op.create_table(
        "alignment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("target_name", sa.String(length=200), nullable=False),
        sa.Column("target_url", sa.String(length=500), nullable=False),
        sa.Column("target_code", sa.String(length=100), nullable=True),
        sa.Column("target_framework", sa.String(length=200), nullable=True),
        sa.Column("target_description", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["version_id"], ["achievement_version.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("alignment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_alignment_version_id"), ["version_id"], unique=False)

    op.create_table(
        "credential",
        sa.Column("id", sa.String(length=45), nullable=False),
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("achievement_id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("cohort_id", sa.Integer(), nullable=True),
        sa.Column("key_id", sa.Integer(), nullable=False),
        sa.Column("signed_json", sa.Text(), nullable=False),
        sa.Column("recipient_name", sa.String(length=200), nullable=False),
        sa.Column("achievement_name", sa.String(length=200), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("awarded_date", sa.DateTime(), nullable=False),
        sa.Column("valid_from", sa.DateTime(), nullable=False),
        sa.Column("valid_until", sa.DateTime(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.Column("revocation_reason", sa.Text(), nullable=True),
        sa.Column("status_list_index", sa.Integer(), nullable=True),
        sa.Column("superseded_by", sa.String(length=45), nullable=True),
        sa.Column("pdf_path", sa.String(length=1000), nullable=True),
        sa.Column("json_path", sa.String(length=1000), nullable=True),
        sa.ForeignKeyConstraint(
            ["achievement_id"],
            ["achievement.id"],
        ),
        sa.ForeignKeyConstraint(
            ["cohort_id"],
            ["cohort.id"],
        ),
        sa.ForeignKeyConstraint(
            ["key_id"],
            ["signing_key.id"],
        ),
        sa.ForeignKeyConstraint(
            ["learner_id"],
            ["learner.id"],
        ),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["achievement_version.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("status_list_index"),
    )
    with op.batch_alter_table("credential", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_credential_achievement_id"), ["achievement_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_credential_learner_id"), ["learner_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_credential_valid_until"), ["valid_until"], unique=False
        )
        batch_op.create_index(
            "ux_credential_live",
            ["learner_id", "achievement_id", "cohort_id"],
            unique=True,
            sqlite_where=sa.text("superseded_by IS NULL"),
            postgresql_where=sa.text("superseded_by IS NULL"),
        )

    op.create_table(
        "criterion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("min_value", sa.Float(), nullable=True),
        sa.Column("max_value", sa.Float(), nullable=True),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.Column("required_level", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(["version_id"], ["achievement_version.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("criterion", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_criterion_version_id"), ["version_id"], unique=False)

    op.create_table(
        "enrolment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cohort_id", sa.Integer(), nullable=False),
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("enrolled_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["cohort_id"], ["cohort.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["learner_id"], ["learner.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("cohort_id", "learner_id"),
    )
    with op.batch_alter_table("enrolment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_enrolment_cohort_id"), ["cohort_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_enrolment_learner_id"), ["learner_id"], unique=False)

    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cohort_id", sa.Integer(), nullable=False),
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("url", sa.String(length=1000), nullable=True),
        sa.Column("assessor", sa.String(length=200), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["cohort_id"], ["cohort.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["learner_id"], ["learner.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evidence_cohort_id"), ["cohort_id"], unique=False)

    op.create_table(
        "pathway_component",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pathway_id", sa.Integer(), nullable=False),
        sa.Column("achievement_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["achievement_id"],
            ["achievement.id"],
        ),
        sa.ForeignKeyConstraint(["pathway_id"], ["pathway.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("pathway_id", "achievement_id"),
    )
    op.create_table(
        "rubric_level",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("criterion_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("points", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(["criterion_id"], ["criterion.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("rubric_level", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_rubric_level_criterion_id"), ["criterion_id"], unique=False
        )

    op.create_table(
        "assessment_result",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cohort_id", sa.Integer(), nullable=False),
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("criterion_id", sa.Integer(), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=True),
        sa.Column("level_id", sa.Integer(), nullable=True),
        sa.Column("assessor", sa.String(length=200), nullable=True),
        sa.Column("assessed_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["cohort_id"], ["cohort.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["criterion_id"], ["criterion.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["learner_id"], ["learner.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["level_id"],
            ["rubric_level.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("cohort_id", "learner_id", "criterion_id"),
    )
    with op.batch_alter_table("assessment_result", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_assessment_result_cohort_id"), ["cohort_id"], unique=False
        )


def downgrade() -> None:

    with op.batch_alter_table("assessment_result", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assessment_result_cohort_id"))

    op.drop_table("assessment_result")
    with op.batch_alter_table("rubric_level", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rubric_level_criterion_id"))

    op.drop_table("rubric_level")
    op.drop_table("pathway_component")
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evidence_cohort_id"))

    op.drop_table("evidence")
    with op.batch_alter_table("enrolment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_enrolment_learner_id"))
        batch_op.drop_index(batch_op.f("ix_enrolment_cohort_id"))

    op.drop_table("enrolment")
    with op.batch_alter_table("criterion", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_criterion_version_id"))

    op.drop_table("criterion")
    with op.batch_alter_table("credential", schema=None) as batch_op:
        batch_op.drop_index(
            "ux_credential_live",
            sqlite_where=sa.text("superseded_by IS NULL"),
            postgresql_where=sa.text("superseded_by IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_credential_valid_until"))
        batch_op.drop_index(batch_op.f("ix_credential_learner_id"))
        batch_op.drop_index(batch_op.f("ix_credential_achievement_id"))

    op.drop_table("credential")
    with op.batch_alter_table("alignment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_alignment_version_id"))

    op.drop_table("alignment")
    op.drop_table("pathway")
    with op.batch_alter_table("cohort", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cohort_achievement_id"))

    op.drop_table("cohort")
    op.drop_table("achievement_version")
    op.drop_table("trusted_issuer")
    op.drop_table("signing_key")
    op.drop_table("setting")
    with op.batch_alter_table("learner", schema=None) as batch_op:
        batch_op.drop_index("ix_learner_name_key")

    op.drop_table("learner")
    op.drop_table("issuer_profile")
    op.drop_table("audit_event")
    op.drop_table("achievement")
