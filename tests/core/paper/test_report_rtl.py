"""The overview report and its charts in Arabic, Hebrew, Japanese and mixed text: a chart label is
drawn in display order (the certificates' shaping and bidi, ``fonts.display_text``) with each run in
a shipped face that has its letters, so nothing comes out as a box or in the wrong order (it is
compared with the same label drawn by FreeType from the same fonts); a wrapped Arabic paragraph's
lines come in reading order (poppler extracts them in logical order); an Arabic report and its
charts are mirrored."""

from __future__ import annotations

import html
import io
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

from badgesmith.cli.main import main
from badgesmith.core.paper import charts, fonts
from badgesmith.core.paper.render import Rect, TextStyle, _greedy_wrap, fit_text
from badgesmith.core.paper.report import (
    MARGIN,
    PAGE,
    ReportData,
    ReportSection,
    ReportTable,
    render_report,
)
from badgesmith.resources import resource_path
from tests.conftest import run_sql
from tests.core.overview_data import make_overview_demo

needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing")
FILES = {"NotoSans-Regular": "NotoSans-Regular.ttf", "NotoSans-Bold": "NotoSans-Bold.ttf",
         "NotoSansArabic-Regular": "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold": "NotoSansArabic-Bold.ttf",
         "NotoSansHebrew-Regular": "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold": "NotoSansHebrew-Bold.ttf",
         "DroidSansFallback": "DroidSansFallbackFull.ttf"}
LABELS = [
    "الإسعافات الأولية — مارس 2026",  # Arabic with an em dash (not in the Arabic face) and a year
    "ورشة Excel المتقدمة 2",  # Arabic around a Latin word and a number
    "Excel — ورشة الربيع",  # Latin first
    "גיליונות אלקטרוניים — ערב",  # Hebrew
    "データ可視化 — 土曜日クラス",  # Japanese
    "13 من 20 · 65%",  # a figure in Arabic words
]
COHORTS = {  # the demo's cohorts renamed: id -> name
    1: "الإسعافات الأولية — مارس 2026",
    2: "Excel — ورشة الربيع",
    3: "גיליונות אלקטרוניים — ערב",
    5: "データ可視化 — 土曜日クラス",
}
SVG_TEXT = re.compile(r"<text\b[^>]*>(.*?)</text>", re.S)
SPAN = re.compile(r'<tspan font-family="([^"]+)" font-weight="(\w+)">([^<]*)</tspan>')


def _letters(text: str, digits: bool = True) -> str:
    """``text`` as poppler's extraction and the input can be compared: presentation forms back to
    letters (NFKC), without bidi marks, vowel signs (the shaping drops them) or spaces (and digits
    unless ``digits``)."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(c for c in text if unicodedata.category(c) not in ("Cf", "Mn") and not c.isspace()
                   and (digits or not c.isdigit()))


def _faces() -> dict[tuple[str, str], str]:
    """(family, weight) as the SVG names it -> the shipped face, from the font files themselves."""
    out = {}
    for face, file in FILES.items():
        family, style = ImageFont.truetype(str(resource_path("fonts", file)), 10).getname()
        out[(str(family), "bold" if style == "Bold" else "normal")] = face
    return out


def _spans(svg_text: str) -> list[list[tuple[str, str]]]:
    """Each label of a chart's SVG as its runs: (face, text)."""
    faces = _faces()
    out = []
    for content in SVG_TEXT.findall(svg_text):
        assert content.startswith("\u202d") and content.endswith("\u202c")  # held in display order
        spans = SPAN.findall(content)
        assert "".join(f'<tspan font-family="{f}" font-weight="{w}">{t}</tspan>' for f, w, t in spans) \
            == content[1:-1]  # nothing outside the runs
        out.append([(faces[(family, weight)], html.unescape(text)) for family, weight, text in spans])
    return out


# ---------------------------------------------------------------------------- charts


@pytest.mark.parametrize("rtl", [False, True])
def test_every_letter_of_a_chart_is_drawn_in_display_order_by_a_face_that_has_it(rtl: bool) -> None:
    rows = [charts.ShareRow(label, 40, label) for label in LABELS]
    months = charts.month_chart(["يناير\n2026", "10–45 يومًا", "דצמבר", "3月"], [1, 0, 4, 2], rtl=rtl)
    for drawing, labels in ((charts.share_chart(rows, rtl=rtl), LABELS), (months, ["يناير", "10–45 يومًا"])):
        drawn = _spans(charts.svg(drawing))
        for runs in drawn:
            for face, text in runs:
                assert all(ord(c) in fonts.coverage(face) for c in text if c != " "), (face, text)
        shown = ["".join(t for _f, t in runs) for runs in drawn]
        for label in labels:  # the certificates' display order, in the chart's direction when the label has none
            assert fonts.display_text(label, fonts.base_direction(label, "R" if rtl else "L")) in shown, label


def _ink(image: Image.Image) -> Image.Image:
    """The dark pixels of ``image``, cropped to them."""
    dark = image.convert("L").point(lambda v: 255 if v < 150 else 0)
    box = dark.getbbox()
    assert box is not None
    return dark.crop(box)


def _freetype(runs: list[fonts.Run], px: int) -> Image.Image:
    """The runs drawn one after the other by FreeType from the shipped font files, no shaping."""
    image = Image.new("L", (40 * px, 3 * px), 255)
    draw, x = ImageDraw.Draw(image), 10.0
    for run in runs:
        font = ImageFont.truetype(str(resource_path("fonts", FILES[run.font])), px,
                                  layout_engine=ImageFont.Layout.BASIC)
        draw.text((x, 2 * px), run.text, font=font, fill=0, anchor="ls")
        x += font.getlength(run.text)
    return image


def _difference(a: Image.Image, b: Image.Image) -> float:
    """0 for the same ink, up to 1, after a blur (two rasterisers never agree pixel for pixel)."""
    b = b.resize(a.size, Image.Resampling.BILINEAR)
    diff = ImageChops.difference(a.filter(ImageFilter.BoxBlur(2)), b.filter(ImageFilter.BoxBlur(2)))
    return sum(i * n for i, n in enumerate(diff.histogram())) / (255 * a.size[0] * a.size[1])


@pytest.mark.parametrize("rtl", [False, True])
@pytest.mark.parametrize("label", LABELS)
def test_a_chart_label_looks_like_its_letters_drawn_in_display_order_with_the_shipped_fonts(label: str,
                                                                                         rtl: bool) -> None:
    image = Image.open(io.BytesIO(charts.png(charts.share_chart([charts.ShareRow(label, 50, "50%")], rtl=rtl))))
    room = (charts.WIDTH * 0.36 - 8) * charts.SCALE  # the label's room, clear of the bar and the axis
    left = 0 if not rtl else image.size[0] - room
    drawn = _ink(image.crop((int(left), 0, int(left + room), 66)))
    px = round(8.5 * charts.SCALE)
    base = fonts.base_direction(label, "R" if rtl else "L")
    right = _ink(_freetype(fonts.runs_for(label, charts.FACE, base), px))
    assert abs(drawn.size[0] - right.size[0]) <= 4, (drawn.size, right.size)  # no box, no letter left out
    assert _difference(drawn, right) < 0.06
    if fonts.display_text(label, base) != label:  # and not as typed, nor in one face (boxes for what it lacks)
        assert _difference(drawn, _ink(_freetype(fonts.split_runs(label, charts.FACE), px))) > 0.07
    one_face = _ink(_freetype([fonts.Run(fonts.display_text(label, base), "NotoSansArabic-Regular")], px))
    if any(ord(c) not in fonts.coverage("NotoSansArabic-Regular") for c in label if c != " "):
        assert _difference(drawn, one_face) > 0.07


def _bar_columns(png: bytes) -> tuple[int, int]:
    """The first and last column holding the bar colour."""
    image = Image.open(io.BytesIO(png)).convert("RGB")
    bar = tuple(int(charts.PRINT_COLOURS.bar[i:i + 2], 16) for i in (1, 3, 5))
    w, h = image.size
    pixels = image.tobytes()

    def near(x: int, y: int) -> bool:
        at = 3 * (y * w + x)
        return max(abs(pixels[at + i] - bar[i]) for i in range(3)) <= 3

    cols = [x for x in range(w) if any(near(x, y) for y in range(0, h, 2))]
    return cols[0], cols[-1]


def test_a_right_to_left_chart_is_the_mirror_of_a_left_to_right_one() -> None:
    rows = [charts.ShareRow("الإسعافات الأولية", 50, "50%")]
    ltr, rtl = (_bar_columns(charts.png(charts.share_chart(rows, rtl=r))) for r in (False, True))
    width = round(charts.WIDTH * charts.SCALE)
    assert ltr[0] > width * 0.36 and rtl[1] < width * 0.64  # the label's side has no bar
    assert abs(ltr[0] - (width - 1 - rtl[1])) <= 2 and abs(ltr[1] - (width - 1 - rtl[0])) <= 2
    # the first month on the right
    first = [_bar_columns(charts.png(charts.month_chart(["a", "b", "c"], [3, 0, 0], rtl=r))) for r in (False, True)]
    assert first[0][1] < width / 3 and first[1][0] > width * 2 / 3


# ---------------------------------------------------------------------------- paragraphs


def test_each_line_of_a_wrapped_paragraph_goes_the_paragraphs_way() -> None:
    text = "تحتسب الدفعة في الفترة التي يقع فيها يومها الأخير Excel Basics 2026 للمبتدئين والمتقدمين"
    style = TextStyle("NotoSans-Regular", 10, "#000000", max_lines=8, align="right", prefer_single_line=False)

    def mixed(line: str) -> bool:  # Latin first, then Arabic: on its own it would go left to right
        return line.startswith("Excel") and fonts.display_text(line, "R") != fonts.display_text(line)

    wraps = ((w, _greedy_wrap(text, style, 10, w)) for w in range(100, 300, 5))  # a width giving such a line
    width, lines = next((w, lines) for w, lines in wraps if any(mixed(ln) for ln in lines))
    placed = fit_text("rtl_paragraph", text, Rect(0, 0, width, 100), style)
    assert len(placed.lines) == len(lines) >= 2
    for runs, line in zip(placed.lines, lines, strict=True):
        assert "".join(r.text for r in runs) == fonts.display_text(line, "R"), line


# ---------------------------------------------------------------------------- the report


def _text(pdf: Path, *extra: str) -> str:
    return subprocess.run(["pdftotext", *extra, str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def _lines_read_in_order(extracted: str, paragraph: str, digits: bool = True) -> int:
    """How many consecutive extracted lines make up ``paragraph`` when read top to bottom (0: none)."""
    lines = [got for ln in extracted.splitlines() if (got := _letters(ln, digits))]
    want = _letters(paragraph, digits)
    for i in range(len(lines)):
        got = ""
        for j in range(i, len(lines)):
            got += lines[j]
            if got == want:
                return j - i + 1
            if not want.startswith(got):
                break
    return 0


@needs_poppler
def test_a_wrapped_arabic_paragraph_and_cell_read_in_order(tmp_path: Path) -> None:
    note = ("تُحتسب الاعتمادات المجدَّدة في شهر إصدارها، وتُحتسب الاعتمادات المُبطَلة أيضًا، ويبدأ كل سطر جديد "
            "من اليمين كما يقرأ القارئ العربي النص من اليمين إلى اليسار في كل تقرير يُطبع للمراجعة السنوية للجودة "
            "وفي كل صفحة منه دون استثناء.")
    cohort = "دورة الإسعافات الأولية المتقدمة للمعلمين والمدربين — مارس 2026"
    data = ReportData("مركز نوربريدج للتدريب", "تقرير النظرة العامة", "عام 2026", "أُعدّ في 30 نوفمبر 2026",
                      "الصفحة {page}", (ReportSection("نسبة النجاح", note, (), ReportTable(
                          ("الدفعة", "النسبة"), ((cohort, "65%"), ("דוד כהן — ערב", "7%")), (0.3, 0.1),
                          frozenset({1}))),), rtl=True)
    pdf = tmp_path / "ar.pdf"
    pdf.write_bytes(render_report(data))
    text = _text(pdf)
    assert _lines_read_in_order(text, note) >= 2  # it wraps, and its lines come in reading order
    assert _lines_read_in_order(text, cohort) >= 2  # a cell too
    assert _lines_read_in_order(text, "דוד כהן — ערב") == 1


@pytest.fixture(scope="module")
def arabic_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo's report in Arabic, its cohorts renamed in Arabic, Hebrew and Japanese."""
    folder = tmp_path_factory.mktemp("report-ar")
    make_overview_demo(folder)
    for i, n in COHORTS.items():
        run_sql(folder, "UPDATE cohort SET name = :n WHERE id = :i", n=n, i=i)
    run_sql(folder, "UPDATE issuer_profile SET language = 'ar'")
    out = folder / "report.pdf"
    assert main(["--workspace", str(folder), "report", str(out)]) == 0
    return out


@needs_poppler
def test_an_arabic_report_reads_in_order_and_starts_its_lines_on_the_right(arabic_report: Path) -> None:
    from badgesmith.core.paper.report import report_words

    words = report_words("ar")
    text = _text(arabic_report)
    # poppler puts a line back in reading order, but for a full stop inside it (no such sentence here)
    # and a number at its end, which it may move to the other end (the charts' test reads numbers)
    for sentence in (words["title"], words["pass_title"], words["criteria_title"], *COHORTS.values()):
        assert _lines_read_in_order(text, sentence, digits=False), sentence
    # the headings end at the right margin (a right-to-left page is mirrored)
    boxes = _text(arabic_report, "-bbox-layout")
    ends = [float(m) for m in re.findall(r'<line xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)"', boxes)]
    right = PAGE[0] - MARGIN - 6  # the page's frame (6 points of padding inside the margin)
    assert sum(1 for x in ends if abs(x - right) < 0.5) >= 8, ends  # issuer, title, dates, sections, notes
    pages = boxes.count("<page ")
    assert pages >= 2 and sum(1 for x in ends if abs(x - (PAGE[0] - MARGIN)) < 0.5) == pages  # running titles
