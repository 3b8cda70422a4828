"""Overview: what happened, at a glance, as charts (issued per month, pass rate per cohort, the
criteria learners did not meet, what expires soon), the renewal list, and the report PDF.

The figures and the charts come from the core (``overview``, ``reports.overview_charts``, the
same pictures the report embeds), drawn here in the app's language and the palette's colours.
Each chart's accessible description states its figures: a screen reader gets the numbers.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtGui import QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from badgesmith.ui import colours, prefs
from badgesmith.ui.context import AppContext
from badgesmith.ui.dialogs.issue_summary import IssueSummaryDialog
from badgesmith.ui.dialogs.passphrase import with_passphrase
from badgesmith.ui.errors import ask, show_info
from badgesmith.ui.i18n import say
from badgesmith.ui.localized import date_text, number_text
from badgesmith.ui.models.renewals import RenewalsModel
from badgesmith.ui.ops import Change
from badgesmith.ui.pages.base import Page
from badgesmith.ui.widgets.chart_image import ChartImage
from badgesmith.ui.widgets.common import heading, note, plain, row_table

if TYPE_CHECKING:
    from badgesmith.core.paper.charts import ChartColours
    from badgesmith.core.paper.report import ReportChart
    from badgesmith.core.services.issuing import IssueSummary
    from badgesmith.core.services.overview import ExpiringFigure, Overview, RenewalPlan
    from badgesmith.core.services.reports import ChartTexts, OverviewCharts
    from badgesmith.core.store.workspace import Workspace
    from badgesmith.ui.tasks import TaskControl

Role = QPalette.ColorRole
LIST_ROWS = 6  # the renewal list shows at least this many rows before it scrolls
POINT = 96 / 72  # logical pixels per point: a chart's 8-point labels read like the app's text
TWO_COLUMNS = 1000  # logical pixels: a narrower page has its sections in one column (charts stay legible)


class _Section(QWidget):
    """A titled part of the page: a sentence, then its chart(s)."""

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.title = plain(QLabel(title))
        self.title.setObjectName(f"{name}Title")
        f = self.title.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.1)
        self.title.setFont(f)
        self.title.setWordWrap(True)
        self.text = note("")
        self.text.setObjectName(f"{name}Note")
        self.charts: list[ChartImage] = []
        self._charts = QVBoxLayout()
        self._charts.setContentsMargins(0, 0, 0, 0)
        self.lay = QVBoxLayout(self)
        self.lay.setContentsMargins(0, 0, 0, 8)
        self.lay.addWidget(self.title)
        self.lay.addWidget(self.text)
        self.lay.addLayout(self._charts)

    def show_charts(self, drawn: list[ReportChart], scale: float, descriptions: list[str]) -> None:
        """One image per chart, named by the section's title and described by its figures (one
        description per chart; none is used when there is no chart)."""
        while len(self.charts) > len(drawn):
            self.charts.pop().deleteLater()
        while len(self.charts) < len(drawn):
            image = ChartImage(f"{self.objectName()}Chart{len(self.charts) + 1}")  # i18n: an objectName
            self._charts.addWidget(image)
            self.charts.append(image)
        for image, chart, description in zip(self.charts, drawn, descriptions[:len(drawn)], strict=True):
            image.set_png(chart.png, scale)
            image.setAccessibleName(self.title.text())
            image.setAccessibleDescription(description)
            image.setToolTip(description)


class OverviewPage(Page):
    topics = Change.EVERYTHING & ~Change.DELIVERY

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.figures: Overview | None = None
        self.summary_dialogs: list[IssueSummaryDialog] = []
        self.last_summaries: list[IssueSummary] | None = None
        self._gen = 0
        self.period = QComboBox()
        self.period.setObjectName("overviewPeriod")
        self.period.setAccessibleName(self.tr("Period"))
        self.period.currentIndexChanged.connect(lambda _i: self._load())
        period_label = QLabel(self.tr("Period"))
        period_label.setBuddy(self.period)
        self.export_button = QPushButton(self.tr("Export report…"))
        self.export_button.setObjectName("exportReport")
        self.export_button.setToolTip(self.tr("Save these charts and their figures as a PDF, for a quality review "
                                              "or an accreditor"))
        self.export_button.clicked.connect(self.export_report)
        self.empty = note(self.tr("Nothing to show yet. Once you have run a cohort or issued credentials, this page "
                                  "shows how many were issued each month, each cohort's pass rate, the criteria "
                                  "learners did not meet, and which credentials expire soon."))
        self.empty.setObjectName("overviewEmpty")
        self.empty.hide()

        self.issued = _Section("issuedSection", self.tr("Credentials issued per month"))
        self.passes = _Section("passSection", self.tr("Pass rate per cohort"))
        self.criteria = _Section("criteriaSection", self.tr("Learners who did not meet each criterion"))
        self.expiring = _Section("expiringSection", "")
        self.renewals = RenewalsModel(self)
        self.table = row_table(self.renewals, "renewalTable")
        self.table.setAccessibleName(self.tr("Credentials to renew"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * LIST_ROWS
                                    + self.table.horizontalHeader().sizeHint().height() + 4)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_renew())
        self.renew_button = QPushButton(self.tr("Renew selected…"))
        self.renew_button.setObjectName("renewExpiring")
        self.renew_button.setToolTip(self.tr("Issue the selected learners new credentials that replace the expiring "
                                             "ones (Ctrl+click chooses several)"))
        self.renew_button.clicked.connect(self.renew_selected)
        self.renew_button.setEnabled(False)
        renew = QHBoxLayout()
        renew.addStretch()
        renew.addWidget(self.renew_button)
        self.expiring.lay.addWidget(self.table)
        self.expiring.lay.addLayout(renew)

        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Overview")))
        top.addStretch()
        top.addWidget(period_label)
        top.addWidget(self.period)
        top.addWidget(self.export_button)
        left, right = QVBoxLayout(), QVBoxLayout()
        for column, sections in ((left, (self.issued, self.passes)), (right, (self.expiring, self.criteria))):
            for section in sections:
                column.addWidget(section)
            column.addStretch()
        self.body = QWidget()
        self.body.setObjectName("overviewBody")
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.body)
        self.columns.setContentsMargins(0, 0, 0, 0)
        self.columns.addLayout(left, 1)
        self.columns.addSpacing(16)
        self.columns.addLayout(right, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.empty)
        lay.addWidget(self.body, 1)
        colours.follow(self, self._recolour)  # the charts are drawn in the palette's colours

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        self._stale = True  # each time: the figures depend on today, and on what the command line did meanwhile
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        wide = self.width() >= TWO_COLUMNS
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)

    # ---------------------------------------------------------------- data

    def refresh(self) -> None:
        from badgesmith.core.services import overview

        keep = self.period.currentData()
        years = self.ctx.ops.read(self, overview.years) or []
        was = self.period.blockSignals(True)
        self.period.clear()
        self.period.addItem(self.tr("Last 12 months"), None)
        for year in years:
            self.period.addItem(str(year), year)
        self.period.setCurrentIndex(max(0, self.period.findData(keep)))
        self.period.blockSignals(was)
        self._load()

    def _load(self) -> None:
        """Work out the figures and draw the charts on the worker; only the newest answer shows."""
        self._gen += 1
        gen = self._gen
        year, texts, chart_colours = self.period.currentData(), self._chart_texts(), self._chart_colours()

        def work(ws: Workspace) -> tuple[Overview, OverviewCharts]:
            from badgesmith.core.services import overview, reports

            figures = overview.overview(ws, year)
            return figures, reports.overview_charts(figures, texts, chart_colours)

        def done(result: tuple[Overview, OverviewCharts]) -> None:
            if gen == self._gen:
                self._show(*result)

        self.ctx.ops.run(self, work, done=done)

    def _recolour(self) -> None:
        if self.figures is not None:
            self._stale = True
            if self.isVisible():
                self.ensure_fresh()

    def _chart_texts(self) -> ChartTexts:
        from badgesmith.core.services.reports import ChartTexts

        locale = QLocale()
        return ChartTexts(tuple(locale.standaloneMonthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)),
                          self.tr("{value}%", "a share in percent"), self.tr("{percent} · {count} of {total}"),
                          self.tr("{achievement}: {criterion}"), self.tr("{first}–{last} days"),
                          self.isRightToLeft())  # the charts mirror as the page does

    def _chart_colours(self) -> ChartColours:
        from badgesmith.core.paper.charts import ChartColours

        pal = self.palette()
        base, text = pal.color(Role.Base), pal.color(Role.Text)
        return ChartColours(background=base.name(), text=text.name(),
                            axis=colours.status(colours.MUTED, Role.Base, pal).name(),
                            grid=colours.mix(base, text, 0.18).name(),
                            bar=colours.status(colours.INFO, Role.Base, pal).name(),
                            track=colours.mix(base, text, 0.07).name())

    # ---------------------------------------------------------------- showing

    def _show(self, figures: Overview, drawn: OverviewCharts) -> None:
        from badgesmith.core.paper import charts
        from badgesmith.core.services.reports import MAX_BARS

        scale = charts.SCALE / POINT  # the PNGs' pixels per logical pixel
        self.figures = figures
        self.empty.setVisible(figures.empty)
        self.body.setVisible(not figures.empty)
        months = [f"{QLocale().standaloneMonthName(m.month)} {m.year}" for m in figures.months]

        self.issued.text.setText(self.tr("%n credential(s) issued in this period.", "", figures.issued)
                                 if figures.issued else self.tr("No credentials were issued in this period."))
        self.issued.show_charts([drawn.issued] if drawn.issued else [], scale, [self.tr(
            "{total} issued from {first} to {last}: {months}.").format(
            total=number_text(figures.issued), first=months[0], last=months[-1],
            months="; ".join(f"{name}: {number_text(m.issued)}" for name, m in zip(months, figures.months,
                                                                                  strict=True)))])

        self.passes.text.setText(self.tr("Learners who meet the achievement's requirements, of those enrolled.")
                                 if figures.cohorts else self.tr("No cohort with learners ran in this period."))
        rates = [self.tr("{cohort}: {eligible} of {learners} eligible ({percent})").format(
            cohort=c.cohort_name, eligible=number_text(c.eligible), learners=number_text(c.learners),
            percent=self._percent(c.percent)) for c in figures.cohorts]
        self.passes.show_charts(list(drawn.pass_rates), scale, _chunks(rates, MAX_BARS))

        self.criteria.text.setText(
            self.tr("Of the learners assessed on a criterion, the share who did not meet it.")
            if figures.criteria else self.tr("No results were recorded in this period."))
        misses = [self.tr("{achievement}, {criterion}: {not_met} of {assessed} did not meet it ({percent})").format(
            achievement=c.achievement_name, criterion=c.criterion_name, not_met=number_text(c.not_met),
            assessed=number_text(c.assessed), percent=self._percent(c.percent)) for c in figures.criteria]
        self.criteria.show_charts(list(drawn.criteria), scale, _chunks(misses, MAX_BARS))

        days = figures.renewal_days
        self.expiring.title.setText(self.tr("Credentials expiring in the next %n day(s)", "", days))
        self.expiring.text.setText(
            self.tr("%n credential(s) expire soon: select them and renew.", "", len(figures.expiring))
            if figures.expiring else self.tr("No credential expires in the next %n day(s).", "", days))
        bands = "; ".join(self.tr("in {first} to {last} days: {count}").format(
            first=number_text(a), last=number_text(b), count=number_text(n)) for a, b, n in figures.expiring_bands)
        self.expiring.show_charts([drawn.expiring] if drawn.expiring else [], scale, [bands])
        self.renewals.set_rows(figures.expiring)
        self.table.setVisible(bool(figures.expiring))
        self.renew_button.setVisible(bool(figures.expiring))
        self._update_renew()

    def _percent(self, value: float) -> str:
        return self.tr("{value}%", "a share in percent").format(value=number_text(int(value + 0.5)))

    # ---------------------------------------------------------------- report

    def export_report(self) -> None:
        year = self.period.currentData()
        suggested = self.tr("overview report {period}.pdf", "a file name").format(
            period=year if year is not None else date_text(self.figures.made_at) if self.figures else "")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export report"),
                                              str(Path(prefs.last_dir("export", str(Path.home()))) / suggested),
                                              self.tr("PDF (*.pdf)"))
        if not path:
            return
        out = Path(path) if Path(path).suffix else Path(path).with_suffix(".pdf")
        prefs.set_last_dir("export", out)

        def written(saved: Path) -> None:
            show_info(self, self.tr("The overview report was saved to {file}. It names learners: only you can read "
                                    "the file until you share it.").format(file=saved))

        def work(ws: Workspace) -> Path:
            from badgesmith.core.services import reports

            return reports.export_report(ws, out, year)

        self.ctx.ops.run(self, work, done=written)

    # ---------------------------------------------------------------- renewal

    def _selected(self) -> list[ExpiringFigure]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.renewals.row_at(r) for r in rows if r < self.renewals.rowCount()]

    def _update_renew(self) -> None:
        n = sum(1 for e in self._selected() if not e.erased)
        self.renew_button.setEnabled(n > 0)
        self.renew_button.setText(self.tr("Renew %n selected…", "", n) if n > 1 else self.tr("Renew selected…"))

    def renew_selected(self) -> None:
        """Renew the chosen credentials through the Issue page's renewal (``issuing.issue_batch``),
        cohort by cohort, into the folder each was written to."""
        from badgesmith.core.services import overview

        ids = [e.credential_id for e in self._selected() if not e.erased]
        if not ids:
            return
        plan = self.ctx.ops.read(self, lambda ws: overview.renewal_plan(ws, ids))
        if plan is None:
            return
        left_out = "\n".join(say(why) for _cid, why in plan.left_out)
        if not plan.groups:
            show_info(self, left_out)
            return
        count = sum(len(g.learner_ids) for g in plan.groups)
        folders = {g.cohort_id: self._folder(g.cohort_id, g.cohort_name, g.folder) for g in plan.groups}
        text = self.tr("Renew %n credential(s)? Each learner who still meets the requirements gets a new credential "
                       "that replaces the expiring one: the award date is kept, and the old files are moved to the "
                       "'replaced' folder beside them.", "", count)
        text += "\n\n" + self.tr("Written to: {folders}").format(folders="; ".join(map(str, folders.values())))
        if left_out:
            text += "\n\n" + self.tr("Left out: {reasons}").format(reasons=left_out)
        sb = QMessageBox.StandardButton
        if ask(self, self.tr("Renew credential(s)", "", count), text, sb.Yes | sb.No, sb.No) != sb.Yes:
            return
        with_passphrase(self.ctx, self, lambda pw: self._renew_with(pw, plan, folders),
                        self.tr("Renewing signs each new credential with your key."))

    def _folder(self, cohort_id: int, cohort_name: str, written: str | None) -> Path:
        """Where a cohort's renewals go: beside the credentials they replace, else the Issue page's folder."""
        from badgesmith.ui.pages.issue import default_output

        if written:
            return Path(written)
        saved = prefs.last_dir(prefs.cohort_key("issue", self.ctx.ws.folder, cohort_id))
        return Path(saved) if saved else default_output(self.ctx.ws.folder, cohort_name)

    def _renew_with(self, passphrase: str, plan: RenewalPlan, folders: dict[int, Path]) -> None:
        def work(ws: Workspace, ctl: TaskControl) -> list[IssueSummary]:
            from badgesmith.core.services import issuing

            summaries = []
            for g in plan.groups:
                if ctl.cancelled():
                    break
                summaries.append(issuing.issue_batch(ws, g.cohort_id, passphrase, folders[g.cohort_id],
                                                     learner_ids=list(g.learner_ids), reissue=True,
                                                     progress=ctl.progress, cancel=ctl.cancelled))
            return summaries

        def done(summaries: list[IssueSummary]) -> None:
            self.last_summaries = summaries
            for g, summary in zip(plan.groups, summaries, strict=False):
                prefs.remember_dir(prefs.cohort_key("issue", self.ctx.ws.folder, g.cohort_id), summary.out_dir)
                dialog = IssueSummaryDialog(summary, self)
                dialog.open()
                self.summary_dialogs.append(dialog)

        self.ctx.ops.run_long(self, self.tr("Renewing credentials…"), work, changes=Change.CREDENTIALS, done=done)


def _chunks(texts: list[str], size: int) -> list[str]:
    """The descriptions of charts of at most ``size`` rows each: one text per chart."""
    return ["; ".join(texts[i:i + size]) + "." for i in range(0, len(texts), size)]
