"""core/credentials: Open Badges 3.0 credentials, keys, did:key, eddsa-rdfc-2022, verification.

Pure Python (never imports Qt); JSON-LD is processed offline with the bundled contexts.
"""

from .dataintegrity import ProofCheck, canonicalize, sign, verify
from .didkey import (
    did_key_from_public,
    fingerprint,
    public_key_from_did,
    verification_method,
)
from .errors import (
    CredentialError,
    DocumentLoaderError,
    InvalidIssuerCard,
    InvalidKeyBackup,
    SigningError,
    UndefinedTermError,
    UnsupportedKeyError,
    WrongPassphrase,
)
from .keys import (
    IssuerCard,
    KeyBackup,
    UnlockedKey,
    change_passphrase,
    decrypt_private_key,
    did_of,
    encrypt_private_key,
    export_issuer_card,
    export_key_backup,
    generate_key,
    import_key_backup,
    parse_issuer_card,
)
from .loader import OfflineLoader, default_loader
from .ob3 import (
    AchievementInfo,
    AlignmentInfo,
    CredentialInput,
    EvidenceInfo,
    ImageInfo,
    IssuerInfo,
    RecipientInfo,
    ResultDescriptionInfo,
    ResultInfo,
    RubricLevelInfo,
    build_and_check,
    build_credential,
    check_defined_terms,
)
from .schema import schema_problems
from .statuslist import signed_status_list, status_entry, status_list_credential
from .verify import Check, RevocationInfo, Verdict, VerificationReport, verify_credential

__all__ = [
    "AchievementInfo", "AlignmentInfo", "Check", "CredentialError", "CredentialInput",
    "DocumentLoaderError", "EvidenceInfo", "ImageInfo", "InvalidIssuerCard", "InvalidKeyBackup",
    "IssuerCard", "IssuerInfo", "KeyBackup", "OfflineLoader", "ProofCheck", "RecipientInfo",
    "ResultDescriptionInfo", "ResultInfo", "RevocationInfo", "RubricLevelInfo", "SigningError",
    "UndefinedTermError", "UnlockedKey", "UnsupportedKeyError", "VerificationReport", "Verdict",
    "WrongPassphrase", "build_and_check", "build_credential", "canonicalize", "change_passphrase",
    "check_defined_terms", "decrypt_private_key", "default_loader", "did_key_from_public",
    "did_of", "encrypt_private_key", "export_issuer_card", "export_key_backup", "fingerprint",
    "generate_key", "import_key_backup", "parse_issuer_card", "public_key_from_did",
    "schema_problems", "sign", "signed_status_list", "status_entry", "status_list_credential",
    "verification_method", "verify", "verify_credential",
]
