"""Table headers and cell texts of the credential register and the outbox speak the installed
language: a throwaway catalogue, compiled with lrelease, stands in for a real one."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from badgesmith.core.services.delivery import OutboxRow
from badgesmith.core.services.register import CredentialRow
from badgesmith.ui.models.credentials import COLUMNS, CredentialsModel
from badgesmith.ui.models.outbox import OutboxModel
from badgesmith.ui.models.table import RowsModel

from .catalogue import installed

MESSAGES = {
    "CredentialsModel": {"Recipient": "Empfänger", "Revoked": "Widerrufen",
                         "{status} — needs review": "{status} — zu prüfen"},
    "OutboxModel": {"E-mail": "E-Mail", "— no address —": "— keine Adresse —", "✓ Sent": "✓ Gesendet"},
}


@pytest.fixture
def german(qapp, tmp_path: Path) -> Iterator[None]:  # type: ignore[no-untyped-def]
    with installed(tmp_path, MESSAGES):
        yield


def _credential(status: str, review: str | None = None) -> CredentialRow:
    at = datetime(2026, 3, 14)
    return CredentialRow("urn:uuid:1", 1, "Zoë", None, 1, "Spreadsheets", None, at, at, None, status, None,
                         None, None, review=review)


def _outbox(state: str, address: str) -> OutboxRow:
    return OutboxRow("urn:uuid:1", "Zoë", address, "Spreadsheets", state, 1, None, None, None, None)


def test_register_headers_and_statuses_are_translated(german) -> None:  # type: ignore[no-untyped-def]
    m = CredentialsModel()
    m.set_rows([_credential("revoked"), _credential("active", review="Charts was revoked")])
    assert m.headerData(0, Qt.Orientation.Horizontal) == "Empfänger"
    assert m.headerData(1, Qt.Orientation.Horizontal) == "Achievement"  # not in the catalogue: English
    assert m.text(0, "status") == "Widerrufen"
    assert m.text(1, "status") == "Active — zu prüfen"


def test_outbox_headers_and_states_are_translated(german) -> None:  # type: ignore[no-untyped-def]
    m = OutboxModel()
    m.set_rows([_outbox("sent", "zoe@example.org"), _outbox("not delivered", "")])
    assert m.headerData(1, Qt.Orientation.Horizontal) == "E-Mail"
    assert m.text(0, "state") == "✓ Gesendet"
    assert m.text(1, "address") == "— keine Adresse —"


def test_a_model_without_a_context_shows_its_headers_as_given(german) -> None:  # type: ignore[no-untyped-def]
    """Headers translated before the model was built are not looked up a second time."""
    m = RowsModel(COLUMNS)
    assert m.headerData(0, Qt.Orientation.Horizontal) == "Recipient"
