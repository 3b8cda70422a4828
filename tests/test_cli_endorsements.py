"""Endorsements from the command line, between two workspaces, as a provider and an employers'
guild would run it: request, endorse, trust, add, list, issue, verify."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from badgesmith.cli import main
from badgesmith.core.store.workspace import Workspace
from tests.core.pathway_data import achievement


@pytest.fixture
def run(capsys, monkeypatch):  # type: ignore[no-untyped-def]
    def _run(*args: str, passphrase: str | None = None) -> tuple[int, str, str]:
        if passphrase is None:
            monkeypatch.delenv("BADGESMITH_PASSPHRASE", raising=False)
        else:
            monkeypatch.setenv("BADGESMITH_PASSPHRASE", passphrase)
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return _run


def test_request_endorse_trust_add_and_verify(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    prov, guild = str(tmp_path / "provider"), str(tmp_path / "guild")
    assert run("--workspace", prov, "init", "--issuer-name", "Northbridge Training", passphrase="provider phrase")[0] == 0
    assert run("--workspace", guild, "init", "--issuer-name", "Guild of Employers", passphrase="guild phrase!")[0] == 0
    with Workspace.open(Path(prov)) as ws:
        achievement(ws, "Forklift Safety")
        achievement(ws, "Crane Safety")
    request, signed = tmp_path / "request.json", tmp_path / "endorsement.json"

    code, out, _ = run("--workspace", prov, "achievements", "endorsement-request", "Forklift Safety", str(request))
    assert code == 0 and "badgesmith endorse" in out
    assert json.loads(request.read_text(encoding="utf-8"))["achievement"]["name"] == "Forklift Safety"

    # the guild: a clear line for a bad date or a day gone by, and nothing written
    code, _, err = run("--workspace", guild, "endorse", str(request), str(signed), "--valid-until", "31/12/2030",
                       passphrase="guild phrase!")
    assert code == 1 and "is not a date: write it as YYYY-MM-DD" in err and not signed.exists()
    code, _, err = run("--workspace", guild, "endorse", str(request), str(signed), "--valid-until", "2001-01-01",
                       passphrase="guild phrase!")
    assert code == 1 and err.count("\n") == 1 and "which has passed" in err and not signed.exists()
    not_a_request = tmp_path / "notes.json"
    not_a_request.write_text('{"type": "Notes"}', encoding="utf-8")
    code, _, err = run("--workspace", guild, "endorse", str(not_a_request), str(signed), passphrase="guild phrase!")
    assert code == 1 and "notes.json is not a Badgesmith endorsement request" in err and not signed.exists()
    code, out, _ = run("--workspace", guild, "endorse", str(request), str(signed), "--comment", "Just what we need.",
                       "--valid-until", "2031-06-30", passphrase="guild phrase!")
    assert code == 0 and "valid until 2031-06-30" in out
    assert json.loads(signed.read_text(encoding="utf-8"))["credentialSubject"]["endorsementComment"] == \
        "Just what we need."
    card = tmp_path / "guild-card.json"
    assert run("--workspace", guild, "export", "issuer-card", str(card), passphrase="guild phrase!")[0] == 0

    # the provider: refused until the guild's key is trusted, refused for another achievement
    code, _, err = run("--workspace", prov, "achievements", "add-endorsement", "Forklift Safety", str(signed))
    assert code == 1 and "which you have not imported as trusted" in err
    code, out, _ = run("--workspace", prov, "issuer", "trust", str(card))
    assert code == 0 and "Trusted Guild of Employers" in out
    code, _, err = run("--workspace", prov, "achievements", "add-endorsement", "Crane Safety", str(signed))
    assert code == 1 and "it endorses Forklift Safety, not Crane Safety" in err
    code, out, _ = run("--workspace", prov, "achievements", "add-endorsement", "Forklift Safety", str(signed), "--json")
    assert code == 0 and json.loads(out)["endorser_name"] == "Guild of Employers"
    code, out, _ = run("--workspace", prov, "achievements", "endorsements", "Forklift Safety")
    assert code == 0 and "Guild of Employers" in out and "valid until 2031-06-30" in out and "Just what we need." in out
    code, out, _ = run("--workspace", prov, "achievements", "endorsements", "Forklift Safety", "--json")
    [listed] = json.loads(out)
    assert listed["status"] == "valid" and listed["carried"] is True

    # verify, on the endorsement file itself
    code, out, _ = run("--workspace", prov, "verify", str(signed))
    assert code == 0 and "Endorsed by Guild of Employers" in out
    code, out, _ = run("--workspace", prov, "verify", str(signed), "--json")
    [report] = json.loads(out)
    assert report["kind"] == "endorsement" and report["verified"]
    bad = tmp_path / "bad.json"
    doc = json.loads(signed.read_text(encoding="utf-8"))
    doc["credentialSubject"]["endorsementComment"] = "Mandatory."
    bad.write_text(json.dumps(doc), encoding="utf-8")
    code, out, _ = run("--workspace", prov, "verify", str(bad))
    assert code == 1 and "Endorsed by" not in out and "signature does not match" in out
