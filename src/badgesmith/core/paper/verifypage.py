"""The exported ``verify.html``: one self-contained page that checks QR claims in a browser.

The page inlines its CSS, its script and the vendored TweetNaCl fallback verifier, and holds the
issuer's public keys (current and retired) as JSON, with the address of each key's Bitstring
Status List, and the message catalogue (``messages.json``) of every shipped language: the page is
written in the issuer's language, and its script switches to the viewer's browser language when
Badgesmith ships it. Its Content-Security-Policy allows fetching from its own origin only (the status
list) and only these exact inline scripts and style (by SHA-256 hash) to run, so even a hostile
string that escaped the escaping could not execute.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from collections.abc import Mapping, Sequence
from datetime import date
from functools import cache

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from badgesmith.core.credentials.didkey import public_key_bytes_from_did
from badgesmith.core.credentials.didweb import domain_of
from badgesmith.core.errors import BadgesmithError
from badgesmith.core.languages import ENGLISH, RIGHT_TO_LEFT, SHIPPED

from ...resources import resource_path
from .qrclaim import format_fingerprint, key_id

KEY_STATUSES = ("current", "retired")
NACL_FILE = "tweetnacl-1.0.3.min.js"
NACL_SHA256 = "973cc5733cc7432e30ee4682098f413094f494bccf76a567c23908c5035ddbbc"
MESSAGES_FILE = "messages.json"
# {{name}}: a value of the page; {{t.key}}: a message, in a span the script translates again
_PLACEHOLDER = re.compile(r"\{\{(t\.)?(\w+)\}\}")
_MESSAGE_SLOT = re.compile(r"\{(\w+)\}")

KeySpec = tuple[str, bytes | str | Ed25519PublicKey]  # (status, raw key / did:key / key)
# a key's status list: (its published address, the issuer DID it names)
ListSpec = tuple[str, str]


class VerifyPageError(BadgesmithError, ValueError):
    """The page cannot be made from these inputs. ``message`` is a plain sentence."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@cache
def _asset(name: str) -> str:
    return resource_path("verify", name).read_text(encoding="utf-8")


@cache
def _nacl() -> str:
    data = resource_path("verify", "vendor", NACL_FILE).read_bytes()
    if hashlib.sha256(data).hexdigest() != NACL_SHA256:
        raise VerifyPageError(f"The bundled {NACL_FILE} has been modified; reinstall Badgesmith.")
    return data.decode("utf-8")


@cache
def messages() -> dict[str, dict[str, str]]:
    """The page's catalogue: language code -> message key -> text with ``{name}`` slots."""
    catalogue: dict[str, dict[str, str]] = json.loads(_asset(MESSAGES_FILE))
    return catalogue


def _message_html(language: str, key: str, slots: Mapping[str, str]) -> str:
    """A message as HTML: its own text escaped, each ``{name}`` replaced by ``slots[name]`` (HTML)."""
    pieces = _MESSAGE_SLOT.split(messages()[language][key])
    return "".join(slots[p] if i % 2 else html.escape(p, quote=True) for i, p in enumerate(pieces))


def _translated(language: str, key: str, slots: Mapping[str, str]) -> str:
    """A message in a span that names its key: the page's script puts it in the viewer's language."""
    return f'<span data-t="{key}">{_message_html(language, key, slots)}</span>'


def _raw_key(key: bytes | str | Ed25519PublicKey) -> bytes:
    if isinstance(key, Ed25519PublicKey):
        return key.public_bytes(Encoding.Raw, PublicFormat.Raw)
    if isinstance(key, str):
        try:
            return public_key_bytes_from_did(key)
        except Exception as exc:  # the credentials layer raises its own error types
            raise VerifyPageError(f"{key[:60]!r} is not an Ed25519 did:key.") from exc
    if isinstance(key, bytes | bytearray) and len(key) == 32:
        return bytes(key)
    raise VerifyPageError("A public key must be 32 raw bytes, a did:key or an Ed25519 key.")


def _config(issuer_name: str, keys: Sequence[KeySpec], lists: Mapping[bytes, Sequence[ListSpec]],
            did_web: str | None) -> dict[str, object]:
    entries = []
    for status, key in keys:
        if status not in KEY_STATUSES:
            raise VerifyPageError(f"A key's status must be 'current' or 'retired', not {status!r}.")
        raw = _raw_key(key)
        kid = key_id(raw)
        entries.append(
            {
                "kid": kid.hex(),
                "pub": raw.hex(),
                "status": status,
                "fingerprint": format_fingerprint(kid),
                "lists": [{"url": url, "issuer": did} for url, did in lists.get(raw, ())],
            }
        )
    if not entries:
        raise VerifyPageError("The verify page needs at least one of the issuer's public keys.")
    return {"issuer": issuer_name, "keys": entries, "domain": domain_of(did_web) if did_web else None}


def script_json(value: object) -> str:
    """JSON that is safe inside ``<script type="application/json">``: no '<', '>' or '&'."""
    text = json.dumps(value, ensure_ascii=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _csp_hash(text: str) -> str:
    return (
        "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"
    )


def _inline_safe(name: str, text: str, closing: str) -> str:
    lowered = text.lower()
    if closing in lowered or "<!--" in lowered:
        raise VerifyPageError(f"{name} cannot be inlined: it contains {closing!r} or '<!--'.")
    return text


def _issuer_link(issuer_url: str | None, language: str) -> str:
    if issuer_url is None:
        return ""
    if not re.match(r"https?://[^\s\"'<>]+\Z", issuer_url):
        raise VerifyPageError("The issuer's web address must start with https:// (or http://).")
    url = html.escape(issuer_url, quote=True)
    label = _translated(language, "issuer_website", {})
    return f'<p>{label} <a href="{url}" rel="noopener noreferrer" dir="ltr">{url}</a></p>'


def _key_note(did_web: str | None, language: str, slots: Mapping[str, str]) -> str:
    """One sentence on what ties the keys below to the issuer."""
    return f"<p>{_translated(language, 'key_note_web' if did_web else 'key_note_fingerprint', slots)}</p>"


def _language(language: str) -> str:
    if language not in SHIPPED or language not in messages():
        raise VerifyPageError(f"The verify page cannot be written in {language!r}; choose one of "
                              + ", ".join(f"{k} ({v})" for k, v in SHIPPED.items()) + ".")
    return language


def render_verify_page(
    issuer_name: str,
    keys: Sequence[KeySpec],
    issuer_url: str | None = None,
    *,
    status_lists: Mapping[bytes, Sequence[ListSpec]] | None = None,
    did_web: str | None = None,
    revoked: Mapping[str, date] | None = None,
    language: str = ENGLISH,
) -> str:
    """The complete ``verify.html`` for ``issuer_name`` trusting ``keys``.

    ``keys`` is a list of ``(status, key)`` with status ``"current"`` or ``"retired"`` and key the
    32 raw bytes of an Ed25519 public key, a ``did:key`` or a key object. ``status_lists`` maps a
    raw public key to its lists; ``did_web`` is the issuer's did:web, if it has one; ``revoked``
    maps the 32 hex digits of a revoked credential's UUID to its revocation date (credentials
    without a status list entry: the page is the only place their revocation shows). ``language``
    (a shipped code) is the issuer's: the page is written in it, and a viewer whose browser asks
    for another shipped language reads it in that one.
    """
    if not isinstance(issuer_name, str) or not issuer_name.strip():
        raise VerifyPageError("The verify page needs the issuer's name.")
    issuer_name = issuer_name.strip()
    style = _inline_safe("verify.css", _asset("verify.css"), "</style")
    nacl = _inline_safe(NACL_FILE, _nacl(), "</script")
    app = _inline_safe("verify.js", _asset("verify.js"), "</script")
    csp = (
        "default-src 'none'; "
        f"script-src {_csp_hash(nacl)} {_csp_hash(app)}; "
        f"style-src {_csp_hash(style)}; "
        "connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'"
    )
    language = _language(language)
    domain = domain_of(did_web) if did_web else None
    # what a message's {name} stands for in the page (the script builds the same as elements)
    slots = {
        "issuer": f"<bdi>{html.escape(issuer_name, quote=True)}</bdi>",
        "domain": "<strong>" + html.escape(domain or "", quote=True) + "</strong>",
        "did": '<span class="mono">' + html.escape(did_web or "", quote=True) + "</span>",
    }
    config = {
        **_config(issuer_name, keys, status_lists or {}, did_web),
        "did": did_web,
        "revoked": {k: v.isoformat() for k, v in sorted((revoked or {}).items())},
        "language": language,
        "languages": SHIPPED,
        "rtl": sorted(RIGHT_TO_LEFT),
        "messages": messages(),
    }
    title = _MESSAGE_SLOT.sub(lambda m: issuer_name if m.group(1) == "issuer" else m.group(0),
                              messages()[language]["title"])
    values = {
        "csp": csp,
        "lang": language.replace("_", "-"),
        "dir": "rtl" if language in RIGHT_TO_LEFT else "ltr",
        "title": html.escape(title, quote=True),
        "issuer_name": html.escape(issuer_name, quote=True),
        "style": style,
        "config_json": script_json(config),
        "key_note": _key_note(did_web, language, slots),
        "nacl_js": nacl,
        "app_js": app,
        "issuer_link": _issuer_link(issuer_url, language),
    }

    def fill(m: re.Match[str]) -> str:
        return _translated(language, m.group(2), slots) if m.group(1) else values[m.group(2)]

    # one pass: text substituted in is never searched for placeholders again
    return _PLACEHOLDER.sub(fill, _asset("verify.html"))
