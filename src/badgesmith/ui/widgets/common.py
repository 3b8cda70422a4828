"""Little helpers shared by pages: an inline error label, headings, an empty-state note.

Labels that show user data (names, reasons, file names, messages quoting them) must be plain
text: Qt's default "auto" format renders anything that looks like HTML, so a learner named
``<font color=green>VERIFIED</font>`` would print a green VERIFIED. ``plain()`` does that, and
``tooltip()`` makes text safe for the places (tool tips) that have no plain-text switch.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QAbstractItemModel, QDate, QLocale, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui's Qt namespace
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFrame,
    QLabel,
    QSizePolicy,
    QTableView,
    QWidget,
)

from badgesmith.ui import colours


def error_label(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("inlineError")
    colours.styled(label, lambda: colours.css(colours.BAD))
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # messages may quote user input
    label.hide()
    return label


def plain(label: QLabel) -> QLabel:
    """``label`` shows its text literally, never as HTML."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = False) -> QLabel:
    label = plain(QLabel(parent))
    label.setText(text)
    label.setWordWrap(wrap)
    return label


def tooltip(text: str | None) -> str | None:
    """``text`` as a tool tip that Qt shows literally (tool tips are rich text when they look like it)."""
    if not text:
        return None
    if not GuiQt.mightBeRichText(text):
        return text  # Qt shows it as it is
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


def ltr_line(mark: str, name: str, text: str) -> str:
    """"MARK NAME: TEXT" as a left-to-right line: an Arabic or Hebrew name at its start must not
    turn the whole line right-to-left ("– محمد: Score 53 is below…" read backwards). Qt takes a
    line's direction from its first strong letter, skipping no isolate: a left-to-right mark
    leads, and the name is isolated so its letters keep their own order."""
    return f"\u200e{mark} \u2068{name}\u2069: {text}"


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = plain(QLabel(parent))
    label.setText(text)
    f = label.font()
    f.setPointSizeF(f.pointSizeF() * 1.35)
    f.setBold(True)
    label.setFont(f)
    return label


def note(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    colours.styled(label, lambda: colours.css(colours.MUTED))
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class WrappingPanel(QWidget):
    """A panel whose smallest height follows its width. Wrapped text takes more lines when the
    panel is narrow (200 % scaling, a long language), but a splitter does not pass that on: the
    page would squeeze the panel's fields, cutting their text, instead of scrolling."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        lay = self.layout()
        if lay is not None and lay.hasHeightForWidth():
            need = lay.totalMinimumHeightForWidth(self.width())
            if need != self.minimumHeight():
                self.setMinimumHeight(need)


class ElidedLabel(QLabel):
    """One line of plain text that, short of room (200 % scaling, a deep folder), loses its middle
    rather than its end: "Workspace: /home/…/courses". ``text()``, the tool tip and what a
    screen reader says keep all of it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        plain(self)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.setToolTip(tooltip(text) or "")

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(0, super().minimumSizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        room = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideMiddle, room.width())
        painter = QPainter(self)
        self.style().drawItemText(painter, room, int(self.alignment()), self.palette(), self.isEnabled(), shown,
                                  self.foregroundRole())
        painter.end()


def hline() -> QFrame:
    f = QFrame()
    f.setFrameShape(QFrame.Shape.HLine)
    f.setFrameShadow(QFrame.Shadow.Sunken)
    return f


def set_error(label: QLabel, text: str | None) -> None:
    label.setText(text or "")
    label.setVisible(bool(text))


def row_table(model: QAbstractItemModel, name: str) -> QTableView:
    """The app's list table: whole rows, one at a time, read-only, no row numbers."""
    t = QTableView()
    t.setObjectName(name)
    t.setModel(model)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.verticalHeader().hide()
    # columns as wide as what they show (a date is longer in Portuguese than in English), measured
    # on the first rows only so that a long register stays quick; the user can still drag them
    t.horizontalHeader().setResizeContentsPrecision(60)
    model.modelReset.connect(t.resizeColumnsToContents)
    return t


def date_edit(day: QDate, name: str) -> QDateEdit:
    """The app's date picker: a calendar pop-up, and dates written as the user's locale writes
    them (dd.MM.yyyy in Germany, M/d/yyyy in the US), always with the whole year."""
    edit = QDateEdit(day)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    locale = edit.locale()
    # the C locale (LANG=C, a bare server) has no convention of its own ("d MM yyyy"): ISO dates
    shown = "yyyy-MM-dd" if locale.language() == QLocale.Language.C else locale.dateFormat(QLocale.FormatType.ShortFormat)
    edit.setDisplayFormat(four_digit_year(shown))
    return edit


def four_digit_year(qt_format: str) -> str:
    """``qt_format`` with its year written in full: many locales' short format has two digits
    ("dd.MM.yy"), which reads 2031 and 1931 alike. Quoted literal text is left as it is."""
    parts = qt_format.split("'")  # the even parts are outside quotes
    parts[::2] = [re.sub("y+", "yyyy", part) for part in parts[::2]]
    return "'".join(parts)


def select_quietly(combo: QComboBox, data: object) -> None:
    """Show the entry holding ``data`` (the first when none does) without telling listeners:
    filling a form is not an edit."""
    was = combo.blockSignals(True)
    combo.setCurrentIndex(max(0, combo.findData(data)))
    combo.blockSignals(was)
