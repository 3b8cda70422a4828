"""A pathway's requirement tree drawn as a picture: groups joined to their achievements, left to right.

``layout`` is pure (boxes and where they go, with each one's words); ``PathwayDiagram`` only paints
it. With a learner's holdings every box also says, in words as well as colour, whether it is held
or met, so the picture reads the same without colour.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QHelpEvent, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from badgesmith.core.pathways.requirements import Group, Key, Ref, met_on
from badgesmith.ui import colours
from badgesmith.ui.localized import date_text
from badgesmith.ui.widgets.common import tooltip

BOX_W, GROUP_W, BOX_H, GAP_X, GAP_Y, MARGIN = 210.0, 130.0, 46.0, 36.0, 10.0, 8.0


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float
    is_group: bool
    title: str  # "All of", "At least 2 of 3" or the achievement's full name
    status: str  # with progress: "✓ held 12 Mar 2026" / "missing" / "not needed", "met" / "needs 1 more"; else ""
    met: bool | None  # None: no progress shown
    parent: int | None  # index of the group box it belongs to
    depth: int


@dataclass(frozen=True)
class Layout:
    boxes: tuple[Box, ...]
    width: float
    height: float

    def text(self) -> str:
        """The tree as an indented outline, the words a screen reader (or a test) gets."""
        line = QCoreApplication.translate("PathwayDiagram", "{title} — {status}")
        return "\n".join("  " * b.depth + (line.format(title=b.title, status=b.status) if b.status else b.title)
                         for b in self.boxes)


def group_title(g: Group) -> str:
    if g.at_least is None:
        return QCoreApplication.translate("PathwayDiagram", "All of")
    return QCoreApplication.translate("PathwayDiagram", "At least {needed} of {total}").format(
        needed=g.at_least, total=len(g.elements))


def held_words(day: date | None) -> str:
    if day is None:
        return QCoreApplication.translate("PathwayDiagram", "missing")
    return QCoreApplication.translate("PathwayDiagram", "✓ held {date}").format(date=date_text(day))


def layout(tree: Group, name_of: Callable[[Ref], str], held: Mapping[Key, date] | None = None) -> Layout:
    """Where each box goes: a group left of its elements, vertically centred on them; the
    achievements one under another, in the tree's order."""
    boxes: list[Box] = []
    next_y = [MARGIN]
    depth_seen = [0]

    def place(e: Group | Ref, depth: int, parent: int | None) -> float:
        """Adds ``e`` (and below) and returns its box's vertical centre."""
        depth_seen[0] = max(depth_seen[0], depth)
        x = MARGIN + depth * (BOX_W + GAP_X)
        if not isinstance(e, Group):
            day = held.get(e.key) if held is not None else None
            status, met = ("", None) if held is None else (held_words(day), day is not None)
            boxes.append(Box(x, next_y[0], BOX_W, BOX_H, False, name_of(e), status, met, parent, depth))
            next_y[0] += BOX_H + GAP_Y
            return boxes[-1].y + BOX_H / 2
        index = len(boxes)
        boxes.append(Box(x, 0, GROUP_W, BOX_H, True, group_title(e), "", None, parent, depth))  # placed below
        centres = []
        children = []
        for child in e.elements:
            children.append(len(boxes))
            centres.append(place(child, depth + 1, index))
        centre = (centres[0] + centres[-1]) / 2
        status, met = "", None
        if held is not None:
            have = sum(1 for c in e.elements
                       if (met_on(c, held) if isinstance(c, Group) else held.get(c.key)) is not None)
            met = have >= e.needed
            status = (QCoreApplication.translate("PathwayDiagram", "met", "requirement fulfilled") if met
                      else QCoreApplication.translate("PathwayDiagram", "needs %n more", "", e.needed - have))
            if met:  # "at least 1 of 2" met: the other one is not missing, it is not needed
                not_needed = QCoreApplication.translate("PathwayDiagram", "not needed")
                for i in children:
                    if boxes[i].met is False and not boxes[i].is_group:
                        boxes[i] = replace(boxes[i], status=not_needed, met=None)
        boxes[index] = Box(x, centre - BOX_H / 2, GROUP_W, BOX_H, True, group_title(e), status, met, parent, depth)
        return centre

    place(tree, 0, None)
    width = 2 * MARGIN + depth_seen[0] * (BOX_W + GAP_X) + BOX_W
    height = next_y[0] - GAP_Y + MARGIN
    return Layout(tuple(boxes), width, height)


class PathwayDiagram(QWidget):
    """Paints a ``Layout``; hovering a box shows its full words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pathwayDiagram")
        self.setAccessibleName(self.tr("Pathway requirements diagram"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._layout = Layout((), 0, 0)

    def set_layout(self, lay: Layout) -> None:
        self._layout = lay
        self.setAccessibleDescription(lay.text())
        self.setMinimumSize(self.sizeHint())
        self.updateGeometry()
        self.update()

    def text(self) -> str:
        return self._layout.text()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(int(self._layout.width) + 1, int(self._layout.height) + 1)

    def box_at(self, x: float, y: float) -> Box | None:
        return next((b for b in self._layout.boxes if b.x <= x <= b.x + b.w and b.y <= y <= b.y + b.h), None)

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            box = self.box_at(e.pos().x(), e.pos().y())
            if box is None:
                QToolTip.hideText()
            else:
                # names are the trainer's text: shown literally, never as HTML
                QToolTip.showText(e.globalPos(), tooltip(box.title + (f"\n{box.status}" if box.status else "")) or "", self)
            return True
        return super().event(e)

    def paintEvent(self, _e: object) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        boxes = self._layout.boxes
        pal = self.palette()
        p.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1.4))
        for b in boxes:  # connectors first, so the boxes sit on top
            if b.parent is None:
                continue
            g = boxes[b.parent]
            start, end = QPointF(g.x + g.w, g.y + g.h / 2), QPointF(b.x, b.y + b.h / 2)
            mid = g.x + g.w + (b.x - g.x - g.w) / 2
            path = QPainterPath(start)
            path.lineTo(mid, start.y())
            path.lineTo(mid, end.y())
            path.lineTo(end)
            p.drawPath(path)
        base = QFont(self.font())
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() * 0.9))
        for b in boxes:
            rect = QRectF(b.x, b.y, b.w, b.h)
            fill, edge, text, words = colours.diagram_box(b.met, b.is_group, pal)  # the palette's, readable
            pen = QPen(edge, 1.6 if b.met is not None else 1.0)
            if b.met is False and not b.is_group:
                pen.setStyle(Qt.PenStyle.DashLine)  # missing: told apart without colour too
            p.setPen(pen)
            p.setBrush(fill)
            p.drawRoundedRect(rect, 10 if b.is_group else 4, 10 if b.is_group else 4)
            inner = rect.adjusted(8, 3, -8, -3)
            title_font = bold if b.is_group else base
            p.setFont(title_font)
            p.setPen(text)
            title = QFontMetrics(title_font).elidedText(b.title, Qt.TextElideMode.ElideRight, int(inner.width()))
            if not b.status:
                p.drawText(inner, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, title)
                continue
            top, bottom = inner.adjusted(0, 0, 0, -inner.height() / 2), inner.adjusted(0, inner.height() / 2, 0, 0)
            p.drawText(top, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, title)
            p.setFont(small)
            p.setPen(words)
            status = QFontMetrics(small).elidedText(b.status, Qt.TextElideMode.ElideRight, int(inner.width()))
            p.drawText(bottom, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, status)
        p.end()
