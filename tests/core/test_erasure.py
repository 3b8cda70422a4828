"""Erasing a learner's personal data: gone from the database file, its WAL, the certificate
folder and the logs; what verification and revocation need stays and still works."""

from __future__ import annotations

import json
import logging
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from badgesmith.core.errors import NotFound, ValidationError
from badgesmith.core.services import (
    cohorts,
    erasure,
    issuer,
    issuing,
    learners,
    publishing,
    register,
    removal,
    verification,
)
from badgesmith.core.services.status_lists import status_list_groups
from badgesmith.core.store import audit
from badgesmith.core.store.models import Credential, Learner
from badgesmith.logs import setup_logging
from tests.conftest import db_snapshot


def _issued(demo_ws, tmp_path: Path):  # type: ignore[no-untyped-def]
    issuer.set_publishing(demo_ws, "https://badges.example.test/verify.html",
                          "https://badges.example.test/status/1", None, True)
    c = next(c for c in cohorts.list_cohorts(demo_ws) if c.enrolled)
    summary = issuing.issue_batch(demo_ws, c.id, "demo", tmp_path / "out", workers=1)
    assert summary.issued
    return c, summary


def _holder(ws, learner_id: int) -> Learner:  # type: ignore[no-untyped-def]
    with ws.read_session() as s:
        learner = s.get(Learner, learner_id)
        s.expunge(learner)
        return learner


def _files_holding(folders: list[Path], needles: list[str]) -> list[str]:
    found = []
    for folder in folders:
        for p in folder.rglob("*"):
            if p.is_file():
                data = p.read_bytes()
                found += [f"{p.name}: {n}" for n in needles if n.encode("utf-8") in data]
    return found


def test_erasure_leaves_no_trace_and_keeps_credentials_verifiable(demo_ws, demo_dir, tmp_path) -> None:
    log_folder = tmp_path / "logs"
    setup_logging(folder=log_folder)
    try:
        cohort, summary = _issued(demo_ws, tmp_path)
        item = next(i for i in summary.issued if " " in i.name and i.name.isascii())
        who = _holder(demo_ws, item.learner_id)
        learners.update_learner(demo_ws, who.id, who.name, who.email, "SN-774411")
        needles = [who.name, who.email, "SN-774411"]
        logging.getLogger("badgesmith.test").info("a line naming %s <%s> SN-774411", who.name, who.email)
        signed = register.get_credential(demo_ws, item.credential_id).signed_json
        out = tmp_path / "out"
        pdf_text = subprocess.run(["pdftotext", str(out / f"print-C{cohort.id}.pdf"), "-"], capture_output=True,
                                  text=True, check=True).stdout
        assert who.name in pdf_text
        assert _files_holding([demo_dir, out, log_folder], needles)  # the test can see them before

        plan = erasure.plan_erasure(demo_ws, who.id)
        assert plan.credentials == 1 and "cannot be undone" in " ".join(plan.lines())
        report = erasure.erase_learner(demo_ws, who.id)
        assert report.credentials == 1 and report.files_removed == 2 and report.compacted
        assert report.log_files_scrubbed >= 1

        # gone: the database, its WAL (still open), the certificates, the manifest, the print file, the logs
        assert _files_holding([demo_dir, out, log_folder], needles) == []
        wal = demo_dir / "workspace.db-wal"
        assert not wal.exists() or wal.stat().st_size == 0
        pdf_text = subprocess.run(["pdftotext", str(out / f"print-C{cohort.id}.pdf"), "-"], capture_output=True,
                                  text=True, check=True).stdout
        assert who.name not in pdf_text and pdf_text.strip()  # the others are still there
        assert all(learner.id != who.id for learner in learners.list_learners(demo_ws))
        assert all(r.id != who.id for r in cohorts.roster(demo_ws, cohort.id))

        # kept: the register entry, its status index, the hashed identity; the audit chain holds
        detail = register.get_credential(demo_ws, item.credential_id)
        assert detail.row.recipient_name == erasure.ERASED_NAME and detail.row.status == "active"
        kept = json.loads(detail.signed_json)
        hashes = [i["identityHash"] for i in json.loads(signed)["credentialSubject"]["identifier"]]
        assert [i["identityHash"] for i in kept["credentialSubject"]["identifier"]] == hashes
        assert "salt" not in detail.signed_json  # with its salt, a hash is a guess away from what it hides
        assert "name" not in kept["credentialSubject"] and "proof" not in kept
        with demo_ws.read_session() as s:
            assert audit.check_chain(s) == []
            events = audit.events(s)
            assert events[0].kind == "learner.erased" and who.name not in events[0].details
            assert all(who.name not in (e.details + (e.subject or "")) for e in events)

        with pytest.raises(ValidationError, match="erased"):
            register.reexport(demo_ws, item.credential_id, tmp_path / "again", "demo")
        # no public page for it (there is nothing left to show), the others' pages are published
        pages = [f.path for f in publishing.site_files(demo_ws, tmp_path / "site", "demo")
                 if f.kind == publishing.PAGE_KIND]
        assert len(pages) == len(summary.issued) - 1
        assert all(item.credential_id.removeprefix("urn:uuid:") not in p for p in pages)

        # the learner's own copy still verifies, and revoking it still reaches the status list
        assert verification.verify_text(demo_ws, signed).verified
        register.revoke(demo_ws, item.credential_id, "Issued in error", "demo")
        with demo_ws.read_session() as s:
            index = s.scalar(select(Credential.status_list_index).where(Credential.id == item.credential_id))
        assert index is not None and any(index in g.revoked for g in status_list_groups(demo_ws))
        report = verification.verify_text(demo_ws, signed)
        assert not report.verified and "revoked" in " ".join(report.lines()).lower()
    finally:
        setup_logging(folder=tmp_path / "logs-after")


def test_erased_learner_cannot_be_erased_twice_or_found(demo_ws, tmp_path) -> None:
    _, summary = _issued(demo_ws, tmp_path)
    lid = summary.issued[0].learner_id
    erasure.erase_learner(demo_ws, lid)
    with pytest.raises(NotFound):
        erasure.erase_learner(demo_ws, lid)
    with pytest.raises(NotFound):
        learners.update_learner(demo_ws, lid, "Back Again", None, None)
    with pytest.raises(NotFound):
        learners.find_learner(demo_ws, str(lid))


def test_delete_learner_is_refused_with_credentials_and_undone_without(demo_ws, tmp_path) -> None:
    _, summary = _issued(demo_ws, tmp_path)
    with pytest.raises(ValidationError, match="Erase their personal data instead"):
        removal.delete_learner(demo_ws, summary.issued[0].learner_id)
    c = next(c for c in cohorts.list_cohorts(demo_ws) if c.enrolled and not c.issued)
    who = cohorts.roster(demo_ws, c.id)[0]
    before = {r.id for r in cohorts.roster(demo_ws, c.id)}
    removed = removal.delete_learner(demo_ws, who.id)
    assert removed.count("learner") == 1 and removed.count("enrolment") >= 1
    assert who.id not in {r.id for r in cohorts.roster(demo_ws, c.id)}
    removal.restore(demo_ws, removed)
    assert {r.id for r in cohorts.roster(demo_ws, c.id)} == before
    assert learners.find_learner(demo_ws, str(who.id)).name == who.name


def test_unenrol_takes_the_results_and_undo_brings_them_back(demo_ws, tmp_path) -> None:
    from badgesmith.core.services import assessment

    c = next(c for c in cohorts.list_cohorts(demo_ws) if c.enrolled and not c.issued)
    results = assessment.cohort_results(demo_ws, c.id)
    lid, before = next((lid, r) for lid, r in results.items() if r.values)
    removed = removal.unenrol(demo_ws, c.id, lid)
    assert removed.count("assessment_result") == len(before.values)
    assert lid not in assessment.cohort_results(demo_ws, c.id)
    assert lid not in {r.id for r in cohorts.roster(demo_ws, c.id)}
    removal.restore(demo_ws, removed)
    assert assessment.cohort_results(demo_ws, c.id)[lid] == before
    assert lid in {r.id for r in cohorts.roster(demo_ws, c.id)}


def test_cohort_with_credentials_cannot_be_deleted_and_one_without_is_undoable(demo_ws, tmp_path) -> None:
    issued_cohort, _ = _issued(demo_ws, tmp_path)
    with pytest.raises(ValidationError, match="cannot be deleted"):
        removal.delete_cohort(demo_ws, issued_cohort.id)
    with demo_ws.read_session() as s:
        lid = s.scalar(select(Credential.learner_id).where(Credential.cohort_id == issued_cohort.id))
    with pytest.raises(ValidationError, match="stay enrolled"):
        removal.unenrol(demo_ws, issued_cohort.id, lid)
    other = next(c for c in cohorts.list_cohorts(demo_ws) if not c.issued)
    removed = removal.delete_cohort(demo_ws, other.id)
    assert other.id not in {c.id for c in cohorts.list_cohorts(demo_ws)}
    removal.restore(demo_ws, removed)
    assert cohorts.get_cohort(demo_ws, other.id) == other


def test_archiving_hides_an_achievement_and_keeps_its_credentials(demo_ws, tmp_path) -> None:
    from badgesmith.core.services import achievements

    cohort, summary = _issued(demo_ws, tmp_path)
    name = removal.set_archived(demo_ws, cohort.achievement_id, True)
    assert name == cohort.achievement_name
    assert cohort.achievement_id not in {a.id for a in achievements.list_achievements(demo_ws)}
    listed = {a.id: a for a in achievements.list_achievements(demo_ws, include_archived=True)}
    assert listed[cohort.achievement_id].archived
    signed = register.get_credential(demo_ws, summary.issued[0].credential_id).signed_json
    assert verification.verify_text(demo_ws, signed).verified
    removal.set_archived(demo_ws, cohort.achievement_id, False)
    assert cohort.achievement_id in {a.id for a in achievements.list_achievements(demo_ws)}


def test_learners_sort_by_last_name(ws) -> None:
    for name in ("Zoë Adams", "Anna Zimmermann", "Ayşe Öztürk", "Bob Öberg"):
        learners.add_learner(ws, name)
    assert [r.name for r in learners.list_learners(ws)] == ["Anna Zimmermann", "Ayşe Öztürk", "Bob Öberg", "Zoë Adams"]
    assert [r.name for r in learners.list_learners(ws, by_last_name=True)] == [
        "Zoë Adams", "Bob Öberg", "Ayşe Öztürk", "Anna Zimmermann"]


def test_erasure_withholds_reasons_deletes_packages_and_survives_a_missing_file(demo_ws, tmp_path) -> None:
    from badgesmith.core.services import delivery

    cohort, summary = _issued(demo_ws, tmp_path)
    out = tmp_path / "out"
    first, second, third = summary.issued[:3]
    who = _holder(demo_ws, first.learner_id)
    register.revoke(demo_ws, first.credential_id, f"Requested by {who.name} ({who.email})", "demo")
    register.revoke(demo_ws, second.credential_id, f"Mixed up with {who.name}'s results", "demo")
    delivery.deliver(demo_ws, cohort.id, out / "packages", "demo")
    packages = sorted(p.name for p in (out / "packages").iterdir() if p.is_dir())
    assert len(packages) == len(summary.issued) - 2  # revoked ones are never delivered
    register.reinstate(demo_ws, first.credential_id, "demo")
    delivery.deliver(demo_ws, cohort.id, out / "packages", "demo")
    assert any(who.name in p.name for p in (out / "packages").iterdir())
    third.pdf.unlink()  # someone else's certificate went missing: the print file cannot be rebuilt

    report = erasure.erase_learner(demo_ws, who.id)
    assert report.packages_removed == 1 and not any(who.name in p.name for p in (out / "packages").iterdir())
    assert report.compacted and any("could not be rebuilt" in line for line in report.left_behind)
    assert not (out / f"print-C{cohort.id}.pdf").exists()  # deleted rather than left holding the learner
    assert register.get_credential(demo_ws, first.credential_id).row.revocation_reason is None  # reinstated
    reason = register.get_credential(demo_ws, second.credential_id).row.revocation_reason
    assert reason == "Mixed up with [erased]'s results"
    assert _files_holding([out], [who.name, who.email]) == []
    assert who.email not in repr(db_snapshot(demo_ws.folder))  # no row holds it, on either engine
    if demo_ws.is_sqlite:  # nor the file's free pages
        assert who.email.encode() not in (demo_ws.folder / "workspace.db").read_bytes()


def test_a_revoked_credentials_reason_is_withheld(demo_ws, tmp_path) -> None:
    _, summary = _issued(demo_ws, tmp_path)
    item = summary.issued[0]
    who = _holder(demo_ws, item.learner_id)
    register.revoke(demo_ws, item.credential_id, f"Requested by {who.name}", "demo")
    erasure.erase_learner(demo_ws, who.id)
    assert register.get_credential(demo_ws, item.credential_id).row.revocation_reason == erasure.WITHHELD_REASON


def test_undo_and_restore_do_not_bring_an_erased_learner_back(demo_ws, demo_dir, tmp_path) -> None:
    from badgesmith.core.services import backups

    c = next(c for c in cohorts.list_cohorts(demo_ws) if c.enrolled and not c.issued)
    lid = cohorts.roster(demo_ws, c.id)[0].id
    archive = backups.backup(demo_ws, tmp_path / "before.zip", "demo")
    removed = removal.unenrol(demo_ws, c.id, lid)
    erasure.erase_learner(demo_ws, lid)
    with pytest.raises(ValidationError, match="erased since"):
        removal.restore(demo_ws, removed)
    with pytest.raises(NotFound):
        cohorts.enrol(demo_ws, c.id, [lid])
    report = backups.inspect_restore(demo_dir, archive)
    assert report.revived_learners == 1 and report.needs_confirmation
    assert any("erase them again" in line for line in report.lines())
