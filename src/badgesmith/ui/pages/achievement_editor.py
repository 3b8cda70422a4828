"""The achievement form: every field of ``AchievementSpec``, read back into a spec on save."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from badgesmith.core.eu_elements import EuElements
from badgesmith.core.paper.templates import list_templates
from badgesmith.core.pathways.requirements import Group
from badgesmith.core.services.achievements import (
    ACHIEVEMENT_TYPES,
    CRITERION_KINDS,
    AchievementSpec,
    AlignmentSpec,
    CriterionSpec,
    LevelSpec,
)
from badgesmith.core.services.pathways import narrative_after
from badgesmith.core.values import format_number, parse_number
from badgesmith.ui.pages.eu_section import EuSection
from badgesmith.ui.pages.pathway_section import PathwaySection
from badgesmith.ui.widgets.image_picker import ImagePicker

# translated where shown (AchievementForm, CriteriaEditor)
RULE_LABELS = {
    "attendance": str(QT_TRANSLATE_NOOP("AchievementForm", "Attendance (every required criterion completed)")),
    "score": str(QT_TRANSLATE_NOOP("AchievementForm", "Score (total at or above the pass mark)")),
    "rubric": str(QT_TRANSLATE_NOOP("AchievementForm", "Rubric (every required criterion at its level)")),
}
KIND_LABELS = {"score": str(QT_TRANSLATE_NOOP("CriteriaEditor", "Score")),
               "level": str(QT_TRANSLATE_NOOP("CriteriaEditor", "Rubric level")),
               "status": str(QT_TRANSLATE_NOOP("CriteriaEditor", "Passed / attended"))}


def _num(text: str) -> float | None:
    """A number typed in the editor, by the rules of every other number (values.parse_number)."""
    if not text.strip():
        return None
    number = parse_number(text)
    if number is None:
        raise ValueError(QCoreApplication.translate("AchievementForm", "'{text}' is not a number.").format(
            text=text.strip()))
    return number


def _fmt(x: float | None) -> str:
    return "" if x is None else format_number(x)


def _opt(text: str) -> str | None:
    return text.strip() or None


class SpecInputError(ValueError):
    """A field that cannot even be read (e.g. letters in a number box)."""


def _text(table: QTableWidget, row: int, col: int) -> str:
    item = table.item(row, col)
    return item.text() if item is not None else ""


class CriteriaEditor(QWidget):
    """Criteria table (name, kind, min, max, required, required level) and the selected one's levels."""

    changed = Signal()
    NAME, KIND, MIN, MAX, REQUIRED, LEVEL = range(6)

    def __init__(self) -> None:
        super().__init__()
        self._levels: list[list[LevelSpec]] = []
        self.table = QTableWidget(0, 6)
        self.table.installEventFilter(self)
        self.table.setObjectName("criteriaTable")
        self.table.setAccessibleName(self.tr("Criteria"))
        self.table.setHorizontalHeaderLabels([self.tr("Criterion"), self.tr("Kind"), self.tr("Min"), self.tr("Max"),
                                              self.tr("Required"), self.tr("Required level")])
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.Stretch)
        for col, w in ((self.KIND, 150), (self.MIN, 60), (self.MAX, 60), (self.REQUIRED, 80), (self.LEVEL, 130)):
            self.table.setColumnWidth(col, w)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(150)
        self.table.currentCellChanged.connect(lambda *_: self._show_levels())
        self.table.itemChanged.connect(lambda *_: self.changed.emit())
        add = QPushButton(self.tr("Add criterion"))
        add.setObjectName("addCriterion")
        add.clicked.connect(self._add_and_edit)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self._remove)
        self.levels_box = QGroupBox(self.tr("Rubric levels of the selected criterion (lowest first)"))
        self.levels = QTableWidget(0, 3)
        self.levels.setObjectName("levelsTable")
        self.levels.setHorizontalHeaderLabels([self.tr("Level"), self.tr("Description"), self.tr("Points")])
        self.levels.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.levels.verticalHeader().hide()
        self.levels.setMinimumHeight(110)
        self.levels.itemChanged.connect(self._levels_edited)
        add_level = QPushButton(self.tr("Add level"))
        add_level.clicked.connect(self._add_level)
        remove_level = QPushButton(self.tr("Remove level"))
        remove_level.clicked.connect(self._remove_level)
        lv = QVBoxLayout(self.levels_box)
        lv.addWidget(self.levels)
        row = QHBoxLayout()
        row.addWidget(add_level)
        row.addWidget(remove_level)
        row.addStretch()
        lv.addLayout(row)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.table)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch()
        lay.addLayout(buttons)
        lay.addWidget(self.levels_box)
        self.levels_box.setEnabled(False)

    def set_criteria(self, criteria: tuple[CriterionSpec, ...]) -> None:
        self.table.setRowCount(0)
        self._levels = []
        for c in criteria:
            self.add(c)
        if criteria:
            self.table.setCurrentCell(0, 0)
        self._show_levels()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A keyboard user opens a row's kind from its cell, as they would edit any other cell."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_F2, Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and self.table.currentColumn() == self.KIND:
            kind = self.table.cellWidget(self.table.currentRow(), self.KIND)
            if isinstance(kind, QComboBox):
                kind.setFocus(Qt.FocusReason.OtherFocusReason)
                kind.showPopup()
                return True
        return super().eventFilter(watched, event)

    def add(self, c: CriterionSpec) -> None:
        r = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(r)
        self.table.setItem(r, self.NAME, QTableWidgetItem(c.name))
        kind = QComboBox()
        for k in CRITERION_KINDS:
            kind.addItem(self.tr(KIND_LABELS[k]), k)
        kind.setCurrentIndex(CRITERION_KINDS.index(c.kind))
        kind.currentIndexChanged.connect(self._kind_changed)
        # not a Tab stop of its own (Tab moves between the table's cells): F2, Space or Enter on the
        # cell opens it (eventFilter)
        kind.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        kind.setAccessibleName(self.tr("Kind"))
        self.table.setCellWidget(r, self.KIND, kind)
        self.table.setItem(r, self.MIN, QTableWidgetItem(_fmt(c.min_value)))
        self.table.setItem(r, self.MAX, QTableWidgetItem(_fmt(c.max_value)))
        req = QTableWidgetItem()
        req.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        req.setCheckState(Qt.CheckState.Checked if c.required else Qt.CheckState.Unchecked)
        self.table.setItem(r, self.REQUIRED, req)
        self.table.setItem(r, self.LEVEL, QTableWidgetItem(c.required_level or ""))
        self.table.blockSignals(False)
        self._levels.append(list(c.levels))
        self.table.setCurrentCell(r, self.NAME)
        self.changed.emit()

    def _add_and_edit(self) -> None:
        """A new criterion with its name open for typing: the keys go there, not to the button
        (where each space would add another blank criterion)."""
        self.add(CriterionSpec("", "status"))
        name = self.table.model().index(self.table.rowCount() - 1, self.NAME)
        self.table.scrollTo(name)
        self.table.edit(name)  # the editor takes the focus

    def _remove(self) -> None:
        r = self.table.currentRow()
        if r >= 0:
            self.table.removeRow(r)
            del self._levels[r]
            self._show_levels()
            self.changed.emit()

    def _kind(self, r: int) -> str:
        w = self.table.cellWidget(r, self.KIND)
        return w.currentData() if isinstance(w, QComboBox) else "status"

    def _kind_changed(self, _index: int) -> None:
        self._show_levels()
        self.changed.emit()

    def _show_levels(self) -> None:
        r = self.table.currentRow()
        is_level = r >= 0 and self._kind(r) == "level"
        self.levels_box.setEnabled(is_level)
        self.levels.blockSignals(True)
        self.levels.setRowCount(0)
        if is_level:
            for lv in self._levels[r]:
                self._append_level_row(lv)
        self.levels.blockSignals(False)

    def _append_level_row(self, lv: LevelSpec) -> None:
        i = self.levels.rowCount()
        self.levels.insertRow(i)
        self.levels.setItem(i, 0, QTableWidgetItem(lv.name))
        self.levels.setItem(i, 1, QTableWidgetItem(lv.description))
        self.levels.setItem(i, 2, QTableWidgetItem(_fmt(lv.points)))

    def _levels_edited(self, *_: object) -> None:
        r = self.table.currentRow()
        if r < 0:
            return
        out = []
        for i in range(self.levels.rowCount()):
            cell = [_text(self.levels, i, j) for j in range(3)]
            try:
                points = _num(cell[2])
            except ValueError:
                points = None
            out.append(LevelSpec(cell[0], cell[1], points))
        self._levels[r] = out
        self.changed.emit()

    def _add_level(self) -> None:
        r = self.table.currentRow()
        if r < 0:
            return
        self._levels[r].append(LevelSpec(self.tr("Level {number}").format(number=len(self._levels[r]) + 1)))
        self._show_levels()
        self.changed.emit()

    def _remove_level(self) -> None:
        r, i = self.table.currentRow(), self.levels.currentRow()
        if r >= 0 and 0 <= i < len(self._levels[r]):
            del self._levels[r][i]
            self._show_levels()
            self.changed.emit()

    def criteria(self) -> tuple[CriterionSpec, ...]:
        out = []
        for r in range(self.table.rowCount()):
            def text(col: int, r: int = r) -> str:
                item = self.table.item(r, col)
                return item.text() if item else ""
            name = text(self.NAME).strip()
            try:
                lo, hi = _num(text(self.MIN)), _num(text(self.MAX))
            except ValueError as exc:
                raise SpecInputError(self.tr("Criterion '{name}': {problem}").format(name=name, problem=exc)) from None
            req = self.table.item(r, self.REQUIRED)
            kind = self._kind(r)
            out.append(CriterionSpec(
                name=name, kind=kind, min_value=lo if kind == "score" else None,
                max_value=hi if kind == "score" else None,
                required=bool(req and req.checkState() == Qt.CheckState.Checked),
                required_level=_opt(text(self.LEVEL)) if kind == "level" else None,
                levels=tuple(self._levels[r]) if kind == "level" else ()))
        return tuple(out)


class AlignmentsEditor(QWidget):
    changed = Signal()
    HEADERS = (str(QT_TRANSLATE_NOOP("AlignmentsEditor", "Name")),
               str(QT_TRANSLATE_NOOP("AlignmentsEditor", "Web address")),
               str(QT_TRANSLATE_NOOP("AlignmentsEditor", "Code")),
               str(QT_TRANSLATE_NOOP("AlignmentsEditor", "Framework")),
               str(QT_TRANSLATE_NOOP("AlignmentsEditor", "Description")))  # translated when shown

    def __init__(self) -> None:
        super().__init__()
        self.table = QTableWidget(0, len(self.HEADERS))
        self.table.setObjectName("alignmentsTable")
        self.table.setAccessibleName(self.tr("Alignments"))
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in self.HEADERS])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(90)
        self.table.itemChanged.connect(lambda *_: self.changed.emit())
        add = QPushButton(self.tr("Add alignment"))
        add.clicked.connect(lambda: self._add(AlignmentSpec("", "https://")))
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self._remove)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.table)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch()
        lay.addLayout(row)

    def set_alignments(self, items: tuple[AlignmentSpec, ...]) -> None:
        self.table.setRowCount(0)
        for a in items:
            self._add(a)

    def _remove(self) -> None:
        self.table.removeRow(self.table.currentRow())
        self.changed.emit()

    def _add(self, a: AlignmentSpec) -> None:
        r = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(r)
        for col, value in enumerate((a.target_name, a.target_url, a.target_code, a.target_framework,
                                     a.target_description)):
            self.table.setItem(r, col, QTableWidgetItem(value or ""))
        self.table.blockSignals(False)
        self.changed.emit()

    def alignments(self) -> tuple[AlignmentSpec, ...]:
        out = []
        for r in range(self.table.rowCount()):
            cells = [_text(self.table, r, c) for c in range(5)]
            out.append(AlignmentSpec(cells[0].strip(), cells[1].strip(), _opt(cells[2]), _opt(cells[3]),
                                     _opt(cells[4])))
        return tuple(out)


class AchievementForm(QWidget):
    """The editor; ``spec()`` reads it back, ``set_spec()`` fills it."""

    changed = Signal()

    def __init__(self, pathway: PathwaySection | None = None, eu: EuSection | None = None,
                 endorsements: QWidget | None = None) -> None:
        super().__init__()
        self._overrides: dict[str, object] = {}
        self._requirement: Group | None = None  # kept as loaded when there is no pathway section
        self._eu = EuElements()  # kept as loaded when there is no EU section
        self.pathway = pathway
        self.eu = eu
        self.name = QLineEdit()
        self.name.setObjectName("achievementName")
        self.description = QPlainTextEdit()
        self.description.setObjectName("achievementDescription")
        self.description.setFixedHeight(64)
        self.narrative = QPlainTextEdit()
        self.narrative.setObjectName("criteriaNarrative")
        self.narrative.setPlaceholderText(
            self.tr("How the achievement is earned (Markdown: **bold**, *italic*, - lists)"))
        self.narrative.setFixedHeight(80)
        self.type = QComboBox()
        self.type.setObjectName("achievementType")
        shown = {t: QCoreApplication.translate("AchievementTypes", _split_camel(t)) for t in ACHIEVEMENT_TYPES}
        for t in sorted(ACHIEVEMENT_TYPES, key=lambda t: shown[t].casefold()):  # found by reading
            self.type.addItem(shown[t], t)
        self.rule = QComboBox()
        self.rule.setObjectName("rule")
        for key, label in RULE_LABELS.items():
            self.rule.addItem(self.tr(label), key)
        self.pass_mark = QLineEdit()
        self.pass_mark.setObjectName("passMark")
        self.pass_mark.setPlaceholderText(self.tr("for score-based achievements"))
        self.criteria = CriteriaEditor()
        self.alignments = AlignmentsEditor()
        self.image = ImagePicker("image", 96)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("comma separated, e.g. first aid, health and safety"))
        self.credits = QLineEdit()
        self.field_of_study = QLineEdit()
        self.human_code = QLineEdit()
        self.human_code.setPlaceholderText(self.tr("e.g. PFA-101"))
        self.language = QLineEdit()
        self.language.setPlaceholderText(self.tr("e.g. en, fr-CA"))
        self.version_label = QLineEdit()
        self.version_label.setPlaceholderText(self.tr("e.g. 2026"))
        self.validity = QSpinBox()
        self.validity.setObjectName("validityMonths")
        self.validity.setRange(0, 1200)
        self.validity.setSpecialValueText(self.tr("Never expires"))
        self.validity.valueChanged.connect(self._validity_unit)
        self._validity_unit(self.validity.value())
        self.template = QComboBox()
        self.template.setObjectName("template")
        for tid, tname in list_templates():
            self.template.addItem(tname, tid)

        basics = QGroupBox(self.tr("Achievement"))
        f = QFormLayout(basics)
        f.addRow(self.tr("Name *"), self.name)
        f.addRow(self.tr("Description"), self.description)
        f.addRow(self.tr("Type"), self.type)
        f.addRow(self.tr("Image"), self.image)
        rules = QGroupBox(self.tr("How it is earned"))
        f2 = self._rules_form = QFormLayout(rules)
        f2.addRow(self.tr("Criteria (narrative)"), self.narrative)
        f2.addRow(self.tr("Eligibility rule"), self.rule)
        f2.addRow(self.tr("Pass mark"), self.pass_mark)
        f2.addRow(self.criteria)
        align = QGroupBox(self.tr("Alignments (frameworks and standards it maps to)"))
        QVBoxLayout(align).addWidget(self.alignments)
        details = QGroupBox(self.tr("Details"))
        f3 = QFormLayout(details)
        f3.addRow(self.tr("Tags"), self.tags)
        f3.addRow(self.tr("Credits"), self.credits)
        f3.addRow(self.tr("Field of study"), self.field_of_study)
        f3.addRow(self.tr("Code", "the achievement's own code, e.g. PFA-101"), self.human_code)
        f3.addRow(self.tr("Language"), self.language)
        f3.addRow(self.tr("Version label"), self.version_label)
        f3.addRow(self.tr("Valid for"), self.validity)
        f3.addRow(self.tr("Certificate template"), self.template)
        lay = QVBoxLayout(self)
        for box in (basics, rules, align, details):
            if box is rules and pathway is not None:
                # before the criteria: a pathway is earned by its requirements, which a trainer must see
                lay.addWidget(pathway)
                pathway.changed.connect(self.changed)
                pathway.requirement_edited.connect(self._requirement_edited)
                pathway.is_pathway.toggled.connect(self._show_rule)
            lay.addWidget(box)
        if eu is not None:
            lay.addWidget(eu)
            eu.changed.connect(self.changed)
            self.changed.connect(self._check_eu)
        if endorsements is not None:  # acts at once (endorsement_section.py), apart from Save
            lay.addWidget(endorsements)
        lay.addStretch()
        for w in (self.name, self.pass_mark, self.tags, self.credits, self.field_of_study, self.human_code,
                  self.language, self.version_label):
            w.textChanged.connect(self.changed)
        for edit in (self.description, self.narrative):
            edit.textChanged.connect(self.changed)
        for c in (self.type, self.rule, self.template):
            c.currentIndexChanged.connect(self.changed)
        self.validity.valueChanged.connect(self.changed)
        self.criteria.changed.connect(self.changed)
        self.alignments.changed.connect(self.changed)
        self.image.changed.connect(self.changed)
        self.rule.currentIndexChanged.connect(self._rule_changed)

    def _requirement_edited(self, old: Group | None, new: Group | None) -> None:
        if self.pathway is not None:
            text = narrative_after(self.narrative.toPlainText().strip(), old, new, self.pathway.name_of)
            if text != self.narrative.toPlainText().strip():
                self.narrative.setPlainText(text)

    def _validity_unit(self, months: int) -> None:
        """The unit agrees with the number: "1 month", "24 months" (and Polish's three forms)."""
        self.validity.setSuffix(self.tr(" month(s)", "", months))

    def _rule_changed(self) -> None:
        self.pass_mark.setEnabled(self.rule.currentData() == "score")

    def _show_rule(self, pathway: bool) -> None:
        """A pathway is earned by holding its requirements: its rule, pass mark and criteria would
        only mislead, so they are hidden while it is one (and kept, should it stop being one)."""
        for w in (self.rule, self.pass_mark, self.criteria):
            self._rules_form.setRowVisible(w, not pathway)

    def set_spec(self, spec: AchievementSpec) -> None:
        self.blockSignals(True)
        self.name.setText(spec.name)
        self.description.setPlainText(spec.description)
        self.narrative.setPlainText(spec.criteria_narrative)
        i = self.type.findData(spec.achievement_type)
        if i < 0:
            self.type.addItem(spec.achievement_type, spec.achievement_type)
            i = self.type.count() - 1
        self.type.setCurrentIndex(i)
        self.rule.setCurrentIndex(max(0, self.rule.findData(spec.rule)))
        self.pass_mark.setText(_fmt(spec.pass_mark))
        self.criteria.set_criteria(spec.criteria)
        self.alignments.set_alignments(spec.alignments)
        self.image.set_data(spec.image, emit=False)
        self.tags.setText(", ".join(spec.tags))
        self.credits.setText(_fmt(spec.credits))
        self.field_of_study.setText(spec.field_of_study or "")
        self.human_code.setText(spec.human_code or "")
        self.language.setText(spec.language or "")
        self.version_label.setText(spec.version_label or "")
        self.validity.setValue(spec.validity_months or 0)
        self.template.setCurrentIndex(max(0, self.template.findData(spec.template)))
        self._overrides = dict(spec.template_overrides)
        self._requirement = spec.requirement
        if self.pathway is not None:
            self.pathway.set_requirement(spec.requirement)
        self._show_rule(spec.requirement is not None)
        self._rule_changed()
        self._eu = spec.eu
        if self.eu is not None:
            self.eu.show_eu(spec.eu)
        self.blockSignals(False)
        self._check_eu()

    def _check_eu(self) -> None:
        """The EU section's completeness line follows the whole form (its title and criteria count)."""
        # a number that cannot be read: the page says so, and the line waits for it
        with contextlib.suppress(SpecInputError):
            if self.eu is not None:
                self.eu.recheck(self.spec())

    def spec(self) -> AchievementSpec:
        """The form as a spec; raises SpecInputError for a field that is not even readable."""
        try:
            pass_mark = _num(self.pass_mark.text()) if self.rule.currentData() == "score" else None
        except ValueError as exc:
            raise SpecInputError(self.tr("Pass mark: {problem}").format(problem=exc)) from None
        try:
            credits = _num(self.credits.text())
        except ValueError as exc:
            raise SpecInputError(self.tr("Credits: {problem}").format(problem=exc)) from None
        return AchievementSpec(
            name=self.name.text(),
            description=self.description.toPlainText().strip(),
            criteria_narrative=self.narrative.toPlainText().strip(),
            achievement_type=self.type.currentData(),
            rule=self.rule.currentData(),
            pass_mark=pass_mark,
            criteria=self.criteria.criteria(),
            alignments=self.alignments.alignments(),
            tags=tuple(t.strip() for t in self.tags.text().split(",") if t.strip()),
            credits=credits,
            field_of_study=_opt(self.field_of_study.text()),
            human_code=_opt(self.human_code.text()),
            language=_opt(self.language.text()),
            version_label=_opt(self.version_label.text()),
            validity_months=self.validity.value() or None,
            template=self.template.currentData(),
            template_overrides=dict(self._overrides),
            image=self.image.data(),
            requirement=self.pathway.requirement() if self.pathway is not None else self._requirement,
            eu=self.eu.spec_eu() if self.eu is not None else self._eu,
        )


# OB 3.0's achievement types as the editor lists them (core.services.achievements.ACHIEVEMENT_TYPES, words
# split): marked here for the translators, translated where listed
_TYPE_LABELS = (
    QT_TRANSLATE_NOOP("AchievementTypes", "Achievement"),
    QT_TRANSLATE_NOOP("AchievementTypes", "Apprenticeship Certificate"),
    QT_TRANSLATE_NOOP("AchievementTypes", "Assessment"),
    QT_TRANSLATE_NOOP("AchievementTypes", "Assignment"),
    QT_TRANSLATE_NOOP("AchievementTypes", "Associate Degree"),
    QT_TRANSLATE_NOOP("AchievementTypes", "Award"),
    QT_TRANSLATE_NOOP("AchievementTypes", "Badge"),
    QT_TRANSLATE_NOOP("AchievementTypes", "Bachelor Degree"),
    QT_TRANSLATE_NOOP("AchievementTypes", "Certificate"),
    QT_TRANSLATE_NOOP("AchievementTypes", "Certificate Of Completion"),
    QT_TRANSLATE_NOOP("AchievementTypes", "Certification"),
    QT_TRANSLATE_NOOP("AchievementTypes", "Community Service"),
    QT_TRANSLATE_NOOP("AchievementTypes", "Competency"),
    QT_TRANSLATE_NOOP("AchievementTypes", "Course"),
    QT_TRANSLATE_NOOP("AchievementTypes", "Co Curricular"),
    QT_TRANSLATE_NOOP("AchievementTypes", "Degree"),
    QT_TRANSLATE_NOOP("AchievementTypes", "Diploma"),
    QT_TRANSLATE_NOOP("AchievementTypes", "Doctoral Degree"),
    QT_TRANSLATE_NOOP("AchievementTypes", "Fieldwork"),
    QT_TRANSLATE_NOOP("AchievementTypes", "General Education Development"),
    QT_TRANSLATE_NOOP("AchievementTypes", "Journeyman Certificate"),
    QT_TRANSLATE_NOOP("AchievementTypes", "Learning Program"),
    QT_TRANSLATE_NOOP("AchievementTypes", "License"),
    QT_TRANSLATE_NOOP("AchievementTypes", "Membership"),
    QT_TRANSLATE_NOOP("AchievementTypes", "Professional Doctorate"),
    QT_TRANSLATE_NOOP("AchievementTypes", "Quality Assurance Credential"),
    QT_TRANSLATE_NOOP("AchievementTypes", "Master Certificate"),
    QT_TRANSLATE_NOOP("AchievementTypes", "Master Degree"),
    QT_TRANSLATE_NOOP("AchievementTypes", "Micro Credential"),
    QT_TRANSLATE_NOOP("AchievementTypes", "Research Doctorate"),
    QT_TRANSLATE_NOOP("AchievementTypes", "Secondary School Diploma"),
)


def _split_camel(name: str) -> str:
    out = ""
    for i, ch in enumerate(name):
        if ch.isupper() and i and not name[i - 1].isupper():
            out += " "
        out += ch
    return out



