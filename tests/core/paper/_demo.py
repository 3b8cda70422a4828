"""Demo data for the certificate tests, and ``python tests/core/paper/_demo.py OUTDIR`` to
regenerate docs/certificates/*.png (needs poppler-utils' pdftoppm)."""

from __future__ import annotations

import io
import random
import subprocess
import sys
from datetime import date
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw

from badgesmith.core.paper.render import CertificateData
from badgesmith.core.paper.templates import Signatory

BASE45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
NAMES = {
    "latin": "Zoë Ñúñez-Çelik",
    "greek": "Αλέξανδρος Παπαδόπουλος",
    "cyrillic": "Анастасия Кузнецова",
    "chinese": "王小明",
    "japanese": "山田 花子",
    "arabic": "محمد عبد الرحمن",
    "hebrew": "דוד כהן",
}


def payload(n: int = 200, seed: int = 4) -> str:
    rng = random.Random(seed)
    return "BS1:" + "".join(rng.choice(BASE45) for _ in range(n))


@cache
def logo_png(colour: str = "#1F3A5F") -> bytes:
    """A small round emblem with a check mark, transparent background."""
    im = Image.new("RGBA", (360, 360), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((10, 10, 350, 350), fill=colour)
    d.ellipse((40, 40, 320, 320), outline="#F4E3C1", width=10)
    d.line((110, 190, 165, 245, 255, 125), fill="#F4E3C1", width=30, joint="curve")
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()


@cache
def signature_png(seed: int = 1) -> bytes:
    rng = random.Random(seed)
    im = Image.new("RGBA", (600, 180), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    pts = [(30 + i * 18, 90 + rng.randint(-55, 55)) for i in range(30)]
    d.line(pts, fill=(20, 30, 80, 255), width=6, joint="curve")
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()


def demo_data(name: str = NAMES["latin"], **kw: object) -> CertificateData:
    base: dict[str, object] = dict(
        recipient_name=name,
        achievement_name="First Aid at Work: Emergency Response",
        issuer_name="Northbridge Training Academy",
        issue_date=date(2026, 3, 14),
        expiry_date=date(2029, 3, 13),
        credential_id="urn:uuid:7f3c2a9e-5b1d-4e8a-9c61-0d2f4b7a8e13",
        qr_payload=payload(),
        description=(
            "Sixteen hours of practical training in casualty assessment, CPR and AED use, "
            "bleeding control and the recovery position, assessed by a qualified instructor."
        ),
        issuer_logo=logo_png(),
        signatories=(
            Signatory("Margaret O'Donnell", "Lead Instructor", signature_png(1)),
            Signatory("Dr Samuel Okafor", "Director of Training", signature_png(2)),
        ),
        key_fingerprint="SHA256:3F9A 1C47 D2B8 66E0 9A4C 7B15 E3D2 0F88",
    )
    base.update(kw)
    return CertificateData(**base)  # type: ignore[arg-type]


def to_png(pdf: bytes, out_base: Path, dpi: int = 60, scale_to: int | None = None) -> Path:
    args = ["pdftoppm", "-png", "-singlefile"]
    args += ["-scale-to", str(scale_to)] if scale_to else ["-r", str(dpi)]
    subprocess.run([*args, "-", str(out_base)], input=pdf, check=True)
    return out_base.with_suffix(".png")


if __name__ == "__main__":
    from badgesmith.core.paper.render import render_certificate
    from badgesmith.core.paper.templates import load_template

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/certificates")
    out.mkdir(parents=True, exist_ok=True)
    jobs = [
        ("classic", "A4", "landscape", NAMES["latin"]),
        ("modern", "A4", "landscape", NAMES["greek"]),
        ("minimal", "A4", "landscape", NAMES["japanese"]),
        ("classic", "A4", "portrait", NAMES["arabic"]),
        ("modern", "Letter", "portrait", NAMES["cyrillic"]),
        ("minimal", "Letter", "landscape", NAMES["hebrew"]),
    ]
    for tid, paper, orient, name in jobs[: int(sys.argv[2]) if len(sys.argv) > 2 else None]:
        pdf = render_certificate(demo_data(name), load_template(tid), paper, orient)
        width = 800 if orient == "landscape" else 620
        p = to_png(pdf, out / f"{tid}-{paper.lower()}-{orient}", scale_to=width)
        print(p)
