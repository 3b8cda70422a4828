"""From the workspace to the plain inputs of the credential builder, the claim and the renderer.

Everything here reads the database (in the writer process); what it returns is plain, frozen,
picklable data that worker processes turn into signed credentials and PDFs.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from badgesmith.core import eu_elements
from badgesmith.core.countries import country_name
from badgesmith.core.credentials import ob3
from badgesmith.core.credentials.didkey import fingerprint
from badgesmith.core.credentials.endorsement import current_endorsers
from badgesmith.core.errors import NotFound
from badgesmith.core.eu_elements import EuElements
from badgesmith.core.paper.images import data_uri
from badgesmith.core.paper.qrclaim import ClaimFields
from badgesmith.core.paper.render import CertificateData
from badgesmith.core.paper.supplement import Supplement
from badgesmith.core.paper.templates import DEFAULT_LANGUAGE, parse_languages, print_languages
from badgesmith.core.services.assessment import COMPLETED
from badgesmith.core.store.models import (
    AchievementEndorsement,
    AchievementVersion,
    AssessmentResult,
    Cohort,
    Criterion,
    Evidence,
    IssuerProfile,
    Learner,
)
from badgesmith.core.values import format_number

_RESULT_TYPE = {"score": "RawScore", "level": "RubricCriterionLevel", "status": "Status"}
DEFAULT_PAPER, DEFAULT_ORIENTATION = "A4", "landscape"


@dataclass(frozen=True)
class IssueContext:
    """What is the same for every credential of a batch."""

    issuer: ob3.IssuerProfile
    issuer_logo: bytes | None
    achievement: ob3.AchievementInfo
    achievement_id: int
    version_id: int
    validity_months: int | None
    template_id: str
    template_overrides: dict[str, Any]
    paper: str
    orientation: str
    verify_page_url: str | None
    status_list_url: str | None
    cohort_name: str | None
    activity_start: date | None
    activity_end: date | None
    credits: float | None
    key_fingerprint: str
    design: str = ""  # design_key of what the certificates are drawn with
    achievement_image: bytes | None = None  # drawn by the designs with room for it
    supplement: Supplement | None = None  # the EU elements' page, for an achievement that has them


def split_page(overrides: Mapping[str, Any]) -> tuple[dict[str, Any], str, str]:
    """A stored design's overrides without the page kept beside them (achievements.PAPER_KEYS),
    and that page: paper size and orientation."""
    rest = dict(overrides)
    paper = str(rest.pop("paper", DEFAULT_PAPER))
    orientation = str(rest.pop("orientation", DEFAULT_ORIENTATION))
    return rest, paper, orientation


def design_key(template_id: str, overrides: Mapping[str, Any]) -> str:
    """A short fingerprint of a certificate design as stored with an achievement (the template,
    what differs from it, the page): two certificates with the same key were drawn alike."""
    rest, paper, orientation = split_page(overrides)
    text = json.dumps([template_id, rest, paper, orientation], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Job:
    """One credential to make: everything a worker needs, nothing it must look up."""

    learner_id: int
    input: ob3.CredentialInput
    claim: ClaimFields
    certificate: CertificateData


def add_months(d: datetime, months: int) -> datetime:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    last = [31, 29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28, 31, 30, 31, 30,
            31, 31, 30, 31, 30, 31][month - 1]
    return d.replace(year=year, month=month, day=min(d.day, last))


def endorsements_of(s: Session, v: AchievementVersion, now: datetime) -> tuple[dict[str, Any], ...]:
    """The endorsements of this very version that have not expired, as signed: what its
    credentials carry (services/endorsements verified each when it was added)."""
    rows = s.scalars(select(AchievementEndorsement.signed_json).where(
        AchievementEndorsement.subject_uuid == v.uuid,
        or_(AchievementEndorsement.valid_until.is_(None), AchievementEndorsement.valid_until > now))
        .order_by(AchievementEndorsement.id))
    return tuple(json.loads(text) for text in rows)


def _achievement_info(v: AchievementVersion, endorsements: tuple[dict[str, Any], ...] = ()) -> ob3.AchievementInfo:
    descs = []
    for c in v.criteria:
        levels = tuple(ob3.RubricLevelInfo(id=f"urn:uuid:{lv.uuid}", name=lv.name,
                                           description=lv.description or None,
                                           points=None if lv.points is None else format_number(lv.points))
                       for lv in c.levels)
        req_level = next((f"urn:uuid:{lv.uuid}" for lv in c.levels if lv.name == c.required_level), None)
        descs.append(ob3.ResultDescriptionInfo(
            id=f"urn:uuid:{c.uuid}", name=c.name, result_type=_RESULT_TYPE[c.kind],
            required_value=format_number(v.pass_mark) if c.kind == "score" and v.pass_mark is not None and
            len([x for x in v.criteria if x.kind == "score"]) == 1 else None,
            value_min=None if c.min_value is None else format_number(c.min_value),
            value_max=None if c.max_value is None else format_number(c.max_value),
            allowed_values=("Completed", "Failed") if c.kind == "status" else (),
            required_level=req_level if c.required else None,
            rubric_levels=levels,
        ))
    image = ob3.ImageInfo(id=data_uri(v.image, v.image_mime or "image/png"), caption=v.name) if v.image else None
    return ob3.AchievementInfo(
        id=f"urn:uuid:{v.uuid}", name=v.name, description=v.description or v.name,
        criteria_narrative=v.criteria_narrative or v.description or v.name,
        achievement_type=v.achievement_type, image=image,
        alignments=tuple(ob3.AlignmentInfo(a.target_name, a.target_url, a.target_code, a.target_framework,
                                           None, a.target_description) for a in v.alignments)
        + eu_elements.alignments(EuElements.from_json(v.eu_elements)),
        tags=tuple(v.tags or ()), credits_available=v.credits, field_of_study=v.field_of_study,
        human_code=v.human_code, in_language=v.language, version=v.version_label or str(v.number),
        result_descriptions=tuple(descs), endorsements=endorsements,
    )


def issuer_profile(profile: IssuerProfile, did: str) -> ob3.IssuerProfile:
    """The issuer as this workspace's credentials (and learner records) name it; ``did`` is the
    signing key's did:key, used unless the trainer bound the keys to a domain (did:web)."""
    logo = data_uri(profile.logo, profile.logo_mime or "image/png") if profile.logo else None
    return ob3.IssuerProfile(did=profile.did_web or did, name=profile.name, url=profile.url, email=profile.email,
                             description=profile.description,
                             image=ob3.ImageInfo(id=logo, caption=profile.name) if logo else None,
                             linkedin_org_id=profile.linkedin_org_id, country_code=profile.country,
                             country=country_name(profile.country), region=profile.region)


def issue_context(s: Session, cohort_id: int | None, version: AchievementVersion, did: str) -> IssueContext:
    """What every credential of a batch shares (``did`` is the signing key's did:key); without a
    cohort (a design preview) there is no term and no activity dates."""
    profile = s.scalar(select(IssuerProfile))
    if profile is None:
        raise NotFound("This workspace has no issuer yet; set it up first.")
    cohort = s.get(Cohort, cohort_id) if cohort_id is not None else None
    if cohort_id is not None and cohort is None:
        raise NotFound(f"There is no cohort with id {cohort_id}.")
    issuer = issuer_profile(profile, did)
    overrides, paper, orientation = split_page(version.template_overrides or {})
    languages = certificate_languages(cohort, overrides, profile)
    overrides["languages"] = list(languages)
    stored = version.template_overrides or {}
    # a cohort or issuer language other than the design's own draws it differently: say so in its key
    drawn = stored if languages == print_languages(stored) else {**stored, "languages": list(languages)}
    eu = EuElements.from_json(version.eu_elements)
    return IssueContext(
        issuer=issuer, issuer_logo=profile.logo,
        achievement=_achievement_info(version, endorsements_of(s, version, datetime.now(UTC))),
        achievement_id=version.achievement_id, version_id=version.id,
        validity_months=version.validity_months, template_id=version.template,
        template_overrides=overrides, paper=paper, orientation=orientation,
        verify_page_url=profile.verify_page_url, status_list_url=profile.status_list_url,
        cohort_name=cohort.name if cohort else None, activity_start=cohort.start_date if cohort else None,
        activity_end=cohort.end_date if cohort else None,
        credits=version.credits, key_fingerprint=fingerprint(did),
        design=design_key(version.template, drawn),
        achievement_image=version.image,
        supplement=None if eu.is_empty() else Supplement(eu, version.credits, profile.country or "",
                                                         profile.region or ""),
    )


def certificate_languages(cohort: Cohort | None, design: Mapping[str, Any],
                          profile: IssuerProfile) -> tuple[str, ...]:
    """The language(s) a certificate prints in: the cohort's choice, else the achievement
    design's, else the issuer's language."""
    chosen = parse_languages(cohort.certificate_language) if cohort is not None else ()
    if chosen:
        return chosen
    if design.get("language"):
        return print_languages(design)
    return parse_languages(profile.language) or (DEFAULT_LANGUAGE,)


@dataclass
class CohortRecords:
    """A cohort's results and evidence, fetched once for a whole batch (not per learner)."""

    criteria: dict[int, Criterion]
    results: dict[int, list[AssessmentResult]]
    evidence: dict[int, Evidence]

    @classmethod
    def load(cls, s: Session, cohort_id: int, version_id: int) -> CohortRecords:
        version = s.get(AchievementVersion, version_id)
        if version is None:
            raise NotFound("The achievement's version was removed while issuing; try again.")
        results: dict[int, list[AssessmentResult]] = {}
        for r in s.scalars(select(AssessmentResult).where(AssessmentResult.cohort_id == cohort_id)):
            results.setdefault(r.learner_id, []).append(r)
        evidence = {e.learner_id: e for e in s.scalars(select(Evidence).where(Evidence.cohort_id == cohort_id))}
        return cls({c.id: c for c in version.criteria}, results, evidence)


def make_job(
    records: CohortRecords, ctx: IssueContext, learner: Learner, *, credential_id: str,
    valid_from: datetime, awarded: datetime | None, status_entry: dict[str, Any] | None,
    more_evidence: tuple[ob3.EvidenceInfo, ...] = (),
) -> Job:
    results = []
    for r in records.results.get(learner.id, []):
        c = records.criteria.get(r.criterion_id)
        if c is None or r.value is None:
            continue
        rd = f"urn:uuid:{c.uuid}"
        if c.kind == "score":
            results.append(ob3.ResultInfo(rd, value=r.value))
        elif c.kind == "level":
            lv = next((x for x in c.levels if x.id == r.level_id), None)
            results.append(ob3.ResultInfo(rd, achieved_level=f"urn:uuid:{lv.uuid}" if lv else None,
                                          value=r.value))
        else:
            results.append(ob3.ResultInfo(rd, status=r.value if r.value in (COMPLETED, "Failed") else None))
    evidence = []
    ev = records.evidence.get(learner.id)
    if ev is not None:
        evidence.append(ob3.EvidenceInfo(id=ev.url, name="Assessment evidence", narrative=ev.note))
    evidence.extend(more_evidence)  # a pathway's: the component credentials it rests on
    valid_until = add_months(valid_from, ctx.validity_months) if ctx.validity_months else None
    cred_input = ob3.CredentialInput(
        issuer=ctx.issuer, achievement=ctx.achievement,
        recipient=ob3.RecipientInfo(learner.name, learner.email, learner.student_number),
        valid_from=valid_from, valid_until=valid_until, awarded_date=awarded or valid_from,
        results=tuple(results), evidence=tuple(evidence),
        activity_start=ctx.activity_start, activity_end=ctx.activity_end,
        credits_earned=ctx.credits, term=ctx.cohort_name, credential_id=credential_id,
        status_entry=status_entry,
    )
    issued_on = (awarded or valid_from).astimezone(UTC).date()
    claim = ClaimFields(credential_id=credential_id, recipient_name=learner.name,
                        achievement_name=ctx.achievement.name, issuer_name=ctx.issuer.name,
                        issued_on=issued_on, expires_on=valid_until.date() if valid_until else None,
                        status_index=int(status_entry["statusListIndex"]) if status_entry else None)
    return Job(learner.id, cred_input, claim, certificate_data(ctx, claim))


def certificate_data(ctx: IssueContext, claim: ClaimFields) -> CertificateData:
    """What a certificate prints: what its QR claim states, and the batch's issuer and achievement
    (one rule for issuing, re-exporting and previews, so they print alike)."""
    return CertificateData(
        recipient_name=claim.recipient_name, achievement_name=claim.achievement_name,
        issuer_name=claim.issuer_name, issue_date=claim.issued_on, credential_id=claim.credential_id,
        qr_payload="", description=ctx.achievement.description, expiry_date=claim.expires_on,
        issuer_logo=ctx.issuer_logo, key_fingerprint=ctx.key_fingerprint,
        achievement_image=ctx.achievement_image, supplement=ctx.supplement,
        endorsed_by=current_endorsers(ctx.achievement.endorsements, datetime.now(UTC)),
    )


# File names: what Windows, macOS and Linux all accept, and stays readable in any script.
_REPLACE = {"/": "-", "\\": "-", ":": " -", '"': "'", "|": "-"}  # the rest of <>?* is dropped
_DROP = set("<>?*")
_KEEP_FORMAT = {"\u200c", "\u200d"}  # zero-width (non-)joiners shape Persian and Indic names
PART_CHARS = 60  # of the learner's name, and of the achievement's
PART_BYTES = 80  # in UTF-8: with the suffixes and a temporary file's, a name stays under 255 bytes
RENEWED = " (renewed {day})"


def _file_part(text: str, fallback: str) -> str:
    out = []
    for ch in unicodedata.normalize("NFC", text):
        cat = unicodedata.category(ch)
        if ch in _REPLACE:
            out.append(_REPLACE[ch])
        elif ch.isspace() or cat == "Cc":
            out.append(" ")
        elif ch in _DROP or (cat in ("Cf", "Cs", "Co", "Cn") and ch not in _KEEP_FORMAT):
            continue  # bidi overrides and the like would make a name display as another
        else:
            out.append(ch)
    part = " ".join("".join(out).split()).strip(" .")
    cut = part[:PART_CHARS]
    while len(cut.encode("utf-8")) > PART_BYTES:
        cut = cut[:-1]
    if cut != part:
        cut = cut.rstrip(" .-") + "…"
    # a leading dot hides a file; trailing dots and spaces are refused by Windows
    return cut.lstrip(".-").strip(" .") or fallback


def file_stem(learner_name: str, achievement_name: str) -> str:
    """The one rule for naming a learner's certificate files: ``Ayse Öztürk - Forklift Safety
    Basics`` (NFC; characters a file system refuses replaced; each half length-capped).

    Unique within a folder by :func:`free_stem`; a renewal adds :func:`renewed_stem`'s suffix.
    """
    return f"{_file_part(learner_name, 'Learner')} - {_file_part(achievement_name, 'Certificate')}"


def renewed_stem(stem: str, day: date) -> str:
    """A renewal's files never take the name of the live credential they replace."""
    return stem + RENEWED.format(day=day.isoformat())


def stem_key(stem: str) -> str:
    """Two stems name the same file on a case-insensitive file system (Windows, macOS)."""
    return unicodedata.normalize("NFC", stem).casefold()


def numbered(stem: str, n: int) -> str:
    return stem if n <= 1 else f"{stem} ({n})"


def free_stem(base: str, taken: set[str]) -> str:
    """``base``, else ``base (2)``, ``base (3)``…: the first whose :func:`stem_key` is not taken."""
    n = 1
    while stem_key(numbered(base, n)) in taken:
        n += 1
    return numbered(base, n)


def unique_stems(items: list[tuple[Any, str]]) -> dict[Any, str]:
    """Stems for ``(key, base stem)`` pairs in the given order: namesakes get (2), (3)…"""
    taken: set[str] = set()
    out: dict[Any, str] = {}
    for key, base in items:
        out[key] = stem = free_stem(base, taken)
        taken.add(stem_key(stem))
    return out
