from __future__ import annotations

import json

import pytest

from badgesmith.core.credentials import dataintegrity as di
from badgesmith.core.credentials.errors import DocumentLoaderError
from badgesmith.core.credentials.loader import OfflineLoader, bundled_contexts
from badgesmith.resources import resource_path


def test_serves_every_bundled_context() -> None:
    index = json.loads(resource_path("contexts", "index.json").read_text())
    loader = OfflineLoader()
    for url in index:
        doc = loader(url, {})
        assert doc["documentUrl"] == url and "@context" in doc["document"]
    assert "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json" in bundled_contexts()


def test_refuses_unknown_url_with_clear_error(no_network) -> None:
    loader = OfflineLoader()
    with pytest.raises(DocumentLoaderError, match="never downloads"):
        loader("https://example.org/evil-context.jsonld", {})
    assert no_network == []


def test_document_with_unknown_context_cannot_be_signed_or_verified(no_network, issuer_key, issuer_vm) -> None:
    doc = {"@context": ["https://www.w3.org/ns/credentials/v2", "https://example.org/ctx"], "id": "urn:uuid:1"}
    with pytest.raises(DocumentLoaderError, match="example.org/ctx"):
        di.sign(doc, issuer_key, issuer_vm)
    assert no_network == []


def test_loader_hands_out_copies() -> None:
    loader = OfflineLoader()
    url = "https://www.w3.org/ns/credentials/v2"
    loader(url)["document"]["@context"]["name"] = "https://evil.example/name"
    assert loader(url)["document"]["@context"]["name"] == "https://schema.org/name"


def test_extra_contexts_do_not_leak_between_loaders(issuer_key, issuer_vm) -> None:
    url = "https://example.org/extra/v1"
    ctx = {"@context": {"@vocab": "https://example.org/vocab#"}}
    doc = {"@context": ["https://www.w3.org/ns/credentials/v2", url], "id": "urn:uuid:1", "type": ["VerifiableCredential"], "foo": "bar"}
    assert "foo" in di.canonicalize(doc, OfflineLoader({url: ctx}))
    with pytest.raises(DocumentLoaderError):
        di.canonicalize(doc, OfflineLoader())
