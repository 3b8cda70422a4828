"""Tampering: change every single leaf of a signed credential, one at a time: never valid."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from badgesmith.core.credentials import dataintegrity as di
from badgesmith.core.credentials.verify import Verdict, verify_credential


def leaves(node: Any, path: tuple = ()) -> Iterator[tuple]:
    if isinstance(node, dict):
        for k, v in node.items():
            yield from leaves(v, (*path, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from leaves(v, (*path, i))
    else:
        yield path


def altered(value: Any) -> Any:
    if isinstance(value, bool):
        return not value
    if isinstance(value, int | float):
        return value + 1
    if isinstance(value, str) and value:
        last = value[-1]
        return value[:-1] + ("B" if last == "A" else "A")  # same length, one character different
    return "x"


def set_at(doc: Any, path: tuple, value: Any) -> None:
    for p in path[:-1]:
        doc = doc[p]
    doc[path[-1]] = value


def get_at(doc: Any, path: tuple) -> Any:
    for p in path:
        doc = doc[p]
    return doc


def test_every_leaf_change_breaks_verification(signed_full) -> None:
    assert di.verify(signed_full).valid
    paths = list(leaves(signed_full))
    assert len(paths) > 80  # the full credential really is full
    survivors = []
    for path in paths:
        doc = copy.deepcopy(signed_full)
        set_at(doc, path, altered(get_at(doc, path)))
        result = di.verify(doc)
        report = verify_credential(
            doc,
            key_trust=lambda did: "own-current",
            revocation_lookup=lambda cid: None,
            now=datetime(2025, 6, 1, tzinfo=UTC),
        )
        if result.valid or report.verdict is Verdict.VERIFIED:
            survivors.append(path)
    assert survivors == []


def test_removing_or_adding_properties_breaks_verification(signed_full) -> None:
    doc = copy.deepcopy(signed_full)
    del doc["credentialSubject"]["result"][0]
    assert not di.verify(doc).valid
    doc = copy.deepcopy(signed_full)
    doc["credentialSubject"]["achievement"]["tag"].append("extra")
    assert not di.verify(doc).valid
    doc = copy.deepcopy(signed_full)
    doc["validUntil"] = "2099-01-01T00:00:00Z"
    assert not di.verify(doc).valid
    doc = copy.deepcopy(signed_full)
    del doc["validUntil"]  # dropping the expiry is tampering too
    assert not di.verify(doc).valid
