"""Regressions from the red-team review of the verifier: forged pages that fooled the page check,
hostile files that crashed or exhausted it, and small leniencies against JSON.parse."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest
from PIL import Image

from badgesmith.core.paper import pdfpage
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


def test_glyphs_that_draw_another_name_than_the_text_reads(demo_ws, issued, tmp_path):
    item = issued[0]
    forged = forgers.tounicode_lie(item.pdf.read_bytes(), item.name, "Mallory Forger")
    rep = _verify(demo_ws, tmp_path, forged)
    assert rep.verdict == "not_verified" and "Times-Roman" in _failed(rep)["pdf_structure"]


def test_our_own_font_with_a_lying_text_map(demo_ws, issued, tmp_path):
    item = issued[0]
    letters = [c for c in dict.fromkeys(item.name.replace(" ", "")) if c.isalpha()]
    forged = forgers.swap_letters(item.pdf.read_bytes(), item.name, letters[0], letters[1])
    rep = _verify(demo_ws, tmp_path, forged)
    assert rep.verdict == "not_verified"
    assert "shapes that do not match" in _failed(rep)["pdf_structure"]


def test_a_layer_that_shows_on_screen_only(demo_ws, issued, tmp_path):
    rep = _verify(demo_ws, tmp_path, forgers.print_only_layer(issued[0].pdf.read_bytes()))
    assert rep.verdict == "not_verified" and "layers" in _failed(rep)["pdf_structure"]


def test_a_page_tree_that_programs_read_differently(demo_ws, issued, tmp_path):
    rep = _verify(demo_ws, tmp_path, forgers.nested_page_tree(issued[0].pdf.read_bytes()))
    assert rep.verdict == "not_verified" and "page structure is unusual" in _failed(rep)["pdf_structure"]


def test_a_name_printed_many_times_is_refused_quickly(demo_ws, issued, tmp_path):
    import time

    item = issued[0]
    forged = forgers.repeat_line(item.pdf.read_bytes(), item.name, 300)
    started = time.perf_counter()
    rep = _verify(demo_ws, tmp_path, forged)
    assert rep.verdict == "not_verified" and "page" in _failed(rep)
    assert time.perf_counter() - started < 30  # a guard against the quadratic check, not a benchmark


def _obj(index: int, text: str, y: float, x0: float = 100, x1: float = 300) -> pdfpage._Obj:
    return pdfpage._Obj(index, 1, (x0, y, x1, y + 20), pdfpage._norm(text))


def test_a_line_that_merely_contains_the_name_is_not_the_name():
    fact = pdfpage.PageFact("recipient's name", "Priya Patel", may_shorten=True)
    forms = pdfpage._forms(fact.text)
    assert pdfpage._occurrences([_obj(0, "Supriya Patelkar", 300)], fact, forms) == []
    assert pdfpage._occurrences([_obj(0, "Priya Patel Examiner", 300)], fact, forms) == []
    assert pdfpage._occurrences([_obj(0, "Priya Pat…", 300)], fact, forms) != []  # cut to fit
    assert pdfpage._occurrences([_obj(0, "Priya Patel", 300)], fact, forms) != []
    # letters drawn right beside the genuine name make another name: in one go they read as one line,
    objs = [_obj(0, "Su", 300, 60, 98), _obj(1, "Priya Patel", 300, 100, 300), _obj(2, "kar", 300, 302, 330)]
    assert pdfpage._occurrences(objs, fact, forms) == []
    # and drawn at another moment they are neighbours on the same band
    objs = [_obj(0, "Su", 300, 60, 98), _obj(5, "Priya Patel", 300, 100, 300), _obj(9, "kar", 300, 302, 330)]
    (run,) = pdfpage._occurrences(objs, fact, forms)
    assert [o.text for o in pdfpage._neighbours(objs, run)] == ["su", "kar"]


def test_a_removed_issuer_line_is_caught(demo_ws, issued, tmp_path):
    # the issuer, the description and the footer are facts too, checked like the name
    item = issued[0]
    issuer_name = issuer.get_issuer(demo_ws).name
    rep = _verify(demo_ws, tmp_path, forgers.drop_line(item.pdf.read_bytes(), issuer_name))
    assert rep.verdict == "not_verified" and "does not show the issuer" in rep.summary


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
    assert "A4 or Letter" in r.stdout and "Traceback" not in r.stdout + r.stderr


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
])
def test_only_plain_json_is_read_as_a_credential(demo_ws, issued, tmp_path, wrap):
    rep = _verify(demo_ws, tmp_path, wrap(issued[0].json.read_text()), "c.json")
    assert rep.verdict == "unreadable" and not rep.verified
    # while the plain file (with or without a UTF-8 BOM) verifies
    assert _verify(demo_ws, tmp_path, b"\xef\xbb\xbf" + issued[0].json.read_bytes(), "b.json").verified


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
    from badgesmith.core.paper import pdfstructure

    real = pdfstructure.read_structure

    def broken(pdf):
        if b"BROKEN" in pdf:
            raise ZeroDivisionError("a bug")
        return real(pdf)

    monkeypatch.setattr(pdfstructure, "read_structure", broken)
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 BROKEN")
    monkeypatch.setenv("BADGESMITH_PASSPHRASE", "demo")
    code = main(["--workspace", str(demo_ws.folder), "verify", str(issued[0].pdf), str(bad)])
    out = capsys.readouterr().out
    assert code == 1 and "VERIFIED" in out and "bad.pdf: CANNOT BE READ" in out and "internal error" in out

