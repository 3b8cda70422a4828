"""A populated demo workspace (passphrase ``demo``) for trying the app and for benchmarks."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from badgesmith.core.errors import ValidationError
from badgesmith.core.eu_elements import EQF, EuElements
from badgesmith.core.pathways.requirements import from_json
from badgesmith.core.services import achievements as ach
from badgesmith.core.services import (
    assessment,
    cohorts,
    issuer,
    issuing,
    learners,
    pathway_awards,
    pathways,
    register,
)
from badgesmith.core.store import database_url
from badgesmith.core.store.workspace import DB_NAME, Workspace

DEMO_PASSPHRASE = "demo"

# Sixty learners: Latin with accents, Greek, Cyrillic, Chinese, Japanese, Arabic, Hebrew.
DEMO_NAMES = [
    "Zoë Ñúñez-Çelik", "François Lefèvre", "Søren Kierkegård", "Małgorzata Wiśniewska", "José Álvarez",
    "Ana-María Gómez", "Jürgen Müller", "Ingrid Bjørnstad", "Ewa Łukasiewicz", "Ömer Yılmaz",
    "Chloé Dubois", "Siobhán Ní Bhriain", "Dvořák Antonín", "Ágnes Szőke", "Thérèse Brontë",
    "Guðrún Þórsdóttir", "Mihai Țepeș", "Ilse Ødegaard", "Raúl Peña", "Laïla Benaïssa",
    "Γιώργος Παπαδόπουλος", "Ελένη Κωνσταντίνου", "Δημήτρης Αλεξίου", "Σοφία Νικολάου",
    "Αλέξανδρος Οικονόμου", "Μαρία Γεωργίου",
    "Анна Смирнова", "Дмитрий Иванов", "Ольга Кузнецова", "Сергей Попов", "Наталья Соколова",
    "Андрій Шевченко", "Олена Коваленко",
    "王小明", "李娜", "张伟", "刘洋", "陈静", "欧阳修远",
    "山田太郎", "佐藤花子", "鈴木一郎", "高橋さくら", "田中ゆうき",
    "محمد العلي", "فاطمة الزهراء", "أحمد حسن", "ليلى عبد الله", "يوسف إبراهيم", "نور الهدى",
    "דוד כהן", "שרה לוי",
    "Amelia Thompson", "Oliver Wright", "Priya Patel", "Kwame Mensah", "Nguyễn Thị Hoa",
    "Mary O'Brien", "Jean-Luc Picard", "Aoife McCarthy",
]


# Northbridge's quality assurance, which every demo achievement names but one (see below)
_QUALITY = ("Internal: a second assessor moderates a sample of every cohort's results, and the "
            "course is reviewed each year by Northbridge's quality board.")


def _eu(hours: float, level: str, outcomes: tuple[str, ...], assessment_type: str, participation: str,
        quality_assurance: str = _QUALITY, **more: Any) -> EuElements:
    """A demo achievement's EU micro-credential elements (EQF levels, Northbridge's quality assurance)."""
    return replace(EuElements(learning_outcomes=outcomes, workload_hours=hours, level_framework=EQF, level=level,
                              assessment_type=assessment_type, participation=participation,
                              quality_assurance=quality_assurance), **more)


def _email(i: int) -> str:
    return f"learner{i:03d}@example.org"


def create_demo(folder: Path, n_learners: int | None = None, *, pathway: bool = True,
                database: str | None = None) -> Workspace:
    """Create and populate a demo workspace in ``folder`` (which must not hold one already), or
    on the empty shared ``database`` (``postgresql://…``) with ``folder`` for its files.

    ``pathway`` adds a pathway with its component credentials issued (see ``_add_pathway``);
    without it the demo has no credential at all, which is what most tests start from."""
    folder = Path(folder)
    if (folder / DB_NAME).exists():
        raise ValidationError(f"{folder} already holds a workspace; choose an empty folder.")
    ws = Workspace.open(folder, url=database)
    if database is not None and issuer.is_initialised(ws):
        ws.close()
        raise ValidationError(f"{database_url.shown(ws.engine.url)} already holds a workspace; "
                              "give an empty database.")
    rnd = random.Random(20261126)
    issuer.init_issuer(
        ws, "Northbridge Training Collective", DEMO_PASSPHRASE,
        url="https://northbridge.example.org", email="certificates@northbridge.example.org",
        description="Short courses in first aid, digital skills and workplace safety.",
        public_demo_passphrase=True)
    issuer.update_issuer(ws, "Northbridge Training Collective", "https://northbridge.example.org",
                         "certificates@northbridge.example.org",
                         "Short courses in first aid, digital skills and workplace safety.", None,
                         country="IE", region="Leinster")
    rubric = ach.create_achievement(ws, ach.AchievementSpec(
        name="Practical First Aid", achievement_type="Certificate", rule="rubric",
        description="Demonstrated practical first-aid skills in assessed scenarios.",
        criteria_narrative="Learners perform **CPR**, place a casualty in the *recovery position* and "
                           "control bleeding, each observed by a qualified assessor.",
        criteria=tuple(
            ach.CriterionSpec(name, "level", required=True, required_level="Competent", levels=(
                ach.LevelSpec("Not yet", "Needs further practice", 0),
                ach.LevelSpec("Competent", "Performs safely and correctly", 1),
                ach.LevelSpec("Excellent", "Performs confidently and explains why", 2)))
            for name in ("CPR", "Recovery position", "Bleeding control")
        ),
        alignments=(ach.AlignmentSpec("Emergency First Aid at Work", "https://example.org/frameworks/efaw",
                                      "EFAW-1", "Workplace First Aid Framework"),),
        tags=("first aid", "health and safety"), credits=1.0, field_of_study="Health and safety",
        human_code="PFA-101", language="en", version_label="2026", template="classic",
        eu=_eu(16, "3", ("Perform cardiopulmonary resuscitation (CPR) on an adult.",
                         "Place an unresponsive, breathing casualty in the recovery position.",
                         "Control severe bleeding until help arrives."),
               "Practical scenarios observed by a qualified assessor against a rubric", "on-site",
               supervision="supervised-identity-verified", prerequisites="None.", integration="stand-alone",
               further_information="https://northbridge.example.org/courses/practical-first-aid"),
    ))
    attendance = ach.create_achievement(ws, ach.AchievementSpec(
        name="Digital Marketing Workshop", achievement_type="CertificateOfCompletion", rule="attendance",
        description="Attended the one-day workshop on planning a digital marketing campaign.",
        criteria_narrative="Attendance of the full workshop day.",
        criteria=(ach.CriterionSpec("Attendance", "status"),),
        tags=("marketing",), language="en", template="modern",
        # deliberately incomplete: the workshop has no quality assurance yet ("10 of 11")
        eu=_eu(7, "4", ("Plan a digital marketing campaign with goals, audience and channels.",
                        "Choose measures of success for each channel."),
               "Attendance of the full day and a campaign plan presented to the group", "blended",
               quality_assurance=""),
    ))
    score = ach.create_achievement(ws, ach.AchievementSpec(
        name="Spreadsheet Skills Assessment", achievement_type="Assessment", rule="score", pass_mark=60,
        description="Passed a timed practical assessment of spreadsheet skills.",
        criteria_narrative="A score of at least 60 out of 100 in the practical assessment.",
        criteria=(ach.CriterionSpec("Practical test", "score", 0, 100),),
        tags=("digital skills",), credits=0.5, human_code="SSA-2", language="en", template="minimal",
        eu=_eu(12, "4", ("Build formulas with relative and absolute references.",
                         "Sort, filter and summarise a table of data."),
               "Timed practical test, scored out of 100", "online", supervision="supervised",
               prerequisites="Basic computer skills.", integration="stackable",
               stackable_towards="Data Analysis Certificate"),
    ))
    ach.create_achievement(ws, ach.AchievementSpec(
        name="Food Hygiene Level 2", achievement_type="Certification", rule="score", pass_mark=70,
        description="Certified in food hygiene and safety for catering; renew every 12 months.",
        criteria_narrative="At least 70% in the written examination.",
        criteria=(ach.CriterionSpec("Examination", "score", 0, 100),),
        validity_months=12, language="en", template="classic",
        eu=_eu(8, "2", ("Apply safe food handling, storage and temperature control.",
                        "Explain the legal duties of a food handler."),
               "Written multiple-choice examination", "on-site", supervision="supervised-identity-verified"),
    ))

    names = DEMO_NAMES if n_learners is None else [f"{DEMO_NAMES[i % len(DEMO_NAMES)]}" for i in range(n_learners)]
    with ws.session() as s:
        learners.insert_learners(s, [(name, _email(i), f"S{i:06d}") for i, name in enumerate(names)])
    all_learners = learners.list_learners(ws, limit=len(names) + 1)
    ids = sorted(li.id for li in all_learners)
    today = date.today()

    if n_learners is not None:
        c = cohorts.create_cohort(ws, "Bulk attendance cohort", attendance.id, today, today, "Main hall", "Demo")
        cohorts.enrol(ws, c.id, ids)
        crit = assessment.criteria_for_cohort(ws, c.id)[0]
        cells: list[tuple[int, int, str | None]] = [(lid, crit.id, "attended") for lid in ids]
        assessment.record_results(ws, c.id, cells, assessor="Demo")
        return ws

    c1 = cohorts.create_cohort(ws, "First Aid — March 2026", rubric.id, date(2026, 3, 14), date(2026, 3, 15),
                               "Riverside Community Hall", "Dr. Hannah Okafor")
    c2 = cohorts.create_cohort(ws, "Digital Marketing — Spring Workshop", attendance.id, date(2026, 4, 2),
                               date(2026, 4, 2), "Northbridge Library", "Marco Rossi")
    c3 = cohorts.create_cohort(ws, "Spreadsheets — Evening Class", score.id, today - timedelta(days=30), today,
                               "Room 4B", "Priya Raman")
    cohorts.enrol(ws, c1.id, ids[:20])
    cohorts.enrol(ws, c2.id, ids[20:45])
    cohorts.enrol(ws, c3.id, ids[40:60])

    levels = ["Not yet", "Competent", "Excellent"]
    cells = []
    for lid in ids[:20]:
        for crit in assessment.criteria_for_cohort(ws, c1.id):
            cells.append((lid, crit.id, rnd.choices(levels, weights=[1, 5, 3])[0]))
    assessment.record_results(ws, c1.id, cells, assessor="Dr. Hannah Okafor")
    crit = assessment.criteria_for_cohort(ws, c2.id)[0]
    assessment.record_results(ws, c2.id, [(lid, crit.id, rnd.choices(["attended", "absent"], [9, 1])[0])
                                          for lid in ids[20:45]], assessor="Marco Rossi")
    crit = assessment.criteria_for_cohort(ws, c3.id)[0]
    assessment.record_results(ws, c3.id, [(lid, crit.id, str(rnd.randint(35, 98))) for lid in ids[40:60]],
                              assessor="Priya Raman")
    assessment.set_evidence(ws, c1.id, ids[0], "Calm and methodical in the cardiac arrest scenario.",
                            "https://northbridge.example.org/evidence/pfa-0001")
    if pathway:
        _add_endorsement(ws, rubric.id)
        _add_pathway(ws, folder, score.id, c3.id, ids[40:60], rnd)
    return ws


def _add_endorsement(ws: Workspace, achievement_id: int) -> None:
    """The first-aid course endorsed by an employers' association: a second identity made here
    (its key is thrown away), whose issuer card the demo trusts, as a provider would. Its
    certificates then print "Endorsed by …" and the Verify page shows the endorsement."""
    import json
    import tempfile
    from datetime import UTC, datetime

    from badgesmith.core.credentials import endorsement, keys, ob3
    from badgesmith.core.credentials.dataintegrity import sign
    from badgesmith.core.credentials.didkey import verification_method
    from badgesmith.core.services import endorsements

    key = keys.generate_key()
    endorser = ob3.IssuerProfile(did=keys.did_of(key), name="Riverside Employers' Association",
                                 url="https://employers.riverside.example.org")
    wanted = endorsements.endorsement_request(ws, achievement_id)
    request = endorsement.EndorsementRequest(wanted["achievement"], wanted["issuer"])
    now = datetime.now(UTC).replace(microsecond=0)
    doc = endorsement.build_and_check_endorsement(endorsement.EndorsementInput(
        endorser, request.achievement_id, request.achievement_name, request.provider_name, now,
        endorsement.end_of_day(date(now.year + 3, 12, 31)),
        "Our members look for this certificate when they hire: its practical scenarios match what a first "
        "aider meets at work."))
    with tempfile.TemporaryDirectory() as tmp:
        card, signed = Path(tmp) / "card.json", Path(tmp) / "endorsement.json"
        card.write_bytes(keys.export_issuer_card(endorser.name, key, url=endorser.url))
        issuer.import_trusted_issuer(ws, card)
        signed.write_text(json.dumps(sign(doc, key, verification_method(endorser.did), now), ensure_ascii=False),
                          encoding="utf-8")
        endorsements.add_endorsement(ws, achievement_id, signed)


def _add_pathway(ws: Workspace, folder: Path, score_id: int, score_cohort: int, group: list[int],
                 rnd: random.Random) -> None:
    """A pathway of three achievements, "Data Analysis Certificate": the spreadsheet assessment
    and at least 1 of two workshops. Components are issued (into ``folder/certificates``); some
    learners complete it and are awarded it, some are partway, and one awarded learner's
    workshop credential is revoked, so their pathway credential waits for the trainer's review."""
    workshops = [ach.create_achievement(ws, ach.AchievementSpec(
        name=name, achievement_type="CertificateOfCompletion", rule="attendance", description=about,
        criteria_narrative="Attendance of the full workshop.", criteria=(ach.CriterionSpec("Attendance", "status"),),
        tags=("digital skills",), language="en", template="modern",
        eu=_eu(4, "4", (about,), "Attendance of the full workshop", "on-site", integration="stackable",
               stackable_towards="Data Analysis Certificate"))).id
        for name, about in (("Pivot Tables Workshop", "Summarised data with pivot tables in a half-day workshop."),
                            ("Data Visualisation Workshop", "Built charts and a dashboard in a half-day workshop."))]
    tree = from_json({"all_of": [{"achievement": score_id},
                                 {"at_least": 1, "of": [{"achievement": w} for w in workshops]}]})
    certificate = ach.create_achievement(ws, ach.AchievementSpec(
        name="Data Analysis Certificate", achievement_type="Certificate", rule="attendance",
        description="Earned by passing the spreadsheet assessment and completing a data workshop.",
        criteria_narrative=pathways.wording(ws, tree), requirement=tree,
        tags=("digital skills",), credits=1.0, language="en", template="classic",
        eu=_eu(16, "4", ("Analyse a data set with spreadsheets, pivot tables or charts.",),
               "Earned by holding the spreadsheet assessment and a data workshop", "blended")))
    out = folder / "certificates"
    for wid, name, members in ((workshops[0], "Pivot Tables — Saturday", group[:12]),
                               (workshops[1], "Data Visualisation — Saturday", group[8:16])):
        c = cohorts.create_cohort(ws, name, wid, date(2026, 5, 9), date(2026, 5, 9), "Room 4B", "Priya Raman")
        cohorts.enrol(ws, c.id, members)
        crit = assessment.criteria_for_cohort(ws, c.id)[0]
        assessment.record_results(ws, c.id, [(lid, crit.id, "attended") for lid in members], assessor="Priya Raman")
        issuing.issue_batch(ws, c.id, DEMO_PASSPHRASE, out / name, workers=1)
    issuing.issue_batch(ws, score_cohort, DEMO_PASSPHRASE, out / "Spreadsheets", workers=1)
    path_cohort = pathway_awards.pathway_cohort(ws, certificate.id)
    issued = issuing.issue_batch(ws, path_cohort, DEMO_PASSPHRASE, out / "Data Analysis Certificate", workers=1).issued
    if issued:  # one awarded learner's workshop was recorded by mistake: their certificate waits for review
        who = issued[rnd.randrange(len(issued))].learner_id
        for row in register.list_credentials(ws, limit=1000):
            if row.learner_id == who and row.achievement_id in workshops:
                register.revoke(ws, row.id, "Attendance recorded by mistake: the learner left after an hour.",
                                DEMO_PASSPHRASE)
