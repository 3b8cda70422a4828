"""`badgesmith issue` says when the achievement misses EU micro-credential elements (issue 17): a
note before the passphrase, never a refusal."""

from __future__ import annotations

import json
from pathlib import Path

from badgesmith.cli import main

NOTE = "Note: EU micro-credential: 10 of 11 mandatory elements — missing: type of quality assurance\n"


def test_issuing_an_incomplete_micro_credential_notes_what_is_missing(demo_dir: Path, tmp_path: Path, capsys,  # type: ignore[no-untyped-def]
                                                                      monkeypatch) -> None:
    monkeypatch.setenv("BADGESMITH_PASSPHRASE", "demo")
    ws = str(demo_dir)
    code = main(["--workspace", ws, "issue", "--cohort", "Digital Marketing — Spring Workshop", "--out",
                 str(tmp_path / "dm"), "--json"])
    out, err = capsys.readouterr()
    assert code == 0 and json.loads(out)["issued"]  # issued all the same; stdout is the JSON alone
    assert err == NOTE
    code = main(["--workspace", ws, "issue", "--cohort", "Digital Marketing — Spring Workshop", "--out",
                 str(tmp_path / "dm")])
    out, _ = capsys.readouterr()
    assert out.startswith(NOTE)  # without --json: the first line, before the summary
    code = main(["--workspace", ws, "issue", "--cohort", "First Aid — March 2026", "--out", str(tmp_path / "fa"),
                 "--json"])
    out, err = capsys.readouterr()
    assert code == 0 and "Note:" not in out + err  # every element is there: nothing to say
