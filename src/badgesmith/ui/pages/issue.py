"""Issue: choose a cohort, see who is eligible and why not, preview, and issue in the background."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from badgesmith.core.services import (
    achievements,
    cohorts,
    issuer,
    issuing,
    issuing_lock,
    pathway_awards,
    pathways,
    printouts,
    publishing,
)
from badgesmith.core.services.certificates import preview_certificate
from badgesmith.ui import colours, prefs
from badgesmith.ui.context import AppContext
from badgesmith.ui.dialogs.issue_summary import IssueSummaryDialog
from badgesmith.ui.dialogs.passphrase import with_passphrase
from badgesmith.ui.errors import ask
from badgesmith.ui.i18n import say
from badgesmith.ui.models.issue_plan import IssuePlanModel
from badgesmith.ui.ops import Change
from badgesmith.ui.pages.base import Page
from badgesmith.ui.printing import print_job
from badgesmith.ui.widgets.common import heading, note, plain, row_table, select_quietly
from badgesmith.ui.widgets.language_box import language_box
from badgesmith.ui.widgets.pdf_preview import PdfPreview, RenderedPdf, render_pdf

if TYPE_CHECKING:
    from badgesmith.core.said import Said
    from badgesmith.core.store.workspace import Workspace
    from badgesmith.ui.tasks import TaskControl

PREVIEW_DELAY_MS = 250
NAMES_SHOWN = 8  # a question names this many learners, then says how many more
PATHWAY = "pathway:"  # the item data of a pathway that has no cohort yet


def default_output(workspace: Path, cohort_name: str) -> Path:
    """Documents/Badgesmith/<workspace>/<cohort>: a demo and the real workspace (whose cohorts
    may share names and numbers) never write into one folder."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())

    def safe(name: str) -> str:
        return " ".join(re.sub(r"[^\w\- ]+", " ", name).split())

    folder = Path(docs) / "Badgesmith"  # i18n: the app's folder name, as on every system
    return folder / (safe(workspace.name) or "workspace") / (safe(cohort_name) or "certificates")


class IssuePage(Page):
    topics = Change.EVERYTHING

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.cohort = QComboBox()
        self.cohort.setObjectName("issueCohort")
        self.cohort.setMinimumWidth(320)
        self.cohort.currentIndexChanged.connect(self._cohort_changed)
        self.achievement = plain(QLabel())
        self.achievement.setObjectName("issueAchievement")
        # this cohort's certificates in another language, or two (bilingual); kept with the cohort
        self.language = language_box("issueLanguage", self.tr("As the achievement's design"))
        self.second_language = language_box("issueSecondLanguage", self.tr("None (one language)"))
        self.second_language.setEnabled(False)
        for box in (self.language, self.second_language):
            box.currentIndexChanged.connect(self._language_chosen)
        self.model = IssuePlanModel(self)
        self.table = row_table(self.model, "issueTable")
        self.table.setAccessibleName(self.tr("Learners and whether they can be issued a credential"))
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        h.resizeSection(0, 170)
        h.resizeSection(1, 130)  # the rest goes to "Why not", the sentences a trainer reads
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # several learners can be chosen (Ctrl/Shift+click) to renew just them, e.g. after a re-sit
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.render_preview)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._preview_timer.start())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_renew())
        self.counts = QLabel()
        self.counts.setObjectName("issueCounts")
        self.preview = PdfPreview(self.tr("Select a learner to preview their certificate."))
        self.preview.setObjectName("issuePreview")
        self._preview_gen = 0
        self._plan_gen = 0
        self._pathway_cohorts: set[int] = set()  # cohorts that award a pathway
        self.out_dir = QLineEdit()
        self.out_dir.setObjectName("outputFolder")
        self.out_dir.setAccessibleName(self.tr("Folder for the certificates"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        self.reissue = QCheckBox(self.tr("Issue again to those already issued (renewal; keeps the award date)"))
        self.reissue.setObjectName("reissue")
        self.reissue.toggled.connect(self._update_counts)
        self.renew_button = QPushButton(self.tr("Renew selected…"))
        self.renew_button.setObjectName("renewSelected")
        self.renew_button.setToolTip(self.tr("Issue again to the selected learners only (e.g. after a re-sit, or "
                                             "to replace a revoked credential); Ctrl+click chooses several"))
        self.renew_button.clicked.connect(self.renew_selected)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("printCohort")
        self.print_button.setToolTip(self.tr("Print the cohort's print file: every active certificate in the "
                                             "output folder (revoked ones are never printed)"))
        self.print_button.clicked.connect(self.print_cohort)
        self.issue_button = QPushButton(self.tr("Issue", "verb: award credentials"))
        self.issue_button.setObjectName("issueButton")
        self.issue_button.setDefault(True)
        self.issue_button.clicked.connect(self.issue)
        self.last_summary: issuing.IssueSummary | None = None
        self.summary_dialog: QWidget | None = None
        # what the QR codes and later revocations will and will not reach, from Settings ▸ Publishing
        self.warnings = plain(QLabel())
        self.warnings.setObjectName("issueWarnings")
        self.warnings.setWordWrap(True)
        colours.styled(self.warnings, colours.notice_label_sheet)
        self.warnings.hide()
        # the achievement as an EU micro-credential, when it misses elements: a note, not a block
        self.eu_note = plain(QLabel())
        self.eu_note.setObjectName("issueEuNote")
        self.eu_note.setWordWrap(True)
        colours.styled(self.eu_note, colours.notice_label_sheet)
        self.eu_note.hide()

        top = QFormLayout()
        top.addRow(self.tr("Cohort"), self.cohort)
        top.addRow(self.tr("Achievement"), self.achievement)
        languages = QHBoxLayout()
        languages.addWidget(self.language, 1)
        languages.addWidget(QLabel(self.tr("and", "a certificate in one language and another")))
        languages.addWidget(self.second_language, 1)
        top.addRow(self.tr("Certificate language"), languages)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.table, 1)
        ll.addWidget(self.counts)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(note(self.tr("Preview (not signed; the issued certificate carries your key's QR code):")))
        rl.addWidget(self.preview, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([620, 560])
        out = QHBoxLayout()
        out.addWidget(QLabel(self.tr("Output folder")))
        out.addWidget(self.out_dir, 1)
        out.addWidget(browse)
        bottom = QHBoxLayout()
        bottom.addWidget(self.reissue)
        bottom.addStretch()
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.renew_button)
        bottom.addWidget(self.issue_button)
        lay = QVBoxLayout(self)
        lay.addWidget(heading(self.tr("Issue credentials")))
        lay.addLayout(top)
        lay.addWidget(self.eu_note)
        lay.addWidget(split, 1)
        lay.addWidget(self.warnings)
        lay.addLayout(out)
        lay.addLayout(bottom)

    # ---------------------------------------------------------------- data

    def _address_warnings(self) -> list[str]:
        info = self.ctx.ops.read(self, issuer.get_issuer)
        return publishing.address_warnings(info) if info is not None else []

    def refresh(self) -> None:
        warnings = self._address_warnings()
        self.warnings.setText("\n".join(map(say, warnings)))
        self.warnings.setVisible(bool(warnings))
        keep = self.cohort.currentData()
        self.cohort.blockSignals(True)
        self.cohort.clear()
        listed = self.ctx.ops.read(self, lambda ws: (cohorts.list_cohorts(ws), pathways.list_pathways(ws)))
        all_cohorts, all_pathways = listed or ([], [])
        trees = {p.achievement_id for p in all_pathways}
        self._pathway_cohorts = {c.id for c in all_cohorts if c.achievement_id in trees}
        for c in all_cohorts:
            self.cohort.addItem(self.tr("{cohort}  (%n learner(s))", "", c.enrolled).format(cohort=c.name), c.id)
        # a pathway not issued yet: choosing it makes its cohort (pathway_awards.pathway_cohort)
        for p in all_pathways:
            if not any(c.achievement_id == p.achievement_id for c in all_cohorts):
                self.cohort.addItem(self.tr("{pathway}  (pathway: choose to see who has completed it)").format(
                    pathway=p.name), f"{PATHWAY}{p.achievement_id}")
        self.cohort.blockSignals(False)
        if self.cohort.count() == 0:
            self.model.set_rows([])
            self.achievement.setText("")
            self._show_eu_note(None)
            self.counts.setText(self.tr("No cohorts yet: create one on the Cohorts & assessment page."))
            self.issue_button.setEnabled(False)
            self.print_button.setEnabled(False)
            self.preview.show_message(self.tr("Nothing to preview yet."))
            return
        i = self.cohort.findData(keep)
        self.cohort.setCurrentIndex(max(0, i))
        self._cohort_changed()

    def select_cohort(self, cohort_id: int) -> None:
        self.ensure_fresh()
        self.cohort.setCurrentIndex(self.cohort.findData(cohort_id))

    def _cohort_changed(self) -> None:
        """Plan the chosen cohort on the worker (eligibility of every learner takes a moment on a
        large cohort); a plan that arrives after the user picked another cohort is dropped."""
        cid = self.cohort.currentData()
        if cid is None:
            return
        if isinstance(cid, str) and cid.startswith(PATHWAY):
            aid = int(cid[len(PATHWAY):])

            def made(cohort_id: int) -> None:
                self.cohort.setItemData(self.cohort.currentIndex(), cohort_id)
                self.refresh()

            self.ctx.ops.run(self, lambda ws: pathway_awards.pathway_cohort(ws, aid), done=made)
            return
        self._plan_gen += 1
        gen = self._plan_gen
        self.issue_button.setEnabled(False)

        def planned(result: tuple[cohorts.CohortInfo, list[issuing.PlanRow], Said | None]) -> None:
            if gen != self._plan_gen:
                return
            c, rows, eu_note = result
            self.achievement.setText(c.achievement_name)
            self._show_eu_note(eu_note)
            first, _, second = (c.certificate_language or "").partition("+")
            select_quietly(self.language, first or None)
            select_quietly(self.second_language, second or None)
            self.second_language.setEnabled(bool(first))
            self.model.set_rows(rows)
            saved = prefs.last_dir(prefs.cohort_key("issue", self.ctx.ws.folder, cid))
            self.out_dir.setText(saved or str(default_output(self.ctx.ws.folder, c.name)))
            self._update_counts()
            if self.model.rowCount():
                self.table.selectRow(0)
            else:
                self.preview.show_message(self.tr("No learners are enrolled in this cohort."))

        pathway = cid in self._pathway_cohorts

        def plan(ws: Workspace) -> tuple[cohorts.CohortInfo, list[issuing.PlanRow], Said | None]:
            if pathway:  # whoever has earned a component since is a candidate now
                pathway_awards.enrol_holders(ws, cid)
            c = cohorts.get_cohort(ws, cid)
            return c, issuing.plan_issue(ws, cid), achievements.eu_note(ws, c.achievement_id)

        self.ctx.ops.run(self, plan, done=planned)

    def _show_eu_note(self, eu_note: Said | None) -> None:
        if eu_note is not None:
            self.eu_note.setText(self.tr("{check}. You can issue all the same: the credentials then leave these "
                                         "elements out. Add them on the Achievements page.").format(check=say(eu_note)))
        self.eu_note.setVisible(eu_note is not None)

    def _language_chosen(self) -> None:
        cid = self.cohort.currentData()
        if not isinstance(cid, int):
            return
        first = self.language.currentData()
        self.second_language.setEnabled(first is not None)
        second = self.second_language.currentData() if first else None
        choice = "+".join([first, *([second] if second and second != first else [])]) if first else None

        def saved(_: object) -> None:
            self._preview_timer.start()  # the preview shows the chosen language(s)

        self.ctx.ops.run(self, lambda ws: cohorts.set_certificate_language(ws, cid, choice),
                         changes=Change.COHORTS, done=saved)

    def _update_counts(self) -> None:
        rows = self.model.rows()
        ready = len(self.model.ready(self.reissue.isChecked()))
        issued = sum(1 for r in rows if r.credential_id and not r.revoked)
        revoked = sum(1 for r in rows if r.revoked)
        # an issued learner who no longer qualifies (a revoked component) is counted once, as issued
        not_eligible = sum(1 for r in rows if not r.eligible and not r.credential_id)
        # one message per count, each with its own plural form, listed with " · "
        parts = [self.tr("%n ready to issue", "", ready), self.tr("%n already issued", "", issued),
                 self.tr("%n not eligible", "", not_eligible)]
        if revoked:
            parts.append(self.tr("%n revoked (never renewed with the others)", "", revoked))
        self.counts.setText(" · ".join(parts))
        self.print_button.setEnabled(issued > 0)
        self._update_renew()
        self.issue_button.setText(self.tr("Issue %n credential(s)", "", ready) if ready
                                  else self.tr("Issue", "verb: award credentials"))
        self.issue_button.setEnabled(ready > 0)

    def _update_renew(self) -> None:
        n = len(self._renewable(self._selected_rows()))
        self.renew_button.setEnabled(n > 0)
        self.renew_button.setText(self.tr("Renew %n selected…", "", n) if n > 1 else self.tr("Renew selected…"))

    def _selected_rows(self) -> list[issuing.PlanRow]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.model.row_at(r) for r in rows if r < self.model.rowCount()]

    @staticmethod
    def _renewable(rows: list[issuing.PlanRow]) -> list[issuing.PlanRow]:
        return [r for r in rows if r.credential_id and r.eligible and r.renderable]

    def _browse(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Output folder"), self.out_dir.text())
        if path:
            self.out_dir.setText(path)

    # ---------------------------------------------------------------- preview

    def render_preview(self) -> None:
        cid = self.cohort.currentData()
        index = self.table.currentIndex()
        if cid is None or not index.isValid():
            return
        learner_id = self.model.row_at(index.row()).learner_id
        self._preview_gen += 1
        gen = self._preview_gen

        def done(rendered: RenderedPdf) -> None:
            if gen == self._preview_gen:
                self.preview.show_rendered(rendered)

        def failed(exc: BaseException) -> None:
            if gen == self._preview_gen:
                self.preview.show_message(self.ctx.ops.message(exc))

        if not self.preview.has_image():
            self.preview.setText(self.tr("Rendering…"))
        self.ctx.ops.run(self, lambda ws: render_pdf(preview_certificate(ws, cid, learner_id)), done=done,
                         error=failed)

    # ---------------------------------------------------------------- issuing

    def issue(self) -> None:
        if self.cohort.currentData() is None or not self.out_dir.text().strip():
            return
        reissue = self.reissue.isChecked()
        if not self._free_to_issue():
            return
        with_passphrase(self.ctx, self, lambda pw: self._issue_with(pw, None, reissue, False),
                        self.tr("Issuing signs each credential with your key."))

    def renew_selected(self) -> None:
        """Issue again to the chosen learners only (a re-sit); a revoked credential is renewed only
        after saying what happens to it."""
        selected = self._selected_rows()
        rows = self._renewable(selected)
        if not rows or self.cohort.currentData() is None:
            return
        revoked = [r for r in rows if r.revoked]
        sb = QMessageBox.StandardButton
        if len(rows) == 1 and revoked:
            row = rows[0]
            text = self.tr("{learner}'s credential {credential} was revoked. Renewing issues a new, valid "
                           "credential; the revoked one stays revoked and keeps showing as revoked to verifiers. "
                           "Renew it?").format(learner=row.name, credential=row.credential_id)
        elif len(rows) == 1:
            row = rows[0]
            text = self.tr("Issue {learner} a new credential? It replaces {credential}, which then verifies as "
                           "replaced by a newer credential; the award date is kept and the old files are moved to "
                           "the output folder's 'replaced' folder.").format(learner=row.name,
                                                                            credential=row.credential_id)
        else:
            text = self.tr("Issue new credentials to %n learner(s): {names}? Each replaces the learner's "
                           "credential, which then verifies as replaced by a newer one; award dates are kept and "
                           "the old files are moved to the output folder's 'replaced' folder.", "",
                           len(rows)).format(names=_names(rows))
            if revoked:  # each paragraph is one message
                text += "\n\n" + self.tr("Revoked: {names}. Each gets a new, valid credential; the revoked one "
                                          "stays revoked and keeps showing as revoked to verifiers.").format(
                    names=_names(revoked))
        left_out = [r for r in selected if r not in rows]
        if left_out:
            text += "\n\n" + self.tr("Left out: {names} (not issued yet, not eligible, or the name cannot be "
                                      "printed).").format(names=_names(left_out))
        title = self.tr("Renew credential(s)", "", len(rows))
        if ask(self, title, text, sb.Yes | sb.No, sb.No) != sb.Yes:
            return
        ids = [r.learner_id for r in rows]
        if not self._free_to_issue():
            return
        with_passphrase(self.ctx, self, lambda pw: self._issue_with(pw, ids, True, bool(revoked)),
                        self.tr("Issuing signs each credential with your key."))

    def print_cohort(self) -> None:
        """Print the cohort's print file, written again first so that no revoked certificate is in it."""
        cid, out = self.cohort.currentData(), self.out_dir.text().strip()
        if cid is None or not out:
            return
        folder = Path(out).expanduser()
        self.ctx.ops.run(self, lambda ws: printouts.cohort_print_job(ws, cid, folder),
                         done=lambda job: print_job(self.ctx, self, job))

    def _free_to_issue(self) -> bool:
        """Whether nobody else is issuing the cohort now; if someone is, say who before the
        passphrase is asked for."""
        cid = self.cohort.currentData()
        busy: list[BaseException] = []
        self.ctx.ops.read(self, lambda ws: issuing_lock.check_free(ws, issuing_lock.cohort_target(cid)),
                          error=busy.append)
        for exc in busy:
            self._issue_failed(exc)
        return not busy

    def _issue_failed(self, exc: BaseException) -> None:
        busy = isinstance(exc, issuing_lock.IssuingBusy)  # nothing failed: someone else is at it
        self.ctx.ops.show_error(self, exc, self.tr("Already being issued") if busy else self.tr("Issuing failed"))

    def _issue_with(self, passphrase: str, learner_ids: list[int] | None, reissue: bool,
                    renew_revoked: bool) -> None:
        cid = self.cohort.currentData()
        out = Path(self.out_dir.text().strip()).expanduser()
        self.issue_button.setEnabled(False)

        def work(ws: Workspace, ctl: TaskControl) -> issuing.IssueSummary:
            return issuing.issue_batch(ws, cid, passphrase, out, learner_ids=learner_ids, reissue=reissue,
                                       renew_revoked=renew_revoked, progress=ctl.progress, cancel=ctl.cancelled)

        def done(summary: issuing.IssueSummary) -> None:
            self.last_summary = summary
            prefs.remember_dir(prefs.cohort_key("issue", self.ctx.ws.folder, cid), out)
            self.summary_dialog = IssueSummaryDialog(summary, self)
            self.summary_dialog.open()

        def failed(exc: BaseException) -> None:
            self._update_counts()
            self._issue_failed(exc)

        self.ctx.ops.run_long(self, self.tr("Issuing credentials for {cohort}…").format(cohort=self.cohort.currentText()),
                              work,
                              changes=Change.CREDENTIALS, done=done, error=failed)


def _names(rows: list[issuing.PlanRow]) -> str:
    names = ", ".join(r.name for r in rows[:NAMES_SHOWN])
    more = len(rows) - NAMES_SHOWN
    if more <= 0:
        return names
    return QCoreApplication.translate("IssuePage", "{names} and %n more", "", more).format(names=names)
