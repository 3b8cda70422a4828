"""Certificate design for one achievement: template, colours, wording, signatories, live preview."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from badgesmith.core.paper.images import data_uri
from badgesmith.core.paper.sizes import ORIENTATIONS, PAPER_SIZES
from badgesmith.core.paper.templates import list_templates, load_template
from badgesmith.core.services import achievements, issuer
from badgesmith.core.services.certificates import design_preview
from badgesmith.core.services.credential_data import split_page
from badgesmith.ui import colours
from badgesmith.ui.context import AppContext
from badgesmith.ui.errors import ask, resolve_unsaved_edits
from badgesmith.ui.i18n import left_to_right
from badgesmith.ui.ops import Change, show_in
from badgesmith.ui.role_guard import refused_action
from badgesmith.ui.widgets.common import error_label, plain, select_quietly, set_error
from badgesmith.ui.widgets.image_picker import ImagePicker
from badgesmith.ui.widgets.language_box import language_box
from badgesmith.ui.widgets.pdf_preview import PdfPreview, RenderedPdf, render_pdf

if TYPE_CHECKING:
    from badgesmith.core.store.workspace import Workspace

# the labels are translated where shown (TemplateEditor)
COLOURS = (
    ("primary", str(QT_TRANSLATE_NOOP("TemplateEditor", "Main colour"))),
    ("accent", str(QT_TRANSLATE_NOOP("TemplateEditor", "Accent"))),
    ("text", str(QT_TRANSLATE_NOOP("TemplateEditor", "Text"))),
    ("muted", str(QT_TRANSLATE_NOOP("TemplateEditor", "Small print"))),
    ("paper", str(QT_TRANSLATE_NOOP("TemplateEditor", "Paper"))),
)
WORDING = (
    ("title", str(QT_TRANSLATE_NOOP("TemplateEditor", "Title"))),
    ("presented", str(QT_TRANSLATE_NOOP("TemplateEditor", "Before the name"))),
    ("completed", str(QT_TRANSLATE_NOOP("TemplateEditor", "Before the achievement"))),
    ("after_achievement", str(QT_TRANSLATE_NOOP("TemplateEditor", "After the achievement"))),
    ("issued_label", str(QT_TRANSLATE_NOOP("TemplateEditor", "Issue date label"))),
    ("expires_label", str(QT_TRANSLATE_NOOP("TemplateEditor", "Expiry label"))),
)
PREVIEW_DELAY_MS = 350
LOGO_POSITIONS = (
    ("top-center", str(QT_TRANSLATE_NOOP("TemplateEditor", "Top, centred"))),
    ("top-left", str(QT_TRANSLATE_NOOP("TemplateEditor", "Top left"))),
    ("top-right", str(QT_TRANSLATE_NOOP("TemplateEditor", "Top right"))),
    ("none", str(QT_TRANSLATE_NOOP("TemplateEditor", "Not shown"))),
)
MAX_SIGNATORIES = 3
PAPER_LABELS = {"A4": str(QT_TRANSLATE_NOOP("TemplateEditor", "A4 (210 × 297 mm)")),
                "Letter": str(QT_TRANSLATE_NOOP("TemplateEditor", "US Letter (8.5 × 11 in)"))}
ORIENTATION_LABELS = {"landscape": str(QT_TRANSLATE_NOOP("TemplateEditor", "Landscape")),
                      "portrait": str(QT_TRANSLATE_NOOP("TemplateEditor", "Portrait"))}


class ColourButton(QPushButton):
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.colour = "#000000"
        self.setFixedWidth(110)
        self.clicked.connect(self._pick)

    def set_colour(self, hex_colour: str) -> None:
        self.colour = hex_colour.upper()
        self.setText(left_to_right(self.colour))
        text = colours.text_on(QColor(self.colour)).name()
        self.setStyleSheet(f"background: {self.colour}; color: {text};")

    def _pick(self) -> None:
        c = QColorDialog.getColor(QColor(self.colour), self, self.tr("Choose a colour"))
        if c.isValid():
            self.set_colour(c.name())
            self.changed.emit()


class TemplateEditor(QWidget):
    """Edits ``template`` + ``template_overrides`` of an achievement, with a debounced preview."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.achievement_id: int | None = None
        self.achievement = QComboBox()
        self.achievement.setObjectName("designAchievement")
        self.achievement.setMinimumWidth(320)  # long names: the list is wider when it opens
        self.achievement.currentIndexChanged.connect(self._achievement_chosen)
        self.template = QComboBox()
        self.template.setObjectName("designTemplate")
        for tid, name in list_templates():
            self.template.addItem(name, tid)
        self.template.currentIndexChanged.connect(self._template_changed)
        # the page is kept beside the design: another template keeps it, "Reset to template" too
        self.paper = QComboBox()
        self.paper.setObjectName("designPaper")
        for key in PAPER_SIZES:
            self.paper.addItem(self.tr(PAPER_LABELS[key]) if key in PAPER_LABELS else key, key)
        self.orientation = QComboBox()
        self.orientation.setObjectName("designOrientation")
        for key in ORIENTATIONS:
            self.orientation.addItem(self.tr(ORIENTATION_LABELS[key]) if key in ORIENTATION_LABELS
                                     else key.capitalize(), key)
        for combo in (self.paper, self.orientation):
            combo.currentIndexChanged.connect(self.schedule_preview)
        # the certificate's language: its wording comes from that language's preset (then edited)
        self.language = language_box("designLanguage", self.tr("The issuer's language"))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.second_language = language_box("designSecondLanguage", self.tr("None (one language)"))
        self.second_language.currentIndexChanged.connect(self.schedule_preview)
        self.supplement = QCheckBox(self.tr("Print the EU micro-credential page"))
        self.supplement.setObjectName("designSupplement")
        self.supplement.setToolTip(self.tr("When the achievement has EU micro-credential elements, its certificates "
                                           "list them on a second page."))
        self.supplement.toggled.connect(self.schedule_preview)
        self.colours: dict[str, ColourButton] = {}
        colour_box = QGroupBox(self.tr("Colours"))
        cf = QFormLayout(colour_box)
        for key, label in COLOURS:
            b = ColourButton()
            b.setObjectName(f"colour_{key}")
            b.changed.connect(self.schedule_preview)
            self.colours[key] = b
            cf.addRow(self.tr(label), b)
        self.wording: dict[str, QLineEdit] = {}
        wording = QGroupBox(self.tr("Wording"))
        wf = QFormLayout(wording)
        for key, label in WORDING:
            e = QLineEdit()
            e.setObjectName(f"wording_{key}")
            e.textChanged.connect(self.schedule_preview)
            self.wording[key] = e
            wf.addRow(self.tr(label), e)
        images = QGroupBox(self.tr("Logo and background"))
        imf = QFormLayout(images)
        self.logo_position = QComboBox()
        self.logo_position.setObjectName("logoPosition")
        for value, label in LOGO_POSITIONS:
            self.logo_position.addItem(self.tr(label), value)
        self.logo_position.currentIndexChanged.connect(self.schedule_preview)
        imf.addRow(self.tr("Issuer logo"), self.logo_position)
        self.background = ImagePicker("background", size=56)
        self.background.setObjectName("backgroundImage")
        self.background.changed.connect(self.schedule_preview)
        imf.addRow(self.tr("Background"), self.background)
        sig = QGroupBox(self.tr("Signatories (name, title and signature image; up to three)"))
        sf = QFormLayout(sig)
        self.signatories: list[tuple[QLineEdit, QLineEdit, ImagePicker]] = []
        for i in range(MAX_SIGNATORIES):
            who, role = QLineEdit(), QLineEdit()
            who.setObjectName(f"signatoryName{i}")
            role.setObjectName(f"signatoryTitle{i}")
            who.setPlaceholderText(self.tr("Name"))
            role.setPlaceholderText(self.tr("Title, e.g. Course director"))
            image = ImagePicker("signature", size=40)
            image.setObjectName(f"signatoryImage{i}")
            who.textChanged.connect(self.schedule_preview)
            role.textChanged.connect(self.schedule_preview)
            image.changed.connect(self.schedule_preview)
            row = QHBoxLayout()
            row.addWidget(who)
            row.addWidget(role)
            box = QVBoxLayout()
            box.addLayout(row)
            box.addWidget(image)
            sf.addRow(f"{i + 1}.", box)
            self.signatories.append((who, role, image))
        self.save = QPushButton(self.tr("Save design"))
        self.save.setObjectName("saveDesign")
        self.save.clicked.connect(self.save_design)
        reset = QPushButton(self.tr("Reset to template"))
        reset.clicked.connect(self._reset_to_template)
        self.error = error_label()
        self.saved_note = plain(QLabel())
        self.saved_note.setObjectName("designSaved")
        self.saved_note.setWordWrap(True)  # a long language must not push the buttons off the form
        colours.styled(self.saved_note, lambda: colours.css(colours.GOOD))
        # whose design is shown, above the settings and the preview
        which = QHBoxLayout()
        which_label = QLabel(self.tr("Achievement"))
        which_label.setBuddy(self.achievement)
        which.addWidget(which_label)
        which.addWidget(self.achievement)
        which.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Template"), self.template)
        form.addRow(self.tr("Paper", "the paper size"), self.paper)
        form.addRow(self.tr("Orientation"), self.orientation)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Second language (bilingual)"), self.second_language)
        form.addRow(self.supplement)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(colour_box)
        left.addWidget(wording)
        left.addWidget(images)
        left.addWidget(sig)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.saved_note)
        buttons.addWidget(reset)
        buttons.addWidget(self.save)
        left.addLayout(buttons)
        left.addStretch()
        self.preview = PdfPreview(self.tr("The preview appears here."))
        self.preview.setObjectName("designPreview")
        outer = QVBoxLayout(self)
        outer.addLayout(which)
        lay = QHBoxLayout()
        outer.addLayout(lay, 1)
        lw = QWidget()
        lw.setLayout(left)
        scroll = QScrollArea()  # the settings outgrow small screens; the preview keeps its room
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop: it scrolls to the field that has focus
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
        self._filled: tuple[object, ...] = ()  # the design fields as last filled (see _template_changed)
        self._template_id = self.template.currentData()  # the template the fields were filled from

    # ---------------------------------------------------------------- unsaved edits

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        if dirty:
            self.saved_note.clear()  # "Saved" was about the design before this edit

    def resolve_unsaved(self) -> bool:
        """Save / Discard / Cancel the design edits; True when they may be left."""
        if not self._dirty or self.achievement_id is None:
            return True
        index = self.achievement.findData(self.achievement_id)
        name = self.achievement.itemText(index) if index >= 0 else self.tr("this achievement")
        aid = self.achievement_id

        def save() -> bool:
            saved = self.ctx.ops.run_now(self, self._save_work(aid), changes=Change.ACHIEVEMENTS,
                                         error=show_in(self.error))
            return saved is not None and self._saved()

        return resolve_unsaved_edits(self, self.tr("The certificate design of “{name}”").format(name=name), save,
                                     lambda: self._set_dirty(False), refused_action(self.ctx.ws, self.save.objectName()))

    # ---------------------------------------------------------------- loading

    def reload(self) -> None:
        """Refill the achievement list; unsaved edits of the design shown are kept."""
        keep = self.achievement_id
        self.achievement.blockSignals(True)
        self.achievement.clear()
        for a in self.ctx.ops.read(self, achievements.list_achievements) or []:
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
            select_quietly(self.achievement, self.achievement_id)  # the edits belong to this one
            if not self.resolve_unsaved():
                return  # Cancel: stay on the achievement being edited
            select_quietly(self.achievement, chosen)
        self._load_achievement()

    def _load_achievement(self) -> None:
        self.achievement_id = self.achievement.currentData()
        self._set_dirty(False)
        if self.achievement_id is None:
            self.preview.show_message(self.tr("Create an achievement first: its certificate design is edited here."))
            return
        aid = self.achievement_id

        def loaded(detail: achievements.AchievementDetail) -> None:  # read on the worker
            if aid != self.achievement_id or self._dirty:
                return  # another achievement was chosen, or editing began, meanwhile
            spec = detail.spec
            self._loading = True
            self.template.setCurrentIndex(max(0, self.template.findData(spec.template)))
            self._template_id = self.template.currentData()
            _, paper, orientation = split_page(spec.template_overrides)
            select_quietly(self.paper, paper)
            select_quietly(self.orientation, orientation)
            select_quietly(self.language, spec.template_overrides.get("language"))
            select_quietly(self.second_language, spec.template_overrides.get("second_language"))
            self._loading = False
            self._fill(spec.template_overrides)

        self.ctx.ops.run(self, lambda ws: achievements.get_achievement(ws, aid), done=loaded)

    def _template_changed(self) -> None:
        if self._loading or self.template.currentData() == self._template_id:
            return
        if self._dirty and self._fields() != self._filled:  # paper and orientation alone are kept: nothing lost
            sb = QMessageBox.StandardButton
            answer = ask(self, self.tr("Change the template"),
                         self.tr("Another template replaces the colours, wording and signatories you changed and "
                                 "have not saved. Discard those changes?"), sb.Discard | sb.Cancel, sb.Cancel,
                         QMessageBox.Icon.Warning)
            if answer != sb.Discard:
                select_quietly(self.template, self._template_id)
                return
        self._template_id = self.template.currentData()
        self._fill({})
        self._set_dirty(True)

    def _own_language(self) -> str:
        """The language the wording fields are in: the design's, else the issuer's (read now: it
        may have been changed in the Issuer tab since this page was shown)."""
        if self.language.currentData():
            return str(self.language.currentData())
        info = self.ctx.ops.read(self, issuer.get_issuer)
        return info.language if info is not None else "en"

    def _language_changed(self) -> None:
        """Another language: its preset's wording replaces the wording fields (the rest stays)."""
        t = load_template(self.template.currentData(), {"languages": [self._own_language()]})
        self._loading = True
        for key, e in self.wording.items():
            e.setText(getattr(t.wording, key))
        self._loading = False
        self.schedule_preview()

    def _reset_to_template(self) -> None:
        self._fill({})
        self._set_dirty(True)

    def _fill(self, overrides: dict[str, Any]) -> None:
        # the fields show the design's own language (a bilingual preview shows both)
        t = load_template(self.template.currentData(), {**overrides, "languages": [self._own_language()]})
        self._loading = True
        for key, b in self.colours.items():
            b.set_colour(getattr(t.colours, key))
        for key, e in self.wording.items():
            e.setText(getattr(t.wording, key))
        self.logo_position.setCurrentIndex(max(0, self.logo_position.findData(t.logo.position)))
        self.supplement.setChecked(t.supplement)
        self.background.set_data(t.background_image, emit=False)
        for i, (name, title, image) in enumerate(self.signatories):
            s = t.signatories[i] if i < len(t.signatories) else None
            name.setText(s.name if s else "")
            title.setText(s.title if s else "")
            image.set_data(s.signature_image if s else None, emit=False)
        self._loading = False
        self._filled = self._fields()
        self.render_preview()

    def _fields(self) -> tuple[object, ...]:
        """Every design field as shown (not the page): what another template would replace."""
        return (tuple(b.colour for b in self.colours.values()), tuple(e.text() for e in self.wording.values()),
                self.logo_position.currentData(), self.supplement.isChecked(), self.background.data(),
                tuple((n.text(), t.text(), i.data()) for n, t, i in self.signatories))

    def overrides(self) -> dict[str, Any]:
        """Only what differs from the chosen built-in template. Images live inside the design
        itself (data: URIs), so the workspace carries them."""
        base = load_template(self.template.currentData(), {"languages": [self._own_language()]})
        out: dict[str, Any] = {}
        if self.language.currentData():
            out["language"] = self.language.currentData()
        if self.second_language.currentData() and self.second_language.currentData() != self._own_language():
            out["second_language"] = self.second_language.currentData()
        colours = {k: b.colour for k, b in self.colours.items() if b.colour.upper() != getattr(base.colours, k).upper()}
        wording = {k: e.text() for k, e in self.wording.items() if e.text() != getattr(base.wording, k)}
        sigs: list[dict[str, str]] = []
        for n, t, image in self.signatories:
            if n.text().strip():
                sig = {"name": n.text().strip(), "title": t.text().strip()}
                signature = image.data()
                if signature:
                    sig["signature_image"] = data_uri(signature)
                sigs.append(sig)
        if colours:
            out["colours"] = colours
        if wording:
            out["wording"] = wording
        if sigs or base.signatories:
            out["signatories"] = sigs
        if self.logo_position.currentData() != base.logo.position:
            out["logo"] = {"position": self.logo_position.currentData()}
        if self.supplement.isChecked() != base.supplement:
            out["supplement"] = self.supplement.isChecked()
        background = self.background.data()
        if background and background != base.background_image:
            out["background_image"] = data_uri(background)
        return out

    def design(self) -> dict[str, Any]:
        """What is saved: the overrides, and the page they are printed on."""
        return {**self.overrides(), "paper": self.paper.currentData(), "orientation": self.orientation.currentData()}

    def schedule_preview(self) -> None:
        if not self._loading:
            self._set_dirty(True)  # only user edits get here: loading fills with _loading set
            self._timer.start()

    def render_preview(self) -> None:
        """Render a sample certificate with the current settings (on the worker); only the newest
        edit's preview shows."""
        self._timer.stop()
        if self.achievement_id is None:
            return
        try:
            aid, template_id, overrides = self.achievement_id, self.template.currentData(), self.design()
            load_template(template_id, overrides)  # a wrong setting is said here, before rendering
        except Exception as exc:
            show_in(self.error)(exc)
            return
        set_error(self.error, None)
        self._generation += 1
        gen = self._generation

        def done(rendered: RenderedPdf) -> None:
            if gen == self._generation:  # a later edit already asked for a newer preview
                self.preview.show_rendered(rendered)

        self.ctx.ops.run(self, lambda ws: render_pdf(design_preview(ws, aid, template_id, overrides)), done=done,
                         error=show_in(self.error))

    def _save_work(self, aid: int) -> Callable[[Workspace], achievements.AchievementDetail]:
        template_id, overrides = self.template.currentData(), self.design()
        return lambda ws: achievements.save_design(ws, aid, template_id, overrides)

    def save_design(self) -> None:
        if self.achievement_id is None:
            return
        self.saved_note.clear()
        self.ctx.ops.run(self, self._save_work(self.achievement_id), changes=Change.ACHIEVEMENTS,
                         done=lambda _: self._design_saved(),
                         error=show_in(self.error))

    def _design_saved(self) -> None:
        self._saved()
        self.saved_note.setText(self.tr("✓ Saved: certificates issued from now on use this design."))

    def _saved(self) -> bool:
        set_error(self.error, None)
        self._set_dirty(False)
        return True
