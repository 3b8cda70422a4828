"""The learner's transcript: the signed record attached, a QR claim a phone reads, sealed, and
verified as a whole by the Verify page's rules; exported from the CLI."""

from __future__ import annotations

import os
import stat
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from badgesmith.cli import main
from badgesmith.core.paper import qrclaim
from badgesmith.core.paper.pdfembed import extract_credential
from badgesmith.core.services import transcripts, verification
from tests.core.record_data import PASSPHRASE, achievement, learner, make_pathway, signed_award

D = date(2025, 3, 1)


@pytest.fixture
def ana(ws) -> int:
    a, b = achievement(ws, "Pivot Tables"), achievement(ws, "Charts")
    p = make_pathway(ws, "Spreadsheet Certificate", [a, b])
    who = learner(ws, "Ana Silva")
    for i, x in enumerate((a, b, p)):
        signed_award(ws, who, x, D + timedelta(days=i))
    return who


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_the_transcript_carries_the_record_and_verifies(ws, ana: int, tmp_path: Path) -> None:
    out = transcripts.export_transcript(ws, ana, PASSPHRASE, tmp_path / "ana.pdf")
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    record = extract_credential(out.read_bytes())
    assert record is not None and "ClrCredential" in record["type"]
    text = _text(out)
    for shown in ("Learner record", "Ana Silva", "Spreadsheet Certificate", "Pivot Tables", "Charts", "Page 1 of 1"):
        assert shown in text
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1", "-singlefile", str(out),
                    str(tmp_path / "p")], check=True)
    [qr] = [b.text for b in zxingcpp.read_barcodes(Image.open(tmp_path / "p.png"),
                                                   formats=zxingcpp.BarcodeFormat.QRCode)]
    claim = qrclaim.decode_claim(qr)
    assert (claim.credential_id, claim.recipient_name, claim.achievement_name) == (
        record["id"], "Ana Silva", "Learner record")
    report = verification.verify_path(ws, out)
    assert report.verified, report.summary
    assert any(c.name == "qr_matches" and c.ok for c in report.checks)
    assert not any("Open the transcript PDF" in c.message for c in report.checks)  # it is open

    tampered = out.read_bytes().replace(b"Learner record", b"Learner recorD", 1)
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(tampered)
    assert not verification.verify_path(ws, bad).verified


def test_export_transcript_from_the_cli(ws, ana: int, tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("BADGESMITH_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "t.pdf"
    folder = str(ws.folder)
    assert main(["--workspace", folder, "export", "transcript", "--learner", "Ana Silva", str(out)]) == 0
    assert "transcript" in capsys.readouterr().out
    assert main(["--workspace", folder, "verify", str(out)]) == 0
    assert "VERIFIED" in capsys.readouterr().out
    nobody = learner(ws, "Cy Young")
    assert main(["--workspace", folder, "export", "transcript", "--learner", str(nobody), str(tmp_path / "x.pdf")]) == 1
    assert "holds no current credential" in capsys.readouterr().err and not (tmp_path / "x.pdf").exists()


def test_a_transcripts_qr_scanned_alone_sends_the_reader_to_the_pdf(ws, ana: int, tmp_path: Path) -> None:
    out = transcripts.export_transcript(ws, ana, PASSPHRASE, tmp_path / "ana.pdf")
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1", "-singlefile", str(out),
                    str(tmp_path / "p")], check=True)
    [qr] = [b.text for b in zxingcpp.read_barcodes(Image.open(tmp_path / "p.png"),
                                                   formats=zxingcpp.BarcodeFormat.QRCode)]
    report = verification.verify_text(ws, qr)
    revocation = next(c for c in report.checks if c.name == "revocation")
    assert revocation.ok is None and "Open the transcript PDF" in revocation.message
    assert "checked on the transcript PDF" in report.summary
