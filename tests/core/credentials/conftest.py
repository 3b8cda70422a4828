"""Fixtures for the credentials layer: one issuer key and a fully populated signed credential."""

from __future__ import annotations

import socket
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# the helper modules (cred_factories, cred_vectors) live next to the tests
sys.path.insert(0, str(Path(__file__).resolve().parent))

from cred_factories import full_input  # noqa: E402

from badgesmith.core.credentials import dataintegrity, didkey, keys, ob3, statuslist  # noqa: E402


@pytest.fixture(scope="session")
def issuer_key():
    return keys.private_key_from_seed(bytes(range(32)))


@pytest.fixture(scope="session")
def issuer_did(issuer_key) -> str:
    return keys.did_of(issuer_key)


@pytest.fixture(scope="session")
def issuer_vm(issuer_did) -> str:
    return didkey.verification_method(issuer_did)


@pytest.fixture(scope="session")
def _signed_full(issuer_key, issuer_did, issuer_vm) -> dict[str, Any]:
    entry = statuslist.status_entry("https://training.example/status/1", 42)
    cred = ob3.build_and_check(full_input(issuer_did, status_entry=entry))
    return dataintegrity.sign(cred, issuer_key, issuer_vm, "2025-03-01T10:00:00Z")


@pytest.fixture
def signed_full(_signed_full) -> dict[str, Any]:
    import copy

    return copy.deepcopy(_signed_full)


@pytest.fixture
def no_network(monkeypatch) -> Iterator[list[Any]]:
    """Any attempt to open a connection fails loudly (and is recorded)."""
    attempts: list[Any] = []

    def refuse(self, address, *args, **kwargs):
        attempts.append(address)
        raise OSError(f"network disabled in this test (tried {address!r})")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", lambda address, *a, **k: refuse(None, address))
    yield attempts
