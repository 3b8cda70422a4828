"""What an issuing run did: issued, skipped, failed with reasons, and the output folder."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from badgesmith.ui.folders import open_folder
from badgesmith.ui.i18n import say
from badgesmith.ui.widgets.common import ltr_line, plain

if TYPE_CHECKING:
    from badgesmith.core.services.issuing import IssueSummary


class IssueSummaryDialog(QDialog):
    def __init__(self, summary: IssueSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = summary
        self.setObjectName("issueSummary")
        self.setWindowTitle(self.tr("Issuing finished") if summary.complete else self.tr("Issuing stopped"))
        lay = QVBoxLayout(self)
        head = QLabel(self.tr("Issued {issued} · skipped {skipped} · failed {failed}").format(
            issued=len(summary.issued), skipped=len(summary.skipped), failed=len(summary.failed)))
        head.setObjectName("summaryCounts")
        f = head.font()
        f.setPointSizeF(f.pointSizeF() * 1.3)
        f.setBold(True)
        head.setFont(f)
        lay.addWidget(head)
        notes = []
        if summary.cancelled:
            notes.append(self.tr("Cancelled: the credentials counted as issued are complete. Issue again to "
                                 "finish the rest; nobody gets a duplicate."))
        if summary.error:
            notes.append(summary.error)
        if summary.combined_pdf:
            notes.append(self.tr("Print-ready PDF: {file}").format(file=summary.combined_pdf.name))
        if summary.earlier_design:
            notes.append(summary.mixed_designs(names=3))
        if summary.not_printed:
            notes.append(self.tr("%n revoked certificate(s) left out of the print file.", "",
                                 len(summary.not_printed)))
        notes.append(self.tr("Folder: {folder}").format(folder=summary.out_dir))
        info = plain(QLabel())
        info.setText("\n".join(notes))
        info.setWordWrap(True)
        lay.addWidget(info)
        details = [ltr_line("✗", name, say(why)) for _i, name, why in summary.failed]
        details += [ltr_line("–", name, say(why)) for _i, name, why in summary.skipped]
        earlier, revoked = self.tr("drawn with an earlier design or version"), self.tr("revoked, not in the print file")
        details += [ltr_line("◐", name, earlier) for _i, name in summary.earlier_design]
        details += [ltr_line("⊘", name, revoked) for _i, name in summary.not_printed]
        if details:
            box = QPlainTextEdit("\n".join(details))
            box.setObjectName("summaryDetails")
            box.setReadOnly(True)
            lay.addWidget(box, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_folder = QPushButton(self.tr("Open folder"))
        self.open_folder.setObjectName("openFolder")
        self.open_folder.clicked.connect(lambda: open_folder(self, self.summary.out_dir))
        buttons.addButton(self.open_folder, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        lay.addWidget(buttons)
        self.resize(560, 380 if details else 200)
