"""Sending through a real SMTP server on 127.0.0.1 (STARTTLS, AUTH): every learner once, with the
three attachments, faults sorted into sent or failed-with-the-server's-words, resumable."""

from __future__ import annotations

import json

import pytest

from badgesmith.core.credentials.baking import KEYWORD
from badgesmith.core.credentials.errors import WrongPassphrase
from badgesmith.core.delivery.smtp import SmtpSettings
from badgesmith.core.services import delivery, register
from badgesmith.core.store.models import Setting

from .conftest import N_LEARNERS, PASSPHRASE, account, mailer
from .lcw import extract
from .smtpserver import PASSWORD


def account_on(port: int) -> SmtpSettings:
    return SmtpSettings("127.0.0.1", port, "none", None, "courses@northbridge.example", "Northbridge")


def _send(ws, cohort_id, smtp, **kw):  # type: ignore[no-untyped-def]
    return delivery.send(ws, cohort_id, PASSPHRASE, password=PASSWORD, settings=account(smtp),
                         mailer=mailer(smtp, PASSWORD), backoff=(0.01,), **kw)


def test_every_learner_gets_one_message_with_three_attachments_that_verify(issued, smtp, js) -> None:
    ws, cohort_id = issued
    summary = _send(ws, cohort_id, smtp)
    assert summary.complete and len(summary.sent) == N_LEARNERS, summary.lines()
    counts = smtp.handler.count_by_recipient()
    assert len(counts) == N_LEARNERS and set(counts.values()) == {1}
    for received in smtp.handler.received:
        msg = received.message
        assert msg["Message-ID"] and msg["Date"] and "X-Unsent" not in msg
        parts = {p.get_content_type(): p for p in msg.iter_attachments()}
        assert set(parts) == {"application/pdf", "application/json", "image/png"}
        doc = json.loads(parts["application/json"].get_content())
        assert js.verify(doc)["verified"], received.to
        baked = parts["image/png"].get_content()
        from_badge = extract(baked, KEYWORD)
        assert from_badge == doc
        assert js.verify(from_badge)["verified"]
        assert parts["application/pdf"].get_content().startswith(b"%PDF")
        assert doc["credentialSubject"]["name"] in msg.get_body(("plain",)).get_content()
    rows = delivery.outbox(ws, cohort_id)
    assert {r.state for r in rows} == {"sent"}
    assert all(r.server_reply and "queued as" in r.server_reply and r.message_id for r in rows)
    again = _send(ws, cohort_id, smtp)  # nothing is sent twice
    assert again.sent == [] and again.already_sent == N_LEARNERS
    assert len(smtp.handler.received) == N_LEARNERS


def test_451_550_and_a_dropped_connection_end_in_sent_once_or_failed_with_the_servers_words(issued, smtp) -> None:
    ws, cohort_id = issued
    refused = delivery.outbox(ws, cohort_id)[4].address
    smtp.handler.refuse_rcpt[refused] = f"550 5.1.1 <{refused}>: Recipient address rejected: no such user"
    smtp.handler.on_data = lambda attempt, to: "451 4.3.0 Temporary lookup failure" if attempt == 3 else None
    smtp.handler.drop_after = 5
    summary = _send(ws, cohort_id, smtp)
    counts = smtp.handler.count_by_recipient()
    rows = {r.address: r for r in delivery.outbox(ws, cohort_id)}
    for address, row in rows.items():
        if address == refused:
            assert row.state == "failed" and "550 5.1.1" in (row.server_reply or "") and address not in counts
        else:
            assert row.state == "sent" and counts[address] == 1, (address, row)
    assert len(summary.sent) == N_LEARNERS - 1
    assert summary.failed == [(rows[refused].learner, rows[refused].server_reply)]
    assert not summary.complete  # exit code 1 from the CLI: one learner was not reached


def test_a_wrong_account_password_stops_the_batch_and_records_nothing_as_sent(issued, smtp) -> None:
    ws, cohort_id = issued
    summary = delivery.send(ws, cohort_id, PASSPHRASE, password="wrong", settings=account(smtp),
                            mailer=mailer(smtp, "wrong"))
    assert summary.stopped and "user name or password" in summary.stopped
    assert smtp.handler.received == []
    assert {r.state for r in delivery.outbox(ws, cohort_id)} <= {"not delivered", "sending"}
    assert len(_send(ws, cohort_id, smtp).sent) == N_LEARNERS  # a resume then reaches everyone


def test_revoked_credentials_are_never_sent_and_a_reissue_is_sent_again(issued, smtp, tmp_path) -> None:
    from badgesmith.core.services import issuing

    ws, cohort_id = issued
    rows = delivery.outbox(ws, cohort_id)
    register.revoke(ws, rows[0].credential_id, "Issued by mistake", PASSPHRASE)
    _send(ws, cohort_id, smtp)
    assert rows[0].address not in smtp.handler.count_by_recipient()
    assert len(smtp.handler.received) == N_LEARNERS - 1
    renewed = issuing.issue_batch(ws, cohort_id, PASSPHRASE, tmp_path / "renewed", learner_ids=None,
                                  reissue=True, workers=1)
    assert len(renewed.issued) == N_LEARNERS - 1
    _send(ws, cohort_id, smtp)  # the new versions are new credentials: each is sent once more
    counts = smtp.handler.count_by_recipient()
    assert rows[0].address not in counts
    assert set(counts.values()) == {2}


def test_the_rate_limit_spaces_messages(issued, smtp) -> None:
    ws, cohort_id = issued
    delivery.send(ws, cohort_id, PASSPHRASE, password=PASSWORD, settings=account(smtp),
                  mailer=mailer(smtp, PASSWORD), rate_per_minute=300)  # one every 0.2 s
    times = [r.at for r in smtp.handler.received]
    assert len(times) == N_LEARNERS
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    assert min(gaps) >= 0.19, gaps


def test_the_account_password_is_stored_encrypted_under_the_key_passphrase(issued, smtp) -> None:
    ws, _ = issued
    delivery.save_smtp(ws, account(smtp), password=PASSWORD, passphrase=PASSPHRASE)
    with ws.read_session() as s:
        stored = json.dumps([r.value for r in s.query(Setting).all()])
    assert PASSWORD not in stored
    assert delivery.smtp_password(ws, PASSPHRASE) == PASSWORD
    with pytest.raises(WrongPassphrase):
        delivery.smtp_password(ws, "not the passphrase")
    log_text = "".join(p.read_text() for p in (ws.folder / "logs").glob("*.log"))
    assert PASSWORD not in log_text


def test_addresses_and_names_from_any_script_are_sent_or_refused_for_that_learner_only(issued, smtp) -> None:
    """Red-team round 4: a non-ASCII address stopped the whole batch. Now an international
    domain is sent in its ASCII form, a non-ASCII local part is recorded as failed for that
    learner."""
    from badgesmith.core.store.models import Learner

    ws, cohort_id = issued
    with ws.session() as s:
        people = s.query(Learner).order_by(Learner.id).all()
        people[0].email = "jürgen@example.org"
        people[1].email = "anna@bücher.example"
    summary = _send(ws, cohort_id, smtp)
    assert [why for _n, why in summary.failed] == [
        "The address jürgen@example.org has letters beyond A-Z before the @, which needs a mail extension "
        "(SMTPUTF8) Badgesmith does not use: send this one from your mail program."]
    assert len(summary.sent) == N_LEARNERS - 1
    counts = smtp.handler.count_by_recipient()
    assert counts["anna@xn--bcher-kva.example"] == 1 and "jürgen@example.org" not in counts
    failed = next(r for r in delivery.outbox(ws, cohort_id) if r.address == "jürgen@example.org")
    assert failed.state == "failed" and "SMTPUTF8" in (failed.server_reply or "")


def test_a_server_that_does_not_answer_marks_nothing_and_says_nothing_was_sent(issued, tmp_path) -> None:
    from tests.delivery.smtpserver import _free_port

    ws, cohort_id = issued
    settings = account_on(_free_port())  # nothing listens there
    summary = delivery.send(ws, cohort_id, PASSPHRASE, password=PASSWORD, settings=settings)
    assert summary.lines()[0].startswith("Nothing was sent: Nothing answered as a mail server at 127.0.0.1")
    assert {r.state for r in delivery.outbox(ws, cohort_id)} == {"not delivered"}


def test_drafts_can_leave_out_who_was_already_emailed(issued, smtp, tmp_path) -> None:
    ws, cohort_id = issued
    _send(ws, cohort_id, smtp)
    assert delivery.deliver(ws, cohort_id, tmp_path / "d", PASSPHRASE, skip_sent=True).written == []
    assert len(delivery.deliver(ws, cohort_id, tmp_path / "all", PASSPHRASE).written) == N_LEARNERS
    assert {r.state for r in delivery.outbox(ws, cohort_id)} == {"sent"}  # a draft never unsends
