"""The VC data-model checks the reference verifier makes besides the proof.

@digitalbazaar/vc (``_checkCredential`` in its lib/index.js) refuses a credential whose
``@context`` does not start with the VC context, whose type lacks VerifiableCredential, whose
subject is missing or empty, whose issuer, subject, status or evidence id is not a URL, or whose
status, evidence or proof is not a typed object. Badgesmith must never accept what the
reference refuses, so the same rules are checked here, each failure one plain sentence.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .safejsonld import is_safe_iri

VC_CONTEXTS = ("https://www.w3.org/ns/credentials/v2", "https://www.w3.org/2018/credentials/v1")
_TYPED = ("proof", "credentialStatus", "termsOfUse", "evidence")


def _values(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _id_of(value: Any) -> Any:
    return value.get("id") if isinstance(value, Mapping) else value


def data_model_problems(doc: Mapping[str, Any]) -> list[str]:
    """Plain sentences, one per problem; empty when the reference verifier would accept it."""
    out: list[str] = []
    context = doc.get("@context")
    if not isinstance(context, list) or not context or context[0] not in VC_CONTEXTS:
        out.append("The credential's @context must be a list that starts with the W3C credentials context.")
    types = _values(doc.get("type"))
    if "VerifiableCredential" not in types:
        out.append("The credential's type does not include VerifiableCredential.")
    subjects = doc.get("credentialSubject")
    if not subjects:
        out.append("The credential has no credentialSubject.")
    for subject in _values(subjects) if subjects else []:
        if not isinstance(subject, Mapping) or not subject:
            out.append("The credentialSubject must be an object that states something.")
        elif "id" in subject and not is_safe_iri(subject["id"]):
            out.append("The credentialSubject's id is not a web address or other URI.")
    issuers = _values(doc.get("issuer")) if doc.get("issuer") else []
    if len(issuers) != 1:
        out.append("The credential must name exactly one issuer.")
    elif not is_safe_iri(_id_of(issuers[0])):
        out.append("The issuer's id is missing or not a URI.")
    for status in _values(doc.get("credentialStatus", [])):
        if isinstance(status, Mapping) and "id" in status and not is_safe_iri(status["id"]):
            out.append("The credentialStatus id is not a URI.")
    for evidence in _values(doc.get("evidence", [])):
        evidence_id = _id_of(evidence)
        if evidence_id is not None and not is_safe_iri(evidence_id):
            out.append("An evidence id is not a URI.")
    for prop in _TYPED:
        for value in _values(doc[prop]) if prop in doc else []:
            if not isinstance(value, Mapping) or not value or "type" not in value:
                out.append(f"The credential's {prop} must be an object with a type.")
    return out
