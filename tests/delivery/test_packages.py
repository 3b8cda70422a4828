"""Each learner's package and .eml draft, the wallet file, the LinkedIn link."""

from __future__ import annotations

import json
import stat
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.header import decode_header, make_header
from urllib.parse import parse_qsl, urlsplit

import pytest

from badgesmith.core.credentials.baking import KEYWORD, unbake_svg
from badgesmith.core.delivery import messages as mail
from badgesmith.core.delivery.linkedin import add_to_profile_url
from badgesmith.core.errors import ValidationError
from badgesmith.core.services import delivery, verification

from .conftest import N_LEARNERS, PASSPHRASE
from .lcw import extract


def test_deliver_writes_a_package_and_a_draft_per_learner_that_verify(issued, tmp_path, js) -> None:
    ws, cohort_id = issued
    summary = delivery.deliver(ws, cohort_id, tmp_path / "out", PASSPHRASE)
    assert len(summary.written) == N_LEARNERS and not summary.no_address
    for _name, folder in summary.written:
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        files = {p.suffix if not p.name.endswith((" - badge.png", " - badge.svg", " - wallet.json"))
                 else p.name.split(" - ")[-1]: p for p in folder.iterdir()}
        assert set(files) == {".pdf", ".json", ".eml", ".txt", "badge.png", "badge.svg", "wallet.json"}
        assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in folder.iterdir())
        doc = json.loads(files[".json"].read_text(encoding="utf-8"))
        assert js.verify(doc)["verified"]
        draft = message_from_bytes(files[".eml"].read_bytes(), policy=policy.default)
        assert draft["X-Unsent"] == "1" and draft["Date"] is None and draft["Message-ID"] is None
        assert draft["To"].addresses[0].display_name == doc["credentialSubject"]["name"]
        attached = {p.get_filename(): p.get_content() for p in draft.iter_attachments()}
        assert len(attached) == 3
        for name, content in attached.items():
            path = tmp_path / name
            path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
            assert verification.verify_path(ws, path).verified, name
        assert extract(files["badge.png"].read_bytes(), KEYWORD) == doc
        assert json.loads(unbake_svg(files["badge.svg"].read_bytes())) == doc
        wallet = json.loads(files["wallet.json"].read_text(encoding="utf-8"))
        assert wallet["type"] == ["VerifiablePresentation"] and doc in wallet["verifiableCredential"]
        assert all(js.verify(c)["verified"] for c in wallet["verifiableCredential"])
        # the learner's whole record comes too (issue 15): a ClrCredential around the same credentials
        [record] = [c for c in wallet["verifiableCredential"] if "ClrCredential" in c["type"]]
        assert doc in record["credentialSubject"]["verifiableCredential"]
        path = tmp_path / "record.json"
        path.write_text(json.dumps(record), encoding="utf-8")
        assert verification.verify_path(ws, path).verified
    assert {r.state for r in delivery.outbox(ws, cohort_id)} == {"drafted"}


def test_the_linkedin_link_of_an_expiring_credential_has_every_parameter_percent_encoded() -> None:
    doc = {"id": "urn:uuid:5b2c1d1e-0000-4000-8000-000000000001",
           "issuer": {"name": "Zürich & Co / Training", "otherIdentifier": []},
           "credentialSubject": {"achievement": {"name": "Pivot Tables: Level 2 (100%)"}},
           "validFrom": "2026-03-14T09:00:00Z", "awardedDate": "2026-03-14T09:00:00Z",
           "validUntil": "2028-03-31T23:59:59Z"}
    url = add_to_profile_url(doc, "https://example.org/verify.html#BS1:ABC")
    parts = urlsplit(url)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "www.linkedin.com", "/profile/add")
    assert "+" not in parts.query and " " not in url and "&Co" not in url
    assert dict(parse_qsl(parts.query)) == {
        "startTask": "CERTIFICATION_NAME", "name": "Pivot Tables: Level 2 (100%)",
        "organizationName": "Zürich & Co / Training", "issueYear": "2026", "issueMonth": "3",
        "expirationYear": "2028", "expirationMonth": "3", "certId": doc["id"],
        "certUrl": "https://example.org/verify.html#BS1:ABC"}
    doc["issuer"]["otherIdentifier"] = [{"type": "IdentifierEntry", "identifier": "1337",
                                         "identifierType": "ext:LinkedInOrganizationId"}]
    q = dict(parse_qsl(urlsplit(add_to_profile_url(doc)).query))
    assert q["organizationId"] == "1337" and "organizationName" not in q and "certUrl" not in q


def test_templates_fill_placeholders_and_drop_lines_left_empty() -> None:
    t = mail.MessageTemplate("Well done, {learner}", "Hi {learner}\nCheck: {verify_link}\nBye")
    lt = mail.letter(t, {"learner": "Zoë", "verify_link": ""}, "Zoë", "z@example.org", ())
    assert (lt.subject, lt.body) == ("Well done, Zoë", "Hi Zoë\nBye")
    with pytest.raises(ValidationError, match=r"Unknown placeholder \{learner_name\}"):
        mail.check_template(mail.MessageTemplate("x", "Dear {learner_name}"))
    with pytest.raises(ValidationError, match="no partner"):
        mail.check_template(mail.MessageTemplate("Well done, {learner!", "body"))
    with pytest.raises(ValidationError, match="one line"):
        mail.check_template(mail.MessageTemplate("a\nBcc: x@evil.example", "body"))


def test_an_achievement_may_override_the_workspace_template(issued) -> None:
    ws, cohort_id = issued
    row = delivery.outbox(ws, cohort_id)[0]
    delivery.save_template(ws, mail.MessageTemplate("Workspace: {achievement}", "Dear {learner}"))

    def subject() -> str:  # each batch reads the templates once
        return delivery.build_package(ws, row.credential_id, delivery.PackageBatch(ws, PASSPHRASE)).letter.subject

    assert subject().startswith("Workspace: ")
    from badgesmith.core.services import cohorts

    achievement_id = cohorts.get_cohort(ws, cohort_id).achievement_id
    delivery.save_template(ws, mail.MessageTemplate("Own: {achievement}", "Dear {learner}"), achievement_id)
    assert subject().startswith("Own: ")
    delivery.save_template(ws, None, achievement_id)
    assert subject().startswith("Workspace: ")


def test_a_learner_without_an_address_gets_a_package_but_no_draft(issued, tmp_path) -> None:
    from badgesmith.core.store.models import Learner

    ws, cohort_id = issued
    with ws.session() as s:
        learner = s.query(Learner).order_by(Learner.id).first()
        learner.email = None
        name = learner.name
    summary = delivery.deliver(ws, cohort_id, tmp_path / "out", PASSPHRASE)
    assert summary.no_address == [name] and len(summary.written) == N_LEARNERS
    assert sum(1 for _ in (tmp_path / "out").rglob("*.eml")) == N_LEARNERS - 1


def test_the_verification_link_in_the_message_verifies_offline(issued, tmp_path) -> None:
    from badgesmith.core.services import issuer

    ws, cohort_id = issued
    info = issuer.get_issuer(ws)
    issuer.update_issuer(ws, info.name, info.url, info.email, info.description, info.logo,
                         verify_page_url="https://northbridge.example/verify.html",
                         status_list_url=info.status_list_url)
    row = delivery.outbox(ws, cohort_id)[0]
    pkg = delivery.build_package(ws, row.credential_id, delivery.PackageBatch(ws, PASSPHRASE))
    link = next(w for w in pkg.letter.body.split() if w.startswith("https://northbridge.example/verify.html#"))
    report = verification.verify_text(ws, link)
    assert report.verified, report.lines()
    assert "certUrl=https%3A%2F%2Fnorthbridge.example%2Fverify.html%23" in pkg.linkedin_url


def test_an_issuer_with_a_linkedin_id_issues_it_as_other_identifier_and_links_by_id(issued, tmp_path, js) -> None:
    from badgesmith.core.services import issuer, issuing

    ws, cohort_id = issued
    info = issuer.get_issuer(ws)
    with pytest.raises(ValidationError, match="is a number"):
        issuer.update_issuer(ws, info.name, linkedin_org_id="linkedin.com/company/x")
    issuer.update_issuer(ws, info.name, info.url, info.email, linkedin_org_id="1337")
    assert issuer.get_issuer(ws).linkedin_org_id == "1337"
    issuer.update_issuer(ws, info.name, info.url, info.email)  # left out: kept
    assert issuer.get_issuer(ws).linkedin_org_id == "1337"
    made = issuing.issue_batch(ws, cohort_id, PASSPHRASE, tmp_path / "renewed", reissue=True, workers=1)
    doc = json.loads(made.issued[0].json.read_text(encoding="utf-8"))
    assert doc["issuer"]["otherIdentifier"] == [{"type": "IdentifierEntry", "identifier": "1337",
                                                 "identifierType": "ext:LinkedInOrganizationId"}]
    assert js.verify(doc)["verified"]
    pkg = delivery.build_package(ws, doc["id"], delivery.PackageBatch(ws, PASSPHRASE))
    assert "organizationId=1337" in pkg.linkedin_url and "organizationName" not in pkg.linkedin_url


@pytest.mark.parametrize("name", ["🎓" * 120 + " Zoë", "=?utf-8?q?Bob_=3Cboss=40corp=2Eexample=3E?=",
                                  'Ana "the boss" <x@evil.example>, Bob', "Jean-Luc\r\nBcc: x@evil.example",
                                  "محمد العلي " * 18, "A" * 200])
def test_headers_show_any_name_as_typed_within_the_line_limits(name: str) -> None:
    t = mail.MessageTemplate("Your certificate, {learner}: {achievement} " * 3, "Dear {learner}")
    lt = mail.letter(t, {"learner": name, "achievement": "Ériger des ponts"}, name, "z@example.org", ())
    raw = mail.outgoing(lt, name, "courses@example.org", "<1@example.org>", datetime(2026, 3, 14, tzinfo=UTC))
    head = raw.split(b"\r\n\r\n", 1)[0]
    assert all(len(line) <= 998 for line in head.split(b"\r\n"))
    assert all(len(word) <= 75 for word in head.split() if word.startswith(b"=?"))
    msg = message_from_bytes(raw, policy=policy.default)
    assert [k for k in msg if k.lower() == "bcc"] == []
    to = msg["To"].addresses
    assert len(to) == 1 and to[0].addr_spec == "z@example.org"
    # shown as typed (RFC 2047 decoding, which joins adjacent encoded words), never as another address
    raw_to = message_from_bytes(raw, policy=policy.compat32)["To"]
    shown = str(make_header(decode_header(raw_to))).rsplit(" <", 1)[0].strip('"')
    assert shown == " ".join(name.split()).replace('"', '\\"') or shown == " ".join(name.split())
    assert str(make_header(decode_header(message_from_bytes(raw, policy=policy.compat32)["Subject"]))) == lt.subject
