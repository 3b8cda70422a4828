"""Regressions from the red-team reviews of the verifier: hostile files that crashed or exhausted
it, and small leniencies against JSON.parse. (Forged pages: test_verification_paper.py.)"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import time

import pytest
from PIL import Image

from badgesmith.core.services import cohorts, issuer, issuing, verification
from badgesmith.core.store.workspace import Workspace
from tests.core import forgers


@pytest.fixture
def issued(demo_ws, tmp_path):
    cohort = cohorts.find_cohort(demo_ws, "Digital Marketing — Spring Workshop")
    return issuing.issue_batch(demo_ws, cohort, "demo", tmp_path / "out", workers=1).issued


def _verify(ws, tmp_path, data: bytes, name: str = "x.pdf"):
    f = tmp_path / name
    f.write_bytes(data)
    return verification.verify_path(ws, f)


def _failed(rep) -> dict[str, str]:
    return {c.name: c.message for c in rep.checks if c.ok is False}


def test_a_huge_page_is_refused_without_rendering_it(demo_ws, tmp_path):
    f = tmp_path / "huge.pdf"
    f.write_bytes(forgers.huge_page(30000))
    assert f.stat().st_size < 600
    code = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (1_500_000_000, 1_500_000_000))\n"
        "from badgesmith.cli import main\n"
        f"sys.exit(main(['--workspace', {str(demo_ws.folder)!r}, 'verify', {str(f)!r}]))\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 1, r.stderr
    assert "no signed credential" in r.stdout and "Traceback" not in r.stdout + r.stderr


def test_malformed_annotations_are_reported_plainly(demo_ws, issued, tmp_path):
    rep = _verify(demo_ws, tmp_path, forgers.annots_not_a_list(issued[0].pdf.read_bytes()))
    assert rep.verdict in ("not_verified", "unreadable") and not rep.verified


def test_an_image_of_absurd_shape_is_refused(demo_ws, tmp_path):
    im = Image.new("L", (3, 50_000), 255)
    buf = io.BytesIO()
    im.save(buf, "PNG")
    rep = _verify(demo_ws, tmp_path, buf.getvalue(), "narrow.png")
    assert rep.verdict == "unreadable" and "pixels" in rep.summary


def test_a_relative_context_is_refused_plainly(demo_ws, issued, tmp_path):
    doc = json.loads(issued[0].json.read_text())
    doc["@context"] = ["https://www.w3.org/ns/credentials/v2", "relative.json"]
    rep = _verify(demo_ws, tmp_path, json.dumps(doc).encode(), "c.json")
    assert rep.verdict == "not_verified" and rep.summary.endswith(".")


@pytest.mark.parametrize("wrap", [
    lambda t: ("\u00a0" + t).encode(),
    lambda t: (t + "\u3000").encode(),
    lambda t: (t + "\u2028").encode(),
    lambda t: t.encode("utf-16"),
    lambda t: b"\xef\xbb\xbf" + t.encode(),  # red team round 2: JSON.parse refuses a BOM
])
def test_only_plain_json_is_read_as_a_credential(demo_ws, issued, tmp_path, wrap):
    rep = _verify(demo_ws, tmp_path, wrap(issued[0].json.read_text()), "c.json")
    assert rep.verdict == "unreadable" and not rep.verified
    assert _verify(demo_ws, tmp_path, issued[0].json.read_bytes(), "plain.json").verified


def test_a_huge_integer_is_refused_plainly(demo_ws, issued, tmp_path):
    # red team round 2: 5000 digits made int() raise, which surfaced as an internal error
    doc = issued[0].json.read_text()
    text = doc.replace('"type"', '"n": ' + "9" * 5000 + ', "type"', 1)
    rep = _verify(demo_ws, tmp_path, text.encode(), "big.json")
    assert rep.verdict == "unreadable" and "too large" in rep.summary


def test_a_partner_credential_says_its_revocation_cannot_be_known_here(demo_ws, issued, tmp_path):
    other = Workspace.open(tmp_path / "employer")
    issuer.init_issuer(other, "Employer HR", "hr passphrase")
    issuer.export_issuer_card(demo_ws, "demo", tmp_path / "card.json")
    issuer.import_trusted_issuer(other, tmp_path / "card.json")
    rep = verification.verify_path(other, issued[0].json)
    assert rep.verified
    revocation = next(c for c in rep.checks if c.name == "revocation")
    assert revocation.ok is None and "cannot be known here" in revocation.message
    assert "can only be checked with them" in rep.summary
    other.close()


def test_a_line_break_in_a_file_name_cannot_imitate_a_check(demo_ws, issued, tmp_path):
    f = tmp_path / "x\n  [ok ] Not revoked.pdf"
    f.write_bytes(issued[0].pdf.read_bytes())
    rep = verification.verify_path(demo_ws, f)
    assert all("\n" not in line for line in rep.lines())


def test_one_hostile_file_does_not_hide_the_reports_of_the_others(demo_ws, issued, tmp_path, monkeypatch, capsys):
    from badgesmith.cli import main
    real = verification.extract_credential

    def broken(pdf):
        if b"BROKEN" in pdf:
            raise ZeroDivisionError("a bug")
        return real(pdf)

    monkeypatch.setattr(verification, "extract_credential", broken)
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 BROKEN")
    monkeypatch.setenv("BADGESMITH_PASSPHRASE", "demo")
    code = main(["--workspace", str(demo_ws.folder), "verify", str(issued[0].pdf), str(bad)])
    out = capsys.readouterr().out
    assert code == 1 and "VERIFIED" in out and "bad.pdf: CANNOT BE READ" in out and "internal error" in out



# --- red team round 3 -----------------------------------------------------------------------------


def _with_attachments(src: bytes, files: list[tuple[str, bytes]], filters=None) -> bytes:
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, NameObject

    w = PdfWriter(clone_from=PdfReader(io.BytesIO(src)))
    for name, data in files:
        att = w.add_attachment(name, data)
        if filters is not None:  # the stream as a forger writes it: raw bytes and filter names
            stream = att._embedded_file.get_object()
            stream._data = filters[1]
            stream[NameObject("/Filter")] = ArrayObject([NameObject(f) for f in filters[0]])
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def test_many_attachments_are_refused_before_any_is_unpacked(demo_ws, issued, tmp_path):
    import time
    import zlib

    bomb = zlib.compress(zlib.compress(bytes(60_000_000), 9), 9)  # a few hundred bytes, 60 MB unpacked
    src = forgers.huge_page(600)
    started = time.perf_counter()
    rep = _verify(demo_ws, tmp_path, _with_attachments(src, [("credential.json", b"")] * 40,
                                                       (["/FlateDecode", "/FlateDecode"], bomb)))
    assert rep.verdict == "unreadable" and "more than 16 attached files" in rep.summary
    rep = _verify(demo_ws, tmp_path, _with_attachments(src, [("credential.json", b"")] * 3,
                                                       (["/FlateDecode", "/FlateDecode"], bomb)))
    assert rep.verdict == "unreadable" and "3 files named credential.json" in rep.summary
    assert time.perf_counter() - started < 10  # a guard against unpacking them, not a benchmark


@pytest.mark.parametrize("filters, data, why", [
    (["/FlateDecode", "/FlateDecode"], b"x", "compressed in a way no certificate is"),
    (["/FlateDecode"], None, "larger than a credential can be"),
])
def test_an_attachment_that_unpacks_to_gigabytes_is_refused(demo_ws, tmp_path, filters, data, why):
    import zlib

    data = data if data is not None else zlib.compress(bytes(200_000_000), 9)
    rep = _verify(demo_ws, tmp_path, _with_attachments(forgers.huge_page(600), [("credential.json", b"")],
                                                       (filters, data)))
    assert rep.verdict == "unreadable" and why in rep.summary


def test_a_device_is_not_read(demo_ws, tmp_path):
    link = tmp_path / "certificate.pdf"
    link.symlink_to("/dev/zero")
    rep = verification.verify_path(demo_ws, link)
    assert rep.verdict == "unreadable" and "not a file" in rep.summary


def test_a_wall_of_text_is_not_a_qr_code(demo_ws):
    rep = verification.verify_text(demo_ws, "BS1:" + "A" * 2_000_000)
    assert rep.verdict == "unreadable" and "longer than any QR code" in rep.summary


def test_a_photo_that_keeps_the_qr_reader_busy_is_stopped(demo_ws, tmp_path, monkeypatch):
    # red team round 3: a tile of fake finder patterns kept zxing busy for minutes
    from badgesmith.core.paper import isolated

    monkeypatch.setattr(isolated, "TIME_LIMIT_S", 0.5)
    finder = Image.new("L", (7, 7), 0)
    finder.paste(255, (1, 1, 6, 6))
    finder.paste(0, (2, 2, 5, 5))
    tile = Image.new("L", (3000, 3000), 255)
    for x in range(0, 3000, 9):
        for y in range(0, 3000, 9):
            tile.paste(finder, (x, y))
    buf = io.BytesIO()
    tile.save(buf, "PNG")
    started = time.perf_counter()
    rep = _verify(demo_ws, tmp_path, buf.getvalue(), "finders.png")
    assert not rep.verified and time.perf_counter() - started < 15


def test_a_decoder_over_its_time_is_killed_and_the_next_job_runs(monkeypatch):
    from badgesmith.core.paper import isolated

    monkeypatch.setattr(isolated, "TIME_LIMIT_S", 0.5)
    started = time.perf_counter()
    with pytest.raises(isolated.DecodeLimitError, match="The page takes too long"):
        isolated.run_limited(time.sleep, 30, what="The page")
    assert time.perf_counter() - started < 10
    monkeypatch.setattr(isolated, "TIME_LIMIT_S", 20)
    assert isolated.run_limited(sorted, [3, 1, 2], what="x") == [1, 2, 3]  # a fresh worker
