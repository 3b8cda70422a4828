"""W3C Data Integrity proofs with the ``eddsa-rdfc-2022`` cryptosuite (vc-di-eddsa).

hashData = SHA-256(RDFC-1.0(proof options)) || SHA-256(RDFC-1.0(document without proof)),
signed with Ed25519; ``proofValue`` = multibase base58btc. RDFC-1.0 is pyld's ``URDNA2015``.
JSON-LD is processed in safe mode (see safejsonld): nothing that a reader of the JSON sees may
be left out of what is signed, on signing as on verifying.

Speed: canonicalising the document dominates (pyld's expansion + to-RDF + URDNA2015); the
contexts are processed once per loader (see loader.py) and the canonical proof options are
cached per (context, verification method, created), which a batch shares.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from badgesmith.core.said import QT_TRANSLATE_NOOP, said

from .didkey import did_from_verification_method, did_key_from_public, public_key_from_did
from .didweb import DidWebDirectory, is_did_web
from .errors import CredentialError, SigningError
from .jsontext import check_tree
from .loader import OfflineLoader, default_loader
from .multikey import multibase_decode, multibase_encode
from .safejsonld import canonicalize_dataset, check_profile, to_dataset
from .signedfacts import SignedFacts, facts_from_dataset

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
    """RDFC-1.0 canonical N-Quads of a JSON-LD document, processed offline and in safe mode."""
    return canonicalize_dataset(to_dataset(document, loader or default_loader()))


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
    template = canonicalize(proof_options(vm, _SENTINEL, json.loads(context), purpose), loader)
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
        # the context as JSON text: hashable, and an inline context object survives the round trip
        key = (json.dumps(ctx if isinstance(ctx, list) else [ctx], sort_keys=True),
               options["verificationMethod"], options["proofPurpose"])
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


def hash_data(
    document: Mapping[str, Any], options: Mapping[str, Any], loader: OfflineLoader | None = None
) -> bytes:
    """SHA-256(canonical proof options) || SHA-256(canonical document without proof)."""
    return _hash_and_facts(document, options, loader or default_loader(), want_facts=False)[0]


def _hash_and_facts(
    document: Mapping[str, Any], options: Mapping[str, Any], loader: OfflineLoader, want_facts: bool
) -> tuple[bytes, SignedFacts | None, str | None]:
    unsecured = {k: v for k, v in document.items() if k != "proof"}
    canonical_options = _canonical_proof_options(loader, options)
    dataset = to_dataset(unsecured, loader)
    facts, problem = None, None
    if want_facts:  # read before canonicalisation, which consumes the dataset: the same statements
        try:
            facts = facts_from_dataset(dataset)
        except CredentialError as exc:
            problem = exc.message
    canonical_document = canonicalize_dataset(dataset)
    digest = (
        hashlib.sha256(canonical_options.encode("utf-8")).digest()
        + hashlib.sha256(canonical_document.encode("utf-8")).digest()
    )
    return digest, facts, problem


def sign(
    document: Mapping[str, Any],
    private_key: Ed25519PrivateKey,
    verification_method: str,
    created: datetime | str | None = None,
    *,
    loader: OfflineLoader | None = None,
) -> dict[str, Any]:
    """A new dict: ``document`` with ``proof`` = [one DataIntegrityProof eddsa-rdfc-2022].

    Like the reference implementation's "safe mode", a document with anything that would be left
    out of its canonical form (an undefined property, a malformed id) is refused
    (UnsafeJsonLd / UndefinedTermError): the signature would not cover it.
    """
    if "proof" in document:
        raise SigningError("The document is already signed; Badgesmith does not add second proofs.")
    if "@context" not in document:
        raise SigningError("The document has no @context.")
    check_tree(document, "document")
    check_profile(document, "document")
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
    facts: SignedFacts | None = None  # what the signature covers, read from the signed dataset
    facts_problem: str | None = None  # why no facts could be read (e.g. two recipients)
    key_did: str | None = None  # the signing key as a did:key (the same as ``did`` unless did:web)


def _select_proof(document: Mapping[str, Any]) -> tuple[dict[str, Any] | None, str]:
    proofs = document.get("proof")
    if proofs is None:
        return None, said(QT_TRANSLATE_NOOP("core", "The credential is not signed (it has no proof)."))
    if isinstance(proofs, dict):
        proofs = [proofs]
    if not isinstance(proofs, list) or not all(isinstance(p, dict) for p in proofs):
        return None, said(QT_TRANSLATE_NOOP("core", "The credential's proof is malformed."))
    ours = [p for p in proofs if p.get("type") == PROOF_TYPE and p.get("cryptosuite") == CRYPTOSUITE]
    if len(proofs) != 1 or len(ours) != 1:
        return None, said(QT_TRANSLATE_NOOP(
            "core", "The credential must carry exactly one DataIntegrityProof with the eddsa-rdfc-2022 cryptosuite."))
    return ours[0], ""


def _public_key(vm: str, did_web: DidWebDirectory | None) -> Ed25519PublicKey:
    if is_did_web(vm):
        return Ed25519PublicKey.from_public_bytes((did_web or DidWebDirectory()).resolve(vm))
    return public_key_from_did(vm)


def verify(document: Mapping[str, Any], *, loader: OfflineLoader | None = None,
           did_web: DidWebDirectory | None = None) -> ProofCheck:
    """Check the eddsa-rdfc-2022 proof (object or one-element array), resolving did:key locally
    and did:web only from the documents in ``did_web`` (nothing is fetched)."""
    proof, problem = _select_proof(document)
    if proof is None:
        return ProofCheck(False, problem)
    vm = proof.get("verificationMethod")
    if not isinstance(vm, str):
        return ProofCheck(False, said(QT_TRANSLATE_NOOP("core", "The proof names no verification method.")))
    if proof.get("proofPurpose") != ASSERTION_METHOD:
        return ProofCheck(False, said(QT_TRANSLATE_NOOP("core", "The proof's purpose is not assertionMethod.")), vm)
    try:
        public_key = _public_key(vm, did_web)
    except CredentialError as exc:
        return ProofCheck(False, said(QT_TRANSLATE_NOOP("core", "The signing key cannot be used: {problem}"),
                                      problem=exc.message), vm)
    did = did_from_verification_method(vm)
    key_did = did_key_from_public(public_key)
    value = proof.get("proofValue")
    try:
        signature = multibase_decode(value) if isinstance(value, str) else b""
    except ValueError:
        signature = b""
    if len(signature) != 64:
        return ProofCheck(False, said(QT_TRANSLATE_NOOP("core", "The proof's signature value is malformed.")), vm, did,
                          key_did=key_did)
    options = {k: v for k, v in proof.items() if k != "proofValue"}
    context = document.get("@context")
    if "@context" in options:
        # vc-di-eddsa: the proof's context must be a prefix of the document's
        pctx = options["@context"]
        pctx = pctx if isinstance(pctx, list) else [pctx]
        dctx = context if isinstance(context, list) else [context]
        if dctx[: len(pctx)] != pctx:
            return ProofCheck(False, said(QT_TRANSLATE_NOOP(
                "core", "The proof's @context does not match the credential's.")), vm, did, key_did=key_did)
    else:
        options["@context"] = context
    try:
        # anything the canonical form would leave out is refused, as the reference verifiers'
        # safe mode does: a valid signature must never vouch for content it does not cover
        check_tree(document)
        check_profile(document)
        data, facts, facts_problem = _hash_and_facts(document, options, loader or default_loader(), want_facts=True)
    except CredentialError as exc:
        return ProofCheck(False, said(QT_TRANSLATE_NOOP("core", "The credential cannot be processed: {problem}"),
                                      problem=exc.message), vm, did, key_did=key_did)
    try:
        public_key.verify(signature, data)
    except InvalidSignature:
        return ProofCheck(
            False, said(QT_TRANSLATE_NOOP(
                "core", "The signature does not match: the credential was altered or signed by another key.")), vm, did,
            facts, facts_problem, key_did,
        )
    return ProofCheck(True, said(QT_TRANSLATE_NOOP("core", "The signature is valid.")), vm, did, facts, facts_problem,
                      key_did)
