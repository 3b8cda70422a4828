"""The wallet file: an unsigned VerifiablePresentation holding a learner's live credentials, which
Learner Credential Wallet imports with "Add from file" (each credential keeps its own proof)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

VC_V2_CONTEXT = "https://www.w3.org/ns/credentials/v2"


def presentation(credentials: Sequence[dict[str, Any]]) -> dict[str, Any]:
    return {
        "@context": [VC_V2_CONTEXT],
        "type": ["VerifiablePresentation"],
        "verifiableCredential": list(credentials),
    }


def presentation_json(credentials: Sequence[dict[str, Any]]) -> str:
    return json.dumps(presentation(credentials), ensure_ascii=False, indent=2) + "\n"
