"""Screenshots of every page on a fresh demo workspace, for docs/screenshots/.

    xvfb-run -a -s '-screen 0 1440x900x24' .venv/bin/python tests/ui/make_screenshots.py
    (or QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/make_screenshots.py)

``--shared`` makes only those of a shared database (the connect dialog, Settings ▸ People), on a
PostgreSQL server of their own (tests/pgserver.py).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # tests.delivery's SMTP helpers
OUT = ROOT / "docs" / "screenshots"
SIZE = (1440, 900)


def settle(app, ms: int = 250) -> None:  # type: ignore[no-untyped-def]
    import time

    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.01)


def _deliver_some(ws, cohort_id: int) -> None:  # type: ignore[no-untyped-def]
    """Send the cohort's messages to a throwaway SMTP server on 127.0.0.1 that refuses one."""
    from aiosmtpd.controller import Controller

    from badgesmith.core.delivery.smtp import SmtpSettings
    from badgesmith.core.services import delivery
    from tests.delivery.smtpserver import _free_port

    rows = delivery.outbox(ws, cohort_id)
    refused = rows[3].address

    class Handler:
        async def handle_RCPT(self, server, session, envelope, address, options):  # type: ignore[no-untyped-def]
            if address == refused:
                return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown in virtual mailbox table"
            envelope.rcpt_tos.append(address)
            return "250 OK"

    port = _free_port()
    server = Controller(Handler(), hostname="127.0.0.1", port=port)
    server.start()
    try:
        settings = SmtpSettings("127.0.0.1", port, "none", None, "courses@northbridge.example",
                                "Northbridge Training Collective")
        delivery.save_smtp(ws, settings)
        delivery.send(ws, cohort_id, "demo", settings=settings)
    finally:
        server.stop()
    delivery.save_smtp(ws, SmtpSettings("smtp.northbridge.example", 587, "starttls", "courses@northbridge.example",
                                        "courses@northbridge.example", "Northbridge Training Collective"))


def main() -> int:
    os.environ.setdefault("LANG", "C.UTF-8")
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QComboBox, QScrollArea, QWidget

    from badgesmith.core.services import cohorts, issuing, register
    from badgesmith.core.services.demo import create_demo
    from badgesmith.ui.app import build_window, make_app
    from badgesmith.ui.tasks import SyncTaskRunner

    tmp = Path(tempfile.mkdtemp(prefix="badgesmith-shots-"))
    QCoreApplication.setOrganizationName("BadgesmithScreenshots")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    app = make_app([sys.argv[0]])
    import runpy

    from badgesmith.ui import i18n

    runpy.run_path(str(ROOT / "packaging" / "translations.py"))["build"]()
    i18n.install(app, i18n.ENGLISH)  # as the app does: English's plural forms ("20 learners")
    if "--shared" in sys.argv[1:]:
        shared_shots(app, tmp)
        return 0
    ws = create_demo(tmp / "Northbridge demo")
    from badgesmith.core.services import issuer

    issuer.set_publishing(ws, "https://northbridge.example.org/badges/verify.html",
                          "https://northbridge.example.org/badges/status/1", "northbridge.example.org", False)
    # realistic state: one cohort issued, one credential revoked
    first_aid = next(c for c in cohorts.list_cohorts(ws) if c.name.startswith("First Aid"))
    summary = issuing.issue_batch(ws, first_aid.id, "demo", tmp / "out")
    register.revoke(ws, summary.issued[1].credential_id, "Issued in error: attended the May course instead", "demo")

    window = build_window(ws, SyncTaskRunner(), passphrase="demo")
    window.resize(*SIZE)
    window.show()
    settle(app, 400)
    OUT.mkdir(parents=True, exist_ok=True)

    def shot(name: str) -> None:
        settle(app)
        path = OUT / f"{name}.png"
        window.grab().save(str(path))
        print("wrote", path.relative_to(ROOT))

    window.show_page("overview")
    settle(app, 1500)  # the charts are drawn in the background
    shot("overview")
    page = window.show_page("achievements")
    shot("achievements")
    # the demo's pathway, its diagram showing the progress of a learner who is partway
    from badgesmith.core.services import pathways

    [pathway] = pathways.list_pathways(ws)
    page.list.selectRow(page._row_of(pathway.achievement_id))
    settle(app, 400)
    section = page.findChild(QWidget, "pathwaySection") or page
    learner_box = section.findChild(QComboBox, "pathwayLearner")
    if learner_box is not None:
        progress = pathways.progress_many(ws)
        partway = next((lid for lid, rows in progress.items() if rows and not rows[0].met and len(rows[0].needs) == 1),
                       None)
        i = learner_box.findData(partway)
        learner_box.setCurrentIndex(max(i, 0))
    shot("achievements-pathway")
    # the EU micro-credential elements of the workshop that misses one: the line names it
    workshop = next(a for a in page.model.rows() if a.name == "Digital Marketing Workshop")
    page.list.selectRow(page._row_of(workshop.id))
    settle(app, 400)
    eu, editor = page.findChild(QWidget, "euSection"), page.findChild(QScrollArea)
    if eu is not None and editor is not None:
        editor.verticalScrollBar().setValue(eu.y() - 8)
    shot("eu-elements")
    # the demo's endorsement of Practical First Aid, by an employers' association
    first_aid_row = next(a for a in page.model.rows() if a.name == "Practical First Aid")
    page.list.selectRow(page._row_of(first_aid_row.id))
    settle(app, 400)
    endorsed = page.findChild(QWidget, "endorsementSection")
    if endorsed is not None and editor is not None:
        editor.verticalScrollBar().setValue(endorsed.y() - 8)
    shot("endorsements")
    page = window.show_page("learners")
    shot("learners")
    # the erase-learner confirmation, over the learners page (a learner with a credential)
    from badgesmith.core.services import erasure
    from badgesmith.ui.dialogs.erase_learner import EraseLearnerDialog

    erase = EraseLearnerDialog(window.ctx, erasure.plan_erasure(ws, summary.issued[2].learner_id), window)
    erase.show()
    settle(app)
    erase.grab().save(str(OUT / "erase-learner.png"))
    print("wrote docs/screenshots/erase-learner.png")
    erase.close()
    page = window.show_page("cohorts")
    page.select_cohort(first_aid.id)
    shot("cohorts")
    page = window.show_page("issue")
    spreadsheets = next(c for c in cohorts.list_cohorts(ws) if c.name.startswith("Spreadsheets"))
    page.select_cohort(spreadsheets.id)
    page.table.selectRow(1)
    page.render_preview()
    shot("issue")
    path_cohort = next(c for c in cohorts.list_cohorts(ws) if c.name.endswith("(pathway awards)"))
    page.select_cohort(path_cohort.id)
    settle(app, 400)
    page.table.selectRow(0)
    page.render_preview()
    shot("issue-pathway")
    _deliver_some(ws, first_aid.id)  # a local test server: most sent, one refused by the server
    page = window.show_page("deliver")
    page.cohort.setCurrentIndex(page.cohort.findData(first_aid.id))
    shot("deliver")
    page = window.show_page("credentials")
    page.select_credential(summary.issued[0].credential_id)
    settle(app, 2500)  # the preview is drawn by the re-export function: it unlocks the key first
    shot("credentials")
    page.status.setCurrentIndex(page.status.findData("review"))  # the pathway credential waiting for review
    settle(app, 400)
    page.table.selectRow(0)
    settle(app, 2500)
    shot("credentials-review")
    page.status.setCurrentIndex(0)
    page = window.show_page("verify")
    page.verify_file(summary.issued[1].pdf)
    shot("verify")
    page.verify_file(summary.issued[0].pdf)  # a current credential: its endorsement is reported
    shot("verify-endorsed")
    page = window.show_page("settings")
    shot("settings")
    page.tabs.setCurrentWidget(page.publishing)
    from PySide6.QtWidgets import QFileDialog

    (tmp / "site").mkdir()
    QFileDialog.getExistingDirectory = lambda *a, **k: str(tmp / "site")  # type: ignore[method-assign]
    page.publishing.publish()  # as a trainer would: the first time, it asks for the folder
    shot("settings-publishing")
    page.tabs.setCurrentWidget(page.keys)
    shot("settings-keys")

    # the first-run wizard and the import preview, on their own
    from badgesmith.core.store.workspace import Workspace
    from badgesmith.ui.dialogs.first_run import FirstRunWizard

    fresh = Workspace.open(tmp / "fresh")
    wizard = FirstRunWizard(fresh)
    wizard.profile.name.setText("Riverside First Aid")
    wizard.profile.url.setText("https://riverside.example.org")
    wizard.show()
    settle(app)
    wizard.grab().save(str(OUT / "first-run.png"))
    print("wrote docs/screenshots/first-run.png")
    wizard.next()  # where certificates are checked
    wizard.website.website.setChecked(True)
    wizard.website.verify_url.setText("https://riverside.example.org/badges/verify.html")
    settle(app)
    wizard.grab().save(str(OUT / "first-run-website.png"))
    print("wrote docs/screenshots/first-run-website.png")
    wizard.close()
    fresh.close()

    from badgesmith.ui.dialogs.import_learners import ImportLearnersWizard

    csv = ROOT / "tests" / "fixtures" / "import" / "learners_duplicates.csv"
    imp = ImportLearnersWizard(window.ctx, window)
    imp.show()
    imp.file_page.path.setText(str(csv))
    imp.load(str(csv))
    imp.next()
    imp.next()
    settle(app)
    imp.grab().save(str(OUT / "import-preview.png"))
    print("wrote docs/screenshots/import-preview.png")
    imp.close()
    window.close()
    ws.close()
    shared_shots(app, tmp)
    return 0


def shared_shots(app, tmp: Path) -> None:  # type: ignore[no-untyped-def]
    """A college's shared database: the connect dialog, and Settings ▸ People of its coordinator."""
    import subprocess

    import psycopg

    from badgesmith.core.services import issuer, shared_database
    from badgesmith.core.services.shared_database import Role
    from badgesmith.ui.app import build_window
    from badgesmith.ui.dialogs.connect_shared import ConnectDialog
    from badgesmith.ui.tasks import SyncTaskRunner
    from tests import pgserver

    try:
        server = pgserver.start()
    except (OSError, subprocess.SubprocessError) as exc:
        print("no shared database screenshots (no PostgreSQL server):", exc)
        return
    try:
        with psycopg.connect(server.url(), autocommit=True) as conn:
            conn.execute("CREATE ROLE coordinator LOGIN CREATEROLE PASSWORD 'coordinator password'")
            conn.execute("CREATE DATABASE northbridge OWNER coordinator")
        ws = shared_database.connect(tmp / "Northbridge College",
                                     server.url("northbridge", user="coordinator", password="coordinator password"))
        issuer.init_issuer(ws, "Northbridge College", "college passphrase")
        for name, role in (("anna", Role.INSTRUCTOR), ("b.okafor", Role.INSTRUCTOR), ("chen.wei", Role.INSTRUCTOR),
                           ("dolores", Role.ISSUER), ("emil", Role.ADMINISTRATOR)):
            shared_database.add_person(ws, name, f"{name}'s password", role)
        window = build_window(ws, SyncTaskRunner())
        window.resize(*SIZE)
        window.show()
        page = window.show_page("settings")
        page.tabs.setCurrentWidget(page.people)
        page.people.table.selectRow(1)
        settle(app, 400)
        window.grab().save(str(OUT / "people.png"))
        print("wrote docs/screenshots/people.png")

        dialog = ConnectDialog(window.ctx.ops, window)
        form = dialog.form
        form.server.setText("db.northbridge.example")
        form.database.setText("badgesmith")
        form.name.setText("anna")
        form.password.setText("anna's password")
        dialog.show()
        settle(app)
        dialog.grab().save(str(OUT / "shared-connect.png"))
        print("wrote docs/screenshots/shared-connect.png")
        dialog.close()
        window.close()
        ws.close()
    finally:
        server.stop()


if __name__ == "__main__":  # the issuing worker processes re-import this module
    sys.exit(main())
