"""setup_logging: the user log folder, rotation, and the redaction safety net."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from badgesmith import logs
from badgesmith.core.credentials import keys

SEED_HEX = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"


@pytest.fixture
def root_logger() -> Iterator[logging.Logger]:
    root = logging.getLogger()
    saved_level, saved_handlers = root.level, list(root.handlers)
    yield root
    for h in list(root.handlers):
        if h not in saved_handlers:
            root.removeHandler(h)
            h.close()
    root.setLevel(saved_level)


def _ours(root: logging.Logger) -> list[logging.Handler]:
    return [h for h in root.handlers if isinstance(h, logs._BadgesmithHandler)]


def test_default_folder_is_the_user_log_path(monkeypatch: pytest.MonkeyPatch) -> None:
    from platformdirs import user_log_path

    monkeypatch.delenv(logs.ENV_LOG_DIR, raising=False)
    assert logs.log_dir() == user_log_path("Badgesmith", appauthor=False)
    monkeypatch.setenv(logs.ENV_LOG_DIR, "/tmp/elsewhere")
    assert logs.log_dir() == Path("/tmp/elsewhere")


def test_writes_info_to_the_file_and_is_idempotent(tmp_path: Path, root_logger: logging.Logger) -> None:
    path = logs.setup_logging(folder=tmp_path / "logs")
    path_again = logs.setup_logging(folder=tmp_path / "logs")
    assert path == path_again == tmp_path / "logs" / "badgesmith.log"
    assert len(_ours(root_logger)) == 1
    logging.getLogger("badgesmith.test").debug("not at INFO")
    logging.getLogger("badgesmith.test").info("issued %d credentials", 3)
    _ours(root_logger)[0].flush()
    text = path.read_text(encoding="utf-8")
    assert "issued 3 credentials" in text and "not at INFO" not in text
    assert f" {os.getpid()} badgesmith.test: " in text


def test_env_var_chooses_the_folder(tmp_path: Path, root_logger: logging.Logger,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(logs.ENV_LOG_DIR, str(tmp_path / "env-logs"))
    assert logs.setup_logging() == tmp_path / "env-logs" / "badgesmith.log"


def test_rotation_keeps_five_files_of_about_a_megabyte(tmp_path: Path, root_logger: logging.Logger) -> None:
    assert (logs.MAX_BYTES, logs.BACKUP_COUNT) == (1_000_000, 5)
    path = logs.setup_logging(folder=tmp_path, max_bytes=2_000, backup_count=5)
    log = logging.getLogger("badgesmith.rotation")
    for i in range(400):
        log.info("line %04d %s", i, "x" * 60)
    _ours(root_logger)[0].flush()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["badgesmith.log"] + [f"badgesmith.log.{i}" for i in range(1, 6)]
    assert all(p.stat().st_size <= 2_000 for p in tmp_path.iterdir())
    assert "line 0399" in path.read_text(encoding="utf-8")  # the newest is in the live file


def test_unwritable_folder_leaves_logging_off(tmp_path: Path, root_logger: logging.Logger) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    logs.setup_logging(folder=blocker / "logs")
    assert _ours(root_logger) == []


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("unlock failed passphrase=correct-horse-battery", "correct-horse-battery"),
        ("password: hunter2, retrying", "hunter2"),
        ('{"salt": "3f9a2c1b7e", "identityHash": "sha256$ab"}', "3f9a2c1b7e"),
        ("identity salt='a1b2c3d4e5f6' for learner 4", "a1b2c3d4e5f6"),
        ("seed=b'\\x01\\x02 secret bytes'", "secret bytes"),
        ("Config(private_key=Ed25519Key<abc>)", "Ed25519Key<abc>"),
        ("'secretKeyMultibase': 'zrv3kJcnBP1RpYmvNZ9jcYpKBZg41iSobWxSg3ix2U7Cp59kjwQFCT4SZTgLSL3HP'",
         "zrv3kJcnBP1RpYmvNZ9jcYpKBZg41iSobWxSg3ix2U7Cp59kjwQFCT4SZTgLSL3HP"),
        (f"key material {SEED_HEX} loaded", SEED_HEX),
        (f"SEED {SEED_HEX.upper()}", SEED_HEX.upper()),
    ],
)
def test_redact_masks_secrets(text: str, secret: str) -> None:
    out = logs.redact(text)
    assert secret not in out and logs.MASK in out


def test_redact_masks_a_private_multikey_anywhere() -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    seed = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(SEED_HEX)).private_bytes_raw()
    multikey = "z" + _b58(b"\x80\x26" + seed)  # multicodec ed25519-priv (0x1300)
    assert multikey.startswith("z3u2")
    assert multikey not in logs.redact(f"exported {multikey} to the clipboard")


def test_redact_keeps_ordinary_text() -> None:
    did = keys.did_of(keys.private_key_from_seed(bytes.fromhex(SEED_HEX)))
    text = (f"Issued urn:uuid:7f1c0c8e-2d4b-4a43-9a6f-2b9d1e4c5a10 by {did} to learner 12 "
            "in 1.42 s; wrote Zoë_Ñúñez-12.pdf (sha256 prefix 3f9a2c1b)")
    assert logs.redact(text) == text


def test_the_handler_redacts_messages_args_and_tracebacks(tmp_path: Path, root_logger: logging.Logger) -> None:
    path = logs.setup_logging(folder=tmp_path)
    log = logging.getLogger("badgesmith.leaky")
    log.info("unlocking with %s", "passphrase=open-sesame")
    log.warning("state %r", {"salt": "deadbeefcafe", "name": "Ada"})
    try:
        raise ValueError(f"bad seed {SEED_HEX}")
    except ValueError:
        log.exception("import failed")
    _ours(root_logger)[0].flush()
    text = path.read_text(encoding="utf-8")
    for secret in ("open-sesame", "deadbeefcafe", SEED_HEX):
        assert secret not in text
    assert "'name': 'Ada'" in text and "ValueError: bad seed [redacted]" in text


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def _b58(data: bytes) -> str:
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out
