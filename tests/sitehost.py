"""A real HTTPS server on 127.0.0.1 serving a published folder, for the site and did:web tests.

Its certificate is self-signed for 127.0.0.1 and the test domains ``badges.example.test`` and
``copy.example.test`` (a second origin);
clients are told to trust it (node: NODE_EXTRA_CA_CERTS; Chromium: the certificate's SPKI hash)
rather than to skip certificate checks. Each request is recorded, so tests can see what a page
fetched.
"""

from __future__ import annotations

import base64
import hashlib
import ipaddress
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

TEST_DOMAIN = "badges.example.test"
COPY_DOMAIN = "copy.example.test"  # another origin on the same server: a copied page


@dataclass
class SiteHost:
    port: int
    ca_file: Path  # the self-signed certificate, PEM
    spki_sha256: str  # base64, for Chromium's --ignore-certificate-errors-spki-list
    requests: list[str] = field(default_factory=list)

    @property
    def host(self) -> str:
        return f"127.0.0.1:{self.port}"

    def url(self, path: str = "", domain: str = "127.0.0.1") -> str:
        return f"https://{domain}:{self.port}/{path}"


def _certificate(folder: Path) -> tuple[Path, Path, str]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Badgesmith test host")])
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=2))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
                                                        x509.DNSName(TEST_DOMAIN), x509.DNSName(COPY_DOMAIN)]),
                           critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_file, key_file = folder / "host.pem", folder / "host.key"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    spki = cert.public_key().public_bytes(serialization.Encoding.DER,
                                          serialization.PublicFormat.SubjectPublicKeyInfo)
    return cert_file, key_file, base64.b64encode(hashlib.sha256(spki).digest()).decode()


@contextmanager
def serve_https(folder: Path, scratch: Path) -> Iterator[SiteHost]:
    """Serve ``folder`` over HTTPS on a free port of 127.0.0.1 until the block ends."""
    scratch.mkdir(parents=True, exist_ok=True)
    cert_file, key_file, spki = _certificate(scratch)
    seen: list[str] = []

    class Handler(SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            seen.append(f"{self.command} {self.path} {args[1] if len(args) > 1 else ''}".strip())

    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(Handler, directory=str(folder)))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield SiteHost(server.server_address[1], cert_file, spki, seen)
    finally:
        server.shutdown()
        server.server_close()
