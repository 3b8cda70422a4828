"""The Verify page shows a learner record's credentials one by one, each with its own verdict,
and names the one that was altered; every name is shown as text, never as markup."""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from tests.core.record_data import achievement, learner, signed_award
from tests.ui.test_verify_recheck import FilePicker, _go


def test_a_record_lists_each_credential_and_names_the_altered_one(qtbot, demo_window, demo_ws, tmp_path,
                                                                  monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from badgesmith.core.services import learner_record

    a, b = achievement(demo_ws, "Pivot <i>Tables</i>"), achievement(demo_ws, "Charts & Graphs")
    ana = learner(demo_ws, "Ana Record")
    signed_award(demo_ws, ana, a, date(2025, 3, 1), passphrase="demo")
    second = signed_award(demo_ws, ana, b, date(2025, 3, 2), passphrase="demo")
    record = learner_record.clr_credential(demo_ws, ana, "demo")
    good, bad = tmp_path / "record.json", tmp_path / "altered.json"
    good.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    record["credentialSubject"]["verifiableCredential"][1]["credentialSubject"]["achievement"]["name"] = \
        "Charts & Graphz"
    bad.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")

    page = _go(qtbot, demo_window, "verify")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", FilePicker(good))
    qtbot.mouseClick(page.drop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.report is not None and page.report.source == "record.json")
    assert page.report.verified and "Verified" in page.verdict.text()
    details = page.details.text()
    assert "each verified on its own" in details
    assert "Pivot &lt;i&gt;Tables&lt;/i&gt;" in details and "<i>Tables</i>" not in details
    assert "Charts &amp; Graphs" in details and details.count("✓") >= 2

    monkeypatch.setattr(QFileDialog, "getOpenFileName", FilePicker(bad))
    qtbot.mouseClick(page.drop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.report is not None and page.report.source == "altered.json")
    assert not page.report.verified and "Not verified" in page.verdict.text()
    assert second in page.summary.text() and "Graphz" in page.summary.text()
    assert "Charts &amp; Graphz" in page.details.text() and "✗" in page.details.text()
