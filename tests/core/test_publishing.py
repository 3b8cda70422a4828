"""Publishing: did:web names, where each file goes, idempotent republishing, public credentials."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from badgesmith.core.credentials.didweb import (
    DidWebDirectory,
    did_document,
    did_web,
    document_url,
    domain_of,
)
from badgesmith.core.credentials.errors import CredentialError
from badgesmith.core.errors import KeyLocked, ValidationError
from badgesmith.core.paper.verifypage import VerifyPageError
from badgesmith.core.services import issuer, issuing, publishing, register
from badgesmith.core.services.status_lists import status_list_groups

PAGE = "https://example.org/badges/verify.html"
PASS = "demo"


@pytest.mark.parametrize(("typed", "did", "url", "shown"), [
    ("example.org", "did:web:example.org", "https://example.org/.well-known/did.json", "example.org"),
    (" Example.ORG ", "did:web:example.org", "https://example.org/.well-known/did.json", "example.org"),
    ("did:web:example.org", "did:web:example.org", "https://example.org/.well-known/did.json", "example.org"),
    ("user.github.io:badges", "did:web:user.github.io:badges", "https://user.github.io/badges/did.json",
     "user.github.io/badges"),
    ("localhost%3A8443", "did:web:localhost%3A8443", "https://localhost:8443/.well-known/did.json",
     "localhost:8443"),
    ("127.0.0.1%3a8443:a:b", "did:web:127.0.0.1%3A8443:a:b", "https://127.0.0.1:8443/a/b/did.json",
     "127.0.0.1:8443/a/b"),
])
def test_did_web_names(typed, did, url, shown):
    assert did_web(typed) == did
    assert document_url(did) == url and domain_of(did) == shown


@pytest.mark.parametrize("typed", ["https://example.org", "example", "exa mple.org", "example.org:..",
                                   "example.org:", "example.org/badges", "exämple.org", "example.org#key",
                                   "-bad.example.org", "example.org%3A0", "example.org%3A99999", "x" * 250])
def test_did_web_refuses_what_is_not_a_domain(typed):
    with pytest.raises(CredentialError):
        did_web(typed)


def test_did_document_keeps_retired_keys_and_resolves_only_what_it_lists():
    old, new, other = bytes(range(32)), bytes(range(1, 33)), bytes(range(2, 34))
    doc = did_document("did:web:example.org", [old, new])
    assert doc["assertionMethod"] == [m["id"] for m in doc["verificationMethod"]]
    directory = DidWebDirectory([doc])
    for vm in doc["assertionMethod"]:
        assert directory.resolve(vm) in (old, new)
    forged = doc["assertionMethod"][0].replace("did:web:example.org", "did:web:example.org:x")
    with pytest.raises(CredentialError, match="never fetches"):
        directory.resolve(forged)
    stranger = did_document("did:web:example.org", [other])["assertionMethod"][0]
    with pytest.raises(CredentialError, match="does not list"):
        directory.resolve(stranger)


@pytest.mark.parametrize(("address", "expected"), [
    ("https://example.org/badges/status/1", ("status/1", True)),
    ("https://example.org/badges/a/b/list.json", ("a/b/list.json", True)),
    ("https://example.org/.well-known/did.json", ("elsewhere/example.org/.well-known/did.json", False)),
    ("https://cdn.example.net:8443/s/1", ("elsewhere/cdn.example.net_8443/s/1", False)),
    ("http://example.org/badges/status/1", ("elsewhere/example.org/badges/status/1", False)),
])
def test_each_address_has_its_place_in_the_folder(address, expected):
    assert publishing.site_path(PAGE, address, "status list address") == expected


@pytest.mark.parametrize("address", ["https://example.org/badges/../../etc/passwd", "https://example.org/badges/",
                                     "https://example.org/badges/status?x=1", "ftp://example.org/badges/s"])
def test_addresses_that_cannot_be_files_are_refused(address):
    with pytest.raises(ValidationError):
        publishing.site_path(PAGE, address, "status list address")


@pytest.mark.parametrize(("page", "name"), [(PAGE, "verify.html"), ("https://example.org/verify", "verify.html"),
                                            ("https://example.org/check/", "index.html")])
def test_page_file_name(page, name):
    assert publishing.page_file(page) == name


def _configure(ws, **kw):
    info = issuer.get_issuer(ws)
    issuer.update_issuer(ws, info.name, info.url, info.email, info.description, info.logo, PAGE,
                         "https://example.org/badges/status/1", **kw)


def _mtimes(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}


def test_republishing_touches_only_what_changed(demo_ws, tmp_path):
    _configure(demo_ws, did_web="example.org", publish_credentials=True)
    issued = issuing.issue_batch(demo_ws, 1, PASS, tmp_path / "out", workers=1).issued
    site = tmp_path / "site"
    first = publishing.publish(demo_ws, site, PASS)
    assert first.elsewhere == [("elsewhere/example.org/.well-known/did.json",
                                "https://example.org/.well-known/did.json")]
    readme = (site / "README.txt").read_text()
    assert "https://example.org/.well-known/did.json" in readme and "names become public" in readme
    pages = sorted(p.name for p in (site / "credentials").iterdir())
    assert pages == sorted(f"{i.credential_id.removeprefix('urn:uuid:')}.json" for i in issued)
    profile = json.loads((site / "issuer.json").read_text())
    assert profile["id"] == "did:web:example.org" and profile["type"] == ["Profile"]

    before = _mtimes(site)
    again = publishing.publish(demo_ws, site, None)  # nothing to sign: no passphrase needed
    assert again.written == [] and again.removed == [] and _mtimes(site) == before

    register.revoke(demo_ws, issued[0].credential_id, "Issued by mistake", PASS)
    with pytest.raises(KeyLocked):  # the list must be signed anew; nothing is written first
        publishing.publish(demo_ws, site, None)
    assert _mtimes(site) == before
    third = publishing.publish(demo_ws, site, PASS)
    gone = f"credentials/{issued[0].credential_id.removeprefix('urn:uuid:')}.json"
    assert third.written == ["status/1"] and third.removed == [gone]
    after = _mtimes(site)
    assert {k for k in before if before[k] != after.get(k)} == {"status/1", gone}


def test_a_tampered_list_in_the_folder_is_signed_anew(demo_ws, tmp_path):
    _configure(demo_ws)
    issuing.issue_batch(demo_ws, 1, PASS, tmp_path / "out", workers=1)
    site = tmp_path / "site"
    publishing.publish(demo_ws, site, PASS)
    listing = json.loads((site / "status" / "1").read_text())
    listing["validFrom"] = "2020-01-01T00:00:00Z"  # the signature no longer holds
    (site / "status" / "1").write_text(json.dumps(listing))
    assert publishing.publish(demo_ws, site, PASS).written == ["status/1"]
    assert json.loads((site / "status" / "1").read_text())["validFrom"] != "2020-01-01T00:00:00Z"


def test_rotation_keeps_old_keys_in_did_json(demo_ws, tmp_path):
    _configure(demo_ws, did_web="example.org:badges")
    site = tmp_path / "site"
    publishing.publish(demo_ws, site, PASS)
    assert len(json.loads((site / "did.json").read_text())["assertionMethod"]) == 1
    issuer.rotate_key(demo_ws, PASS)
    result = publishing.publish(demo_ws, site, PASS)
    assert "did.json" in result.written and "verify.html" in result.written
    assert len(json.loads((site / "did.json").read_text())["assertionMethod"]) == 2


def test_publishing_needs_the_page_address_and_a_folder(demo_ws, tmp_path):
    with pytest.raises(ValidationError, match="verification page address"):
        publishing.publish(demo_ws, tmp_path / "site", PASS)
    _configure(demo_ws)
    (tmp_path / "file").write_text("x")
    with pytest.raises(ValidationError, match="is a file"):
        publishing.publish(demo_ws, tmp_path / "file", PASS)


def test_lists_grow_past_131072_entries_and_each_did_web_has_its_own(demo_ws, tmp_path):
    from sqlalchemy import update

    from badgesmith.core.credentials.statuslist import MIN_ENTRIES, decode_bitstring
    from badgesmith.core.store.models import Credential

    _configure(demo_ws)
    first = issuing.issue_batch(demo_ws, 1, PASS, tmp_path / "o1", learner_ids=None, workers=1).issued[0]
    with demo_ws.session() as s:  # as if 131,071 credentials had been issued before
        s.execute(update(Credential).where(Credential.id == first.credential_id)
                  .values(status_list_index=MIN_ENTRIES - 1))
    _configure(demo_ws, did_web="example.org")
    a = issuing.issue_batch(demo_ws, 2, PASS, tmp_path / "o2", workers=1).issued[0]
    _configure(demo_ws, did_web="example.org:badges")
    b = issuing.issue_batch(demo_ws, 3, PASS, tmp_path / "o3", workers=1).issued[0]
    docs = {i.credential_id: json.loads(i.json.read_text()) for i in (a, b)}
    lists = {d["credentialStatus"]["statusListCredential"] for d in docs.values()}
    assert len(lists) == 2  # two did:webs never share a list: a list names one issuer
    assert int(docs[a.credential_id]["credentialStatus"]["statusListIndex"]) >= MIN_ENTRIES
    register.revoke(demo_ws, a.credential_id, "test", PASS)
    site = tmp_path / "site"
    publishing.publish(demo_ws, site, PASS)
    for g in status_list_groups(demo_ws):
        path, _ = publishing.site_path(PAGE, g.url, "status list address")
        doc = json.loads((site / path).read_text())
        assert doc["issuer"] == g.issuer_did
        bits = decode_bitstring(doc["credentialSubject"]["encodedList"])
        assert len(bits) * 8 == 2 * MIN_ENTRIES
    index = int(docs[a.credential_id]["credentialStatus"]["statusListIndex"])
    url = docs[a.credential_id]["credentialStatus"]["statusListCredential"]
    path, _ = publishing.site_path(PAGE, url, "status list address")
    bits = decode_bitstring(json.loads((site / path).read_text())["credentialSubject"]["encodedList"])
    assert bits[index // 8] & (0x80 >> (index % 8))


def test_links_in_the_folder_are_not_followed(demo_ws, tmp_path):
    _configure(demo_ws, publish_credentials=True)
    issuing.issue_batch(demo_ws, 1, PASS, tmp_path / "out", workers=1)
    site, outside = tmp_path / "site", tmp_path / "outside"
    site.mkdir()
    outside.mkdir()
    (site / "status").symlink_to(outside, target_is_directory=True)
    with pytest.raises(ValidationError, match="is a link"):
        publishing.publish(demo_ws, site, PASS)
    assert list(outside.iterdir()) == [] and list(site.iterdir()) == [site / "status"]


@pytest.mark.parametrize(("field", "value", "message"), [
    ("status_list_url", "https://example.org/badges/status/", "names a folder"),
    ("status_list_url", "https://example.org/badges/status?list=1", "'?' or '#'"),
    ("status_list_url", "https://../verify.html", "not a web address"),
    ("status_list_url", "https://example.org/" + "状态" * 84, "longer than 500 bytes"),  # 524 bytes, 188 characters
    ("verify_page_url", "http://example.org/badges/verify.html", "https://"),
    ("verify_page_url", "https://example.org/verify.html?x=1", "'?' or '#'"),
])
def test_addresses_a_site_cannot_serve_are_refused_when_set(demo_ws, demo_dir, field, value, message):
    from tests.conftest import db_snapshot

    info = issuer.get_issuer(demo_ws)
    before = db_snapshot(demo_dir)
    with pytest.raises(ValidationError, match=re.escape(message)):
        issuer.update_issuer(demo_ws, info.name, info.url, info.email, **{field: value})
    assert db_snapshot(demo_dir) == before


def test_a_key_never_takes_an_address_another_key_uses(demo_ws, tmp_path):
    info = issuer.get_issuer(demo_ws)
    base = "https://example.org/badges/status/"
    issuer.update_issuer(demo_ws, info.name, info.url, info.email, verify_page_url=PAGE, status_list_url=base + "1-k2")
    a = issuing.issue_batch(demo_ws, 1, PASS, tmp_path / "o1", workers=1).issued[0]
    issuer.update_issuer(demo_ws, info.name, info.url, info.email, status_list_url=base + "1")
    issuer.rotate_key(demo_ws, PASS)  # key 2: "1" is free, but its suffixed name "1-k2" is key 1's
    b = issuing.issue_batch(demo_ws, 2, PASS, tmp_path / "o2", workers=1).issued[0]
    issuer.update_issuer(demo_ws, info.name, info.url, info.email, status_list_url=base + "2")
    c = issuing.issue_batch(demo_ws, 3, PASS, tmp_path / "o3", workers=1).issued[0]
    urls = [json.loads(i.json.read_text())["credentialStatus"]["statusListCredential"] for i in (a, b, c)]
    assert urls == [base + "1-k2", base + "1", base + "2"]  # an address freshly set is used as it is
    groups = status_list_groups(demo_ws)
    assert {g.url: g.key_ids for g in groups} == {base + "1-k2": (1,), base + "1": (2,), base + "2": (2,)}


def test_schema_0013_copies_each_credentials_list_and_issuer_from_its_signed_text(demo_ws, tmp_path):
    """Upgrading a register with credentials under two keys and three list addresses (taken back to
    0012, which has no such columns) fills the columns from the signed texts, and the addresses the
    next credentials get are those they got before."""
    from alembic import command
    from sqlalchemy import select

    from badgesmith.core.store import migrate
    from badgesmith.core.store.models import Credential

    info = issuer.get_issuer(demo_ws)
    base = "https://example.org/badges/status/"
    issuer.update_issuer(demo_ws, info.name, info.url, info.email, verify_page_url=PAGE, status_list_url=base + "1")
    issuing.issue_batch(demo_ws, 1, PASS, tmp_path / "o1", workers=1)
    issuer.rotate_key(demo_ws, PASS)
    issuing.issue_batch(demo_ws, 2, PASS, tmp_path / "o2", workers=1)

    def columns() -> dict[str, tuple[str | None, str | None]]:
        with demo_ws.read_session() as s:
            return {cid: (url, did) for cid, url, did in s.execute(
                select(Credential.id, Credential.status_list_url, Credential.issuer_did))}

    def groups() -> list[tuple[str, tuple[int, ...]]]:
        return [(g.url, g.key_ids) for g in status_list_groups(demo_ws)]

    issued, lists = columns(), groups()
    with demo_ws.read_session() as s:
        docs = {cid: json.loads(text) for cid, text in s.execute(select(Credential.id, Credential.signed_json))}
    assert {url for url, _ in issued.values()} == {base + "1", base + "1-k2"}
    assert issued == {cid: ((d.get("credentialStatus") or {}).get("statusListCredential"), d["issuer"]["id"])
                      for cid, d in docs.items()}
    cfg = migrate._config()
    with demo_ws.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0012")
    migrate.upgrade_to_head(demo_ws.engine, demo_ws.folder / "workspace.db")
    assert columns() == issued and groups() == lists


def test_credentials_written_without_the_list_columns_still_keep_their_address_to_their_key(demo_ws, tmp_path):
    """A client of a version before schema 0013, still connected to a shared database when it was
    upgraded, writes credentials without status_list_url and issuer_did: a key rotated afterwards
    must still not take the address those credentials point at."""
    from sqlalchemy import update

    from badgesmith.core.store.models import Credential

    info = issuer.get_issuer(demo_ws)
    base = "https://example.org/badges/status/1"
    issuer.update_issuer(demo_ws, info.name, info.url, info.email, verify_page_url=PAGE, status_list_url=base)
    a = issuing.issue_batch(demo_ws, 1, PASS, tmp_path / "o1", workers=1).issued[0]
    with demo_ws.session() as s:  # as the older version wrote them
        s.execute(update(Credential).values(status_list_url=None, issuer_did=None))
    issuer.rotate_key(demo_ws, PASS)
    b = issuing.issue_batch(demo_ws, 2, PASS, tmp_path / "o2", workers=1).issued[0]
    urls = [json.loads(i.json.read_text())["credentialStatus"]["statusListCredential"] for i in (a, b)]
    assert urls == [base, base + "-k2"]


def test_lists_stay_published_after_the_address_is_cleared(demo_ws, tmp_path):
    _configure(demo_ws)
    issued = issuing.issue_batch(demo_ws, 1, PASS, tmp_path / "out", workers=1).issued
    site = tmp_path / "site"
    publishing.publish(demo_ws, site, PASS)
    info = issuer.get_issuer(demo_ws)
    issuer.update_issuer(demo_ws, info.name, info.url, info.email, status_list_url=None)
    register.revoke(demo_ws, issued[0].credential_id, "test", PASS)
    result = publishing.publish(demo_ws, site, PASS)
    assert "status/1" in result.written  # the credentials still point at it: it is kept current
    assert "No status list address is set" in (site / "README.txt").read_text()


def test_an_old_address_no_file_can_have_does_not_stop_the_others(demo_ws, tmp_path):
    from sqlalchemy import update

    from badgesmith.core.store.models import IssuerProfile

    _configure(demo_ws)
    with demo_ws.session() as s:  # as an older version allowed: a folder address
        s.execute(update(IssuerProfile).values(status_list_url="https://example.org/badges/old/"))
    issuing.issue_batch(demo_ws, 1, PASS, tmp_path / "o1", workers=1)
    _configure(demo_ws)
    issuing.issue_batch(demo_ws, 2, PASS, tmp_path / "o2", workers=1)
    result = publishing.publish(demo_ws, tmp_path / "site", PASS)
    assert "status/1" in result.written
    assert len(result.problems) == 1 and "names a folder" in result.problems[0]
    assert "Not published:" in (tmp_path / "site" / "README.txt").read_text()


def test_a_list_rewritten_in_another_layout_is_signed_anew(demo_ws, tmp_path):
    _configure(demo_ws)
    issuing.issue_batch(demo_ws, 1, PASS, tmp_path / "out", workers=1)
    site = tmp_path / "site"
    publishing.publish(demo_ws, site, PASS)
    listing = json.loads((site / "status" / "1").read_text())
    (site / "status" / "1").write_text(json.dumps(listing), encoding="utf-16")  # same content, other bytes
    assert publishing.publish(demo_ws, site, PASS).written == ["status/1"]
    assert json.loads((site / "status" / "1").read_bytes().decode("utf-8"))["id"] == listing["id"]


def test_the_page_lists_revocations_that_no_status_list_carries(demo_ws, tmp_path):
    issued = issuing.issue_batch(demo_ws, 1, PASS, tmp_path / "o1", workers=1).issued  # no list address yet
    without = issued[0].credential_id
    assert "other verifiers will not see it" in publishing.revocation_reach(demo_ws, without)
    register.revoke(demo_ws, without, "test", PASS)
    _configure(demo_ws)
    withlist = issuing.issue_batch(demo_ws, 2, PASS, tmp_path / "o2", workers=1).issued[0].credential_id
    assert "upload the changed status list" in publishing.revocation_reach(demo_ws, withlist)
    site = tmp_path / "site"
    publishing.publish(demo_ws, site, PASS)
    page = (site / "verify.html").read_text()
    config = json.loads(re.search(r'id="bs-config">(.*?)</script>', page).group(1))
    assert config["revoked"] == {without.removeprefix("urn:uuid:").replace("-", ""): str(datetime.now(UTC).date())}
    # a revocation that the status list carries leaves the page as it is: only the list changes
    register.revoke(demo_ws, withlist, "test", PASS)
    assert publishing.publish(demo_ws, site, PASS).written == ["status/1"]


def test_the_page_is_in_the_issuers_language_or_the_one_asked_for(demo_ws, tmp_path):
    _configure(demo_ws)
    site = tmp_path / "site"
    publishing.publish(demo_ws, site, PASS)  # the issuer's language: English until they choose one
    assert '<html lang="en" dir="ltr">' in (site / "verify.html").read_text("utf-8")
    assert publishing.publish(demo_ws, site, PASS, language="ar").written == ["verify.html"]
    page = (site / "verify.html").read_text("utf-8")
    assert '<html lang="ar" dir="rtl">' in page and "<title>التحقق من شهادة صادرة عن " in page
    out = register.export_verify_page(demo_ws, tmp_path / "verify.html", language="ja")
    assert '<html lang="ja" dir="ltr">' in out.read_text("utf-8")
    _configure(demo_ws, language="de")  # the trainer's language, chosen in Settings
    publishing.publish(demo_ws, site, PASS)
    page = (site / "verify.html").read_text("utf-8")
    assert '<html lang="de" dir="ltr">' in page and '<span data-t="check_button">Code prüfen</span>' in page
    with pytest.raises(VerifyPageError, match="cannot be written in 'xx'"):
        publishing.publish(demo_ws, site, PASS, language="xx")
