"""Credentials from other, trusted issuers: verified when added, counted towards pathways that
name their achievement by IRI, listed as evidence, carried in the learner's record, erased with
the learner, and a removal flags what rested on them."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from badgesmith.cli import main
from badgesmith.core.errors import ValidationError
from badgesmith.core.pathways.requirements import from_json
from badgesmith.core.services import (
    erasure,
    imported,
    issuer,
    issuing,
    learner_record,
    pathway_awards,
    pathways,
    register,
    verification,
)
from badgesmith.core.store.models import Credential
from badgesmith.core.store.workspace import Workspace
from tests.core.record_data import PASSPHRASE, achievement, learner, signed_award


@pytest.fixture
def partner(tmp_path: Path):
    """Another provider's workspace that awarded Ana Lima 'Python Basics'."""
    w = Workspace.open(tmp_path / "partner")
    issuer.init_issuer(w, "Partner Academy", PASSPHRASE, url="https://partner.example.org")
    python = achievement(w, "Python Basics")
    cid = signed_award(w, learner(w, "Ana Lima"), python, date(2026, 2, 1))
    yield w, cid
    w.close()


def _file(w: Workspace, cid: str, folder: Path) -> Path:
    with w.read_session() as s:
        c = s.get(Credential, cid)
        assert c is not None
        out = folder / "python.json"
        out.write_text(c.signed_json, encoding="utf-8")
        return out


@pytest.fixture
def setup(ws: Workspace, partner, tmp_path: Path):
    w, cid = partner
    card = issuer.export_issuer_card(w, PASSPHRASE, tmp_path / "partner.card")
    python_iri = json.loads(_file(w, cid, tmp_path).read_text())["credentialSubject"]["achievement"]["id"]
    excel = achievement(ws, "Excel Basics")
    analyst = achievement(ws, "Data Analyst")
    pathways.set_requirement(ws, analyst, from_json({"all_of": [{"achievement": excel}, {"external": python_iri}]}))
    ana = learner(ws, "Ana Lima")
    signed_award(ws, ana, excel, date(2026, 3, 1))
    return {"file": _file(w, cid, tmp_path), "card": card, "cid": cid, "ana": ana, "analyst": analyst,
            "iri": python_iri}


def test_an_added_credential_counts_towards_a_pathway(ws: Workspace, setup, tmp_path: Path) -> None:
    ana = setup["ana"]
    [p] = pathways.progress(ws, ana)
    assert not p.met and p.needs == (f"needs {setup['iri']}",)
    with pytest.raises(ValidationError, match="unknown key"):  # not trusted yet
        imported.add_credential(ws, ana, setup["file"])
    issuer.import_trusted_issuer(ws, setup["card"])
    added = imported.add_credential(ws, ana, setup["file"])
    assert (added.achievement_name, added.issuer_name, added.awarded) == ("Python Basics", "Partner Academy",
                                                                          date(2026, 2, 1))
    with pytest.raises(ValidationError, match="added already"):
        imported.add_credential(ws, ana, setup["file"])
    [p] = pathways.progress(ws, ana)
    assert p.met and p.award_date == date(2026, 3, 1)
    assert pathways.list_pathways(ws)[0].description == "All of: Excel Basics, Python Basics"

    [issued] = issuing.issue_batch(ws, pathway_awards.pathway_cohort(ws, setup["analyst"]), PASSPHRASE,
                                   tmp_path / "out", workers=1).issued
    doc = json.loads(issued.json.read_text(encoding="utf-8"))
    assert setup["cid"] in [e["id"] for e in doc["evidence"]]
    assert verification.verify_path(ws, issued.json).verified

    imported.remove(ws, added.id)  # e.g. the partner revoked it: what rested on it waits for review
    review = register.get_credential(ws, issued.credential_id).row.review
    assert review is not None and review.startswith(f"Python Basics ({setup['cid']}), a credential from another")
    assert f"no longer meets Data Analyst: needs {setup['iri']}" in review  # no added credential names it now


def test_what_is_refused(ws: Workspace, setup, tmp_path: Path) -> None:
    issuer.import_trusted_issuer(ws, setup["card"])
    bob = learner(ws, "Bob Stone")
    with pytest.raises(ValidationError, match="issued to Ana Lima, not Bob Stone"):
        imported.add_credential(ws, bob, setup["file"])
    forged = tmp_path / "forged.json"
    forged.write_text(setup["file"].read_text().replace("Python Basics", "Python Expert"), encoding="utf-8")
    with pytest.raises(ValidationError, match="was not added"):
        imported.add_credential(ws, setup["ana"], forged)
    ours = signed_award(ws, setup["ana"], achievement(ws, "Charts"), date(2026, 3, 2))
    with ws.read_session() as s:
        own = tmp_path / "own.json"
        own.write_text(s.get(Credential, ours).signed_json, encoding="utf-8")  # type: ignore[union-attr]
    with pytest.raises(ValidationError, match="issued by this workspace"):
        imported.add_credential(ws, setup["ana"], own)
    junk = tmp_path / "junk.json"
    junk.write_bytes(b"\xff\xfe{")
    with pytest.raises(ValidationError, match="does not hold a credential that can be read: it is not UTF-8 JSON"):
        imported.add_credential(ws, setup["ana"], junk)


def test_the_record_carries_it_and_erasure_removes_it(ws: Workspace, setup) -> None:
    issuer.import_trusted_issuer(ws, setup["card"])
    imported.add_credential(ws, setup["ana"], setup["file"])
    signed_award(ws, setup["ana"], setup["analyst"], date(2026, 3, 5))
    record = learner_record.clr_credential(ws, setup["ana"], PASSPHRASE)
    nested = record["credentialSubject"]["verifiableCredential"]
    assert setup["cid"] in [d["id"] for d in nested]
    assert {"type": "Association", "associationType": "isChildOf", "sourceId": setup["iri"],
            "targetId": nested[-2]["credentialSubject"]["achievement"]["id"]} in record["credentialSubject"][
        "association"] or any(a["sourceId"] == setup["iri"] for a in record["credentialSubject"]["association"])
    erasure.erase_learner(ws, setup["ana"])
    assert imported.list_for(ws, setup["ana"]) == []


def test_cli_add_credential(ws: Workspace, setup, capsys) -> None:
    issuer.import_trusted_issuer(ws, setup["card"])
    folder = str(ws.folder)
    assert main(["--workspace", folder, "learners", "add-credential", "Ana Lima", str(setup["file"])]) == 0
    assert "Added Python Basics from Partner Academy (awarded 2026-02-01)" in capsys.readouterr().out
    assert main(["--workspace", folder, "learners", "add-credential", "Ana Lima", str(setup["file"])]) == 1
    assert "added already" in capsys.readouterr().err


def test_no_longer_trusting_an_issuer_flags_what_rested_on_its_credentials(ws: Workspace, setup,
                                                                          tmp_path: Path) -> None:
    trusted = issuer.import_trusted_issuer(ws, setup["card"])
    imported.add_credential(ws, setup["ana"], setup["file"])
    [issued] = issuing.issue_batch(ws, pathway_awards.pathway_cohort(ws, setup["analyst"]), PASSPHRASE,
                                   tmp_path / "out", workers=1).issued
    issuer.remove_trusted_issuer(ws, trusted.id)
    assert not pathways.progress(ws, setup["ana"])[0].met  # it no longer counts
    review = register.get_credential(ws, issued.credential_id).row.review
    assert review is not None and "stopped being a trusted issuer" in review
