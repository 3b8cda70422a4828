"""The exported overview report (issue 17, point 4): ``badgesmith report`` writes a PDF whose
charts are images, and the month chart is looked at pixel by pixel: one bar of the bar colour for
each month with credentials, in month order, as tall as its count says; the figures are in the
text under it, and the words follow the issuer's language (a missing one in English)."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image

from badgesmith.cli.main import main
from badgesmith.core.paper import charts
from badgesmith.core.paper.report import report_words
from badgesmith.resources import resource_path
from tests.conftest import run_sql
from tests.core.overview_data import MOVED, make_overview_demo, months_back
from tests.pgdatabases import copy_workspace

needs_poppler = pytest.mark.skipif(not (shutil.which("pdfimages") and shutil.which("pdftotext")),
                                   reason="poppler-utils missing")
BAR = tuple(int(charts.PRINT_COLOURS.bar[i:i + 2], 16) for i in (1, 3, 5))
NEAR = 3  # reportlab's SVG writes colours in whole percent: within 1 % of the bar colour


def _is_bar(pixel: tuple[int, int, int]) -> bool:
    return max(abs(a - b) for a, b in zip(pixel, BAR, strict=True)) <= NEAR


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("report-demo")
    make_overview_demo(folder)
    return folder


def _images(pdf: Path, folder: Path) -> list[Image.Image]:
    folder.mkdir()
    subprocess.run(["pdfimages", "-png", str(pdf), str(folder / "img")], check=True)
    return [Image.open(p).convert("RGB") for p in sorted(folder.glob("img-*.png"))]


def _bars(image: Image.Image) -> list[tuple[float, int]]:
    """(centre x, height in pixels) of each run of columns holding pixels of the bar colour (the
    value axis's grid, the counts and the labels are drawn in other colours)."""
    px = image.load()
    w, h = image.size
    heights = [sum(1 for y in range(h) if _is_bar(px[x, y])) for x in range(w)]
    runs, start = [], None
    for x, n in enumerate([*heights, 0]):
        if n and start is None:
            start = x
        elif not n and start is not None:
            runs.append(((start + x - 1) / 2, max(heights[start:x])))
            start = None
    return runs


@needs_poppler
def test_the_report_draws_each_months_count_as_a_bar_of_its_height(demo: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "report.pdf"
    assert main(["--workspace", str(demo), "report", str(out)]) == 0
    assert "Wrote" in capsys.readouterr().out
    assert out.stat().st_mode & 0o077 == 0  # it names learners: only its owner reads it
    assert main(["--workspace", str(demo), "report", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    counts = [m["issued"] for m in figures["issued_per_month"]]
    assert len(counts) == 12 and sum(1 for n in counts if n) == 5

    images = _images(out, tmp_path / "images")
    assert len(images) >= 3  # months, pass rates, criteria (and what expires soon)
    months = images[0]
    assert months.size == (round(charts.WIDTH * charts.SCALE), round(charts.MONTHS_HEIGHT * charts.SCALE))
    bars = _bars(months)
    shown = [(i, n) for i, n in enumerate(counts) if n]
    assert len(bars) == len(shown)  # one bar per month with credentials, none for the others
    tallest = max(h for _x, h in bars)
    top = max(n for _i, n in shown)
    for (_x, height), (_i, n) in zip(bars, shown, strict=True):
        # each bar's height against the tallest: its count against the largest count (the axis
        # ends at a round number, so the tallest bar stands below the top: compare ratios)
        assert abs(height / tallest - n / top) < 0.02, (height, tallest, n, top)
    # in month order, each in its month's place: the gaps between bars are whole months
    slot = (bars[-1][0] - bars[0][0]) / (shown[-1][0] - shown[0][0])
    for (x, _h), (i, _n) in zip(bars, shown, strict=True):
        assert abs(x - bars[0][0] - slot * (i - shown[0][0])) < 2

    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Northbridge Training Collective" in text and "Overview report" in text
    now = datetime.now(UTC)
    for back, n in MOVED.items():
        when = months_back(back, now)
        line = next((ln for ln in text.splitlines() if ln.strip().startswith(f"{when:%B} {when.year}")), None)
        if back < 12:
            assert line is not None and line.split()[-1] == str(counts[11 - back]) == str(n)
    for c in figures["pass_rates"]:  # the table under the pass-rate chart: eligible, learners, rate
        row = next(ln for ln in text.splitlines() if ln.strip().startswith(c["cohort"][:20]))
        assert f"{c['eligible']}" in row.split() and f"{c['learners']}" in row.split()
    for e in figures["expiring"]:  # the renewal list (a right-to-left name is extracted in display order)
        if not any("\u0590" <= ch <= "\u06ff" for ch in e["learner"]):
            assert e["learner"] in text
    assert f"Total {sum(counts)}" in " ".join(text.split())


def test_a_year_that_has_no_figures_yet_is_refused_and_nothing_is_written(demo: Path, tmp_path: Path,
                                                                         capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "report.pdf"
    assert main(["--workspace", str(demo), "report", "--year", str(datetime.now(UTC).year + 1), str(out)]) == 1
    assert "is not a year with figures" in capsys.readouterr().err and not out.exists()
    assert main(["--workspace", str(demo), "report", str(tmp_path / "missing" / "report.pdf")]) == 1
    assert "does not exist" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        main(["--workspace", str(demo), "report", "--year", "last", str(out)])
    assert exit_.value.code == 2 and not out.exists()


def test_the_report_is_in_the_issuers_language_with_english_for_a_missing_word(demo: Path, tmp_path: Path,
                                                                               monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from badgesmith.core.paper import report

    words = report_words("de")
    assert words.date(datetime(2026, 3, 4).date()) == "4. März 2026"  # the certificates' German dates
    assert words["title"]  # a word the German file leaves to English
    # a language file that lacks a word: that word in English, the others as the file has them
    english = json.loads(resource_path("reports", "en.json").read_text(encoding="utf-8"))["words"]
    monkeypatch.setattr(report, "_words_file", lambda lang: {"title": "Übersicht"} if lang == "de" else english)
    words = report_words("de")
    assert words["title"] == "Übersicht" and words["pass_title"] == "Pass rate per cohort"
    assert report_words("xx").language == "en"
    folder = tmp_path / "de"
    copy_workspace(demo, folder)
    run_sql(folder, "UPDATE issuer_profile SET language = 'de'")
    out = tmp_path / "de.pdf"
    assert main(["--workspace", str(folder), "report", str(out)]) == 0
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
        assert "Übersicht" in text and "Dezember" in text


def test_a_chart_is_the_same_picture_each_time_and_draws_any_script(tmp_path: Path) -> None:
    rows = [charts.ShareRow("王小明 — محمد العلي — Zoë", 50, "50% · 1 of 2"), charts.ShareRow("דוד כהן", 100, "100%")]
    first = charts.png(charts.share_chart(rows))
    assert first == charts.png(charts.share_chart(rows))
    image = Image.open(io.BytesIO(first))
    assert image.mode == "RGB" and image.size[0] == round(charts.WIDTH * charts.SCALE)
    # the labels are drawn: dark text pixels at the left, where the names stand
    px = image.convert("L").load()
    dark = sum(1 for x in range(0, int(image.size[0] * 0.3)) for y in range(image.size[1]) if px[x, y] < 100)
    assert dark > 200
