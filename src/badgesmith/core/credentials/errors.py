"""Exceptions of the credentials layer.

Every exception carries a message a user can read: the GUI and the CLI print ``str(exc)``.
"""

from __future__ import annotations

from badgesmith.core.errors import BadgesmithError
from badgesmith.core.said import QT_TRANSLATE_NOOP, said


class CredentialError(BadgesmithError):
    """Base class: something about keys, credentials or JSON-LD went wrong."""


class WrongPassphrase(CredentialError):
    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or said(QT_TRANSLATE_NOOP(
            "core", "The passphrase is wrong: the signing key could not be unlocked.")))


class UnsupportedKeyError(CredentialError):
    """A key or did:key that is not an Ed25519 public key."""


class DocumentLoaderError(CredentialError):
    """A JSON-LD document was requested that Badgesmith does not ship (it never downloads)."""


class InvalidIssuerCard(CredentialError):
    """An issuer card file that cannot be trusted as it is."""


class InvalidKeyBackup(CredentialError):
    """A key backup file that is damaged or not a Badgesmith key backup."""


class SigningError(CredentialError):
    """The document could not be signed (e.g. it is not valid JSON-LD)."""


class UnreadableCredential(CredentialError):
    """Credential text that is not strict, bounded JSON (duplicate keys, NaN, too deep, ...)."""


class UnsafeJsonLd(CredentialError):
    """JSON-LD that a processor would partly drop or ignore, so a signature would not cover what
    a reader of the JSON sees (jsonld.js "safe mode" refuses the same documents)."""


class UndefinedTermError(UnsafeJsonLd):
    """A property is not defined by the credential's JSON-LD contexts."""

    def __init__(self, path: str) -> None:
        self.path = path
        super().__init__(
            f"The property {path} is not defined by the credential's JSON-LD contexts; "
            "verifiers would reject the credential."
        )
