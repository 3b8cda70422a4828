"""The learner's whole record (CLR 2.0), made from a workspace and verified as a verifier would."""

from __future__ import annotations

import json
import os
import stat
from datetime import UTC, date, datetime, timedelta

import pytest

from badgesmith.cli import main
from badgesmith.core.errors import NotFound, ValidationError
from badgesmith.core.services import learner_record, verification
from badgesmith.core.services.erasure import erase_learner
from badgesmith.core.store.models import Credential
from tests.core.record_data import PASSPHRASE, achievement, learner, make_pathway, signed_award

D = date(2025, 3, 1)


@pytest.fixture
def stacked(ws):
    """Ana holds two modules and the pathway made of them (and of a third she lacks); Bo holds one."""
    a, b, c = (achievement(ws, n) for n in ("Pivot Tables", "Charts", "Macros"))
    p = make_pathway(ws, "Spreadsheet Certificate", [a, b])
    ana, bo = learner(ws, "Ana Silva"), learner(ws, "Bo Chen")
    ids = {n: signed_award(ws, ana, x, D + timedelta(days=i)) for i, (n, x) in
           enumerate((("a", a), ("b", b), ("p", p)))}
    signed_award(ws, bo, a, D)
    return {"ana": ana, "bo": bo, "ids": ids, "c": c}


def _verify(ws, record, tmp_path, name="record.json"):
    path = tmp_path / name
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return verification.verify_path(ws, path)


def test_a_record_holds_the_learners_credentials_as_signed_and_verifies(ws, stacked, tmp_path):
    record = learner_record.clr_credential(ws, stacked["ana"], PASSPHRASE)
    assert record["@context"] == ["https://www.w3.org/ns/credentials/v2",
                                  "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json",
                                  "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"]
    assert record["type"] == ["VerifiableCredential", "ClrCredential"]
    subject = record["credentialSubject"]
    assert subject["type"] == ["ClrSubject"] and subject["name"] == "Ana Silva"
    assert subject["identifier"][0]["identityType"] == "emailAddress"
    with ws.read_session() as s:
        stored = {c.id: json.loads(c.signed_json) for c in s.query(Credential).filter_by(learner_id=stacked["ana"])}
    assert subject["verifiableCredential"] == list(stored.values())  # exactly as stored, oldest first
    assert [a["name"] for a in subject["achievement"]] == ["Pivot Tables", "Charts", "Spreadsheet Certificate"]
    iri = {a["name"]: a["id"] for a in subject["achievement"]}
    links = {(x["associationType"], x["sourceId"], x["targetId"]) for x in subject["association"]}
    p = iri["Spreadsheet Certificate"]
    assert links == {("isChildOf", iri["Pivot Tables"], p), ("isParentOf", p, iri["Pivot Tables"]),
                     ("isChildOf", iri["Charts"], p), ("isParentOf", p, iri["Charts"])}

    report = _verify(ws, record, tmp_path)
    assert report.verified, report.lines()
    assert report.facts["Learner"] == "Ana Silva" and report.facts["Record"] == "Learner record"
    assert [n.credential_id for n in report.parts] == list(stored)
    assert all(n.verified for n in report.parts)
    text = "\n".join(report.lines())
    assert "each verified on its own" in text and "Spreadsheet Certificate" in text


def test_one_changed_byte_in_a_nested_credential_fails_and_names_it(ws, stacked, tmp_path):
    record = learner_record.clr_credential(ws, stacked["ana"], PASSPHRASE)
    nested = record["credentialSubject"]["verifiableCredential"][1]
    nested["credentialSubject"]["achievement"]["name"] = "Charts!"
    report = _verify(ws, record, tmp_path)
    assert not report.verified
    assert nested["id"] in report.summary and "Charts!" in report.summary
    assert [n.verified for n in report.parts] == [True, False, True]
    # a changed proofValue: the nested signature no longer holds either
    record = learner_record.clr_credential(ws, stacked["ana"], PASSPHRASE)
    proof = record["credentialSubject"]["verifiableCredential"][0]["proof"][0]
    proof["proofValue"] = proof["proofValue"][:-2] + ("A" if proof["proofValue"][-2] != "A" else "B") + \
        proof["proofValue"][-1]
    report = _verify(ws, record, tmp_path)
    assert not report.verified and stacked["ids"]["a"] in report.summary


def test_revoked_replaced_and_expired_credentials_stay_out(ws, stacked):
    ana = stacked["ana"]
    old = signed_award(ws, ana, stacked["c"], D, valid_until=datetime(2025, 6, 1, tzinfo=UTC))
    with ws.session() as s:
        s.get(Credential, stacked["ids"]["b"]).status = "revoked"
    record = learner_record.clr_credential(ws, ana, PASSPHRASE)
    held = [c["id"] for c in record["credentialSubject"]["verifiableCredential"]]
    assert held == [stacked["ids"]["a"], stacked["ids"]["p"]] and old not in held
    assert "association" in record["credentialSubject"]  # Pivot Tables still links to the pathway
    assert {x["sourceId"] for x in record["credentialSubject"]["association"]} == {
        a["id"] for a in record["credentialSubject"]["achievement"]}


def test_no_record_without_a_current_credential_or_a_learner(ws, stacked):
    nobody = learner(ws, "Cy Nobody")
    with pytest.raises(ValidationError, match="Cy Nobody holds no current credential"):
        learner_record.clr_credential(ws, nobody, PASSPHRASE)
    erase_learner(ws, stacked["bo"])
    with pytest.raises(NotFound):
        learner_record.clr_credential(ws, stacked["bo"], PASSPHRASE)


def test_credentials_under_another_name_are_refused_with_a_sentence(ws, stacked):
    signed_award(ws, stacked["ana"], stacked["c"], D, name="Ana Silva-Old")
    with pytest.raises(ValidationError, match="another name .*'Ana Silva-Old'"):
        learner_record.clr_credential(ws, stacked["ana"], PASSPHRASE)


def test_cli_export_clr_writes_a_private_file_that_verifies(ws, stacked, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("BADGESMITH_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "ana.json"
    folder = str(ws.folder)
    assert main(["--workspace", folder, "export", "clr", "--learner", "Ana Silva", str(out)]) == 0
    assert "Wrote" in capsys.readouterr().out
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert main(["--workspace", folder, "verify", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "VERIFIED" in printed and "[ok ] 3." in printed
    assert main(["--workspace", folder, "export", "clr", "--learner", "Nobody Here", str(tmp_path / "x.json")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "No learner" in err and not (tmp_path / "x.json").exists()
