"""Credentials made by the issuing pipeline from the demo workspace verify in the JS stack."""

from __future__ import annotations

import json

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
