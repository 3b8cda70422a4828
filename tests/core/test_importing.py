"""Importing learners and results through the services: preview, commit, atomicity."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from badgesmith.core.errors import ValidationError
from badgesmith.core.services import achievements as ach
from badgesmith.core.services import assessment, cohorts, importing, learners
from tests.conftest import FIXTURES, db_snapshot

IMPORT = FIXTURES / "import"


def test_preview_writes_nothing_and_commit_imports_accepted_rows(ws):
    before = db_snapshot(ws.folder)
    p = importing.preview_learner_import(ws, IMPORT / "learners_latin1_semicolon.csv")
    assert db_snapshot(ws.folder) == before
    assert p.encoding in ("cp1252", "latin-1", "iso-8859-1") and p.delimiter == ";"
    n = importing.commit_learner_import(ws, p)
    assert n == len(p.report.accepted) == learners.count_learners(ws)
    names = {x.name for x in learners.list_learners(ws)}
    assert any("ë" in nm or "ç" in nm or "ü" in nm for nm in names)


def test_reimporting_the_same_file_reports_already_in_workspace(ws):
    importing.commit_learner_import(ws, importing.preview_learner_import(ws, IMPORT / "learners_utf8_bom.csv"))
    again = importing.preview_learner_import(ws, IMPORT / "learners_utf8_bom.csv")
    assert again.report.accepted == []
    assert all(r.status.value == "already-in-workspace" for r in again.report.rejected)


def test_commit_refuses_when_workspace_changed_since_preview(ws):
    p = importing.preview_learner_import(ws, IMPORT / "learners_utf8_bom.csv")
    first = p.report.accepted[0]
    learners.add_learner(ws, "Sneaky", first.email)
    before = db_snapshot(ws.folder)
    with pytest.raises(ValidationError, match="added since the preview"):
        importing.commit_learner_import(ws, p)
    assert db_snapshot(ws.folder) == before


def test_results_import_records_values_and_evidence(ws, tmp_path):
    a = ach.create_achievement(ws, ach.AchievementSpec(
        name="Mixed", rule="score", pass_mark=50,
        criteria=(ach.CriterionSpec("Exam", "score", 0, 100), ach.CriterionSpec("Attendance", "status"))))
    c = cohorts.create_cohort(ws, "C", a.id)
    ids = [learners.add_learner(ws, n, e).id for n, e in (("Zoë Ñúñez", "zoe@example.org"), ("Li Na", "li@example.org"))]
    cohorts.enrol(ws, c.id, ids)
    f = tmp_path / "r.csv"
    f.write_text("E-mail;Exam;Attendance;Assessor;Notes\nzoe@example.org;72,5;yes;Ann;Great work\n"
                 "li@example.org;abc;no;Ann;\nnobody@example.org;50;yes;Ann;\n", encoding="cp1252")
    p = importing.preview_results_import(ws, c.id, f)
    assert len(p.report.accepted) == 1 and len(p.report.rejected) == 2
    assert importing.commit_results_import(ws, c.id, p) == 2
    res = assessment.cohort_results(ws, c.id)[ids[0]]
    assert sorted(v.value for v in res.values.values()) == ["72.5", "Completed"]
    assert res.evidence_note == "Great work"
    assert assessment.eligibility(ws, c.id)[ids[0]].eligible


def test_a_spanish_results_file_is_read_by_its_spanish_headings_and_words(ws, tmp_path):
    a = ach.create_achievement(ws, ach.AchievementSpec(
        name="Primeros auxilios", rule="attendance",
        criteria=(ach.CriterionSpec("Práctica RCP", "status"), ach.CriterionSpec("Asistencia", "status"))))
    c = cohorts.create_cohort(ws, "Primeros auxilios — mayo", a.id)
    ids = [learners.add_learner(ws, n, e).id for n, e in (("Lucía Gómez", "lucia@example.es"),
                                                            ("Íñigo Ruiz", "inigo@example.es"))]
    cohorts.enrol(ws, c.id, ids)
    f = tmp_path / "resultados.csv"
    f.write_text("Nombre;Apellidos;Correo electrónico;Práctica RCP;Asistencia;Evaluador;Fecha;Observaciones;Enlace\n"
                 "Lucía;Gómez;lucia@example.es;Apto;Presente;Ana Pérez;05/03/2024;Muy segura;www.example.es/v1\n"
                 "Íñigo;Ruiz;inigo@example.es;No apto;ausente;Ana Pérez;05/03/2024;;\n", encoding="utf-8")
    p = importing.preview_results_import(ws, c.id, f)
    m = p.report.mapping
    assert (m.first_name, m.last_name, m.email, m.assessor, m.date, m.evidence, m.evidence_url) == (0, 1, 2, 5, 6, 7, 8)
    assert m.criteria == {"Práctica RCP": 3, "Asistencia": 4}
    assert not p.report.rejected and len(p.report.accepted) == 2
    assert importing.commit_results_import(ws, c.id, p) == 4
    results = assessment.cohort_results(ws, c.id)
    lucia, inigo = results[ids[0]], results[ids[1]]
    assert sorted(v.value for v in lucia.values.values()) == [assessment.COMPLETED] * 2
    assert sorted(v.value for v in inigo.values.values()) == [assessment.FAILED] * 2
    assert lucia.evidence_note == "Muy segura" and lucia.evidence_url == "https://www.example.es/v1"
    assert {v.assessor for v in lucia.values.values()} == {"Ana Pérez"}
    eligible = assessment.eligibility(ws, c.id)
    assert eligible[ids[0]].eligible and not eligible[ids[1]].eligible


def _big_csv(path: Path, n: int) -> None:
    with path.open("w", encoding="utf-8") as f:
        f.write("Name,Email,Student number\n")
        for i in range(n):
            f.write(f"Learner Ünïcode {i},learner{i}@example.org,N{i:07d}\n")


@pytest.mark.slow
def test_sigkill_during_a_100k_row_import_leaves_the_workspace_as_before(demo_dir, tmp_path):
    big = tmp_path / "big.csv"
    _big_csv(big, 100_000)
    before = db_snapshot(demo_dir)
    writing = _writing_probe(demo_dir)
    env = {**os.environ, "BADGESMITH_WORKSPACE": str(demo_dir)}
    proc = subprocess.Popen([sys.executable, "-m", "badgesmith.cli", "learners", "import", str(big)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # Kill once the insert transaction is writing (SQLite: the WAL grows; PostgreSQL: the import's
    # transaction holds a transaction id), before it commits.
    deadline = time.monotonic() + 120
    killed_mid_write = False
    while time.monotonic() < deadline and proc.poll() is None:
        if writing():
            proc.send_signal(signal.SIGKILL)
            killed_mid_write = True
            break
        time.sleep(0.002)
    proc.wait()
    assert killed_mid_write, f"the import finished before it could be killed: {proc.stdout.read()!r}"
    if (demo_dir / "workspace.db").exists():
        con = sqlite3.connect(demo_dir / "workspace.db")
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        con.close()
    assert db_snapshot(demo_dir) == before


def _writing_probe(folder):
    """A check that the import in another process has started writing its transaction."""
    wal = folder / "workspace.db-wal"
    if (folder / "workspace.db").exists():
        base = wal.stat().st_size if wal.exists() else 0
        return lambda: wal.exists() and wal.stat().st_size > base + 512 * 1024
    import json

    import psycopg

    from badgesmith.core.store.database_url import CONNECTION_FILE

    # one connection of the test's own, asked again and again (a new one each time is too slow)
    conn = psycopg.connect(json.loads((folder / CONNECTION_FILE).read_text())["url"], autocommit=True)
    query = ("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
             "AND backend_xid IS NOT NULL AND pid <> pg_backend_pid()")
    return lambda: bool(conn.execute(query).fetchone()[0])
