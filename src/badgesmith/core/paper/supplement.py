"""The EU micro-credential supplement: the page after a certificate that lists the elements of
Annex I of the Council Recommendation on micro-credentials (2022/C 243/02), like a diploma
supplement, in the certificate's language (both, "first / second", when it is bilingual).

``render.render_certificate`` draws it when the certificate's data carries a ``Supplement``
(``credential_data`` adds one for an achievement with EU elements) and the design prints it
(``Template.supplement``). It is planned as the certificate is (a ``render.Plan`` with every text
fitted in its box), on the same paper: a column of labels beside a column of values. Labels,
patterns and choice words come from the wording presets (their ``supplement`` section); what the
trainer typed is printed as typed. Values wrap; when the elements do not fit the page the type
shrinks, down to ``MIN_BODY``, and what still does not fit continues on further pages: nothing is
ever cut. A right-to-left language mirrors the page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Literal

from reportlab.lib.colors import HexColor

from badgesmith.core.countries import country_name
from badgesmith.core.eu_elements import LABELS, EuElements, is_eqf
from badgesmith.core.languages import RIGHT_TO_LEFT
from badgesmith.core.paper.render import (
    LEADING,
    CertificateData,
    PlacedText,
    Plan,
    Rect,
    Shape,
    TextStyle,
    check_text,
    fit_text,
)
from badgesmith.core.paper.templates import (
    BILINGUAL_SEPARATOR,
    Template,
    print_languages,
    supplement_wording,
)
from badgesmith.core.values import format_number

BODY = 10.0  # the values' largest size, in points for a 595-point short side (A4's)
MIN_BODY = 7.0  # the smallest before the elements continue on another page
SHRINK = 0.94
MAX_LINES = 400  # of one value: far more than the longest text an achievement may hold
Align = Literal["left", "right"]


@dataclass(frozen=True)
class Supplement:
    """What the page prints besides the certificate's own data (learner, title, awarding body and
    date come from ``CertificateData``)."""

    eu: EuElements
    credits: float | None = None  # ECTS credits: the achievement's creditsAvailable
    country: str = ""  # the issuer's, as an ISO 3166-1 code
    region: str = ""

    def plan_pages(self, data: CertificateData, template: Template, width: float, height: float) -> list[Plan]:
        """The page(s) to print after the certificate; none when the design leaves them out."""
        return plan_supplement(self, data, template, width, height) if template.supplement else []


# ---------------------------------------------------------------------------- wording


class _Words:
    """The page's phrases in the certificate's language(s), "first / second" when bilingual."""

    def __init__(self, languages: tuple[str, ...]) -> None:
        self.languages = languages
        self.presets = {lang: supplement_wording(lang) for lang in languages}

    def __call__(self, key: str, **values: str | Callable[[str], str]) -> str:
        """The phrase ``key`` with its placeholders filled; a callable value is asked per language."""
        return self.each(lambda lang: self.one(lang, key, **values))

    def one(self, lang: str, key: str, **values: str | Callable[[str], str]) -> str:
        return str(self.presets[lang][key]).format(**{k: v(lang) if callable(v) else v for k, v in values.items()})

    def each(self, phrase: Callable[[str], str]) -> str:
        return BILINGUAL_SEPARATOR.join(dict.fromkeys(phrase(lang) for lang in self.languages))

    def choice(self, value: str) -> str:
        return self.each(lambda lang: self.presets[lang]["choices"].get(value, value))

    def number(self, x: float) -> Callable[[str], str]:
        return lambda lang: format_number(x).replace(".", self.presets[lang]["decimal"])


@dataclass(frozen=True)
class Row:
    """One element: its key (eu_elements' names), label and value(s); ``bulleted`` lists them."""

    key: str
    label: str
    values: tuple[str, ...]
    bulleted: bool = False


def _rows(s: Supplement, data: CertificateData, template: Template, w: _Words) -> list[Row]:
    """The elements the page lists, in the Recommendation's order; those without a value are left
    out (the grade too: a certificate does not hold the learner's results)."""
    eu = s.eu
    out = [Row("learner", w("learner"), (data.recipient_name,)),
           Row("title", w("title"), (data.achievement_name,)),
           Row("awarding_body", w("awarding_body"), (data.issuer_name,))]

    def place(lang: str) -> str:  # the country's name in the language (CLDR's), the region as typed
        country = country_name(s.country, lang) or ""
        return f"{country} ({s.region})" if country and s.region else country or s.region

    if s.country or s.region:
        out.append(Row("country", w("country"), (w.each(place),)))
    out.append(Row("date_of_issue", w("date_of_issue"), (template.wording.date(data.issue_date),)))
    outcomes = tuple(o for o in eu.learning_outcomes if o.strip())
    if outcomes:
        out.append(Row("learning_outcomes", w("learning_outcomes"), outcomes, bulleted=True))
    workload = [(key, x) for key, x in (("hours", eu.workload_hours), ("credits", s.credits)) if x]
    if workload:  # hours and credits together in each language ("{hours}", "{credits}")
        value = w.each(lambda lang: " · ".join(w.one(lang, key, **{key: w.number(x)}) for key, x in workload))
        out.append(Row("workload", w("workload"), (value,)))
    if eu.level_not_applicable:
        out.append(Row("level", w("level"), (w("level_none"),)))
    elif eu.level.strip() and eu.level_framework.strip():
        framework: str | Callable[[str], str] = ((lambda lang: w.presets[lang]["eqf"])
                                                 if is_eqf(eu.level_framework) else eu.level_framework)
        out.append(Row("level", w("level"), (w("level_value", framework=framework, level=eu.level),)))
    for key, text in (("assessment_type", eu.assessment_type), ("participation", eu.participation),
                      ("quality_assurance", eu.quality_assurance), ("prerequisites", eu.prerequisites),
                      ("supervision", eu.supervision)):
        if text.strip():
            out.append(Row(key, w(key), (w.choice(text) if key in ("participation", "supervision") else text,)))
    if eu.integration:
        value = (w("stackable_towards", credential=eu.stackable_towards)
                 if eu.integration == "stackable" and eu.stackable_towards else w.choice(eu.integration))
        out.append(Row("integration", w("integration"), (value,)))
    if eu.further_information.strip():
        out.append(Row("further_information", w("further_information"), (eu.further_information,)))
    return out


# ---------------------------------------------------------------------------- planning


@dataclass
class _Geometry:
    W: float
    H: float
    k: float  # type scale: the short side over A4's
    rtl: bool

    @property
    def margin(self) -> float:
        return 0.095 * min(self.W, self.H)  # clear of the classic design's frame, drawn here too

    @property
    def x0(self) -> float:
        return self.margin

    @property
    def width(self) -> float:
        return self.W - 2 * self.margin

    @property
    def align(self) -> Align:
        return "right" if self.rtl else "left"

    def box(self, x: float, y: float, w: float, h: float) -> Rect:
        """A box ``x`` from the start of the line (the left, or the right in a right-to-left page)."""
        return Rect(self.W - x - w if self.rtl else x, y, w, h)


@dataclass(frozen=True)
class _Unit:
    """A stretch that never splits across pages: texts hung from y = 0 downwards."""

    height: float
    texts: tuple[PlacedText, ...]


@dataclass
class _Block:
    """A row measured: its label (hung from 0) and its value's units, line by line."""

    label: tuple[PlacedText, ...]
    label_height: float
    units: list[_Unit] = field(default_factory=list)


def _lines(field_name: str, text: str, box_x: Rect, style: TextStyle) -> list[PlacedText]:
    """``text`` wrapped to the width of ``box_x`` (its x and w): one text per line, each in a box
    one line tall, the first hung from y = 0."""
    size = style.size
    tall = MAX_LINES * size * LEADING
    fitted = fit_text(field_name, text, Rect(box_x.x, -tall, box_x.w, tall),
                      replace(style, max_lines=MAX_LINES, prefer_single_line=False))
    lh = fitted.size * LEADING
    return [PlacedText(field_name, Rect(box_x.x, -(i + 1) * lh, box_x.w, lh), style, (line,), fitted.size,
                       (fitted.line_widths[i],)) for i, line in enumerate(fitted.lines)]


def _moved(pt: PlacedText, dy: float) -> PlacedText:
    return replace(pt, box=Rect(pt.box.x, pt.box.y + dy, pt.box.w, pt.box.h))


def _measure(row: Row, g: _Geometry, template: Template, size: float) -> _Block:
    fo, col, k = template.fonts, template.colours, g.k
    label_w = (0.27 if g.W > g.H else 0.32) * g.width
    gutter = 14 * k
    value_x, value_w = g.x0 + label_w + gutter, g.width - label_w - gutter
    label_style = TextStyle(fo.small, 0.8 * size, col.muted, align=g.align, tracking=0.06, upper=True)
    value_style = TextStyle(fo.body, size, col.text, align=g.align)
    label = _lines(f"supplement_{row.key}_label", row.label, g.box(g.x0, 0, label_w, 0), label_style)
    # the label's first line sits on the value's first line
    drop = (size - label_style.size) * 0.9
    block = _Block(tuple(_moved(t, -drop) for t in label), drop + len(label) * label_style.size * LEADING)
    bullet_w = 1.1 * size if row.bulleted else 0.0
    for i, value in enumerate(row.values):
        lines = _lines(f"supplement_{row.key}_{i}", value,
                       g.box(value_x + bullet_w, 0, value_w - bullet_w, 0), value_style)
        pad = 0.3 * size if i else 0.0  # between the items of a list
        for j, line in enumerate(lines):
            texts = [_moved(line, j * line.box.h - pad * (j == 0))]
            if bullet_w and j == 0:
                bullet = fit_text(f"supplement_{row.key}_{i}_bullet", "•",
                                  g.box(value_x, -line.box.h, bullet_w, line.box.h), value_style)
                texts.append(_moved(bullet, -pad))
            block.units.append(_Unit(line.box.h + (pad if j == 0 else 0.0), tuple(texts)))
    return block


@dataclass
class _Pages:
    """Places blocks page after page: the heading on each, the introduction on the first."""

    g: _Geometry
    template: Template
    words: _Words
    size: float
    pages: list[Plan] = field(default_factory=list)
    y: float = 0.0

    @property
    def bottom(self) -> float:
        return self.g.margin + 7 * self.g.k * LEADING + 10 * self.g.k  # above the footer

    def new_page(self) -> None:
        g, k, t = self.g, self.g.k, self.template
        plan = Plan(g.W, g.H)
        self.pages.append(plan)
        top = g.H - g.margin
        heading = TextStyle(t.fonts.title, 17 * k, t.colours.primary, min_size=11 * k, max_lines=2, align=g.align,
                            prefer_single_line=False)
        fitted = fit_text("supplement_heading", self.words("heading"), g.box(g.x0, top - 2 * 17 * k * LEADING,
                                                                          g.width, 2 * 17 * k * LEADING), heading)
        h = len(fitted.lines) * fitted.size * LEADING
        plan.texts.append(replace(fitted, box=Rect(fitted.box.x, top - h, fitted.box.w, h)))
        y = top - h - 4 * k
        if len(self.pages) == 1:
            intro = TextStyle(t.fonts.small, 7.6 * k, t.colours.muted, align=g.align)
            lines = _lines("supplement_intro", self.words("intro"), g.box(g.x0, 0, g.width, 0), intro)
            plan.texts.extend(_moved(line, y) for line in lines)
            y -= sum(line.box.h for line in lines)
        y -= 6 * k
        plan.shapes.append(Shape("line", g.x0, y, g.x0 + g.width, y, t.colours.accent, 1.0 * k))
        self.y = y - 12 * k

    def place(self, block: _Block) -> None:
        first = block.units[0].height if block.units else 0.0
        if not self.pages or self.y - max(block.label_height, first) < self.bottom:
            self.new_page()
        label_bottom = self._label(block)
        for unit in block.units:
            if self.y - unit.height < self.bottom:  # the value goes on over the page, under its label again
                self.new_page()
                label_bottom = self._label(block)
            self.pages[-1].texts.extend(_moved(t, self.y) for t in unit.texts)
            self.y -= unit.height
        self.y = min(self.y, label_bottom) - 0.55 * self.size
        g = self.g
        rule = self.y + 0.2 * self.size
        if rule > self.bottom:
            self.pages[-1].shapes.append(Shape("line", g.x0, rule, g.x0 + g.width, rule, _tint(self.template), 0.4 * g.k))
        self.y -= 0.35 * self.size

    def _label(self, block: _Block) -> float:
        self.pages[-1].texts.extend(_moved(t, self.y) for t in block.label)
        return self.y - block.label_height

    def footers(self, data: CertificateData) -> None:
        g, k, t = self.g, self.g.k, self.template
        style = TextStyle(t.fonts.small, 7 * k, t.colours.muted, min_size=5 * k, align=g.align)
        h = 7 * k * LEADING
        total = len(self.pages) + 1  # the certificate is page 1
        for n, plan in enumerate(self.pages, 2):
            ids = f"{t.wording.credential_label}: {data.credential_id}"
            plan.texts.append(fit_text("supplement_footer", ids, g.box(g.x0, g.margin, 0.72 * g.width, h), style))
            number = self.words("page", page=str(n), pages=str(total))
            plan.texts.append(fit_text("supplement_page", number,
                                       g.box(g.x0 + 0.74 * g.width, g.margin, 0.26 * g.width, h),
                                       replace(style, align="left" if g.rtl else "right")))
            line_y = g.margin + h + 3 * k
            plan.shapes.append(Shape("line", g.x0, line_y, g.x0 + g.width, line_y, _tint(t), 0.4 * k))


def _tint(template: Template) -> str:
    """The muted colour faded into the paper: quiet rules between the rows."""
    a, b = HexColor(template.colours.muted), HexColor(template.colours.paper)
    mixed = (round(255 * (0.3 * x + 0.7 * y)) for x, y in ((a.red, b.red), (a.green, b.green), (a.blue, b.blue)))
    return "#" + "".join(f"{v:02X}" for v in mixed)


def _sizes(k: float) -> Iterator[float]:
    size = BODY * k
    while size > MIN_BODY * k:
        yield size
        size *= SHRINK
    yield MIN_BODY * k


def plan_supplement(s: Supplement, data: CertificateData, template: Template, width: float,
                    height: float) -> list[Plan]:
    """The supplement's pages: on one page at the largest size that fits, else on as many as it
    takes at ``MIN_BODY``. Raises ``UnrenderableTextError`` for a character no font can draw."""
    languages = print_languages(template.raw)
    g = _Geometry(width, height, min(width, height) / 595.0, languages[0] in RIGHT_TO_LEFT)
    words = _Words(languages)
    listed = _rows(s, data, template, words)
    for row in listed:  # "The type of assessment '…' cannot be printed: …"
        for value in row.values:
            check_text(LABELS[row.key], value, template.fonts.body)
    for size in _sizes(g.k):
        pages = _Pages(g, template, words, size)
        for row in listed:
            pages.place(_measure(row, g, template, size))
        if len(pages.pages) == 1 or size <= MIN_BODY * g.k:
            pages.footers(data)
            return pages.pages
    raise AssertionError("unreachable: the last size is the minimum")
