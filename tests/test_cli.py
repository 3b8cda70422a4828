"""The command line, as a script would use it: output, --json, exit codes, one-line errors."""

from __future__ import annotations

import csv
import json
import subprocess
import sys

import pytest

from badgesmith import __version__
from tests.conftest import FIXTURES, db_snapshot


def test_version_in_a_real_process():
    r = subprocess.run([sys.executable, "-m", "badgesmith.cli", "--version"], capture_output=True, text=True)
    assert r.returncode == 0 and r.stdout.strip() == f"badgesmith {__version__}"


def test_no_display_says_how_to_proceed(monkeypatch):
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    r = subprocess.run([sys.executable, "-m", "badgesmith.cli"], capture_output=True, text=True, env=env)
    assert r.returncode == 2
    assert "no display" in r.stderr and "xvfb-run" in r.stderr and "Traceback" not in r.stderr


def test_init_then_lists(tmp_path, run, monkeypatch):
    monkeypatch.setenv("BADGESMITH_PASSPHRASE", "s3cret pass")
    ws = str(tmp_path / "ws")
    code, out, _ = run("--workspace", ws, "init", "--issuer-name", "Acme Training", "--issuer-url",
                       "https://acme.example.org")
    assert code == 0 and "did:key:z6Mk" in out
    code, out, _ = run("--workspace", ws, "achievements", "list", "--json")
    assert code == 0 and json.loads(out) == []
    code, out, err = run("--workspace", ws, "init", "--issuer-name", "Again")
    assert code == 1 and err.count("\n") == 1 and "already has an issuer" in err


def test_demo_import_issue_verify_revoke(tmp_path, run):
    ws = str(tmp_path / "demo")
    assert run("demo", ws)[0] == 0
    code, out, _ = run("--workspace", ws, "learners", "import", str(FIXTURES / "import" / "learners_latin1_semicolon.csv"), "--dry-run", "--json")
    report = json.loads(out.split("\nDry run")[0])
    assert code == 0 and report["accepted"] == 4 and report["delimiter"] == ";"
    assert run("--workspace", ws, "learners", "list", "--search", "Zoë", "--json")[0] == 0
    code, out, _ = run("--workspace", ws, "cohorts", "list", "--json")
    cohorts = json.loads(out)
    # three cohorts, two workshops and the pathway's awards (the demo's pathway)
    assert len(cohorts) == 6 and all("enrolled" in c for c in cohorts)

    out_dir = tmp_path / "certs"
    code, out, _ = run("--workspace", ws, "issue", "--cohort", "Digital Marketing — Spring Workshop",
                       "--out", str(out_dir), "--json")
    summary = json.loads(out)
    assert code == 0 and summary["complete"] and summary["issued"]
    first = summary["issued"][0]
    code, out, _ = run("--workspace", ws, "verify", first["pdf"], first["json"])
    assert code == 0 and out.count("VERIFIED") == 2
    code, out, _ = run("--workspace", ws, "issue", "--cohort", "2", "--out", str(out_dir), "--json")
    assert code == 0 and json.loads(out)["issued"] == []

    assert run("--workspace", ws, "revoke", first["credential_id"], "--reason", "Issued in error")[0] == 0
    code, out, _ = run("--workspace", ws, "verify", first["pdf"], "--json")
    assert code == 1 and json.loads(out)[0]["verdict"] == "revoked"
    code, out, _ = run("--workspace", ws, "credentials", "list", "--status", "revoked", "--json")
    revoked = [r["id"] for r in json.loads(out)]
    assert first["credential_id"] in revoked and len(revoked) == 2  # and the demo's revoked workshop
    # reinstating asks first; without a terminal to answer, nothing changes
    code, out, err = run("--workspace", ws, "reinstate", first["credential_id"])
    assert code == 1 and "Not confirmed" in err and "Issued in error" in err
    assert run("--workspace", ws, "verify", first["pdf"])[0] == 1
    assert run("--workspace", ws, "reinstate", first["credential_id"], "--yes")[0] == 0
    assert run("--workspace", ws, "verify", first["pdf"])[0] == 0


def test_revoke_and_reinstate_need_the_passphrase(run, tmp_path, monkeypatch):
    ws = str(tmp_path / "ws")
    assert run("demo", ws)[0] == 0
    code, out, _ = run("--workspace", ws, "issue", "--cohort", "2", "--out", str(tmp_path / "certs"), "--json")
    cred = json.loads(out)["issued"][0]["credential_id"]
    monkeypatch.setenv("BADGESMITH_PASSPHRASE", "wrong passphrase")
    code, _, err = run("--workspace", ws, "revoke", cred, "--reason", "x")
    assert code == 1 and "passphrase is wrong" in err
    monkeypatch.setenv("BADGESMITH_PASSPHRASE", "demo")
    assert run("--workspace", ws, "revoke", cred, "--reason", "x")[0] == 0
    monkeypatch.setenv("BADGESMITH_PASSPHRASE", "wrong passphrase")
    code, _, err = run("--workspace", ws, "reinstate", cred, "--yes")
    assert code == 1 and "passphrase is wrong" in err
    code, out, _ = run("--workspace", ws, "credentials", "list", "--status", "revoked", "--json")
    revoked = [r["id"] for r in json.loads(out)]
    assert cred in revoked and len(revoked) == 2  # and the demo's revoked workshop


def test_exports(tmp_path, run):
    ws = str(tmp_path / "demo")
    run("demo", ws)
    run("--workspace", ws, "learners", "import", str(FIXTURES / "import" / "learners_utf8_bom.csv"))
    from badgesmith.core.services import learners
    from badgesmith.core.store.workspace import Workspace

    with Workspace.open(ws) as w:
        learners.add_learner(w, "=HYPERLINK(\"http://evil\")", "evil@example.org")
    assert run("--workspace", ws, "export", "learners", str(tmp_path / "l.csv"))[0] == 0
    rows = list(csv.reader((tmp_path / "l.csv").read_text(encoding="utf-8-sig").splitlines()))
    evil = next(r for r in rows if "HYPERLINK" in r[1])
    assert evil[1].startswith("'=")
    assert run("--workspace", ws, "export", "verify-page", str(tmp_path / "verify.html"))[0] == 0
    assert "<html" in (tmp_path / "verify.html").read_text().lower()
    assert run("--workspace", ws, "export", "issuer-card", str(tmp_path / "card.json"))[0] == 0
    assert json.loads((tmp_path / "card.json").read_text())["did"].startswith("did:key:")
    code, _, err = run("--workspace", ws, "export", "status-list", str(tmp_path / "status.json"))
    assert code == 1 and "status list address" in err
    assert run("--workspace", ws, "export", "key-backup", str(tmp_path / "key.json"))[0] == 0


def test_backup_and_restore(tmp_path, run):
    ws = str(tmp_path / "demo")
    run("demo", ws)
    assert run("--workspace", ws, "backup", str(tmp_path / "b.zip"))[0] == 0
    # into a new folder the backup brings a key this workspace does not hold: it asks first
    code, out, err = run("--workspace", str(tmp_path / "restored"), "restore", str(tmp_path / "b.zip"))
    assert code == 1 and "does not hold as such" in out and "Not confirmed" in err
    code, out, _ = run("--workspace", str(tmp_path / "restored"), "restore", str(tmp_path / "b.zip"), "--yes")
    assert code == 0
    # back into the workspace it came from: signed by its own key, nothing to confirm
    code, out, _ = run("--workspace", ws, "restore", str(tmp_path / "b.zip"))
    assert code == 0 and "signed by this workspace's own key" in out
    code, out, _ = run("--workspace", str(tmp_path / "restored"), "cohorts", "list", "--json")
    assert len(json.loads(out)) == 6
    (tmp_path / "bad.zip").write_bytes(b"PK\x03\x04broken")
    code, _, err = run("--workspace", ws, "restore", str(tmp_path / "bad.zip"))
    assert code == 1 and "damaged" in err


@pytest.mark.parametrize("args, message", [
    (["learners", "import", "/nonexistent.csv"], "not found"),
    (["results", "import", "x.csv", "--cohort", "Nope"], "No cohort is called 'Nope'"),
    (["issue", "--cohort", "Nope"], "No cohort is called"),
    (["revoke", "urn:uuid:00000000-0000-0000-0000-000000000000", "--reason", "x"], "no credential"),
    (["verify", "typo.pdf"], "There is no file typo.pdf"),
])
def test_errors_are_one_clear_line(tmp_path, run, args, message):
    ws = str(tmp_path / "demo")
    run("demo", ws)
    code, _, err = run("--workspace", ws, *args)
    assert code == 1
    assert err.startswith("badgesmith: ") and err.count("\n") == 1 and message.lower() in err.lower()


def test_wrong_passphrase_for_issue(tmp_path, run, monkeypatch):
    ws = str(tmp_path / "demo")
    run("demo", ws)
    monkeypatch.setenv("BADGESMITH_PASSPHRASE", "wrong")
    code, _, err = run("--workspace", ws, "issue", "--cohort", "1", "--out", str(tmp_path / "o"))
    assert code == 1 and "passphrase is wrong" in err


def test_selfcheck():
    r = subprocess.run([sys.executable, "-m", "badgesmith.cli", "selfcheck"], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Selfcheck passed." in r.stdout


def test_export_results_is_formula_safe(tmp_path, run):
    ws = str(tmp_path / "demo")
    run("demo", ws)
    from badgesmith.core.services import assessment, cohorts
    from badgesmith.core.store.workspace import Workspace

    with Workspace.open(ws) as w:
        cid = cohorts.find_cohort(w, "First Aid — March 2026")
        first = cohorts.roster(w, cid)[0]
        assessment.set_evidence(w, cid, first.id, "=cmd|' /C calc'!A0", None)
    code, _, err = run("--workspace", ws, "export", "results", str(tmp_path / "r.csv"))
    assert code == 1 and "--cohort" in err
    assert run("--workspace", ws, "export", "results", str(tmp_path / "r.csv"), "--cohort", str(cid))[0] == 0
    rows = list(csv.reader((tmp_path / "r.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][:5] == ["Learner", "E-mail", "Student number", "CPR", "Recovery position"]
    assert len(rows) == 21
    note = rows[1][rows[0].index("Notes")]
    assert note.startswith("'=")
    assert {r[rows[0].index("Eligible")] for r in rows[1:]} == {"yes", "no"}


def test_control_characters_never_reach_the_terminal(run, tmp_path, demo_dir):
    # a file name with ESC sequences and a carriage return, and a bidi override: shown escaped
    evil = tmp_path / "x\x1b[2K\r\u202eVERIFIED.json"
    evil.write_text("{}")
    code, out, err = run("--workspace", str(demo_dir), "verify", str(evil))
    assert code == 1
    for bad in ("\x1b", "\r", "\u202e"):
        assert bad not in out and bad not in err
    assert "\\x1b[2K\\r\\u202eVERIFIED.json" in out


def test_an_internal_error_prints_one_sentence_and_no_traceback(run, demo_dir, monkeypatch):
    from badgesmith.core.services import register

    def broken(*a, **k):
        raise RuntimeError("a bug")

    monkeypatch.setattr(register, "list_credentials", broken)
    code, out, err = run("--workspace", str(demo_dir), "credentials", "list")
    assert code == 70 and "internal error" in err and "Traceback" not in err + out
    assert err.count("\n") == 1


def test_issuer_show_and_set_change_only_what_is_given(run, demo_dir):
    ws = ["--workspace", str(demo_dir)]
    code, out, _ = run(*ws, "issuer", "show", "--json")
    before = json.loads(out)
    assert code == 0 and before["name"] == "Northbridge Training Collective" and before["did"].startswith("did:key:")
    code, out, _ = run(*ws, "issuer", "set", "--verify-url", "https://example.org/badges/verify.html",
                       "--linkedin-organization-id", "1337")
    assert code == 0 and "Verification page: https://example.org/badges/verify.html" in out
    code, _, err = run(*ws, "issuer", "set", "--status-url", "ftp://example.org/status")
    assert code == 1 and "not a web address" in err
    code, out, _ = run(*ws, "issuer", "set", "--email", "")  # "" clears an optional field
    after = json.loads(run(*ws, "issuer", "show", "--json")[1])
    assert after == {**before, "verify_page_url": "https://example.org/badges/verify.html",
                     "linkedin_org_id": "1337", "email": None}


def test_did_web_and_publish_from_the_command_line(run, demo_dir, tmp_path, monkeypatch):
    ws = ["--workspace", str(demo_dir)]
    code, _, err = run(*ws, "issuer", "set", "--did-web", "https://example.org")
    assert code == 1 and "did:web" in err
    code, _, err = run(*ws, "publish", str(tmp_path / "site"))
    assert code == 1 and "verification page address" in err and not (tmp_path / "site").exists()
    code, out, _ = run(*ws, "issuer", "set", "--did-web", "user.github.io:badges",
                       "--verify-url", "https://user.github.io/badges/verify.html",
                       "--status-url", "https://user.github.io/badges/status/1")
    assert code == 0 and "did:web: did:web:user.github.io:badges" in out
    shown = json.loads(run(*ws, "issuer", "show", "--json")[1])
    assert shown["issuer_did"] == "did:web:user.github.io:badges" and shown["did"].startswith("did:key:")
    monkeypatch.setenv("BADGESMITH_PASSPHRASE", "demo")
    code, out, _ = run(*ws, "publish", str(tmp_path / "site"), "--json")
    result = json.loads(out)
    assert code == 0 and sorted(result["written"]) == ["README.txt", "did.json", "issuer.json", "status/1",
                                                       "verify.html"]
    assert result["elsewhere"] == []  # the path form puts did.json beside the page
    monkeypatch.delenv("BADGESMITH_PASSPHRASE")  # nothing to sign again: no passphrase needed
    code, out, _ = run(*ws, "publish", str(tmp_path / "site"))
    assert code == 0 and "0 file(s) written, 5 unchanged" in out
    code, out, _ = run(*ws, "issuer", "set", "--did-web", "")
    assert code == 0 and json.loads(run(*ws, "issuer", "show", "--json")[1])["did_web"] is None


def test_issuer_set_says_what_the_addresses_mean(run, demo_dir):
    ws = ["--workspace", str(demo_dir)]
    code, out, _ = run(*ws, "issuer", "set", "--verify-url", "https://example.org/verify.html")
    assert code == 0 and "Note: No status list address" in out
    code, out, _ = run(*ws, "issuer", "set", "--status-url", "https://cdn.example.net/status/1")
    assert code == 0 and "Note: The status list is on another website" in out
    code, _, err = run(*ws, "issuer", "set", "--status-url", "https://example.org/status/")
    assert code == 1 and "names a folder" in err


def test_learners_erase_asks_then_erases_and_lists_by_last_name(run, demo_dir, tmp_path, monkeypatch):
    ws = str(demo_dir)
    code, out, _ = run("--workspace", ws, "learners", "list", "--by-last-name", "--json")
    from badgesmith.core.services.learners import name_key

    rows = json.loads(out)
    last = [name_key(r["name"]).split()[-1] for r in rows]
    assert code == 0 and last == sorted(last)  # accents aside: Álvarez before Antonín
    who = next(r for r in rows if r["email"])
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code, out, err = run("--workspace", ws, "learners", "erase", who["email"])  # no terminal, no --yes: refused
    assert code == 1 and "Not confirmed" in err and "Nothing was erased" in out
    code, out, _ = run("--workspace", ws, "learners", "erase", who["email"], "--yes", "--json")
    report = json.loads(out)
    assert code == 0 and report["learner_id"] == who["id"] and report["compacted"]
    code, out, err = run("--workspace", ws, "learners", "erase", who["email"], "--yes")
    assert code != 0 and "No learner" in err
    assert who["name"] not in repr(db_snapshot(demo_dir))  # no row holds it, on either engine
    if (demo_dir / "workspace.db").exists():  # nor the SQLite file's free pages
        assert who["name"].encode() not in (demo_dir / "workspace.db").read_bytes()
