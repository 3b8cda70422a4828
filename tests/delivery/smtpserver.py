"""A real SMTP server on 127.0.0.1 for the delivery tests (aiosmtpd): STARTTLS on a certificate
made here, AUTH PLAIN/LOGIN, a log of every accepted message, and faults on demand."""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

USER, PASSWORD = "trainer@example.org", "smtp secret 123"


def make_certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and localhost: (certificate, key) PEM files."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                                        x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
            .sign(key, hashes.SHA256()))
    cert_file, key_file = folder / "smtp-cert.pem", folder / "smtp-key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_file, key_file


@dataclass
class Received:
    to: list[str]
    data: bytes
    at: float = field(default_factory=time.monotonic)

    @property
    def message(self) -> EmailMessage:
        return message_from_bytes(self.data, policy=policy.default)  # type: ignore[return-value]


@dataclass
class Handler:
    received: list[Received] = field(default_factory=list)
    data_attempts: int = 0
    # faults: called with (attempt number of DATA, recipients); a reply string replaces "250 OK"
    on_data: Callable[[int, list[str]], str | None] | None = None
    refuse_rcpt: dict[str, str] = field(default_factory=dict)  # address -> reply
    drop_after: int | None = None  # close the connection after this many accepted messages
    before_reply: Callable[[int], None] | None = None  # called with the accepted count, before "250"
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: Any) -> str:
        if address in self.refuse_rcpt:
            return self.refuse_rcpt[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        with self.lock:
            self.data_attempts += 1
            attempt = self.data_attempts
        if self.on_data is not None:
            reply = self.on_data(attempt, list(envelope.rcpt_tos))
            if reply:
                return reply
        with self.lock:
            self.received.append(Received(list(envelope.rcpt_tos), envelope.original_content or envelope.content))
            count = len(self.received)
        if self.before_reply is not None:
            self.before_reply(count)
        if self.drop_after is not None and count == self.drop_after:
            server.loop.call_soon(server.transport.close)  # after the 250 below is written
        return f"250 2.0.0 Ok: queued as Q{count:05d}"

    def count_by_recipient(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for r in self.received:
            for to in r.to:
                out[to] = out.get(to, 0) + 1
        return out


def _authenticator(server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> AuthResult:
    ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == USER and \
        auth_data.password.decode() == PASSWORD
    return AuthResult(success=ok, handled=False)  # False: the server itself answers 535


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class SmtpServer:
    """Started on a free port; ``context`` is what a client must trust."""

    def __init__(self, folder: Path, handler: Handler | None = None) -> None:
        self.cert_file, key_file = make_certificate(folder)
        tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls.load_cert_chain(self.cert_file, key_file)
        self.handler = handler or Handler()
        self.port = _free_port()
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port, tls_context=tls,
                                     require_starttls=True, authenticator=_authenticator, auth_required=True,
                                     auth_require_tls=True)

    def __enter__(self) -> SmtpServer:
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.controller.stop()

    def client_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.cert_file))
