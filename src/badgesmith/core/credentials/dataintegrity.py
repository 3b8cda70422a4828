"""W3C Data Integrity proofs with the ``eddsa-rdfc-2022`` cryptosuite (vc-di-eddsa).

hashData = SHA-256(RDFC-1.0(proof options)) || SHA-256(RDFC-1.0(document without proof)),
signed with Ed25519; ``proofValue`` = multibase base58btc. RDFC-1.0 is pyld's ``URDNA2015``.

Speed: canonicalising the document dominates (pyld's expansion + to-RDF + URDNA2015); the
contexts are processed once per loader (see loader.py) and the canonical proof options are
cached per (context, verification method, created), which a batch shares.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pyld import jsonld

from .didkey import did_from_verification_method, public_key_from_did
from .errors import CredentialError, SigningError
from .loader import FastJsonLdProcessor, OfflineLoader, default_loader
from .multikey import multibase_decode, multibase_encode

PROOF_TYPE = "DataIntegrityProof"
CRYPTOSUITE = "eddsa-rdfc-2022"
ASSERTION_METHOD = "assertionMethod"


def xsd_datetime(when: datetime) -> str:
    """UTC, whole seconds, 'Z': the form every verifier parses."""
    if when.tzinfo is None:
        raise ValueError("datetime must be timezone-aware")
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_xsd_datetime(value: Any) -> datetime | None:
    """The inverse, for any credential's dates: a UTC datetime, or None when the value is not
    a date-time with a time zone."""
    if not isinstance(value, str):
        return None
    try:
        t = datetime.fromisoformat(value)
    except ValueError:
        return None
    return t.astimezone(UTC) if t.tzinfo else None


def canonicalize(document: Mapping[str, Any], loader: OfflineLoader | None = None) -> str:
    """RDFC-1.0 canonical N-Quads of a JSON-LD document, processed offline."""
    loader = loader or default_loader()
    options: dict[str, Any] = {
        "algorithm": "URDNA2015",
        "format": "application/n-quads",
        **loader.pyld_options(),
    }
    try:
        return str(FastJsonLdProcessor().normalize(dict(document), options))
    except jsonld.JsonLdError as exc:
        raise SigningError(f"The document is not valid JSON-LD: {_jsonld_reason(exc)}") from exc


def _jsonld_reason(exc: BaseException) -> str:
    # pyld chains its errors; the innermost cause is the informative one (e.g. our loader's)
    while exc.__cause__ is not None:
        exc = exc.__cause__
    if isinstance(exc, CredentialError):
        return str(exc)
    return getattr(exc, "message", None) or str(exc).splitlines()[0]


# A proof's `created` changes with every credential, so its canonical form is made from a
# template canonicalised once per (context, verification method, purpose) with a sentinel date.
# This is exact: the proof options have one blank node (always _:c14n0), the N-Quads are sorted by
# their predicate (which precedes the object) so the order does not depend on the date, and a
# strict XSD dateTime contains no character that N-Quads escapes. Anything else goes the slow way.
_SENTINEL = "0001-01-01T00:00:00Z"
_XSD_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})")
_DT_SUFFIX = '"^^<http://www.w3.org/2001/XMLSchema#dateTime>'


@lru_cache(maxsize=256)
def _canonical_proof_template(loader: OfflineLoader, key: tuple[Any, ...]) -> str | None:
    context, vm, purpose = key
    template = canonicalize(proof_options(vm, _SENTINEL, list(context), purpose), loader)
    return template if template.count(f'"{_SENTINEL}{_DT_SUFFIX}') == 1 else None


def _canonical_proof_options(loader: OfflineLoader, options: Mapping[str, Any]) -> str:
    ctx = options["@context"]
    created = options["created"]
    if (
        set(options) == {"@context", "type", "cryptosuite", "created", "verificationMethod", "proofPurpose"}
        and options["type"] == PROOF_TYPE
        and options["cryptosuite"] == CRYPTOSUITE
        and isinstance(ctx, list | str)
        and isinstance(created, str)
        and _XSD_DATETIME.fullmatch(created)
        and isinstance(options["verificationMethod"], str)
        and isinstance(options["proofPurpose"], str)
    ):
        key = (_freeze(ctx if isinstance(ctx, list) else [ctx]), options["verificationMethod"], options["proofPurpose"])
        template = _canonical_proof_template(loader, key)
        if template is not None:
            return template.replace(f'"{_SENTINEL}{_DT_SUFFIX}', f'"{created}{_DT_SUFFIX}')
    return canonicalize(options, loader)


def proof_options(
    verification_method: str, created: str, context: Any, proof_purpose: str = ASSERTION_METHOD
) -> dict[str, Any]:
    return {
        "@context": context,
        "type": PROOF_TYPE,
        "cryptosuite": CRYPTOSUITE,
        "created": created,
        "verificationMethod": verification_method,
        "proofPurpose": proof_purpose,
    }


def _freeze(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    if isinstance(value, dict):
        return tuple(sorted((k, _freeze(v)) for k, v in value.items()))
    return value


def hash_data(
    document: Mapping[str, Any], options: Mapping[str, Any], loader: OfflineLoader | None = None
) -> bytes:
    """SHA-256(canonical proof options) || SHA-256(canonical document without proof)."""
    loader = loader or default_loader()
    unsecured = {k: v for k, v in document.items() if k != "proof"}
    canonical_options = _canonical_proof_options(loader, options)
    canonical_document = canonicalize(unsecured, loader)
    return (
        hashlib.sha256(canonical_options.encode("utf-8")).digest()
        + hashlib.sha256(canonical_document.encode("utf-8")).digest()
    )


def sign(
    document: Mapping[str, Any],
    private_key: Ed25519PrivateKey,
    verification_method: str,
    created: datetime | str | None = None,
    *,
    loader: OfflineLoader | None = None,
    check_terms: bool = True,
) -> dict[str, Any]:
    """A new dict: ``document`` with ``proof`` = [one DataIntegrityProof eddsa-rdfc-2022].

    Like the reference implementation's "safe mode", a document with a property its contexts do
    not define is refused (UndefinedTermError): the signature would not cover it.
    ``check_terms=False`` skips this when the caller has just checked (ob3.build_and_check).
    """
    if "proof" in document:
        raise SigningError("The document is already signed; Badgesmith does not add second proofs.")
    if "@context" not in document:
        raise SigningError("The document has no @context.")
    if check_terms:
        from .ob3 import check_defined_terms  # ob3 builds on this module

        check_defined_terms({k: v for k, v in document.items() if k != "proof"}, loader)
    when = created if isinstance(created, str) else xsd_datetime(created or datetime.now(UTC))
    options = proof_options(verification_method, when, document["@context"])
    signature = private_key.sign(hash_data(document, options, loader))
    proof = {k: v for k, v in options.items() if k != "@context"}
    proof["proofValue"] = multibase_encode(signature)
    signed = dict(document)
    signed["proof"] = [proof]
    return signed


@dataclass(frozen=True)
class ProofCheck:
    """Outcome of checking one document's proof. ``reason`` is one plain sentence."""

    valid: bool
    reason: str
    verification_method: str | None = None
    did: str | None = None


def _select_proof(document: Mapping[str, Any]) -> tuple[dict[str, Any] | None, str]:
    proofs = document.get("proof")
    if proofs is None:
        return None, "The credential is not signed (it has no proof)."
    if isinstance(proofs, dict):
        proofs = [proofs]
    if not isinstance(proofs, list) or not all(isinstance(p, dict) for p in proofs):
        return None, "The credential's proof is malformed."
    ours = [p for p in proofs if p.get("type") == PROOF_TYPE and p.get("cryptosuite") == CRYPTOSUITE]
    if len(proofs) != 1 or len(ours) != 1:
        return None, (
            "The credential must carry exactly one DataIntegrityProof with the "
            "eddsa-rdfc-2022 cryptosuite."
        )
    return ours[0], ""


def verify(document: Mapping[str, Any], *, loader: OfflineLoader | None = None) -> ProofCheck:
    """Check the eddsa-rdfc-2022 proof (object or one-element array), resolving did:key locally."""
    proof, problem = _select_proof(document)
    if proof is None:
        return ProofCheck(False, problem)
    vm = proof.get("verificationMethod")
    if not isinstance(vm, str):
        return ProofCheck(False, "The proof names no verification method.")
    if proof.get("proofPurpose") != ASSERTION_METHOD:
        return ProofCheck(False, "The proof's purpose is not assertionMethod.", vm)
    try:
        public_key = public_key_from_did(vm)
    except CredentialError as exc:
        return ProofCheck(False, f"The signing key cannot be used: {exc}", vm)
    did = did_from_verification_method(vm)
    value = proof.get("proofValue")
    try:
        signature = multibase_decode(value) if isinstance(value, str) else b""
    except ValueError:
        signature = b""
    if len(signature) != 64:
        return ProofCheck(False, "The proof's signature value is malformed.", vm, did)
    options = {k: v for k, v in proof.items() if k != "proofValue"}
    context = document.get("@context")
    if "@context" in options:
        # vc-di-eddsa: the proof's context must be a prefix of the document's
        pctx = options["@context"]
        pctx = pctx if isinstance(pctx, list) else [pctx]
        dctx = context if isinstance(context, list) else [context]
        if dctx[: len(pctx)] != pctx:
            return ProofCheck(False, "The proof's @context does not match the credential's.", vm, did)
    else:
        options["@context"] = context
    try:
        from .ob3 import check_defined_terms

        # an undefined property would be dropped from the canonical form, i.e. not signed:
        # a valid signature must not vouch for it (as the reference verifiers' safe mode)
        check_defined_terms({k: v for k, v in document.items() if k != "proof"}, loader)
        data = hash_data(document, options, loader)
    except CredentialError as exc:
        return ProofCheck(False, f"The credential cannot be processed: {exc}", vm, did)
    try:
        public_key.verify(signature, data)
    except InvalidSignature:
        return ProofCheck(
            False, "The signature does not match: the credential was altered or signed by another key.", vm, did
        )
    return ProofCheck(True, "The signature is valid.", vm, did)
