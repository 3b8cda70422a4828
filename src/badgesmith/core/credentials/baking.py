"""Baked badges: a credential carried inside its badge image (OB 3.0 section "Baked Badge").

* PNG: one ``iTXt`` chunk, keyword ``openbadgecredential``, uncompressed, empty language tag
  and translated keyword, placed right before ``IEND``. The image's own chunks are copied byte
  for byte (never re-encoded); an earlier credential chunk is replaced.
* SVG: ``xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"`` on the root and one
  ``<openbadges:credential>`` element right after ``<svg …>``, the JSON in CDATA (split where the
  JSON holds ``]]>``).

What is baked is minified JSON with every non-ASCII character escaped as ``\\uXXXX``: Learner
Credential Wallet and VerifierPlus find the credential by scanning the bytes for the keyword and
counting braces, which only works when the bytes are plain ASCII.

Unbaking is strict (chunk CRCs, one credential only, sizes bounded): it reads files from outside.
"""

from __future__ import annotations

import json
import re
import struct
import zlib
from typing import Any, cast
from xml.etree import ElementTree

from badgesmith.core.credentials.errors import CredentialError

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
KEYWORD = b"openbadgecredential"
OB_NAMESPACE = "https://purl.imsglobal.org/ob/v3p0"
MAX_BAKED_IMAGE_BYTES = 25_000_000
MAX_CREDENTIAL_BYTES = 2_000_000  # far above any credential Badgesmith or others issue
MAX_SVG_ELEMENTS = 100_000  # a badge has a few hundred; a million nested groups is an attack
MAX_SVG_DEPTH = 256
_JSON_SPACE = " \t\r\n"  # the only whitespace JSON allows around a document
_MAX_CHUNKS = 10_000


class BakingError(CredentialError):
    """An image that cannot be baked or unbaked, with one plain sentence."""


class AmbiguousBake(BakingError):
    """An image that holds more than one credential: which one it stands for cannot be told."""


def baked_json(credential: dict[str, Any]) -> str:
    """The text that is baked: minified, ASCII only (non-ASCII as \\uXXXX), and braces inside
    strings escaped too (\\u007b, \\u007d) so that counting braces finds exactly the credential."""
    text = json.dumps(credential, ensure_ascii=True, separators=(",", ":"))
    return _escape_string_braces(text)


def _escape_string_braces(text: str) -> str:
    out, in_string, escaped = [], False, False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
            elif ch in "{}":
                out.append("\\u007b" if ch == "{" else "\\u007d")
                continue
        elif ch == '"':
            in_string = True
        out.append(ch)
    return "".join(out)


def wallet_view(data: bytes, keyword: bytes) -> bytes | None:
    """What a byte-scanning wallet (Learner Credential Wallet, VerifierPlus) takes as the
    credential: from the first '{' after the first ``keyword`` to the brace that balances it,
    counting every brace. None where it finds nothing."""
    at = data.find(keyword)
    start = data.find(b"{", at) if at >= 0 else -1
    if start < 0:
        return None
    depth = 0
    for i in range(start, len(data)):
        c = data[i]
        if c == 0x7B:
            depth += 1
        elif c == 0x7D:
            depth -= 1
            if depth == 0:
                return data[start : i + 1]
    return None


def _same_as_wallets(data: bytes, keyword: bytes, text: str, kind: str) -> str:
    """``text`` when byte-scanning wallets read exactly it too; AmbiguousBake otherwise (the file
    would show one credential here and another, or none, in a wallet)."""
    body = text.strip(_JSON_SPACE)
    if not body.isascii() or wallet_view(data, keyword) != body.encode("ascii"):
        raise AmbiguousBake(f"This {kind} image's baked credential is not where wallets look for it, or "
                            "not as they read it; Badgesmith cannot tell which credential it stands for.")
    return body


def image_kind(data: bytes) -> str | None:
    """"png" or "svg" when ``data`` looks like one, else None."""
    if data.startswith(PNG_SIGNATURE):
        return "png"
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith((b"<svg", b"<?xml", b"<!--")) and b"<svg" in data[:65536]:
        return "svg"
    return None


# --- PNG ----------------------------------------------------------------------------------------


def _chunks(data: bytes) -> list[tuple[bytes, bytes, bytes]]:
    """(type, payload, the chunk's raw bytes) of every chunk; BakingError on a damaged file."""
    if not data.startswith(PNG_SIGNATURE):
        raise BakingError("This is not a PNG image.")
    if len(data) > MAX_BAKED_IMAGE_BYTES:
        raise BakingError(f"The image is larger than {MAX_BAKED_IMAGE_BYTES // 1_000_000} MB.")
    out: list[tuple[bytes, bytes, bytes]] = []
    pos = len(PNG_SIGNATURE)
    while pos < len(data):
        if pos + 12 > len(data) or len(out) >= _MAX_CHUNKS:
            raise BakingError("The PNG image is cut short or damaged.")
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        end = pos + 12 + length
        if end > len(data):
            raise BakingError("The PNG image is cut short or damaged.")
        payload = data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length : end])
        if zlib.crc32(kind + payload) != crc:
            raise BakingError("The PNG image is damaged (a chunk's checksum is wrong).")
        out.append((kind, payload, data[pos:end]))
        pos = end
        if kind == b"IEND":
            break
    if not out or out[0][0] != b"IHDR" or out[-1][0] != b"IEND":
        raise BakingError("The PNG image is cut short or damaged.")
    if data[pos:].strip(b"\0"):
        raise BakingError("The PNG image has data after its end; Badgesmith does not read such files.")
    return out


def _chunk(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))


def _is_credential_chunk(kind: bytes, payload: bytes) -> bool:
    return kind == b"iTXt" and payload.split(b"\0", 1)[0] == KEYWORD


def bake_png(image: bytes, credential: dict[str, Any]) -> bytes:
    """``image`` with the credential baked in (any earlier credential chunk replaced)."""
    chunks = _chunks(image)
    # keyword \0, compression flag 0, method 0, language tag "" \0, translated keyword "" \0, text
    chunk = _chunk(b"iTXt", KEYWORD + b"\0\0\0\0\0" + baked_json(credential).encode("ascii"))
    kept = [raw for kind, payload, raw in chunks[:-1] if not _is_credential_chunk(kind, payload)]
    return PNG_SIGNATURE + b"".join(kept) + chunk + chunks[-1][2]


def unbake_png(image: bytes) -> str:
    """The credential text baked in a PNG; BakingError when there is none, or more than one."""
    found = [payload for kind, payload, _ in _chunks(image) if _is_credential_chunk(kind, payload)]
    if not found:
        raise BakingError("This PNG image holds no baked credential.")
    if len(found) > 1 or image.count(KEYWORD) > 1:
        # Wallets find the credential by scanning the bytes for the keyword: a second copy
        # anywhere (another chunk, a comment) could be what they show.
        raise AmbiguousBake("This PNG image holds more than one baked credential; Badgesmith cannot "
                          "tell which one it stands for.")
    # keyword \0, compression flag 0, method 0, empty language tag \0, empty translated keyword \0:
    # the only form OB 3.0 allows. Anything else could hide a second credential in the fields a
    # wallet scans through (or compress the one it would look for).
    prefix = KEYWORD + b"\0\0\0\0\0"
    if not found[0].startswith(prefix):
        raise AmbiguousBake("The baked credential in this PNG image is compressed or has a language tag; "
                            "Open Badges bakes it uncompressed and plain, and wallets could read it otherwise.")
    text = found[0][len(prefix):]
    if len(text) > MAX_CREDENTIAL_BYTES:
        raise BakingError("The baked credential in this PNG image is far too large.")
    try:
        decoded = text.decode("utf-8")
    except UnicodeDecodeError:
        raise BakingError("The baked credential in this PNG image is not readable text.") from None
    return _same_as_wallets(image, KEYWORD, decoded, "PNG")


# --- SVG ----------------------------------------------------------------------------------------

_ROOT_TAG = re.compile(rb"<svg(?=[\s>/])[^>]*>", re.DOTALL)
_OLD_CREDENTIAL = re.compile(rb"\s*<openbadges:credential\b.*?</openbadges:credential>", re.DOTALL)


def _cdata(text: str) -> str:
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def bake_svg(image: bytes, credential: dict[str, Any]) -> bytes:
    """``image`` with the credential baked in right after the root ``<svg>`` start tag."""
    if len(image) > MAX_BAKED_IMAGE_BYTES:
        raise BakingError(f"The image is larger than {MAX_BAKED_IMAGE_BYTES // 1_000_000} MB.")
    _parse_svg(image)  # a well-formed SVG, or a plain message
    image = _OLD_CREDENTIAL.sub(b"", image)
    m = _ROOT_TAG.search(image)
    if m is None:
        raise BakingError("This SVG image has no <svg> element.")
    tag = m.group(0)
    if b"xmlns:openbadges=" not in tag:
        close = len(tag) - (2 if tag.endswith(b"/>") else 1)
        tag = tag[:close] + f' xmlns:openbadges="{OB_NAMESPACE}"'.encode() + tag[close:]
    if tag.endswith(b"/>"):  # an empty <svg/>: open it to hold the credential
        tag = tag[:-2] + b">"
        rest = b"</svg>" + image[m.end():]
    else:
        rest = image[m.end():]
    element = f"<openbadges:credential>{_cdata(baked_json(credential))}</openbadges:credential>"
    return image[: m.start()] + tag + element.encode("ascii") + rest


_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']""")
_CREDENTIAL_TAG = b"<openbadges:credential"
_CREDENTIAL_ELEMENT = re.compile(rb"<openbadges:credential>((?:<!\[CDATA\[.*?\]\]>)+)</openbadges:credential>",
                                 re.DOTALL)
_CDATA_SECTION = re.compile(rb"<!\[CDATA\[(.*?)\]\]>", re.DOTALL)


def _parse_svg(image: bytes) -> ElementTree.Element:
    """The parsed SVG, read in pieces with the number and depth of elements bounded (a file of
    nested groups would otherwise take gigabytes); DOCTYPE and entities refused."""
    if len(image) > MAX_BAKED_IMAGE_BYTES:
        raise BakingError(f"The image is larger than {MAX_BAKED_IMAGE_BYTES // 1_000_000} MB.")
    if b"<!DOCTYPE" in image or b"<!ENTITY" in image:  # entities: expansion bombs, outside files
        raise BakingError("This SVG image declares a DOCTYPE or entities; Badgesmith does not read those.")
    m = _XML_ENCODING.match(image)
    if m and m.group(1).decode("ascii", "replace").lower().replace("_", "-") not in ("utf-8", "utf8"):
        raise BakingError("This SVG image is not saved as UTF-8; baked badges are UTF-8.")
    parser: ElementTree.XMLPullParser[Any] = ElementTree.XMLPullParser(events=("start", "end"))
    count = depth = 0
    root: ElementTree.Element | None = None
    try:
        for pos in range(0, len(image), 65536):
            parser.feed(image[pos : pos + 65536])
            for event, element in parser.read_events():  # type: ignore[misc]
                if event == "start":
                    count, depth = count + 1, depth + 1
                    root = root if root is not None else cast(ElementTree.Element, element)
                    if count > MAX_SVG_ELEMENTS or depth > MAX_SVG_DEPTH:
                        raise BakingError("This SVG image has far more (or more deeply nested) elements than "
                                          "a badge has; Badgesmith does not read it.")
                else:
                    depth -= 1
        parser.close()
    except ElementTree.ParseError as exc:
        raise BakingError(f"This is not a readable SVG image ({exc}).") from None
    if root is None or root.tag not in ("{http://www.w3.org/2000/svg}svg", "svg"):
        raise BakingError("This is not an SVG image.")
    return root


def unbake_svg(image: bytes) -> str:
    """The credential text baked in an SVG; BakingError when there is none, AmbiguousBake when
    there is more than one, or when wallets that scan the text would read another one."""
    root = _parse_svg(image)
    found = [e for e in root.iter() if isinstance(e.tag, str) and e.tag.endswith("}credential")
             and e.tag.startswith(f"{{{OB_NAMESPACE}")]
    if not found and _CREDENTIAL_TAG not in image:
        raise BakingError("This SVG image holds no baked credential.")
    ambiguous = AmbiguousBake("This SVG image's baked credential is not the one plain element wallets look "
                              "for; Badgesmith cannot tell which credential it stands for.")
    # Exactly one element, written literally as <openbadges:credential> in the Open Badges
    # namespace, holding only CDATA; no other mention of the tag or namespace anywhere (comments,
    # processing instructions, other prefixes): so every reader finds this one and no other.
    if len(found) != 1 or image.count(_CREDENTIAL_TAG) != 1 or image.count(OB_NAMESPACE.encode()) != 1:
        raise ambiguous
    element = found[0]
    if element.get("verify"):
        raise BakingError("This SVG image holds a credential in the compact JWT form, which "
                          "Badgesmith does not verify.")
    raw = _CREDENTIAL_ELEMENT.search(image)
    if raw is None or element.tag != f"{{{OB_NAMESPACE}}}credential" or len(element):
        raise ambiguous
    literal = b"".join(_CDATA_SECTION.findall(raw.group(1)))
    text = element.text or ""
    if literal.decode("utf-8", "replace") != text:
        raise ambiguous
    if len(text) > MAX_CREDENTIAL_BYTES:
        raise BakingError("The baked credential in this SVG image is far too large.")
    body = text.strip(_JSON_SPACE)
    if not body.isascii():
        raise ambiguous
    return body


def unbake(image: bytes) -> str:
    """The credential text baked in a PNG or SVG image."""
    kind = image_kind(image)
    if kind == "png":
        return unbake_png(image)
    if kind == "svg":
        return unbake_svg(image)
    raise BakingError("Baked badges are PNG or SVG images; this file is neither.")


def bake(image: bytes, credential: dict[str, Any]) -> bytes:
    kind = image_kind(image)
    if kind == "png":
        return bake_png(image, credential)
    if kind == "svg":
        return bake_svg(image, credential)
    raise BakingError("Badges are baked into PNG or SVG images; this file is neither.")
