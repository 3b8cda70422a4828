"""The issuing pipeline: files and rows agree, idempotence, re-issue, faults, cancel."""

from __future__ import annotations

import json
import subprocess
from contextlib import contextmanager
from pathlib import Path

import pytest
from pypdf import PdfReader

from badgesmith.core.errors import ValidationError
from badgesmith.core.fileio import OutputError
from badgesmith.core.services import achievements as ach
from badgesmith.core.services import (
    assessment,
    cohorts,
    issuer,
    issuing,
    learners,
    register,
    verification,
)
from badgesmith.core.store import audit
from badgesmith.core.store.models import Credential
from tests.conftest import db_snapshot


def _cohort(ws, name="Workshop", n=3, names=None):
    a = ach.create_achievement(ws, ach.AchievementSpec(
        name=f"{name} achievement", criteria=(ach.CriterionSpec("Attendance", "status"),), validity_months=12))
    c = cohorts.create_cohort(ws, name, a.id)
    names = names or [f"Learner {i}" for i in range(n)]
    ids = [learners.add_learner(ws, nm, f"{name.lower()}{i}@example.org").id for i, nm in enumerate(names)]
    cohorts.enrol(ws, c.id, ids)
    crit = assessment.criteria_for_cohort(ws, c.id)[0]
    assessment.record_results(ws, c.id, [(i, crit.id, "attended") for i in ids])
    return c.id, ids


def test_demo_cohort_issues_verifiable_files(demo_ws, tmp_path):
    cohort = cohorts.find_cohort(demo_ws, "First Aid — March 2026")
    plan = issuing.plan_issue(demo_ws, cohort)
    eligible = [r for r in plan if r.eligible]
    s = issuing.issue_batch(demo_ws, cohort, "demo", tmp_path / "out")
    assert s.complete and len(s.issued) == len(eligible) > 0
    assert {x[0] for x in s.skipped} == {r.learner_id for r in plan if not r.eligible}
    for item in s.issued:
        assert verification.verify_path(demo_ws, item.json).verified
    for item in s.issued[:3]:
        rep = verification.verify_path(demo_ws, item.pdf)
        assert rep.verified, rep.lines()
        assert any(c.name == "qr_matches" and c.ok for c in rep.checks)
    # the combined print file: each certificate's pages (its own and the EU elements'), in roster
    # order, no attachments
    reader = PdfReader(s.combined_pdf)
    assert len(reader.pages) == 2 * len(s.issued)
    assert not reader.attachments
    manifest = s.manifest.read_text(encoding="utf-8-sig").splitlines()
    assert len(manifest) == len(s.issued) + 1
    roster_order = [r.name for r in plan if r.eligible]
    assert [line.split(",")[0] for line in manifest[1:]] == roster_order


def test_issuing_twice_issues_nothing_the_second_time(ws, tmp_path):
    cohort, ids = _cohort(ws)
    first = issuing.issue_batch(ws, cohort, "secret phrase", tmp_path / "out")
    files = sorted(p.name for p in (tmp_path / "out").iterdir())
    second = issuing.issue_batch(ws, cohort, "secret phrase", tmp_path / "out")
    assert len(first.issued) == 3 and second.issued == []
    assert [why for *_, why in second.skipped] == ["Already issued."] * 3
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == files
    with ws.read_session() as s:
        assert s.query(Credential).count() == 3


def test_reissue_keeps_awarded_date_and_supersedes(ws, tmp_path):
    cohort, ids = _cohort(ws)
    first = issuing.issue_batch(ws, cohort, "secret phrase", tmp_path / "out", learner_ids=[ids[0]])
    old = json.loads(first.issued[0].json.read_text())
    again = issuing.issue_batch(ws, cohort, "secret phrase", tmp_path / "out", learner_ids=[ids[0]], reissue=True)
    new = json.loads(again.issued[0].json.read_text())
    assert new["id"] != old["id"] and new["awardedDate"] == old["awardedDate"]
    assert register.get_credential(ws, old["id"]).superseded_by == new["id"]
    from badgesmith.core.services import verification

    old_json = tmp_path / "old.json"
    old_json.write_text(json.dumps(old))
    rep = verification.verify_path(ws, old_json)
    # the replaced credential is genuine but no longer current: never "verified"
    assert rep.verdict == "superseded" and not rep.verified
    assert any(c.name == "superseded" and new["id"] in c.message for c in rep.checks)
    assert [r.id for r in register.list_credentials(ws)] == [new["id"]]
    with ws.read_session() as s:
        kinds = [e.kind for e in audit.events(s)]
        assert audit.check_chain(s) == []
    assert "credential.reissued" in kinds


def test_wrong_passphrase_changes_nothing(ws, tmp_path):
    from badgesmith.core.credentials.errors import WrongPassphrase

    cohort, _ = _cohort(ws)
    before = db_snapshot(ws.folder)
    with pytest.raises(WrongPassphrase):
        issuing.issue_batch(ws, cohort, "not it", tmp_path / "out")
    assert db_snapshot(ws.folder) == before
    assert not (tmp_path / "out").exists()


def test_unprintable_name_is_reported_not_skipped(ws, tmp_path):
    cohort, ids = _cohort(ws, names=["Ann Lee", "Emoji 🦄 Person"])
    s = issuing.issue_batch(ws, cohort, "secret phrase", tmp_path / "out")
    assert [i.learner_id for i in s.issued] == [ids[0]]
    assert s.failed and s.failed[0][0] == ids[1] and "cannot be printed" in s.failed[0][2]
    assert not s.complete


def test_not_enrolled_learner_is_refused(ws, tmp_path):
    cohort, _ = _cohort(ws)
    with pytest.raises(ValidationError, match="not enrolled"):
        issuing.issue_batch(ws, cohort, "secret phrase", tmp_path / "out", learner_ids=[9999])


def test_cancel_leaves_only_complete_credentials(ws, tmp_path):
    cohort, ids = _cohort(ws, n=12)
    calls = {"n": 0}

    def cancel() -> bool:
        calls["n"] += 1
        return calls["n"] >= 3

    s = issuing.issue_batch(ws, cohort, "secret phrase", tmp_path / "out", cancel=cancel, workers=2)
    assert s.cancelled and 1 <= len(s.issued) < 12
    _assert_consistent(ws, cohort, tmp_path / "out")
    rest = issuing.issue_batch(ws, cohort, "secret phrase", tmp_path / "out")
    assert len(rest.issued) + len(s.issued) == 12
    _assert_consistent(ws, cohort, tmp_path / "out")


def _assert_consistent(ws, cohort_id: int, out: Path) -> None:
    """Rows, files and the audit log agree: no duplicate, orphan or partial file."""
    with ws.read_session() as s:
        live = [c for c in s.query(Credential).filter_by(cohort_id=cohort_id) if c.superseded_by is None]
        issued_events = [e for e in audit.events(s, limit=100000) if e.kind.startswith("credential.")]
        assert audit.check_chain(s) == []
    assert len({c.learner_id for c in live}) == len(live)
    assert {e.subject for e in issued_events if e.kind in ("credential.issued", "credential.reissued")} >= {c.id for c in live}
    names = {p.name for p in out.iterdir()}
    assert not [n for n in names if n.endswith(".part") or n.startswith(".")]
    expected = {Path(c.pdf_path).name for c in live} | {Path(c.json_path).name for c in live}
    ours = {n for n in names if n.endswith((".pdf", ".json")) and " - " in n}  # "<learner> - <achievement>"
    assert ours == expected
    for c in live:
        assert json.loads(Path(c.json_path).read_text())["id"] == c.id
        assert PdfReader(c.pdf_path).pages  # complete, parseable


@contextmanager
def _mounted_tmpfs(path: Path, options: str):
    path.mkdir(parents=True, exist_ok=True)
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)], capture_output=True)
    if r.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {r.stderr.decode().strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def test_read_only_output_folder_gives_a_clear_message(ws, tmp_path):
    cohort, _ = _cohort(ws)
    before = db_snapshot(ws.folder)
    with _mounted_tmpfs(tmp_path / "ro", "size=1m,ro") as ro, pytest.raises(OutputError) as info:
        issuing.issue_batch(ws, cohort, "secret phrase", ro)
    assert "may not write" in info.value.message
    assert db_snapshot(ws.folder) == before


def test_full_disk_stops_cleanly_with_nothing_half_written(ws, tmp_path):
    cohort, ids = _cohort(ws, n=30)
    with _mounted_tmpfs(tmp_path / "tiny", "size=400k") as tiny:
        s = issuing.issue_batch(ws, cohort, "secret phrase", tiny)
        assert s.error and "disk is full" in s.error
        assert not s.complete and len(s.issued) < 30
        _assert_consistent(ws, cohort, tiny)
        with ws.read_session() as sess:
            assert sess.query(Credential).count() == len(s.issued)


def test_status_list_entries_and_published_list(ws, tmp_path):
    from badgesmith.core.credentials import dataintegrity, statuslist
    from badgesmith.core.services import issuer

    info = issuer.get_issuer(ws)
    issuer.update_issuer(ws, info.name, info.url, info.email, status_list_url="https://issuer.example.org/status/1")
    cohort, ids = _cohort(ws, n=3)
    s = issuing.issue_batch(ws, cohort, "secret phrase", tmp_path / "out")
    docs = [json.loads(i.json.read_text()) for i in s.issued]
    entries = [d["credentialStatus"] for d in docs]
    assert all(e["type"] == "BitstringStatusListEntry" and e["statusPurpose"] == "revocation" for e in entries)
    assert len({e["statusListIndex"] for e in entries}) == 3
    revoked = s.issued[1]
    register.revoke(ws, revoked.credential_id, "Wrong person", "secret phrase")
    out = register.export_status_list(ws, "secret phrase", tmp_path / "status.json")
    status_doc = json.loads(out.read_text())
    assert dataintegrity.verify(status_doc).valid
    bits = statuslist.decode_bitstring(status_doc["credentialSubject"]["encodedList"])
    set_bits = [int(e["statusListIndex"]) for e in entries if statuslist.is_set(bits, int(e["statusListIndex"]))]
    assert set_bits == [int(entries[1]["statusListIndex"])]


def test_a_failed_reissue_leaves_the_live_credential_and_its_files_intact(ws, tmp_path, monkeypatch):
    from sqlalchemy.exc import OperationalError

    cohort, ids = _cohort(ws, n=2)
    first = issuing.issue_batch(ws, cohort, "secret phrase", tmp_path / "out")
    before = {i.credential_id: (i.pdf.read_bytes(), i.json.read_bytes()) for i in first.issued}
    files_before = sorted(p.name for p in (tmp_path / "out").iterdir())

    def locked(*a, **k):
        raise OperationalError("INSERT ...", {}, Exception("database is locked"))

    monkeypatch.setattr(audit, "append", locked)
    again = issuing.issue_batch(ws, cohort, "secret phrase", tmp_path / "out", reissue=True, workers=1)
    assert again.error and "could not record the credentials (database is locked)" in again.error
    assert "INSERT" not in again.error and again.issued == []
    monkeypatch.undo()
    for item in first.issued:  # the live credentials and their files are exactly as before
        assert register.get_credential(ws, item.credential_id).superseded_by is None
        assert (item.pdf.read_bytes(), item.json.read_bytes()) == before[item.credential_id]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == files_before
    # and a re-issue that succeeds replaces them, removing the superseded files
    done = issuing.issue_batch(ws, cohort, "secret phrase", tmp_path / "out", reissue=True)
    assert len(done.issued) == 2 and all(not i.pdf.exists() for i in first.issued)
    _assert_consistent(ws, cohort, tmp_path / "out")


def test_print_file_leaves_out_revoked_certificates(ws, tmp_path):
    cohort, ids = _cohort(ws, n=3)
    s = issuing.issue_batch(ws, cohort, "secret phrase", tmp_path / "out")
    assert len(PdfReader(s.combined_pdf).pages) == 3
    register.revoke(ws, s.issued[0].credential_id, "Wrong person", "secret phrase")
    again = issuing.issue_batch(ws, cohort, "secret phrase", tmp_path / "out")
    assert len(PdfReader(again.combined_pdf).pages) == 2
    manifest = again.manifest.read_text(encoding="utf-8-sig")
    assert "revoked" in manifest  # the manifest still lists it, with its status


def test_output_files_are_readable_by_others(ws, tmp_path):
    import os
    import stat

    old = os.umask(0o022)
    try:
        cohort, _ = _cohort(ws, n=4)
        s = issuing.issue_batch(ws, cohort, "secret phrase", tmp_path / "out")
        page = register.export_verify_page(ws, tmp_path / "verify.html")
    finally:
        os.umask(old)
    for p in [s.issued[0].pdf, s.issued[0].json, s.combined_pdf, page]:
        assert stat.S_IMODE(p.stat().st_mode) == 0o644, p.name
    assert stat.S_IMODE(s.manifest.stat().st_mode) == 0o600  # lists e-mails: the trainer's only


def test_each_signing_key_gets_its_own_status_list_after_rotation(ws, tmp_path):
    from badgesmith.core.credentials import dataintegrity, statuslist
    from badgesmith.core.services import issuer

    base = "https://issuer.example.org/status/1"
    info = issuer.get_issuer(ws)
    issuer.update_issuer(ws, info.name, info.url, info.email, status_list_url=base)
    c1, _ = _cohort(ws, "Before", n=2)
    before = issuing.issue_batch(ws, c1, "secret phrase", tmp_path / "out").issued
    issuer.rotate_key(ws, "secret phrase")
    c2, _ = _cohort(ws, "After", n=2)
    after = issuing.issue_batch(ws, c2, "secret phrase", tmp_path / "out").issued
    docs = {i.credential_id: json.loads(i.json.read_text()) for i in before + after}
    urls = {d["credentialStatus"]["statusListCredential"] for d in docs.values()}
    assert len(urls) == 2 and base in urls
    register.revoke(ws, before[0].credential_id, "old key, revoked", "secret phrase")
    register.revoke(ws, after[1].credential_id, "new key, revoked", "secret phrase")
    written = dict((url, path) for path, url in register.export_status_lists(ws, "secret phrase", tmp_path / "status.json"))
    assert set(written) == urls and written[base] == tmp_path / "status.json"
    for cred_id, doc in docs.items():
        entry = doc["credentialStatus"]
        status_doc = json.loads(written[entry["statusListCredential"]].read_text())
        assert dataintegrity.verify(status_doc).valid
        assert status_doc["issuer"] == doc["issuer"]["id"]  # verifiers match the issuers
        bits = statuslist.decode_bitstring(status_doc["credentialSubject"]["encodedList"])
        revoked = cred_id in (before[0].credential_id, after[1].credential_id)
        assert statuslist.is_set(bits, int(entry["statusListIndex"])) == revoked


def test_an_svg_logo_works_through_issue(ws, tmp_path):
    from tests.core.samples import SVG_LOGO

    info = issuer.get_issuer(ws)
    issuer.update_issuer(ws, info.name, info.url, info.email, logo=SVG_LOGO)
    cohort, _ = _cohort(ws, n=1)
    s = issuing.issue_batch(ws, cohort, "secret phrase", tmp_path / "out")
    assert s.complete and len(s.issued) == 1
    assert verification.verify_path(ws, s.issued[0].pdf).verified
