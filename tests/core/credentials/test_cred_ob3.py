"""The OB 3.0 builder: DESIGN section 3 field by field, the official schema, undefined terms."""

from __future__ import annotations

import copy
import hashlib
import json
from dataclasses import replace
from datetime import timedelta

import pytest
from cred_factories import T0, full_input, minimal_input

from badgesmith.core.credentials import ob3, statuslist
from badgesmith.core.credentials.errors import SigningError, UndefinedTermError
from badgesmith.core.credentials.safejsonld import check_document
from badgesmith.core.credentials.schema import schema_problems


def test_full_credential_shape(issuer_did) -> None:
    entry = statuslist.status_entry("https://training.example/status/1", 3)
    c = ob3.build_and_check(full_input(issuer_did, status_entry=entry))
    assert c["@context"] == [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]
    assert c["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert c["id"].startswith("urn:uuid:")
    assert c["validFrom"] == "2025-03-01T09:30:00Z"
    assert c["validUntil"] == "2027-03-01T09:30:00Z"
    assert c["awardedDate"] == "2025-02-28T09:30:00Z"
    assert c["name"] and c["description"]
    assert c["issuer"]["id"] == issuer_did and c["issuer"]["type"] == ["Profile"]
    assert c["issuer"]["image"] == {"id": full_input(issuer_did).issuer.image.id, "type": "Image"}
    subject = c["credentialSubject"]
    assert subject["type"] == ["AchievementSubject"]
    assert subject["name"] == "Μαρία Παπαδοπούλου"
    ach = subject["achievement"]
    assert ach["type"] == ["Achievement"] and ach["criteria"]["narrative"].startswith("# Criteria")
    assert ach["image"]["type"] == "Image"
    assert all(a["type"] == ["Alignment"] for a in ach["alignment"])
    assert all(rd["type"] == ["ResultDescription"] for rd in ach["resultDescription"])
    assert all(r["type"] == ["Result"] for r in subject["result"])
    assert c["evidence"][0]["type"] == ["Evidence"]
    assert c["credentialStatus"] == entry
    assert schema_problems(c) == []


def test_identity_object_is_salted_hashed_email(issuer_did) -> None:
    c1 = ob3.build_credential(replace(full_input(issuer_did), recipient=ob3.RecipientInfo("A", " Maria@Example.ORG ")))
    c2 = ob3.build_credential(replace(full_input(issuer_did), recipient=ob3.RecipientInfo("A", "maria@example.org")))
    i1, i2 = c1["credentialSubject"]["identifier"][0], c2["credentialSubject"]["identifier"][0]
    assert i1["type"] == "IdentityObject" and i1["identityType"] == "emailAddress" and i1["hashed"] is True
    assert i1["identityHash"] == "sha256$" + hashlib.sha256(("maria@example.org" + i1["salt"]).encode()).hexdigest()
    assert i1["salt"] != i2["salt"] and i1["identityHash"] != i2["identityHash"]  # unlinkable
    for c in (c1, c2):  # the address itself is nowhere, in any case or spacing
        assert "maria" not in json.dumps(c, ensure_ascii=False).lower()


def test_student_number_and_no_email_fallback(issuer_did) -> None:
    c = ob3.build_and_check(full_input(issuer_did))
    kinds = [i["identityType"] for i in c["credentialSubject"]["identifier"]]
    assert kinds == ["emailAddress", ob3.STUDENT_NUMBER_IDENTITY_TYPE]
    c = ob3.build_and_check(minimal_input(issuer_did, name="  Λ. Ω  "))
    (ident,) = c["credentialSubject"]["identifier"]
    assert ident["identityType"] == "name"
    assert ident["identityHash"] == ob3.identity_hash("Λ. Ω", ident["salt"])
    assert schema_problems(c) == []


def test_minimal_credential_has_no_optional_fields(issuer_did) -> None:
    c = ob3.build_and_check(minimal_input(issuer_did))
    assert "validUntil" not in c and "evidence" not in c and "credentialStatus" not in c
    assert c["awardedDate"] == c["validFrom"]
    assert schema_problems(c) == []


def test_builder_refuses_nonsense(issuer_did) -> None:
    with pytest.raises(SigningError, match="expire before"):
        ob3.build_credential(replace(minimal_input(issuer_did), valid_until=T0 - timedelta(days=1)))
    with pytest.raises(SigningError, match="name"):
        ob3.build_credential(minimal_input(issuer_did, name="   "))


@pytest.mark.parametrize(
    "where,expected",
    [
        (lambda c: c.__setitem__("bogus", 1), "bogus"),
        (lambda c: c["credentialSubject"].__setitem__("email", "x@y"), "credentialSubject.email"),
        (lambda c: c["credentialSubject"]["achievement"].__setitem__("colour", "red"), "credentialSubject.achievement.colour"),
        (lambda c: c["credentialSubject"]["result"][1].__setitem__("score", {"id": "urn:x", "value": "1"}),
         "credentialSubject.result.score"),
        (lambda c: c["issuer"].__setitem__("twitter", "@x"), "issuer.twitter"),
        # 'evidence' is defined on the credential but not inside the subject (type-scoped terms)
        (lambda c: c["credentialSubject"].__setitem__("evidence", [{"name": "x"}]), "credentialSubject.evidence"),
    ],
)
def test_undefined_term_refused_with_path(issuer_did, where, expected) -> None:
    c = ob3.build_and_check(full_input(issuer_did))
    where(c)
    with pytest.raises(UndefinedTermError) as exc:
        check_document(c)
    assert exc.value.path == expected


def test_undefined_type_refused(issuer_did) -> None:
    c = ob3.build_and_check(full_input(issuer_did))
    c["credentialSubject"]["achievement"]["type"] = ["Achievement", "Trophy"]
    with pytest.raises(UndefinedTermError, match="Trophy"):
        check_document(c)


def test_every_optional_field_passes_defined_terms_and_schema(issuer_did) -> None:
    entry = statuslist.status_entry("https://training.example/status/1", 3)
    c = ob3.build_and_check(full_input(issuer_did, status_entry=entry))
    assert schema_problems(c) == []
    broken = copy.deepcopy(c)
    broken["credentialSubject"]["identifier"][0]["identityType"] = "email"  # the classic mistake
    broken["credentialSubject"]["achievement"]["type"] = "Achievement"  # string, schema wants array
    del broken["validFrom"]
    problems = schema_problems(broken)
    assert len(problems) >= 3
    assert any("validFrom" in p for p in problems)
    assert any("identityType" in p for p in problems)
    assert any("achievement.type" in p for p in problems)
    assert all(p.endswith(".") for p in problems)


@pytest.mark.parametrize("field", ["validFrom", "awardedDate", "credentialSubject.activityStartDate"])
def test_schema_check_enforces_date_time_formats(issuer_did, field) -> None:
    doc = ob3.build_credential(full_input(issuer_did))
    assert schema_problems(doc) == []
    target, key = (doc["credentialSubject"], field.split(".")[1]) if "." in field else (doc, field)
    target[key] = "2026-03-14"  # a date, not the date-time the official schema demands
    problems = schema_problems(doc)
    assert problems and any(key in p for p in problems)
