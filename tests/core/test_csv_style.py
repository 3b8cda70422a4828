"""CSV exports in the user's spreadsheet style: `;` and 7,5 in Germany and France, `,` and 7.5 in
the US, decided from the locale's name alone (no installed locale needed), and read back by our
own importers either way."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from badgesmith.core.errors import ValidationError
from badgesmith.core.imports.tables import read_table
from badgesmith.core.services import achievements as ach
from badgesmith.core.services import assessment, cohorts, importing, issuing, learners, register
from badgesmith.core.services.csv_style import (
    COMMA,
    ENV_VAR,
    SEMICOLON,
    CsvStyle,
    csv_style,
    style_for_locale,
)

LOCALE_VARS = ("LC_ALL", "LC_NUMERIC", "LANG", ENV_VAR)


@pytest.fixture
def locale_env(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Set the process locale as a shell would (and nothing else that could decide the style)."""
    for var in LOCALE_VARS:
        monkeypatch.delenv(var, raising=False)

    def set_lang(lang: str) -> None:
        monkeypatch.setenv("LANG", lang)

    return set_lang


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("de_DE.UTF-8", SEMICOLON),
        ("fr_FR.UTF-8", SEMICOLON),
        ("fr_FR@euro", SEMICOLON),
        ("de-AT", SEMICOLON),
        ("es_ES.UTF-8", SEMICOLON),
        ("pt_BR.UTF-8", SEMICOLON),
        ("nl_BE", SEMICOLON),
        ("ru_RU.UTF-8", SEMICOLON),
        ("fr_CA.UTF-8", SEMICOLON),
        ("en_ZA.UTF-8", SEMICOLON),  # English with local numbers
        ("en_DK.UTF-8", SEMICOLON),
        ("German_Germany.1252", SEMICOLON),  # Windows' names
        ("en_US.UTF-8", COMMA),
        ("en_GB.UTF-8", COMMA),
        ("es_MX.UTF-8", COMMA),
        ("ja_JP.UTF-8", COMMA),
        ("C.UTF-8", COMMA),
        ("POSIX", COMMA),
        ("", COMMA),
        (None, COMMA),
        ("de_CH.UTF-8", CsvStyle(";", ".")),  # Swiss: 7.5, but listed with semicolons
    ],
)
def test_style_for_locale(tag: str | None, expected: CsvStyle) -> None:
    assert style_for_locale(tag) == expected


def test_the_locale_variables_are_read_as_posix_reads_them() -> None:
    assert csv_style(environ={"LANG": "de_DE.UTF-8"}) == SEMICOLON
    assert csv_style(environ={"LC_NUMERIC": "fr_FR.UTF-8", "LANG": "en_US.UTF-8"}) == SEMICOLON
    assert csv_style(environ={"LC_ALL": "C", "LANG": "de_DE.UTF-8"}) == COMMA  # LC_ALL wins
    assert csv_style(environ={"LC_ALL": "", "LANG": "de_DE.UTF-8"}) == SEMICOLON  # empty is unset
    assert csv_style(environ={}) == COMMA


def test_the_override_beats_the_locale() -> None:
    german = {"LANG": "de_DE.UTF-8"}
    assert csv_style(environ={**german, ENV_VAR: "comma"}) == COMMA
    assert csv_style(environ={"LANG": "en_US.UTF-8", ENV_VAR: "Semicolon"}) == SEMICOLON
    assert csv_style(environ={**german, ENV_VAR: "auto"}) == SEMICOLON
    assert csv_style("comma", environ={**german, ENV_VAR: "semicolon"}) == COMMA  # --csv-style first
    with pytest.raises(ValidationError, match="BADGESMITH_CSV_STYLE is 'excel': use comma, semicolon or auto"):
        csv_style(environ={ENV_VAR: "excel"})


def _score_cohort(ws) -> tuple[int, list[int]]:  # type: ignore[no-untyped-def]
    a = ach.create_achievement(ws, ach.AchievementSpec(
        name="Spreadsheet skills", rule="score", pass_mark=5,
        criteria=(ach.CriterionSpec("Practical test", "score", 0, 10),)))
    c = cohorts.create_cohort(ws, "Abendkurs", a.id)
    ids = [learners.add_learner(ws, "Ayşe Öztürk", "ayse@example.de", "S-1").id,
           learners.add_learner(ws, "Müller; Jr., Jean", "jean@example.fr").id]
    cohorts.enrol(ws, c.id, ids)
    crit = assessment.criteria_for_cohort(ws, c.id)[0]
    assessment.record_results(ws, c.id, [(ids[0], crit.id, "7,5"), (ids[1], crit.id, "4")])
    return c.id, ids


@pytest.mark.parametrize(
    ("lang", "header", "score"),
    [
        ("de_DE.UTF-8", "Learner;E-mail;Student number;Practical test;Eligible", "7,5"),
        ("fr_FR.UTF-8", "Learner;E-mail;Student number;Practical test;Eligible", "7,5"),
        ("en_US.UTF-8", "Learner,E-mail,Student number,Practical test,Eligible", "7.5"),
    ],
)
def test_results_export_in_the_locale_style_round_trips(ws, tmp_path: Path, locale_env, lang: str,
                                                        header: str, score: str) -> None:
    locale_env(lang)
    cid, ids = _score_cohort(ws)
    out = assessment.export_results_csv(ws, cid, tmp_path / "results.csv")
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf" + header.encode())  # the BOM Excel needs, then the header
    delimiter = header[7]
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=delimiter))
    col = rows[0].index("Practical test")
    assert [r[col] for r in rows[1:]] == [score, "4"]
    assert rows[2][0] == "Müller; Jr., Jean"  # quoted, whichever delimiter
    # our own importer reads it back: the same scores for the same learners
    assessment.record_results(ws, cid, [(i, assessment.criteria_for_cohort(ws, cid)[0].id, None) for i in ids])
    preview = importing.preview_results_import(ws, cid, out)
    assert not preview.report.rejected, preview.report_lines()
    assert importing.commit_results_import(ws, cid, preview) == 2
    crit = assessment.criteria_for_cohort(ws, cid)[0]
    got = assessment.cohort_results(ws, cid)
    assert [got[i].values[crit.id].value for i in ids] == ["7.5", "4"]


@pytest.mark.parametrize("style", [SEMICOLON, COMMA])
def test_learners_export_round_trips_through_the_learner_import(ws, tmp_path: Path, style: CsvStyle) -> None:
    from badgesmith.core.services import issuer
    from badgesmith.core.store.workspace import Workspace

    learners.add_learner(ws, "Ayşe Öztürk", "ayse@example.de", "S-1")
    learners.add_learner(ws, "Müller; Jr., Jean", "jean@example.fr", "7,5")
    out = register.export_learners_csv(ws, tmp_path / "learners.csv", style)
    table = read_table(out)
    assert (table.encoding, table.delimiter) == ("utf-8-sig", style.delimiter)
    other = Workspace.open(tmp_path / "other")
    try:
        issuer.init_issuer(other, "Other", "another secret phrase")
        preview = importing.preview_learner_import(other, out)
        assert [(r.name, r.email, r.student_number) for r in preview.report.accepted] == [
            ("Ayşe Öztürk", "ayse@example.de", "S-1"), ("Müller; Jr., Jean", "jean@example.fr", "7,5")]
    finally:
        other.close()


def test_manifest_follows_the_style_asked_for(ws, tmp_path: Path, locale_env) -> None:
    locale_env("en_US.UTF-8")
    a = ach.create_achievement(ws, ach.AchievementSpec(
        name="Erste Hilfe", criteria=(ach.CriterionSpec("Attendance", "status"),)))
    c = cohorts.create_cohort(ws, "März", a.id)
    lid = learners.add_learner(ws, "Ayşe Öztürk", "ayse@example.de").id
    cohorts.enrol(ws, c.id, [lid])
    crit = assessment.criteria_for_cohort(ws, c.id)[0]
    assessment.record_results(ws, c.id, [(lid, crit.id, "attended")])
    s = issuing.issue_batch(ws, c.id, "secret phrase", tmp_path / "out", workers=1, csv_style=SEMICOLON)
    assert s.manifest is not None
    lines = s.manifest.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Learner;E-mail;Student number;Credential ID;Status")
    assert lines[1].startswith("Ayşe Öztürk;ayse@example.de;;urn:uuid:")


def test_the_command_line_takes_a_style_and_says_what_is_wrong(demo_dir: Path, tmp_path: Path, capsys,
                                                               monkeypatch, locale_env) -> None:
    from badgesmith.cli import main

    locale_env("en_US.UTF-8")
    out = tmp_path / "learners.csv"
    assert main(["--workspace", str(demo_dir), "export", "learners", str(out), "--csv-style", "semicolon"]) == 0
    assert out.read_bytes().decode("utf-8-sig").startswith("ID;Name;E-mail;Student number\r\n")
    assert main(["--workspace", str(demo_dir), "export", "learners", str(out)]) == 0
    assert out.read_bytes().decode("utf-8-sig").startswith("ID,Name,E-mail,Student number\r\n")
    locale_env("de_DE.UTF-8")
    assert main(["--workspace", str(demo_dir), "export", "learners", str(out)]) == 0
    assert out.read_bytes().decode("utf-8-sig").startswith("ID;Name")
    capsys.readouterr()
    monkeypatch.setenv(ENV_VAR, "excel")
    assert main(["--workspace", str(demo_dir), "export", "learners", str(out)]) == 1
    err = capsys.readouterr().err
    assert "BADGESMITH_CSV_STYLE is 'excel'" in err and "Traceback" not in err
