"""Importing learners: choose a file → map its columns → preview every row → confirm.

Nothing is written before the user clicks Import on the last page; reading and checking the
file and the final insert are operations (run off the GUI thread).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from badgesmith.core.imports.learner_rows import ColumnMapping
from badgesmith.core.services.importing import commit_learner_import, preview_learner_import
from badgesmith.ui import prefs
from badgesmith.ui.context import AppContext
from badgesmith.ui.errors import user_message
from badgesmith.ui.models.import_preview import ImportPreviewModel
from badgesmith.ui.ops import Change
from badgesmith.ui.widgets.common import error_label, note, plain, set_error

if TYPE_CHECKING:
    from badgesmith.core.imports.previews import LearnerImportPreview

# labels and filter are translated where shown (the language is installed after import)
FIELDS = (("name", str(QT_TRANSLATE_NOOP("MappingPage", "Full name"))),
          ("first_name", str(QT_TRANSLATE_NOOP("MappingPage", "First name"))),
          ("last_name", str(QT_TRANSLATE_NOOP("MappingPage", "Last name"))),
          ("email", str(QT_TRANSLATE_NOOP("MappingPage", "E-mail"))),
          ("student_number", str(QT_TRANSLATE_NOOP("MappingPage", "Student number"))))
FILE_FILTER = str(QT_TRANSLATE_NOOP("FilePage", "Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)"))


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportLearnersWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("A CSV or Excel (.xlsx) file with one learner per row. Nothing is imported "
                                 "until you confirm on the last page."))
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        self.path.setPlaceholderText(self.tr("Path to a .csv or .xlsx file"))
        self.path.editingFinished.connect(self._load_now)
        # a typed or pasted path is read once the typing pauses
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self._load_now)
        self.path.textChanged.connect(self._path_edited)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        lay.addLayout(row)
        self.status = plain(QLabel())
        self.status.setObjectName("importFileStatus")
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        self.error = error_label()
        lay.addWidget(self.error)
        lay.addStretch()

    def _path_edited(self, _text: str) -> None:
        self._timer.start()
        self.completeChanged.emit()  # the preview no longer matches what is typed: Next waits

    def _matches(self) -> bool:
        """The preview in hand is of the file named in the field."""
        text = self.path.text().strip()
        return bool(text) and self.w.preview is not None and str(self.w.preview.path) == str(Path(text))

    def _load_now(self) -> None:
        self._timer.stop()
        text = self.path.text().strip()
        if text and not self._matches() and self.w.loading_path != text:
            self.w.load(text)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import learners"), prefs.last_dir("import"),
                                              self.tr(FILE_FILTER))
        if path:
            prefs.set_last_dir("import", path)
            self.path.setText(path)
            self._load_now()

    def isComplete(self) -> bool:
        return self._matches() and not self.w.busy

    def validatePage(self) -> bool:
        if self._matches() and not self.w.busy:
            return True
        # The path changed (or is still being read): read it, and go on once it is read.
        self._load_now()
        if self._matches() and not self.w.busy:
            return True  # read at once (a synchronous runner)
        self.w.advance_when_loaded = self.w.busy
        return False

    def advance_if_ready(self) -> None:
        if self.w.currentPage() is self and self.isComplete():
            self.w.next()


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportLearnersWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Which column holds what?"))
        self.setSubTitle(self.tr("Badgesmith guessed from the column headings; correct it if needed. "
                                 "A full-name column wins over first and last names."))
        form = QFormLayout(self)
        self.combos: dict[str, QComboBox] = {}
        for key, label in FIELDS:
            combo = QComboBox()
            combo.setObjectName(f"map_{key}")
            combo.setMinimumWidth(260)
            combo.currentIndexChanged.connect(self._changed)
            self.combos[key] = combo
            form.addRow(self.tr(label), combo)
        self.summary = plain(QLabel())
        self.summary.setObjectName("mappingSummary")
        self.summary.setWordWrap(True)
        form.addRow(self.summary)
        self.error = error_label()
        form.addRow(self.error)
        self._filling = False

    def initializePage(self) -> None:
        preview = self.w.preview
        if preview is None:  # the wizard reaches this page only after a preview
            return
        self._filling = True
        mapping = preview.report.mapping
        for key, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("(not in the file)"), None)
            for i, h in enumerate(preview.headers):
                combo.addItem(self.tr("{heading}  — column {number}").format(heading=h or self.tr("(no heading)"),
                                                                          number=i + 1), i)
            current = getattr(mapping, key)
            combo.setCurrentIndex(0 if current is None else current + 1)
        self._filling = False
        self._show_summary()

    def mapping(self) -> ColumnMapping:
        return ColumnMapping(**{k: c.currentData() for k, c in self.combos.items()})

    def _changed(self) -> None:
        if not self._filling:
            self.w.load(self.w.file_page.path.text(), self.mapping(), on_done=self._show_summary)

    def _show_summary(self) -> None:
        if self.w.preview is not None:
            self.summary.setText(self.w.preview.report.summary().capitalize() + ".")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.w.busy and self.mapping().has_name


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportLearnersWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(self.tr("Each line of the file and what will happen to it. To correct a row that is held "
                                 "back, double-click its name, e-mail or student number (or select it and press "
                                 "F2)."))
        lay = QVBoxLayout(self)
        self.summary = plain(QLabel())
        self.summary.setObjectName("previewSummary")
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.warnings = note("")
        lay.addWidget(self.warnings)
        self.model = ImportPreviewModel(self)
        self.model.corrected.connect(lambda _line: self._show_counts())
        self.table = QTableView()
        self.table.setObjectName("previewTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        # only a held-back row's Name, E-mail and Student number cells are editable (the model says)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.table, 1)
        self.error = error_label()
        lay.addWidget(self.error)

    def initializePage(self) -> None:
        preview = self.w.preview
        if preview is None:
            return
        self.model.set_report(preview.report)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self._show_counts()

    def _show_counts(self) -> None:
        """The summary and the Import button, as the file and any corrections leave them."""
        preview = self.w.preview
        if preview is None:
            return
        report = preview.report
        n = len(report.accepted)
        self.summary.setText(f"{preview.path.name}: {report.summary()}.")
        self.warnings.setText("\n".join(report.warnings))
        self.warnings.setVisible(bool(report.warnings))
        self.w.setButtonText(QWizard.WizardButton.FinishButton,
                             self.tr("Import %n learner(s)", "", n) if n else self.tr("Nothing to import"))
        set_error(self.error, None if n else self.tr("No row of this file can be imported yet: see the reasons "
                                                     "above, and correct the rows here or in the file."))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.w.preview is not None and bool(self.w.preview.report.accepted) and not self.w.busy


class ImportLearnersWizard(QWizard):
    imported = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import learners"))
        self.preview: LearnerImportPreview | None = None
        self.busy = False
        self.loading_path: str | None = None  # the file being read now
        self.advance_when_loaded = False  # Next was pressed while the file was being read
        self._request = 0  # only the newest read may change the preview
        self.count: int | None = None
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        for p in (self.file_page, self.mapping_page, self.preview_page):
            self.addPage(p)
        self.resize(900, 600)

    def load(self, path: str, mapping: ColumnMapping | None = None,
             on_done: Callable[[], None] | None = None) -> None:
        """Read and check the file (off the GUI thread); the preview replaces the previous one."""
        page = self.file_page
        path = path.strip()
        if not path:
            return
        self._request += 1
        request = self._request
        if not Path(path).is_file():
            self.busy, self.loading_path, self.advance_when_loaded = False, None, False
            self.preview = None
            page.status.setText("")
            set_error(page.error, self.tr("There is no file at {path}.").format(path=path))
            page.completeChanged.emit()
            return
        self.busy = True
        self.loading_path = path if mapping is None else None
        page.status.setText(self.tr("Reading the file…"))
        page.completeChanged.emit()
        self.mapping_page.completeChanged.emit()

        def done(preview: LearnerImportPreview) -> None:
            if request != self._request:
                return  # a newer read (another file or mapping) was asked for since
            self.busy, self.loading_path = False, None
            self.preview = preview
            set_error(page.error, None)
            set_error(self.mapping_page.error, None)
            summary, total = preview.report.summary().capitalize(), preview.report.total
            page.status.setText(
                self.tr("✓ {file}: %n row(s), {encoding}. {summary}.", "", total).format(
                    file=preview.path.name, encoding=preview.encoding, summary=summary) if preview.encoding else
                self.tr("✓ {file}: %n row(s). {summary}.", "", total).format(file=preview.path.name,
                                                                             summary=summary))
            page.completeChanged.emit()
            if on_done is not None:
                on_done()
            if self.advance_when_loaded:
                self.advance_when_loaded = False
                QTimer.singleShot(0, page.advance_if_ready)

        def failed(exc: BaseException) -> None:
            if request != self._request:
                return
            self.busy, self.loading_path, self.advance_when_loaded = False, None, False
            if mapping is None:
                self.preview = None
                page.status.setText("")
                set_error(page.error, user_message(exc))
                page.completeChanged.emit()
            else:
                set_error(self.mapping_page.error, user_message(exc))
                self.mapping_page.completeChanged.emit()

        self.ctx.ops.run(self, lambda ws: preview_learner_import(ws, Path(path), mapping), done=done, error=failed)

    def accept(self) -> None:
        """Confirmed: insert exactly the previewed rows, in one transaction."""
        if self.preview is None or self.busy:
            return
        self.busy = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        preview = self.preview

        def done(n: int) -> None:
            self.busy = False
            self.count = n
            self.imported.emit(n)
            QWizard.accept(self)

        def failed(exc: BaseException) -> None:
            self.busy = False
            set_error(self.preview_page.error, user_message(exc))
            self.button(QWizard.WizardButton.FinishButton).setEnabled(True)

        self.ctx.ops.run(self, lambda ws: commit_learner_import(ws, preview), changes=Change.LEARNERS,
                         done=done, error=failed)
