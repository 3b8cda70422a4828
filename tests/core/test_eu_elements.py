"""EU micro-credential elements: the completeness check names exactly what is missing, each
element lands where docs/eu-micro-credentials.md says, and the credential stays OB 3.0 exact."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace

import pytest

from badgesmith.core.credentials.schema import schema_problems
from badgesmith.core.errors import ValidationError
from badgesmith.core.eu_elements import (
    EQF,
    MANDATORY,
    RECOMMENDATION,
    EuElements,
    check,
)
from badgesmith.core.services import achievements, cohorts, issuer, issuing

FULL = EuElements(
    learning_outcomes=("Perform CPR.", "Control bleeding."), workload_hours=16, level_framework=EQF, level="3",
    assessment_type="Observed practical scenarios", participation="on-site",
    quality_assurance="Second-assessor moderation", prerequisites="None.",
    supervision="supervised-identity-verified", integration="stackable", stackable_towards="First Aid Diploma",
    further_information="https://example.org/first-aid")


def _check(eu: EuElements, country: str = "IE", name: str = "Northbridge", graded: bool = True):
    return check(eu, title="First Aid", issuer_name=name, issuer_country=country, graded=graded)


def test_a_full_achievement_has_all_eleven_mandatory_elements():
    result = _check(FULL)
    assert (len(result.present), result.total, result.missing) == (11, 11, ())
    assert result.sentence() == "EU micro-credential: all 11 mandatory elements"
    assert result.optional == ("prerequisites", "supervision", "grade", "integration", "further_information")


@pytest.mark.parametrize(("change", "missing"), [
    ({"learning_outcomes": ("  ",)}, ["learning outcomes"]),
    ({"workload_hours": None}, ["notional workload"]),
    ({"workload_hours": 0.0}, ["notional workload"]),
    ({"level": ""}, ["level"]),
    ({"level_framework": ""}, ["level"]),
    ({"assessment_type": ""}, ["type of assessment"]),
    ({"participation": ""}, ["form of participation"]),
    ({"quality_assurance": " "}, ["type of quality assurance"]),
    ({"assessment_type": "", "quality_assurance": ""}, ["type of assessment", "type of quality assurance"]),
])
def test_the_check_names_exactly_the_missing_elements(change, missing):
    result = _check(replace(FULL, **change))
    assert result.missing_names() == missing
    assert len(result.present) == 11 - len(missing)
    assert result.sentence() == (f"EU micro-credential: {11 - len(missing)} of 11 mandatory elements — "
                                 f"missing: {', '.join(missing)}")


def test_level_not_applicable_counts_as_answered_and_the_profile_supplies_the_rest():
    assert _check(replace(FULL, level="", level_not_applicable=True)).complete
    assert _check(FULL, country="").missing_names() == ["country or region of the issuer"]
    assert _check(FULL, name=" ").missing_names() == ["awarding body"]
    assert "grade" not in _check(FULL, graded=False).optional
    empty = _check(EuElements(), country="")
    assert [k for k, _ in MANDATORY if k not in empty.missing] == ["learner", "title", "awarding_body",
                                                                   "date_of_issue"]


@pytest.mark.parametrize(("change", "message"), [
    ({"participation": "by post"}, "form of participation"),
    ({"supervision": "sometimes"}, "supervision"),
    ({"workload_hours": -1.0}, "between 0 and"),
    ({"level_url": "ftp://example.org/eqf"}, "not a web address"),
    ({"level": "9"}, "EQF level is a number from 1 to 8"),
    ({"level": "level four"}, "EQF level is a number from 1 to 8"),
    ({"quality_assurance": "x" * 2001}, "limit is 2000"),
    ({"learning_outcomes": tuple(f"Outcome {i}" for i in range(41))}, "limit is 40"),
])
def test_wrong_elements_are_refused_with_a_message(ws, change, message):
    spec = achievements.AchievementSpec(name="First Aid", criteria=(achievements.CriterionSpec("Attended", "status"),),
                                        eu=replace(FULL, **change))
    with pytest.raises(ValidationError, match=message):
        achievements.create_achievement(ws, spec)


def test_a_country_must_be_a_country(ws):
    with pytest.raises(ValidationError, match="not a country code"):
        issuer.update_issuer(ws, "Northbridge", country="XX")
    assert issuer.update_issuer(ws, "Northbridge", country=" ie ").country == "IE"


def test_the_demo_misses_one_element_on_purpose_and_the_cli_names_it(demo_dir):
    run = [sys.executable, "-m", "badgesmith.cli", "--workspace", str(demo_dir), "achievements", "check"]
    out = subprocess.run([*run, "Digital Marketing Workshop", "--json"], capture_output=True, text=True)
    assert out.returncode == 1, out.stderr
    report = json.loads(out.stdout)
    assert report["missing"] == ["type of quality assurance"]
    assert report["mandatory"] == {"present": 10, "total": 11}
    text = subprocess.run([*run, "2"], capture_output=True, text=True)
    assert text.stdout.strip() == ("Digital Marketing Workshop: EU micro-credential: 10 of 11 mandatory "
                                   "elements — missing: type of quality assurance")
    assert subprocess.run([*run, "Practical First Aid"], capture_output=True).returncode == 0
    unknown = subprocess.run([*run, "Pottery"], capture_output=True, text=True)
    assert unknown.returncode == 1 and "No achievement is called 'Pottery'" in unknown.stderr


def test_every_demo_achievement_but_one_is_complete(demo_ws):
    incomplete = {}
    for a in achievements.list_achievements(demo_ws):
        result = achievements.eu_check(demo_ws, achievements.get_achievement(demo_ws, a.id).spec)
        if not result.complete:
            incomplete[a.name] = result.missing_names()
    assert incomplete == {"Digital Marketing Workshop": ["type of quality assurance"]}


def issued_first_aid(ws, tmp_path) -> dict:
    cohort = next(c for c in cohorts.list_cohorts(ws) if c.achievement_name == "Practical First Aid")
    item = issuing.issue_batch(ws, cohort.id, "demo", tmp_path / "out", workers=1).issued[0]
    return json.loads(item.json.read_text(encoding="utf-8"))


def test_each_element_is_where_the_mapping_puts_it(demo_ws, tmp_path):
    doc = issued_first_aid(demo_ws, tmp_path)
    assert schema_problems(doc) == []
    assert doc["issuer"]["address"] == {"type": ["Address"], "addressCountry": "Ireland",
                                        "addressCountryCode": "IE", "addressRegion": "Leinster"}
    achievement = doc["credentialSubject"]["achievement"]
    assert achievement["name"] == "Practical First Aid" and achievement["creditsAvailable"] == 1.0
    by_type: dict[str, list[dict]] = {}
    for a in achievement["alignment"]:
        by_type.setdefault(a.get("targetType", ""), []).append(a)
    [level] = by_type["ext:QualificationsFrameworkLevel"]
    assert (level["targetFramework"], level["targetCode"], level["targetName"]) == (EQF, "3", "EQF level 3")
    assert [a["targetName"] for a in by_type["ext:LearningOutcome"]][0].startswith("Perform cardiopulmonary")
    assert by_type["ext:NotionalWorkload"][0]["targetCode"] == "PT16H"
    assert by_type["ext:FormOfParticipation"][0]["targetCode"] == "on-site"
    assert by_type["ext:QualityAssurance"][0]["targetName"].startswith("Internal: a second assessor")
    assert by_type["ext:SupervisionAndIdentityVerification"][0]["targetCode"] == "supervised-identity-verified"
    assert by_type["ext:FurtherInformation"][0]["targetUrl"] == "https://northbridge.example.org/courses/practical-first-aid"
    for kind in ("ext:LearningOutcome", "ext:NotionalWorkload", "ext:AssessmentType", "ext:QualityAssurance"):
        assert all(a["targetFramework"] == RECOMMENDATION for a in by_type[kind])
    assert doc["credentialSubject"]["result"], "the grade achieved is the credential's result"
    # the trainer's own alignment is still there, beside the EU elements
    assert "Emergency First Aid at Work" in [a["targetName"] for a in achievement["alignment"]]


def test_changing_eu_elements_after_issuing_makes_a_new_version(demo_ws, tmp_path):
    issued_first_aid(demo_ws, tmp_path)
    aid = achievements.find_achievement(demo_ws, "practical first aid")
    before = achievements.get_achievement(demo_ws, aid)
    spec = replace(before.spec, eu=replace(before.spec.eu, workload_hours=20))
    after = achievements.update_achievement(demo_ws, aid, spec)
    assert after.current.number == before.current.number + 1
    assert after.spec.eu.workload_hours == 20
    assert achievements.get_achievement(demo_ws, aid).versions[0].uuid == before.current.uuid
