"""Renewal never undoes a revocation (review finding 2): revoked stays revoked and visible,
renewal skips it unless the learner is named and the renewal confirmed, a replaced credential
verifies as replaced, and no file of a revoked or replaced credential is deleted."""

from __future__ import annotations

import json

import pytest

from badgesmith.core.credentials.errors import WrongPassphrase
from badgesmith.core.errors import KeyLocked
from badgesmith.core.services import issuing, register, verification
from badgesmith.core.services.issuing import REPLACED_DIR
from tests.conftest import db_snapshot
from tests.core.test_issuing import _cohort


@pytest.fixture
def issued(ws, tmp_path):
    cohort, ids = _cohort(ws, n=3)
    first = issuing.issue_batch(ws, cohort, "secret phrase", tmp_path / "out")
    assert len(first.issued) == 3
    return cohort, ids, {i.learner_id: i for i in first.issued}


def test_renewing_a_cohort_skips_the_revoked_learner_and_keeps_it_revoked(ws, tmp_path, issued) -> None:
    cohort, ids, items = issued
    revoked = items[ids[1]]
    register.revoke(ws, revoked.credential_id, "Wrong person", "secret phrase")

    again = issuing.issue_batch(ws, cohort, "secret phrase", tmp_path / "out", reissue=True)

    assert {i.learner_id for i in again.issued} == {ids[0], ids[2]}
    (skip,) = [s for s in again.skipped if s[0] == ids[1]]
    assert "Revoked" in skip[2]
    # still revoked, still listed as revoked, its files untouched, and it verifies as revoked
    assert register.get_credential(ws, revoked.credential_id).row.status == "revoked"
    assert [r.id for r in register.list_credentials(ws, status="revoked")] == [revoked.credential_id]
    assert revoked.pdf.exists() and revoked.json.exists()
    assert verification.verify_path(ws, revoked.json).verdict == "revoked"
    assert verification.verify_path(ws, revoked.pdf).verdict == "revoked"


def test_a_replaced_credential_verifies_as_replaced_and_its_files_are_moved_aside(ws, tmp_path, issued) -> None:
    cohort, ids, items = issued
    old = items[ids[0]]
    again = issuing.issue_batch(ws, cohort, "secret phrase", tmp_path / "out", learner_ids=[ids[0]], reissue=True)
    (new,) = again.issued
    aside = tmp_path / "out" / REPLACED_DIR
    assert not old.pdf.exists() and (aside / old.pdf.name).exists() and (aside / old.json.name).exists()
    detail = register.get_credential(ws, old.credential_id)
    assert detail.row.status == "superseded" and detail.superseded_by == new.credential_id
    assert detail.row.pdf_path == str(aside / old.pdf.name)
    for path in (aside / old.json.name, aside / old.pdf.name):
        rep = verification.verify_path(ws, path)
        assert rep.verdict == "superseded" and not rep.verified
        assert new.credential_id in rep.summary
    assert verification.verify_path(ws, new.pdf).verified


def test_a_revoked_credential_is_renewed_only_when_named_and_confirmed(ws, tmp_path, issued) -> None:
    cohort, ids, items = issued
    revoked = items[ids[1]]
    register.revoke(ws, revoked.credential_id, "Failed the re-check", "secret phrase")
    named = issuing.issue_batch(ws, cohort, "secret phrase", tmp_path / "out", learner_ids=[ids[1]], reissue=True)
    assert named.issued == [] and "Revoked" in named.skipped[0][2]

    confirmed = issuing.issue_batch(ws, cohort, "secret phrase", tmp_path / "out", learner_ids=[ids[1]],
                                    reissue=True, renew_revoked=True)
    (new,) = confirmed.issued
    old = register.get_credential(ws, revoked.credential_id)
    assert old.row.status == "revoked" and old.superseded_by == new.credential_id
    assert [r.id for r in register.list_credentials(ws, status="revoked")] == [revoked.credential_id]
    assert register.get_credential(ws, new.credential_id).row.status == "active"
    moved = tmp_path / "out" / REPLACED_DIR / revoked.json.name
    assert moved.exists()
    assert verification.verify_path(ws, moved).verdict == "revoked"  # revocation wins over replacement
    assert verification.verify_path(ws, new.json).verified
    new_json = json.loads(new.json.read_text())
    assert new_json["awardedDate"] == json.loads(moved.read_text())["awardedDate"]


def test_a_run_killed_before_moving_the_replaced_files_finishes_the_move_next_time(
        ws, tmp_path, issued, monkeypatch) -> None:
    cohort, ids, items = issued
    old = items[ids[2]]
    monkeypatch.setattr(issuing, "move_aside", lambda paths: None)  # the "kill": committed, not moved
    issuing.issue_batch(ws, cohort, "secret phrase", tmp_path / "out", learner_ids=[ids[2]], reissue=True)
    assert old.pdf.exists()
    monkeypatch.undo()
    issuing.issue_batch(ws, cohort, "secret phrase", tmp_path / "out")  # any later run of the cohort
    assert not old.pdf.exists() and (tmp_path / "out" / REPLACED_DIR / old.pdf.name).exists()
    assert (tmp_path / "out" / REPLACED_DIR / old.json.name).exists()


@pytest.mark.parametrize("passphrase, error", [(None, KeyLocked), ("", KeyLocked), ("wrong", WrongPassphrase)])
def test_revoke_and_reinstate_need_the_passphrase(ws, tmp_path, issued, passphrase, error) -> None:
    _, ids, items = issued
    cid = items[ids[0]].credential_id
    before = db_snapshot(ws.folder)
    with pytest.raises(error):
        register.revoke(ws, cid, "x", passphrase)
    assert db_snapshot(ws.folder) == before
    register.revoke(ws, cid, "x", "secret phrase")
    before = db_snapshot(ws.folder)
    with pytest.raises(error):
        register.reinstate(ws, cid, passphrase)
    assert db_snapshot(ws.folder) == before
