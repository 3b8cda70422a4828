"""The issuer profile, its signing keys (encrypted at rest), and trusted issuers.

The private key exists decrypted only in memory, for as long as the caller holds the
``UnlockedKey``; the database holds the public key in clear and the private key encrypted
under the passphrase. Every key event goes to the audit log.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import EllipsisType
from typing import Any
from urllib.parse import urlparse

from sqlalchemy import select
from sqlalchemy.orm import Session

from badgesmith.core.countries import check_country
from badgesmith.core.credentials import keys as keylib
from badgesmith.core.credentials.didkey import fingerprint, raw_public_bytes
from badgesmith.core.credentials.didweb import DidWebDirectory, did_document
from badgesmith.core.credentials.didweb import did_web as parse_did_web
from badgesmith.core.credentials.errors import CredentialError
from badgesmith.core.errors import KeyLocked, NotFound, ValidationError, WorkspaceError
from badgesmith.core.fileio import atomic_write_bytes, read_limited
from badgesmith.core.languages import SHIPPED
from badgesmith.core.paper.qrclaim import ClaimError, check_verify_page_url
from badgesmith.core.services import pathway_awards
from badgesmith.core.services.achievements import checked_image
from badgesmith.core.services.learners import check_email
from badgesmith.core.services.lookalike import look_alike
from badgesmith.core.services.shared_database import require
from badgesmith.core.store import audit
from badgesmith.core.store.models import (
    Credential,
    ImportedCredential,
    IssuerProfile,
    SigningKey,
    TrustedIssuer,
    utcnow,
)
from badgesmith.core.store.roles import Role
from badgesmith.core.store.workspace import Workspace
from badgesmith.core.values import normalise_name

MIN_PASSPHRASE = 10  # a short sentence; the key file must withstand an offline guessing attack
MAX_KEY_FILE_BYTES = 64_000  # a key backup or issuer card is about 1 KB
REGION_MAX_CHARS = 100


@dataclass(frozen=True)
class IssuerInfo:
    name: str
    url: str | None
    email: str | None
    description: str | None
    logo: bytes | None
    logo_mime: str | None
    verify_page_url: str | None
    status_list_url: str | None
    did: str | None  # the current key's did:key
    fingerprint: str | None
    linkedin_org_id: str | None = None  # LinkedIn's number for the organisation ("Add to profile")
    did_web: str | None = None  # did:web:their.domain when the trainer binds the keys to a domain
    publish_credentials: bool = False  # put each credential's JSON on the published site (opt-in)
    language: str = "en"  # certificates, messages and the verification page start in it
    country: str | None = None  # ISO 3166-1 alpha-2: where the awarding body is (EU micro-credentials)
    region: str | None = None

    @property
    def issuer_did(self) -> str | None:
        """The DID credentials name as their issuer: the did:web if set, else the key's did:key."""
        return self.did_web or self.did


@dataclass(frozen=True)
class KeyInfo:
    id: int
    did: str
    fingerprint: str
    status: str
    created_at: datetime
    retired_at: datetime | None


@dataclass(frozen=True)
class TrustedIssuerInfo:
    id: int
    name: str
    did: str
    fingerprint: str
    url: str | None


def _check_url(label: str, url: str | None, *, plain: bool = False, file_name: bool = False) -> str | None:
    """A web address, or None. ``plain``: no '?' or '#' part, as a published file's address;
    ``file_name``: not a folder's address either (the status list)."""
    url = (url or "").strip() or None
    if url is None:
        return None
    u = urlparse(url)
    if u.scheme not in ("http", "https") or not u.hostname or not any(c.isalnum() for c in u.hostname):
        raise ValidationError(f"The {label} '{url}' is not a web address (it should start with https://).")
    if plain and (u.query or u.fragment or "#" in url):
        raise ValidationError(f"The {label} '{url}' has a '?' or '#' part; give the plain address of the file.")
    if file_name and (u.path.endswith("/") or not u.path):
        raise ValidationError(f"The {label} '{url}' names a folder; give the list a file name, e.g. {url.rstrip('/')}/1.")
    return url


def with_scheme(address: str | None) -> str | None:
    """``www.example.de/badges`` as typed -> ``https://www.example.de/badges``; anything else as is."""
    address = (address or "").strip()
    if address and "://" not in address and re.match(r"[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(/|\Z)", address):
        return "https://" + address
    return address or None


def check_verify_page_address(url: str | None) -> str | None:
    """The verification page's address as a QR code can hold it (https, short, plain), or None."""
    url = _check_url("verification page address", with_scheme(url), plain=True)
    if url is not None:
        try:  # refused when set, not when issuing
            check_verify_page_url(url)
        except ClaimError as exc:
            raise ValidationError(exc.message) from None
    return url


STATUS_LIST_ADDRESS_BYTES = 500


def check_status_list_address(url: str | None) -> str | None:
    """The status list's address: a file a web host can serve (not a folder, no '?' or '#'), or None.
    At most STATUS_LIST_ADDRESS_BYTES: every credential's row carries it in an index, whose
    entries PostgreSQL limits to about 2,700 bytes."""
    url = _check_url("status list address", with_scheme(url), plain=True, file_name=True)
    if url is not None and len(url.encode()) > STATUS_LIST_ADDRESS_BYTES:
        raise ValidationError(f"The status list address is longer than {STATUS_LIST_ADDRESS_BYTES} bytes; "
                              "give a shorter one.")
    return url


def check_profile(name: str, url: str | None, email: str | None) -> tuple[str, str | None, str | None]:
    name = normalise_name(name)  # the rules of learners' names: no invisible characters
    if not name:
        raise ValidationError("The issuer needs a name.")
    if len(name) > 200:
        raise ValidationError("The issuer name is longer than 200 characters.")
    return name, _check_url("issuer web address", with_scheme(url)), check_email(email)


def check_linkedin_org_id(value: str | None) -> str | None:
    """LinkedIn's organisation id: the number in the company page's admin address, or nothing."""
    value = (value or "").strip()
    if not value:
        return None
    if not value.isdigit() or len(value) > 20 or not value.isascii():
        raise ValidationError("The LinkedIn organisation id is a number (the digits in your company page's "
                              "admin address, e.g. 1337); leave it empty if you have none.")
    return value


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(f"The passphrase must have at least {MIN_PASSPHRASE} characters; a short "
                              "sentence is easy to remember and hard to guess.")


def has_key(ws: Workspace) -> bool:
    with ws.read_session() as s:
        return s.scalar(select(SigningKey.id).limit(1)) is not None


def is_initialised(ws: Workspace) -> bool:
    with ws.read_session() as s:
        return s.scalar(select(IssuerProfile.id)) is not None


def init_issuer(
    ws: Workspace,
    name: str,
    passphrase: str,
    url: str | None = None,
    email: str | None = None,
    description: str | None = None,
    logo: bytes | None = None,
    *,
    public_demo_passphrase: bool = False,
    language: str = "en",
) -> IssuerInfo:
    """First run: the issuer profile and a new Ed25519 signing key under ``passphrase``;
    ``language`` is what certificates and messages start in (the app passes its own).

    ``public_demo_passphrase`` lets the demo workspace use its documented passphrase ("demo");
    every real issuer's passphrase meets ``MIN_PASSPHRASE``."""
    require(ws, Role.ADMINISTRATOR)
    name, url, email = check_profile(name, url, email)
    if not public_demo_passphrase:
        check_passphrase(passphrase)
    logo_mime = check_logo(logo)
    language = check_language(language)
    with ws.session() as s:
        if s.scalar(select(IssuerProfile.id)) is not None:
            raise ValidationError("This workspace already has an issuer.")
        s.add(IssuerProfile(name=name, url=url, email=email, description=description,
                            logo=logo, logo_mime=logo_mime, language=language))
        _new_key(s, passphrase)
    return get_issuer(ws)


def check_logo(logo: bytes | None) -> str | None:
    return None if logo is None else checked_image(logo, "logo")


def _new_key(s: Session, passphrase: str) -> SigningKey:
    key = keylib.generate_key()
    did = keylib.did_of(key)
    row = SigningKey(did=did, public_key=raw_public_bytes(key.public_key()),
                     encrypted_private_key=keylib.encrypt_private_key(key, passphrase), status="current")
    s.add(row)
    s.flush()
    audit.append(s, "key.created", did, fingerprint=fingerprint(did))
    return row


def update_issuer(
    ws: Workspace,
    name: str,
    url: str | None = None,
    email: str | None = None,
    description: str | None = None,
    logo: bytes | None = None,
    verify_page_url: str | None | EllipsisType = ...,
    status_list_url: str | None | EllipsisType = ...,
    linkedin_org_id: str | None | EllipsisType = ...,
    did_web: str | None | EllipsisType = ...,
    publish_credentials: bool | EllipsisType = ...,
    language: str | EllipsisType = ...,
    country: str | None | EllipsisType = ...,
    region: str | None | EllipsisType = ...,
) -> IssuerInfo:
    """Save the profile; the publishing and LinkedIn settings left out (``...``) keep their stored
    values, so a form that shows only some of them cannot clear the others."""
    require(ws, Role.ADMINISTRATOR)
    name, url, email = check_profile(name, url, email)
    if linkedin_org_id is not ...:
        linkedin_org_id = check_linkedin_org_id(linkedin_org_id)
    if did_web is not ...:
        did_web = check_did_web(did_web)
    logo_mime = check_logo(logo)
    if language is not ...:
        language = check_language(language)
    if country is not ...:
        country = check_country(country)
    if region is not ...:
        region = check_region(region)
    if verify_page_url is not ...:
        verify_page_url = check_verify_page_address(verify_page_url)
    if status_list_url is not ...:
        status_list_url = check_status_list_address(status_list_url)
    with ws.session() as s:
        p = s.scalar(select(IssuerProfile))
        if p is None:
            raise NotFound("This workspace has no issuer yet; set it up first.")
        p.name, p.url, p.email, p.description = name, url, email, description
        p.logo, p.logo_mime = logo, logo_mime
        if verify_page_url is not ...:
            p.verify_page_url = verify_page_url
        if status_list_url is not ...:
            p.status_list_url = status_list_url
        if linkedin_org_id is not ...:
            p.linkedin_org_id = linkedin_org_id
        if did_web is not ... and did_web != p.did_web:
            # credentials signed under the old did:web must keep verifying here
            earlier = [d for d in (p.did_web_earlier or "").split() if d != did_web]
            p.did_web_earlier = "\n".join(earlier + ([p.did_web] if p.did_web else [])) or None
            p.did_web = did_web
            audit.append(s, "issuer.did_web", did_web or "did:key")
        if publish_credentials is not ...:
            p.publish_credentials = bool(publish_credentials)
        if language is not ...:
            p.language = language
        if country is not ...:
            p.country = country
        if region is not ...:
            p.region = region
        audit.append(s, "issuer.updated", name)
    return get_issuer(ws)


def set_publishing(ws: Workspace, verify_page_url: str | None, status_list_url: str | None,
                   did_web: str | None, publish_credentials: bool) -> IssuerInfo:
    """Save the publishing settings alone (the rest of the profile is kept)."""
    require(ws, Role.ADMINISTRATOR)
    info = get_issuer(ws)
    return update_issuer(ws, info.name, info.url, info.email, info.description, info.logo,
                         verify_page_url, status_list_url, did_web=did_web, publish_credentials=publish_credentials)


def get_issuer(ws: Workspace) -> IssuerInfo:
    with ws.read_session() as s:
        p = s.scalar(select(IssuerProfile))
        if p is None:
            raise NotFound("This workspace has no issuer yet: run 'badgesmith init' or the first-run setup.")
        k = s.scalar(select(SigningKey).where(SigningKey.status == "current"))
        return IssuerInfo(p.name, p.url, p.email, p.description, p.logo, p.logo_mime,
                          p.verify_page_url, p.status_list_url,
                          k.did if k else None, fingerprint(k.did) if k else None, p.linkedin_org_id,
                          p.did_web, bool(p.publish_credentials), p.language or "en", p.country, p.region)


def check_language(value: str) -> str:
    """A language the issuer's certificates can be printed in ("de", "pt_BR")."""
    value = value.strip()
    if value not in SHIPPED:
        raise ValidationError(f"'{value}' is not a language Badgesmith speaks: choose one of "
                              f"{', '.join(SHIPPED)}.")
    return value


def check_region(value: str | None) -> str | None:
    value = " ".join((value or "").split())
    if len(value) > REGION_MAX_CHARS:
        raise ValidationError(f"The region is {len(value)} characters; the limit is {REGION_MAX_CHARS}.")
    return value or None


def check_did_web(value: str | None) -> str | None:
    """``did:web:…`` for what the trainer typed (a domain, ``domain:path``), or None for did:key."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        return parse_did_web(value)
    except CredentialError as exc:
        raise ValidationError(exc.message) from None


def own_did_documents(ws: Workspace) -> list[dict[str, Any]]:
    """The DID document of each did:web this issuer uses or used, listing every key (current and
    retired, oldest first): the current one is published, the earlier ones still verify here."""
    with ws.read_session() as s:
        p = s.scalar(select(IssuerProfile))
        raws = [bytes(k.public_key) for k in s.scalars(select(SigningKey).order_by(SigningKey.id))]
        if p is None or not raws:
            return []
        dids = ([p.did_web] if p.did_web else []) + (p.did_web_earlier or "").split()
    return [did_document(did, raws) for did in dids]


def did_web_directory(ws: Workspace) -> DidWebDirectory:
    """Offline did:web resolution for verifying: this issuer's own DID documents."""
    return DidWebDirectory(own_did_documents(ws))


def list_keys(ws: Workspace) -> list[KeyInfo]:
    with ws.read_session() as s:
        return [KeyInfo(k.id, k.did, fingerprint(k.did), k.status, k.created_at, k.retired_at)
                for k in s.scalars(select(SigningKey).order_by(SigningKey.id))]


def unlock_key(
    ws: Workspace, passphrase: str | None, *, key_id: int | None = None, credential_id: str | None = None,
) -> tuple[int, keylib.UnlockedKey]:
    """Decrypt a signing key: the current one, the one with ``key_id``, or the one that signed
    ``credential_id`` (retired keys included). Raises KeyLocked / WrongPassphrase / NotFound."""
    require(ws, Role.ISSUER)  # signing is an issuer's (an instructor cannot read the key on a shared database)
    if not passphrase:
        raise KeyLocked("The signing key is locked: enter its passphrase.")
    with ws.read_session() as s:
        if credential_id is not None:
            c = s.get(Credential, credential_id)
            if c is None:
                raise NotFound(f"There is no credential {credential_id} in this workspace.")
            key_id = c.key_id
        k = (s.get(SigningKey, key_id) if key_id is not None
             else s.scalar(select(SigningKey).where(SigningKey.status == "current")))
        if k is None:
            raise NotFound("This workspace has no signing key yet: set up the issuer first.")
        blob, found_id, did = k.encrypted_private_key, k.id, k.did
    key = keylib.UnlockedKey(keylib.decrypt_private_key(blob, passphrase))
    if key.did != did:  # a key swapped in the database (e.g. by a doctored backup) never signs
        raise WorkspaceError("The workspace's signing key does not match the key it names; it was altered "
                             "outside Badgesmith. Restore a backup you made, or set up the issuer again.")
    if keylib.needs_upgrade(blob) and ws.may(Role.ADMINISTRATOR):  # keys are the administrator's to write
        _upgrade_key_encryption(ws, passphrase)
    return found_id, key


def _upgrade_key_encryption(ws: Workspace, passphrase: str) -> None:
    """Re-encrypt every key written with older, weaker key-derivation parameters (all keys of a
    workspace share its passphrase)."""
    with ws.session() as s:
        rows = [k for k in s.scalars(select(SigningKey)) if keylib.needs_upgrade(k.encrypted_private_key)]
        for k in rows:
            k.encrypted_private_key = keylib.change_passphrase(k.encrypted_private_key, passphrase, passphrase)
        if rows:
            audit.append(s, "key.kdf_upgraded", rows[-1].did, keys=len(rows))


def rotate_key(ws: Workspace, passphrase: str) -> KeyInfo:
    """Retire the current key (kept for verification) and make a new one."""
    require(ws, Role.ADMINISTRATOR)
    unlock_key(ws, passphrase)  # proves the caller knows the passphrase
    with ws.session() as s:
        for k in s.scalars(select(SigningKey).where(SigningKey.status == "current")):
            k.status, k.retired_at = "retired", utcnow()
            audit.append(s, "key.retired", k.did)
        row = _new_key(s, passphrase)
        return KeyInfo(row.id, row.did, fingerprint(row.did), row.status, row.created_at, None)


def change_passphrase(ws: Workspace, old: str, new: str) -> None:
    """Re-encrypt every key (current and retired) under the new passphrase, all or nothing."""
    require(ws, Role.ADMINISTRATOR)
    check_passphrase(new)
    with ws.session() as s:
        rows = list(s.scalars(select(SigningKey)))
        if not rows:
            raise NotFound("This workspace has no signing key yet.")
        for k in rows:
            k.encrypted_private_key = keylib.change_passphrase(k.encrypted_private_key, old, new)
        audit.append(s, "key.passphrase_changed", rows[-1].did)


def export_key_backup(ws: Workspace, out: Path) -> Path:
    """Write the current key's encrypted backup file (still needs the passphrase to use)."""
    with ws.session() as s:
        k = s.scalar(select(SigningKey).where(SigningKey.status == "current"))
        if k is None:
            raise NotFound("This workspace has no signing key yet.")
        data = keylib.export_key_backup(k.encrypted_private_key, k.did, k.created_at)
        atomic_write_bytes(out, data, private=True)
        audit.append(s, "key.exported", k.did, file=Path(out).name)
    return Path(out)


def import_key_backup(ws: Workspace, path: Path, backup_passphrase: str,
                      workspace_passphrase: str | None = None) -> KeyInfo:
    """Restore a key from a backup file; it becomes the current key, the old one is retired.

    Every key of a workspace stays under one passphrase: when the workspace already has keys,
    ``workspace_passphrase`` must unlock them, and the imported key is re-encrypted under it.
    """
    require(ws, Role.ADMINISTRATOR)
    data = read_limited(Path(path), MAX_KEY_FILE_BYTES, "a key backup")
    backup = keylib.import_key_backup(data)
    key = backup.unlock(backup_passphrase)
    blob = backup.encrypted
    with ws.read_session() as s:
        has_keys = s.scalar(select(SigningKey.id).limit(1)) is not None
    if has_keys:
        if not workspace_passphrase:
            raise KeyLocked("Enter this workspace's passphrase too: the imported key will be kept under it.")
        unlock_key(ws, workspace_passphrase)  # raises WrongPassphrase
        blob = keylib.encrypt_private_key(key, workspace_passphrase)
    with ws.session() as s:
        if s.scalar(select(SigningKey.id).where(SigningKey.did == backup.did)) is not None:
            raise ValidationError("This key is already in the workspace.")
        for k in s.scalars(select(SigningKey).where(SigningKey.status == "current")):
            k.status, k.retired_at = "retired", utcnow()
            audit.append(s, "key.retired", k.did)
        row = SigningKey(did=backup.did, public_key=raw_public_bytes(key.public_key()),
                         encrypted_private_key=blob, status="current")
        s.add(row)
        s.flush()
        audit.append(s, "key.imported", backup.did)
        return KeyInfo(row.id, row.did, fingerprint(row.did), row.status, row.created_at, None)


def export_issuer_card(ws: Workspace, passphrase: str, out: Path) -> Path:
    info = get_issuer(ws)
    _, key = unlock_key(ws, passphrase)
    data = keylib.export_issuer_card(info.name, key.private_key, url=info.url, email=info.email)
    return atomic_write_bytes(out, data)


MAX_TRUSTED_NAME, MAX_TRUSTED_DID, MAX_TRUSTED_URL = 200, 100, 500  # the trusted_issuer columns


def import_trusted_issuer(ws: Workspace, path: Path) -> TrustedIssuerInfo:
    require(ws, Role.ISSUER)
    data = read_limited(Path(path), MAX_KEY_FILE_BYTES, "an issuer card")
    card = keylib.parse_issuer_card(data)
    with ws.session() as s:
        if s.scalar(select(SigningKey.id).where(SigningKey.did == card.did)) is not None:
            raise ValidationError("That issuer card is this workspace's own key.")
        # a partner trusted under a name that reads as ours (or as another partner's) could issue
        # certificates indistinguishable from theirs on paper
        profile = s.scalar(select(IssuerProfile))
        names = [(profile.name, "your own issuer name")] if profile else []
        names += [(t.name, f"the name of the trusted issuer {t.name!r}")
                  for t in s.scalars(select(TrustedIssuer).where(TrustedIssuer.did != card.did))]
        for name, whose in names:
            if look_alike(card.name, name):
                raise ValidationError(f"The card's issuer name {card.name!r} reads like {whose}, so their "
                                      "certificates could pass for those on paper; it is not imported. Ask "
                                      "them for a card with a name of their own.")
        name = normalise_name(card.name)
        if not name:
            raise ValidationError("The issuer card has no name.")
        if len(name) > MAX_TRUSTED_NAME or len(card.did) > MAX_TRUSTED_DID or len(card.url or "") > MAX_TRUSTED_URL:
            # never stored cut short (a name is what verifiers are shown); PostgreSQL would refuse it anyway
            raise ValidationError(f"The issuer card's name, DID or address is too long (a name is at most "
                                  f"{MAX_TRUSTED_NAME} characters long); ask them for a card with a shorter one.")
        row = s.scalar(select(TrustedIssuer).where(TrustedIssuer.did == card.did))
        if row is None:
            row = TrustedIssuer(name=name, did=card.did, url=card.url)
            s.add(row)
        else:
            row.name, row.url = name, card.url
        s.flush()
        audit.append(s, "trust.imported", card.did, name=name)
        return TrustedIssuerInfo(row.id, row.name, row.did, fingerprint(row.did), row.url)


def list_trusted_issuers(ws: Workspace) -> list[TrustedIssuerInfo]:
    with ws.read_session() as s:
        return [TrustedIssuerInfo(t.id, t.name, t.did, fingerprint(t.did), t.url)
                for t in s.scalars(select(TrustedIssuer).order_by(TrustedIssuer.name))]


def remove_trusted_issuer(ws: Workspace, trusted_id: int) -> None:
    require(ws, Role.ISSUER)
    with ws.session() as s:
        t = s.get(TrustedIssuer, trusted_id)
        if t is None:
            raise NotFound("That trusted issuer is not in this workspace.")
        audit.append(s, "trust.removed", t.did, name=t.name)
        s.delete(t)
        s.flush()
        # its credentials added to learners' records no longer count: what rested on them waits for review
        for row in s.scalars(select(ImportedCredential).where(ImportedCredential.issuer_did == t.did)):
            pathway_awards.flag_dependants(
                s, row.learner_id, row.achievement_iri, row.credential_id,
                f"{row.achievement_name} ({row.credential_id}), a credential from {t.name} this pathway credential "
                f"rests on, no longer counts: {t.name} stopped being a trusted issuer on {utcnow():%d %B %Y}.")


@dataclass(frozen=True)
class KnownKey:
    """A key this workspace vouches for, and the name it is known by here."""

    did: str
    status: str  # own-current | own-retired | trusted
    name: str  # our issuer name for own keys; the name under which a partner was trusted
    url: str | None


def known_keys(ws: Workspace) -> dict[str, KnownKey]:
    """did:key -> what the workspace knows of it (absent means unknown)."""
    with ws.read_session() as s:
        profile = s.scalar(select(IssuerProfile))
        own_name = profile.name if profile else ""
        own_url = profile.verify_page_url if profile else None
        out = {t.did: KnownKey(t.did, "trusted", t.name, t.url) for t in s.scalars(select(TrustedIssuer))}
        for k in s.scalars(select(SigningKey)):
            out[k.did] = KnownKey(k.did, "own-current" if k.status == "current" else "own-retired", own_name, own_url)
        return out


def key_trust(ws: Workspace) -> dict[str, str]:
    """did:key -> 'own-current' | 'own-retired' | 'trusted' (absent means unknown)."""
    with ws.read_session() as s:
        out = {t.did: "trusted" for t in s.scalars(select(TrustedIssuer))}
        for k in s.scalars(select(SigningKey)):
            out[k.did] = "own-current" if k.status == "current" else "own-retired"
        return out


def public_keys(ws: Workspace) -> list[tuple[str, bytes]]:
    """(status, raw public key) of every own key, for the verify page and QR claims."""
    with ws.read_session() as s:
        return [(k.status, k.public_key) for k in s.scalars(select(SigningKey).order_by(SigningKey.id))]
