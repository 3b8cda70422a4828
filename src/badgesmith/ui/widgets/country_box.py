"""A choice of country, found by typing part of its name or its code ("irel", "IE"); the names are
in the app's language (CLDR's, from core.countries)."""

from __future__ import annotations

from PySide6.QtCore import QCollator, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from badgesmith.core.countries import countries, country_name
from badgesmith.ui import i18n
from badgesmith.ui.widgets.common import select_quietly


class CountryBox(QComboBox):
    """"— none —" (data None), then every country as "Ireland (IE)" (data "IE"), in the order of
    their names in the app's language."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setEditable(True)
        self.edit = QLineEdit()
        self.setLineEdit(self.edit)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # only a listed country can be chosen
        self.addItem(self.tr("— none —"), None)
        language, collator = i18n.current(), QCollator()
        names = {code: country_name(code, language) or english for code, english in countries().items()}
        for code in sorted(names, key=lambda c: collator.sortKey(names[c])):
            self.addItem(self.tr("{country} ({code})").format(country=names[code], code=code), code)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.edit.setPlaceholderText(self.tr("Type to find a country"))
        self.edit.editingFinished.connect(self._settle)

    def code(self) -> str | None:
        return self.currentData()

    def set_code(self, code: str | None) -> None:
        """Show ``code``'s country ("— none —" for None or an unknown code) without telling listeners."""
        select_quietly(self, code)
        self.edit.setText(self.itemText(self.currentIndex()))  # whatever was typed before goes

    def _settle(self) -> None:
        """What is left typed in the box names one country, or the box shows the chosen one again:
        the text never says one country while another is kept."""
        text = self.edit.text().strip()
        if not text:
            self.setCurrentIndex(0)
        else:
            exact = self.findText(text, Qt.MatchFlag.MatchFixedString)  # whole name, any case
            found = [i for i in range(1, self.count()) if text.casefold() in self.itemText(i).casefold()]
            if exact >= 0:
                self.setCurrentIndex(exact)
            elif len(found) == 1:
                self.setCurrentIndex(found[0])
        self.edit.setText(self.itemText(self.currentIndex()))
