"""The desktop app on a shared PostgreSQL database (issue 18): connecting from the File menu and
from the first-run wizard, signing in at start-up, the status bar, what a role may not do, and
Settings ▸ People. A real server (the ``pg_server`` fixture); each test gets its own empty
database owned by a new login role with a password, the college's first administrator."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import sql
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
    QWizard,
)
from sqlalchemy.engine import make_url

from tests.pgdatabases import refuses
from tests.ui.conftest import close_boxes, message_boxes
from tests.ui.helpers import (
    answer_question,
    choose,
    click_button,
    find,
    top_level,
    type_into,
    wizard_next,
)

PASSWORD = "first admin's password"


@dataclass
class College:
    server: Any  # pg_server
    tag: str
    database: str
    admin: str
    host: str  # the server's socket folder (or host name), as typed in the dialog
    port: int

    def address(self, user: str, password: str | None = None) -> str:
        return self.server.url(self.database, user=user, password=password)

    def person(self, prefix: str) -> str:
        return f"{prefix}_{self.tag}"  # roles are the cluster's: every name carries the test's tag

    def set_up(self, folder: Path, issuer_name: str = "Northbridge College") -> Any:
        """The first administrator connects and sets the database up (an issuer, its key)."""
        from badgesmith.core.services import issuer, shared_database

        ws = shared_database.connect(folder, self.address(self.admin), PASSWORD)
        issuer.init_issuer(ws, issuer_name, "college passphrase")
        return ws

    def asks_passwords(self) -> bool:
        """False on a server that lets everyone in (a developer's own, named by BADGESMITH_TEST_PG)."""
        return refuses(self.server.url(self.database, user=self.admin, password="not the password"))


def _superuser(server: Any) -> psycopg.Connection:
    return psycopg.connect(server.url(), autocommit=True)


@pytest.fixture
def college(pg_server: Any) -> Iterator[College]:
    tag = uuid.uuid4().hex[:10]
    admin, database = f"ui_admin_{tag}", f"ui_college_{tag}"
    with _superuser(pg_server) as c:
        c.execute(sql.SQL("CREATE ROLE {} LOGIN CREATEROLE PASSWORD {}").format(sql.Identifier(admin),
                                                                           sql.Literal(PASSWORD)))
        c.execute(sql.SQL("CREATE DATABASE {} OWNER {}").format(sql.Identifier(database), sql.Identifier(admin)))
    url = make_url(pg_server.url())
    socket = url.query.get("host")
    host = url.host or (socket if isinstance(socket, str) else "")
    port = int(url.port or url.query.get("port") or 5432)  # type: ignore[arg-type]
    yield College(pg_server, tag, database, admin, host, port)
    with _superuser(pg_server) as c:
        c.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(database)))
        for (name,) in c.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE %s", (f"%{tag}",)).fetchall():
            c.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(name)))


def when_shown(cls: type, act: Callable[[Any], None], tries: int = 3000) -> None:
    """Run ``act(widget)`` once a top-level ``cls`` shows: for modal dialogs (``exec``), queued
    before the action that opens them. A failure closes the dialog (no test hangs on it)."""

    def poll(left: int = tries) -> None:
        widget = top_level(cls)
        if widget is None:
            if left > 0:
                QTimer.singleShot(10, lambda: poll(left - 1))
            else:  # it never came: whatever came instead is closed, and the test fails on that
                for other in QApplication.topLevelWidgets():
                    if other.isVisible() and (other.isModal() or other.objectName() == "mainWindow"):
                        other.close()
            return
        try:
            act(widget)
        except BaseException:
            widget.close()
            raise

    QTimer.singleShot(0, poll)


def fill_connection(qtbot, form: QWidget, college: College, name: str, password: str,  # type: ignore[no-untyped-def]
                    folder: Path | None = None) -> None:
    type_into(qtbot, find(form, QLineEdit, "sharedServer"), college.host)
    port = find(form, QAbstractSpinBox, "sharedPort")
    port.setFocus()
    port.selectAll()
    qtbot.keyClicks(port, str(college.port))
    type_into(qtbot, find(form, QLineEdit, "sharedDatabase"), college.database)
    type_into(qtbot, find(form, QLineEdit, "sharedName"), name)
    type_into(qtbot, find(form, QLineEdit, "sharedPassword"), password)
    if folder is not None:
        type_into(qtbot, find(form, QLineEdit, "sharedFolder"), str(folder))


def window_on(qtbot, ws):  # type: ignore[no-untyped-def]
    from badgesmith.ui.app import build_window
    from badgesmith.ui.tasks import SyncTaskRunner

    w = build_window(ws, SyncTaskRunner())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def show_tab(qtbot, tabs, title: str) -> QWidget:  # type: ignore[no-untyped-def]
    index = next(i for i in range(tabs.count()) if tabs.tabText(i) == title)
    assert tabs.isTabVisible(index), f"the {title} tab is hidden"
    qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(index).center())
    assert tabs.currentIndex() == index
    return tabs.widget(index)


def connect_from_file_menu(qtbot, window, college: College, name: str, password: str,  # type: ignore[no-untyped-def]
                           folder: Path):
    from badgesmith.ui.dialogs.connect_shared import ConnectDialog

    file_menu = window.menuBar().actions()[0].menu()
    action = next(a for a in file_menu.actions() if a.objectName() == "connectSharedAction")
    assert action.text() == "Connect to a &shared database…" and action.isEnabled()
    action.trigger()
    dialog = top_level(ConnectDialog)
    assert dialog is not None
    fields = [find(dialog, QLineEdit, name).text() for name in ("sharedServer", "sharedDatabase", "sharedName")]
    if window.ctx.ws.is_shared:  # it starts from the database the window is on, without its password
        from badgesmith.ui import shared_address

        on = shared_address.fields(window.ctx.ws.where()) or ("", 0, "", "")  # (server, port, database, name)
        assert fields == [on[0], on[2], on[3]] and on[2] and on[3] == window.ctx.ws.user
        assert find(dialog, QLineEdit, "sharedFolder").text() == str(window.ctx.ws.folder)  # its files' folder
        assert find(dialog, QAbstractSpinBox, "sharedPort").value() == on[1]
        assert find(dialog, QLineEdit, "sharedPassword").text() == ""
    else:
        assert find(dialog, QAbstractSpinBox, "sharedPort").value() == 5432  # the usual port to start with
    fill_connection(qtbot, dialog, college, name, password, folder)
    return dialog


def test_connecting_from_the_file_menu_sets_up_an_empty_database(qtbot, ws, college, tmp_path) -> None:
    from badgesmith.core.services import issuer
    from badgesmith.ui.dialogs.first_run import FirstRunWizard

    window = window_on(qtbot, ws)
    files = tmp_path / "college files"
    dialog = connect_from_file_menu(qtbot, window, college, college.admin, PASSWORD, files)
    # the first person to connect to an empty database sets it up: the wizard, without the
    # questions about where the workspace lives (the database, and the folder typed just now)
    steps: list[str] = []

    def set_up(wizard: FirstRunWizard) -> None:
        assert wizard.currentPage() is wizard.profile
        type_into(qtbot, find(wizard, QLineEdit, "issuerName"), "Northbridge College")
        wizard_next(qtbot, wizard)
        wizard_next(qtbot, wizard)  # no website yet
        type_into(qtbot, wizard.key.passphrase, "college passphrase")
        type_into(qtbot, wizard.key.confirm, "college passphrase")
        wizard_next(qtbot, wizard)
        assert wizard.currentPage() is wizard.location
        folder = find(wizard, QLineEdit, "workspaceFolder")
        assert folder.isReadOnly() and folder.text() == str(files)
        steps.append(find(wizard, QWidget, "sharedLocationNote").text())
        wizard_next(qtbot, wizard)  # creates the issuer and its key in the database
        qtbot.waitUntil(lambda: wizard.currentPage() is wizard.backup, timeout=30_000)
        click_button(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
        steps.append("finished")

    when_shown(FirstRunWizard, set_up)
    click_button(qtbot, dialog.connect_button)
    qtbot.waitUntil(lambda: window.ctx.ws.is_shared, timeout=30_000)
    assert steps[-1] == "finished" and college.database in steps[0]

    shared = window.ctx.ws
    assert shared.user == college.admin and issuer.get_issuer(shared).name == "Northbridge College"
    shown = window.ws_label.text().replace("\u2066", "").replace("\u2069", "")  # the address reads left to right
    server = college.host if college.port == 5432 else f"{college.host}:{college.port}"  # (a socket: its folder)
    assert shown == f"Shared database {server}/{college.database} — {college.admin} (administrator)"
    assert window.windowTitle() == college.database  # Qt adds " — Badgesmith" where the platform wants it
    assert str(files) in window.ws_label.toolTip()
    settings = window.show_page("settings")
    people = show_tab(qtbot, settings.tabs, "People")
    assert find(people, QPushButton, "addPerson").isEnabled()
    window.show_page("issue")  # a working window: the pages read the shared database
    assert not message_boxes()
    from badgesmith.ui import prefs

    assert prefs.recent_workspaces()[0] == str(files.resolve())  # File ▸ Open recent finds it again


def test_a_wrong_password_at_start_up_is_said_and_the_right_one_opens(qtbot, college, tmp_path) -> None:
    from badgesmith.ui.app import run
    from badgesmith.ui.dialogs.sign_in import SignInDialog
    from badgesmith.ui.main_window import MainWindow

    if not college.asks_passwords():
        pytest.skip("this PostgreSQL server lets everyone in without a password")
    college.set_up(tmp_path / "set-up").close()
    seen: dict[str, str] = {}

    def sign_in(dialog: SignInDialog) -> None:
        assert dialog.name.text() == college.admin  # from the address
        assert college.database in find(dialog, QWidget, "signInIntro").text()
        type_into(qtbot, dialog.password, "not my password")
        click_button(qtbot, dialog.sign_in_button)
        qtbot.waitUntil(lambda: "did not accept" in dialog.error.text(), timeout=20_000)
        seen["refused"] = dialog.error.text()
        assert dialog.isVisible() and dialog.password.hasFocus()
        type_into(qtbot, dialog.password, PASSWORD)
        click_button(qtbot, dialog.sign_in_button)
        when_shown(MainWindow, in_window)

    def in_window(window: MainWindow) -> None:
        seen["status"] = window.ws_label.text()
        window.close()

    when_shown(SignInDialog, sign_in)
    assert run(str(tmp_path / "files"), database=college.address(college.admin)) == 0
    assert seen["refused"].startswith("The shared database ") and "Check them and sign in again" in seen["refused"]
    assert seen["status"].endswith(f"— {college.admin} (administrator)")
    assert PASSWORD not in (tmp_path / "files" / "shared-database.json").read_text()


def test_cancel_at_sign_in_quits_cleanly(qtbot, college, tmp_path, monkeypatch) -> None:
    from badgesmith.core.services import shared_database
    from badgesmith.ui.app import run
    from badgesmith.ui.dialogs.sign_in import SignInDialog

    if not college.asks_passwords():
        pytest.skip("this PostgreSQL server lets everyone in without a password")
    college.set_up(tmp_path / "set-up").close()
    monkeypatch.setenv(shared_database.ENV_DATABASE_URL, college.address(college.admin))
    cancelled: list[bool] = []

    def press_cancel(dialog: SignInDialog) -> None:
        from PySide6.QtWidgets import QDialogButtonBox

        click_button(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel))
        cancelled.append(True)

    when_shown(SignInDialog, press_cancel)
    assert run(str(tmp_path / "files")) == 1  # the address comes from $BADGESMITH_DATABASE_URL
    assert cancelled and not message_boxes() and not message_boxes("questionBox")


def test_an_instructor_sees_what_their_role_does_not_allow_disabled_with_the_reason(qtbot, college,
                                                                                    tmp_path) -> None:
    from badgesmith.core.services import shared_database
    from badgesmith.core.services.shared_database import Role

    admin = college.set_up(tmp_path / "admin")
    instructor = college.person("inst")
    shared_database.add_person(admin, instructor, "instructor password", Role.INSTRUCTOR)
    admin.close()
    ws = shared_database.connect(tmp_path / "instructor", college.address(instructor), "instructor password")
    window = window_on(qtbot, ws)
    assert window.ws_label.text().endswith(f"— {instructor} (instructor)")

    page = window.show_page("issue")
    issue = page.issue_button
    reason = ("Issuing, revoking and changing achievements need the issuer role; you "
              f"({instructor}) are signed in as instructor. Ask your administrator or an issuer.")
    assert not issue.isEnabled() and issue.toolTip() == reason
    issue.setEnabled(True)  # as the page does when learners are ready: the role still says no
    assert not issue.isEnabled()
    credentials = window.show_page("credentials")
    assert not credentials.revoke_button.isEnabled() and credentials.revoke_button.toolTip() == reason
    achievements = window.show_page("achievements")
    new = find(achievements, QPushButton, "newAchievement")
    assert not new.isEnabled() and new.toolTip() == reason
    assert not window.endorse_action.isEnabled() and window.endorse_action.toolTip() == reason
    # the form stays readable, and typing in it is allowed; quitting offers only Discard, saying why
    name = find(achievements, QLineEdit, "achievementName")
    type_into(qtbot, name, "Renamed by an instructor")
    assert achievements.has_unsaved_changes()
    asked: list[str] = []
    offered: list[QMessageBox.StandardButton] = []
    answer_question(QMessageBox.StandardButton.Discard, asked, offered=offered)
    window.close()
    assert asked == ["Renamed by an instructor has changes that cannot be saved: " + reason + " Discard them?"]
    assert offered == [QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel]  # no Save
    assert not window.isVisible() and not achievements.has_unsaved_changes()
    window = window_on(qtbot, ws)  # (again, for the rest)

    settings = window.show_page("settings")
    save_profile = find(settings, QPushButton, "saveProfile")
    assert not save_profile.isEnabled() and "needs the administrator role" in save_profile.toolTip()
    people = show_tab(qtbot, settings.tabs, "People")
    add = find(people, QPushButton, "addPerson")
    assert not add.isEnabled() and f"you ({instructor}) are signed in as instructor" in add.toolTip()
    show_tab(qtbot, settings.tabs, "Language")  # their own settings stay theirs
    assert settings.language.isEnabled() and not any(
        not w.isEnabled() for w in settings.language.findChildren(QWidget) if w.objectName() == "uiLanguage")


def test_an_administrator_adds_a_person_who_can_then_sign_in(qtbot, college, tmp_path) -> None:
    from badgesmith.ui.dialogs.person import PersonDialog

    window = window_on(qtbot, college.set_up(tmp_path / "admin"))
    settings = window.show_page("settings")
    people = show_tab(qtbot, settings.tabs, "People")
    table = people.table
    bo, cy = college.person("bo"), college.person("cy")

    def add(name: str, role: str, password: str, again: str | None = None) -> PersonDialog:
        click_button(qtbot, find(people, QPushButton, "addPerson"))
        dialog = top_level(PersonDialog)
        assert dialog is not None
        type_into(qtbot, dialog.name, name)
        choose(dialog.role, role)
        type_into(qtbot, dialog.password, password)
        type_into(qtbot, dialog.again, again or password)
        click_button(qtbot, find(dialog, QPushButton, "savePerson"))
        return dialog

    dialog = add(bo, "issuer", "bo's password", again="bo's pasword")
    assert dialog.isVisible() and "two passwords differ" in dialog.error.text()
    type_into(qtbot, dialog.again, "bo's password")
    click_button(qtbot, find(dialog, QPushButton, "savePerson"))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (box,) = message_boxes("infoBox")
    assert box.text() == f"{bo} can now sign in as issuer."
    close_boxes()
    shown = {people.model.text(r, "name"): (people.model.text(r, "role"), people.model.text(r, "signs_in"))
             for r in range(people.model.rowCount())}
    assert shown[bo] == ("issuer", "yes")

    dialog = add(cy, "instructor", "short")  # the database's rule: the reason, and the dialog stays
    assert dialog.isVisible() and "at least 8 characters" in dialog.error.text()
    type_into(qtbot, dialog.password, "cy's password")
    type_into(qtbot, dialog.again, "cy's password")
    click_button(qtbot, find(dialog, QPushButton, "savePerson"))
    close_boxes()

    def row_of(name: str) -> int:
        return next(r for r in range(people.model.rowCount()) if people.model.text(r, "name") == name)

    from tests.ui.helpers import click_row

    click_row(qtbot, table, row_of(cy))
    click_button(qtbot, find(people, QPushButton, "changeRole"))
    change = top_level(PersonDialog)
    choose(change.role, "issuer")
    click_button(qtbot, find(change, QPushButton, "savePerson"))
    assert people.model.text(row_of(cy), "role") == "issuer"
    click_row(qtbot, table, row_of(cy))
    asked: list[str] = []
    answer_question(QMessageBox.StandardButton.Yes, asked)
    click_button(qtbot, find(people, QPushButton, "removePerson"))
    assert asked and asked[0].startswith(f"Remove {cy}?")
    assert people.model.text(row_of(cy), "signs_in") == "no (removed)"  # listed, but cannot sign in

    # bo signs in on "their own computer": File ▸ Connect to a shared database…
    dialog = connect_from_file_menu(qtbot, window, college, bo, "not bo's password", tmp_path / "bo")
    if college.asks_passwords():
        click_button(qtbot, dialog.connect_button)
        assert dialog.isVisible() and "did not accept the name and password" in dialog.error.text()
        type_into(qtbot, find(dialog, QLineEdit, "sharedPassword"), "bo's password")
    else:
        type_into(qtbot, find(dialog, QLineEdit, "sharedPassword"), "bo's password")
    click_button(qtbot, dialog.connect_button)
    qtbot.waitUntil(lambda: window.ctx.ws.user == bo, timeout=20_000)
    assert window.ws_label.text().endswith(f"— {bo} (issuer)")
    add_person = settings.tabs.findChild(QPushButton, "addPerson")
    assert not add_person.isEnabled() and "needs the administrator role" in add_person.toolTip()
    assert "issuer role" not in window.show_page("issue").issue_button.toolTip()  # bo may issue


def test_the_first_run_wizard_joins_a_shared_database_already_set_up(qtbot, college, tmp_path) -> None:
    from badgesmith.core.services import issuer
    from badgesmith.core.store.workspace import Workspace
    from badgesmith.ui.dialogs.first_run import FirstRunWizard
    from badgesmith.ui.tasks import SyncTaskRunner

    college.set_up(tmp_path / "admin").close()
    wizard = FirstRunWizard(Workspace.open(tmp_path / "local"), runner=SyncTaskRunner(), offer_shared=True)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currentPage() is wizard.choice and wizard.choice.local.isChecked()
    radio = wizard.choice.shared  # clicked on its round button, at the left
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    wizard_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.shared
    connect = wizard.button(QWizard.WizardButton.CommitButton)
    assert connect.text() == "Connect" and not connect.isEnabled()  # nothing typed yet
    fill_connection(qtbot, wizard.shared.form, college, college.admin, "not the password", tmp_path / "files")
    if college.asks_passwords():
        click_button(qtbot, connect)
        assert wizard.currentPage() is wizard.shared and "did not accept" in wizard.shared.error.text()
    type_into(qtbot, wizard.shared.form.password, PASSWORD)
    click_button(qtbot, connect)
    qtbot.waitUntil(lambda: not wizard.isVisible())  # already set up: nothing more to ask
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.workspace.is_shared and issuer.get_issuer(wizard.workspace).name == "Northbridge College"
    wizard.workspace.close()


@pytest.mark.sqlite_only  # the choice is offered over a workspace on this computer (the suite on
# PostgreSQL makes even that one a database on the server)
def test_the_very_first_start_can_choose_a_shared_database_and_the_next_start_goes_back_to_it(
        qtbot, college, tmp_path, monkeypatch) -> None:
    from badgesmith.core.store.workspace import ENV_WORKSPACE
    from badgesmith.ui.app import run
    from badgesmith.ui.dialogs.first_run import FirstRunWizard
    from badgesmith.ui.dialogs.sign_in import SignInDialog
    from badgesmith.ui.main_window import MainWindow

    monkeypatch.setenv(ENV_WORKSPACE, str(tmp_path / "default"))  # nothing set up on this computer
    college.set_up(tmp_path / "admin").close()
    files = tmp_path / "college files"
    seen: list[str] = []

    def choose_shared(wizard: FirstRunWizard) -> None:
        assert wizard.currentPage() is wizard.choice
        radio = wizard.choice.shared
        qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
        wizard_next(qtbot, wizard)
        fill_connection(qtbot, wizard.shared.form, college, college.admin, PASSWORD, files)
        when_shown(MainWindow, in_window)
        click_button(qtbot, wizard.button(QWizard.WizardButton.CommitButton))  # connects off the GUI thread

    def in_window(window: MainWindow) -> None:
        seen.append(window.ws_label.text())
        window.close()

    when_shown(FirstRunWizard, choose_shared)
    assert run() == 0
    assert seen and seen[-1].endswith(f"— {college.admin} (administrator)")

    # the next start opens the shared database again (not a new first-run wizard), asking for
    # the password the folder never keeps
    def sign_in(dialog: SignInDialog) -> None:
        seen.append(dialog.name.text())
        type_into(qtbot, dialog.password, PASSWORD, enter=True)
        when_shown(MainWindow, in_window)

    if college.asks_passwords():
        when_shown(SignInDialog, sign_in)
    else:
        when_shown(MainWindow, in_window)
    assert run() == 0
    assert seen[-1].endswith(f"— {college.admin} (administrator)")
    if college.asks_passwords():
        assert seen[-2] == college.admin  # the name the folder remembers
