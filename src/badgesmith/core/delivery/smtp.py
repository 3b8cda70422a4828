"""Sending over the trainer's own SMTP account: the one place Badgesmith opens a network
connection, and only when the user presses Send (or runs ``badgesmith send``).

A :class:`Mailer` keeps one connection open across messages, reconnects when the server drops
it, and sorts every outcome into sent, temporary (4xx, a dropped or timed-out connection: worth
retrying) or permanent (5xx: recorded with the server's words), or stops the batch when the
account itself is refused (wrong password, server unreachable, TLS failure)."""

from __future__ import annotations

import contextlib
import smtplib
import ssl
from dataclasses import dataclass
from typing import Literal

from badgesmith.core.errors import BadgesmithError, ValidationError

Security = Literal["starttls", "tls", "none"]
SECURITY_CHOICES: tuple[Security, ...] = ("starttls", "tls", "none")
DEFAULT_PORTS = {"starttls": 587, "tls": 465, "none": 25}
TIMEOUT_S = 30.0


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    security: Security
    user: str | None
    from_address: str
    from_name: str

    def describe(self) -> str:
        how = {"starttls": "STARTTLS", "tls": "TLS", "none": "no encryption"}.get(self.security, self.security)
        return f"{self.host}:{self.port} ({how})"


def check_settings(s: SmtpSettings) -> SmtpSettings:
    host = s.host.strip()
    if not host or any(c.isspace() for c in host) or len(host) > 253:
        raise ValidationError("Enter the mail server's name, e.g. smtp.example.org.")
    if not 0 < s.port < 65536:
        raise ValidationError("The port is a number from 1 to 65535 (usually 587, or 465 for TLS).")
    if s.security not in SECURITY_CHOICES:
        raise ValidationError("Security is one of: starttls, tls, none.")
    if "@" not in s.from_address or any(c.isspace() for c in s.from_address.strip()):
        raise ValidationError("Enter the address messages are sent from, e.g. courses@example.org.")
    return SmtpSettings(host, s.port, s.security, (s.user or "").strip() or None, s.from_address.strip(),
                        s.from_name.strip())


class AccountError(BadgesmithError):
    """The server or the account refused us: nothing more can be sent in this batch."""


@dataclass(frozen=True)
class Outcome:
    kind: Literal["sent", "temporary", "permanent"]
    reply: str  # the server's words


def _reply(code: int, text: bytes | str) -> str:
    words = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return f"{code} {' '.join(words.split())}"[:500]


class Mailer:
    def __init__(self, settings: SmtpSettings, password: str | None, timeout: float = TIMEOUT_S,
                 context: ssl.SSLContext | None = None) -> None:
        self.settings = settings
        self._password = password
        self._timeout = timeout
        self._context = context or ssl.create_default_context()
        self._smtp: smtplib.SMTP | None = None

    def connect(self) -> None:
        s = self.settings
        try:
            if s.security == "tls":
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(s.host, s.port, timeout=self._timeout, context=self._context)
            else:
                smtp = smtplib.SMTP(s.host, s.port, timeout=self._timeout)
                if s.security == "starttls":
                    smtp.starttls(context=self._context)
            smtp.ehlo_or_helo_if_needed()  # MAIL is sent by hand below: greet first (login does too)
            if s.user:
                smtp.login(s.user, self._password or "")
        except smtplib.SMTPAuthenticationError as exc:
            raise AccountError(f"The mail server refused the user name or password ({_reply(exc.smtp_code, exc.smtp_error)}).") from None
        except smtplib.SMTPNotSupportedError:
            raise AccountError(f"The mail server {s.describe()} does not offer this security or login; "
                               "check the security setting.") from None
        except ssl.SSLError as exc:
            raise AccountError(f"A secure connection to {s.describe()} failed ({exc.reason or exc}). "
                               "Check the port and the security setting.") from None
        except (ConnectionRefusedError, TimeoutError, smtplib.SMTPServerDisconnected) as exc:
            raise AccountError(f"Nothing answered as a mail server at {s.host} port {s.port} ({exc}). Check the "
                               "server's name, the port (often 587, or 465 for TLS) and the security setting.") from None
        except (OSError, smtplib.SMTPException) as exc:
            raise AccountError(f"Could not reach the mail server {s.describe()}: {exc}.") from None
        self._smtp = smtp

    def ensure_connected(self) -> None:
        if self._smtp is None:
            self.connect()

    def send(self, msg: bytes, to_address: str) -> Outcome:
        """Send one message; connects (again) when needed. AccountError stops the batch.

        MAIL, RCPT and DATA are sent step by step so that the server's own reply to DATA (often
        with its queue id) is what gets recorded."""
        if self._smtp is None:
            self.connect()
        smtp = self._smtp
        if smtp is None:  # connect() either set it or raised
            raise AccountError("No connection to the mail server.")
        try:
            code, text = smtp.mail(self.settings.from_address)
            if code != 250:
                return self._classified(code, text)
            code, text = smtp.rcpt(to_address)
            if code not in (250, 251):
                return self._classified(code, text)
            code, text = smtp.data(msg)
        except smtplib.SMTPResponseException as exc:  # DATA refused
            return self._classified(exc.smtp_code, exc.smtp_error)
        except (smtplib.SMTPServerDisconnected, OSError) as exc:
            self.close()
            return Outcome("temporary", f"the connection was lost ({exc or type(exc).__name__})")
        if code != 250:  # smtplib returns the reply to the message itself without raising
            return self._classified(code, text)
        return Outcome("sent", _reply(code, text))

    def _classified(self, code: int, text: bytes | str) -> Outcome:
        if 400 <= code < 500:
            if code == 421:  # the server is closing the connection
                self.close()
            return Outcome("temporary", _reply(code, text))
        self._reset()
        return Outcome("permanent", _reply(code, text))

    def _reset(self) -> None:
        try:
            if self._smtp is not None:
                self._smtp.rset()
        except (smtplib.SMTPException, OSError):
            self.close()

    def close(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is not None:
            try:
                smtp.quit()
            except (smtplib.SMTPException, OSError):
                with contextlib.suppress(OSError):
                    smtp.close()

    def __enter__(self) -> Mailer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
