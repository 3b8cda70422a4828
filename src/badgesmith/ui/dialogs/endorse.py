"""The endorser's side: sign an endorsement of another provider's achievement from the request
file they sent (File ▸ Endorse an achievement…), with a comment and a last valid day, and save it
to send back (core/services/endorsements.endorse)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from badgesmith.core.credentials.endorsement import MAX_COMMENT_CHARS, EndorsementRequest
from badgesmith.core.services import endorsements
from badgesmith.core.services.endorsements import SignedEndorsement
from badgesmith.ui import prefs
from badgesmith.ui.context import AppContext
from badgesmith.ui.dialogs.passphrase import with_passphrase
from badgesmith.ui.errors import show_info
from badgesmith.ui.ops import show_in
from badgesmith.ui.widgets.common import date_edit, error_label, note, plain, set_error

JSON_FILTER = "JSON (*.json);;All files (*)"  # i18n: a file filter's globs


class EndorseDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.request_path: Path | None = None
        self.request: EndorsementRequest | None = None
        self.setObjectName("endorseDialog")
        self.setWindowTitle(self.tr("Endorse an achievement"))
        intro = note(self.tr("Another provider sent you an endorsement request for one of their achievements. Your "
                             "endorsement is signed with your key, in your issuer name; they add it to the "
                             "achievement, and the credentials they issue carry it."))
        self.choose = QPushButton(self.tr("Choose request…"))
        self.choose.setObjectName("chooseEndorsementRequest")
        self.choose.clicked.connect(self.choose_request)
        self.summary = plain(QLabel(self.tr("No request chosen yet.")))
        self.summary.setObjectName("endorsementRequestSummary")
        self.summary.setWordWrap(True)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("endorsementComment")
        self.comment.setPlaceholderText(self.tr("What you say about it, e.g. why your members value it (optional)"))
        self.comment.setFixedHeight(80)
        self.expires = QCheckBox(self.tr("Valid until"))
        self.expires.setObjectName("endorsementExpires")
        today = datetime.now(UTC).date()
        self.until = date_edit(QDate(today.year + 2, today.month, min(today.day, 28)), "endorsementValidUntil")
        self.until.setMinimumDate(QDate(today.year, today.month, today.day))
        self.until.setEnabled(False)
        self.expires.toggled.connect(self.until.setEnabled)
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.sign = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign.setText(self.tr("Sign and save…"))
        self.sign.setObjectName("signEndorsement")
        self.sign.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.choose)
        row.addWidget(self.summary, 1)
        form = QFormLayout()
        form.addRow(self.tr("Request"), row)
        form.addRow(self.tr("Comment"), self.comment)
        expiry = QHBoxLayout()
        expiry.addWidget(self.expires)
        expiry.addWidget(self.until)
        expiry.addStretch()
        form.addRow(expiry)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def choose_request(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose an endorsement request"),
                                              prefs.last_dir("endorsement", str(Path.home())), JSON_FILTER)
        if not path:
            return
        prefs.set_last_dir("endorsement", path)
        request = self.ctx.ops.read(self, lambda _ws: endorsements.read_request(Path(path)), error=show_in(self.error))
        self.request, self.request_path = request, Path(path) if request is not None else None
        self.sign.setEnabled(request is not None)
        if request is None:
            self.summary.setText(self.tr("No request chosen yet."))
            return
        set_error(self.error, None)
        self.summary.setText(self.tr("{achievement}, awarded by {provider}\n{description}").format(
            achievement=request.achievement_name, provider=request.provider_name,
            description=request.description).strip())

    def valid_until(self) -> date | None:
        if not self.expires.isChecked():
            return None
        d = self.until.date()
        return date(d.year(), d.month(), d.day())

    def accept(self) -> None:
        if self.request is None or self.request_path is None:
            return
        comment = self.comment.toPlainText()
        if len(comment.strip()) > MAX_COMMENT_CHARS:
            set_error(self.error, self.tr("The comment is %n character(s) long; at most {limit} fit.", "",
                                          len(comment.strip())).format(limit=MAX_COMMENT_CHARS))
            return
        with_passphrase(self.ctx, self, lambda pw: self._save(pw, comment),
                        self.tr("Signing an endorsement needs your signing key's passphrase."))

    def _save(self, passphrase: str, comment: str) -> None:
        request, source = self.request, self.request_path
        if request is None or source is None:
            return
        stem = "".join("-" if c in '/\\:*?"<>|' else c for c in request.achievement_name).strip(" .") or "achievement"
        default = source.parent / self.tr("{achievement} - endorsement.json", "a file name").format(achievement=stem)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the signed endorsement"), str(default), JSON_FILTER)
        if not path:
            return
        until = self.valid_until()
        self.ctx.ops.run(self, lambda ws: endorsements.endorse(ws, source, Path(path), passphrase, comment=comment,
                                                               valid_until=until),
                         done=self._saved, error=show_in(self.error))

    def _saved(self, done: SignedEndorsement) -> None:
        show_info(self.parentWidget(), self.tr(
            "Saved your endorsement of {achievement} to {file}. Send it to {provider}, with your issuer card "
            "(Settings ▸ Signing keys ▸ Export issuer card…) if they do not have it yet.").format(
            achievement=done.achievement_name, file=done.path, provider=done.provider_name))
        super().accept()
