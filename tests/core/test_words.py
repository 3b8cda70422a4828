"""Pass/fail words and column headings in every shipped language (core/words.py): typed in the
grid, by hand or in an imported file, they read the same."""

from __future__ import annotations

import pytest

from badgesmith.core.imports.headers import HEADER_ALIASES, fold_header, guess_mapping
from badgesmith.core.imports.result_rows import CriterionColumn, ResultColumnMapping
from badgesmith.core.languages import SHIPPED
from badgesmith.core.values import FAIL_WORDS, PASS_WORDS, fold_word, parse_status
from badgesmith.core.words import HEADINGS, STATUS_WORDS, variants


def test_every_shipped_language_has_its_words_and_headings() -> None:
    assert set(STATUS_WORDS) - {""} == set(SHIPPED)
    for lang, (passed, failed) in STATUS_WORDS.items():
        assert variants(passed) and variants(failed), lang
    for field, by_language in HEADINGS.items():
        assert set(by_language) == set(SHIPPED), field
        assert all(variants(v) for v in by_language.values()), field


def test_no_word_means_pass_in_one_language_and_fail_in_another() -> None:
    assert not PASS_WORDS & FAIL_WORDS
    for lang, (passed, failed) in STATUS_WORDS.items():  # and each one is read as its list says
        assert all(parse_status(w) is True for w in variants(passed)), lang
        assert all(parse_status(w) is False for w in variants(failed)), lang


def test_no_heading_names_two_things() -> None:
    field_of: dict[str, str] = {}
    for field, names in HEADER_ALIASES.items():
        for folded in {fold_header(a) for a in names}:
            assert field_of.setdefault(folded, field) == field, (folded, field, field_of[folded])


@pytest.mark.parametrize(("typed", "passed"), [
    # es
    ("Aprobado", True), ("APTO", True), ("Sí", True), ("si", True), ("Presente", True),
    ("Suspenso", False), ("No apto", False), ("NO APTO", False), ("no", False), ("Ausente", False),
    # pt_BR
    ("Aprovado", True), ("SIM", True), ("presente", True),
    ("Reprovado", False), ("Não", False), ("nao", False), ("AUSENTE", False),
    # it
    ("Superato", True), ("Sì", True), ("presente", True),
    ("Non superato", False), ("non-superato", False), ("No", False), ("Assente", False),
    # pl
    ("Zaliczone", True), ("TAK", True), ("obecny", True), ("Obecna", True),
    ("Niezaliczone", False), ("nie", False), ("Nieobecny", False), ("NIEOBECNA", False),
    # ar (with and without the short vowels people sometimes type)
    ("ناجح", True), ("نعم", True), ("حاضر", True), ("ناجِح", True),
    ("راسب", False), ("لا", False), ("غائب", False), (" غائب ", False),
    # ja (also in full-width spaces)
    ("合格", True), ("はい", True), ("出席", True), ("\u3000合格\u3000", True),
    ("不合格", False), ("いいえ", False), ("欠席", False),
    # the English, French and German ones stay
    ("passed", True), ("Réussi", True), ("bestanden", True), ("absent", False), ("Nicht bestanden", False),
    ("maybe", None), ("quizás", None), ("たぶん", None),
])
def test_pass_and_fail_words_in_every_language(typed: str, passed: bool | None) -> None:
    assert parse_status(typed) is passed


def test_accents_and_case_fold_alike() -> None:
    assert fold_word("NÃO") == fold_word("nao") == "nao"
    assert fold_word("Sì") == fold_word("sí") == "si"
    assert fold_word("NIEOBECNOŚĆ") == fold_word("nieobecnosc")


RESULT_FIELDS = ("email", "student_number", "name", "first_name", "last_name", "assessor", "date", "evidence",
                 "evidence_url")


@pytest.mark.parametrize(("headers", "expected"), [
    (["Correo electrónico", "Nombre", "Apellidos", "Evaluador", "Fecha", "Observaciones", "Enlace"],
     {"email": 0, "first_name": 1, "last_name": 2, "assessor": 3, "date": 4, "evidence": 5, "evidence_url": 6}),
    (["Nome completo", "Matrícula", "Avaliador", "Data", "Observações", "Link da evidência"],
     {"name": 0, "student_number": 1, "assessor": 2, "date": 3, "evidence": 4, "evidence_url": 5}),
    (["Cognome", "Nome", "Matricola", "Valutatore", "Data", "Note", "Collegamento"],
     {"last_name": 0, "first_name": 1, "student_number": 2, "assessor": 3, "date": 4, "evidence": 5,
      "evidence_url": 6}),
    (["Imię i nazwisko", "Adres e-mail", "Nr albumu", "Oceniający", "Data", "Uwagi", "Łącze"],
     {"name": 0, "email": 1, "student_number": 2, "assessor": 3, "date": 4, "evidence": 5, "evidence_url": 6}),
    (["الاسم الكامل", "البريد الإلكتروني", "الرقم الجامعي", "المقيّم", "التاريخ", "ملاحظات", "رابط الإثبات"],
     {"name": 0, "email": 1, "student_number": 2, "assessor": 3, "date": 4, "evidence": 5, "evidence_url": 6}),
    (["氏名", "メールアドレス", "学籍番号", "評価者", "評価日", "備考", "リンク"],
     {"name": 0, "email": 1, "student_number": 2, "assessor": 3, "date": 4, "evidence": 5, "evidence_url": 6}),
    (["Vorname", "Nachname", "E-Mail", "Prüfer", "Datum", "Bemerkungen", "Beleg-URL"],
     {"first_name": 0, "last_name": 1, "email": 2, "assessor": 3, "date": 4, "evidence": 5, "evidence_url": 6}),
    # the app's own column names, as the translated grid and forms show them
    (["Participante", "N.º de estudiante", "Nota de evidencia", "Enlace de evidencia"],
     {"name": 0, "student_number": 1, "evidence": 2, "evidence_url": 3}),
    (["Apprenant", "N° d'étudiant", "Commentaire (preuve)", "Lien (preuve)"],
     {"name": 0, "student_number": 1, "evidence": 2, "evidence_url": 3}),
    (["受講者", "受講者番号", "エビデンスのメモ", "エビデンスのリンク"],
     {"name": 0, "student_number": 1, "evidence": 2, "evidence_url": 3}),
])
def test_headings_in_every_language(headers: list[str], expected: dict[str, int]) -> None:
    mapping = guess_mapping(headers, RESULT_FIELDS)
    assert {f: c for f, c in mapping.items() if c is not None} == expected


def test_a_criterion_column_is_not_taken_for_a_heading() -> None:
    """A criterion named like an optional heading stays the criterion's column."""
    mapping = ResultColumnMapping.guess(["Correo", "Fecha", "Observaciones"],
                                        [CriterionColumn("Observaciones", "status")])
    assert mapping.email == 0 and mapping.date == 1 and mapping.evidence is None
    assert mapping.criteria == {"Observaciones": 2}
