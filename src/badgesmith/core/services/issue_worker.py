"""The CPU-bound half of issuing, run in worker processes: sign, encode the claim, render.

A worker never touches the database or the output folder: it turns a :class:`Job` into the
signed credential text and the certificate PDF bytes, and the single writer does the rest.
The private key reaches a worker through its initializer (a pipe), never through a file.
"""

from __future__ import annotations

import json
import traceback
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from badgesmith.core.credentials import ob3
from badgesmith.core.credentials.dataintegrity import sign
from badgesmith.core.credentials.didweb import signing_method
from badgesmith.core.errors import BadgesmithError
from badgesmith.core.paper import qrclaim
from badgesmith.core.paper.pdfseal import seal_pdf
from badgesmith.core.paper.qrclaim import ClaimFields
from badgesmith.core.paper.render import CertificateData, render_certificate
from badgesmith.core.paper.templates import Template, load_template
from badgesmith.core.services.credential_data import Job


@dataclass(frozen=True)
class Made:
    learner_id: int
    credential_id: str
    signed_json: str
    pdf: bytes


@dataclass(frozen=True)
class NotMade:
    """A learner whose credential could not be made; the batch goes on without it."""

    learner_id: int
    reason: str  # one sentence for the trainer
    traceback: str | None = None  # an unexpected error (a bug): logged by the writer, never shown


class CredentialMaker:
    """Holds what is loaded once per process: the key, the template, fonts, JSON-LD caches."""

    def __init__(self, seed: bytes, template_id: str, overrides: dict[str, Any], paper: str,
                 orientation: str, verify_page_url: str | None, issuer_did: str) -> None:
        self._key = Ed25519PrivateKey.from_private_bytes(seed)
        self._vm = signing_method(issuer_did, self._key.public_key().public_bytes_raw())
        self._template: Template = load_template(template_id, overrides)
        self._paper, self._orientation = paper, orientation
        self._verify_url = verify_page_url

    def __repr__(self) -> str:
        return "CredentialMaker(key hidden)"

    def render(self, signed: dict[str, Any] | None, claim_fields: ClaimFields,
               certificate: CertificateData) -> bytes:
        """The certificate PDF with a QR claim signed by this maker's key (and the credential)."""
        claim = qrclaim.encode_claim(claim_fields, self._key)
        payload = qrclaim.claim_qr_payload(claim, self._verify_url)
        pdf = render_certificate(replace(certificate, qr_payload=payload), self._template,
                                 self._paper, self._orientation, credential=signed)
        return pdf if signed is None else seal_pdf(pdf, self._key)  # a preview carries no credential

    def make(self, job: Job, created: datetime) -> Made | NotMade:
        try:
            doc = ob3.build_credential(job.input)
            signed = sign(doc, self._key, self._vm, created)
            pdf = self.render(signed, job.claim, job.certificate)
        except BadgesmithError as exc:  # this learner's data cannot make a certificate: say why
            return NotMade(job.learner_id, exc.message)
        except Exception as exc:  # a bug: the trainer is told where the details are
            return NotMade(job.learner_id, f"An internal error stopped this credential ({type(exc).__name__}); "
                                           "the details are in the log.", traceback.format_exc())
        text = json.dumps(signed, ensure_ascii=False, indent=2)
        return Made(job.learner_id, signed["id"], text, pdf)


_maker: CredentialMaker | None = None


def init_worker(*args: Any) -> None:
    global _maker
    _maker = CredentialMaker(*args)


def warm_up() -> None:
    """A no-op task: submitting one per worker makes the pool start its processes now."""


def make_in_worker(job: Job, created: datetime) -> Made | NotMade:
    if _maker is None:
        raise RuntimeError("init_worker was not called")  # a bug in the pool set-up, never input
    return _maker.make(job, created)
