"""Printing (issue 14): the system print dialog for one certificate, a selection, or the cohort's
print file; revoked certificates are never printed. The dialog is answered as a person would:
its printer set to print into a PDF file (the file name typed), then its Print button clicked."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit

from badgesmith.core.paper.qrread import decode_qr_from_image, decode_qr_from_pdf
from badgesmith.core.services import cohorts, issuing, register
from tests.ui.conftest import close_boxes, message_boxes
from tests.ui.helpers import click_button, click_row, top_level, type_into

COHORT = "Digital Marketing — Spring Workshop"


def print_into(qtbot, out: Path, seen: list[str]) -> None:  # type: ignore[no-untyped-def]
    """When the print dialog shows (it is modal), choose printing into the PDF file ``out`` and
    click Print; ``seen`` gets the dialog's title."""

    def answer(left: int = 300) -> None:
        dialog = top_level(QPrintDialog, "printDialog")
        if dialog is None:
            if left:
                QTimer.singleShot(10, lambda: answer(left - 1))
            return
        seen.append(dialog.windowTitle())
        printers = dialog.findChild(QComboBox, "printers")
        pdf = next(i for i in range(printers.count()) if "PDF" in printers.itemText(i))
        printers.setCurrentIndex(pdf)  # a machine with printers lists them first
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        # the dialog applies its own file name field on Print: type the file there
        type_into(qtbot, dialog.findChild(QLineEdit, "filename"), str(out))
        click_button(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))

    QTimer.singleShot(0, answer)


def pdfinfo(path: Path) -> tuple[int, list[tuple[float, float]]]:
    """Page count and each page's size in points, as poppler reads the file."""
    text = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(path)], capture_output=True, text=True,
                          check=True, timeout=60).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", text, re.M).group(1))  # type: ignore[union-attr]
    sizes = [(float(w), float(h)) for w, h in re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", text, re.M)]
    return pages, sizes


def _issued(demo_window, tmp_path):  # type: ignore[no-untyped-def]
    ws = demo_window.ctx.ws
    cohort = cohorts.find_cohort(ws, COHORT)
    return cohort, issuing.issue_batch(ws, cohort, "demo", tmp_path / "out", workers=1)


def _row_of(page, credential_id: str) -> int:  # type: ignore[no-untyped-def]
    return next(i for i, r in enumerate(page.model.rows()) if r.id == credential_id)


def _info_text() -> str:
    (box,) = message_boxes("infoBox")
    return box.text()


def test_print_one_certificate_from_the_register_keeps_its_qr_readable(qtbot, demo_window, tmp_path) -> None:
    _, summary = _issued(demo_window, tmp_path)
    item = summary.issued[0]
    page = demo_window.show_page("credentials")
    click_row(qtbot, page.table, _row_of(page, item.credential_id))
    printed, seen = tmp_path / "printed.pdf", []
    print_into(qtbot, printed, seen)
    click_button(qtbot, page.print_button)
    achievement = register.get_credential(demo_window.ctx.ws, item.credential_id).row.achievement_name
    assert seen == [f"Print Certificate — {item.name} — {achievement}"]
    qtbot.waitUntil(lambda: bool(message_boxes("infoBox")))
    assert _info_text() == f"Sent 2 pages to {printed}."  # the certificate and its EU elements' page
    close_boxes()
    pages, sizes = pdfinfo(printed)
    assert pages == 2
    assert all(w > h for w, h in sizes)  # the paper turned landscape, as the certificate is
    # a phone reads the same QR from the printout as from the certificate file
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-l", "1", str(printed), str(tmp_path / "scan")], check=True,
                   timeout=120)
    (scan,) = tmp_path.glob("scan*.png")
    original = decode_qr_from_pdf(item.pdf.read_bytes())
    assert original and decode_qr_from_image(scan) == original
    # on white paper, as the file shows it (this design draws on the bare page: no black sheet)
    from PIL import Image, ImageStat

    with Image.open(scan) as im:
        assert ImageStat.Stat(im.convert("L")).mean[0] > 200


def test_print_a_selection_leaves_the_revoked_out_and_says_so(qtbot, demo_window, tmp_path) -> None:
    _, summary = _issued(demo_window, tmp_path)
    a, b, c = summary.issued[:3]
    register.revoke(demo_window.ctx.ws, b.credential_id, "Issued in error", "demo")
    page = demo_window.show_page("credentials")
    click_row(qtbot, page.table, _row_of(page, a.credential_id))
    for other in (b, c):  # Ctrl+click adds to the selection
        rect = page.table.visualRect(page.model.index(_row_of(page, other.credential_id), 0))
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                         rect.center())
    assert len(page.table.selectionModel().selectedRows()) == 3
    printed, seen = tmp_path / "selection.pdf", []
    print_into(qtbot, printed, seen)
    click_button(qtbot, page.print_button)
    qtbot.waitUntil(lambda: bool(message_boxes("infoBox")))
    text = _info_text()
    close_boxes()
    assert seen == ["Print 2 certificates"]
    assert text.startswith("Sent 4 pages to ")  # two certificates, each with its EU elements' page
    assert f"Not printed:\n{b.name}: revoked: a revoked certificate is never printed." in text
    assert pdfinfo(printed)[0] == 4
    # only the revoked one chosen: nothing to print, no dialog, and why
    click_row(qtbot, page.table, _row_of(page, b.credential_id))
    click_button(qtbot, page.print_button)
    assert seen == ["Print 2 certificates"]
    assert "revoked certificate is never printed" in _info_text()
    close_boxes()


def _print_cohort(qtbot, window, cohort: int, out: Path, printed: Path) -> tuple[str, list[str]]:  # type: ignore[no-untyped-def]
    """Print the cohort's print file from the Issue page into ``printed``: the message shown, and
    the print dialogs seen."""
    page = window.show_page("issue")
    page.select_cohort(cohort)
    type_into(qtbot, page.out_dir, str(out))
    seen: list[str] = []
    print_into(qtbot, printed, seen)
    click_button(qtbot, page.print_button)
    qtbot.waitUntil(lambda: bool(message_boxes("infoBox")))
    text = _info_text()
    close_boxes()
    return text, seen


def test_print_the_cohorts_print_file_from_the_issue_page(qtbot, demo_window, tmp_path) -> None:
    cohort, summary = _issued(demo_window, tmp_path)
    gone = summary.issued[-1]
    # revoked after the print file was written: it must not reach the printer all the same
    register.revoke(demo_window.ctx.ws, gone.credential_id, "Issued in error", "demo")
    printed = tmp_path / "cohort.pdf"
    text, seen = _print_cohort(qtbot, demo_window, cohort, tmp_path / "out", printed)
    n = 2 * (len(summary.issued) - 1)  # each certificate with its EU elements' page
    assert seen == [f"Print {issuing.COMBINED_NAME.format(cohort=cohort)}"]
    assert text.startswith(f"Sent {n} pages to {printed}.")
    assert f"{gone.name}: revoked" in text
    pages, sizes = pdfinfo(printed)
    assert pages == n and all(w > h for w, h in sizes)


def test_print_needs_certificates_in_the_output_folder(qtbot, demo_window, tmp_path) -> None:
    cohort, _ = _issued(demo_window, tmp_path)
    page = demo_window.show_page("issue")
    page.select_cohort(cohort)
    (tmp_path / "empty").mkdir()
    type_into(qtbot, page.out_dir, str(tmp_path / "empty"))
    click_button(qtbot, page.print_button)
    assert top_level(QPrintDialog) is None
    assert _info_text().startswith("No active certificate of this cohort is in ")
    close_boxes()


def test_an_unreadable_certificate_file_is_said_not_printed(qtbot, demo_window, tmp_path) -> None:
    _, summary = _issued(demo_window, tmp_path)
    item = summary.issued[0]
    item.pdf.write_bytes(b"not a PDF any more")
    page = demo_window.show_page("credentials")
    click_row(qtbot, page.table, _row_of(page, item.credential_id))
    click_button(qtbot, page.print_button)
    assert top_level(QPrintDialog) is None
    (box,) = message_boxes("errorBox")
    assert box.text() == f"{item.pdf.name} cannot be read as a PDF; nothing was printed."
    close_boxes()


def test_each_page_prints_on_paper_turned_its_way(qtbot, demo_window, tmp_path) -> None:
    """A re-sit in a portrait design in a landscape cohort: the print file mixes both, each page is
    printed the way it is drawn, and the message says the print file mixes designs."""
    from badgesmith.core.services import achievements

    cohort, summary = _issued(demo_window, tmp_path)
    ws = demo_window.ctx.ws
    achievements.save_design(ws, cohorts.get_cohort(ws, cohort).achievement_id, "modern", {"orientation": "portrait"})
    resit = summary.issued[1]
    issuing.issue_batch(ws, cohort, "demo", tmp_path / "out", learner_ids=[resit.learner_id], reissue=True, workers=1)
    printed = tmp_path / "mixed.pdf"
    text, _ = _print_cohort(qtbot, demo_window, cohort, tmp_path / "out", printed)
    assert "The print file mixes certificate designs" in text
    pages, sizes = pdfinfo(printed)
    assert pages == 2 * len(summary.issued)  # each certificate with its EU elements' page
    assert [w > h for w, h in sizes] == [i // 2 != 1 for i in range(pages)]  # the re-sit's pages are portrait
