"""Verify: drop or open a PDF, credential JSON or QR image, or paste QR text; read the report.

The last check is kept and run again when credentials or trusted keys change elsewhere in the
app (a revocation on the Credentials page), or on "Check again": the verdict never goes stale.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent, QMouseEvent
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

from badgesmith.core.credentials.verify import Verdict
from badgesmith.core.services import verification
from badgesmith.core.services.verification import VERDICT_TEXT, Report
from badgesmith.ui import colours, prefs
from badgesmith.ui.context import AppContext
from badgesmith.ui.i18n import say
from badgesmith.ui.ops import Change
from badgesmith.ui.pages.base import Page
from badgesmith.ui.widgets.common import heading, note

if TYPE_CHECKING:
    from badgesmith.core.store.workspace import Workspace

GOOD, WARN, BAD = colours.GOOD, colours.WARN, colours.BAD
VERDICT_COLOURS = {Verdict.VERIFIED: GOOD, Verdict.REVOKED: BAD, Verdict.NOT_VERIFIED: BAD, Verdict.UNREADABLE: BAD,
                   Verdict.EXPIRED: WARN, Verdict.UNKNOWN_ISSUER: WARN, Verdict.SUPERSEDED: WARN,
                   Verdict.AMBIGUOUS: BAD}
FILE_FILTER = str(QT_TRANSLATE_NOOP("VerifyPage",
                                    "Certificates and credentials (*.pdf *.json *.jsonld *.png *.jpg *.jpeg *.txt);;"
                                    "All files (*)"))


class DropZone(QFrame):
    """Takes a dropped file; a click (or Space/Enter when focused) asks for one instead."""

    dropped = Signal(str)
    clicked = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("dropZone")
        self.setAcceptDrops(True)
        self.setMinimumHeight(110)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Choose a file to verify"))
        # the palette's own colours; focused, the edge turns solid as well as highlighted
        self.setStyleSheet("#dropZone { border: 2px dashed palette(mid); border-radius: 8px; background: palette(base); }"
                           "#dropZone:focus { border: 2px solid palette(highlight); }"
                           "#dropZone QLabel { color: palette(text); }")
        lay = QVBoxLayout(self)
        label = QLabel(self.tr("Drop a certificate or transcript PDF, a credential or learner record (.json) or a "
                               "photo of the QR code here, or click to choose a file"))
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

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


class VerifyPage(Page):
    # a revocation, a reinstatement or a newly trusted issuer changes the verdict of the last check
    topics = Change.CREDENTIALS | Change.ISSUER

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.report: Report | None = None
        self._generation = 0
        # the last check (what it was, and how to run it), run again when the data changes
        self._last: tuple[str, Callable[[Workspace], Report]] | None = None
        self.drop = DropZone()
        self.drop.dropped.connect(self.verify_file)
        self.drop.clicked.connect(self._open)
        open_button = QPushButton(self.tr("Open file…"))
        open_button.setObjectName("verifyOpen")
        open_button.clicked.connect(self._open)
        self.paste = QPlainTextEdit()
        self.paste.setObjectName("verifyPaste")
        self.paste.setAccessibleName(self.tr("Paste the text of a QR code"))
        self.paste.setPlaceholderText(self.tr("…or paste the text of a scanned QR code (or a verification link) "
                                              "here"))
        self.paste.setFixedHeight(64)
        verify_text = QPushButton(self.tr("Verify text"))
        verify_text.setObjectName("verifyText")
        verify_text.clicked.connect(lambda: self.verify_text(self.paste.toPlainText()))
        self.again = QPushButton(self.tr("Check again"))
        self.again.setObjectName("checkAgain")
        self.again.setToolTip(self.tr("Check the same file or text again, against what this workspace knows now"))
        self.again.clicked.connect(self.check_again)
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
        self.checked_at = QLabel()
        self.checked_at.setObjectName("verifyCheckedAt")
        colours.styled(self.checked_at, lambda: colours.css(colours.MUTED))
        self.details = QLabel()
        self.details.setObjectName("verifyDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)  # every piece of data in it is escaped
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._verdict_kind = colours.MUTED
        colours.follow(self.verdict, lambda: self.verdict.setStyleSheet(colours.css(self._verdict_kind)))
        colours.follow(self.details, self._show_details)
        report = QWidget()
        rl = QVBoxLayout(report)
        top = QHBoxLayout()
        top.addWidget(self.verdict, 1)
        top.addWidget(self.again, 0, Qt.AlignmentFlag.AlignTop)
        rl.addLayout(top)
        rl.addWidget(self.summary)
        rl.addWidget(self.checked_at)
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
        lay.addWidget(heading(self.tr("Verify a credential")))
        lay.addWidget(note(self.tr("Checks the signature, the issuer's key (yours, trusted or unknown), the dates, "
                                   "revocation as this workspace knows it, and that the QR code matches the "
                                   "credential. Nothing leaves this computer.")))
        lay.addWidget(self.drop)
        lay.addLayout(row)
        lay.addWidget(scroll, 1)
        self._show_empty()

    def _show_empty(self) -> None:
        self.verdict.setText("")
        self.summary.setText(self.tr("No credential checked yet."))
        self.checked_at.setText("")
        self.details.setText("")
        self.again.setEnabled(False)

    def refresh(self) -> None:
        """What the workspace knows changed: the verdict shown is checked again, in place."""
        if self._last is not None:
            self._run(*self._last, announce=False)

    def check_again(self) -> None:
        if self._last is not None:
            self._run(*self._last)

    def workspace_switched(self) -> None:
        self._generation += 1  # a check still running belongs to the other workspace
        self._last, self.report = None, None
        self._show_empty()

    def _open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Verify a file"), prefs.last_dir("verify"),
                                              self.tr(FILE_FILTER))
        if path:
            prefs.set_last_dir("verify", path)
            self.verify_file(path)

    def verify_file(self, path: str | Path) -> None:
        p = Path(path)
        self._run(p.name, lambda ws: verification.verify_path(ws, p))

    def verify_text(self, text: str) -> None:
        if not text.strip():
            return
        pasted = text.strip()
        self._run(self.tr("Pasted text"), lambda ws: verification.verify_text(ws, pasted))

    def _checking(self, what: str) -> None:
        self.report = None
        self._set_verdict(self.tr("Checking…"), colours.MUTED)
        self.summary.setText(what)
        self.checked_at.setText("")
        self.details.setText("")

    def _run(self, what: str, check: Callable[[Workspace], Report], announce: bool = True) -> None:
        """Check on the worker; only the newest check may show its report. A check run again
        because the data changed (``announce`` False) keeps the old report until the new one."""
        self._last = (what, check)
        self.again.setEnabled(True)
        if announce:
            self._checking(what)
        self._generation += 1
        gen = self._generation

        def done(report: Report) -> None:
            if gen == self._generation:
                self.show_report(report)

        def failed(exc: BaseException) -> None:
            if gen == self._generation:
                self._failed(exc)

        self.ctx.ops.run(self, check, done=done, error=failed)

    def _failed(self, exc: BaseException) -> None:
        self.report = None
        self._set_verdict(self.tr("Cannot be read"), VERDICT_COLOURS[Verdict.UNREADABLE])
        self.summary.setText(self.ctx.ops.message(exc))
        self._stamp()
        self.details.setText("")

    def _stamp(self) -> None:
        # says when: "Check again" (or a re-check after a revocation) visibly did something
        self.checked_at.setText(self.tr("Checked at {time}").format(time=f"{datetime.now():%H:%M:%S}"))

    def _set_verdict(self, text: str, kind: str) -> None:
        self._verdict_kind = kind
        self.verdict.setText(text)
        self.verdict.setStyleSheet(colours.css(kind))

    def show_report(self, report: Report) -> None:
        self.report = report
        kind = VERDICT_COLOURS[report.verdict]
        mark = "✓" if report.verified else "✗" if kind == BAD else "!"
        self._set_verdict(f"{mark}  {say(report.title)}", kind)
        self.summary.setText(self.tr("{source}: {summary}").format(source=say(report.source),
                                                                   summary=say(report.summary)))
        self._stamp()
        self._show_details()

    def _show_details(self) -> None:
        """The report's facts and checks, in the palette's colours (shown again when it changes)."""
        report = self.report
        if report is None:
            return
        e = html.escape
        good, bad, muted = (colours.status(k).name() for k in (GOOD, BAD, colours.MUTED))
        facts = "".join(f"<tr><td style='padding-right:14px;color:{muted}'>{e(say(k))}</td>"
                        f"<td>{e(say(v))}</td></tr>" for k, v in report.facts.items())
        checks = []
        for c in report.checks:
            sym, col = ("✓", good) if c.ok else ("–", muted) if c.ok is None else ("✗", bad)
            checks.append(f"<tr><td style='color:{col};font-weight:bold;padding-right:8px'>{sym}</td>"  # i18n: HTML markup only
                          f"<td>{e(say(c.message))}</td></tr>")
        compare = self.tr("{what} Compare it with the paper or page in front of you.")
        paper = (f"<p style='font-weight:bold'>{e(compare.format(what=say(report.must_show)))}</p>"  # i18n: HTML markup only
                 if report.must_show else "")
        checks_title = e(self.tr("Checks"))
        self.details.setText(f"{paper}<table>{facts}</table><h3>{checks_title}</h3>"  # i18n: HTML markup only
                             f"<table cellspacing='4'>{''.join(checks)}</table>{self._parts_html(report)}")

    def _parts_html(self, report: Report) -> str:
        """A learner record's credentials, each with its own verdict (every text escaped)."""
        if not report.parts:
            return ""
        e = html.escape
        good, bad, muted = (colours.status(k).name() for k in (GOOD, BAD, colours.MUTED))
        unnamed, no_id = self.tr("An unnamed achievement"), self.tr("no id")
        rows = []
        for n in report.parts:
            sym, col = ("✓", good) if n.verified else ("✗", bad)
            verdict = say(VERDICT_TEXT[n.verdict]) if n.belongs else self.tr("Not this learner")
            why = "" if n.verified else f"<br><span style='color:{muted}'>{e(say(n.reason))}</span>"  # i18n: HTML markup only
            rows.append(f"<tr><td style='color:{col};font-weight:bold;padding-right:8px'>{sym}</td>"  # i18n: HTML markup only
                        f"<td><b>{e(n.achievement_name or unnamed)}</b> — {e(verdict)}{why}"
                        f"<br><span style='color:{muted}'>{e(n.credential_id or no_id)}</span></td></tr>")
        title = self.tr("The record's %n credential(s), each verified on its own", "", len(report.parts))
        return f"<h3>{e(title)}</h3><table cellspacing='4'>{''.join(rows)}</table>"  # i18n: HTML markup only
