"""The EU micro-credential elements (Council Recommendation 2022/C 243/02, Annex I): what a
trainer fills in, how complete an achievement is, and how each element is written in OB 3.0.

OB 3.0 has a native place for most elements: the title is ``achievement.name``, the awarding
body is the ``issuer``, its country is ``issuer.address``, the date is ``validFrom``, ECTS credits
are ``creditsAvailable``, the grade is a ``result``. For the rest it has none, and a vocabulary
of our own would need a context that verifiers elsewhere must fetch. Each of those elements is
therefore written as an ``Alignment`` to the Recommendation itself: ``targetFramework`` names
it, ``targetType`` says which element (an ``ext:`` value of OB's extensible enumeration), and
``targetName`` holds the value. Every wallet shows alignments, the official schema accepts them
and no verifier needs anything new. The level is an alignment to its own framework (EQF or a
national one), as OB 3.0 intends. docs/eu-micro-credentials.md has the whole table.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields, replace
from typing import Any
from urllib.parse import urlparse

from badgesmith.core.credentials.ob3 import AlignmentInfo
from badgesmith.core.errors import ValidationError
from badgesmith.core.said import QT_TRANSLATE_NOOP, Said, joined, said

RECOMMENDATION = "Council Recommendation on a European approach to micro-credentials (2022/C 243/02)"
RECOMMENDATION_URL = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32022H0627(02)"
EQF = "European Qualifications Framework"
EQF_LEVELS = tuple(str(n) for n in range(1, 9))
EQF_URL = "https://europass.europa.eu/en/description-eight-eqf-levels"
PARTICIPATION = ("online", "on-site", "blended")
SUPERVISION = ("unsupervised", "supervised", "supervised-identity-verified")
INTEGRATION = ("stand-alone", "stackable")
TEXT_MAX_CHARS = 2000
OUTCOMES_MAX = 40
MAX_HOURS = 100_000

# The elements in the Recommendation's order; the key is what `achievements check --json` names.
MANDATORY: tuple[tuple[str, str], ...] = (
    ("learner", QT_TRANSLATE_NOOP("core", "identification of the learner")),
    ("title", QT_TRANSLATE_NOOP("core", "title")),
    ("country", QT_TRANSLATE_NOOP("core", "country or region of the issuer")),
    ("awarding_body", QT_TRANSLATE_NOOP("core", "awarding body")),
    ("date_of_issue", QT_TRANSLATE_NOOP("core", "date of issue")),
    ("learning_outcomes", QT_TRANSLATE_NOOP("core", "learning outcomes")),
    ("workload", QT_TRANSLATE_NOOP("core", "notional workload")),
    ("level", QT_TRANSLATE_NOOP("core", "level")),
    ("assessment_type", QT_TRANSLATE_NOOP("core", "type of assessment")),
    ("participation", QT_TRANSLATE_NOOP("core", "form of participation")),
    ("quality_assurance", QT_TRANSLATE_NOOP("core", "type of quality assurance")),
)
OPTIONAL: tuple[tuple[str, str], ...] = (
    ("prerequisites", QT_TRANSLATE_NOOP("core", "prerequisites")),
    ("supervision", QT_TRANSLATE_NOOP("core", "supervision and identity verification")),
    ("grade", QT_TRANSLATE_NOOP("core", "grade achieved")),
    ("integration", QT_TRANSLATE_NOOP("core", "integration or stackability")),
    ("further_information", QT_TRANSLATE_NOOP("core", "further information")),
)
LABELS = dict(MANDATORY + OPTIONAL)

# targetType of each element written as an alignment to the Recommendation
_TARGET_TYPE = {
    "learning_outcomes": "ext:LearningOutcome",
    "workload": "ext:NotionalWorkload",
    "assessment_type": "ext:AssessmentType",
    "participation": "ext:FormOfParticipation",
    "quality_assurance": "ext:QualityAssurance",
    "prerequisites": "ext:Prerequisites",
    "supervision": "ext:SupervisionAndIdentityVerification",
    "integration": "ext:Integration",
    "further_information": "ext:FurtherInformation",
}
LEVEL_TYPE = "ext:QualificationsFrameworkLevel"
_WORDS = {  # how a choice reads in a credential (English: the credential's data, not the UI)
    "online": "Online", "on-site": "On site", "blended": "Blended",
    "unsupervised": "Not supervised", "supervised": "Supervised, identity not verified",
    "supervised-identity-verified": "Supervised, with identity verification",
    "stand-alone": "Stand-alone", "stackable": "Stackable",
}


@dataclass(frozen=True)
class EuElements:
    """The elements an achievement holds itself; the learner, the date, the awarding body and its
    country come from the credential and the issuer profile."""

    learning_outcomes: tuple[str, ...] = ()
    workload_hours: float | None = None  # ECTS credits are the achievement's `credits`
    level_framework: str = ""  # "European Qualifications Framework" or a national framework
    level: str = ""  # the level's code in that framework, e.g. "5"
    level_url: str = ""  # a page describing the level (EQF's own page by default)
    level_not_applicable: bool = False  # "where it applies": the trainer said it does not
    assessment_type: str = ""
    participation: str = ""  # one of PARTICIPATION
    quality_assurance: str = ""
    prerequisites: str = ""
    supervision: str = ""  # one of SUPERVISION
    integration: str = ""  # one of INTEGRATION
    stackable_towards: str = ""
    further_information: str = ""

    def is_empty(self) -> bool:
        return self == EuElements()

    def to_json(self) -> dict[str, Any]:
        data = {k: v for k, v in asdict(self).items() if v not in ("", (), None, False)}
        if "learning_outcomes" in data:
            data["learning_outcomes"] = list(data["learning_outcomes"])
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> EuElements:
        if not data:
            return cls()
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        if "learning_outcomes" in values:
            values["learning_outcomes"] = tuple(values["learning_outcomes"])
        return cls(**values)


@dataclass(frozen=True)
class Completeness:
    present: tuple[str, ...]  # keys of the mandatory elements present
    missing: tuple[str, ...]  # keys of the mandatory elements missing, in the Recommendation's order
    optional: tuple[str, ...]  # keys of the optional elements present

    @property
    def total(self) -> int:
        return len(self.present) + len(self.missing)

    @property
    def complete(self) -> bool:
        return not self.missing

    def missing_names(self) -> list[str]:
        return [LABELS[k] for k in self.missing]

    def sentence(self) -> Said:
        """"EU micro-credential: 10 of 11 mandatory elements — missing: type of quality assurance"."""
        if not self.missing:
            return said(QT_TRANSLATE_NOOP("core", "EU micro-credential: all {total} mandatory elements"),
                        total=self.total)
        return said(QT_TRANSLATE_NOOP("core", "EU micro-credential: {present} of {total} mandatory elements "
                                              "— missing: {missing}"),
                    present=len(self.present), total=self.total,
                    missing=joined([said(LABELS[k]) for k in self.missing], ", "))


def check(eu: EuElements, *, title: str, issuer_name: str, issuer_country: str,
          graded: bool) -> Completeness:
    """Which elements an achievement's credentials will carry. The learner and the date of issue
    are in every credential Badgesmith signs; the grade is there when results are scored or
    levelled (``graded``)."""
    have = {
        "learner": True,
        "title": bool(title.strip()),
        "country": bool(issuer_country.strip()),
        "awarding_body": bool(issuer_name.strip()),
        "date_of_issue": True,
        "learning_outcomes": any(o.strip() for o in eu.learning_outcomes),
        "workload": eu.workload_hours is not None and eu.workload_hours > 0,
        "level": eu.level_not_applicable or bool(eu.level.strip() and eu.level_framework.strip()),
        "assessment_type": bool(eu.assessment_type.strip()),
        "participation": eu.participation in PARTICIPATION,
        "quality_assurance": bool(eu.quality_assurance.strip()),
    }
    optional = {
        "prerequisites": bool(eu.prerequisites.strip()),
        "supervision": eu.supervision in SUPERVISION,
        "grade": graded,
        "integration": eu.integration in INTEGRATION,
        "further_information": bool(eu.further_information.strip()),
    }
    return Completeness(present=tuple(k for k, _ in MANDATORY if have[k]),
                        missing=tuple(k for k, _ in MANDATORY if not have[k]),
                        optional=tuple(k for k, _ in OPTIONAL if optional[k]))


def validate(eu: EuElements) -> EuElements:
    """The elements trimmed, or ValidationError naming the first problem."""
    def text(value: str, what: str) -> str:
        value = value.strip()
        if len(value) > TEXT_MAX_CHARS:
            raise ValidationError(f"The {what} is {len(value)} characters; the limit is {TEXT_MAX_CHARS}.")
        return value

    outcomes = tuple(text(o, "learning outcome") for o in eu.learning_outcomes if o.strip())
    if len(outcomes) > OUTCOMES_MAX:
        raise ValidationError(f"{len(outcomes)} learning outcomes are listed; the limit is {OUTCOMES_MAX}.")
    hours = eu.workload_hours
    if hours is not None and not 0 <= hours <= MAX_HOURS:
        raise ValidationError(f"The notional workload must be between 0 and {MAX_HOURS:,} hours.")
    for value, allowed, what in ((eu.participation, PARTICIPATION, "form of participation"),
                                 (eu.supervision, SUPERVISION, "supervision"),
                                 (eu.integration, INTEGRATION, "integration")):
        if value and value not in allowed:
            raise ValidationError(f"The {what} is one of {', '.join(allowed)}, not {value!r}.")
    level = text(eu.level, "level")
    if level and is_eqf(eu.level_framework) and level not in EQF_LEVELS:
        raise ValidationError(f"An EQF level is a number from 1 to 8, not '{level}'.")
    level_url = text(eu.level_url, "level's web address")
    if level_url and not _is_web_address(level_url):
        raise ValidationError(f"The level's web address '{level_url}' is not a web address.")
    return replace(
        eu, learning_outcomes=outcomes,
        level_framework=text(eu.level_framework, "level's framework"), level=level,
        level_url=level_url, assessment_type=text(eu.assessment_type, "type of assessment"),
        quality_assurance=text(eu.quality_assurance, "type of quality assurance"),
        prerequisites=text(eu.prerequisites, "prerequisites"),
        stackable_towards=text(eu.stackable_towards, "credential it stacks towards")
        if eu.integration == "stackable" else "",
        further_information=text(eu.further_information, "further information"),
    )


def is_eqf(framework: str) -> bool:
    """The level's framework is the European Qualifications Framework (named in full or "EQF")."""
    return framework.strip().casefold() in (EQF.casefold(), "eqf")


def _is_web_address(value: str) -> bool:
    u = urlparse(value)
    return u.scheme in ("http", "https") and bool(u.netloc)


def alignments(eu: EuElements) -> tuple[AlignmentInfo, ...]:
    """The elements OB 3.0 has no property for, as alignments (see the module's docstring)."""
    def element(key: str, name: str, code: str | None = None, url: str = RECOMMENDATION_URL) -> AlignmentInfo:
        return AlignmentInfo(target_name=name, target_url=url, target_code=code,
                             target_framework=RECOMMENDATION, target_type=_TARGET_TYPE[key],
                             target_description=f"EU micro-credential element: {LABELS[key]}")

    out: list[AlignmentInfo] = []
    if not eu.level_not_applicable and eu.level and eu.level_framework:
        eqf = is_eqf(eu.level_framework)
        out.append(AlignmentInfo(
            target_name=f"{'EQF' if eqf else eu.level_framework} level {eu.level}",
            target_url=eu.level_url or (EQF_URL if eqf else RECOMMENDATION_URL),
            target_code=eu.level, target_framework=EQF if eqf else eu.level_framework,
            target_type=LEVEL_TYPE))
    out += [element("learning_outcomes", o) for o in eu.learning_outcomes]
    if eu.workload_hours:
        hours = f"{eu.workload_hours:g}"
        out.append(element("workload", f"{hours} hours", code=f"PT{hours}H"))
    if eu.assessment_type:
        out.append(element("assessment_type", eu.assessment_type))
    if eu.participation:
        out.append(element("participation", _WORDS[eu.participation], code=eu.participation))
    if eu.quality_assurance:
        out.append(element("quality_assurance", eu.quality_assurance))
    if eu.prerequisites:
        out.append(element("prerequisites", eu.prerequisites))
    if eu.supervision:
        out.append(element("supervision", _WORDS[eu.supervision], code=eu.supervision))
    if eu.integration:
        towards = f": towards {eu.stackable_towards}" if eu.stackable_towards else ""
        out.append(element("integration", _WORDS[eu.integration] + towards, code=eu.integration))
    if eu.further_information:
        info = eu.further_information
        out.append(element("further_information", info,
                           url=info if _is_web_address(info) else RECOMMENDATION_URL))
    return tuple(out)
