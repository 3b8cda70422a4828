"""The achievement editor's "EU micro-credential" box: the elements of the Council Recommendation
on micro-credentials that an achievement holds (core/eu_elements.py), and a line saying,
as the trainer types, how complete they are. The box folds away for trainers who do not need it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from badgesmith.core.eu_elements import (
    EQF,
    INTEGRATION,
    MAX_HOURS,
    PARTICIPATION,
    SUPERVISION,
    EuElements,
    is_eqf,
)
from badgesmith.core.services import achievements, pathways
from badgesmith.core.services.achievements import AchievementSpec
from badgesmith.ui import colours
from badgesmith.ui.context import AppContext
from badgesmith.ui.i18n import say
from badgesmith.ui.localized import number_text
from badgesmith.ui.ops import show_in
from badgesmith.ui.widgets.common import note, plain, select_quietly

# the choices as the box lists them (translated where shown)
CHOICE_LABELS = {
    "online": QT_TRANSLATE_NOOP("EuSection", "Online"),
    "on-site": QT_TRANSLATE_NOOP("EuSection", "On site"),
    "blended": QT_TRANSLATE_NOOP("EuSection", "Blended (online and on site)"),
    "unsupervised": QT_TRANSLATE_NOOP("EuSection", "Not supervised"),
    "supervised": QT_TRANSLATE_NOOP("EuSection", "Supervised, identity not verified"),
    "supervised-identity-verified": QT_TRANSLATE_NOOP("EuSection", "Supervised, with identity verification"),
    "stand-alone": QT_TRANSLATE_NOOP("EuSection", "Stand-alone"),
    "stackable": QT_TRANSLATE_NOOP("EuSection", "Stackable"),
}


class HoursBox(QDoubleSpinBox):
    """Hours as numbers are written elsewhere in the app: "16", "7.5" ("7,5"), never "16.00"."""

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt's name
        return number_text(round(value, self.decimals()))


class EuSection(QGroupBox):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("EU micro-credential"))
        self.setObjectName("euSection")
        self.ctx = ctx
        self.achievement_id: int | None = None  # None: not saved yet (nothing can require it)
        self._shown = EuElements()  # as loaded: what the box does not show (the level's page) is kept
        self._applied: bool | None = None  # whether the check applied at the last edit; None: just loaded
        self._complete = False
        self._towards = ""  # the pathways that require the achievement, as a suggestion

        self.completeness = plain(QLabel())
        self.completeness.setObjectName("euCompleteness")
        self.completeness.setWordWrap(True)
        colours.follow(self.completeness, self._colour)
        self.toggle = QToolButton()
        self.toggle.setObjectName("euToggle")
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.toggled.connect(self._fold)

        self.outcomes = QPlainTextEdit()
        self.outcomes.setObjectName("euOutcomes")
        self.outcomes.setPlaceholderText(self.tr("One per line: what a learner can do afterwards"))
        self.outcomes.setFixedHeight(72)
        self.hours = HoursBox()
        self.hours.setObjectName("euHours")
        self.hours.setAccessibleName(self.tr("Notional workload (hours)"))
        self.hours.setRange(0, MAX_HOURS)
        self.hours.setDecimals(2)
        self.hours.setSpecialValueText(self.tr("Not given"))
        self.framework = QComboBox()
        self.framework.setObjectName("euFramework")
        self.framework.setEditable(True)
        framework_text = QLineEdit()  # an EQF level, or one of a national framework the trainer names
        self.framework.setLineEdit(framework_text)
        self.framework.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.framework.addItem(self.tr("European Qualifications Framework (EQF)"), EQF)
        self.framework.setAccessibleName(self.tr("Level: framework"))
        framework_text.setPlaceholderText(self.tr("EQF, or your national framework"))
        self.level = QLineEdit()
        self.level.setObjectName("euLevel")
        self.level.setAccessibleName(self.tr("Level in the framework"))
        self.level.setPlaceholderText(self.tr("e.g. 4"))
        self.level.setMaximumWidth(self.level.fontMetrics().horizontalAdvance("M" * 8))
        self.no_level = QCheckBox(self.tr("Does not apply"))
        self.no_level.setObjectName("euNoLevel")
        self.no_level.setAccessibleName(self.tr("The level does not apply"))
        self.no_level.toggled.connect(self._level_applies)
        self.assessment = QLineEdit()
        self.assessment.setObjectName("euAssessment")
        self.assessment.setPlaceholderText(self.tr("e.g. Written test and a practical task observed by an assessor"))
        self.participation = self._choices("euParticipation", PARTICIPATION)
        self.quality = QLineEdit()
        self.quality.setObjectName("euQuality")
        self.quality.setPlaceholderText(self.tr("e.g. Internal moderation of results; the course is reviewed "
                                                "each year"))
        self.prerequisites = QLineEdit()
        self.prerequisites.setObjectName("euPrerequisites")
        self.supervision = self._choices("euSupervision", SUPERVISION)
        self.integration = self._choices("euIntegration", INTEGRATION)
        self.integration.setAccessibleName(self.tr("Integration"))
        self.integration.currentIndexChanged.connect(self._integration_chosen)
        self.towards = QLineEdit()
        self.towards.setObjectName("euTowards")
        self.towards.setAccessibleName(self.tr("Stackable towards"))
        self.further = QLineEdit()
        self.further.setObjectName("euFurther")
        self.further.setPlaceholderText(self.tr("a web address or a sentence"))

        level = QHBoxLayout()
        level.addWidget(self.framework, 3)
        level.addWidget(self.level, 1)
        level.addWidget(self.no_level)
        hours = QHBoxLayout()
        hours.addWidget(self.hours)
        hours.addWidget(note(self.tr("ECTS credits: the Credits field above")), 1)
        integration = QHBoxLayout()
        integration.addWidget(self.integration)
        integration.addWidget(QLabel(self.tr("towards", "stackable towards another credential")))
        integration.addWidget(self.towards, 1)
        self.body = QWidget()
        self.body.setObjectName("euElements")
        form = QFormLayout(self.body)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(note(self.tr("The learner, the title, the date of issue and the awarding body come from each "
                                 "credential; the awarding body's country from Settings ▸ Issuer profile.")))
        form.addRow(self.tr("Learning outcomes"), self.outcomes)
        form.addRow(self.tr("Notional workload (hours)"), hours)
        form.addRow(self.tr("Level"), level)
        form.addRow(self.tr("Type of assessment"), self.assessment)
        form.addRow(self.tr("Form of participation"), self.participation)
        form.addRow(self.tr("Type of quality assurance"), self.quality)
        form.addRow(note(self.tr("Optional:")))
        form.addRow(self.tr("Prerequisites"), self.prerequisites)
        form.addRow(self.tr("Supervision and identity verification"), self.supervision)
        form.addRow(self.tr("Integration"), integration)
        form.addRow(self.tr("Further information"), self.further)
        top = QHBoxLayout()
        top.addWidget(self.completeness, 1)
        top.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignTop)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.body)
        self._fold(False)

        for edit in (self.level, self.assessment, self.quality, self.prerequisites, self.towards, self.further):
            edit.textChanged.connect(self._edited)
        self.outcomes.textChanged.connect(self._edited)
        self.hours.valueChanged.connect(self._edited)
        self.framework.currentTextChanged.connect(self._edited)
        self.no_level.toggled.connect(self._edited)
        for box in (self.participation, self.supervision, self.integration):
            box.currentIndexChanged.connect(self._edited)

    def _choices(self, name: str, keys: tuple[str, ...]) -> QComboBox:
        box = QComboBox()
        box.setObjectName(name)
        box.addItem(self.tr("— not given —"), "")
        for key in keys:
            box.addItem(self.tr(str(CHOICE_LABELS[key])), key)
        return box

    # ---------------------------------------------------------------- the form's side

    def show_eu(self, eu: EuElements) -> None:
        """Fill the box with an achievement's elements (no ``changed``); the completeness line and
        whether the box is open follow with the next ``recheck``."""
        self._shown, self._applied = eu, None
        self._towards = ""
        if self.achievement_id is not None:
            aid = self.achievement_id
            self._towards = ", ".join(self.ctx.ops.read(self, lambda ws: pathways.required_by(ws, aid)) or [])
        self.blockSignals(True)  # filling is not an edit
        try:
            self.outcomes.setPlainText("\n".join(eu.learning_outcomes))
            self.hours.setValue(eu.workload_hours or 0)
            # the EQF unless another framework is named (it counts only with a level: see spec_eu)
            eqf = is_eqf(eu.level_framework) or not eu.level_framework.strip()
            self.framework.setCurrentIndex(0)
            self.framework.setEditText(self.framework.itemText(0) if eqf else eu.level_framework)
            self.level.setText(eu.level)
            self.no_level.setChecked(eu.level_not_applicable)
            self.assessment.setText(eu.assessment_type)
            self.quality.setText(eu.quality_assurance)
            self.prerequisites.setText(eu.prerequisites)
            self.towards.setText(eu.stackable_towards)
            self.further.setText(eu.further_information)
            for box, value in ((self.participation, eu.participation), (self.supervision, eu.supervision),
                               (self.integration, eu.integration)):
                select_quietly(box, value)
        finally:
            self.blockSignals(False)
        self._level_applies(eu.level_not_applicable)
        self._show_towards()

    def spec_eu(self) -> EuElements:
        """The elements as the box shows them (checked by core when the achievement is saved)."""
        framework, level = self.framework.currentText().strip(), self.level.text().strip()
        if framework == self.framework.itemText(0) or is_eqf(framework):
            framework = EQF if level or self._shown.level_framework else ""  # the default alone says nothing
        return replace(
            self._shown,
            learning_outcomes=tuple(line.strip() for line in self.outcomes.toPlainText().splitlines() if line.strip()),
            workload_hours=self.hours.value() or None,
            level_framework=framework, level=level, level_not_applicable=self.no_level.isChecked(),
            assessment_type=self.assessment.text().strip(), participation=self.participation.currentData(),
            quality_assurance=self.quality.text().strip(), prerequisites=self.prerequisites.text().strip(),
            supervision=self.supervision.currentData(), integration=self.integration.currentData(),
            stackable_towards=self.towards.text().strip() if self.integration.currentData() == "stackable" else "",
            further_information=self.further.text().strip(),
        )

    def recheck(self, spec: AchievementSpec) -> None:
        """Say how complete ``spec`` (the whole form: its title and criteria count too) is, by
        core's rule; open the box once the check applies (a micro-credential, or elements filled)."""
        result = self.ctx.ops.read(self, lambda ws: achievements.eu_check(ws, spec),
                                   error=show_in(self.completeness))
        applies = achievements.eu_applies(spec)
        if self._applied is None or (applies and not self._applied):
            self.toggle.setChecked(applies)  # a trainer who folds it away while it applies keeps it so
        self._applied = applies
        if result is not None:
            self._complete = result.complete
            self.completeness.setText(say(result.sentence()))
            self._colour()

    # ---------------------------------------------------------------- inside the box

    def _edited(self, *_: object) -> None:
        self.changed.emit()

    def _fold(self, shown: bool) -> None:
        self.body.setVisible(shown)
        self.toggle.setText(self.tr("Hide the elements") if shown else self.tr("Show the elements"))
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else
                                 Qt.ArrowType.LeftArrow if self.isRightToLeft() else Qt.ArrowType.RightArrow)

    def _colour(self) -> None:
        # the words say it all ("missing: …"); the colour only helps the eye, and stays quiet for an
        # achievement that is not meant as a micro-credential
        kind = colours.GOOD if self._complete else colours.WARN if self._applied else colours.MUTED
        self.completeness.setStyleSheet(colours.css(kind))

    def _level_applies(self, not_applicable: bool) -> None:
        self.framework.setEnabled(not not_applicable)
        self.level.setEnabled(not not_applicable)

    def _integration_chosen(self) -> None:
        """Stackable towards the pathways that require this achievement, unless the trainer said
        otherwise."""
        if self.integration.currentData() == "stackable" and not self.towards.text().strip() and self._towards:
            self.towards.setText(self._towards)
        self._show_towards()

    def _show_towards(self) -> None:
        self.towards.setEnabled(self.integration.currentData() == "stackable")
        self.towards.setPlaceholderText(self._towards or self.tr("the credential it counts towards"))
