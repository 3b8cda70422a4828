"""A learner record (CLR 2.0) made from a workspace, in the reference JavaScript verifier: its
outer proof verifies (the CLR context served offline from resources/), and so does each nested
credential on its own; the reference checks only the outer proof, Badgesmith checks both."""

from __future__ import annotations

import copy
import hashlib
import json
from datetime import date, timedelta

import pytest

from badgesmith.core.credentials.clrterms import CLR_V2
from badgesmith.core.services import learner_record, verification
from badgesmith.resources import resource_path
from tests.core.record_data import PASSPHRASE, achievement, learner, make_pathway, signed_award

from .test_interop_js import js  # noqa: F401  (the warm node process fixture)

pytestmark = pytest.mark.interop
CLR_SHA256 = "880f1902d4158f2f33ce06af41b90719977cd1ea337a9de2e41edb3ff5e543d6"


def test_the_shipped_clr_context_is_the_published_one_byte_for_byte():
    index = json.loads(resource_path("contexts", "index.json").read_text(encoding="utf-8"))
    data = resource_path("contexts", index[CLR_V2]).read_bytes()
    assert hashlib.sha256(data).hexdigest() == CLR_SHA256


def test_a_record_verifies_in_the_reference_stack_and_each_credential_on_its_own(js, ws, tmp_path):  # noqa: F811
    a, b = achievement(ws, "Pivot Tables"), achievement(ws, "Charts")
    p = make_pathway(ws, "Spreadsheet Certificate", [a, b])
    ana = learner(ws, "Μαρία Παπαδοπούλου")
    for i, x in enumerate((a, b, p)):
        signed_award(ws, ana, x, date(2025, 3, 1) + timedelta(days=i))
    record = learner_record.clr_credential(ws, ana, PASSPHRASE)
    assert len(record["credentialSubject"]["association"]) == 4

    result = js.verify(record)
    assert result["verified"], result["error"]
    for nested in record["credentialSubject"]["verifiableCredential"]:
        assert js.verify(nested)["verified"], nested["id"]

    # one byte changed inside a nested credential: both verifiers refuse, and Badgesmith names it
    bad = copy.deepcopy(record)
    victim = bad["credentialSubject"]["verifiableCredential"][1]
    victim["credentialSubject"]["achievement"]["name"] = "Chartz"
    assert not js.verify(bad)["verified"]
    assert not js.verify(victim)["verified"]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
    report = verification.verify_path(ws, path)
    assert not report.verified and victim["id"] in report.summary and "Chartz" in report.summary
