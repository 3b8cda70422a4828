"""Builders of realistic credential inputs for the tests (every optional field, or none)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from badgesmith.core.credentials.ob3 import (
    AchievementInfo,
    AlignmentInfo,
    CredentialInput,
    EvidenceInfo,
    ImageInfo,
    IssuerProfile,
    RecipientInfo,
    ResultDescriptionInfo,
    ResultInfo,
    RubricLevelInfo,
)

PNG_1PX = (
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVQIW2NgUPr/HwADaAIhG61j/AAAAABJRU5ErkJggg=="
)
SVG = "data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4="
T0 = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)


def full_input(
    did: str,
    *,
    name: str = "Μαρία Παπαδοπούλου",
    achievement_name: str = "First Aid Basics — 急救基础",
    description: str = "Practical first aid: CPR, recovery position, bleeding control.",
    valid_from: datetime = T0,
    valid_until: datetime | None = T0 + timedelta(days=730),
    status_entry: dict | None = None,
    email: str | None = "maria@example.org",
) -> CredentialInput:
    level_pass = RubricLevelInfo(
        id="urn:uuid:6a0f7a3e-9d1c-4c1e-8d0b-1c2b3a4d5e61", name="Competent", level="2", description="Does it unaided", points="2"
    )
    level_fail = RubricLevelInfo(
        id="urn:uuid:6a0f7a3e-9d1c-4c1e-8d0b-1c2b3a4d5e62", name="Not yet", level="1", points="0"
    )
    rubric = ResultDescriptionInfo(
        id="urn:uuid:0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6",
        name="CPR on a manikin",
        result_type="RubricCriterionLevel",
        required_level=level_pass.id,
        rubric_levels=(level_fail, level_pass),
    )
    score = ResultDescriptionInfo(
        id="urn:uuid:1d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d7",
        name="Written test",
        result_type="Percent",
        required_value="70",
        value_min="0",
        value_max="100",
    )
    grade = ResultDescriptionInfo(
        id="urn:uuid:2d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d8",
        name="Grade",
        result_type="LetterGrade",
        allowed_values=("A", "B", "C", "F"),
        required_value="C",
    )
    achievement = AchievementInfo(
        id="urn:uuid:9b2c7a10-3f4e-4d5c-9a8b-7c6d5e4f3a21",
        name=achievement_name,
        description=description,
        criteria_narrative="# Criteria\n\n* Perform CPR for 2 minutes\n* Score 70% in the written test",
        achievement_type="Certificate",
        criteria_url="https://training.example/first-aid/criteria",
        image=ImageInfo(PNG_1PX, caption="Badge"),
        alignments=(
            AlignmentInfo(
                target_name="Basic life support",
                target_url="https://framework.example/bls",
                target_code="BLS-1",
                target_framework="Example Framework",
                target_type="ceasn:Competency",
                target_description="Adult basic life support",
            ),
        ),
        tags=("first aid", "πρώτες βοήθειες", "الإسعافات الأولية"),
        credits_available=1.5,
        field_of_study="Health",
        human_code="FA-101",
        in_language="el",
        version="2",
        result_descriptions=(rubric, score, grade),
    )
    return CredentialInput(
        issuer=IssuerProfile(
            did=did,
            name="مركز التدريب — Training Centre",
            url="https://training.example",
            email="office@training.example",
            description="Independent first-aid trainer",
            image=ImageInfo(SVG),
            linkedin_org_id="1337",
        ),
        achievement=achievement,
        recipient=RecipientInfo(name=name, email=email, student_number="S-2025-0042"),
        valid_from=valid_from,
        valid_until=valid_until,
        awarded_date=valid_from - timedelta(days=1),
        results=(
            ResultInfo(rubric.id, status="Completed", achieved_level=level_pass.id),
            ResultInfo(score.id, value="85"),
            ResultInfo(grade.id, value="B"),
        ),
        evidence=(
            EvidenceInfo(
                id="https://training.example/evidence/42",
                name="Practical assessment",
                description="Observed by the instructor",
                narrative="Performed CPR correctly; 山田 observed.",
                genre="Assessment",
                audience="Employers",
            ),
        ),
        activity_start=date(2025, 2, 27),
        activity_end=date(2025, 2, 28),
        credits_earned=1.5,
        term="Spring 2025",
        credential_id="urn:uuid:3f1d2c4b-5a69-4788-9abc-def012345678",
        status_entry=status_entry,
    )


def minimal_input(did: str, name: str = "Ana", email: str | None = None) -> CredentialInput:
    return CredentialInput(
        issuer=IssuerProfile(did=did, name="Trainer"),
        achievement=AchievementInfo(
            id="urn:uuid:0b2c7a10-3f4e-4d5c-9a8b-7c6d5e4f3a20",
            name="Attendance",
            description="Attended the workshop.",
            criteria_narrative="Attend.",
        ),
        recipient=RecipientInfo(name=name, email=email),
        valid_from=T0,
    )
