"""Services refuse bad input with a specific, user-facing error and write nothing partial."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from badgesmith.core.credentials.errors import WrongPassphrase
from badgesmith.core.errors import KeyLocked, NotFound, ValidationError
from badgesmith.core.services import achievements as ach
from badgesmith.core.services import assessment, cohorts, issuer, learners
from badgesmith.core.store import audit
from tests.conftest import db_snapshot

SCORE = ach.AchievementSpec(name="Excel", rule="score", pass_mark=60,
                            criteria=(ach.CriterionSpec("Test", "score", 0, 100),))


def unchanged(ws, fn, exc, match):
    before = db_snapshot(ws.folder)
    with pytest.raises(exc, match=match) as info:
        fn()
    assert info.value.message
    assert db_snapshot(ws.folder) == before


@pytest.mark.parametrize("spec, match", [
    (ach.AchievementSpec(name="   "), "needs a name"),
    (ach.AchievementSpec(name="x" * 201), "limit is 200"),
    (ach.AchievementSpec(name="A", rule="score"), "score criterion"),
    (ach.AchievementSpec(name="A", rule="score", criteria=(ach.CriterionSpec("T", "score"),)), "pass mark"),
    (ach.AchievementSpec(name="A", rule="rubric"), "rubric criterion"),
    (ach.AchievementSpec(name="A", rule="attendance"), "attendance criterion"),
    (ach.AchievementSpec(name="A", achievement_type="Trophy", criteria=(ach.CriterionSpec("At", "status"),)), "not an Open Badges"),
    (ach.AchievementSpec(name="A", criteria=(ach.CriterionSpec("At", "status"), ach.CriterionSpec("at", "status"))), "Two criteria"),
    (ach.AchievementSpec(name="A", rule="rubric", criteria=(ach.CriterionSpec("C", "level", required_level="Gold", levels=(ach.LevelSpec("Bronze"),)),)), "not one of its levels"),
    (ach.AchievementSpec(name="A", criteria=(ach.CriterionSpec("At", "status"),), alignments=(ach.AlignmentSpec("X", "ftp://x"),)), "not a web address"),
    (ach.AchievementSpec(name="A", criteria=(ach.CriterionSpec("At", "status"),), validity_months=0), "validity"),
    (ach.AchievementSpec(name="A", criteria=(ach.CriterionSpec("At", "status"),), image=b"not an image"), "PNG, JPEG or SVG"),
    (ach.AchievementSpec(name="A", criteria=(ach.CriterionSpec("At", "status"),),
                         image=b"\x89PNG\r\n\x1a\n" + b"\x00" * 40), "not a readable"),
    (ach.AchievementSpec(name="A", criteria=(ach.CriterionSpec("At", "status"),), image=b"<svg><unclosed"), "not a readable SVG"),
    (ach.AchievementSpec(name="A", criteria=(ach.CriterionSpec("At", "status"),),
                         image=b'<svg xmlns="http://www.w3.org/2000/svg"><image href="/etc/passwd"/></svg>'),
     "refers to other files"),
    (ach.AchievementSpec(name="A", criteria=(ach.CriterionSpec("At", "status"),), language="english please"), "language tag"),
])
def test_achievement_validation(ws, spec, match):
    unchanged(ws, lambda: ach.create_achievement(ws, spec), ValidationError, match)


def test_editing_an_unissued_achievement_changes_it_in_place(ws):
    a = ach.create_achievement(ws, SCORE)
    b = ach.update_achievement(ws, a.id, ach.AchievementSpec(**{**SCORE.__dict__, "name": "Excel II"}))
    assert b.current.number == 1 and b.spec.name == "Excel II"


def test_editing_an_issued_achievement_creates_a_new_version(ws):
    from datetime import UTC, datetime

    from badgesmith.core.store.models import Credential

    a = ach.create_achievement(ws, SCORE)
    lr = learners.add_learner(ws, "Ann", "ann@example.org")
    c = cohorts.create_cohort(ws, "C1", a.id)
    with ws.session() as s:
        now = datetime.now(UTC)
        s.add(Credential(id="urn:uuid:1", learner_id=lr.id, achievement_id=a.id, version_id=a.current.id,
                         cohort_id=c.id, key_id=1, signed_json="{}", recipient_name="Ann",
                         achievement_name="Excel", awarded_date=now, valid_from=now))
    b = ach.update_achievement(ws, a.id, ach.AchievementSpec(**{**SCORE.__dict__, "pass_mark": 70}))
    assert [v.number for v in b.versions] == [1, 2]
    assert b.versions[0].credentials_issued == 1 and b.current.credentials_issued == 0
    assert ach.list_achievements(ws)[0].version == 2


@pytest.mark.parametrize("name, email, match", [
    ("", None, "needs a name"),
    ("x" * 500, None, "500 characters long; the limit is 200"),
    ("Ann", "not-an-email", "not a valid e-mail"),
])
def test_learner_validation(ws, name, email, match):
    unchanged(ws, lambda: learners.add_learner(ws, name, email), ValidationError, match)


def test_duplicate_email_is_refused(ws):
    learners.add_learner(ws, "Ann", "Ann@Example.org")
    unchanged(ws, lambda: learners.add_learner(ws, "Other Ann", "ann@example.org"), ValidationError, "already exists")


def test_names_are_normalised_and_searchable(ws):
    learners.add_learner(ws, "  Zoë   Ñúñez ", "z@example.org")
    learners.add_learner(ws, "Γιώργος Παπαδόπουλος", "g@example.org")
    assert [x.name for x in learners.search_prefix(ws, "zoË")] == ["Zoë Ñúñez"]
    assert [x.name for x in learners.list_learners(ws, "παπα")] == ["Γιώργος Παπαδόπουλος"]
    assert learners.count_learners(ws, "z@example") == 1


def test_cohort_validation(ws):
    a = ach.create_achievement(ws, SCORE)
    from datetime import date

    unchanged(ws, lambda: cohorts.create_cohort(ws, " ", a.id), ValidationError, "needs a name")
    unchanged(ws, lambda: cohorts.create_cohort(ws, "C", 999), NotFound, "no achievement")
    unchanged(ws, lambda: cohorts.create_cohort(ws, "C", a.id, date(2026, 5, 2), date(2026, 5, 1)), ValidationError, "ends before")
    cohorts.create_cohort(ws, "C", a.id)
    unchanged(ws, lambda: cohorts.create_cohort(ws, "c ", a.id), ValidationError, "already exists")
    unchanged(ws, lambda: cohorts.enrol(ws, 1, [12345]), NotFound, "no learner")


def test_results_all_or_nothing(ws):
    a = ach.create_achievement(ws, SCORE)
    c = cohorts.create_cohort(ws, "C", a.id)
    ids = [learners.add_learner(ws, f"L{i}", f"l{i}@example.org").id for i in range(3)]
    cohorts.enrol(ws, c.id, ids)
    crit = assessment.criteria_for_cohort(ws, c.id)[0]
    unchanged(ws, lambda: assessment.record_results(ws, c.id, [(ids[0], crit.id, "50"), (ids[1], crit.id, "abc")]),
              ValidationError, "not a number")
    unchanged(ws, lambda: assessment.record_result(ws, c.id, ids[0], crit.id, "101"), ValidationError, "outside 0–100")
    assert assessment.record_result(ws, c.id, ids[0], crit.id, "72,5") == "72.5"


def test_eligibility_rules(demo_ws):
    by_cohort = {c.name: c.id for c in cohorts.list_cohorts(demo_ws)}
    for name, cid in by_cohort.items():
        el = assessment.eligibility(demo_ws, cid)
        assert any(e.eligible for e in el.values()), name
        assert any(not e.eligible for e in el.values()), name  # the demo has passes and fails
        for e in el.values():
            assert e.eligible == (not e.reasons)


def test_eligibility_reasons_are_plain(ws):
    crits = [assessment.CriterionInfo(1, "Exam", "score", 0, 100, True, None, ()),
             assessment.CriterionInfo(2, "CPR", "level", None, None, True, "Competent", ("Not yet", "Competent", "Excellent")),
             assessment.CriterionInfo(3, "Attendance", "status", None, None, True, None, ())]
    V = assessment.CellValue
    e = assessment.evaluate(crits, 60, {1: V(1, "55"), 2: V(2, "Not yet"), 3: V(3, "Failed")})
    assert e.reasons == ("CPR: Not yet is below the required Competent.", "Attendance: failed.",
                         "Score 55 is below the pass mark of 60.")
    assert assessment.evaluate(crits, 60, {1: V(1, "60"), 2: V(2, "Excellent"), 3: V(3, "Completed")}).eligible
    assert assessment.evaluate(crits, 60, {}).reasons[0] == "No score recorded for Exam."


def test_wrong_passphrase_and_locked_key(ws):
    with pytest.raises(WrongPassphrase):
        issuer.unlock_key(ws, "wrong")
    with pytest.raises(KeyLocked):
        issuer.unlock_key(ws, "")
    key_id, key = issuer.unlock_key(ws, "secret phrase")
    assert key.did.startswith("did:key:z6Mk") and "secret phrase" not in repr(key)


def test_private_key_is_encrypted_at_rest(ws):
    from badgesmith.core.credentials.keys import seed_of

    _, key = issuer.unlock_key(ws, "secret phrase")
    stored = repr(db_snapshot(ws.folder)).encode()  # every row, on either engine
    assert seed_of(key.private_key) not in stored and seed_of(key.private_key).hex().encode() not in stored
    if ws.is_sqlite:  # nor anywhere in the file and its log
        raw = ws.db_path.read_bytes() + (ws.db_path.with_name("workspace.db-wal").read_bytes()
                                         if ws.db_path.with_name("workspace.db-wal").exists() else b"")
        assert seed_of(key.private_key) not in raw


def test_rotation_keeps_retired_keys(ws):
    old = issuer.get_issuer(ws).did
    issuer.rotate_key(ws, "secret phrase")
    trust = issuer.key_trust(ws)
    assert trust[old] == "own-retired"
    assert trust[issuer.get_issuer(ws).did] == "own-current"


def test_change_passphrase(ws):
    issuer.change_passphrase(ws, "secret phrase", "new secret")
    issuer.unlock_key(ws, "new secret")
    with pytest.raises(WrongPassphrase):
        issuer.change_passphrase(ws, "secret phrase", "another secret")
    with pytest.raises(ValidationError, match="at least 10 characters"):
        issuer.change_passphrase(ws, "new secret", "short")


def test_keys_use_owasp_scrypt_and_old_ones_are_upgraded_on_unlock(ws):
    import struct

    from badgesmith.core.credentials import keys as keylib
    from badgesmith.core.store.models import SigningKey

    def log2_n() -> int:
        with ws.read_session() as s:
            return struct.unpack_from(">6sB", s.scalars(select(SigningKey)).one().encrypted_private_key)[1]

    assert log2_n() >= 17
    # a key stored by an older version (scrypt N=2**15) still opens, and is upgraded at once
    with ws.session() as s:
        k = s.scalars(select(SigningKey)).one()
        key = keylib.decrypt_private_key(k.encrypted_private_key, "secret phrase")
        salt, nonce = b"s" * 16, b"n" * 12
        header = struct.pack(">6sBBB16s12s", b"BSKEY1", 15, 8, 1, salt, nonce)
        aes = keylib.AESGCM(keylib._kdf("secret phrase", salt, 15, 8, 1))
        k.encrypted_private_key = header + aes.encrypt(nonce, keylib.seed_of(key), header)
    assert log2_n() == 15
    _, unlocked = issuer.unlock_key(ws, "secret phrase")
    assert unlocked.did == keylib.did_of(key) and log2_n() == 17
    with ws.read_session() as s:
        assert audit.events(s)[0].kind == "key.kdf_upgraded" and audit.check_chain(s) == []


def test_key_backup_and_issuer_card(ws, tmp_path):
    from badgesmith.core.store.workspace import Workspace

    issuer.export_key_backup(ws, tmp_path / "key.json")
    issuer.export_issuer_card(ws, "secret phrase", tmp_path / "card.json")
    assert b"secret phrase" not in (tmp_path / "key.json").read_bytes()
    other = Workspace.open(tmp_path / "other")
    issuer.init_issuer(other, "Other College", "pw12 passphrase")
    t = issuer.import_trusted_issuer(other, tmp_path / "card.json")
    assert issuer.key_trust(other)[t.did] == "trusted"
    with pytest.raises(WrongPassphrase):
        issuer.import_key_backup(other, tmp_path / "key.json", "nope", "pw12 passphrase")
    with pytest.raises(KeyLocked):
        issuer.import_key_backup(other, tmp_path / "key.json", "secret phrase")
    with pytest.raises(WrongPassphrase):
        issuer.import_key_backup(other, tmp_path / "key.json", "secret phrase", "not pw12")
    issuer.import_key_backup(other, tmp_path / "key.json", "secret phrase", "pw12 passphrase")
    assert issuer.get_issuer(other).did == issuer.get_issuer(ws).did
    # one passphrase for every key: the imported one now opens with the workspace's own
    assert issuer.unlock_key(other, "pw12 passphrase")[1].did == issuer.get_issuer(ws).did
    issuer.change_passphrase(other, "pw12 passphrase", "new words here")
    other.close()


def test_init_twice_is_refused(ws):
    unchanged(ws, lambda: issuer.init_issuer(ws, "Again", "pw12 passphrase"), ValidationError, "already has an issuer")


def test_corrupt_logo_is_refused(tmp_path):
    from badgesmith.core.store.workspace import Workspace

    w = Workspace.open(tmp_path / "w")
    with pytest.raises(ValidationError, match="logo"):
        issuer.init_issuer(w, "X", "pw12 passphrase", logo=b"\x89PNG\r\n\x1a\n" + b"garbage" * 20)
    assert not issuer.is_initialised(w)
    w.close()


def _scored(ws):
    a = ach.create_achievement(ws, SCORE)
    c = cohorts.create_cohort(ws, "Scored", a.id)
    lr = learners.add_learner(ws, "Ann", "ann@example.org")
    cohorts.enrol(ws, c.id, [lr.id])
    crit = assessment.criteria_for_cohort(ws, c.id)[0]
    assessment.record_result(ws, c.id, lr.id, crit.id, "75")
    return a, c, lr


def test_editing_keeps_recorded_results(ws):
    a, c, lr = _scored(ws)
    spec = ach.AchievementSpec(**{**SCORE.__dict__, "description": "New words",
                                  "criteria": SCORE.criteria + (ach.CriterionSpec("Attendance", "status"),)})
    ach.update_achievement(ws, a.id, spec)
    res = assessment.cohort_results(ws, c.id)[lr.id]
    assert [v.value for v in res.values.values()] == ["75"]


def test_removing_a_criterion_with_results_is_refused(ws):
    a, c, lr = _scored(ws)
    spec = ach.AchievementSpec(**{**SCORE.__dict__, "criteria": (ach.CriterionSpec("Other", "score", 0, 100),)})
    unchanged(ws, lambda: ach.update_achievement(ws, a.id, spec), ValidationError, "has recorded results")


def test_new_version_carries_results_and_design_changes_do_not_version(ws, tmp_path):
    from badgesmith.core.services import issuing

    a, c, lr = _scored(ws)
    other = learners.add_learner(ws, "Bo", "bo@example.org")
    cohorts.enrol(ws, c.id, [other.id])
    crit = assessment.criteria_for_cohort(ws, c.id)[0]
    assessment.record_result(ws, c.id, other.id, crit.id, "90")
    issuing.issue_batch(ws, c.id, "secret phrase", tmp_path / "out", learner_ids=[lr.id])
    design = ach.AchievementSpec(**{**SCORE.__dict__, "template": "modern",
                                    "template_overrides": {"colours": {"primary": "#114477"}}})
    assert ach.update_achievement(ws, a.id, design).current.number == 1
    content = ach.AchievementSpec(**{**design.__dict__, "description": "Revised"})
    assert ach.update_achievement(ws, a.id, content).current.number == 2
    assert assessment.eligibility(ws, c.id)[other.id].eligible  # Bo's 90 followed the new version


def test_a_renewal_replaces_a_credential_in_every_count(demo_ws, tmp_path) -> None:
    from badgesmith.core.services import achievements, cohorts, issuing

    c = next(c for c in cohorts.list_cohorts(demo_ws) if c.enrolled)
    first = issuing.issue_batch(demo_ws, c.id, "demo", tmp_path / "out", workers=1).issued
    issuing.issue_batch(demo_ws, c.id, "demo", tmp_path / "out", workers=1,
                        learner_ids=[first[0].learner_id], reissue=True)
    listed = {a.id: a.credentials_issued for a in achievements.list_achievements(demo_ws)}
    assert listed[c.achievement_id] == cohorts.get_cohort(demo_ws, c.id).issued == len(first)
