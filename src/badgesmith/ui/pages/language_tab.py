"""Settings ▸ Language: the language Badgesmith starts in (ui/i18n.py decides and installs it)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from badgesmith.ui import i18n, prefs
from badgesmith.ui.widgets.common import note

SYSTEM = ""  # the combo's data for "follow the system"


class LanguageTab(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.language = QComboBox()
        self.language.setObjectName("uiLanguage")
        self.language.setAccessibleName(self.tr("Language of Badgesmith"))
        system = i18n.normalise(i18n.system_language())
        self.language.addItem(self.tr("The system's language ({language})").format(
            language=i18n.SHIPPED[system or i18n.ENGLISH]), SYSTEM)
        for code, name in i18n.SHIPPED.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language() or SYSTEM)))
        self.language.currentIndexChanged.connect(self._chosen)
        self.saved = QLabel()
        self.saved.setObjectName("languageSaved")
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(note(self.tr("Badgesmith starts in this language next time. The command badgesmith --lang "
                                   "CODE or the {variable} variable chooses another for one start.").format(
            variable=i18n.ENV)))
        lay.addWidget(self.saved)
        lay.addStretch()

    def _chosen(self) -> None:
        code = self.language.currentData()
        prefs.set_language(code or None)
        self.saved.setText(self.tr("Saved: {language}, from the next start.").format(
            language=self.language.currentText()))
