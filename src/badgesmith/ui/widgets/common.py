"""Little helpers shared by pages: an inline error label, headings, an empty-state note."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QWidget


def error_label(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("inlineError")
    label.setStyleSheet("color: #B00020;")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # messages may quote user input
    label.hide()
    return label


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    f = label.font()
    f.setPointSizeF(f.pointSizeF() * 1.35)
    f.setBold(True)
    label.setFont(f)
    return label


def note(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #5E5A52;")
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def hline() -> QFrame:
    f = QFrame()
    f.setFrameShape(QFrame.Shape.HLine)
    f.setFrameShadow(QFrame.Shadow.Sunken)
    return f


def set_error(label: QLabel, text: str | None) -> None:
    label.setText(text or "")
    label.setVisible(bool(text))
