"""A warm node process running vcjs.mjs (the reference JavaScript VC stack), for tests and the
benchmark. One JSON request per line, one JSON answer per line."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SCRIPT = HERE / "vcjs.mjs"


def available() -> str | None:
    """None when the JS stack can run, else why not."""
    if shutil.which("node") is None:
        return "node is not installed"
    if not (HERE / "node_modules" / "@digitalbazaar" / "vc").is_dir():
        return "tests/interop/node_modules is missing: run `npm ci --prefix tests/interop`"
    return None


def in_ci() -> bool:
    return bool(os.environ.get("CI"))


class JsStack:
    def __init__(self, env: dict[str, str] | None = None) -> None:
        """``env`` adds to the environment, e.g. VCJS_DID_WEB_HOSTS and NODE_EXTRA_CA_CERTS for
        did:web resolution from a local HTTPS server."""
        self.proc = subprocess.Popen(
            ["node", str(SCRIPT), "serve"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            cwd=HERE,
            env={**os.environ, **(env or {})},
        )

    def call(self, **request: Any) -> Any:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(json.dumps(request, ensure_ascii=False) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError("the node process died")
        answer = json.loads(line)
        if not answer["ok"]:
            raise RuntimeError(answer["error"])
        return answer["result"]

    def verify(self, credential: dict[str, Any]) -> dict[str, Any]:
        return self.call(op="verify", credential=credential)

    def verify_text(self, text: str) -> dict[str, Any]:
        """JSON.parse ``text`` as a browser would, verify it, and return the facts a reader of
        the parsed object sees."""
        return self.call(op="verifyText", text=text)

    def sign(self, credential: dict[str, Any], seed: bytes, created: str | None = None,
             vm: str | None = None) -> dict[str, Any]:
        """Sign with the key of ``seed``, as its did:key or as the verification method ``vm``."""
        return self.call(op="sign", credential=credential, seed=seed.hex(), created=created, vm=vm)["credential"]

    def close(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
