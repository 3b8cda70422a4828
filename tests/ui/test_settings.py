"""Settings: certificate design with a live preview, issuer profile, keys, trusted issuers."""

from __future__ import annotations

from tests.conftest import db_snapshot
from tests.ui.helpers import choose, click_button, type_into


def test_design_preview_rerenders_after_typing_and_saves(qtbot, demo_window, demo_ws) -> None:
    from badgesmith.core.services import achievements

    page = demo_window.show_page("settings")
    design = page.design
    assert design.preview.has_image()
    renders: list[bytes] = []
    original = design.preview.show_rendered
    design.preview.show_rendered = lambda r: (renders.append(r.pdf), original(r))  # type: ignore[method-assign]
    choose(design.achievement, "Digital Marketing")
    renders.clear()
    type_into(qtbot, design.wording["title"], "Certificate of Attendance")
    assert renders == []  # debounced: not once per keystroke
    qtbot.waitUntil(lambda: len(renders) == 1, timeout=3000)
    design.signatories[0][0].setText("Marco Rossi")
    design.signatories[0][1].setText("Workshop lead")
    design.colours["primary"].set_colour("#7A1F3D")
    click_button(qtbot, design.save)
    aid = design.achievement.currentData()
    spec = achievements.get_achievement(demo_ws, aid).spec
    assert spec.template_overrides["wording"] == {"title": "Certificate of Attendance"}
    assert spec.template_overrides["colours"] == {"primary": "#7A1F3D"}
    assert spec.template_overrides["signatories"] == [{"name": "Marco Rossi", "title": "Workshop lead"}]


def test_issuer_profile_validation_and_save(qtbot, demo_window, demo_ws, demo_dir) -> None:
    from badgesmith.core.services import issuer

    page = demo_window.show_page("settings")
    tab = page.issuer
    page.tabs.setCurrentWidget(tab)  # each tab loads when it is shown
    before = db_snapshot(demo_dir)
    type_into(qtbot, tab.url, "northbridge at example dot org")
    tab.save()
    assert "not a web address" in tab.error.text()
    assert db_snapshot(demo_dir) == before
    type_into(qtbot, tab.url, "www.northbridge.example.org/about")  # as typed: https:// is added
    tab.save()
    assert issuer.get_issuer(demo_ws).url == "https://www.northbridge.example.org/about"
    from tests.ui.conftest import close_boxes

    close_boxes()


def test_change_passphrase_with_wrong_old_one_changes_nothing(qtbot, demo_window, demo_dir) -> None:
    from badgesmith.ui.dialogs.keys import ChangePassphraseDialog
    from tests.ui.helpers import top_level

    page = demo_window.show_page("settings")
    keys = page.keys
    page.tabs.setCurrentWidget(keys)
    before = db_snapshot(demo_dir)
    keys.change_passphrase()
    dlg = top_level(ChangePassphraseDialog)
    type_into(qtbot, dlg.old, "wrong")
    type_into(qtbot, dlg.new, "a new passphrase")
    type_into(qtbot, dlg.confirm, "a new passphrase")
    dlg.accept()
    assert dlg.isVisible() and "passphrase is wrong" in dlg.error.text()
    assert db_snapshot(demo_dir) == before
    type_into(qtbot, dlg.old, "demo")
    dlg.accept()
    assert not dlg.isVisible() and demo_window.ctx.unlocked


def test_keys_and_trusted_issuers_tables(qtbot, demo_window, demo_ws, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from badgesmith.core.services import issuer
    from badgesmith.core.services.demo import create_demo

    settings = demo_window.show_page("settings")
    settings.tabs.setCurrentWidget(settings.keys)
    assert settings.keys.model.rowCount() == 1
    assert settings.keys.model.text(0, "status").startswith("Current")
    other = create_demo(tmp_path / "other")
    same_name = issuer.export_issuer_card(other, "demo", tmp_path / "same-name.json")
    issuer.update_issuer(other, "Harbour Skills Ltd")
    card = issuer.export_issuer_card(other, "demo", tmp_path / "card.json")
    other.close()
    from tests.ui.conftest import close_boxes, message_boxes

    settings.tabs.setCurrentWidget(settings.trust)
    # a card under our own name is refused with a reason, and nothing is added
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(same_name), ""))
    settings.trust.import_card()
    assert "reads like your own issuer name" in message_boxes()[0].text()
    assert settings.trust.model.rowCount() == 0
    close_boxes()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(card), ""))
    settings.trust.import_card()
    assert settings.trust.model.rowCount() == 1
    assert settings.trust.model.text(0, "name") == "Harbour Skills Ltd"
    close_boxes()


def test_design_images_and_logo_position_reach_the_issued_certificate(qtbot, demo_window, demo_ws, tmp_path) -> None:
    import io

    from PIL import Image
    from pypdf import PdfReader

    from badgesmith.core.paper.templates import load_template
    from badgesmith.core.services import achievements, cohorts, issuing

    buf = io.BytesIO()
    Image.new("RGB", (300, 100), (20, 40, 200)).save(buf, "PNG")
    signature = buf.getvalue()
    design = demo_window.show_page("settings").design
    choose(design.achievement, "Digital Marketing")
    design.signatories[0][0].setText("Marco Rossi")
    design.signatories[0][2].set_data(signature)
    choose(design.logo_position, "Top left")
    click_button(qtbot, design.save)
    aid = design.achievement.currentData()
    spec = achievements.get_achievement(demo_ws, aid).spec
    t = load_template(spec.template, spec.template_overrides)
    assert t.signatories[0].signature_image == signature and t.logo.position == "top-left"
    cohort = cohorts.find_cohort(demo_ws, "Digital Marketing — Spring Workshop")
    item = issuing.issue_batch(demo_ws, cohort, "demo", tmp_path / "out", workers=1).issued[0]
    page = PdfReader(item.pdf).pages[0]
    images = [x for x in page["/Resources"].get("/XObject", {}).values()
              if x.get_object().get("/Subtype") == "/Image"]
    assert images, "the signature image is drawn on the certificate"
