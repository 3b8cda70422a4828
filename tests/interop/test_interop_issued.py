"""Credentials made by the issuing pipeline from the demo workspace verify in the JS stack."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from badgesmith.core.services import cohorts, issuing

from .test_interop_js import js  # noqa: F401  (the warm node process fixture)


@pytest.mark.interop
def test_every_demo_credential_verifies_in_the_reference_stack(js, demo_ws, tmp_path):  # noqa: F811
    issued = []
    for c in cohorts.list_cohorts(demo_ws):
        issued += issuing.issue_batch(demo_ws, c.id, "demo", tmp_path / "out", workers=1).issued
    assert len(issued) > 30
    scripts = {"greek": "Γ", "cyrillic": "Д", "cjk": "王", "arabic": "م"}
    seen = {k for k, ch in scripts.items() if any(ch in i.name for i in issued)}
    assert len(seen) >= 3, "demo names in several scripts were issued"
    for item in issued:
        doc = json.loads(item.json.read_text(encoding="utf-8"))
        result = js.verify(doc)
        assert result["verified"], (item.name, result.get("error"))
    doc = json.loads(issued[0].json.read_text(encoding="utf-8"))
    doc["credentialSubject"]["name"] = doc["credentialSubject"]["name"] + "x"
    assert not js.verify(doc)["verified"]


@pytest.mark.interop
def test_pathway_credentials_verify_in_the_reference_stack(js, tmp_path):  # noqa: F811
    from badgesmith.core.services import register
    from badgesmith.core.services.demo import create_demo
    from badgesmith.core.services.pathways import list_pathways

    ws = create_demo(tmp_path / "demo")  # with its pathway, awarded on issued components
    try:
        [pathway] = list_pathways(ws)
        rows = [r for r in register.list_credentials(ws, limit=1000) if r.achievement_id == pathway.achievement_id]
    finally:
        ws.close()
    assert len(rows) >= 3
    for row in rows:
        doc = json.loads(Path(row.json_path or "").read_text(encoding="utf-8"))
        assert "Spreadsheet Skills Assessment" in [e["name"] for e in doc["evidence"]]
        result = js.verify(doc)
        assert result["verified"], (row.recipient_name, result.get("error"))
    claimed = doc["evidence"][0]["id"]
    doc["evidence"][0]["id"] = claimed[:-1] + ("1" if claimed.endswith("0") else "0")  # another component claimed
    assert not js.verify(doc)["verified"]
