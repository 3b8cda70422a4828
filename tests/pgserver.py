"""A real PostgreSQL server for the tests and benchmarks: Debian's package, ``initdb`` in a
temporary folder, ``pg_ctl`` on a Unix socket in that folder (no TCP port, so no network).

``initdb`` refuses to run as root, so as root the server runs as the ``postgres`` user. Run this
file to start one by hand: ``python tests/pgserver.py`` prints its URL and stops on Enter.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

SUPERUSER = "postgres"
PORT = 5432  # only names the socket file (.s.PGSQL.5432): listen_addresses is empty


def _bin(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    for version in sorted(Path("/usr/lib/postgresql").glob("*"), reverse=True):
        candidate = version / "bin" / name
        if candidate.exists():
            return str(candidate)
    raise FileNotFoundError(f"{name} (PostgreSQL server) is not installed: apt-get install postgresql")


def _as_server_user(cmd: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


@dataclass
class Server:
    folder: Path

    @property
    def socket_dir(self) -> Path:
        return self.folder / "socket"

    def url(self, database: str = "postgres", user: str = SUPERUSER, password: str | None = None) -> str:
        cred = quote(user) if password is None else f"{quote(user)}:{quote(password, safe='')}"
        return f"postgresql://{cred}@/{database}?host={self.socket_dir}&port={PORT}"

    def stop(self) -> None:
        subprocess.run(_as_server_user([_bin("pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate",
                                        "stop"]), capture_output=True, timeout=60)
        shutil.rmtree(self.folder, ignore_errors=True)


@dataclass
class Given:
    """A server someone else runs, named by a superuser URL ending in ``/postgres?...``."""

    base: str

    def url(self, database: str = "postgres", user: str = SUPERUSER, password: str | None = None) -> str:
        rest = self.base.split("@", 1)[1]  # "/postgres?host=…" or "server:5432/postgres?…"
        server, _, query = rest.partition("?")
        cred = quote(user) if password is None else f"{quote(user)}:{quote(password, safe='')}"
        return f"postgresql://{cred}@{server.rsplit('/', 1)[0]}/{database}" + (f"?{query}" if query else "")

    def stop(self) -> None:
        pass


def start(*, durable: bool = False) -> Server:
    """A new server in a new temporary folder. Not ``durable``: no fsync (tests only; a crash of
    the machine loses the data, a killed client does not)."""
    folder = Path(tempfile.mkdtemp(prefix="badgesmith-pg-"))
    os.chmod(folder, 0o755)
    data, sock = folder / "data", folder / "socket"
    sock.mkdir()
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
        shutil.chown(sock, "postgres")
    subprocess.run(_as_server_user([_bin("initdb"), "-D", str(data), "-U", SUPERUSER, "-A", "trust",
                                    "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]),
                   check=True, capture_output=True, timeout=120)
    # the superuser without a password (the tests' own setup); everyone else signs in with one
    (data / "pg_hba.conf").write_text(f"local all {SUPERUSER} trust\nlocal all all scram-sha-256\n")
    options = [f"-c unix_socket_directories={sock}", "-c listen_addresses=''", f"-p {PORT}",
               "-c max_connections=200", "-c shared_buffers=256MB"]
    if not durable:
        options += ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]
    subprocess.run(_as_server_user([_bin("pg_ctl"), "-D", str(data), "-l", str(folder / "server.log"),
                                    "-o", " ".join(options), "-w", "-t", "60", "start"]),
                   check=True, capture_output=True, timeout=90)
    return Server(folder)


if __name__ == "__main__":
    server = start()
    print(server.url())
    try:
        input("Enter stops the server. ")
    finally:
        server.stop()
