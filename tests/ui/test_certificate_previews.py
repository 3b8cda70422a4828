"""Previews that tell the truth (issue 14): the Issue page's preview prints the workspace's real
signing-key fingerprint, and the Credentials page shows a certificate as Re-export writes it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from badgesmith.core.services import achievements, cohorts, issuer, issuing
from tests.ui.conftest import close_boxes, message_boxes
from tests.ui.helpers import click_button, click_row, unlocked_window


def _text(pdf: bytes) -> str:
    return " ".join(subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
                    .stdout.decode().split())


def _pixels(pdf: bytes) -> bytes:
    return subprocess.run(["pdftoppm", "-r", "60", "-singlefile", "-"], input=pdf, capture_output=True,
                          check=True).stdout


def test_the_issue_preview_prints_the_real_key_fingerprint(qtbot, demo_window) -> None:
    ws = demo_window.ctx.ws
    page = demo_window.show_page("issue")
    page.select_cohort(cohorts.find_cohort(ws, "First Aid — March 2026"))
    click_row(qtbot, page.table, 1)  # a click on a learner previews their certificate
    qtbot.waitUntil(page.preview.has_image, timeout=5000)
    fingerprint = issuer.get_issuer(ws).fingerprint
    assert fingerprint and f"Issuer key: {fingerprint}" in _text(page.preview.pdf)


def test_the_credentials_preview_is_what_reexport_writes(qtbot, demo_ws, tmp_path, monkeypatch) -> None:
    cohort = cohorts.find_cohort(demo_ws, "First Aid — March 2026")
    summary = issuing.issue_batch(demo_ws, cohort, "demo", tmp_path / "out", workers=1)
    issued = summary.issued[0]
    # the design changes after issuing: a re-export draws the new design, and so does the preview
    aid = cohorts.get_cohort(demo_ws, cohort).achievement_id
    achievements.save_design(demo_ws, aid, "modern", {"wording": {"title": "Certificate of Competence"}})
    window = unlocked_window(qtbot, demo_ws)
    page = window.show_page("credentials")
    row = next(i for i, r in enumerate(page.model.rows()) if r.id == issued.credential_id)
    click_row(qtbot, page.table, row)
    qtbot.waitUntil(page.preview.has_image, timeout=10000)
    assert not page.preview_note.isVisible()
    shown = page.preview.pdf
    assert "Certificate of Competence" in _text(shown)

    out = tmp_path / "export"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))  # the OS folder picker
    click_button(qtbot, page.reexport_button)
    qtbot.waitUntil(lambda: bool(message_boxes("infoBox")), timeout=10000)
    close_boxes()
    (written,) = out.glob("*.pdf")
    assert written.name == f"{issued.pdf.stem}.pdf"  # "<learner> - <achievement>.pdf"
    assert _pixels(shown) == _pixels(written.read_bytes())
    assert _pixels(shown) != _pixels(issued.pdf.read_bytes())  # the file as issued has the old design


@pytest.mark.parametrize("key", ["locked", "unlocked"])
def test_an_unchanged_credential_looks_the_same_issued_and_reexported(qtbot, demo_ws, tmp_path, key) -> None:
    """Nothing changed since issuing: the issued file (shown while the key is locked) and a
    re-export are the same page, QR code included (the same key signs the same claim)."""
    from badgesmith.core.services import register
    from badgesmith.ui.app import build_window
    from badgesmith.ui.tasks import SyncTaskRunner

    cohort = cohorts.find_cohort(demo_ws, "First Aid — March 2026")
    issued = issuing.issue_batch(demo_ws, cohort, "demo", tmp_path / "out", workers=1).issued[0]
    window = build_window(demo_ws, SyncTaskRunner(), passphrase="demo" if key == "unlocked" else None)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("credentials")
    click_row(qtbot, page.table, next(i for i, r in enumerate(page.model.rows()) if r.id == issued.credential_id))
    qtbot.waitUntil(page.preview.has_image, timeout=10000)
    assert page.preview_note.isVisible() == (key == "locked")
    pdf, _ = register.reexport(demo_ws, issued.credential_id, tmp_path / "again", "demo")
    assert _pixels(page.preview.pdf) == _pixels(Path(pdf).read_bytes()) == _pixels(issued.pdf.read_bytes())


def test_without_a_key_the_issue_preview_says_so(qtbot, demo_window) -> None:
    from sqlalchemy import delete

    from badgesmith.core.services.certificates import NO_KEY
    from badgesmith.core.store.models import SigningKey

    ws = demo_window.ctx.ws
    with ws.session() as s:  # a workspace whose key was never made (nothing was issued yet)
        s.execute(delete(SigningKey))
    page = demo_window.show_page("issue")
    page.select_cohort(cohorts.find_cohort(ws, "First Aid — March 2026"))
    click_row(qtbot, page.table, 1)
    qtbot.waitUntil(page.preview.has_image, timeout=5000)
    assert f"Issuer key: {NO_KEY}" in _text(page.preview.pdf)


def _badge(side: int = 333) -> bytes:
    import io

    from PIL import Image, ImageDraw

    im = Image.new("RGBA", (side, side), (0, 0, 0, 0))
    ImageDraw.Draw(im).regular_polygon((side / 2, side / 2, side / 2 - 2), 6, fill="#C0392B")
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()


def _image_widths(pdf: bytes) -> list[int]:
    import io

    from pypdf import PdfReader

    xobjects = PdfReader(io.BytesIO(pdf)).pages[0]["/Resources"].get("/XObject", {})
    return [int(x.get_object()["/Width"]) for x in xobjects.values() if x.get_object()["/Subtype"] == "/Image"]


@pytest.mark.parametrize("design", ["classic", "modern", "minimal"])
def test_the_issue_preview_shows_the_achievement_image_where_the_design_has_room(qtbot, demo_window,
                                                                                  design) -> None:
    from dataclasses import replace

    ws = demo_window.ctx.ws
    cohort = cohorts.find_cohort(ws, "First Aid — March 2026")
    aid = cohorts.get_cohort(ws, cohort).achievement_id
    spec = achievements.get_achievement(ws, aid).spec
    achievements.update_achievement(ws, aid, replace(spec, image=_badge(), image_mime="image/png"))
    achievements.save_design(ws, aid, design, {})
    page = demo_window.show_page("issue")
    page.select_cohort(cohort)
    click_row(qtbot, page.table, 1)
    qtbot.waitUntil(page.preview.has_image, timeout=5000)
    assert (333 in _image_widths(page.preview.pdf)) == (design != "classic")


def test_issuing_from_the_issue_page_names_the_files_like_a_person(qtbot, demo_window, tmp_path) -> None:
    import re

    from tests.ui.helpers import type_into

    ws = demo_window.ctx.ws
    page = demo_window.show_page("issue")
    page.select_cohort(cohorts.find_cohort(ws, "First Aid — March 2026"))
    out = tmp_path / "out"
    type_into(qtbot, page.out_dir, str(out))
    demo_window.ctx.unlock("demo")
    click_button(qtbot, page.issue_button)
    summary = page.last_summary
    page.summary_dialog.close()
    assert summary is not None and summary.issued
    for item in summary.issued:
        assert item.pdf.name == f"{item.name} - Practical First Aid.pdf"
        assert not re.search(r"-C\d+-L\d+|[0-9a-f]{8}", item.pdf.name)
