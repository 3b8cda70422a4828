"""The UI's translations: every visible text wrapped, the .ts files current with the code, and
every shipped language complete, with placeholders, plural forms and mnemonics intact."""

from __future__ import annotations

import re
import runpy
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from badgesmith.core.languages import ENGLISH, SHIPPED

from .literals import scan

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = ROOT / "resources" / "translations"
TRANSLATIONS = runpy.run_path(str(ROOT / "packaging" / "translations.py"))
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%L?n|%\d")
MNEMONIC = re.compile(r"&(?![&\s])")  # "&Save"; "Cohorts & assessment" is an "and"
# Qt's plural rules: how many forms a numerus message has in each language
FORMS = {"de": 2, "fr": 2, "es": 2, "pt_BR": 2, "it": 2, "pl": 3, "ar": 6, "ja": 1, "en": 2}


def test_every_visible_text_in_the_ui_is_translatable() -> None:
    found = scan(ROOT / "src" / "badgesmith" / "ui")
    assert found == {}, "\n".join(f"{f}:{line}: {text!r}" for f, hits in found.items() for line, text in hits)


def test_the_scanner_finds_an_unwrapped_text(tmp_path: Path) -> None:
    from .literals import untranslated

    src = tmp_path / "page.py"
    src.write_text('label.setText("Issue credentials")\nlabel.setText(self.tr("Issue credentials"))\n'
                   'name.setObjectName("issueButton")\nx = f"Issued {n} credentials"\n')
    assert [line for line, _ in untranslated(src)] == [1, 4]


def test_catalogues_are_current_with_the_code() -> None:
    assert TRANSLATIONS["stale"]() == [], "run: .venv/bin/python packaging/translations.py update"


def _messages(lang: str) -> list[tuple[str, ET.Element]]:
    tree = ET.parse(CATALOGUES / f"badgesmith_{lang}.ts")
    return [(ctx.findtext("name") or "", msg) for ctx in tree.getroot().iter("context") for msg in ctx.iter("message")]


@pytest.mark.parametrize("lang", sorted(SHIPPED))
def test_language_is_complete_and_keeps_placeholders(lang: str) -> None:
    messages = _messages(lang)
    assert messages, f"badgesmith_{lang}.ts is empty"
    problems = []
    for context, msg in messages:
        source = msg.findtext("source") or ""
        tr = msg.find("translation")
        assert tr is not None
        plural = msg.get("numerus") == "yes"
        forms = [f.text or "" for f in tr.findall("numerusform")] if plural else [tr.text or ""]
        if tr.get("type") in ("unfinished", "vanished", "obsolete") or not all(f.strip() for f in forms):
            problems.append(f"unfinished: {context}: {source!r}")
            continue
        if plural and len(forms) != FORMS[lang]:
            problems.append(f"{len(forms)} plural forms, {lang} has {FORMS[lang]}: {source!r}")
        for form in forms:
            if sorted(set(PLACEHOLDER.findall(form))) != sorted(set(PLACEHOLDER.findall(source))):
                problems.append(f"placeholders differ: {source!r} -> {form!r}")
            if bool(MNEMONIC.search(source)) != bool(MNEMONIC.search(form)) and "<" not in source:
                problems.append(f"keyboard mnemonic lost or added: {source!r} -> {form!r}")
    if lang == ENGLISH:  # English is the source: its catalogue holds the plural forms only
        assert all(msg.get("numerus") == "yes" for _, msg in messages)
    else:
        untranslated = [src for _, msg in messages if (src := msg.findtext("source") or "")
                        and (msg.find("translation").text or "") == src and len(src) > 12]  # type: ignore[union-attr]
        assert len(untranslated) < 0.03 * len(messages), f"left in English: {untranslated[:10]}"
    assert problems == [], "\n".join(problems[:40])


def test_every_language_is_built_and_loads(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from badgesmith.ui import i18n

    TRANSLATIONS["build"]()
    seen = {}
    for lang in SHIPPED:
        installed = i18n.install(qapp, lang)
        try:
            seen[lang] = QCoreApplication.translate("Pages", "Achievements")
            one = QCoreApplication.translate("LearnersPage", "%Ln learner(s)", "", 1)
            assert "1" in one or "١" in one, (lang, one)
        finally:
            i18n.uninstall(qapp, installed)
    assert seen["en"] == "Achievements"
    assert len(set(seen.values())) == len(SHIPPED), seen  # each language its own word


def test_every_achievement_type_is_marked_for_translation() -> None:
    # lupdate reads only literal texts: the editor marks OB 3.0's types one by one
    from badgesmith.core.services.achievements import ACHIEVEMENT_TYPES
    from badgesmith.ui.pages.achievement_editor import _TYPE_LABELS, _split_camel

    assert sorted(_split_camel(t) for t in ACHIEVEMENT_TYPES) == sorted(_TYPE_LABELS)
