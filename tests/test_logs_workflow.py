"""A full workflow through the CLI leaves useful logs with no secret in them."""

from __future__ import annotations

import base64
import json
import logging
from pathlib import Path

from badgesmith.cli import main
from badgesmith.core.credentials.keys import seed_of
from badgesmith.core.credentials.multikey import encode_private_multikey
from badgesmith.core.services import issuer
from badgesmith.core.store.workspace import Workspace
from tests.conftest import FIXTURES

PASSPHRASE = "correct horse battery staple"


def test_logs_of_a_full_workflow_hold_no_secret(tmp_path, monkeypatch, capsys):
    logs = tmp_path / "logs"
    monkeypatch.setenv("BADGESMITH_LOG_DIR", str(logs))
    monkeypatch.setenv("BADGESMITH_PASSPHRASE", PASSPHRASE)
    ws = str(tmp_path / "ws")
    out = tmp_path / "out"
    assert main(["--workspace", ws, "init", "--issuer-name", "Log Test College"]) == 0
    from badgesmith.core.services import achievements as ach
    from badgesmith.core.services import cohorts

    with Workspace.open(ws) as w:
        a = ach.create_achievement(w, ach.AchievementSpec(
            name="Logging 101", criteria=(ach.CriterionSpec("Attendance", "status"),)))
        cohorts.create_cohort(w, "Log cohort", a.id)
    assert main(["--workspace", ws, "learners", "import", str(FIXTURES / "import" / "learners_utf8_bom.csv")]) == 0
    with Workspace.open(ws) as w:
        from badgesmith.core.services import assessment, learners

        cid = cohorts.find_cohort(w, "Log cohort")
        ids = [x.id for x in learners.list_learners(w)]
        cohorts.enrol(w, cid, ids)
        crit = assessment.criteria_for_cohort(w, cid)[0]
        assessment.record_results(w, cid, [(i, crit.id, "attended") for i in ids])
    capsys.readouterr()
    assert main(["--workspace", ws, "issue", "--cohort", "Log cohort", "--out", str(out), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    first = summary["issued"][0]
    assert main(["--workspace", ws, "verify", first["pdf"]]) == 0
    assert main(["--workspace", ws, "revoke", first["credential_id"], "--reason", "Log test"]) == 0
    assert main(["--workspace", ws, "export", "key-backup", str(tmp_path / "key.json")]) == 0
    assert main(["--workspace", ws, "export", "issuer-card", str(tmp_path / "card.json")]) == 0
    monkeypatch.setenv("BADGESMITH_PASSPHRASE", "a wrong " + PASSPHRASE)
    assert main(["--workspace", ws, "issue", "--cohort", "Log cohort", "--out", str(out)]) == 1
    logging.shutdown()

    text = "\n".join(p.read_text(encoding="utf-8") for p in logs.glob("badgesmith.log*"))
    # the log is real: it tells what happened
    assert "credential.issued" in text and "credential.revoked" in text and "issue cohort" in text
    assert "passphrase is wrong" in text
    # and it holds no secret
    with Workspace.open(ws) as w:
        _, key = issuer.unlock_key(w, PASSPHRASE)
    seed = seed_of(key.private_key)
    secrets = {PASSPHRASE, seed.hex(), base64.b64encode(seed).decode(), encode_private_multikey(seed)}
    backup = json.loads((tmp_path / "key.json").read_text())
    secrets.add(backup["encryptedKey"][:40])
    for item in summary["issued"]:
        doc = json.loads(Path(item["json"]).read_text(encoding="utf-8"))
        for ident in doc["credentialSubject"]["identifier"]:
            secrets.add(ident["salt"])
    leaked = sorted(s for s in secrets if s in text)
    assert leaked == []
