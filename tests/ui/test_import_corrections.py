"""A German class list (Windows-1252, semicolons, Nachname before Vorname) with one bad e-mail:
the preview shows the held-back row as "Vorname Nachname" with its e-mail, the trainer corrects
the address in place, and the learner is imported with the others."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QLineEdit, QWidget, QWizard

from tests.ui.helpers import cell_editor, find, wizard_finish, wizard_next
from tests.ui.test_workflow import import_learners

CLASS_LIST = (
    "Nachname;Vorname;E-Mail\r\n"
    "Müller;Jürgen;juergen.mueller@schule.de\r\n"
    "Öztürk;Ayşe;ayse.oeztuerk(at)schule.de\r\n"  # the bad address
    "Weiß;Zoë;zoe.weiss@schule.de\r\n"
)


def type_text(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Keystrokes as a keyboard layout delivers them: QTest knows only ASCII keys, and a German or
    Turkish layout's ö or ş arrives as a key event that carries the character."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def double_click(qtbot, view: QAbstractItemView, index: QModelIndex) -> None:  # type: ignore[no-untyped-def]
    """A person's double-click: press and release, then the second press that Qt reports as one."""
    pos = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_a_rejected_row_is_shown_mapped_corrected_in_place_and_imported(qtbot, demo_window, demo_ws,
                                                                        tmp_path) -> None:
    from badgesmith.core.services import learners

    f = tmp_path / "Klasse 7b.csv"
    # Ayşe's ş is not in Windows-1252: Excel would have saved "Ayse"; Öztürk, Weiß and Zoë are
    f.write_bytes(CLASS_LIST.replace("Ayşe", "Ayse").encode("cp1252"))
    before = learners.count_learners(demo_ws)
    _page, wiz = import_learners(qtbot, demo_window, f)
    status = find(wiz, QLabel, "importFileStatus")
    qtbot.waitUntil(lambda: "3 rows" in status.text(), timeout=3000)
    wizard_next(qtbot, wiz)  # the mapping: Vorname is the first name, Nachname the last
    wizard_next(qtbot, wiz)
    page = wiz.preview_page
    model, table = page.model, page.table
    assert [model.text(r, "name") for r in range(3)] == ["Jürgen Müller", "Ayse Öztürk", "Zoë Weiß"]
    assert model.text(1, "status") == "✗ Error"
    assert model.text(1, "email") == "ayse.oeztuerk(at)schule.de"  # the mapped cell, not the first ones
    assert "has no @ sign" in model.text(1, "message")
    finish = wiz.button(QWizard.WizardButton.FinishButton)
    assert finish.text() == "Import 2 learners"

    # an accepted row is not edited: a double-click there opens nothing
    double_click(qtbot, table, model.index(0, model.column_index("email")))
    QApplication.processEvents()
    assert not [w for w in table.viewport().findChildren(QLineEdit) if w.isVisible()]

    # the name the file lost the ş of: F2 on the held-back row's name cell, type it as it should be
    table.setFocus()
    table.setCurrentIndex(model.index(1, model.column_index("name")))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = cell_editor(table)
    assert editor.text() == "Ayse Öztürk"
    editor.selectAll()
    type_text(qtbot, editor, "Ayşe  Öztürk ")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert model.text(1, "name") == "Ayşe Öztürk"  # cleaned as a file's cell is
    assert model.text(1, "status") == "✗ Error"  # the address is still wrong
    assert finish.text() == "Import 2 learners" and wiz.isVisible()  # Enter ended the edit, not the wizard

    # a typo corrected into another mistake stays held back, with the new reason
    double_click(qtbot, table, model.index(1, model.column_index("email")))
    editor = cell_editor(table)
    assert editor.text() == "ayse.oeztuerk(at)schule.de"
    editor.selectAll()
    qtbot.keyClicks(editor, "ayse.oeztuerk@schule")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert model.text(1, "status") == "✗ Error" and "has no dot" in model.text(1, "message")

    # and then right: the row is checked again by the import's rules, and joins the import
    double_click(qtbot, table, model.index(1, model.column_index("email")))
    editor = cell_editor(table)
    qtbot.keyClick(editor, Qt.Key.Key_End)
    qtbot.keyClicks(editor, ".de")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert model.text(1, "status") == "✓ Will be imported"
    assert model.text(1, "email") == "ayse.oeztuerk@schule.de"
    assert "error" not in page.summary.text()
    assert finish.text() == "Import 3 learners"

    wizard_finish(qtbot, wiz)
    qtbot.waitUntil(lambda: not wiz.isVisible(), timeout=3000)
    assert learners.count_learners(demo_ws) == before + 3
    found = learners.list_learners(demo_ws, "ayse.oeztuerk@")
    assert [(r.name, r.email) for r in found] == [("Ayşe Öztürk", "ayse.oeztuerk@schule.de")]
