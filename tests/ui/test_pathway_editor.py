"""Pathways on the Achievements page: the requirements built in their dialog, saved, drawn, and a
learner's progress shown on the drawing in words."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from badgesmith.core.pathways.requirements import from_json
from tests.core.pathway_data import award, learner
from tests.ui.helpers import choose, click_button, click_row, find, type_into

A, B, C, D = "Practical First Aid", "Digital Marketing Workshop", "Spreadsheet Skills Assessment", \
    "Food Hygiene Level 2"


def _click_item(qtbot, tree, item) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center())
    assert tree.currentItem() is item


def _build_in_dialog(qtbot, dlg) -> None:  # type: ignore[no-untyped-def]
    """"Any 2 of A, B, C plus D", by clicks and keys."""
    ok = find(dlg, QPushButton, "requirementsOk")
    click_button(qtbot, ok)  # nothing in it yet: refused inline, the dialog stays
    assert dlg.isVisible() and dlg.error.isVisible()
    assert "at least one achievement" in dlg.error.text()
    click_button(qtbot, find(dlg, QPushButton, "addRequirementGroup"))  # the new group is selected
    for name in (A, B, C):
        choose(dlg.choice, name)
        click_button(qtbot, find(dlg, QPushButton, "addRequirement"))
    dlg.kind.setFocus()
    qtbot.keyClick(dlg.kind, Qt.Key.Key_Down)  # "At least N of these"
    assert dlg.count.isEnabled() and dlg.count.maximum() == 3
    dlg.count.setFocus()
    dlg.count.selectAll()
    qtbot.keyClicks(dlg.count, "2")
    _click_item(qtbot, dlg.outline, dlg.root)
    assert dlg.kind.currentIndex() == 0 and not dlg.count.isEnabled()  # the top group: all of
    choose(dlg.choice, D)
    click_button(qtbot, find(dlg, QPushButton, "addRequirement"))
    click_button(qtbot, find(dlg, QPushButton, "addRequirement"))  # twice: told, not added
    assert "already in this group" in dlg.error.text() and dlg.root.childCount() == 2
    click_button(qtbot, ok)


def test_a_pathway_is_built_saved_and_shows_a_learners_progress(qtbot, demo_window, demo_ws) -> None:
    from badgesmith.core.services import achievements, pathways

    page = demo_window.show_page("achievements")
    section = page.pathway
    try:
        ids = {a.name: a.id for a in achievements.list_achievements(demo_ws)}
        click_button(qtbot, find(page, QPushButton, "newAchievement"))
        type_into(qtbot, page.form.name, "Workplace Skills Award")
        assert not section.diagram.isVisible()
        qtbot.mouseClick(section.is_pathway, Qt.MouseButton.LeftButton)  # a new pathway: straight to its requirements
        dlg = section.dialog
        assert dlg is not None and dlg.isVisible()
        _build_in_dialog(qtbot, dlg)
        assert section.dialog is None and section.is_pathway.isChecked() and section.diagram.isVisible()
        assert section.diagram.text().splitlines() == [
            "All of", "  At least 2 of 3", f"    {A}", f"    {B}", f"    {C}", f"  {D}"]
        assert page.form.narrative.toPlainText() == f"All of: (at least 2 of: {A}, {B}, {C}), {D}"
        click_button(qtbot, page.save)
        assert not page.has_unsaved_changes()

        [p] = pathways.list_pathways(demo_ws)
        assert p.name == "Workplace Skills Award"
        assert from_json(p.requirement) == from_json({"all_of": [
            {"at_least": 2, "of": [{"achievement": ids[n]} for n in (A, B, C)]}, {"achievement": ids[D]}]})
        assert achievements.get_achievement(demo_ws, p.achievement_id).spec.criteria_narrative == p.description

        # a learner holding A and D: one more of the three is needed
        ada = learner(demo_ws, "Ada Pathway")
        award(demo_ws, ada, ids[A], date(2026, 3, 12))
        award(demo_ws, ada, ids[D], date(2026, 3, 2))
        type_into(qtbot, section.search, "Ada Path")
        section.learner.setFocus()
        qtbot.keyClick(section.learner, Qt.Key.Key_Down)
        assert section.learner.currentData() == ada
        assert section.diagram.text().splitlines() == [
            "All of — needs 1 more", "  At least 2 of 3 — needs 1 more", f"    {A} — ✓ held 12 Mar 2026",
            f"    {B} — missing", f"    {C} — missing", f"  {D} — ✓ held 2 Mar 2026"]
        assert "not yet" in section.progress.text() and "needs 1 more of" in section.progress.text()
        assert section.diagram.accessibleDescription() == section.diagram.text()

        # with B too the pathway is met, on the day the last one needed was held
        award(demo_ws, ada, ids[B], date(2026, 4, 1))
        qtbot.keyClick(section.learner, Qt.Key.Key_Up)  # requirements only
        assert "—" not in section.diagram.text() and not section.progress.isVisible()
        qtbot.keyClick(section.learner, Qt.Key.Key_Down)
        assert section.diagram.text().splitlines() == [
            "All of — met", "  At least 2 of 3 — met", f"    {A} — ✓ held 12 Mar 2026", f"    {B} — ✓ held 1 Apr 2026",
            f"    {C} — not needed", f"  {D} — ✓ held 2 Mar 2026"]  # C is not missing: two of three are held
        assert section.progress.text().endswith("met on 1 Apr 2026.")
        assert not page.has_unsaved_changes()  # looking at progress edits nothing
    finally:
        if section.dialog is not None:
            section.dialog.reject()
        if page.has_unsaved_changes():
            click_button(qtbot, page.revert)


def test_removing_a_requirement_and_unticking_the_pathway(qtbot, demo_window, demo_ws) -> None:
    from badgesmith.core.pathways.requirements import Group, LocalRef
    from badgesmith.core.services import achievements, pathways
    from badgesmith.ui.ops import Change

    ids = {a.name: a.id for a in achievements.list_achievements(demo_ws)}
    pathways.set_requirement(demo_ws, ids[D], Group((LocalRef(ids[A]), LocalRef(ids[B]))))
    page = demo_window.show_page("achievements")
    section = page.pathway
    try:
        demo_window.ctx.notify(Change.ACHIEVEMENTS)
        click_row(qtbot, page.list, next(i for i, r in enumerate(page.model.rows()) if r.id == ids[D]))
        assert section.is_pathway.isChecked() and section.diagram.text().splitlines() == ["All of", f"  {A}", f"  {B}"]
        assert page.model.text(next(i for i, r in enumerate(page.model.rows()) if r.id == ids[D]), "name") \
            == f"{D} (pathway)"  # the list says which achievements are pathways
        # earned by its requirements: the rule, pass mark and criteria are out of the way
        assert not page.form.criteria.isVisible() and not page.form.rule.isVisible()
        click_button(qtbot, section.edit)
        dlg = section.dialog
        _click_item(qtbot, dlg.outline, dlg.root.child(1))
        qtbot.keyClick(dlg.outline, Qt.Key.Key_Delete)
        assert dlg.root.childCount() == 1
        click_button(qtbot, find(dlg, QPushButton, "requirementsOk"))
        assert section.diagram.text().splitlines() == ["All of", f"  {A}"] and page.has_unsaved_changes()
        click_button(qtbot, page.save)
        assert achievements.get_achievement(demo_ws, ids[D]).spec.requirement == Group((LocalRef(ids[A]),))

        qtbot.mouseClick(section.is_pathway, Qt.MouseButton.LeftButton)  # untick: an ordinary achievement
        assert not section.diagram.isVisible() and section.requirement() is None
        assert page.form.criteria.isVisible() and page.form.rule.isVisible()  # its criteria, kept, are back
        click_button(qtbot, page.save)
        assert pathways.list_pathways(demo_ws) == []
    finally:
        if section.dialog is not None:
            section.dialog.reject()
        if page.has_unsaved_changes():
            click_button(qtbot, page.revert)


def test_layout_puts_groups_left_of_their_elements_centred_on_them() -> None:
    from badgesmith.ui.widgets.pathway_diagram import BOX_H, layout

    tree = from_json({"all_of": [{"at_least": 2, "of": [{"achievement": 1}, {"achievement": 2},
                                                        {"achievement": 3}]}, {"achievement": 4}]})
    names = {1: "A", 2: "B", 3: "C", 4: "D " + "long " * 30}
    lay = layout(tree, lambda r: names[r.key], None)
    top, inner, a, b, c, d = lay.boxes
    assert [x.title for x in lay.boxes] == ["All of", "At least 2 of 3", "A", "B", "C", names[4]]  # full names kept
    assert [x.parent for x in lay.boxes] == [None, 0, 1, 1, 1, 0]
    assert top.x < inner.x == d.x < a.x == b.x == c.x  # one column per level
    assert a.y + BOX_H < b.y and b.y + BOX_H < c.y and c.y + BOX_H < d.y  # one under another, no overlap
    assert inner.y + inner.h / 2 == (a.y + c.y + BOX_H) / 2  # centred on its first and last element
    assert top.y + top.h / 2 == (inner.y + inner.h / 2 + d.y + d.h / 2) / 2
    assert lay.width >= c.x + c.w and lay.height >= d.y + d.h
    assert all(x.status == "" and x.met is None for x in lay.boxes)

    held = {2: date(2026, 3, 12), 3: date(2026, 1, 5)}
    shown = layout(tree, lambda r: names[r.key], held).boxes
    assert [(x.status, x.met) for x in shown] == [
        ("needs 1 more", False), ("met", True), ("not needed", None), ("✓ held 12 Mar 2026", True),
        ("✓ held 5 Jan 2026", True), ("missing", False)]  # A: its group is met without it
