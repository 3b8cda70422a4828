"""Every colour the app chooses itself, worked out from the palette: the one place for the rule.

The rule: a colour comes in a variant for light and one for dark backgrounds, chosen by the
lightness of what it is drawn on; text is then pulled towards the palette's own text colour until
it reads at WCAG contrast 4.5:1 or better on that background. So a status shown in green on a
light window is a lighter green on a dark one, and plain text in a high-contrast palette. Style
sheets that use these follow the palette as it changes (the system switching to dark mode).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

W = TypeVar("W", bound=QWidget)
Role = QPalette.ColorRole

MIN_CONTRAST = 4.5  # WCAG 2 AA for normal text

# what a colour means -> (on a light background, on a dark background)
GOOD, BAD, WARN, ATTENTION, INFO = "good", "bad", "warn", "attention", "info"
_STATUS = {
    GOOD: ("#1B7F3B", "#7BD88F"),       # eligible, sent, verified, active
    BAD: ("#B00020", "#FF8A80"),        # revoked, failed, errors
    WARN: ("#8A6D00", "#E9C46A"),       # expired, needs review, unknown issuer
    ATTENTION: ("#9A3412", "#FDBA74"),  # not eligible (yet), interrupted
    INFO: ("#1F3A5F", "#9CC3F0"),       # already issued
}
MUTED = "muted"  # secondary text: notes, hints, "checked at"
# a notice bar (expiring credentials, Undo, issuing warnings): (background, border, text)
_NOTICE = (("#FFF4E0", "#E8C48A", "#6B4500"), ("#3D3014", "#7A6230", "#F3D9A4"))
_REFUSED = ("#FDE2E1", "#5C1F24")  # the background of a grid cell whose value was not saved


def palette() -> QPalette:
    return QGuiApplication.palette()


def luminance(c: QColor) -> float:
    """WCAG relative luminance."""
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved ``t`` (0..1) of the way to ``b``, in whole steps (as a style sheet writes it)."""
    return QColor(*(round(x + (y - x) * t) for x, y in ((a.red(), b.red()), (a.green(), b.green()),
                                                          (a.blue(), b.blue()))))


def is_dark(background: QColor) -> bool:
    return luminance(background) < 0.18  # below mid grey (#767676): light text reads better on it


def text_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background`` (a colour the user chose)."""
    black, white = QColor("#000000"), QColor("#FFFFFF")
    return black if contrast(black, background) >= contrast(white, background) else white


def _variant(pair: tuple[str, str], background: QColor) -> QColor:
    return QColor(pair[1] if is_dark(background) else pair[0])


def readable(colour: QColor, backgrounds: tuple[QColor, ...], text: QColor) -> QColor:
    """``colour``, or as little of a step towards ``text`` as makes it readable on every one of
    ``backgrounds``; ``text`` is the palette's text colour for them, or black or white."""
    if all(contrast(text, bg) < MIN_CONTRAST for bg in backgrounds):  # a palette whose own text is faint
        text = QColor("#000000") if not is_dark(backgrounds[0]) else QColor("#FFFFFF")
    for step in range(11):
        c = mix(colour, text, step / 10)
        if all(contrast(c, bg) >= MIN_CONTRAST for bg in backgrounds):
            return c
    return text


def _text_role(on: Role) -> Role:
    return Role.Text if on in (Role.Base, Role.AlternateBase) else Role.WindowText


def status(kind: str, on: Role = Role.Window, pal: QPalette | None = None) -> QColor:
    """The colour of text that means ``kind`` (GOOD, BAD… or MUTED), drawn on the palette's ``on``
    (Base also covers AlternateBase: table rows alternate)."""
    pal = pal or palette()
    backgrounds = (pal.color(on), pal.color(Role.AlternateBase)) if on == Role.Base else (pal.color(on),)
    text = pal.color(_text_role(on))
    if kind == MUTED:  # the palette's text, as far towards its background as stays readable
        faded = (mix(text, backgrounds[0], t / 20) for t in range(9, -1, -1))
        return next((c for c in faded if all(contrast(c, bg) >= MIN_CONTRAST for bg in backgrounds)), text)
    return readable(_variant(_STATUS[kind], backgrounds[0]), backgrounds, text)


def css(kind: str, on: Role = Role.Window) -> str:
    """A style sheet declaration for text that means ``kind``."""
    return f"color: {status(kind, on).name()};"  # i18n: style sheet


def _notice() -> tuple[QColor, QColor, QColor]:
    pal = palette()
    background, border, text = (QColor(c) for c in _NOTICE[1 if is_dark(pal.color(Role.Window)) else 0])
    return background, border, readable(text, (background,), pal.color(Role.WindowText))


def notice_sheet(selector: str, edge: str = "border") -> str:
    """The style of the notice bar ``selector`` ("#undoBar") and of the text in it (labels, flat
    buttons; raised buttons keep their own look); ``edge`` "border-bottom" for a bar across the top."""
    background, border, text = _notice()
    return (f"{selector} {{ background: {background.name()}; {edge}: 1px solid {border.name()}; }} "  # i18n: style sheet
            f"{selector} QLabel, {selector} QToolButton {{ color: {text.name()}; }}")


def notice_label_sheet() -> str:
    """A label that is a notice on its own (the warnings above the Issue page's list)."""
    background, border, text = _notice()
    return (f"background: {background.name()}; color: {text.name()}; border: 1px solid {border.name()}; "  # i18n: style sheet
            "border-radius: 4px; padding: 6px;")


def refused_cell(pal: QPalette | None = None) -> tuple[QColor, QColor]:
    """(background, text) of a table cell holding a value that was not saved."""
    pal = pal or palette()
    background = _variant(_REFUSED, pal.color(Role.Base))
    return background, readable(pal.color(Role.Text), (background,), pal.color(Role.Text))


def diagram_box(met: bool | None, group: bool, pal: QPalette | None = None) -> tuple[QColor, QColor, QColor, QColor]:
    """(fill, edge, title, status words) of a pathway diagram box: held or met (True), missing
    or not yet met (False), no progress shown (None); a group's fill is a shade stronger."""
    pal = pal or palette()
    base, text = pal.color(Role.Base), pal.color(Role.Text)
    if met is None:
        fill = mix(base, pal.color(Role.Highlight), 0.1) if group else base
        edge, words = pal.color(Role.Mid), status(MUTED, Role.Base, pal)
    else:
        tint = _variant(_STATUS[GOOD if met else BAD], base)
        fill = mix(base, tint, 0.22 if group else 0.14)
        edge = words = readable(tint, (fill,), text)
    return fill, edge, readable(text, (fill,), text), readable(words, (fill,), text)


def styled(widget: W, sheet: Callable[[], str]) -> W:
    """Gives ``widget`` the style sheet ``sheet()`` now and again when the palette changes."""
    follow(widget, lambda: widget.setStyleSheet(sheet()))
    return widget


_FOLLOW = "_badgesmith_recolour"


def follow(widget: QWidget, apply: Callable[[], object]) -> None:
    """Runs ``apply`` now and whenever the application's palette changes, for colours (in style
    sheets or rich text) worked out from the palette."""
    apply()
    setattr(widget, _FOLLOW, apply)
    app = QApplication.instance()
    if isinstance(app, QApplication) and not app.property("badgesmithColoursFollow"):
        app.setProperty("badgesmithColoursFollow", True)
        app.paletteChanged.connect(_recolour_all)


def _recolour_all(*_: object) -> None:
    # Qt leaves a widget with a style sheet (and what is inside it) in the palette it had when the
    # sheet was set: every sheet is set again, the ones worked out from the palette anew
    for w in QApplication.allWidgets():
        apply = getattr(w, _FOLLOW, None)
        if apply is not None:
            apply()
        elif w.styleSheet():
            w.setStyleSheet(w.styleSheet())
