"""The Verify page shows every report, whatever moment a credential signs: "valid until
31 December 9999" (a common "never expires") has no local time east of UTC, and the page must
still show that report, not stop half way with the previous credential's facts on screen."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from tests.core.record_data import achievement, learner, signed_award
from tests.ui.test_verify_recheck import FilePicker, _go


@pytest.fixture
def tokyo(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_credential_valid_until_the_year_9999_is_shown_east_of_utc(qtbot, demo_window, demo_ws, tmp_path,
                                                                       monkeypatch, tokyo) -> None:  # type: ignore[no-untyped-def]
    from badgesmith.core.store.models import Credential

    a, b = achievement(demo_ws, "Forever Skills"), achievement(demo_ws, "Ordinary Skills")
    ana, bo = learner(demo_ws, "Ana Forever"), learner(demo_ws, "Bo Ordinary")
    ordinary = signed_award(demo_ws, bo, b, date(2025, 3, 1), passphrase="demo")
    forever = signed_award(demo_ws, ana, a, date(2025, 3, 1), passphrase="demo",
                           valid_until=datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC))
    files = {}
    with demo_ws.read_session() as s:
        for name, cid in (("ordinary.json", ordinary), ("forever.json", forever)):
            row = s.get(Credential, cid)
            assert row is not None
            files[name] = tmp_path / name
            files[name].write_text(row.signed_json, encoding="utf-8")
    assert json.loads(files["forever.json"].read_text())["validUntil"].startswith("9999-12-31T23:59:59")

    page = _go(qtbot, demo_window, "verify")
    for name, who in (("ordinary.json", "Bo Ordinary"), ("forever.json", "Ana Forever")):
        monkeypatch.setattr(QFileDialog, "getOpenFileName", FilePicker(files[name]))
        qtbot.mouseClick(page.drop, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda n=name: page.report is not None and page.report.source == n)
        assert page.report.verified and "Verified" in page.verdict.text()
        assert who in page.details.text(), page.details.text()
    details = page.details.text()
    assert "Bo Ordinary" not in details and "9999" in details
