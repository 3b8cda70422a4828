"""The app's language: chosen from --lang, BADGESMITH_LANG, Settings or the system; Qt's own texts
translated from PySide6's qtbase catalogues; Arabic laid out right to left."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from badgesmith.cli import main
from badgesmith.ui import i18n, prefs


def test_the_language_is_chosen_in_order() -> None:
    assert i18n.choose("de", "fr", "es", "ja_JP.UTF-8") == "de"
    assert i18n.choose(None, "fr_CA", "es", "ja_JP.UTF-8") == "fr"
    assert i18n.choose(None, None, "es", "ja_JP.UTF-8") == "es"
    assert i18n.choose(None, None, None, "ja_JP.UTF-8") == "ja"
    assert i18n.choose(None, "xx", None, "sv_SE") == "en"  # nothing Badgesmith speaks: English
    assert [i18n.normalise(c) for c in ("pt-BR", "pt_PT", "C", "POSIX", "ar_EG.UTF-8", "de@euro", "")] == [
        "pt_BR", "pt_BR", "en", "en", "ar", "de", None]


@pytest.mark.parametrize("lang, cancel", [("de", "Abbrechen"), ("fr", "Annuler"), ("ja", "キャンセル"),
                                          ("pl", "Anuluj")])
def test_qts_own_texts_speak_the_language(qapp, lang: str, cancel: str) -> None:  # type: ignore[no-untyped-def]
    installed = i18n.install(qapp, lang)
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel
        box = QMessageBox(QMessageBox.Icon.Question, "?", "?", QMessageBox.StandardButton.Cancel)
        assert box.button(QMessageBox.StandardButton.Cancel).text().replace("&", "") == cancel
    finally:
        i18n.uninstall(qapp, installed)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_every_shipped_language_has_qts_catalogue(qapp) -> None:  # type: ignore[no-untyped-def]
    for lang in i18n.SHIPPED:
        if lang == i18n.ENGLISH:
            continue
        installed = i18n.install(qapp, lang)
        try:
            assert installed, f"no qtbase_{lang}.qm"
            assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel", lang
        finally:
            i18n.uninstall(qapp, installed)


def test_arabic_is_laid_out_right_to_left(qapp) -> None:  # type: ignore[no-untyped-def]
    installed = i18n.install(qapp, "ar")
    try:
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        i18n.uninstall(qapp, installed)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_language_is_chosen_in_settings(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    page = demo_window.show_page("settings")
    page.tabs.setCurrentWidget(page.language)
    combo = page.language.language
    assert combo.currentData() == ""  # the system's, until chosen
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # English
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # Deutsch
    assert combo.currentText() == "Deutsch" and prefs.language() == "de"
    assert "from the next start" in page.language.saved.text()
    assert QSettings().value("ui/language") == "de"


def test_an_unknown_lang_is_one_clear_line(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--lang", "xx"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("badgesmith: 'xx' is not a language Badgesmith speaks; choose one of en (English), de")
    assert err.count("\n") == 1
