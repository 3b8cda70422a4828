"""Output files named like a person would name them (issue 14): ``Ayse Öztürk - Forklift Safety
Basics.pdf``, unique in their folder without internal ids; a resumed run overwrites, a renewal
never takes the live credential's name, re-exports and delivered packages follow the same rule,
and the audit log records no file names (they hold the learner's name)."""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import date
from pathlib import Path

from badgesmith.core.services import delivery, issuing, register
from badgesmith.core.services.credential_data import PART_BYTES, file_stem
from badgesmith.core.store import audit
from badgesmith.core.store.models import Credential
from tests.core.test_issuing import _assert_consistent, _cohort

PASS = "secret phrase"
IDS = re.compile(r"C\d+-L\d+|urn|uuid|[0-9a-f]{8}")


def test_the_rule() -> None:
    nfd = unicodedata.normalize("NFD", "Ayse Öztürk")
    assert file_stem(nfd, "Forklift Safety Basics") == "Ayse Öztürk - Forklift Safety Basics"
    assert unicodedata.is_normalized("NFC", file_stem(nfd, "x"))
    assert file_stem("A/B\\C", 'Pivot Tables: "Level 2" <100%> | a*b?') == "A-B-C - Pivot Tables - 'Level 2' 100% - ab"
    assert file_stem("  .hidden. ", "Ends with dots...") == "hidden - Ends with dots"
    assert file_stem("Eve\u202egnp.exe", "Tab\there\nnewline") == "Evegnp.exe - Tab here newline"  # no bidi override
    assert file_stem("", "   ") == "Learner - Certificate"
    assert file_stem("王小明", "急救") == "王小明 - 急救"
    long = file_stem("王" * 200, "Ä" * 200)
    learner, achievement = long.split(" - ")
    assert learner.endswith("…") and achievement.endswith("…")
    assert all(len(p.encode()) <= PART_BYTES + len("…".encode()) for p in (learner, achievement))
    # with every suffix a name can get, and a temporary file's, it stays within 255 bytes
    assert len(f".{long} (renewed 2026-11-30) (99) - wallet.json.abcdefgh.part".encode()) <= 255


def _names(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir() if p.suffix in (".pdf", ".json") and " - " in p.name)


def test_namesakes_get_numbers_in_roster_order_and_a_rerun_changes_nothing(ws, tmp_path) -> None:
    cohort, ids = _cohort(ws, "Forklift", names=["Ayse Öztürk", "Ann Lee", "ANN LEE", "Ann Lee"])
    out = tmp_path / "out"
    s = issuing.issue_batch(ws, cohort, PASS, out, workers=1)
    a = "Forklift achievement"
    stems = {i.learner_id: i.pdf.stem for i in s.issued}
    assert stems == {ids[0]: f"Ayse Öztürk - {a}", ids[1]: f"Ann Lee - {a}", ids[2]: f"ANN LEE - {a} (2)",
                     ids[3]: f"Ann Lee - {a} (3)"}
    assert all(i.json.stem == i.pdf.stem for i in s.issued)
    assert not [n for n in _names(out) if IDS.search(n)]
    before = {n: (out / n).read_bytes() for n in _names(out)}
    again = issuing.issue_batch(ws, cohort, PASS, out, workers=1)
    assert again.issued == [] and {n: (out / n).read_bytes() for n in _names(out)} == before
    # another cohort of the same achievement, into the same folder: nothing is written over
    other, (ann,) = _cohort_of(ws, cohort, "Ann Lee", "ann@elsewhere.example.org")
    t = issuing.issue_batch(ws, other, PASS, out, workers=1)
    assert t.issued[0].pdf.name == f"Ann Lee - {a} (4).pdf"
    assert {n: (out / n).read_bytes() for n in before} == before


def _cohort_of(ws, like: int, name: str, email: str):  # type: ignore[no-untyped-def]
    from badgesmith.core.services import assessment, cohorts, learners

    achievement_id = cohorts.get_cohort(ws, like).achievement_id
    c = cohorts.create_cohort(ws, "Forklift again", achievement_id)
    lid = learners.add_learner(ws, name, email).id
    cohorts.enrol(ws, c.id, [lid])
    crit = assessment.criteria_for_cohort(ws, c.id)[0]
    assessment.record_results(ws, c.id, [(lid, crit.id, "attended")])
    return c.id, [lid]


def test_a_renewal_is_named_for_its_day_and_the_old_files_move_aside(ws, tmp_path) -> None:
    cohort, ids = _cohort(ws, "Forklift", names=["Ann Lee"])
    out = tmp_path / "out"
    first = issuing.issue_batch(ws, cohort, PASS, out, workers=1).issued[0]
    renewed = issuing.issue_batch(ws, cohort, PASS, out, workers=1, reissue=True).issued[0]
    day = date.today().isoformat()
    assert renewed.pdf.name == f"Ann Lee - Forklift achievement (renewed {day}).pdf"
    assert (out / issuing.REPLACED_DIR / first.pdf.name).exists() and not first.pdf.exists()
    again = issuing.issue_batch(ws, cohort, PASS, out, workers=1, reissue=True).issued[0]
    assert again.pdf.name == f"Ann Lee - Forklift achievement (renewed {day}) (2).pdf"
    # the plain name is free in the folder now, but its file is kept in replaced/: never reused
    newcomer = _cohort_of(ws, cohort, "Ann Lee", "other.ann@example.org")[0]
    assert issuing.issue_batch(ws, newcomer, PASS, out, workers=1).issued[0].pdf.name == \
        "Ann Lee - Forklift achievement (2).pdf"
    with ws.read_session() as s:
        live = {Path(p).name for c in s.query(Credential) if c.superseded_by is None for p in (c.pdf_path, c.json_path)}
    assert set(_names(out)) == live


def test_a_killed_runs_files_are_overwritten_and_nothing_else_is_touched(ws, tmp_path, monkeypatch) -> None:
    cohort, ids = _cohort(ws, "Forklift", names=["Ann Lee", "Bo Li"])
    out = tmp_path / "out"
    out.mkdir()
    # a run that dies after putting its files in place, before the commit: its note names them
    mine = out / "Ann Lee - Forklift achievement.pdf"
    mine.write_bytes(b"%PDF- left by a killed run")
    (out / issuing.PENDING_NAME).write_text(json.dumps([mine.name, "../outside.pdf"]))
    (tmp_path / "outside.pdf").write_bytes(b"not ours")
    theirs = [out / "Bo Li - Forklift achievement.pdf", out / "Ann Lee - Forklift achievement (copy).pdf"]
    for p in theirs:  # the trainer's own files, with names like ours
        p.write_bytes(b"the trainer's")
    s = issuing.issue_batch(ws, cohort, PASS, out, workers=1)
    by_learner = {i.learner_id: i.pdf.name for i in s.issued}
    assert by_learner == {ids[0]: mine.name, ids[1]: "Bo Li - Forklift achievement (2).pdf"}
    assert mine.read_bytes().startswith(b"%PDF-1")  # overwritten by the real certificate
    assert all(p.read_bytes() == b"the trainer's" for p in theirs)
    assert (tmp_path / "outside.pdf").exists()
    assert not (out / issuing.PENDING_NAME).exists()


def test_an_orphan_of_a_killed_run_is_removed_when_its_learner_is_not_issued_again(ws, tmp_path) -> None:
    cohort, ids = _cohort(ws, "Forklift", names=["Ann Lee", "Bo Li"])
    out = tmp_path / "out"
    out.mkdir()
    orphan = out / "Someone Else - Forklift achievement.json"
    orphan.write_text("{}")
    (out / issuing.PENDING_NAME).write_text(json.dumps([orphan.name]))
    issuing.issue_batch(ws, cohort, PASS, out, workers=1)
    assert not orphan.exists()
    _assert_consistent(ws, cohort, out)


def test_the_audit_log_records_no_file_names(ws, tmp_path) -> None:
    cohort, ids = _cohort(ws, "Forklift", names=["Ayse Öztürk"])
    issuing.issue_batch(ws, cohort, PASS, tmp_path / "out", workers=1)
    issuing.issue_batch(ws, cohort, PASS, tmp_path / "out", workers=1, reissue=True)
    with ws.read_session() as s:
        events = [e for e in audit.events(s) if e.kind in ("credential.issued", "credential.reissued")]
        assert len(events) == 2
        for e in events:
            details = json.loads(e.details)
            assert "files" not in details and details["learner"] == ids[0]
            assert "Öztürk" not in e.details and "Ozturk" not in e.details


def test_reexport_names_files_alike_and_never_writes_over_a_namesake(ws, tmp_path) -> None:
    cohort, ids = _cohort(ws, "Forklift", names=["Ann Lee", "Ann Lee"])
    s = issuing.issue_batch(ws, cohort, PASS, tmp_path / "out", workers=1)
    first, second = (i.credential_id for i in s.issued)
    dest = tmp_path / "export"
    pdf, js = register.reexport(ws, first, dest, PASS)
    assert (pdf.name, js.name) == ("Ann Lee - Forklift achievement.pdf", "Ann Lee - Forklift achievement.json")
    assert register.reexport(ws, first, dest, PASS) == (pdf, js)  # again: the same files
    pdf2, _ = register.reexport(ws, second, dest, PASS)
    assert pdf2.name == "Ann Lee - Forklift achievement (2).pdf"
    assert json.loads(js.read_text())["id"] == first
    # into the issuing folder: each credential's own files, never its namesake's
    back, _ = register.reexport(ws, second, tmp_path / "out", PASS)
    with ws.read_session() as sess:
        assert back == Path(sess.get(Credential, second).pdf_path)


def test_delivered_packages_are_named_alike(ws, tmp_path) -> None:
    cohort, ids = _cohort(ws, "Forklift", names=["Ann Lee", "Ann Lee", "Bo Li"])
    issuing.issue_batch(ws, cohort, PASS, tmp_path / "out", workers=1)
    summary = delivery.deliver(ws, cohort, tmp_path / "pkg", PASS)
    folders = sorted(f.name for _, f in summary.written)
    a = "Forklift achievement"
    assert folders == [f"Ann Lee - {a}", f"Ann Lee - {a} (2)", f"Bo Li - {a}"]
    inside = sorted(p.name for p in (tmp_path / "pkg" / f"Ann Lee - {a} (2)").iterdir())
    assert inside == sorted([f"Ann Lee - {a}.pdf", f"Ann Lee - {a}.json", f"Ann Lee - {a}.eml",
                             f"Ann Lee - {a} - badge.png", f"Ann Lee - {a} - badge.svg",
                             f"Ann Lee - {a} - wallet.json", "LinkedIn.txt"])
    # delivering again writes into the same folders
    again = delivery.deliver(ws, cohort, tmp_path / "pkg", PASS)
    assert sorted(f.name for _, f in again.written) == folders
    letter = delivery.build_package(ws, summary_credential(ws, ids[1]), delivery.PackageBatch(ws, PASS)).letter
    assert [x.filename for x in letter.attachments] == [f"Ann Lee - {a}.pdf", f"Ann Lee - {a}.json",
                                                        f"Ann Lee - {a} - badge.png"]


def summary_credential(ws, learner_id: int) -> str:  # type: ignore[no-untyped-def]
    with ws.read_session() as s:
        return s.query(Credential).filter_by(learner_id=learner_id).one().id
