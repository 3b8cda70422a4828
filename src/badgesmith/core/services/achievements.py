"""Achievements: create, edit (versioned once issued), list.

An achievement's content lives in versions. Editing one that no credential has used yet
changes that version in place; editing one that has issued credentials creates a new
version, so every issued credential keeps pointing at exactly what it certified.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field, replace
from urllib.parse import urlparse

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from badgesmith.core import eu_elements
from badgesmith.core.errors import NotFound, ValidationError
from badgesmith.core.eu_elements import EuElements
from badgesmith.core.paper.errors import CertificateImageError
from badgesmith.core.paper.images import check_image
from badgesmith.core.paper.sizes import ORIENTATIONS, PAPER_SIZES
from badgesmith.core.pathways.requirements import (
    ExternalRef,
    Group,
    LocalRef,
    cycle_through,
    from_json,
    to_json,
)
from badgesmith.core.said import Said
from badgesmith.core.services.shared_database import require
from badgesmith.core.store.models import (
    Achievement,
    AchievementEndorsement,
    AchievementVersion,
    Alignment,
    AssessmentResult,
    Cohort,
    Credential,
    Criterion,
    IssuerProfile,
    RubricLevel,
)
from badgesmith.core.store.roles import Role
from badgesmith.core.store.workspace import Workspace
from badgesmith.core.values import NAME_MAX_CHARS

PAPER_KEYS = ("paper", "orientation")  # kept in template_overrides, beside the design (not part of it)

# OB 3.0 AchievementType vocabulary (the extensible enumeration's listed values).
ACHIEVEMENT_TYPES = (
    "Achievement", "ApprenticeshipCertificate", "Assessment", "Assignment",
    "AssociateDegree", "Award", "Badge", "BachelorDegree", "Certificate",
    "CertificateOfCompletion", "Certification", "CommunityService", "Competency", "Course",
    "CoCurricular", "Degree", "Diploma", "DoctoralDegree", "Fieldwork", "GeneralEducationDevelopment",
    "JourneymanCertificate", "LearningProgram", "License", "Membership", "ProfessionalDoctorate",
    "QualityAssuranceCredential", "MasterCertificate", "MasterDegree", "MicroCredential",
    "ResearchDoctorate", "SecondarySchoolDiploma",
)
RULES = ("attendance", "score", "rubric")
CRITERION_KINDS = ("score", "level", "status")
_LANG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


@dataclass(frozen=True)
class LevelSpec:
    name: str
    description: str = ""
    points: float | None = None


@dataclass(frozen=True)
class CriterionSpec:
    name: str
    kind: str  # score | level | status
    min_value: float | None = None
    max_value: float | None = None
    required: bool = True
    required_level: str | None = None
    levels: tuple[LevelSpec, ...] = ()


@dataclass(frozen=True)
class AlignmentSpec:
    target_name: str
    target_url: str
    target_code: str | None = None
    target_framework: str | None = None
    target_description: str | None = None


@dataclass(frozen=True)
class AchievementSpec:
    """Everything a user edits about an achievement (DESIGN section 2)."""

    name: str
    description: str = ""
    criteria_narrative: str = ""
    achievement_type: str = "Certificate"
    rule: str = "attendance"
    pass_mark: float | None = None
    criteria: tuple[CriterionSpec, ...] = ()
    alignments: tuple[AlignmentSpec, ...] = ()
    tags: tuple[str, ...] = ()
    credits: float | None = None
    field_of_study: str | None = None
    human_code: str | None = None
    language: str | None = None
    version_label: str | None = None
    validity_months: int | None = None
    template: str = "classic"
    template_overrides: dict[str, object] = field(default_factory=dict)
    image: bytes | None = None
    image_mime: str | None = None
    requirement: Group | None = None  # a pathway's requirement tree (pathways/requirements.py)
    eu: EuElements = EuElements()  # the EU micro-credential elements (eu_elements.py)


@dataclass(frozen=True)
class AchievementSummary:
    id: int
    version_id: int
    version: int
    name: str
    achievement_type: str
    rule: str
    credentials_issued: int
    cohorts: int
    archived: bool = False
    pathway: bool = False  # its current version has a requirement tree


@dataclass(frozen=True)
class VersionInfo:
    id: int
    number: int
    uuid: str
    credentials_issued: int


@dataclass(frozen=True)
class AchievementDetail:
    id: int
    uuid: str
    current: VersionInfo
    versions: tuple[VersionInfo, ...]
    spec: AchievementSpec


def _check_rule(spec: AchievementSpec) -> None:
    """The criteria that the achievement's eligibility rule needs."""
    kinds = {c.kind for c in spec.criteria}
    if spec.rule == "score":
        if "score" not in kinds:
            raise ValidationError("A score-based achievement needs at least one score criterion.")
        if spec.pass_mark is None:
            raise ValidationError("A score-based achievement needs a pass mark.")
    if spec.rule == "rubric" and "level" not in kinds:
        raise ValidationError("A rubric-based achievement needs at least one rubric criterion.")
    if spec.rule == "attendance" and "status" not in kinds:
        raise ValidationError("An attendance-based achievement needs an attendance criterion.")


def validate_spec(spec: AchievementSpec) -> AchievementSpec:
    """Return a normalised spec, or raise ValidationError naming the first problem."""
    name = " ".join(spec.name.split())
    if not name:
        raise ValidationError("The achievement needs a name.")
    if len(name) > NAME_MAX_CHARS:
        raise ValidationError(f"The achievement name is {len(name)} characters; the limit is {NAME_MAX_CHARS}.")
    if spec.achievement_type not in ACHIEVEMENT_TYPES and not spec.achievement_type.startswith("ext:"):
        raise ValidationError(f"'{spec.achievement_type}' is not an Open Badges achievement type.")
    if spec.rule not in RULES:
        raise ValidationError(f"Unknown eligibility rule '{spec.rule}'.")
    seen: set[str] = set()
    for c in spec.criteria:
        cname = c.name.strip()
        if not cname:
            raise ValidationError("Every criterion needs a name.")
        if cname.casefold() in seen:
            raise ValidationError(f"Two criteria are named '{cname}'.")
        seen.add(cname.casefold())
        if c.kind not in CRITERION_KINDS:
            raise ValidationError(f"Criterion '{cname}' has an unknown kind '{c.kind}'.")
        if c.kind == "score" and (
            c.min_value is not None and c.max_value is not None and c.min_value >= c.max_value
        ):
            raise ValidationError(f"Criterion '{cname}': the lowest score must be below the highest.")
        if c.kind == "level":
            if not c.levels:
                raise ValidationError(f"Rubric criterion '{cname}' needs at least one level.")
            names = [lv.name.strip() for lv in c.levels]
            if any(not n for n in names) or len(set(names)) != len(names):
                raise ValidationError(f"Rubric criterion '{cname}': levels need distinct names.")
            if c.required and c.required_level and c.required_level not in names:
                raise ValidationError(
                    f"Rubric criterion '{cname}': the required level '{c.required_level}' is not one of its levels."
                )
    if spec.requirement is None:  # a pathway is earned by its requirement tree: no criteria needed
        _check_rule(spec)
    for a in spec.alignments:
        if not a.target_name.strip():
            raise ValidationError("Every alignment needs a name.")
        u = urlparse(a.target_url.strip())
        if u.scheme not in ("http", "https") or not u.netloc:
            raise ValidationError(f"Alignment '{a.target_name}': '{a.target_url}' is not a web address.")
    if spec.validity_months is not None and not 1 <= spec.validity_months <= 1200:
        raise ValidationError("The validity period must be between 1 and 1200 months.")
    if spec.credits is not None and spec.credits < 0:
        raise ValidationError("Credits cannot be negative.")
    if spec.language and not _LANG.match(spec.language):
        raise ValidationError(f"'{spec.language}' is not a language tag such as 'en' or 'fr-CA'.")
    if spec.image is not None:
        spec = replace(spec, image_mime=checked_image(spec.image, "achievement image"))
    paper, orientation = spec.template_overrides.get("paper"), spec.template_overrides.get("orientation")
    if paper is not None and paper not in PAPER_SIZES:
        raise ValidationError(f"Certificates are printed on {' or '.join(PAPER_SIZES)} paper, not {paper!r}.")
    if orientation is not None and orientation not in ORIENTATIONS:
        raise ValidationError(f"Certificates are printed {' or '.join(ORIENTATIONS)}, not {orientation!r}.")
    tags = tuple(dict.fromkeys(t.strip() for t in spec.tags if t.strip()))
    return replace(spec, name=name, tags=tags, eu=eu_elements.validate(spec.eu))


def _fill_version(v: AchievementVersion, spec: AchievementSpec, s: Session | None = None) -> None:
    v.name = spec.name
    v.description = spec.description
    v.criteria_narrative = spec.criteria_narrative
    v.achievement_type = spec.achievement_type
    v.rule = spec.rule
    v.pass_mark = spec.pass_mark
    v.tags = list(spec.tags)
    v.credits = spec.credits
    v.field_of_study = spec.field_of_study
    v.human_code = spec.human_code
    v.language = spec.language
    v.version_label = spec.version_label
    v.validity_months = spec.validity_months
    v.template = spec.template
    v.template_overrides = dict(spec.template_overrides)
    v.image = spec.image
    v.image_mime = spec.image_mime
    v.requirement = None if spec.requirement is None else to_json(spec.requirement)
    v.eu_elements = spec.eu.to_json()
    v.criteria = _reconcile_criteria(s, list(v.criteria), spec.criteria)
    v.alignments = [
        Alignment(position=i, target_name=a.target_name.strip(), target_url=a.target_url.strip(),
                  target_code=a.target_code, target_framework=a.target_framework,
                  target_description=a.target_description)
        for i, a in enumerate(spec.alignments)
    ]


def _has_results(s: Session | None, *, criterion_id: int | None = None, level_id: int | None = None) -> bool:
    if s is None or (criterion_id is None and level_id is None):
        return False
    q = select(AssessmentResult.id)
    q = q.where(AssessmentResult.criterion_id == criterion_id) if criterion_id else \
        q.where(AssessmentResult.level_id == level_id)
    return s.scalar(q.limit(1)) is not None


def _reconcile_criteria(s: Session | None, current: list[Criterion], specs: tuple[CriterionSpec, ...]) -> list[Criterion]:
    """Criteria for ``specs``, keeping the rows (and so the recorded results) of unchanged names.

    Removing a criterion or level that has recorded results is refused: results are never
    dropped as a side effect of an edit.
    """
    by_name = {c.name: c for c in current}
    out: list[Criterion] = []
    for i, cs in enumerate(specs):
        name = cs.name.strip()
        c = by_name.pop(name, None)
        if c is not None and c.kind != cs.kind:
            if _has_results(s, criterion_id=c.id):
                raise ValidationError(f"Criterion '{name}' has recorded results; its kind cannot change. "
                                      "Add a new criterion instead.")
            c = None
        if c is None:
            c = Criterion(uuid=str(uuid.uuid4()), name=name, kind=cs.kind)
        c.position, c.kind, c.min_value, c.max_value = i, cs.kind, cs.min_value, cs.max_value
        c.required, c.required_level = cs.required, cs.required_level
        levels = {lv.name: lv for lv in c.levels}
        new_levels = []
        for j, ls in enumerate(cs.levels):
            lv = levels.pop(ls.name.strip(), None) or RubricLevel(uuid=str(uuid.uuid4()), name=ls.name.strip())
            lv.position, lv.description, lv.points = j, ls.description, ls.points
            new_levels.append(lv)
        for lv in levels.values():
            if _has_results(s, level_id=lv.id):
                raise ValidationError(f"Level '{lv.name}' of '{name}' has been given to learners; "
                                      "it cannot be removed.")
        c.levels = new_levels
        out.append(c)
    for c in by_name.values():
        if _has_results(s, criterion_id=c.id):
            raise ValidationError(f"Criterion '{c.name}' has recorded results; it cannot be removed.")
    return out


def _carry_results(s: Session, achievement_id: int, old: AchievementVersion, new: AchievementVersion) -> None:
    """Point recorded results at the new version's criteria of the same name and kind."""
    s.flush()
    cohorts = list(s.scalars(select(Cohort.id).where(Cohort.achievement_id == achievement_id)))
    if not cohorts:
        return
    new_by_name = {c.name: c for c in new.criteria}
    for oc in old.criteria:
        nc = new_by_name.get(oc.name)
        if nc is None or nc.kind != oc.kind:
            continue
        level_map = {lv.id: next((n.id for n in nc.levels if n.name == lv.name), None) for lv in oc.levels}
        for r in s.scalars(select(AssessmentResult).where(AssessmentResult.criterion_id == oc.id,
                                                          AssessmentResult.cohort_id.in_(cohorts))):
            if r.level_id is not None:
                if level_map.get(r.level_id) is None:
                    continue  # the level no longer exists: keep the result on the old version
                r.level_id = level_map[r.level_id]
            r.criterion_id = nc.id


def create_achievement(ws: Workspace, spec: AchievementSpec) -> AchievementDetail:
    require(ws, Role.ISSUER)
    spec = validate_spec(spec)
    with ws.session() as s:
        a = Achievement(uuid=str(uuid.uuid4()))
        _check_requirement(s, None, spec.requirement)
        v = AchievementVersion(number=1, uuid=str(uuid.uuid4()))
        _fill_version(v, spec)
        a.versions.append(v)
        s.add(a)
        s.flush()
        aid = a.id
    return get_achievement(ws, aid)


def update_achievement(ws: Workspace, achievement_id: int, spec: AchievementSpec) -> AchievementDetail:
    """Save edits; a new version when the current one has issued credentials."""
    require(ws, Role.ISSUER)
    spec = validate_spec(spec)
    with ws.session() as s:
        a = s.get(Achievement, achievement_id)
        if a is None:
            raise NotFound(f"There is no achievement with id {achievement_id}.")
        _check_requirement(s, achievement_id, spec.requirement)
        current = a.versions[-1]
        if _makes_new_version(s, current, spec):
            v = AchievementVersion(number=current.number + 1, uuid=str(uuid.uuid4()))
            _fill_version(v, spec)
            a.versions.append(v)
            _carry_results(s, achievement_id, current, v)
        else:
            _fill_version(current, spec, s)
    return get_achievement(ws, achievement_id)


def current_requirements(s: Session) -> dict[int, Group]:
    """Each achievement whose current version has a requirement tree (each pathway), by id."""
    newest = (select(AchievementVersion.achievement_id, func.max(AchievementVersion.number).label("n"))
              .group_by(AchievementVersion.achievement_id).subquery())
    rows = s.execute(select(AchievementVersion.achievement_id, AchievementVersion.requirement)
                     .join(newest, (AchievementVersion.achievement_id == newest.c.achievement_id)
                           & (AchievementVersion.number == newest.c.n))
                     .where(AchievementVersion.requirement.is_not(None)))
    return {aid: from_json(req) for aid, req in rows if req is not None}


def achievement_of_iri(s: Session, iri: str) -> int | None:
    """The achievement of this workspace one of whose versions has the OB id ``iri`` (a UUID URN,
    in any case), else None: such an id is never another issuer's achievement."""
    prefix = "urn:uuid:"
    if iri[:len(prefix)].lower() != prefix:
        return None
    return s.scalar(select(AchievementVersion.achievement_id)
                    .where(func.lower(AchievementVersion.uuid) == iri[len(prefix):].strip().lower()).limit(1))


def _check_requirement(s: Session, achievement_id: int | None, tree: Group | None) -> None:
    """Refuse requirements naming achievements that do not exist, one of this workspace's as
    another issuer's (no added credential may stand for it), or the pathway itself through any
    chain of pathways (it could never be earned)."""
    if tree is None:
        return
    for ref in tree.refs():
        if isinstance(ref, ExternalRef) and (own := achievement_of_iri(s, ref.iri)) is not None:
            raise ValidationError(f"The requirements name {ref.iri} as another issuer's achievement, but it is "
                                  f"'{_name(s, own)}' of this workspace: name it as one of yours.")
    local = {r.achievement_id for r in tree.refs() if isinstance(r, LocalRef)}
    known = set(s.scalars(select(Achievement.id).where(Achievement.id.in_(local))))
    if unknown := sorted(local - known):
        raise ValidationError(f"The requirements name achievement {unknown[0]}, which does not exist.")
    if achievement_id is None:
        return  # a new achievement: nothing can require it yet
    requires = {aid: {r.achievement_id for r in t.refs() if isinstance(r, LocalRef)}
                for aid, t in current_requirements(s).items()}
    requires[achievement_id] = local
    chain = cycle_through(achievement_id, requires)
    if chain is not None:
        names = [_name(s, aid) for aid in chain]
        if len(chain) == 2:
            raise ValidationError(f"'{names[0]}' cannot require itself.")
        raise ValidationError(f"'{names[0]}' cannot require '{names[1]}': that would make a circle "
                              f"({' → '.join(names)}), so neither could ever be earned.")


def _name(s: Session, achievement_id: int) -> str:
    return current_version(s, achievement_id).name


def _makes_new_version(s: Session, current: AchievementVersion, spec: AchievementSpec) -> bool:
    """Saving ``spec`` over ``current`` keeps ``current`` as it is: credentials were issued for it,
    or an endorser vouched for it as it is (endorsements.py). The certificate design is not part
    of what a credential certifies: changing only the template or its tunables never needs one."""
    design_only = replace(spec_of(current), template=spec.template,
                          template_overrides=dict(spec.template_overrides)) == spec
    return not design_only and bool(_issued_count(s, current.id) or _endorsed(s, current.uuid))


def endorsers_left_behind(ws: Workspace, achievement_id: int, spec: AchievementSpec) -> list[str]:
    """Who endorsed the current version, when saving ``spec`` makes a new version whose credentials
    will no longer carry their endorsements (the editor asks before saving)."""
    with ws.read_session() as s:
        current = current_version(s, achievement_id)
        if not _makes_new_version(s, current, spec):
            return []
        names = s.scalars(select(AchievementEndorsement.endorser_name)
                          .where(AchievementEndorsement.subject_uuid == current.uuid)
                          .order_by(AchievementEndorsement.id))
        return list(dict.fromkeys(names))


def _issued_count(s: Session, version_id: int) -> int:
    return s.scalar(select(func.count()).select_from(Credential).where(Credential.version_id == version_id)) or 0


def _endorsed(s: Session, version_uuid: str) -> bool:
    return s.scalar(select(AchievementEndorsement.id).where(AchievementEndorsement.subject_uuid == version_uuid)
                    .limit(1)) is not None


def current_version(s: Session, achievement_id: int) -> AchievementVersion:
    v = s.scalars(
        select(AchievementVersion)
        .where(AchievementVersion.achievement_id == achievement_id)
        .order_by(AchievementVersion.number.desc())
        .limit(1)
    ).first()
    if v is None:
        raise NotFound(f"There is no achievement with id {achievement_id}.")
    return v


def spec_of(v: AchievementVersion) -> AchievementSpec:
    return AchievementSpec(
        name=v.name, description=v.description, criteria_narrative=v.criteria_narrative,
        achievement_type=v.achievement_type, rule=v.rule, pass_mark=v.pass_mark,
        criteria=tuple(
            CriterionSpec(name=c.name, kind=c.kind, min_value=c.min_value, max_value=c.max_value,
                          required=c.required, required_level=c.required_level,
                          levels=tuple(LevelSpec(lv.name, lv.description, lv.points) for lv in c.levels))
            for c in v.criteria
        ),
        alignments=tuple(
            AlignmentSpec(a.target_name, a.target_url, a.target_code, a.target_framework, a.target_description)
            for a in v.alignments
        ),
        tags=tuple(v.tags or ()), credits=v.credits, field_of_study=v.field_of_study,
        human_code=v.human_code, language=v.language, version_label=v.version_label,
        validity_months=v.validity_months, template=v.template,
        template_overrides=dict(v.template_overrides or {}), image=v.image, image_mime=v.image_mime,
        requirement=None if v.requirement is None else from_json(v.requirement),
        eu=EuElements.from_json(v.eu_elements),
    )


def save_design(ws: Workspace, achievement_id: int, template_id: str,
                overrides: dict[str, object]) -> AchievementDetail:
    """Save an achievement's certificate design (a template and what differs from it); the paper
    size and orientation kept beside the design stay as they are unless ``overrides`` names them."""
    require(ws, Role.ISSUER)
    spec = get_achievement(ws, achievement_id).spec
    kept = {k: v for k, v in spec.template_overrides.items() if k in PAPER_KEYS}
    return update_achievement(ws, achievement_id, replace(spec, template=template_id,
                                                          template_overrides={**kept, **overrides}))


def get_achievement(ws: Workspace, achievement_id: int) -> AchievementDetail:
    with ws.read_session() as s:
        a = s.get(Achievement, achievement_id)
        if a is None:
            raise NotFound(f"There is no achievement with id {achievement_id}.")
        versions = tuple(VersionInfo(v.id, v.number, v.uuid, _issued_count(s, v.id)) for v in a.versions)
        return AchievementDetail(a.id, a.uuid, versions[-1], versions, spec_of(a.versions[-1]))


def list_achievements(ws: Workspace, include_archived: bool = False) -> list[AchievementSummary]:
    """The achievements, oldest first; archived ones only when asked (lists of what to award
    leave them out, the register's filters keep them)."""
    with ws.read_session() as s:
        # credentials standing now, as the cohorts count them: a renewal replaces one, it adds none
        issued = dict(s.execute(select(Credential.achievement_id, func.count())
                                .where(Credential.superseded_by.is_(None))
                                .group_by(Credential.achievement_id)).all())
        cohorts = dict(s.execute(select(Cohort.achievement_id, func.count()).group_by(Cohort.achievement_id)).all())
        out = []
        q = select(Achievement).order_by(Achievement.id)
        if not include_archived:
            q = q.where(Achievement.archived.is_(False))
        for a in s.scalars(q):
            v = a.versions[-1]
            out.append(AchievementSummary(a.id, v.id, v.number, v.name, v.achievement_type, v.rule,
                                          issued.get(a.id, 0), cohorts.get(a.id, 0), a.archived,
                                          v.requirement is not None))
        return out


def find_achievement(ws: Workspace, ref: str) -> int:
    """An achievement id from its number or exact (case-insensitive) name; clear error otherwise."""
    items = list_achievements(ws, include_archived=True)
    if ref.strip().isdigit() and any(a.id == int(ref) for a in items):
        return int(ref)
    matches = [a for a in items if a.name.casefold() == " ".join(ref.split()).casefold()]
    if len(matches) == 1:
        return matches[0].id
    names = ", ".join(a.name for a in items[:5])
    raise NotFound(f"No achievement is called '{ref}'." + (f" Achievements: {names}." if names else ""))


def is_graded(spec: AchievementSpec) -> bool:
    """Its credentials carry a grade: a score or a rubric level, not only attendance."""
    return any(c.kind in ("score", "level") for c in spec.criteria)


def eu_check(ws: Workspace, spec: AchievementSpec) -> eu_elements.Completeness:
    """How complete an achievement (as saved, or as being edited) is as an EU micro-credential,
    with the issuer profile's name and country."""
    with ws.read_session() as s:
        profile = s.scalar(select(IssuerProfile))
        name, country = (profile.name, profile.country or "") if profile else ("", "")
    return eu_elements.check(spec.eu, title=spec.name, issuer_name=name, issuer_country=country,
                             graded=is_graded(spec))


def eu_applies(spec: AchievementSpec) -> bool:
    """Whether issuing should mention the EU check: the achievement is a micro-credential, or the
    trainer has started filling its EU elements."""
    return spec.achievement_type == "MicroCredential" or not spec.eu.is_empty()


def eu_note(ws: Workspace, achievement_id: int) -> Said | None:
    """What to say before issuing the achievement (its current version): the completeness sentence
    when the EU check applies and mandatory elements are missing, else None. A note, never a
    block: a provider may issue before the description is complete."""
    spec = get_achievement(ws, achievement_id).spec
    if not eu_applies(spec):
        return None
    result = eu_check(ws, spec)
    return None if result.complete else result.sentence()


def checked_image(data: bytes, what: str) -> str:
    """The MIME type of an image a user chose, decoded by the rules certificates print with
    (paper.images); ValidationError with its reason otherwise."""
    try:
        return check_image(data, what)
    except CertificateImageError as exc:
        raise ValidationError(exc.message) from None
