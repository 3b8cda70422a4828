"""An issued certificate opens in QtPdf (as the app shows it) and its attachment verifies."""

from __future__ import annotations

import json

from badgesmith.core.paper.pdfembed import extract_credential
from badgesmith.core.services import cohorts, issuing, verification


def test_issued_pdf_opens_in_qtpdf_and_its_attachment_verifies(qapp, demo_ws, tmp_path) -> None:
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    cohort = cohorts.find_cohort(demo_ws, "First Aid — March 2026")
    item = issuing.issue_batch(demo_ws, cohort, "demo", tmp_path / "out", workers=1).issued[0]
    doc = QPdfDocument()
    assert doc.load(str(item.pdf)) == QPdfDocument.Error.None_
    assert doc.pageCount() == 2  # the certificate, then the achievement's EU elements
    assert doc.metaData(QPdfDocument.MetaDataField.Title)  # title set from achievement + recipient
    size = doc.pagePointSize(0)
    image = doc.render(0, QSize(int(size.width()), int(size.height())))
    assert not image.isNull() and image.width() > 500
    # the page is not blank: some pixels are dark (text, QR)
    dark = sum(1 for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
               if image.pixelColor(x, y).lightness() < 80)
    assert dark > 100
    doc.close()
    credential = extract_credential(item.pdf.read_bytes())
    assert credential is not None and credential["id"] == item.credential_id
    f = tmp_path / "attachment.json"
    f.write_text(json.dumps(credential), encoding="utf-8")
    assert verification.verify_path(demo_ws, f).verified
