"""Endorsements in the reference JavaScript verifier: one signed in a Badgesmith workspace verifies
there on its own, and so does a credential that carries it (and the endorsement taken out of it);
one signed by the reference stack is accepted by Badgesmith; a changed one fails in both."""

from __future__ import annotations

import copy
import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from badgesmith.core.credentials import endorsement, keys, ob3
from badgesmith.core.services import endorsements, issuer, learner_record, verification
from badgesmith.core.store.models import Credential
from tests.core.endorsement_data import GUILD, load, make_pair, verify_doc
from tests.core.pathway_data import learner
from tests.core.record_data import PASSPHRASE, signed_award

from .test_interop_js import js  # noqa: F401  (the warm node process fixture)

pytestmark = pytest.mark.interop
SEED = bytes.fromhex("5c" * 32)


@pytest.fixture
def pair(tmp_path: Path):  # type: ignore[no-untyped-def]
    p = make_pair(tmp_path)
    issuer.import_trusted_issuer(p.provider, p.card)
    endorsements.add_endorsement(p.provider, p.achievement_id, p.endorsement)
    yield p
    p.close()


def test_an_endorsement_and_a_credential_carrying_it_verify_in_the_reference_stack(js, pair) -> None:  # noqa: F811
    signed = load(pair.endorsement)
    result = js.verify(signed)
    assert result["verified"], result["error"]
    ana = learner(pair.provider, "Μαρία Παπαδοπούλου")
    cid = signed_award(pair.provider, ana, pair.achievement_id, date(2026, 3, 1))
    with pair.provider.read_session() as s:
        doc = json.loads(s.get(Credential, cid).signed_json)
    [carried] = doc["credentialSubject"]["achievement"]["endorsement"]
    assert carried == signed
    result = js.verify(doc)
    assert result["verified"], result["error"]
    assert js.verify(carried)["verified"]  # taken out of the credential, it still verifies on its own
    report = verify_doc(pair.provider, doc)
    assert report.verified and any(f"Endorsed by {GUILD}" in c.message for c in report.checks)

    # a record of it too (the reference checks the record's own proof)
    record = learner_record.clr_credential(pair.provider, ana, PASSPHRASE)
    result = js.verify(record)
    assert result["verified"], result["error"]

    # the endorsement's comment changed inside the issued credential: both verifiers refuse
    bad = copy.deepcopy(doc)
    bad["credentialSubject"]["achievement"]["endorsement"][0]["credentialSubject"]["endorsementComment"] = "Best!"
    assert not js.verify(bad)["verified"]
    assert not js.verify(bad["credentialSubject"]["achievement"]["endorsement"][0])["verified"]
    assert not verify_doc(pair.provider, bad).verified


def test_an_endorsement_signed_by_the_reference_stack_is_added(js, pair, tmp_path: Path) -> None:  # noqa: F811
    private = keys.private_key_from_seed(SEED)
    did = keys.did_of(private)
    card = tmp_path / "council-card.json"
    card.write_bytes(keys.export_issuer_card("Safety Council", private, url="https://council.example.org"))
    issuer.import_trusted_issuer(pair.provider, card)
    request = endorsements.read_request(pair.request)
    unsigned = endorsement.build_endorsement(endorsement.EndorsementInput(
        ob3.IssuerProfile(did=did, name="Safety Council"), request.achievement_id, request.achievement_name,
        request.provider_name, datetime(2026, 1, 5, tzinfo=UTC),
        comment="Recommended."))
    signed = js.sign(unsigned, SEED, created="2026-01-05T00:00:00Z")
    path = tmp_path / "council.json"
    path.write_text(json.dumps(signed), encoding="utf-8")
    report = verification.verify_path(pair.provider, path)
    assert report.verified, report.summary
    info = endorsements.add_endorsement(pair.provider, pair.achievement_id, path)
    assert info.endorser_name == "Safety Council" and info.comment == "Recommended."
