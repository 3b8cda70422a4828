"""Importing a cohort's results from CSV/XLSX: preview every row, then record on confirm."""

from __future__ import annotations

from pathlib import Path
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from badgesmith.core.services.cohorts import CohortInfo
from badgesmith.core.services.importing import (
    ResultsImportPreview,
    commit_results_import,
    preview_results_import,
)
from badgesmith.ui import prefs
from badgesmith.ui.context import AppContext
from badgesmith.ui.errors import user_message
from badgesmith.ui.ops import Change
from badgesmith.ui.widgets.common import error_label, note, plain, set_error

FILE_FILTER = str(QT_TRANSLATE_NOOP("ImportResultsDialog", "Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)"))


class ImportResultsDialog(QDialog):
    """Choose a file → read it on the task runner → show the per-row report → record on OK."""

    def __init__(self, ctx: AppContext, cohort: CohortInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importResultsDialog")
        self.setWindowTitle(self.tr("Import results — {cohort}").format(cohort=cohort.name))
        self.resize(720, 520)
        self.ctx, self.cohort = ctx, cohort
        self.preview: ResultsImportPreview | None = None
        self.busy = False
        self._generation = 0  # only the newest file's preview may be shown and recorded
        self.path = QLineEdit()
        self.path.setObjectName("resultsFile")
        self.path.setPlaceholderText(self.tr("A CSV or Excel file with a column per criterion"))
        self.path.returnPressed.connect(lambda: self.load(self.path.text()))
        self.path.textEdited.connect(self._path_edited)
        browse = QPushButton(self.tr("Choose…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        self.summary = plain(QLabel())
        self.summary.setObjectName("resultsSummary")
        self.summary.setWordWrap(True)
        self.report = QPlainTextEdit()
        self.report.setObjectName("resultsReport")
        self.report.setReadOnly(True)
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = cast(QPushButton, self.buttons.button(QDialogButtonBox.StandardButton.Ok))
        self.ok.setText(self.tr("Record results"))
        self.ok.setEnabled(False)
        # Enter in the file field reads the file; recording needs a deliberate click.
        for b in self.buttons.buttons():
            if isinstance(b, QPushButton):
                b.setAutoDefault(False)
                b.setDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        lay = QVBoxLayout(self)
        #: name the optional headings as your language writes them, from core/words.py (HEADINGS: assessor,
        #: date, evidence, evidence_url): files may use those of any shipped language, or the English ones
        lay.addWidget(note(self.tr("Rows name the learner by e-mail, student number or name; columns are named "
                                   "after the criteria (plus optional Assessor, Date, Notes and Evidence URL). "
                                   "Nothing is recorded until you confirm.")))
        lay.addLayout(row)
        lay.addWidget(self.summary)
        lay.addWidget(self.report, 1)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        # Enter reads the typed file name; it never records (that takes a click on the button).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import results"), prefs.last_dir("results"),
                                              self.tr(FILE_FILTER))
        if path:
            prefs.set_last_dir("results", path)
            self.load(path)

    def _path_edited(self, _text: str) -> None:
        """Another file name is being typed: what was read no longer matches it, so it cannot be recorded."""
        if self.preview is None and not self.ok.isEnabled():
            return
        self._generation += 1
        self.preview = None
        self.ok.setEnabled(False)
        self.summary.setText(self.tr("Press Enter to read the file."))
        self.report.clear()

    def load(self, path: str) -> None:
        if not path.strip():
            return
        self.path.setText(path)
        self.preview = None
        self.ok.setEnabled(False)
        set_error(self.error, "")
        self.summary.setText(self.tr("Reading the file…"))
        self.report.clear()
        cohort_id = self.cohort.id
        self._generation += 1
        gen = self._generation

        def done(preview: ResultsImportPreview) -> None:
            if gen != self._generation:
                return  # another file was chosen since: this preview must not be recorded
            self.preview = preview
            report = preview.report
            self.summary.setText(f"{report.summary()}.")
            self.report.setPlainText("\n".join(preview.report_lines()[1:]) or self.tr("Every row is fine."))
            n = sum(len(r.values) for r in report.accepted)
            self.ok.setText(self.tr("Record %n result(s)", "", n))
            self.ok.setEnabled(n > 0)

        def failed(exc: BaseException) -> None:
            if gen != self._generation:
                return
            self.summary.setText("")
            self.report.clear()
            set_error(self.error, user_message(exc))

        self.ctx.ops.run(self, lambda ws: preview_results_import(ws, cohort_id, Path(path)), done=done, error=failed)

    def accept(self) -> None:
        if self.preview is None or self.busy:
            return
        self.busy = True
        self.ok.setEnabled(False)
        cohort_id, preview = self.cohort.id, self.preview

        def done(_n: int) -> None:
            self.busy = False
            super(ImportResultsDialog, self).accept()

        def failed(exc: BaseException) -> None:
            self.busy = False
            set_error(self.error, self.tr("{error} Nothing was recorded.").format(error=user_message(exc)))

        self.ctx.ops.run(self, lambda ws: commit_results_import(ws, cohort_id, preview), changes=Change.RESULTS,
                         done=done, error=failed)
