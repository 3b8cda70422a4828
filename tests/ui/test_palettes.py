"""Readable in a dark and in a high-contrast palette (issue 16, accessibility).

Every colour the app sets itself — style sheets, rich text, table text and cell backgrounds, the
pathway diagram — reads at WCAG contrast 4.5:1 or better on what it is drawn on, also after the
palette changed under a running window; states told apart by colour are told apart in words too;
no style sheet hides the focus, and the control with the keyboard focus looks different.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QToolButton,
    QWidget,
)

from .helpers import cell_editor, type_in_cell, window_at
from .tour import settle, tab_round, tour

AA = 4.5  # WCAG 2, level AA, normal text
Role = QPalette.ColorRole
FIRST_AID = 1  # the demo's "First Aid — March 2026" cohort


# ---------------------------------------------------------------- WCAG contrast, on its own here

def _linear(v: int) -> float:
    s = v / 255
    return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4


def luminance(c: QColor) -> float:
    return 0.2126 * _linear(c.red()) + 0.7152 * _linear(c.green()) + 0.0722 * _linear(c.blue())


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_the_contrast_helper_knows_the_wcag_figures() -> None:
    assert contrast(QColor("#000000"), QColor("#FFFFFF")) == pytest.approx(21.0)
    assert contrast(QColor("#767676"), QColor("#FFFFFF")) == pytest.approx(4.54, abs=0.01)  # the AA grey
    assert contrast(QColor("#1B7F3B"), QColor("#353535")) < AA  # the old green on a dark window


# ---------------------------------------------------------------- palettes

def _palette(button: str, colours: dict[Role, str], disabled: str) -> QPalette:
    p = QPalette(QColor(button), QColor(colours[Role.Window]))  # derives light, mid, dark…
    for role, colour in colours.items():
        p.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return p


def dark() -> QPalette:
    """The usual dark Fusion palette."""
    return _palette("#353535", {
        Role.Window: "#353535", Role.WindowText: "#FFFFFF", Role.Base: "#2A2A2A", Role.AlternateBase: "#353535",
        Role.Text: "#FFFFFF", Role.Button: "#353535", Role.ButtonText: "#FFFFFF", Role.BrightText: "#FF5555",
        Role.Highlight: "#2A82DA", Role.HighlightedText: "#000000", Role.Link: "#42A5F5",
        Role.ToolTipBase: "#202020", Role.ToolTipText: "#FFFFFF", Role.PlaceholderText: "#9A9A9A"}, "#808080")


def high_contrast() -> QPalette:
    """Black window, white text, yellow highlight, white edges (Windows' High Contrast Black)."""
    return _palette("#000000", {
        Role.Window: "#000000", Role.WindowText: "#FFFFFF", Role.Base: "#000000", Role.AlternateBase: "#000000",
        Role.Text: "#FFFFFF", Role.Button: "#000000", Role.ButtonText: "#FFFFFF", Role.BrightText: "#FFFFFF",
        Role.Highlight: "#FFFF00", Role.HighlightedText: "#000000", Role.Link: "#00FFFF",
        Role.Light: "#FFFFFF", Role.Midlight: "#C0C0C0", Role.Mid: "#C0C0C0", Role.Dark: "#FFFFFF",
        Role.Shadow: "#FFFFFF", Role.ToolTipBase: "#000000", Role.ToolTipText: "#FFFFFF",
        Role.PlaceholderText: "#C0C0C0"}, "#3FF23F")


PALETTES: dict[str, Callable[[], QPalette]] = {"dark": dark, "high-contrast": high_contrast}


@pytest.fixture
def fusion(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Fusion (the style that draws the palette as it is), the palette restored afterwards."""
    style, palette = qapp.style().name(), QPalette(qapp.palette())
    qapp.setStyle("Fusion")
    yield
    qapp.setPalette(palette)
    qapp.setStyle(style)


# ---------------------------------------------------------------- a populated window

def _issued_demo(ws, out: Path) -> Path:  # type: ignore[no-untyped-def]
    """Credentials in every state on the First Aid cohort: active, expiring soon, expired,
    revoked. Returns one certificate's PDF."""
    from badgesmith.core.services import issuing, register
    from badgesmith.core.store.models import Credential

    learners = [r.learner_id for r in issuing.plan_issue(ws, FIRST_AID) if r.eligible][:4]
    issued = issuing.issue_batch(ws, FIRST_AID, "demo", out, learner_ids=learners, workers=1).issued
    now = datetime.now(UTC)
    with ws.session() as s:
        s.get(Credential, issued[1].credential_id).valid_until = now + timedelta(days=10)  # announced
        s.get(Credential, issued[2].credential_id).valid_until = now - timedelta(days=1)
    register.revoke(ws, issued[3].credential_id, "Issued in error", "demo")
    return Path(issued[0].pdf)


# ---------------------------------------------------------------- what the app colours itself

def _colour(value: object) -> QColor | None:
    if isinstance(value, QBrush):
        return value.color()
    if isinstance(value, (QColor, Qt.GlobalColor, str)):
        return QColor(value)
    return None


def _backdrop(w: QWidget) -> QColor:
    """The colour ``w``'s text is drawn on: its own button face, or what the nearest widget that
    paints a background (a style sheet's, or an auto-filled one) paints."""
    if isinstance(w, QPushButton) and not w.isFlat() or isinstance(w, QToolButton) and not w.autoRaise():
        return w.palette().color(Role.Button)
    x: QWidget | None = w
    while x is not None:
        if x.testAttribute(Qt.WidgetAttribute.WA_StyledBackground) or x.autoFillBackground() or x.isWindow():
            return x.palette().color(x.backgroundRole())
        x = x.parentWidget()
    return w.palette().color(Role.Window)


def _styled(w: QWidget, top: QWidget) -> bool:
    """The app gave ``w`` or a widget around it a style sheet."""
    x: QWidget | None = w
    while x is not None:
        if x.styleSheet():
            return True
        x = None if x is top else x.parentWidget()
    return bool(QApplication.instance().styleSheet())  # type: ignore[union-attr]


def _where(w: QWidget) -> str:
    x: QWidget | None = w
    while x is not None and not x.objectName().startswith("page_"):
        x = x.parentWidget()
    return f"{x.objectName() if x else 'window'} {type(w).__name__} {w.objectName()!r}"


RICH_COLOUR = re.compile(r"color\s*[:=]\s*['\"]?(#[0-9A-Fa-f]{3,8}|[a-z]+)")


def unreadable_text(top: QWidget) -> list[str]:
    """Labels and buttons whose colours come from a style sheet (theirs or around them), and
    coloured rich text, that read below AA on what they are drawn on. A hidden widget counts
    when it holds text (it is shown with it)."""
    problems = []
    for w in [top, *top.findChildren(QWidget)]:
        if not isinstance(w, (QLabel, QAbstractButton)) or not w.isEnabled():
            continue
        text = w.text()
        if not text.strip() or not _styled(w, top) and not (isinstance(w, QLabel) and RICH_COLOUR.search(text)):
            continue
        w.ensurePolished()
        fg, bg = w.palette().color(w.foregroundRole()), _backdrop(w)
        colours = [fg]
        if isinstance(w, QLabel) and w.textFormat() != Qt.TextFormat.PlainText:
            colours += [QColor(c) for c in RICH_COLOUR.findall(text)]
        for c in colours:
            if contrast(c, bg) < AA:
                problems.append(f"{_where(w)} {text[:40]!r}: {c.name()} on {bg.name()} = {contrast(c, bg):.2f}")
    return problems


def unreadable_cells(top: QWidget, rows: int = 30) -> list[str]:
    """Table cells (the first ``rows`` rows) whose model sets a text or background colour."""
    problems = []
    for view in top.findChildren(QAbstractItemView):
        model = view.model()
        if isinstance(view, QHeaderView) or model is None:
            continue
        pal = view.palette()
        for r in range(min(rows, model.rowCount())):
            for c in range(model.columnCount()):
                index = model.index(r, c, QModelIndex())
                fg = _colour(model.data(index, Qt.ItemDataRole.ForegroundRole))
                bg = _colour(model.data(index, Qt.ItemDataRole.BackgroundRole))
                if fg is None and bg is None:
                    continue
                grounds = [bg] if bg is not None else [pal.color(Role.Base)] + (
                    [pal.color(Role.AlternateBase)] if view.alternatingRowColors() else [])
                fg = fg or pal.color(Role.Text)
                for ground in grounds:
                    if contrast(fg, ground) < AA:
                        problems.append(f"{_where(view)} row {r} column {c} {model.data(index)!r}: {fg.name()} on "
                                        f"{ground.name()} = {contrast(fg, ground):.2f}")
    return problems


def stale_palettes(top: QWidget) -> list[str]:
    """Widgets still in an earlier palette (Qt keeps a widget with a style sheet in the palette
    it had when the sheet was set)."""
    now = QApplication.palette()
    return [f"{_where(w)} is still drawn in the palette it was built in"
            for w in [top, *top.findChildren(QWidget)]
            if w.styleSheet() and any(w.palette().color(r) != now.color(r) for r in (Role.Highlight, Role.Mid))]


FOCUS_HIDDEN = re.compile(r"outline\s*:\s*(none|0)|:focus[^{]*\{[^}]*border\s*:\s*(none|0)", re.IGNORECASE)


def focus_hiding_sheets(top: QWidget) -> list[str]:
    sheets = [QApplication.instance().styleSheet()] + [w.styleSheet() for w in [top, *top.findChildren(QWidget)]]  # type: ignore[union-attr]
    return [s for s in sheets if FOCUS_HIDDEN.search(s)]


def test_the_checks_see_unreadable_colours(qtbot, fusion, qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QFrame, QListView, QVBoxLayout

    qapp.setPalette(dark())
    top = QWidget()
    qtbot.addWidget(top)
    lay = QVBoxLayout(top)
    grey = QLabel("a note")
    grey.setStyleSheet("color: #5E5A52;")
    bar = QFrame()
    bar.setObjectName("bar")
    bar.setStyleSheet("#bar { background: #FFF8E1; }")
    QVBoxLayout(bar).addWidget(QLabel("white on cream"))
    rich = QLabel("<span style='color:#6B6B6B'>an id</span>")
    view = QListView()
    model = QStandardItemModel()
    for text, colour in (("issued", "#1F3A5F"), ("plain", None)):
        item = QStandardItem(text)
        if colour:
            item.setForeground(QColor(colour))
        model.appendRow(item)
    view.setModel(model)
    for w in (grey, bar, rich, view):
        lay.addWidget(w)
    top.show()
    assert len(unreadable_text(top)) == 3
    assert len(unreadable_cells(top)) == 1
    top.setStyleSheet("QPushButton:focus { outline: none; }")
    assert focus_hiding_sheets(top)


@pytest.mark.parametrize("name", list(PALETTES))
def test_every_colour_the_app_sets_reads_on_the_palette(qtbot, qapp, fusion, demo_ws, tmp_path, monkeypatch,  # type: ignore[no-untyped-def]
                                                        name: str) -> None:
    pdf = _issued_demo(demo_ws, tmp_path / "out")
    w = window_at(qtbot, demo_ws)
    for _shown in tour(w):  # every page built in the light palette: the colours must follow the switch
        pass
    qapp.setPalette(PALETTES[name]())
    settle(50)
    assert w.expiring.isVisible()  # the notice bar is on show

    # a verified certificate on the Verify page: the verdict and the checks are coloured
    page = w.show_page("verify")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(pdf), ""))
    qtbot.mouseClick(page.drop, Qt.MouseButton.LeftButton)
    assert page.report is not None and page.report.verified
    problems = unreadable_text(w)
    # a value the grid refuses: its cell is tinted, and the message under the grid says so
    from badgesmith.core.services import cohorts as cohort_service

    cohorts = w.show_page("cohorts")
    cohorts.select_cohort(cohort_service.find_cohort(demo_ws, "First Aid — March 2026"))
    type_in_cell(qtbot, cohorts.grid, 0, 1, "No")
    if cohorts.grid.state() == QAbstractItemView.State.EditingState:
        qtbot.keyClick(cell_editor(cohorts.grid), Qt.Key.Key_Escape)
    assert cohorts.grid_model.refused
    problems += unreadable_text(w) + unreadable_cells(cohorts)

    seen = []
    for page_name, shown in tour(w):
        seen.append(page_name)
        problems += unreadable_text(w) + unreadable_cells(shown)
    assert len(seen) >= 14
    problems += stale_palettes(w)
    assert focus_hiding_sheets(w) == []
    assert sorted(set(problems)) == [], "\n".join(sorted(set(problems)))


# ---------------------------------------------------------------- visible focus

def _image(w: QWidget) -> QImage:
    """``w`` as drawn in its window, with a few pixels around it (where a focus ring goes)."""
    window = w.window()
    area = QRect(w.mapTo(window, QPoint(0, 0)), w.size()).adjusted(-3, -3, 3, 3)
    return window.grab(area).toImage().convertToFormat(QImage.Format.Format_RGB32)


def _differs(a: QImage, b: QImage) -> bool:
    return a.size() != b.size() or a != b


def _tab_stops(window, qtbot) -> list[tuple[QWidget, QImage]]:  # type: ignore[no-untyped-def]
    """Tab from the page list round the page: each control reached, drawn while it has the focus."""
    window.nav.setFocus()
    settle(10)
    reached: list[tuple[QWidget, QImage]] = []
    tab_round(qtbot, lambda w: reached.append((w, _image(w))))
    return reached


@pytest.mark.parametrize("name", list(PALETTES))
def test_the_control_with_the_focus_looks_different(qtbot, qapp, fusion, demo_ws, tmp_path,  # type: ignore[no-untyped-def]
                                                    name: str) -> None:
    _issued_demo(demo_ws, tmp_path / "out")  # rows in the tables, the notice bar on show
    qapp.setPalette(PALETTES[name]())
    w = window_at(qtbot, demo_ws)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    problems, count = [], 0
    for page_name, _page in tour(w):
        stops = _tab_stops(w, qtbot)
        w.nav.setFocus()  # the focus away from all of them
        settle(10)
        for control, focused in stops:
            count += 1
            if not _differs(focused, _image(control)):
                problems.append(f"{page_name}: {_where(control)} looks the same with and without the focus")
    assert count > 50
    assert problems == [], "\n".join(problems)


# ---------------------------------------------------------------- never colour alone

def _cells(model, column: int) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(colour, words) of each row's cell in ``column``."""
    out = []
    for r in range(model.rowCount()):
        index = model.index(r, column)
        colour = _colour(model.data(index, Qt.ItemDataRole.ForegroundRole))
        out.append((colour.name() if colour else "the palette's text", str(model.data(index))))
    return out


def _told_apart(model, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    """Cells that differ in colour but read the same."""
    cells = _cells(model, column)
    return sorted({f"{type(model).__name__}: {words!r} in {colour} and in {other}"
                   for colour, words in cells for other, other_words in cells
                   if colour != other and words == other_words})


def test_states_told_apart_by_colour_are_told_apart_in_words(qtbot, qapp, fusion, demo_window, demo_ws) -> None:  # type: ignore[no-untyped-def]
    from badgesmith.core.services.delivery import OutboxRow
    from badgesmith.core.services.issuing import PlanRow
    from badgesmith.core.services.register import CredentialRow
    from badgesmith.ui.models.credentials import CredentialsModel
    from badgesmith.ui.models.import_preview import STATUS_TEXT, ImportPreviewModel, PreviewRow
    from badgesmith.ui.models.issue_plan import IssuePlanModel
    from badgesmith.ui.models.outbox import STATE_TEXT, OutboxModel

    plan = IssuePlanModel()
    plan.set_rows([PlanRow(1, "Ana", None, True, (), None, True, None),  # ready
                   PlanRow(2, "Ben", None, False, ("Score 40 is below 60.",), None, True, None),
                   PlanRow(3, "Cy", None, True, (), None, False, "No glyph"),  # cannot print the name
                   PlanRow(4, "Di", None, True, (), "urn:1", True, None),  # issued
                   PlanRow(5, "Ed", None, True, (), "urn:2", True, None, revoked=True),
                   PlanRow(6, "Fa", None, True, (), "urn:3", True, None, review="A component was revoked.")])
    now = datetime.now(UTC)
    credentials = CredentialsModel()
    credentials.set_rows([CredentialRow(f"urn:{status}{review}", 1, "Ana", None, 1, "First Aid", 1, now, now, None,
                                        status, None, None, None, review="Look again" if review else None)
                          for status in ("active", "revoked", "expired", "superseded") for review in (0, 1)])
    outbox = OutboxModel()
    outbox.set_rows([OutboxRow(f"urn:{state}", "Ana", "ana@example.org", "First Aid", state, 1, None, None, now, None)
                     for state in STATE_TEXT])
    preview = ImportPreviewModel()
    preview.set_rows([PreviewRow(i, status, "Ana", "", "", "") for i, status in enumerate(STATUS_TEXT)])
    qapp.setPalette(dark())
    problems = []
    for model, column in ((plan, "status"), (credentials, "status"), (outbox, "state"), (preview, "status")):
        assert len({colour for colour, _words in _cells(model, model.column_index(column))}) >= 3  # coloured
        problems += _told_apart(model, model.column_index(column))

    # the assessment grid: eligible and not eligible learners, and a value it did not save
    from badgesmith.core.services import cohorts as cohort_service

    page = demo_window.show_page("cohorts")
    page.select_cohort(cohort_service.find_cohort(demo_ws, "First Aid — March 2026"))
    grid = page.grid_model
    problems += _told_apart(grid, grid.eligible_column)
    assert {grid.rows[r].eligibility.eligible for r in range(grid.rowCount())} == {True, False}
    type_in_cell(qtbot, page.grid, 0, 1, "No")
    if page.grid.state() == QAbstractItemView.State.EditingState:
        qtbot.keyClick(cell_editor(page.grid), Qt.Key.Key_Escape)
    refused = grid.index(0, 1)
    assert grid.data(refused, Qt.ItemDataRole.BackgroundRole) is not None  # tinted…
    assert grid.data(refused) != "No" and "No" in grid.data(refused)  # …and marked in words
    assert grid.data(refused, Qt.ItemDataRole.EditRole) == "No"  # what was typed, to correct
    assert problems == [], "\n".join(problems)


def test_the_pathway_diagram_says_held_and_missing_and_reads_in_every_palette(qtbot, qapp, fusion) -> None:  # type: ignore[no-untyped-def]
    from badgesmith.core.pathways.requirements import from_json
    from badgesmith.ui.widgets.pathway_diagram import PathwayDiagram, layout

    tree = from_json({"all_of": [{"at_least": 1, "of": [{"achievement": 1}, {"achievement": 2}]},
                                 {"achievement": 3}]})
    names = {1: "Theory", 2: "Practice", 3: "Assessment"}
    lay = layout(tree, lambda r: names[r.key], {1: date(2026, 3, 12)})
    states = {b.met for b in lay.boxes}
    assert states == {True, False, None}  # held or met, missing, not needed
    for met in states:  # each state in words as well as colour
        assert len({b.status for b in lay.boxes if b.met == met} & {b.status for b in lay.boxes if b.met != met}) == 0

    problems = []
    for name, make in [("light", lambda: QPalette(qapp.style().standardPalette())), *PALETTES.items()]:
        qapp.setPalette(make())
        diagram = PathwayDiagram()
        qtbot.addWidget(diagram)
        diagram.set_layout(lay)
        diagram.show()
        qtbot.waitExposed(diagram)
        image = diagram.grab().toImage()
        for b in lay.boxes:
            fill = image.pixelColor(int(b.x + 4), int(b.y + b.h / 2))
            half = int(b.h / 2) - 3
            for part, top in (("title", int(b.y) + 3), ("status", int(b.y + b.h / 2))):
                if part == "status" and not b.status:
                    continue
                ink = max((image.pixelColor(x, y) for x in range(int(b.x) + 8, int(b.x + b.w) - 8)
                           for y in range(top, top + half)), key=lambda c: contrast(c, fill))
                if contrast(ink, fill) < AA:
                    problems.append(f"{name}: {b.title} {part} {ink.name()} on {fill.name()} = "
                                    f"{contrast(ink, fill):.2f}")
    assert problems == [], "\n".join(problems)
