"""The overview's charts and the report PDF (``badgesmith report``, Overview ▸ Export report).

``overview_charts`` draws the overview's figures (``overview.overview``) as PNG images: the
Overview page shows them with its words and its palette's colours, the report embeds them with
the issuer's words and print colours, and both come from this one function. The report adds
each chart's figures as a table under it, and the renewal list.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics.shapes import Drawing

from badgesmith.core.fileio import atomic_write_bytes
from badgesmith.core.paper import charts
from badgesmith.core.paper.report import (
    ReportChart,
    ReportData,
    ReportSection,
    ReportTable,
    ReportWords,
    render_report,
    report_words,
)
from badgesmith.core.services import overview as figures
from badgesmith.core.services.overview import Overview
from badgesmith.core.store.workspace import Workspace

MAX_BARS = 24  # a share chart longer than this is split, so that each fits on a page
BANDS_HEIGHT = 150.0  # the renewal chart: a few bars


@dataclass(frozen=True)
class ChartTexts:
    """The words drawn in the charts, in one language (templates with named fields)."""

    short_months: tuple[str, ...]  # "Jan" … "Dec"
    percent: str = "{value}%"
    share_figure: str = "{percent} · {count} of {total}"
    criterion_label: str = "{achievement}: {criterion}"
    days_band: str = "{first}–{last} days"
    rtl: bool = False  # the language is written right to left: the charts are mirrored

    @classmethod
    def of(cls, words: ReportWords) -> ChartTexts:
        return cls(tuple(words.short_month(m) for m in range(1, 13)), words["percent"], words["share_figure"],
                   words["criterion_label"], words["days_band"], words.rtl)

    def share(self, value: float) -> str:
        """A share in whole percent, half up: "29%"."""
        return self.percent.format(value=int(value + 0.5))


@dataclass(frozen=True)
class OverviewCharts:
    """The overview's charts; a figure with nothing to draw has none (the page and the report
    say so in a sentence instead)."""

    issued: ReportChart | None
    pass_rates: tuple[ReportChart, ...]
    criteria: tuple[ReportChart, ...]
    expiring: ReportChart | None


def month_labels(short: Sequence[str], months: Sequence[tuple[int, int]]) -> list[str]:
    """Axis labels of the months: the month, and under it the year where one starts (the first
    month and each January)."""
    return [f"{short[m - 1]}\n{y}" if i == 0 or m == 1 else short[m - 1] for i, (y, m) in enumerate(months)]


def _chart(d: Drawing) -> ReportChart:
    """A chart as a PNG (``charts.SCALE`` pixels per point) with its size in points."""
    return ReportChart(charts.png(d), float(d.width), float(d.height))


def _shown(chart: ReportChart | None) -> tuple[ReportChart, ...]:
    return () if chart is None else (chart,)


def _shares(rows: Sequence[charts.ShareRow], texts: ChartTexts, colours: charts.ChartColours) -> tuple[ReportChart, ...]:
    return tuple(_chart(charts.share_chart(rows[i:i + MAX_BARS], colours, percent_text=texts.share, rtl=texts.rtl))
                 for i in range(0, len(rows), MAX_BARS))


def overview_charts(o: Overview, texts: ChartTexts,
                    colours: charts.ChartColours = charts.PRINT_COLOURS) -> OverviewCharts:
    """Every chart of the overview ``o``, written in ``texts`` and drawn in ``colours``."""
    issued = _chart(charts.month_chart(month_labels(texts.short_months, o.period.months),
                                       [m.issued for m in o.months], colours, rtl=texts.rtl)) if o.issued else None
    passes = _shares([charts.ShareRow(c.cohort_name, c.percent, texts.share_figure.format(
        percent=texts.share(c.percent), count=c.eligible, total=c.learners)) for c in o.cohorts], texts, colours)
    criteria = _shares([charts.ShareRow(
        texts.criterion_label.format(achievement=c.achievement_name, criterion=c.criterion_name), c.percent,
        texts.share_figure.format(percent=texts.share(c.percent), count=c.not_met, total=c.assessed))
        for c in o.criteria], texts, colours)
    bands = o.expiring_bands
    expiring = _chart(charts.month_chart([texts.days_band.format(first=a, last=b) for a, b, _n in bands],
                                         [n for _a, _b, n in bands], colours, height=BANDS_HEIGHT, rtl=texts.rtl)) \
        if o.expiring else None
    return OverviewCharts(issued, passes, criteria, expiring)


def report_data(o: Overview, words: ReportWords) -> ReportData:
    """The report's content: the figures of ``o`` in ``words``."""
    if o.period.year is not None:
        period = words["period_year"].format(year=o.period.year)
    else:
        (y0, m0), (y1, m1) = o.period.months[0], o.period.months[-1]
        period = words["period_months"].format(first=words.month(y0, m0), last=words.month(y1, m1))
    texts = ChartTexts.of(words)
    drawn = overview_charts(o, texts)

    issued = ReportSection(
        words["issued_title"], words["issued_total"].format(count=o.issued) if o.issued else words["issued_none"],
        _shown(drawn.issued),
        ReportTable((words["col_month"], words["col_issued"]),
                    tuple((words.month_alone(m.year, m.month), str(m.issued)) for m in o.months), (0.4, 0.25),
                    frozenset({1}), (words["col_total"], str(o.issued))) if o.issued else None)
    passes = ReportSection(
        words["pass_title"], words["pass_note"] if o.cohorts else words["pass_none"], drawn.pass_rates,
        ReportTable((words["col_cohort"], words["col_achievement"], words["col_date"], words["col_eligible"],
                     words["col_learners"], words["col_rate"]),
                    tuple((c.cohort_name, c.achievement_name, words.date(c.day), str(c.eligible), str(c.learners),
                           texts.share(c.percent)) for c in o.cohorts),
                    (0.28, 0.24, 0.18, 0.1, 0.1, 0.1), frozenset({3, 4, 5})))
    criteria = ReportSection(
        words["criteria_title"], words["criteria_note"] if o.criteria else words["criteria_none"],
        drawn.criteria,
        ReportTable((words["col_achievement"], words["col_criterion"], words["col_assessed"], words["col_not_met"],
                     words["col_share"]),
                    tuple((c.achievement_name, c.criterion_name, str(c.assessed), str(c.not_met),
                           texts.share(c.percent)) for c in o.criteria),
                    (0.32, 0.32, 0.12, 0.12, 0.12), frozenset({2, 3, 4})))
    days = o.renewal_days
    expiring = ReportSection(
        words["expiring_title"].format(days=days),
        words["expiring_note"].format(days=days, date=words.date(o.made_at.date())) if o.expiring
        else words["expiring_none"].format(days=days),
        _shown(drawn.expiring),
        ReportTable((words["col_learner"], words["col_achievement"], words["col_expires"]),
                    tuple((e.learner_name or words["erased"], e.achievement_name, words.date(e.valid_until.date()))
                          for e in o.expiring), (0.4, 0.4, 0.2)))
    return ReportData(o.issuer_name, words["title"], period,
                      words["generated"].format(date=words.date(o.made_at.date())), words["page"],
                      (issued, passes, criteria, expiring), words.rtl)


def report_pdf(o: Overview) -> bytes:
    """The report of the figures ``o``, in the issuer's language."""
    return render_report(report_data(o, report_words(o.language)))


def write_report(o: Overview, out: Path) -> Path:
    """Write the report of ``o`` to ``out`` at once or not at all, readable only by the user (it
    names learners)."""
    return atomic_write_bytes(Path(out), report_pdf(o), private=True)


def export_report(ws: Workspace, out: Path, year: int | None = None) -> Path:
    """The overview report of ``year`` (None: the twelve months up to today), written to ``out``."""
    return write_report(figures.overview(ws, year), out)
