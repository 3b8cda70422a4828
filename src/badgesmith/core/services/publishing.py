"""Publish: one folder for any static host, with everything a verifier fetches from the issuer.

The folder is the verification page's own directory: a file whose address lies under it is
written at the matching relative path (page ``https://example.org/badges/verify.html``, list
``https://example.org/badges/status/1`` -> ``status/1``). A file whose address lies elsewhere (another
host, or above that directory, like ``/.well-known/did.json`` of a page in ``/badges/``) goes to
``elsewhere/HOST/PATH`` and README.txt says where to upload it.

Publishing again only touches what changed: a file is rewritten only when its bytes differ, and a
status list already in the folder is kept, signature and date included, while it marks the same
credentials (a new signature would change its bytes every time).
"""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import select

from badgesmith.core.credentials import ob3
from badgesmith.core.credentials.dataintegrity import verify as verify_proof
from badgesmith.core.credentials.didweb import DidWebDirectory, document_url
from badgesmith.core.credentials.statuslist import encode_bitstring, signed_status_list
from badgesmith.core.errors import BadgesmithError, ValidationError
from badgesmith.core.fileio import atomic_write_bytes, read_limited
from badgesmith.core.languages import ENGLISH
from badgesmith.core.paper.images import data_uri
from badgesmith.core.paper.verifypage import ListSpec, render_verify_page
from badgesmith.core.said import QT_TRANSLATE_NOOP, said
from badgesmith.core.services import issuer
from badgesmith.core.services.learners import holder_known
from badgesmith.core.services.status_lists import StatusListGroup, status_list_groups
from badgesmith.core.store import audit
from badgesmith.core.store.models import Credential, SigningKey, utcnow
from badgesmith.core.store.workspace import Workspace

ELSEWHERE = "elsewhere"
CREDENTIALS = "credentials"
PAGE_KIND = "credential page"
README = "README.txt"
MAX_KEPT_LIST_BYTES = 2_000_000  # a signed list of 131,072 entries is about 1 KB
_SEGMENT = re.compile(r"[A-Za-z0-9._~%!$&'()*+,;=@-]+\Z")
_UUID_JSON = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.json\Z")


@dataclass(frozen=True)
class SiteFile:
    path: str  # relative to the published folder, '/'-separated
    address: str  # where it must be served
    data: bytes
    inside: bool  # under the verification page's directory: uploading the folder puts it there
    kind: str = ""  # "status list", or PAGE_KIND for a credential's public JSON


@dataclass
class PublishResult:
    folder: Path
    written: list[str] = field(default_factory=list)  # new or changed
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # pages of credentials revoked since
    elsewhere: list[tuple[str, str]] = field(default_factory=list)  # (path, address) to upload apart
    problems: list[str] = field(default_factory=list)  # lists that could not be published, and why
    addresses: dict[str, str] = field(default_factory=dict)  # path -> where it must be served

    def lines(self) -> list[str]:
        out = [f"Published to {self.folder}: {len(self.written)} file(s) written, "
               f"{len(self.unchanged)} unchanged, {len(self.removed)} removed."]
        out += [f"  wrote {p} (for {self.addresses.get(p, '')})" for p in self.written if p != README]
        out += [f"  removed {p} (delete it from your website too)" for p in self.removed]
        if self.written or self.removed:
            out.append("Upload what changed to your website; README.txt in the folder says where each file goes.")
        else:
            out.append("Nothing changed since the last publish: there is nothing to upload.")
        out += [f"Not published: {p}" for p in self.problems]
        return out

    def as_dict(self) -> dict[str, Any]:
        return {"folder": str(self.folder), "written": self.written, "unchanged": self.unchanged,
                "removed": self.removed, "elsewhere": [{"path": p, "address": a} for p, a in self.elsewhere],
                "problems": self.problems}


# -- where each address goes --------------------------------------------------------------------


def _segments(path: str, what: str) -> list[str]:
    parts = [p for p in path.split("/") if p]
    if not parts or any(p in (".", "..") or not _SEGMENT.match(p) for p in parts):
        raise ValidationError(f"The {what} has a path Badgesmith cannot write as a file: {path!r}.")
    return parts


def page_base(page_url: str) -> str:
    """The verification page's directory, ``https://host/dir/``: the published folder's address."""
    u = urlsplit(page_url)
    return f"{u.scheme}://{u.netloc}{u.path.rsplit('/', 1)[0]}/"


def page_file(page_url: str) -> str:
    """The page's file name: ``verify.html``; ``index.html`` for a folder address; a name without
    an extension gets ``.html`` (static hosts serve ``/verify`` from ``verify.html``)."""
    name = urlsplit(page_url).path.rsplit("/", 1)[-1]
    if not name:
        return "index.html"
    _segments(name, "verification page address")
    return name if "." in name else name + ".html"


def site_path(page_url: str, address: str, what: str) -> tuple[str, bool]:
    """(path in the folder, whether it lies under the page's directory) for ``address``."""
    u = urlsplit(address)
    if u.scheme not in ("http", "https") or not u.netloc or u.query or u.fragment:
        raise ValidationError(f"The {what} {address!r} is not a plain web address.")
    if u.path.endswith("/"):
        raise ValidationError(f"The {what} {address!r} names a folder; give it a file name, e.g. {address}1.")
    base = page_base(page_url)
    if address.startswith(base):
        return "/".join(_segments(address[len(base):], what)), True
    host = re.sub(r"[^A-Za-z0-9.-]", "_", u.netloc)
    if not re.search(r"[A-Za-z0-9]", host):
        raise ValidationError(f"The {what} {address!r} has no host name.")
    return "/".join([ELSEWHERE, host, *_segments(u.path, what)]), False


def address_warnings(info: issuer.IssuerInfo) -> list[str]:
    """What the trainer should know about the addresses as set, before issuing (none of it stops
    saving or issuing): the one place these rules are worded, for Settings, the CLI and Issue."""
    out: list[str] = []
    page, status = info.verify_page_url, info.status_list_url
    if not page:
        out.append(said(QT_TRANSLATE_NOOP(
            "core", "No verification page address: a phone scanning the QR code sees only a code, not a page "
                    "that checks it (Settings ▸ Publishing).")))
    if not status:
        out.append(said(QT_TRANSLATE_NOOP(
            "core", "No status list address is set: certificates issued now carry no revocation entry, so "
                    "revoking one later reaches only this computer and the verification page you publish "
                    "(Settings ▸ Publishing).")))
    elif page and urlsplit(page).netloc != urlsplit(status).netloc:
        out.append(said(QT_TRANSLATE_NOOP(
            "core", "The status list is on another website than the verification page: the page reads it only "
                    "from its own website, so it will say it could not check for revocation.")))
    elif page and not status.startswith(page_base(page)):
        out.append(said(QT_TRANSLATE_NOOP(
            "core", "The status list is outside the verification page's folder: README.txt will say where to "
                    "upload it.")))
    return out


# -- the files ----------------------------------------------------------------------------------


def _json_bytes(doc: Any) -> bytes:
    return (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def page_language(info: issuer.IssuerInfo, language: str | None = None) -> str:
    """The verify page's language: the one asked for, else the issuer's, else English."""
    return language or info.language or ENGLISH


def verify_page(ws: Workspace, info: issuer.IssuerInfo | None = None,
                groups: list[StatusListGroup] | None = None, language: str | None = None) -> str:
    """The verify page as published: keys, each key's status lists, and the issuer's did:web.
    ``groups``: the status lists, when the caller has them already (they read every credential).
    ``language``: the page's own language (viewers' browsers may pick another), else the issuer's."""
    info = info or issuer.get_issuer(ws)
    raw_of = dict(_key_raws(ws))
    lists: dict[bytes, list[ListSpec]] = {}
    for g in status_list_groups(ws) if groups is None else groups:
        for key_id in g.key_ids:  # each key whose certificates point at the list checks it
            lists.setdefault(raw_of[key_id], []).append((g.url, g.issuer_did))
    return render_verify_page(info.name, issuer.public_keys(ws), info.url, status_lists=lists,
                              did_web=info.did_web, revoked=_revoked_without_entry(ws),
                              language=page_language(info, language))


def _revoked_without_entry(ws: Workspace) -> dict[str, date]:
    """Revoked credentials that carry no status list entry: the page lists them itself, as the only
    way their revocation reaches anyone (credential UUIDs and dates only, no names)."""
    with ws.read_session() as s:
        rows = s.execute(select(Credential.id, Credential.revoked_at).where(
            Credential.status == "revoked", Credential.status_list_index.is_(None))).all()
    return {cid.removeprefix("urn:uuid:").replace("-", "").lower(): (when or utcnow()).date() for cid, when in rows}


def revocation_reach(ws: Workspace, credential_id: str) -> str:
    """What revoking this credential reaches, in plain words (the revoke dialog says it first)."""
    with ws.read_session() as s:
        c = s.get(Credential, credential_id)
        has_entry = c is not None and c.status_list_index is not None
    if has_entry:
        return said(QT_TRANSLATE_NOOP(
            "core", "Badgesmith's Verify page shows the revocation at once. Outside this computer, it shows once "
                    "you publish your site again (Publish site…) and upload the changed status list: the "
                    "verification page and other verifiers read that list."))
    return said(QT_TRANSLATE_NOOP(
        "core", "Badgesmith's Verify page shows the revocation at once. This certificate was issued without a "
                "status list entry, so other verifiers will not see it; your verification page will, once you "
                "publish it again and upload it: it lists the certificates revoked so far."))


def _key_raws(ws: Workspace) -> Iterable[tuple[int, bytes]]:
    with ws.read_session() as s:
        return [(k.id, bytes(k.public_key)) for k in s.scalars(select(SigningKey))]


def _kept_list(existing: Path, group: StatusListGroup, did_web: DidWebDirectory) -> bytes | None:
    """The list already in the folder, if it is ours, intact and marks exactly what it must."""
    try:
        if not existing.is_file():
            return None
        data = read_limited(existing, MAX_KEPT_LIST_BYTES, "status list")
        doc = json.loads(data)
    except (OSError, ValueError, BadgesmithError):
        return None
    if not isinstance(doc, dict) or doc.get("id") != group.url or doc.get("issuer") != group.issuer_did:
        return None
    subject = doc.get("credentialSubject")
    if not isinstance(subject, dict) or subject.get("encodedList") != encode_bitstring(group.revoked, group.size):
        return None
    if data != _json_bytes(doc):  # exactly as Badgesmith writes it (UTF-8, its layout), or signed anew
        return None
    check = verify_proof(doc, did_web=did_web)
    return data if check.valid and check.did == group.issuer_did else None


def _credential_file(credential_id: str) -> str:
    """Where a credential's public JSON goes, relative to the page's folder."""
    return f"{CREDENTIALS}/{credential_id.removeprefix('urn:uuid:')}.json"


def _credential_pages(ws: Workspace, page_url: str) -> list[SiteFile]:
    """Each credential's signed JSON, except revoked ones (opt-in: names become public)."""
    base = page_base(page_url)
    with ws.read_session() as s:
        rows = s.execute(select(Credential.id, Credential.signed_json)
                         .where(Credential.status != "revoked", holder_known())  # nothing left to show of an erased one
                         .order_by(Credential.id)).all()
    out = []
    for cid, signed_json in rows:
        path = _credential_file(cid)
        out.append(SiteFile(path, base + path, signed_json.rstrip("\n").encode("utf-8") + b"\n", True, PAGE_KIND))
    return out


def public_credential_address(info: issuer.IssuerInfo, credential_id: str) -> str | None:
    """The stable public address of a credential's JSON, when the issuer publishes them."""
    if not (info.publish_credentials and info.verify_page_url):
        return None
    return page_base(info.verify_page_url) + _credential_file(credential_id)


def _readme(info: issuer.IssuerInfo, files: list[SiteFile], problems: list[str]) -> bytes:
    elsewhere = [f for f in files if not f.inside]
    pages = [f for f in files if f.kind == PAGE_KIND]
    listed = [f for f in files if f.kind != PAGE_KIND]
    width = max(len(f.path) for f in listed)  # (the README reads the same however many credentials)
    lines = [
        f"Verification site of {info.name}, made by Badgesmith.",
        "",
        f"Upload everything in this folder, keeping its sub-folders, to {page_base(info.verify_page_url or '')}",
        (f"(except the folder {ELSEWHERE}, see below) " if elsewhere else "")
        + "so that each file is served at the address beside it:",
        "",
        *[f"  {f.path.ljust(width)}  {f.address}" for f in listed if f.inside],
    ]
    if pages:
        lines.append(f"  {(CREDENTIALS + '/').ljust(width)}  each credential at "
                     f"{page_base(info.verify_page_url or '')}{CREDENTIALS}/<id>.json (names become public)")
    if elsewhere:
        lines += ["", "These files belong at addresses outside that folder; upload each one there:", "",
                  *[f"  {f.path.ljust(width)}  {f.address}" for f in elsewhere]]
    if any("/.well-known/" in "/" + f.path for f in files):
        lines += ["", ".well-known is a hidden folder on macOS and Linux: show hidden files to see and upload it."]
    if any(f.kind == "status list" and "." not in f.path.rsplit("/", 1)[-1] for f in files):
        lines += ["", "Files without an extension (the status lists) are served as they are; no settings are needed."]
    lines += [
        "",
        "How to upload:",
        "  * A host with a file manager (cPanel, Plesk; WordPress sites too) or SFTP: open the folder of",
        "    the page's address under public_html or www, and upload the files with their sub-folders.",
        "    WordPress's media uploader cannot do this; use the host's file manager.",
        "  * GitHub Pages: commit the files to the repository the page is published from (add an empty",
        "    .nojekyll file once).",
        "  * Netlify or Cloudflare Pages: drag this folder onto the site's manual deploy page.",
        "",
        "Keep this folder: publishing again into it rewrites only what changed, so after a revocation",
        "you upload the changed status list (and nothing else changes).",
    ]
    for warning in address_warnings(info):
        lines += ["", *textwrap.wrap(warning, 96)]
    if problems:
        lines += ["", "Not published:", *[f"  {p}" for p in problems]]
    return ("\n".join(lines) + "\n").encode("utf-8")


def site_files(ws: Workspace, folder: Path, passphrase: str | None,
               problems: list[str] | None = None, language: str | None = None) -> list[SiteFile]:
    """Every file of the site, status lists signed anew only where the folder's copy is stale;
    a list that cannot be written is left out and said in ``problems``."""
    problems = [] if problems is None else problems
    info = issuer.get_issuer(ws)
    page_url = info.verify_page_url
    if not page_url:
        raise ValidationError("Set the verification page address first (Settings ▸ Publishing, or issuer set "
                              "--verify-url): the site is what that address serves.")
    base = page_base(page_url)
    groups = status_list_groups(ws)
    files = [SiteFile(page_file(page_url), page_url, verify_page(ws, info, groups, language).encode("utf-8"), True)]
    logo = ob3.ImageInfo(id=data_uri(info.logo, info.logo_mime or "image/png"), caption=info.name) if info.logo else None
    profile = ob3.issuer_profile_document(ob3.IssuerProfile(
        did=info.issuer_did or "", name=info.name, url=info.url, email=info.email, description=info.description,
        image=logo, linkedin_org_id=info.linkedin_org_id))
    files.append(SiteFile("issuer.json", base + "issuer.json", _json_bytes(profile), True))
    did_documents = issuer.own_did_documents(ws)
    did_web = DidWebDirectory(did_documents)
    # every list credentials point at, even after the address setting was cleared or changed
    for g in groups:
        try:
            path, inside = site_path(page_url, g.url, "status list address")
        except ValidationError as exc:  # an old address no file can have: the others still go out
            problems.append(exc.message)
            continue
        data = _kept_list(folder / path, g, did_web)
        if data is None:
            _, key = issuer.unlock_key(ws, passphrase, key_id=g.key_id)
            data = _json_bytes(signed_status_list(g.url, key.private_key, g.revoked, issuer_did=g.issuer_did,
                                                  size=g.size))
        files.append(SiteFile(path, g.url, data, inside, "status list"))
    if info.did_web:
        where = document_url(info.did_web)
        path, inside = site_path(page_url, where, "DID document address")
        files.append(SiteFile(path, where, _json_bytes(did_documents[0]), inside))
    if info.publish_credentials:
        files += _credential_pages(ws, page_url)
    files.append(SiteFile(README, base + README, _readme(info, files, problems), True))
    seen: set[str] = set()
    for f in files:
        if f.path in seen:
            raise ValidationError(f"Two published files would share the path {f.path}: give the status list "
                                  "and the verification page different addresses.")
        seen.add(f.path)
    return files


def _no_links(folder: Path, parts: tuple[str, ...]) -> None:
    """Refuse a symbolic link on the way to a file: publishing writes only inside its folder."""
    here = folder
    for part in parts:
        here = here / part
        if here.is_symlink():
            raise ValidationError(f"{here} is a link to somewhere else; Badgesmith publishes only into the "
                                  "folder itself. Remove the link, or publish into another folder.")


def publish(ws: Workspace, folder: Path, passphrase: str | None, language: str | None = None) -> PublishResult:
    """Write the site into ``folder`` (created if missing), touching only files that changed.

    The passphrase is needed only when a status list must be signed anew; without it, a stale
    list raises KeyLocked before anything is written. ``language``: the verification page's, when
    not the issuer's."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise ValidationError(f"{folder} is a file; choose a folder to publish into.")
    problems: list[str] = []
    files = site_files(ws, folder, passphrase, problems, language)
    for f in files:  # before writing anything: every file lands inside the folder itself
        _no_links(folder, PurePosixPath(f.path).parts)
    result = PublishResult(folder, problems=problems)
    for f in files:
        target = folder.joinpath(*PurePosixPath(f.path).parts)
        try:
            same = target.is_file() and target.stat().st_size == len(f.data) and target.read_bytes() == f.data
        except OSError:
            same = False
        if same:
            result.unchanged.append(f.path)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        # credential pages hold learners' names: private on this computer until the trainer uploads them
        atomic_write_bytes(target, f.data, private=f.kind == PAGE_KIND)
        result.written.append(f.path)
    published = {f.path for f in files}
    pages = folder / CREDENTIALS
    if pages.is_dir() and not pages.is_symlink():  # credentials revoked (or unpublished) since last time
        for old in sorted(pages.iterdir()):
            rel = f"{CREDENTIALS}/{old.name}"
            if _UUID_JSON.match(old.name) and old.is_file() and not old.is_symlink() and rel not in published:
                old.unlink()
                result.removed.append(rel)
    result.elsewhere = [(f.path, f.address) for f in files if not f.inside]
    result.addresses = {f.path: f.address for f in files}
    if result.written or result.removed:
        with ws.session() as s:
            audit.append(s, "site.published", str(folder), written=len(result.written), removed=len(result.removed))
    return result
