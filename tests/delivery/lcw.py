"""Reading a baked badge the way Learner Credential Wallet and VerifierPlus do: find the keyword
in the bytes, then count braces from the first '{' after it (no PNG or XML parsing at all)."""

from __future__ import annotations

import json
from typing import Any


def extract(data: bytes, keyword: bytes) -> dict[str, Any]:
    start = data.index(b"{", data.index(keyword))
    depth = 0
    for i in range(start, len(data)):
        ch = data[i : i + 1]
        if ch == b"{":
            depth += 1
        elif ch == b"}":
            depth -= 1
            if depth == 0:
                return json.loads(data[start : i + 1].decode("utf-8"))
    raise ValueError("unbalanced braces")
