"""verify_credential: one plain sentence per check and the right verdict."""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from cred_factories import T0, full_input, minimal_input

from badgesmith.core.credentials import dataintegrity as di
from badgesmith.core.credentials import didkey, keys, ob3
from badgesmith.core.credentials.verify import RevocationInfo, Verdict, verify_credential

NOW = datetime(2025, 6, 1, tzinfo=UTC)


def run(doc, trust="own-current", revoked=None, now=NOW):
    return verify_credential(
        doc,
        key_trust=lambda did: trust,
        revocation_lookup=lambda cid: revoked if cid == doc.get("id") else None,
        now=now,
    )


def test_good_credential_verified_and_every_check_is_a_sentence(signed_full) -> None:
    report = run(signed_full)
    assert report.verdict is Verdict.VERIFIED and report.verified
    names = [c.name for c in report.checks]
    assert names == ["signature", "signed_facts", "issuer_key", "issuer_controls_key", "valid_from", "valid_until",
                     "revocation", "schema"]
    assert all(c.ok is True for c in report.checks)
    assert all(c.message.endswith(".") and "\n" not in c.message for c in report.checks)
    assert report.recipient_name == "Μαρία Παπαδοπούλου"
    d = report.to_dict()
    assert d["verdict"] == "verified" and d["summary"].startswith("Verified")


@pytest.mark.parametrize("status,word", [("own-current", "current"), ("own-retired", "retired"), ("trusted", "trusted")])
def test_trusted_keys(signed_full, status, word) -> None:
    report = run(signed_full, trust=status)
    assert report.verdict is Verdict.VERIFIED
    assert word in report.check("issuer_key").message


def test_unknown_key_is_not_verified_and_shows_fingerprint(signed_full, issuer_did) -> None:
    report = run(signed_full, trust="unknown")
    assert report.verdict is Verdict.UNKNOWN_ISSUER and not report.verified
    fp = didkey.fingerprint(issuer_did)
    assert report.check("issuer_key").message == (
        f"Signed by an unknown key {fp}. A fingerprint is a short code computed from the public key "
        "(did:key): the same code from the issuer means the same key.")
    assert report.check("signature").ok is True
    assert fp in report.summary
    # an unexpected answer from the callback counts as unknown, never as trusted
    assert run(signed_full, trust="maybe").verdict is Verdict.UNKNOWN_ISSUER


def test_expired_reports_expired(signed_full) -> None:
    report = run(signed_full, now=datetime(2027, 3, 2, tzinfo=UTC))
    assert report.verdict is Verdict.EXPIRED
    assert report.check("valid_until").ok is False
    assert "expired on 1 March 2027, 09:30 UTC" in report.check("valid_until").message


def test_not_yet_valid(signed_full) -> None:
    report = run(signed_full, now=T0 - timedelta(seconds=1))
    assert report.verdict is Verdict.NOT_VERIFIED
    assert "only becomes valid" in report.check("valid_from").message


def test_revoked_reports_reason(signed_full) -> None:
    info = RevocationInfo(reason="Issued to the wrong learner", revoked_at=datetime(2025, 4, 2, tzinfo=UTC))
    report = run(signed_full, revoked=info)
    assert report.verdict is Verdict.REVOKED
    msg = report.check("revocation").message
    assert "Issued to the wrong learner" in msg and "2 April 2025" in msg
    assert "Issued to the wrong learner" in report.summary


def test_revoked_wins_over_expired_and_tampering_wins_over_all(signed_full) -> None:
    info = RevocationInfo(reason="error")
    assert run(signed_full, revoked=info, now=datetime(2030, 1, 1, tzinfo=UTC)).verdict is Verdict.REVOKED
    tampered = copy.deepcopy(signed_full)
    tampered["credentialSubject"]["name"] = "Mallory"
    report = run(tampered, revoked=info, trust="unknown")
    assert report.verdict is Verdict.NOT_VERIFIED
    assert report.check("signature").ok is False
    assert report.check("issuer_key").ok is None


def test_issuer_must_control_the_key(issuer_did) -> None:
    impostor = keys.generate_key()
    cred = ob3.build_and_check(full_input(issuer_did))  # names our issuer...
    signed = di.sign(cred, impostor, didkey.verification_method(keys.did_of(impostor)))  # ...signed by another
    report = run(signed, trust="trusted")
    assert report.check("signature").ok is True
    assert report.check("issuer_controls_key").ok is False
    assert report.verdict is Verdict.NOT_VERIFIED


def test_schema_nonconformance_fails(issuer_key, issuer_did, issuer_vm) -> None:
    cred = ob3.build_and_check(minimal_input(issuer_did))
    cred["credentialSubject"]["type"] = "AchievementSubject"  # defined term, but the schema wants an array
    signed = di.sign(cred, issuer_key, issuer_vm)
    report = run(signed)
    assert report.check("signature").ok is True
    assert report.check("schema").ok is False and "credentialSubject.type" in report.check("schema").message
    assert report.verdict is Verdict.NOT_VERIFIED


def test_undefined_property_added_after_signing_is_rejected(signed_full) -> None:
    doc = copy.deepcopy(signed_full)
    doc["credentialSubject"]["grade"] = "A+"  # JSON-LD would silently drop it: not signed
    report = run(doc)
    assert report.verdict is Verdict.NOT_VERIFIED
    assert "credentialSubject.grade" in report.check("signature").message


def test_not_a_credential() -> None:
    assert run({}).verdict is Verdict.NOT_VERIFIED
    report = verify_credential([], key_trust=lambda d: "trusted", revocation_lookup=lambda c: None)  # type: ignore[arg-type]
    assert report.verdict is Verdict.NOT_VERIFIED


def test_no_expiry(issuer_key, issuer_did, issuer_vm) -> None:
    signed = di.sign(ob3.build_and_check(replace(minimal_input(issuer_did))), issuer_key, issuer_vm)
    report = run(signed, now=datetime(2100, 1, 1, tzinfo=UTC))
    assert report.verdict is Verdict.VERIFIED
    assert report.check("valid_until").message == "The credential does not expire."
