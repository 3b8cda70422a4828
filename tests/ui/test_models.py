"""Qt models without any widget: QAbstractItemModelTester plus direct assertions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from badgesmith.core.services import assessment, cohorts, learners
from badgesmith.core.services.learners import LearnerInfo
from badgesmith.core.store.workspace import Workspace
from badgesmith.ui.ops import Ops
from badgesmith.ui.tasks import SyncTaskRunner

Mode = QAbstractItemModelTester.FailureReportingMode


def _ops(ws: Workspace) -> Ops:
    """The operations layer over ``ws`` with the synchronous runner: work runs inline."""
    return Ops(SyncTaskRunner(), lambda: ws, lambda _change: None)


def test_rows_model_named_columns(qapp) -> None:
    from badgesmith.ui.models.table import ROW_ROLE, Column, RowsModel

    cols = [Column("name", "Name", lambda r: r.name), Column("mail", "E-mail", lambda r: r.email or "",
                                                            tooltip=lambda r: "no e-mail" if not r.email else None)]
    m = RowsModel(cols, [LearnerInfo(1, "Ada", None, None), LearnerInfo(2, "Bo", "b@x.org", None)])
    QAbstractItemModelTester(m, Mode.Fatal)
    assert (m.rowCount(), m.columnCount()) == (2, 2)
    assert m.headerData(1, Qt.Orientation.Horizontal) == "E-mail"
    assert m.text(1, "mail") == "b@x.org"
    assert m.data(m.index(0, 1), Qt.ItemDataRole.ToolTipRole) == "no e-mail"
    assert m.data(m.index(1, 0), ROW_ROLE).id == 2
    m.set_rows([])
    assert m.rowCount() == 0


def test_learners_model_fetches_lazily_in_pages(qapp, ws) -> None:
    from badgesmith.ui.models.learners import LearnersModel

    with ws.session() as s:
        learners.insert_learners(s, [(f"Learner {i:04d}", f"l{i}@example.org", None) for i in range(1200)])
    m = LearnersModel(_ops(ws), page=500)
    QAbstractItemModelTester(m, Mode.Fatal)
    m.reload("")
    assert m.total == 1200
    assert m.rowCount() == 500
    assert m.canFetchMore(QModelIndex())
    m.fetchMore(QModelIndex())
    m.fetchMore(QModelIndex())
    assert m.rowCount() == 1200
    assert not m.canFetchMore(QModelIndex())
    assert m.data(m.index(0, 0)) == "Learner 0000"
    assert m.data(m.index(1199, m.column_index("email"))) == "l1199@example.org"
    m.reload("learner 0042")
    assert (m.total, m.rowCount()) == (1, 1)
    m.reload("nobody")
    assert (m.total, m.rowCount()) == (0, 0)


def test_grid_model_saves_validates_undoes_and_tracks_eligibility(qapp, demo_ws) -> None:
    from badgesmith.ui.models.grid import AssessmentGridModel

    c = next(c for c in cohorts.list_cohorts(demo_ws) if c.name.startswith("Spreadsheets"))
    m = AssessmentGridModel(_ops(demo_ws))
    QAbstractItemModelTester(m, Mode.Fatal)
    m.load(c.id)
    assert m.rowCount() == c.enrolled
    col = m.criterion_column("Practical test")
    learner = m.rows[0].learner
    messages: list[str] = []
    m.rejected.connect(messages.append)

    assert m.setData(m.index(0, col), "95")
    assert assessment.cohort_results(demo_ws, c.id)[learner.id].values[m.criteria[0].id].value == "95"
    assert m.data(m.index(0, m.eligible_column)) == "✓ eligible"

    assert not m.setData(m.index(0, col), "banana")
    assert messages and "not a number" in messages[-1]
    # the refused text stays in its cell (marked) until fixed; the value saved is unchanged
    assert m.data(m.index(0, col)) == "⚠ banana" and m.rows[0].values[m.criteria[0].id] == "95"
    assert m.data(m.index(0, col), Qt.ItemDataRole.EditRole) == "banana"  # the editor opens on what was typed
    assert "Not saved" in m.data(m.index(0, col), Qt.ItemDataRole.ToolTipRole)
    assert assessment.cohort_results(demo_ws, c.id)[learner.id].values[m.criteria[0].id].value == "95"

    assert m.setData(m.index(0, col), "10")
    assert m.data(m.index(0, m.eligible_column)).startswith("✗ Score 10 is below")
    assert "pass mark" in m.data(m.index(0, m.eligible_column), Qt.ItemDataRole.ToolTipRole)
    m.undo_stack.undo()
    assert assessment.cohort_results(demo_ws, c.id)[learner.id].values[m.criteria[0].id].value == "95"
    m.undo_stack.redo()
    assert assessment.cohort_results(demo_ws, c.id)[learner.id].values[m.criteria[0].id].value == "10"

    assert m.setData(m.index(0, m.note_column), "Worked carefully.")
    assert not m.setData(m.index(0, m.url_column), "not a link")
    assert m.setData(m.index(0, m.url_column), "https://example.org/e/1")
    r = assessment.cohort_results(demo_ws, c.id)[learner.id]
    assert (r.evidence_note, r.evidence_url) == ("Worked carefully.", "https://example.org/e/1")
    assert not m.flags(m.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert not m.flags(m.index(0, m.eligible_column)) & Qt.ItemFlag.ItemIsEditable


def test_import_preview_rows(qapp, ws, tmp_path) -> None:
    from badgesmith.core.services.importing import preview_learner_import
    from badgesmith.ui.models.import_preview import ImportPreviewModel

    f = tmp_path / "people.csv"
    f.write_text("Name,Email\nAda Lovelace,ada@example.org\nBad Mail,not-an-email\nAda Lovelace,ada@example.org\n",
                 encoding="utf-8")
    preview = preview_learner_import(ws, f)
    m = ImportPreviewModel()
    QAbstractItemModelTester(m, Mode.Fatal)
    m.set_report(preview.report)
    assert m.rowCount() == 3
    statuses = [m.row_at(i).status for i in range(3)]
    assert statuses[0] == "accepted" and "rejected" in statuses[1] and statuses[2] == "duplicate-in-file"
    assert m.text(0, "status").startswith("✓")
    assert m.text(1, "message")


@pytest.mark.parametrize("kind", ["score", "level", "status"])
def test_describe_criterion(kind: str) -> None:
    from badgesmith.core.services.assessment import CriterionInfo
    from badgesmith.ui.models.grid import describe

    c = CriterionInfo(1, "X", kind, 0, 100, True, "Competent", ("Not yet", "Competent"))
    assert describe(c)
