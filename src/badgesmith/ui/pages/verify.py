"""Verify: drop or open a PDF, credential JSON or QR image, or paste QR text; read the report."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from badgesmith.ui import prefs
from badgesmith.ui.context import AppContext
from badgesmith.ui.errors import user_message
from badgesmith.ui.pages.base import Page
from badgesmith.ui.widgets.common import heading, note

if TYPE_CHECKING:
    from badgesmith.core.services.verification import Report

VERDICT_COLOURS = {"verified": "#1B7F3B", "revoked": "#B00020", "not_verified": "#B00020",
                   "unreadable": "#B00020", "expired": "#8A6D00", "unknown_issuer": "#8A6D00",
                   "superseded": "#8A6D00", "ambiguous": "#B00020"}
FILE_FILTER = "Certificates and credentials (*.pdf *.json *.jsonld *.png *.jpg *.jpeg *.txt);;All files (*)"


class DropZone(QFrame):
    dropped = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("dropZone")
        self.setAcceptDrops(True)
        self.setMinimumHeight(110)
        self.setStyleSheet("#dropZone { border: 2px dashed #9A9A9A; border-radius: 8px; background: #F7F6F3; }")
        lay = QVBoxLayout(self)
        label = QLabel("Drop a certificate PDF, a credential (.json) or a photo of the QR code here")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        f = label.font()
        f.setPointSizeF(f.pointSizeF() * 1.15)
        label.setFont(f)
        lay.addWidget(label)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.dropped.emit(url.toLocalFile())
                event.acceptProposedAction()
                return


class VerifyPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.report: Report | None = None
        self._generation = 0
        self.drop = DropZone()
        self.drop.dropped.connect(self.verify_file)
        open_button = QPushButton("Open file…")
        open_button.setObjectName("verifyOpen")
        open_button.clicked.connect(self._open)
        self.paste = QPlainTextEdit()
        self.paste.setObjectName("verifyPaste")
        self.paste.setPlaceholderText("…or paste the text of a scanned QR code (or a verification link) here")
        self.paste.setFixedHeight(64)
        verify_text = QPushButton("Verify text")
        verify_text.setObjectName("verifyText")
        verify_text.clicked.connect(lambda: self.verify_text(self.paste.toPlainText()))
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        f = self.verdict.font()
        f.setPointSizeF(f.pointSizeF() * 2.0)
        f.setBold(True)
        self.verdict.setFont(f)
        self.summary = QLabel()
        self.summary.setObjectName("verifySummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.details = QLabel()
        self.details.setObjectName("verifyDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)  # every piece of data in it is escaped
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        report = QWidget()
        rl = QVBoxLayout(report)
        rl.addWidget(self.verdict)
        rl.addWidget(self.summary)
        rl.addWidget(self.details)
        rl.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(report)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        row = QHBoxLayout()
        row.addWidget(self.paste, 1)
        col = QVBoxLayout()
        col.addWidget(verify_text)
        col.addWidget(open_button)
        row.addLayout(col)
        lay = QVBoxLayout(self)
        lay.addWidget(heading("Verify a credential"))
        lay.addWidget(note("Checks the signature, the issuer's key (yours, trusted or unknown), the dates, "
                           "revocation as this workspace knows it, and that the QR code matches the credential. "
                           "Nothing leaves this computer."))
        lay.addWidget(self.drop)
        lay.addLayout(row)
        lay.addWidget(scroll, 1)
        self._show_empty()

    def _show_empty(self) -> None:
        self.verdict.setText("")
        self.summary.setText("No credential checked yet.")
        self.details.setText("")

    def _open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Verify a file", prefs.last_dir("verify"), FILE_FILTER)
        if path:
            prefs.set_last_dir("verify", path)
            self.verify_file(path)

    def verify_file(self, path: str | Path) -> None:
        from badgesmith.core.services.verification import verify_path

        ws, p = self.ctx.ws, Path(path)
        self._checking(p.name)
        self._run(lambda _c: verify_path(ws, p))

    def verify_text(self, text: str) -> None:
        from badgesmith.core.services.verification import verify_text

        if not text.strip():
            return
        ws = self.ctx.ws
        self._checking("Pasted text")
        self._run(lambda _c: verify_text(ws, text.strip()))

    def _checking(self, what: str) -> None:
        self.report = None
        self.verdict.setText("Checking…")
        self.verdict.setStyleSheet("color: #5E5A52;")
        self.summary.setText(what)
        self.details.setText("")

    def _run(self, fn) -> None:  # type: ignore[no-untyped-def]
        """Check on the runner; only the newest check may show its report."""
        self._generation += 1
        gen = self._generation

        def done(report: Report) -> None:
            if gen == self._generation:
                self.show_report(report)

        def failed(exc: BaseException) -> None:
            if gen == self._generation:
                self._failed(exc)

        self.ctx.runner.run(fn, done, failed, owner=self)

    def _failed(self, exc: BaseException) -> None:
        self.report = None
        self.verdict.setText("Cannot be read")
        self.verdict.setStyleSheet(f"color: {VERDICT_COLOURS['unreadable']};")
        self.summary.setText(user_message(exc))
        self.details.setText("")

    def show_report(self, report: Report) -> None:
        self.report = report
        colour = VERDICT_COLOURS.get(report.verdict, "#B00020")
        mark = "✓" if report.verified else "✗" if colour == "#B00020" else "!"
        self.verdict.setText(f"{mark}  {report.title}")
        self.verdict.setStyleSheet(f"color: {colour};")
        self.summary.setText(f"{report.source}: {report.summary}")
        e = html.escape
        facts = "".join(f"<tr><td style='padding-right:14px;color:#5E5A52'>{e(k.capitalize())}</td>"
                        f"<td>{e(v)}</td></tr>" for k, v in report.facts.items())
        checks = []
        for c in report.checks:
            sym, col = ("✓", "#1B7F3B") if c.ok else ("–", "#6B6B6B") if c.ok is None else ("✗", "#B00020")
            checks.append(f"<tr><td style='color:{col};font-weight:bold;padding-right:8px'>{sym}</td>"
                          f"<td>{e(c.message)}</td></tr>")
        paper = (f"<p style='font-weight:bold'>{e(report.must_show)} Compare it with the paper or page "
                 "in front of you.</p>") if report.must_show else ""
        self.details.setText(f"{paper}<table>{facts}</table><h3>Checks</h3>"
                             f"<table cellspacing='4'>{''.join(checks)}</table>")
