"""did:web (W3C CCG DID Method Web): an issuer's keys bound to a web domain it controls.

``did:web:example.org`` is resolved from ``https://example.org/.well-known/did.json`` and the path
form ``did:web:user.github.io:badges`` from ``https://user.github.io/badges/did.json``; a port is
written ``%3A`` (``did:web:localhost%3A8443``). Badgesmith never fetches a DID document: it writes
its own for the trainer to publish, and verifies offline against the documents it holds (its own,
built from the workspace's keys). Each key's verification method id is ``DID#<multikey>``, the
same fragment did:key uses, and every key, current or retired, stays in ``assertionMethod`` so
that credentials signed before a rotation still verify.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable, Mapping
from typing import Any

from .didkey import did_key_from_public, verification_method
from .errors import CredentialError, UnsupportedKeyError
from .multikey import decode_public_multikey, encode_public_multikey

DID_WEB_PREFIX = "did:web:"
DID_CONTEXT = "https://www.w3.org/ns/did/v1"
MULTIKEY_CONTEXT = "https://w3id.org/security/multikey/v1"
MAX_DID_LENGTH = 200
_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\Z")
_SEGMENT = re.compile(r"[A-Za-z0-9._~-]{1,63}\Z")


def _check_host(host: str) -> str:
    if host == "localhost":
        return host
    try:
        ipaddress.ip_address(host)
        return host
    except ValueError:
        pass
    labels = host.split(".")
    if len(host) > 253 or len(labels) < 2 or not all(_LABEL.match(label) for label in labels):
        raise CredentialError(f"{host!r} is not a domain name such as example.org (write an international "
                              "domain in its xn-- form).")
    return host


def did_web(value: str) -> str:
    """The did:web for what a trainer types: ``example.org``, ``user.github.io:badges`` (the path
    form), ``did:web:…`` itself, or a host with a port written ``host%3A8443``."""
    text = (value or "").strip()
    if text.startswith(DID_WEB_PREFIX):
        text = text[len(DID_WEB_PREFIX):]
    if not text or len(text) > MAX_DID_LENGTH or "/" in text or "#" in text or "?" in text:
        raise CredentialError("A did:web is a domain, optionally followed by ':' and path parts, e.g. "
                              "example.org or user.github.io:badges (without https:// or slashes).")
    host_port, *path = text.split(":")
    host, _, port = host_port.lower().partition("%3a")
    _check_host(host)
    if port and not (port.isdigit() and 0 < int(port) < 65536 and port[0] != "0"):
        raise CredentialError(f"{port!r} is not a port number.")
    for segment in path:
        if not _SEGMENT.match(segment) or segment in (".", ".."):
            raise CredentialError(f"{segment!r} is not a usable path part of a did:web (letters, digits, "
                                  "'.', '_', '~' and '-').")
    return DID_WEB_PREFIX + ":".join([host + (f"%3A{port}" if port else ""), *path])


def is_did_web(value: object) -> bool:
    return isinstance(value, str) and value.startswith(DID_WEB_PREFIX)


def _parts(did: str) -> tuple[str, list[str]]:
    canonical = did_web(did)
    if canonical != did:
        raise CredentialError(f"{did[:80]!r} is not a did:web as Badgesmith writes it ({canonical}).")
    host_port, *path = did[len(DID_WEB_PREFIX):].split(":")
    return host_port.replace("%3A", ":"), path


def domain_of(did: str) -> str:
    """What a person reads: ``example.org``, ``user.github.io/badges``, ``localhost:8443``."""
    host, path = _parts(did)
    return "/".join([host, *path])


def document_url(did: str) -> str:
    """Where a verifier fetches the DID document."""
    host, path = _parts(did)
    return f"https://{host}/" + ("/".join(path) + "/did.json" if path else ".well-known/did.json")


def verification_method_id(did: str, raw_public_key: bytes) -> str:
    return f"{did}#{encode_public_multikey(raw_public_key)}"


def signing_method(issuer_did: str, raw_public_key: bytes) -> str:
    """The verification method a proof names when ``raw_public_key`` signs for ``issuer_did``
    (a did:web, or the key's own did:key)."""
    if is_did_web(issuer_did):
        return verification_method_id(issuer_did, raw_public_key)
    if issuer_did != did_key_from_public(raw_public_key):
        raise CredentialError("A did:key issuer can only sign with its own key.")
    return verification_method(issuer_did)


def did_document(did: str, raw_public_keys: Iterable[bytes]) -> dict[str, Any]:
    """The ``did.json`` to publish: every key (oldest first) as a Multikey in ``assertionMethod``."""
    methods = [{
        "id": verification_method_id(did, raw),
        "type": "Multikey",
        "controller": did,
        "publicKeyMultibase": encode_public_multikey(raw),
    } for raw in raw_public_keys]
    if not methods:
        raise CredentialError("A DID document needs at least one key.")
    ids = [m["id"] for m in methods]
    return {
        "@context": [DID_CONTEXT, MULTIKEY_CONTEXT],
        "id": did,
        "verificationMethod": methods,
        "assertionMethod": ids,
        "authentication": ids[-1:],
    }


def assertion_keys(document: Mapping[str, Any]) -> dict[str, bytes]:
    """verification method id -> raw Ed25519 key, for the document's assertion methods (only the
    Multikey form, as Badgesmith publishes it)."""
    did = document.get("id")
    if not isinstance(did, str) or not is_did_web(did):
        raise CredentialError("The DID document has no did:web id.")
    allowed = document.get("assertionMethod")
    if not isinstance(allowed, list) or not all(isinstance(a, str) for a in allowed):
        raise CredentialError("The DID document lists no assertion methods.")
    out: dict[str, bytes] = {}
    for method in document.get("verificationMethod") or []:
        if not isinstance(method, Mapping):
            continue
        vm_id, mb = method.get("id"), method.get("publicKeyMultibase")
        if (method.get("type") == "Multikey" and method.get("controller") == did and isinstance(vm_id, str)
                and vm_id.startswith(did + "#") and vm_id in allowed and isinstance(mb, str)):
            out[vm_id] = decode_public_multikey(mb)
    return out


class DidWebDirectory:
    """The did:web documents a verifier holds, by DID: resolution without a network."""

    def __init__(self, documents: Iterable[Mapping[str, Any]] = ()) -> None:
        self._keys: dict[str, dict[str, bytes]] = {}
        for doc in documents:
            self._keys[str(doc["id"])] = assertion_keys(doc)

    def resolve(self, verification_method: str) -> bytes:
        """The raw public key of a did:web verification method; a plain reason if it is not known."""
        did, sep, _ = verification_method.partition("#")
        if not sep:
            raise UnsupportedKeyError("A did:web verification method needs a '#' fragment naming the key.")
        keys = self._keys.get(did)
        if keys is None:
            try:
                where = document_url(did)
            except CredentialError:
                where = "its DID document"
            raise UnsupportedKeyError(f"The key belongs to {did[:100]!r}, whose DID document ({where}) this "
                                      "workspace does not hold; Badgesmith never fetches it.")
        raw = keys.get(verification_method)
        if raw is None:
            raise UnsupportedKeyError(f"The DID document of {did} does not list this key as one it signs with.")
        return raw
