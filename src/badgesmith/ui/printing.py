"""Printing certificates: the system print dialog, then every PDF page drawn on the printer.

QtPdf renders each page to an image at the printer's resolution (at most ``MAX_DPI``), fitted
into the printable area of paper turned the page's way, so nothing falls in the margin a printer
cannot reach. QPainter may draw on a QPrinter off the GUI thread, so the pages are drawn on the
worker, with progress and Cancel.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from badgesmith.core.errors import BadgesmithError
from badgesmith.core.services.printouts import PrintJob
from badgesmith.ui.context import AppContext
from badgesmith.ui.errors import show_error, show_info
from badgesmith.ui.tasks import TaskControl
from badgesmith.ui.widgets.pdf_preview import on_white

# Pages reach the printer as images: 300 dpi keeps every QR module several dots wide and prints a
# 400-page cohort in about two minutes; 600 dpi takes four times as long for little gain.
MAX_DPI = 300


class PrintError(BadgesmithError):
    """The printer refused the job or a certificate file cannot be read."""


def _open(path: Path) -> QPdfDocument:
    doc = QPdfDocument()
    doc.load(str(path))
    if doc.status() != QPdfDocument.Status.Ready:
        raise PrintError(QCoreApplication.translate("Printing", "{file} cannot be read as a PDF; nothing was "
                                                                "printed.").format(file=path.name))
    return doc


def _orientation(size: QSizeF) -> QPageLayout.Orientation:
    landscape = size.width() > size.height()
    return QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait


def count_pages(files: tuple[Path, ...]) -> tuple[int, QSizeF | None]:
    """How many pages the files have, and the size in points of the first."""
    total, first = 0, None
    for path in files:
        doc = _open(path)
        if first is None and doc.pageCount():
            first = doc.pagePointSize(0)
        total += doc.pageCount()
        doc.close()
    return total, first


def print_pages(printer: QPrinter, files: tuple[Path, ...], progress: Callable[[int, int, str], None],
                cancelled: Callable[[], bool]) -> tuple[int, int]:
    """Draw the files' pages (those of the printer's page range) on ``printer``: how many were
    drawn, of how many (fewer after Cancel)."""
    total, _ = count_pages(files)
    ranged = printer.printRange() == QPrinter.PrintRange.PageRange
    first, last = (max(1, printer.fromPage()), min(total, printer.toPage())) if ranged else (1, total)
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())  # else the driver copies
    wanted = (last - first + 1) * copies
    painter = QPainter()
    drawn = 0
    try:
        for _copy in range(copies):
            number = 0
            for path in files:
                doc = _open(path)
                for i in range(doc.pageCount()):
                    number += 1
                    if not first <= number <= last:
                        continue
                    if cancelled():
                        printer.abort()
                        return drawn, wanted
                    size = doc.pagePointSize(i)
                    # the paper turns with each page (set before the page begins)
                    printer.setPageOrientation(_orientation(size))
                    if not painter.isActive():
                        if not painter.begin(printer):
                            raise PrintError(QCoreApplication.translate(
                                "Printing", "The printer {printer} did not accept the job; check it and print "
                                            "again.").format(printer=printer.printerName() or printer.outputFileName()))
                    elif not printer.newPage():
                        raise PrintError(QCoreApplication.translate(
                            "Printing", "The printer stopped taking pages; check it and print again."))
                    _draw(painter, printer, doc, i, size)
                    drawn += 1
                    progress(drawn, wanted, path.name)
                doc.close()
    finally:
        if painter.isActive():
            painter.end()
    return drawn, wanted


def _draw(painter: QPainter, printer: QPrinter, doc: QPdfDocument, page: int, size: QSizeF) -> None:
    """The page scaled to fit the printable area, centred, as an image of at most MAX_DPI."""
    res = printer.resolution()
    area = printer.pageLayout().paintRectPixels(res)
    scale = min(area.width() / size.width(), area.height() / size.height())  # device pixels per point
    w, h = size.width() * scale, size.height() * scale
    dpi = min(res, MAX_DPI)
    image = doc.render(page, QSize(round(w * dpi / res), round(h * dpi / res)))
    # on white and without alpha: a printer gets plain colour, and a PDF printer writes no soft mask
    image = on_white(image)
    painter.drawImage(QRectF((area.width() - w) / 2, (area.height() - h) / 2, w, h), image)


def print_job(ctx: AppContext, parent: QWidget, job: PrintJob) -> None:
    """Ask the system print dialog, then print ``job`` and say what was printed and left out."""
    left_out = "\n".join(job.left_out)
    if not job.files:
        show_info(parent, job.nothing + (f"\n\n{left_out}" if left_out else ""),
                  QCoreApplication.translate("Printing", "Print"))
        return
    try:
        pages, first = count_pages(job.files)
    except PrintError as exc:
        show_error(parent, exc, QCoreApplication.translate("Printing", "Print"))
        return
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(job.title)
    if first is not None:  # the paper the certificates were drawn for, as the dialog's choice
        printer.setPageSize(QPageSize(QSize(round(min(first.width(), first.height())),
                                            round(max(first.width(), first.height())))))
        printer.setPageOrientation(_orientation(first))
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("printDialog")
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print {title}").format(title=job.title))
    dialog.setMinMax(1, pages)
    dialog.setOptions(QAbstractPrintDialog.PrintDialogOption.PrintPageRange
                      | QAbstractPrintDialog.PrintDialogOption.PrintToFile
                      | QAbstractPrintDialog.PrintDialogOption.PrintShowPageSize)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    if not accepted:
        return
    where = printer.printerName() or printer.outputFileName()

    def printed(counts: tuple[int, int]) -> None:
        n, wanted = counts
        text = QCoreApplication.translate("Printing", "Sent %n page(s) to {printer}.", "", n).format(printer=where)
        if n < wanted:
            text = QCoreApplication.translate("Printing", "Cancelled: %n of {total} pages were sent to {printer}.",
                                              "", n).format(total=wanted, printer=where)
        text += "".join(f"\n\n{note}" for note in job.notes)
        if left_out:
            text += "\n\n" + QCoreApplication.translate("Printing", "Not printed:\n{files}").format(files=left_out)
        show_info(parent, text, QCoreApplication.translate("Printing", "Printed"))

    def work(_ws: object, ctl: TaskControl) -> tuple[int, int]:
        return print_pages(printer, job.files, ctl.progress, ctl.cancelled)

    ctx.ops.run_long(parent, QCoreApplication.translate("Printing", "Printing {title}…").format(title=job.title), work,
                     done=printed)
