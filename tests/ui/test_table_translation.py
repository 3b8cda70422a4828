"""Table headers and cell texts of the credential register and the outbox speak the installed
language: a throwaway catalogue, compiled with lrelease, stands in for a real one."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from badgesmith.core.services.delivery import OutboxRow
from badgesmith.core.services.register import CredentialRow
from badgesmith.ui.models.credentials import COLUMNS, CredentialsModel
from badgesmith.ui.models.outbox import OutboxModel
from badgesmith.ui.models.table import RowsModel

MESSAGES = {
    "CredentialsModel": {"Recipient": "Empfänger", "Revoked": "Widerrufen",
                         "{status} — needs review": "{status} — zu prüfen"},
    "OutboxModel": {"E-mail": "E-Mail", "— no address —": "— keine Adresse —", "✓ Sent": "✓ Gesendet"},
}


@pytest.fixture
def german(qapp, tmp_path: Path) -> Iterator[None]:  # type: ignore[no-untyped-def]
    contexts = "".join(
        f"<context><name>{name}</name>" + "".join(
            f"<message><source>{src}</source><translation>{dst}</translation></message>"
            for src, dst in messages.items()) + "</context>"
        for name, messages in MESSAGES.items())
    ts = tmp_path / "test_de.ts"
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de">'
                  f"{contexts}</TS>", encoding="utf-8")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(ts), "-qm", str(tmp_path / "test_de.qm")], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "test_de.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)


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
