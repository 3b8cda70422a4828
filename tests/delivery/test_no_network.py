"""Sending is the only thing that opens a network connection: every other command, and every page
of the app, runs with an audit hook that records any internet socket or name lookup."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .conftest import PASSPHRASE
from .smtpserver import PASSWORD, USER

HOOK = '''
import os, socket, sys
_log = os.environ["BADGESMITH_NET_LOG"]
def _hook(event, args):
    if event == "socket.connect" and args[0].family in (socket.AF_INET, socket.AF_INET6) or \\
            event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.bind") and \\
            not (event == "socket.bind" and args[0].family == socket.AF_UNIX):
        with open(_log, "a") as f:
            f.write(f"{event} {args[1:]!r} {' '.join(sys.argv)[:200]}\\n")
sys.addaudithook(_hook)
'''

PAGES = '''
from pathlib import Path
import sys
from badgesmith.core.store.workspace import Workspace
from badgesmith.ui.app import build_window, make_app
from badgesmith.ui.tasks import SyncTaskRunner
app = make_app([sys.argv[0]])
ws = Workspace.open(Path(sys.argv[1]))
w = build_window(ws, SyncTaskRunner(), passphrase="demo")
w.show()
from badgesmith.ui.pages import PAGES
for key, *_ in PAGES:
    w.show_page(key)
    app.processEvents()
print("pages:", len(PAGES))
'''


def _run(tmp: Path, log: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    hook_dir = tmp / "hook"
    hook_dir.mkdir(exist_ok=True)
    (hook_dir / "sitecustomize.py").write_text(HOOK)
    full = {**os.environ, "PYTHONPATH": os.pathsep.join([str(hook_dir), *sys.path]),
            "BADGESMITH_NET_LOG": str(log), "BADGESMITH_PASSPHRASE": PASSPHRASE, **(env or {})}
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, encoding="utf-8",
                          env=full, timeout=300)


def test_no_command_but_send_and_no_page_opens_a_network_connection(issued, smtp, tmp_path) -> None:
    ws, _ = issued
    folder = str(ws.folder)
    ws.close()
    log = tmp_path / "net.log"
    cli = ["-m", "badgesmith.cli", "--workspace", folder]
    commands = [
        ["selfcheck"], ["demo", str(tmp_path / "demo"), "--learners", "3"],
        ["learners", "list"], ["cohorts", "list"], ["achievements", "list"], ["credentials", "list"],
        ["issue", "--cohort", "Bulk attendance cohort", "--out", str(tmp_path / "again"), "--reissue"],
        ["deliver", "--cohort", "Bulk attendance cohort", "--out", str(tmp_path / "pkg")],
        ["outbox", "list"], ["export", "verify-page", str(tmp_path / "verify.html")],
        ["backup", str(tmp_path / "backup.zip")], ["audit", "check"],
    ]
    for c in commands:
        r = _run(tmp_path, log, *cli, *c)
        assert r.returncode == 0, (c, r.stdout, r.stderr)
    for made in (next((tmp_path / "again").glob("* - *.pdf")), next((tmp_path / "pkg").rglob("* - badge.png"))):
        r = _run(tmp_path, log, *cli, "verify", str(made))
        assert r.returncode == 0, r.stdout
    r = _run(tmp_path, log, "-c", PAGES, folder, env={"QT_QPA_PLATFORM": "offscreen"})
    assert r.returncode == 0 and "pages:" in r.stdout, r.stderr
    assert not log.exists(), log.read_text()
    # the control: sending does open a connection, and the hook sees it
    r = _run(tmp_path, log, *cli, "send", "--cohort", "Bulk attendance cohort", "--smtp-host", "127.0.0.1",
             "--smtp-port", str(smtp.port), "--smtp-user", USER, "--from", "courses@northbridge.example",
             env={"BADGESMITH_SMTP_PASSWORD": PASSWORD, "SSL_CERT_FILE": str(smtp.cert_file)})
    assert r.returncode == 0, r.stdout + r.stderr
    assert "socket.connect" in log.read_text()
