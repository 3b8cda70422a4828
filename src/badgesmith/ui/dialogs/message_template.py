"""The message learners receive, in the trainer's words: subject and body with placeholders, for
the whole workspace or for one achievement, with a preview of what one learner would get."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from badgesmith.core.delivery.messages import PLACEHOLDERS, MessageTemplate, preset
from badgesmith.core.languages import SHIPPED
from badgesmith.core.said import said
from badgesmith.core.services import delivery
from badgesmith.ui.context import AppContext
from badgesmith.ui.errors import ask
from badgesmith.ui.i18n import say
from badgesmith.ui.ops import Change, show_in
from badgesmith.ui.widgets.common import error_label, note, select_quietly, set_error
from badgesmith.ui.widgets.language_box import language_box

if TYPE_CHECKING:
    from badgesmith.core.store.workspace import Workspace


class MessageTemplateDialog(QDialog):
    def __init__(self, ctx: AppContext, achievement_id: int | None, achievement_name: str,
                 preview_credential: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.achievement_id = achievement_id
        self.preview_credential = preview_credential
        self.setObjectName("messageTemplate")
        self.setWindowTitle(self.tr("Message to learners"))
        self.resize(900, 560)
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        form = QFormLayout()
        self.subject = QLineEdit()
        self.subject.setObjectName("messageSubject")
        self.body = QPlainTextEdit()
        self.body.setObjectName("messageBody")
        # the ready-made message in any language, to start from (the trainer's words replace it)
        self.preset = language_box("messagePreset", self.tr("Choose a language…"))
        self.preset.currentIndexChanged.connect(self._use_preset)
        form.addRow(self.tr("Start from the message in"), self.preset)
        form.addRow(self.tr("Subject"), self.subject)
        form.addRow(self.tr("Message"), self.body)
        left.addLayout(form)
        self.own = QCheckBox(self.tr("Use this message only for “{achievement}”").format(
            achievement=achievement_name))
        self.own.setObjectName("ownTemplate")
        self.own.setEnabled(achievement_id is not None)
        left.addWidget(self.own)
        listed = ", ".join("{" + k + "}" + f" ({say(said(v))})" for k, v in PLACEHOLDERS.items())
        left.addWidget(note(self.tr("Placeholders: {placeholders}. A line whose placeholders are all empty is left "
                                    "out.").format(placeholders=listed)))
        self.error = error_label()
        left.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        left.addWidget(buttons)
        outer.addLayout(left, 3)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("What the first learner would get")))
        self.preview = QPlainTextEdit()  # wraps long links anywhere; scrolls a long message
        self.preview.setObjectName("messagePreview")
        self.preview.setReadOnly(True)
        self.preview.setMinimumWidth(320)
        self.preview.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        right.addWidget(self.preview, 1)  # fills the column: no gap under the heading
        outer.addLayout(right, 2)
        t = ctx.ops.read(self, lambda ws: delivery.get_template(ws, achievement_id)) or MessageTemplate()
        own = achievement_id is not None and bool(
            ctx.ops.read(self, lambda ws: delivery.has_own_template(ws, achievement_id)))
        self.subject.setText(t.subject)
        self.body.setPlainText(t.body)
        self._language = t.language
        self._untouched = (t.subject, t.body)  # replaced without asking only while unedited
        self.own.setChecked(own)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.update_preview)
        self.subject.textChanged.connect(self._timer.start)
        self.body.textChanged.connect(self._timer.start)
        self.update_preview()

    def template(self) -> MessageTemplate:
        return MessageTemplate(self.subject.text(), self.body.toPlainText(), self._language)

    def update_preview(self) -> None:
        cid = self.preview_credential
        if cid is None:
            self.preview.setPlainText(self.tr("Issue a credential in this cohort to see a preview."))
            return
        template = self.template()
        letter = self.ctx.ops.read(self, lambda ws: delivery.preview_letter(ws, cid, template),
                                   error=show_in(self.error))
        if letter is None:
            self.preview.setPlainText(self.tr("(No preview while the message has the mistake named on the left.)"))
            return
        set_error(self.error, None)
        self.preview.setPlainText(self.tr("To: {name} <{address}>\nSubject: {subject}\n\n{body}\n\nAttached: the "
                                          "certificate (PDF), the credential (JSON), the badge (PNG)").format(
            name=letter.to_name, address=letter.to_address, subject=letter.subject, body=letter.body))

    def save(self) -> None:
        template, aid = self.template(), self.achievement_id
        own = self.own.isChecked() and aid is not None

        def work(ws: Workspace) -> None:
            delivery.save_template(ws, template, aid if own else None)
            if aid is not None and not own:
                delivery.save_template(ws, None, aid)  # back to the workspace's message

        self.ctx.ops.run(self, work, changes=Change.DELIVERY, done=lambda _r: self.accept(), error=show_in(self.error))

    def _use_preset(self) -> None:
        code = self.preset.currentData()
        select_quietly(self.preset, None)  # the box offers a start, it does not hold a state
        if code is None:
            return
        if (self.subject.text(), self.body.toPlainText()) != self._untouched:
            sb = QMessageBox.StandardButton
            answer = ask(self, self.tr("Replace the message"),
                         self.tr("The ready-made message in {language} replaces the subject and the text you "
                                 "wrote. Replace them?").format(language=SHIPPED[code]),
                         sb.Yes | sb.Cancel, sb.Cancel)
            if answer != sb.Yes:
                return
        ready = preset(code)
        self._language = code
        self.subject.setText(ready.subject)
        self.body.setPlainText(ready.body)
        self._untouched = (ready.subject, ready.body)
