"""The PDF transcript: its QR scans at 150 dpi and verifies, the record round-trips as the
attachment the verifier reads and the seal fits; 60 rows flow onto pages that repeat the header
row; pathways group their parts; names in many scripts print, unprintable ones are refused; a
300-character name wraps inside its cell; 500 rows render."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
import time
import unicodedata
from datetime import date

import pytest
import zxingcpp
from _demo import NAMES, logo_png
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PIL import Image
from pypdf import PdfReader
from test_render import embedded_fonts

from badgesmith.core.paper import qrclaim
from badgesmith.core.paper.errors import CertificateImageError, UnrenderableTextError
from badgesmith.core.paper.pdfembed import ATTACHMENT_NAME, extract_credential
from badgesmith.core.paper.pdfseal import read_seal, seal_pdf
from badgesmith.core.paper.render import Rect
from badgesmith.core.paper.transcript import (
    TranscriptData,
    TranscriptRow,
    plan_transcript,
    render_transcript,
)

needs_poppler = pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils missing")
KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
RECORD_ID = "urn:uuid:5e0c7b8a-6f1d-4c2e-a3b9-7d4e1f0a2c68"
LONG_NAME = ("Advanced Certificate in " + "Sustainable Supply Chain Management and Logistics " * 6)[:300]


def row(name: str, n: int = 0, **kw: object) -> TranscriptRow:
    base: dict[str, object] = dict(achievement_name=name, kind="", awarded=date(2025, 1 + n % 12, 1 + n % 28),
                                   result="Completed", credential_id=f"urn:uuid:00000000-0000-4000-8000-{n:012d}")  # fmt: skip
    base.update(kw)
    return TranscriptRow(**base)  # type: ignore[arg-type]


def record(rows: tuple[TranscriptRow, ...]) -> dict[str, object]:
    return {"type": ["VerifiableCredential", "ClrCredential"], "id": RECORD_ID, "name": "Learner record",
            "credentialSubject": {"verifiableCredential": [{"id": r.credential_id} for r in rows]}}  # fmt: skip


def transcript(rows: tuple[TranscriptRow, ...] = (), **kw: object) -> TranscriptData:
    base: dict[str, object] = dict(
        issuer_name="Northbridge Training Academy", learner_name=NAMES["latin"], issued_on=date(2026, 6, 10),
        rows=rows, qr_payload="BS1:TEST", record=record(rows), issuer_logo=logo_png(),
        key_fingerprint="3F9A 1C47 D2B8 66E0", record_id=RECORD_ID,
    )  # fmt: skip
    base.update(kw)
    return TranscriptData(**base)  # type: ignore[arg-type]


def pathway_rows() -> tuple[TranscriptRow, ...]:
    # components listed before their pathway, as a caller sorting by date might
    return (
        row("Search Engine Optimisation", 1, part_of="Digital Marketing Certificate", result="Score 87 / 100"),
        row("First Aid at Work", 2),
        row("Social Media Strategy", 3, part_of="Digital Marketing Certificate"),
        row("Digital Marketing Certificate", 4, kind="Pathway", valid_until=date(2030, 5, 19)),
        row("Pivot Tables", 5, part_of="Data Analysis Certificate"),
    )


def pdftotext(pdf: bytes, *args: str) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", *args, "-", "-"], input=pdf, check=True,
                         capture_output=True)  # fmt: skip
    return out.stdout.decode("utf-8")


def pages_text(pdf: bytes) -> list[str]:
    return pdftotext(pdf, "-layout").split("\f")[:-1]


def logical(text: str) -> str:
    """pdftotext's text with Arabic presentation forms back to letters and bidi marks gone."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


# ---------------------------------------------------------------------------- QR, record, seal


@needs_poppler
@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_qr_scans_record_round_trips_and_seal_fits(paper: str) -> None:
    rows = pathway_rows()
    claim = qrclaim.encode_claim(qrclaim.ClaimFields(RECORD_ID, NAMES["latin"], "Learner record",
                                                     "Northbridge Training Academy", date(2026, 6, 10)), KEY)  # fmt: skip
    url = "https://certs.example-college.ac.uk/verify" if paper == "Letter" else None
    payload = qrclaim.claim_qr_payload(claim, url)
    data = transcript(rows, qr_payload=payload, paper=paper)
    pdf = render_transcript(data)
    with tempfile.TemporaryDirectory() as d:
        subprocess.run(["pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1", "-singlefile", "-", f"{d}/p"],
                       input=pdf, check=True)  # fmt: skip
        im = Image.open(f"{d}/p.png")
        im.load()
    width = {"A4": 595.28, "Letter": 612.0}[paper]
    assert abs(im.width - width / 72 * 150) <= 2
    found = [b.text for b in zxingcpp.read_barcodes(im, formats=zxingcpp.BarcodeFormat.QRCode)]
    assert found == [payload]
    verdict = qrclaim.verify_claim(qrclaim.decode_claim(found[0]), [KEY.public_key()])
    assert verdict.status is qrclaim.ClaimStatus.VALID
    # the record is the attachment a certificate's verifier reads, under the same name
    assert extract_credential(pdf) == data.record
    assert extract_credential(pdf, ATTACHMENT_NAME) == data.record
    # the hint and the fingerprint are printed; the seal has its room and signs the file
    text = pdftotext(pdf)
    assert "Scan to check this record" in text and "3F9A 1C47 D2B8 66E0" in text
    sealed = seal_pdf(pdf, KEY)
    seal = read_seal(sealed)
    assert seal is not None and seal.made_by(KEY.public_key().public_bytes_raw())
    altered = read_seal(sealed.replace(b"Northbridge", b"Northbrldge", 1))
    assert altered is not None and not altered.made_by(KEY.public_key().public_bytes_raw())


def test_without_record_nothing_is_attached_and_no_seal_room() -> None:
    pdf = render_transcript(transcript(pathway_rows(), record=None))
    assert extract_credential(pdf) is None
    assert read_seal(pdf) is None


# ---------------------------------------------------------------------------- pages


@needs_poppler
def test_sixty_rows_flow_onto_pages_with_the_header_repeated() -> None:
    rows = tuple(row(f"Workshop {n:02d} on practical skills", n) for n in range(60))
    pdf = render_transcript(transcript(rows))
    pages = pages_text(pdf)
    assert len(pages) >= 3
    seen: list[int] = []
    for number, page in enumerate(pages, 1):
        header = re.search(r"ACHIEVEMENT\s+AWARDED\s+VALID UNTIL\s+RESULT", page)
        assert header, f"page {number} has no header row"
        assert f"Page {number} of {len(pages)}" in page
        here = [int(n) for n in re.findall(r"Workshop (\d\d) on", page)]
        assert here, f"page {number} has no rows"
        assert all(page.index(f"Workshop {n:02d}") > header.start() for n in here)  # rows below it
        seen += here
    assert seen == list(range(60))  # every row once, in order, none split or lost
    # the first page alone has the title block, the QR hint and the learner's name in large
    assert "Learner record" in pages[0] and "Scan to check this record" in pages[0]
    assert all("Scan to check" not in p for p in pages[1:])
    assert all(NAMES["latin"] in p for p in pages)  # running line / footer: pages stay identifiable


def test_every_text_stays_in_its_box_and_on_the_page() -> None:
    rows = (row(LONG_NAME, 0), *pathway_rows(),
            row("Excel", 9, result="Score 100 / 100 with honours and a long remark about the result"))  # fmt: skip
    for paper in ("A4", "Letter"):
        plan = plan_transcript(transcript(rows, paper=paper, learner_name="Maximiliana " * 8,
                                          issuer_name="The Very Long Name Training " * 5))  # fmt: skip
        body = Rect(30, 20, plan.width - 60, plan.height - 40)
        for page in plan.pages:
            for t in page.texts:
                for ext in t.extents():
                    assert t.box.contains(ext, tol=0.5), (t.field, t.box, ext)
                    assert body.contains(ext), t.field


def test_long_name_wraps_inside_its_cell() -> None:
    plan = plan_transcript(transcript((row(LONG_NAME, 0), row("Short", 1))))
    name = plan.pages[0].text("row0_name")
    x0, w = plan.columns.name
    assert len(name.lines) >= 5 and name.size == pytest.approx(9.5 * plan.width / 595.0)
    assert " ".join("".join(r.text for r in line) for line in name.lines) == LONG_NAME  # nothing cut
    for ext in name.extents():
        assert x0 - 0.01 <= ext.x and ext.x1 <= x0 + w + 0.01
    # the next row starts below the whole name, and no other cell of the row reaches past it
    assert plan.pages[0].text("row1_name").box.y1 < name.box.y
    assert plan.pages[0].text("row0_awarded").box.x >= x0 + w


@needs_poppler
def test_long_name_wraps_inside_its_cell_as_printed() -> None:
    data = transcript((row(LONG_NAME, 0),))
    plan = plan_transcript(data)
    x0, w = plan.columns.name
    words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>',
                       pdftotext(render_transcript(data), "-bbox"))  # fmt: skip
    ours = [(float(a), float(y), float(b), t) for a, y, b, t in words if t in LONG_NAME.split(" ")
            and float(y) > plan.height - plan.pages[0].text("row0_name").box.y1 - 2]  # fmt: skip
    assert " ".join(t for *_, t in ours).startswith(LONG_NAME[:200])
    assert len({round(y) for _, y, _, _ in ours}) >= 5  # wrapped over several lines
    assert all(x0 - 0.5 <= a and b <= x0 + w + 0.5 for a, _, b, _ in ours)


# ---------------------------------------------------------------------------- pathways


def test_pathways_group_their_parts() -> None:
    rows = pathway_rows()
    plan = plan_transcript(transcript(rows))
    page = plan.pages[0]
    # the pathway first, then its parts in the caller's order; the rest where they were
    assert plan.rows_on_page == [[1, 3, 0, 2, 4]]
    x0 = plan.columns.name[0]
    assert page.text("row3_name").box.x == x0 and page.text("row1_name").box.x == x0
    assert page.text("row0_name").box.x > x0 and page.text("row2_name").box.x > x0
    assert page.text("row3_name").style.face.endswith("Bold")  # the pathway stands out
    # a tinted band behind the pathway's row, an accent bar beside each part
    pathway = page.text("row3_name").box
    assert any(s.kind == "band" and s.y0 < pathway.y < pathway.y1 < s.y1 for s in page.shapes)
    for i in (0, 2):
        part = page.text(f"row{i}_name").box
        assert any(s.kind == "line" and s.x0 == s.x1 < part.x and s.y0 < part.cy < s.y1 for s in page.shapes)
    # a part whose pathway is not on the record says which one it counts towards
    assert "Counts towards Data Analysis Certificate" in _text(page.text("row4_detail"))
    assert "Counts towards" not in _text(page.text("row0_detail"))
    assert _text(page.text("row3_valid")) == "19 May 2030" and _text(page.text("row0_valid")) == "No expiry"


def test_nested_pathways_and_a_cycle_print_every_row_once() -> None:
    rows = (
        row("Module A", 0, part_of="Inner"),
        row("Inner", 1, kind="Pathway", part_of="Outer"),
        row("Outer", 2, kind="Pathway"),
        row("Loop X", 3, part_of="Loop Y"),
        row("Loop Y", 4, part_of="Loop X"),
    )
    plan = plan_transcript(transcript(rows))
    assert plan.rows_on_page == [[2, 1, 0, 3, 4]]
    page = plan.pages[0]
    xs = [page.text(f"row{i}_name").box.x for i in (2, 1, 0)]
    assert xs[0] < xs[1] < xs[2]


def test_a_pathway_is_not_left_alone_at_the_foot_of_a_page() -> None:
    for filler in range(8, 30):
        rows = (*(row(f"Course {n}", n) for n in range(filler)),
                row("The Pathway", 90, kind="Pathway"), row("Its part", 91, part_of="The Pathway"))  # fmt: skip
        plan = plan_transcript(transcript(rows))
        for on_page in plan.rows_on_page:
            assert on_page[-1] != filler, f"{filler} rows before: pathway alone at the foot of a page"


def _text(pt: object) -> str:
    return " ".join("".join(r.text for r in line) for line in pt.lines)  # type: ignore[attr-defined]


# ---------------------------------------------------------------------------- scripts


@needs_poppler
@pytest.mark.parametrize("script", sorted(NAMES))
def test_names_in_many_scripts(script: str) -> None:
    name = NAMES[script]
    rows = (row(f"{name} 1", 1, result=name), row("Pathway " + name, 2, kind="Pathway"),
            row(name, 3, part_of="Pathway " + name))  # fmt: skip
    pdf = render_transcript(transcript(rows, learner_name=name, issuer_name=name))
    expected = {
        "chinese": "DroidSansFallback", "japanese": "DroidSansFallback",
        "arabic": "NotoSansArabic-Regular", "hebrew": "NotoSansHebrew-Regular",
    }.get(script, "NotoSerif-Italic")  # fmt: skip
    assert expected in embedded_fonts(pdf)
    text = logical(pdftotext(pdf, "-layout"))
    assert text.count(name) >= 6  # learner, issuer, three names, the result (and the footer)


@pytest.mark.parametrize(("field", "kw"), [
    ("learner name", {"learner_name": "प्रिया शर्मा"}),  # no certificate font has Devanagari
    ("achievement name", {"rows": (row("First Aid \U0001f393", 1),)}),
    ("issuer name", {"issuer_name": "Acme \u2603"}),
    ("result of 'Excel'", {"rows": (row("Excel", 1, result="Top \U0001f947"),)}),
    ("learner name", {"learner_name": "  "}),
])  # fmt: skip
def test_unprintable_text_is_refused_like_on_certificates(field: str, kw: dict[str, object]) -> None:
    with pytest.raises(UnrenderableTextError) as e:
        render_transcript(transcript(**{"rows": pathway_rows(), **kw}))  # type: ignore[arg-type]
    assert e.value.field == field


def test_a_broken_logo_is_refused_clearly() -> None:
    with pytest.raises(CertificateImageError, match="issuer logo"):
        render_transcript(transcript(pathway_rows(), issuer_logo=b"\x89PNG\r\n\x1a\nnot really"))


def test_no_rows_says_so() -> None:
    plan = plan_transcript(transcript(()))
    assert len(plan.pages) == 1 and _text(plan.pages[0].text("empty")).startswith("No achievements")


# ---------------------------------------------------------------------------- size


def test_five_hundred_rows_render() -> None:
    rows = (*pathway_rows(), *(row(f"Workshop {n}: practical skills session", n) for n in range(495)))
    data = transcript(rows)
    t0 = time.perf_counter()
    pdf = render_transcript(data)
    elapsed = time.perf_counter() - t0
    plan = plan_transcript(data)
    assert sum(len(p) for p in plan.rows_on_page) == 500
    assert 20 <= len(plan.pages) <= 40
    assert len(PdfReader(io.BytesIO(pdf)).pages) == len(plan.pages)
    assert len(pdf) < 400_000 and elapsed < 20  # measured: 30 pages, ~1 s, ~105 KB
    assert extract_credential(pdf) == data.record


def sample() -> TranscriptData:
    """The record drawn in docs/screenshots/transcript.png."""
    rows = (
        row("Digital Marketing Certificate", 20, kind="Pathway", awarded=date(2026, 5, 20)),
        row("Search Engine Optimisation", 21, part_of="Digital Marketing Certificate", awarded=date(2026, 2, 3),
            valid_until=date(2028, 2, 2), result="Score 87 / 100"),
        row("Social Media Strategy and Community Management for Small Organisations", 22,
            part_of="Digital Marketing Certificate", awarded=date(2026, 3, 17), result="Score 92 / 100"),
        row("Analytics and Reporting with Spreadsheets", 23, part_of="Digital Marketing Certificate",
            awarded=date(2026, 5, 20), result="Distinction"),
        row("First Aid at Work: Emergency Response", 24, awarded=date(2025, 11, 28), valid_until=date(2028, 11, 27)),
        row("Pivot Tables", 25, part_of="Data Analysis Certificate", awarded=date(2026, 6, 2), result="Pass"),
        row("Food Hygiene Level 2", 26, awarded=date(2025, 9, 12), valid_until=date(2026, 9, 11), result=""),
        *(row(f"Evening workshop {n}: {topic}", n, result="Attended") for n, topic in enumerate((
            "Writing for the web", "Email campaigns", "Photography for products", "Budgeting basics",
            "Customer service", "Presentation skills", "Time management", "Project planning",
            "Accessible documents", "Data protection essentials", "Negotiation"), 1)),
    )  # fmt: skip
    return transcript(rows, qr_payload=qrclaim.claim_qr_payload(qrclaim.encode_claim(qrclaim.ClaimFields(
        RECORD_ID, NAMES["latin"], "Learner record", "Northbridge Training Academy", date(2026, 6, 10)), KEY)))


if __name__ == "__main__":  # python tests/core/paper/test_transcript.py: regenerate the sample
    from pathlib import Path

    from _demo import to_png

    out = Path(__file__).resolve().parents[3] / "docs" / "screenshots" / "transcript"
    print(to_png(render_transcript(sample()), out, dpi=90))
