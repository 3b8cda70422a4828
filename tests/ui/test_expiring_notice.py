"""Credentials that expire soon are announced on start-up, with a link to exactly those."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

FIRST_AID = 1  # the demo's "First Aid — March 2026" cohort


def _issue(ws, out, n: int) -> list[str]:  # type: ignore[no-untyped-def]
    from badgesmith.core.services import issuing

    learners = [r.learner_id for r in issuing.plan_issue(ws, FIRST_AID) if r.eligible][:n]
    return [i.credential_id for i in issuing.issue_batch(ws, FIRST_AID, "demo", out, learner_ids=learners,
                                                         workers=1).issued]


def _valid_until(ws, days: dict[str, float | None]) -> None:  # type: ignore[no-untyped-def]
    """Move credentials' expiry to ``days`` from now, as if they had been issued long ago."""
    from badgesmith.core.store.models import Credential

    now = datetime.now(UTC)
    with ws.session() as s:
        for cid, d in days.items():
            s.get(Credential, cid).valid_until = None if d is None else now + timedelta(days=d)


def _start(qtbot, ws):  # type: ignore[no-untyped-def]
    """The app starting on ``ws``: the window, shown, with its first page."""
    from badgesmith.ui.app import build_window
    from badgesmith.ui.tasks import SyncTaskRunner

    w = build_window(ws, SyncTaskRunner())
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.first_page_ready, timeout=5000):
        w.show()
    return w


def test_start_up_announces_the_expiring_credentials_and_lists_exactly_them(qtbot, demo_ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from badgesmith.core.services import register

    ids = _issue(demo_ws, tmp_path / "out", 6)
    soon, later, expired, revoked, never, edge = ids
    _valid_until(demo_ws, {soon: 3, later: 200, expired: -1, revoked: 10, never: None, edge: 59.9})
    register.revoke(demo_ws, revoked, "Issued in error", "demo")

    w = _start(qtbot, demo_ws)
    notice = w.expiring
    qtbot.waitUntil(notice.isVisible)
    assert notice.text.text() == "2 credentials expire within 60 days."
    assert notice.button.text() == "Show them"
    assert w.current_page() is not w.page("credentials")

    qtbot.mouseClick(notice.button, Qt.MouseButton.LeftButton)
    page = w.page("credentials")
    assert w.current_page() is page
    assert page.status.currentData() == "expiring"
    assert sorted(r.id for r in page.model.rows()) == sorted([soon, edge])
    assert not notice.isVisible()  # it did its job


def test_one_expiring_credential_is_announced_in_the_singular_and_can_be_dismissed(qtbot, demo_ws,
                                                                                  tmp_path) -> None:  # type: ignore[no-untyped-def]
    (cid,) = _issue(demo_ws, tmp_path / "out", 1)
    _valid_until(demo_ws, {cid: 30})
    w = _start(qtbot, demo_ws)
    notice = w.expiring
    qtbot.waitUntil(notice.isVisible)
    assert notice.text.text() == "1 credential expires within 60 days."
    assert notice.button.text() == "Show it"
    # the announcement is not modal: the window works while it shows, and it stays
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    qtbot.keyClick(w, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert w.current_page() is w.page("verify") and notice.isVisible()
    qtbot.mouseClick(notice.dismiss, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert not notice.isVisible()


def test_nothing_is_announced_when_nothing_expires_soon(qtbot, demo_ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    (cid,) = _issue(demo_ws, tmp_path / "out", 1)
    _valid_until(demo_ws, {cid: 61})
    w = _start(qtbot, demo_ws)
    QApplication.processEvents()
    assert w.expiring.count == 0 and not w.expiring.isVisible()
