"""Typed SQLAlchemy 2 models of a Badgesmith workspace.

Dates that matter to a credential are stored as timezone-aware UTC datetimes (ISO text in
SQLite). Lists that are only ever read whole (tags, template overrides) are JSON columns;
everything a user queries or edits row by row has its own table.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """DateTime that always comes back timezone-aware (SQLite forgets the zone)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    pass


class IssuerProfile(Base):
    """The organisation that awards credentials; one per workspace."""

    __tablename__ = "issuer_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    url: Mapped[str | None] = mapped_column(String(500))
    email: Mapped[str | None] = mapped_column(String(320))
    description: Mapped[str | None] = mapped_column(Text)
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    logo_mime: Mapped[str | None] = mapped_column(String(50))
    verify_page_url: Mapped[str | None] = mapped_column(String(500))
    status_list_url: Mapped[str | None] = mapped_column(String(500))
    linkedin_org_id: Mapped[str | None] = mapped_column(String(20))  # LinkedIn "Add to profile" (0003)
    did_web: Mapped[str | None] = mapped_column(String(200))  # the issuer's did:web, if any (0004)
    did_web_earlier: Mapped[str | None] = mapped_column(Text)  # did:webs used before, one per line
    publish_credentials: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # certificates, messages and the verification page start in this language (0009)
    language: Mapped[str] = mapped_column(String(10), default="en", server_default="en")
    # where the awarding body is: an EU micro-credential names it (0010); ISO 3166-1 alpha-2
    country: Mapped[str | None] = mapped_column(String(2))
    region: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SigningKey(Base):
    """An Ed25519 key: public part in clear, private part only ever encrypted."""

    __tablename__ = "signing_key"

    id: Mapped[int] = mapped_column(primary_key=True)
    did: Mapped[str] = mapped_column(String(100), unique=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)  # raw 32 bytes
    # loaded only when used: on a shared database an instructor may read the public key but not this
    encrypted_private_key: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    status: Mapped[str] = mapped_column(String(10), default="current")  # current | retired
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    retired_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class TrustedIssuer(Base):
    """Another issuer's public card, imported so their credentials count as trusted."""

    __tablename__ = "trusted_issuer"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    did: Mapped[str] = mapped_column(String(100), unique=True)
    url: Mapped[str | None] = mapped_column(String(500))
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Achievement(Base):
    """The stable identity of an achievement; its content lives in versions."""

    __tablename__ = "achievement"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)

    versions: Mapped[list[AchievementVersion]] = relationship(
        back_populates="achievement",
        order_by="AchievementVersion.number",
        cascade="all, delete-orphan",
    )


class AchievementVersion(Base):
    """One immutable-once-issued revision of an achievement (OB 3.0 ``Achievement``)."""

    __tablename__ = "achievement_version"
    __table_args__ = (UniqueConstraint("achievement_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    achievement_id: Mapped[int] = mapped_column(ForeignKey("achievement.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer, default=1)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)  # the OB Achievement id
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    criteria_narrative: Mapped[str] = mapped_column(Text, default="")
    achievement_type: Mapped[str] = mapped_column(String(60), default="Certificate")
    image: Mapped[bytes | None] = mapped_column(LargeBinary)
    image_mime: Mapped[str | None] = mapped_column(String(50))
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    credits: Mapped[float | None] = mapped_column(Float)
    field_of_study: Mapped[str | None] = mapped_column(String(200))
    human_code: Mapped[str | None] = mapped_column(String(100))
    language: Mapped[str | None] = mapped_column(String(20))
    version_label: Mapped[str | None] = mapped_column(String(50))
    # Eligibility rule: "score" (pass mark), "rubric" (all required criteria met),
    # "attendance" (attended). See services/eligibility.py.
    rule: Mapped[str] = mapped_column(String(20), default="attendance")
    pass_mark: Mapped[float | None] = mapped_column(Float)
    validity_months: Mapped[int | None] = mapped_column(Integer)
    template: Mapped[str] = mapped_column(String(60), default="classic")
    template_overrides: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # A pathway's requirement tree (pathways.requirements JSON; schema 0007): an achievement is a
    # pathway when its current version has one. On the version, so editing it follows versioning.
    requirement: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # The EU micro-credential elements it holds itself (eu_elements.EuElements; 0010)
    eu_elements: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, server_default="{}")

    achievement: Mapped[Achievement] = relationship(back_populates="versions")
    criteria: Mapped[list[Criterion]] = relationship(
        back_populates="version", order_by="Criterion.position", cascade="all, delete-orphan"
    )
    alignments: Mapped[list[Alignment]] = relationship(
        back_populates="version", order_by="Alignment.position", cascade="all, delete-orphan"
    )


class Criterion(Base):
    """A result description: what is assessed (a score, a rubric criterion, a status)."""

    __tablename__ = "criterion"

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(
        ForeignKey("achievement_version.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    uuid: Mapped[str] = mapped_column(String(36))
    name: Mapped[str] = mapped_column(String(200))
    # score | level | status  (OB ResultType RawScore / RubricCriterionLevel / Status)
    kind: Mapped[str] = mapped_column(String(10))
    min_value: Mapped[float | None] = mapped_column(Float)
    max_value: Mapped[float | None] = mapped_column(Float)
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    required_level: Mapped[str | None] = mapped_column(String(200))  # for kind == level

    version: Mapped[AchievementVersion] = relationship(back_populates="criteria")
    levels: Mapped[list[RubricLevel]] = relationship(
        back_populates="criterion", order_by="RubricLevel.position", cascade="all, delete-orphan"
    )


class RubricLevel(Base):
    __tablename__ = "rubric_level"

    id: Mapped[int] = mapped_column(primary_key=True)
    criterion_id: Mapped[int] = mapped_column(
        ForeignKey("criterion.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)  # ascending: higher is better
    uuid: Mapped[str] = mapped_column(String(36))
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    points: Mapped[float | None] = mapped_column(Float)

    criterion: Mapped[Criterion] = relationship(back_populates="levels")


class Alignment(Base):
    __tablename__ = "alignment"

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(
        ForeignKey("achievement_version.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    target_name: Mapped[str] = mapped_column(String(200))
    target_url: Mapped[str] = mapped_column(String(500))
    target_code: Mapped[str | None] = mapped_column(String(100))
    target_framework: Mapped[str | None] = mapped_column(String(200))
    target_description: Mapped[str | None] = mapped_column(Text)

    version: Mapped[AchievementVersion] = relationship(back_populates="alignments")


class Learner(Base):
    __tablename__ = "learner"
    __table_args__ = (Index("ix_learner_name_key", "name_key"), Index("ix_learner_family_key", "family_key"))

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    # casefolded name: prefix search uses the index (LIKE 'abc%' with a plain collation)
    name_key: Mapped[str] = mapped_column(String(200))
    # the last word's key, then name_key: the list sorted by last name (schema 0005)
    family_key: Mapped[str] = mapped_column(String(400), default="")
    email: Mapped[str | None] = mapped_column(String(320), unique=True)
    student_number: Mapped[str | None] = mapped_column(String(100), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Set when the learner's personal data was erased (schema 0005): the row stays only as the
    # anchor of their credentials' register entries, with no name, e-mail or number.
    erased_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Cohort(Base):
    """A run of a course or event, awarding one achievement."""

    __tablename__ = "cohort"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    achievement_id: Mapped[int] = mapped_column(ForeignKey("achievement.id"), index=True)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    place: Mapped[str | None] = mapped_column(String(200))
    instructor: Mapped[str | None] = mapped_column(String(200))
    # "de", or "de+fr" for a bilingual certificate; None: the achievement's design decides (0009)
    certificate_language: Mapped[str | None] = mapped_column(String(21))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    achievement: Mapped[Achievement] = relationship()


class Enrolment(Base):
    __tablename__ = "enrolment"
    __table_args__ = (UniqueConstraint("cohort_id", "learner_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id", ondelete="CASCADE"), index=True)
    learner_id: Mapped[int] = mapped_column(
        ForeignKey("learner.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)  # roster order
    enrolled_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class AssessmentResult(Base):
    """A learner's value or level on one criterion, in one cohort."""

    __tablename__ = "assessment_result"
    __table_args__ = (UniqueConstraint("cohort_id", "learner_id", "criterion_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id", ondelete="CASCADE"), index=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"))
    criterion_id: Mapped[int] = mapped_column(ForeignKey("criterion.id", ondelete="CASCADE"))
    value: Mapped[str | None] = mapped_column(String(200))  # score as text, or status
    level_id: Mapped[int | None] = mapped_column(ForeignKey("rubric_level.id"))
    assessor: Mapped[str | None] = mapped_column(String(200))
    assessed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # who saved it last (database account or computer user; 0012): named when a stale edit is refused
    changed_by: Mapped[str | None] = mapped_column(String(200))


class Evidence(Base):
    """Evidence notes and links for a learner in a cohort (OB 3.0 ``Evidence``)."""

    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id", ondelete="CASCADE"), index=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"))
    note: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(String(1000))
    assessor: Mapped[str | None] = mapped_column(String(200))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Credential(Base):
    """A signed OpenBadgeCredential as issued. ``signed_json`` is the exact signed text."""

    __tablename__ = "credential"
    __table_args__ = (
        # At most one live (not superseded) credential per learner, achievement and cohort:
        # the database itself refuses duplicates, whatever a crashed batch left behind.
        Index(
            "ux_credential_live",
            "learner_id",
            "achievement_id",
            "cohort_id",
            unique=True,
            sqlite_where=text("superseded_by IS NULL"),
            postgresql_where=text("superseded_by IS NULL"),
        ),
        # The register lists newest first and filters by status (schema 0002).
        Index("ix_credential_issued_at", "issued_at"),
        Index("ix_credential_status", "status"),
        # Which credentials point at a status list address (schema 0013); with the index, so that
        # finding rows written without the address (status_list_url IS NULL, index set) reads none.
        Index("ix_credential_status_list_url", "status_list_url", "status_list_index"),
    )

    id: Mapped[str] = mapped_column(String(45), primary_key=True)  # urn:uuid:...
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id"), index=True)
    achievement_id: Mapped[int] = mapped_column(ForeignKey("achievement.id"), index=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("achievement_version.id"))
    cohort_id: Mapped[int | None] = mapped_column(ForeignKey("cohort.id"))
    key_id: Mapped[int] = mapped_column(ForeignKey("signing_key.id"))
    signed_json: Mapped[str] = mapped_column(Text)
    recipient_name: Mapped[str] = mapped_column(String(200))
    achievement_name: Mapped[str] = mapped_column(String(200))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    awarded_date: Mapped[datetime] = mapped_column(UTCDateTime)
    valid_from: Mapped[datetime] = mapped_column(UTCDateTime)
    valid_until: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    status: Mapped[str] = mapped_column(String(10), default="active")  # active | revoked
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revocation_reason: Mapped[str | None] = mapped_column(Text)
    status_list_index: Mapped[int | None] = mapped_column(Integer, unique=True)
    # Copied from the signed text when issued (schema 0013), so that finding which key and issuer
    # DID use a list address is an index lookup: its credentialStatus.statusListCredential (None
    # without a status entry) and its issuer's id.
    status_list_url: Mapped[str | None] = mapped_column(String(1000))
    issuer_did: Mapped[str | None] = mapped_column(String(1000))
    superseded_by: Mapped[str | None] = mapped_column(String(45))
    pdf_path: Mapped[str | None] = mapped_column(String(1000))
    json_path: Mapped[str | None] = mapped_column(String(1000))
    # The design its certificate PDF was drawn with (credential_data.design_key; schema 0006): a
    # design is edited in place, so the version alone does not say. None: issued before 0006.
    design: Mapped[str | None] = mapped_column(String(16))
    # Why the trainer should look at this credential again (schema 0008): a pathway credential
    # whose component was revoked. Set by register.revoke, cleared by a decision; never a revocation.
    review_note: Mapped[str | None] = mapped_column(Text)


class ImportedCredential(Base):
    """A credential a learner earned from another, trusted issuer, verified when the trainer added
    it (schema 0008): it counts towards pathways that name its achievement by IRI."""

    __tablename__ = "imported_credential"

    id: Mapped[int] = mapped_column(primary_key=True)
    credential_id: Mapped[str] = mapped_column(String(1000), unique=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id"), index=True)
    achievement_iri: Mapped[str] = mapped_column(String(1000), index=True)
    achievement_name: Mapped[str] = mapped_column(String(200))
    issuer_name: Mapped[str] = mapped_column(String(200))
    issuer_did: Mapped[str] = mapped_column(String(1000))
    awarded_date: Mapped[datetime] = mapped_column(UTCDateTime)
    valid_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    signed_json: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class AchievementEndorsement(Base):
    """A signed OB 3.0 EndorsementCredential of one version of an achievement (schema 0011),
    verified on import; credentials issued for that version carry it unchanged."""

    __tablename__ = "achievement_endorsement"

    id: Mapped[int] = mapped_column(primary_key=True)
    achievement_id: Mapped[int] = mapped_column(ForeignKey("achievement.id", ondelete="CASCADE"), index=True)
    subject_uuid: Mapped[str] = mapped_column(String(36), index=True)  # the endorsed version's uuid
    credential_id: Mapped[str] = mapped_column(String(1000), unique=True)  # the endorsement's own id
    endorser_name: Mapped[str] = mapped_column(String(200))
    endorser_did: Mapped[str] = mapped_column(String(1000))
    valid_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    signed_json: Mapped[str] = mapped_column(Text)  # exactly as signed: embedded byte for byte
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class OutboxMessage(Base):
    """A credential's message to its learner: drafted, sending (in flight), sent or failed.

    "sending" is committed before the message goes to the server and "sent" after it was
    accepted, so a resume after a crash resends at most the one message in flight (schema 0003)."""

    __tablename__ = "outbox_message"

    id: Mapped[int] = mapped_column(primary_key=True)
    credential_id: Mapped[str] = mapped_column(ForeignKey("credential.id"), unique=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id"), index=True)
    cohort_id: Mapped[int | None] = mapped_column(ForeignKey("cohort.id"), index=True)
    to_address: Mapped[str] = mapped_column(String(320))
    state: Mapped[str] = mapped_column(String(10))  # drafted | sending | sent | failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    message_id: Mapped[str | None] = mapped_column(String(250))
    server_reply: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class AuditEvent(Base):
    """Append-only, hash-chained log of issuing, revocation and key events."""

    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    kind: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str | None] = mapped_column(String(200))
    details: Mapped[str] = mapped_column(Text, default="{}")  # canonical JSON
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    # the database account that appended it, on a shared database (0012); hashed when present
    actor: Mapped[str | None] = mapped_column(String(100))


class IssuingClaim(Base):
    """Who is issuing a cohort or pathway right now (0012), held while the database lock is."""

    __tablename__ = "issuing_claim"

    target: Mapped[str] = mapped_column(String(40), primary_key=True)  # "cohort:3", "pathway:7"
    holder: Mapped[str] = mapped_column(String(200))
    since: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Setting(Base):
    """Small key/value settings of the workspace (e.g. default template)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
