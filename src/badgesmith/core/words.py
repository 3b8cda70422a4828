"""The words trainers type and the column headings their files use, in every shipped language
(core/languages.py): pass/fail and attendance words for a result, and the headings an importer
recognises. Written as people write them, "|" between variants; readers fold them on use
(``values.fold_word``, ``imports.headers.fold_header``: case, accents and punctuation ignored).

Pure data (no database, no Qt). No word may mean pass in one language and fail in another
(tests/core/test_words.py checks it), so one table serves a file in any language.
"""

from __future__ import annotations

__all__ = ["HEADINGS", "STATUS_WORDS", "variants"]


def variants(text: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in text.split("|") if v.strip())


# language ("" for symbols and numbers) -> (pass and attendance words, fail and absence words)
STATUS_WORDS: dict[str, tuple[str, str]] = {
    "": ("1 | true | x | ✓ | ✔ | ☑ | ✅", "0 | false | ✗ | ✘ | ☒ | ❌"),
    "en": (
        "pass | passed | p | yes | y | ok | attended | present | complete | completed | achieved | met | "
        "competent | done",
        "fail | failed | f | no | n | absent | incomplete | dna | nyc | referred | refer | not attended | "
        "did not attend | no show | not met | not achieved | not yet | not yet competent | not competent | "
        "not passed | not complete | not completed",
    ),
    "de": (
        "ja | bestanden | anwesend | teilgenommen | erfüllt",
        "nein | nicht bestanden | abwesend | nicht erfüllt",
    ),
    "fr": (
        "oui | réussi | admis | acquis | validé | présent",
        "non | échoué | échec | ajourné | non acquis",
    ),
    "es": (
        "sí | aprobado | aprobada | apto | apta | superado | superada | presente | asistió",
        "no | suspenso | suspensa | suspendido | suspendida | no apto | no apta | no superado | no superada | "
        "reprobado | reprobada | ausente | no asistió | no presentado",
    ),
    "pt_BR": (
        "sim | aprovado | aprovada | apto | apta | presente | compareceu",
        "não | reprovado | reprovada | inapto | inapta | ausente | faltou | não compareceu",
    ),
    "it": (
        "sì | superato | superata | promosso | promossa | idoneo | idonea | presente",
        "no | non superato | non superata | bocciato | bocciata | respinto | respinta | non idoneo | "
        "non idonea | assente",
    ),
    "pl": (
        "tak | zaliczone | zaliczony | zaliczona | zdane | zdał | zdała | obecny | obecna | obecność",
        "nie | niezaliczone | niezaliczony | niezaliczona | nie zaliczone | nie zaliczony | nie zaliczona | "
        "niezdane | nie zdał | nie zdała | nieobecny | nieobecna | nieobecność",
    ),
    "ar": (
        "ناجح | ناجحة | نجح | نجحت | نعم | حاضر | حاضرة | حضر | حضرت | مكتمل",
        "راسب | راسبة | رسب | رسبت | لا | غائب | غائبة | غاب | غابت | لم يحضر | لم تحضر | غير مكتمل",
    ),
    "ja": (
        "合格 | はい | 出席 | 修了 | 済み",
        "不合格 | いいえ | 欠席 | 未修了",
    ),
}

# field -> language -> headings. Exact matches beat headings that contain one (see guess_mapping).
HEADINGS: dict[str, dict[str, str]] = {
    "name": {
        "en": "name | full name | fullname | learner | learner name | participant | participant name | "
              "attendee | attendee name | student | student name | trainee | trainee name | delegate | "
              "delegate name | candidate | candidate name | display name | recipient | recipient name",
        "de": "vollständiger name | teilnehmer | teilnehmername | teilnehmerin | teilnehmende",
        "fr": "nom complet | nom et prénom | prénom et nom | apprenant | participant | stagiaire",
        "es": "nombre completo | nombre y apellidos | participante | alumno | alumna | estudiante",
        "pt_BR": "nome completo | aluno | aluna | participante | estudante",
        "it": "nome completo | nome e cognome | cognome e nome | partecipante | studente | corsista",
        "pl": "imię i nazwisko | nazwisko i imię | uczestnik | uczestniczka | kursant | student",
        "ar": "الاسم | الاسم الكامل | الاسم الثلاثي | المتعلم | اسم المتعلم | المشارك | اسم المشارك | الطالب | "
              "اسم الطالب | المتدرب | اسم المتدرب",
        "ja": "氏名 | 名前 | フルネーム | 受講者 | 受講者名 | 参加者 | 参加者名 | 学生 | 学生名",
    },
    "first_name": {
        "en": "first name | firstname | first | given name | given names | forename | forenames | "
              "christian name",
        "de": "vorname | vornamen",
        "fr": "prénom | prénoms",
        "es": "nombre | nombre de pila",
        "pt_BR": "nome | primeiro nome | prenome",
        "it": "nome",
        "pl": "imię | imiona",
        "ar": "الاسم الأول",
        "ja": "名 | 下の名前",
    },
    "last_name": {
        "en": "last name | lastname | last | surname | family name",
        "de": "nachname | familienname | zuname",
        "fr": "nom | nom de famille",
        "es": "apellido | apellidos",
        "pt_BR": "sobrenome | último nome",
        "it": "cognome",
        "pl": "nazwisko",
        "ar": "اسم العائلة | الكنية | اللقب",
        "ja": "姓 | 名字 | 苗字",
    },
    "email": {
        "en": "email | email address | mail | mail address | learner email | participant email | "
              "student email",
        "de": "email adresse | emailadresse | mailadresse",
        "fr": "courriel | adresse courriel | adresse email | adresse électronique",
        "es": "correo | correo electrónico | dirección de correo",
        "pt_BR": "endereço de email",
        "it": "posta elettronica | indirizzo email",
        "pl": "adres email | poczta",
        "ar": "البريد الإلكتروني | البريد الالكتروني | البريد | الإيميل",
        "ja": "メール | メールアドレス | 電子メール | eメール",
    },
    "student_number": {
        "en": "student number | student id | id number | matriculation | matriculation number | "
              "matric number | matrikel number | learner id | learner number | participant id | "
              "participant number | candidate number | candidate id | student reference | "
              "learner reference | enrolment number | enrollment number | registration number | "
              "employee number | employee id | personnel number",
        "de": "matrikelnummer | matrikel | teilnehmernummer | personalnummer",
        "fr": "numéro étudiant | numéro d'étudiant | n° d'étudiant | matricule",
        "es": "número de estudiante | n.º de estudiante | número de matrícula | matrícula | número de participante",
        "pt_BR": "matrícula | número de matrícula | número do aluno",
        "it": "matricola | numero di matricola",
        "pl": "numer albumu | nr albumu | numer indeksu | numer uczestnika",
        "ar": "الرقم الجامعي | رقم الطالب | رقم المتعلم | رقم المتدرب | الرقم التعريفي",
        "ja": "学籍番号 | 受講者番号 | 受講番号 | 社員番号",
    },
    "assessor": {
        "en": "assessor | assessor name | examiner | marker | grader | evaluator | assessed by | "
              "instructor | trainer",
        "de": "prüfer | bewerter",
        "fr": "évaluateur | formateur",
        "es": "evaluador | evaluadora | examinador | formador | instructor",
        "pt_BR": "avaliador | avaliadora | examinador | instrutor",
        "it": "valutatore | valutatrice | esaminatore | docente | formatore",
        "pl": "oceniający | egzaminator | prowadzący | trener",
        "ar": "المقيم | المقيّم | اسم المقيم | الممتحن | المدرب",
        "ja": "評価者 | 採点者 | 試験官 | 講師",
    },
    "date": {
        "en": "date | assessment date | assessed on | date assessed | date of assessment | "
              "completion date | completed on",
        "de": "datum | bewertungsdatum",
        "fr": "date d'évaluation",
        "es": "fecha | fecha de evaluación",
        "pt_BR": "data | data da avaliação",
        "it": "data | data di valutazione",
        "pl": "data | data oceny",
        "ar": "التاريخ | تاريخ التقييم",
        "ja": "日付 | 評価日 | 実施日",
    },
    "evidence": {
        "en": "evidence | evidence notes | notes | note | comment | comments | remarks | feedback | "
              "observations",
        "de": "bemerkung | bemerkungen | kommentar | notiz | notizen | beleg | belege | belegnotiz",
        "fr": "commentaire | commentaires | commentaire (preuve) | remarques | preuve | preuves",
        # (not "nota(s)": in Spanish and Portuguese, the marks)
        "es": "observaciones | comentario | comentarios | evidencia | evidencias | nota de evidencia",
        "pt_BR": "observação | observações | comentário | comentários | evidência | evidências | evidência (texto)",
        "it": "note | osservazioni | commento | commenti | evidenza | evidenze | nota sulle evidenze",
        "pl": "uwagi | komentarz | notatka | dowód | dowody | opis dowodu",
        "ar": "ملاحظات | ملاحظة | ملاحظة الإثبات | تعليق | تعليقات | إثبات | الإثبات",
        "ja": "備考 | メモ | コメント | 根拠 | エビデンス | エビデンスのメモ",
    },
    "evidence_url": {
        "en": "evidence url | evidence link | url | link | evidence address | portfolio url | "
              "portfolio link",
        "de": "nachweis url | beleg url | beleglink",
        "fr": "lien | lien (preuve) | lien de la preuve",
        "es": "enlace | enlace de evidencia",
        "pt_BR": "link da evidência | evidência (link)",
        "it": "collegamento | link evidenza | link alle evidenze",
        "pl": "łącze | link do dowodu",
        "ar": "رابط | الرابط | رابط الإثبات",
        "ja": "リンク | 根拠url | エビデンスurl | エビデンスのリンク",
    },
}
