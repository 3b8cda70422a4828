"""Certificate design for one achievement: template, colours, wording, signatories, live preview."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from badgesmith.ui.context import AppContext
from badgesmith.ui.errors import user_message
from badgesmith.ui.widgets.common import error_label, set_error
from badgesmith.ui.widgets.image_picker import ImagePicker
from badgesmith.ui.widgets.pdf_preview import PdfPreview

COLOURS = (("primary", "Main colour"), ("accent", "Accent"), ("text", "Text"), ("muted", "Small print"),
           ("paper", "Paper"))
WORDING = (("title", "Title"), ("presented", "Before the name"), ("completed", "Before the achievement"),
           ("issued_label", "Issue date label"), ("expires_label", "Expiry label"))
PREVIEW_DELAY_MS = 350
LOGO_POSITIONS = (("top-center", "Top, centred"), ("top-left", "Top left"), ("top-right", "Top right"),
                  ("none", "Not shown"))


def _data_uri(data: bytes | None) -> str:
    """Images live inside the design itself (a data: URI), so the workspace carries them."""
    from badgesmith.core.paper.images import data_uri

    return data_uri(data or b"")
MAX_SIGNATORIES = 3


class ColourButton(QPushButton):
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.colour = "#000000"
        self.setFixedWidth(110)
        self.clicked.connect(self._pick)

    def set_colour(self, hex_colour: str) -> None:
        self.colour = hex_colour.upper()
        light = QColor(self.colour).lightness() > 140
        self.setText(self.colour)
        self.setStyleSheet(f"background: {self.colour}; color: {'#000' if light else '#FFF'};")

    def _pick(self) -> None:
        c = QColorDialog.getColor(QColor(self.colour), self, "Choose a colour")
        if c.isValid():
            self.set_colour(c.name())
            self.changed.emit()


class TemplateEditor(QWidget):
    """Edits ``template`` + ``template_overrides`` of an achievement, with a debounced preview."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from badgesmith.core.paper.templates import list_templates

        self.ctx = ctx
        self.achievement_id: int | None = None
        self.achievement = QComboBox()
        self.achievement.setObjectName("designAchievement")
        self.achievement.currentIndexChanged.connect(self._achievement_chosen)
        self.template = QComboBox()
        self.template.setObjectName("designTemplate")
        for tid, name in list_templates():
            self.template.addItem(name, tid)
        self.template.currentIndexChanged.connect(self._template_changed)
        self.colours: dict[str, ColourButton] = {}
        colours = QGroupBox("Colours")
        cf = QFormLayout(colours)
        for key, label in COLOURS:
            b = ColourButton()
            b.setObjectName(f"colour_{key}")
            b.changed.connect(self.schedule_preview)
            self.colours[key] = b
            cf.addRow(label, b)
        self.wording: dict[str, QLineEdit] = {}
        wording = QGroupBox("Wording")
        wf = QFormLayout(wording)
        for key, label in WORDING:
            e = QLineEdit()
            e.setObjectName(f"wording_{key}")
            e.textChanged.connect(self.schedule_preview)
            self.wording[key] = e
            wf.addRow(label, e)
        images = QGroupBox("Logo and background")
        imf = QFormLayout(images)
        self.logo_position = QComboBox()
        self.logo_position.setObjectName("logoPosition")
        for value, label in LOGO_POSITIONS:
            self.logo_position.addItem(label, value)
        self.logo_position.currentIndexChanged.connect(self.schedule_preview)
        imf.addRow("Issuer logo", self.logo_position)
        self.background = ImagePicker("background", size=56)
        self.background.setObjectName("backgroundImage")
        self.background.changed.connect(self.schedule_preview)
        imf.addRow("Background", self.background)
        sig = QGroupBox("Signatories (name, title and signature image; up to three)")
        sf = QFormLayout(sig)
        self.signatories: list[tuple[QLineEdit, QLineEdit, ImagePicker]] = []
        for i in range(MAX_SIGNATORIES):
            name, title = QLineEdit(), QLineEdit()
            name.setObjectName(f"signatoryName{i}")
            title.setObjectName(f"signatoryTitle{i}")
            name.setPlaceholderText("Name")
            title.setPlaceholderText("Title, e.g. Course director")
            image = ImagePicker("signature", size=40)
            image.setObjectName(f"signatoryImage{i}")
            name.textChanged.connect(self.schedule_preview)
            title.textChanged.connect(self.schedule_preview)
            image.changed.connect(self.schedule_preview)
            row = QHBoxLayout()
            row.addWidget(name)
            row.addWidget(title)
            box = QVBoxLayout()
            box.addLayout(row)
            box.addWidget(image)
            sf.addRow(f"{i + 1}.", box)
            self.signatories.append((name, title, image))
        self.save = QPushButton("Save design")
        self.save.setObjectName("saveDesign")
        self.save.clicked.connect(self.save_design)
        reset = QPushButton("Reset to template")
        reset.clicked.connect(self._reset_to_template)
        self.error = error_label()
        form = QFormLayout()
        form.addRow("Achievement", self.achievement)
        form.addRow("Template", self.template)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(colours)
        left.addWidget(wording)
        left.addWidget(images)
        left.addWidget(sig)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(reset)
        buttons.addWidget(self.save)
        left.addLayout(buttons)
        left.addStretch()
        self.preview = PdfPreview("The preview appears here.")
        self.preview.setObjectName("designPreview")
        lay = QHBoxLayout(self)
        lw = QWidget()
        lw.setLayout(left)
        scroll = QScrollArea()  # the settings outgrow small screens; the preview keeps its room
        scroll.setWidget(lw)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setMinimumWidth(460)
        scroll.setMaximumWidth(540)
        lay.addWidget(scroll)
        lay.addWidget(self.preview, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.render_preview)
        self._loading = False
        self._generation = 0
        self._dirty = False
        self._template_id = self.template.currentData()  # the template the fields were filled from

    # ---------------------------------------------------------------- unsaved edits

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty

    def resolve_unsaved(self) -> bool:
        """Save / Discard / Cancel the design edits; True when they may be left."""
        from PySide6.QtWidgets import QMessageBox

        from badgesmith.ui.errors import ask_save_discard

        if not self._dirty:
            return True
        index = self.achievement.findData(self.achievement_id)
        name = self.achievement.itemText(index) if index >= 0 else "this achievement"
        answer = ask_save_discard(self, f"The certificate design of “{name}”")
        if answer == QMessageBox.StandardButton.Save:
            return self.save_design()
        if answer == QMessageBox.StandardButton.Discard:
            self._set_dirty(False)
            return True
        return False

    @staticmethod
    def _set_quietly(combo: QComboBox, data: Any) -> None:
        combo.blockSignals(True)
        combo.setCurrentIndex(max(0, combo.findData(data)))
        combo.blockSignals(False)

    # ---------------------------------------------------------------- loading

    def reload(self) -> None:
        """Refill the achievement list; unsaved edits of the design shown are kept."""
        from badgesmith.core.services import achievements

        keep = self.achievement_id
        self.achievement.blockSignals(True)
        self.achievement.clear()
        for a in achievements.list_achievements(self.ctx.ws):
            self.achievement.addItem(a.name, a.id)
        i = self.achievement.findData(keep)
        self.achievement.setCurrentIndex(max(0, i))
        self.achievement.blockSignals(False)
        self.save.setEnabled(self.achievement.count() > 0)
        if self._dirty and i >= 0:
            self.render_preview()
            return
        self._set_dirty(False)
        self._load_achievement()

    def _achievement_chosen(self) -> None:
        chosen = self.achievement.currentData()
        if chosen == self.achievement_id:
            return
        if self._dirty:
            self._set_quietly(self.achievement, self.achievement_id)  # the edits belong to this one
            if not self.resolve_unsaved():
                return  # Cancel: stay on the achievement being edited
            self._set_quietly(self.achievement, chosen)
        self._load_achievement()

    def _load_achievement(self) -> None:
        from badgesmith.core.services import achievements

        self.achievement_id = self.achievement.currentData()
        self._set_dirty(False)
        if self.achievement_id is None:
            self.preview.show_message("Create an achievement first: its certificate design is edited here.")
            return
        spec = achievements.get_achievement(self.ctx.ws, self.achievement_id).spec
        self._loading = True
        self.template.setCurrentIndex(max(0, self.template.findData(spec.template)))
        self._template_id = self.template.currentData()
        self._loading = False
        self._fill(spec.template_overrides)

    def _template_changed(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from badgesmith.ui.errors import ask

        if self._loading or self.template.currentData() == self._template_id:
            return
        if self._dirty:
            sb = QMessageBox.StandardButton
            answer = ask(self, "Change the template",
                         "Another template replaces the colours, wording and signatories you changed and have "
                         "not saved. Discard those changes?", sb.Discard | sb.Cancel, sb.Cancel,
                         QMessageBox.Icon.Warning)
            if answer != sb.Discard:
                self._set_quietly(self.template, self._template_id)
                return
        self._template_id = self.template.currentData()
        self._fill({})
        self._set_dirty(True)

    def _reset_to_template(self) -> None:
        self._fill({})
        self._set_dirty(True)

    def _fill(self, overrides: dict[str, Any]) -> None:
        from badgesmith.core.paper.templates import load_template

        t = load_template(self.template.currentData(), overrides)
        self._loading = True
        for key, b in self.colours.items():
            b.set_colour(getattr(t.colours, key))
        for key, e in self.wording.items():
            e.setText(getattr(t.wording, key))
        self.logo_position.setCurrentIndex(max(0, self.logo_position.findData(t.logo.position)))
        self.background.set_data(t.background_image, emit=False)
        for i, (name, title, image) in enumerate(self.signatories):
            s = t.signatories[i] if i < len(t.signatories) else None
            name.setText(s.name if s else "")
            title.setText(s.title if s else "")
            image.set_data(s.signature_image if s else None, emit=False)
        self._loading = False
        self.render_preview()

    def overrides(self) -> dict[str, Any]:
        """Only what differs from the chosen built-in template."""
        from badgesmith.core.paper.templates import load_template

        base = load_template(self.template.currentData())
        out: dict[str, Any] = {}
        colours = {k: b.colour for k, b in self.colours.items() if b.colour.upper() != getattr(base.colours, k).upper()}
        wording = {k: e.text() for k, e in self.wording.items() if e.text() != getattr(base.wording, k)}
        sigs: list[dict[str, str]] = []
        for n, t, image in self.signatories:
            if n.text().strip():
                sig = {"name": n.text().strip(), "title": t.text().strip()}
                if image.data():
                    sig["signature_image"] = _data_uri(image.data())
                sigs.append(sig)
        if colours:
            out["colours"] = colours
        if wording:
            out["wording"] = wording
        if sigs or base.signatories:
            out["signatories"] = sigs
        if self.logo_position.currentData() != base.logo.position:
            out["logo"] = {"position": self.logo_position.currentData()}
        if self.background.data() and self.background.data() != base.background_image:
            out["background_image"] = _data_uri(self.background.data())
        return out

    def schedule_preview(self) -> None:
        if not self._loading:
            self._set_dirty(True)  # only user edits get here: loading fills with _loading set
            self._timer.start()

    def render_preview(self) -> None:
        """Render a sample certificate with the current settings (on the task runner)."""
        from badgesmith.core.paper.render import CertificateData, render_certificate
        from badgesmith.core.paper.templates import load_template
        from badgesmith.core.services import issuer

        self._timer.stop()
        try:
            template = load_template(self.template.currentData(), self.overrides())
        except Exception as exc:
            set_error(self.error, user_message(exc))
            return
        set_error(self.error, None)
        info = issuer.get_issuer(self.ctx.ws)
        data = CertificateData(
            recipient_name="Zoë Ñúñez-Çelik", achievement_name=self.achievement.currentText() or "Sample achievement",
            issuer_name=info.name, issue_date=date.today(), credential_id="urn:uuid:00000000-0000-4000-8000-000000000000",
            qr_payload="https://example.org/verify#preview", issuer_logo=info.logo if info.logo_mime != "image/svg+xml" else None,
            key_fingerprint=info.fingerprint or "")
        self._generation += 1
        gen = self._generation

        def done(pdf: bytes) -> None:
            if gen == self._generation:  # a later edit already asked for a newer preview
                self.preview.set_pdf(pdf)

        self.ctx.runner.run(lambda _ctl: render_certificate(data, template), done,
                            lambda exc: set_error(self.error, user_message(exc)), owner=self)

    def save_design(self) -> bool:
        from dataclasses import replace

        from badgesmith.core.services import achievements

        if self.achievement_id is None:
            return False
        try:
            spec = achievements.get_achievement(self.ctx.ws, self.achievement_id).spec
            achievements.update_achievement(self.ctx.ws, self.achievement_id, replace(
                spec, template=self.template.currentData(), template_overrides=self.overrides()))
        except Exception as exc:
            set_error(self.error, user_message(exc))
            return False
        set_error(self.error, None)
        from badgesmith.ui.context import ACHIEVEMENTS

        self._set_dirty(False)
        self.ctx.notify(ACHIEVEMENTS)
        return True
