"""Certificate rendering cost against a bare reportlab page with a QR, in the same run.

    LANG=C.UTF-8 .venv/bin/python benchmarks/render_certificate.py [N_BATCH]

Per certificate: render (template, fonts, logo, signatures) + QR + embedded credential.
Batch: N certificates written to disk plus the combined print PDF. Bare page: a reportlab
canvas with three lines of Helvetica and the same QR (segno encode + vector draw).
"""

from __future__ import annotations

import io
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "core" / "paper"))

from _demo import demo_data, payload  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from badgesmith.core.paper.batchpdf import combine_certificates  # noqa: E402
from badgesmith.core.paper.render import Rect, draw_qr, make_qr, render_certificate  # noqa: E402
from badgesmith.core.paper.templates import load_template  # noqa: E402

CREDENTIAL = {"@context": ["https://www.w3.org/ns/credentials/v2"], "id": "urn:uuid:x",
              "credentialSubject": {"name": "x" * 40}, "proof": [{"proofValue": "z" * 88}]}  # fmt: skip
CREDENTIAL["padding"] = "x" * 3000  # a signed OB 3.0 credential is ~3-4 KB


def bare_page(p: str) -> bytes:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=landscape(A4))
    c.setFont("Helvetica-Bold", 30)
    c.drawCentredString(421, 480, "Certificate of Achievement")
    c.setFont("Helvetica", 40)
    c.drawCentredString(421, 360, "Zoe Nunez-Celik")
    c.setFont("Helvetica", 14)
    c.drawCentredString(421, 300, "First Aid at Work: Emergency Response")
    qr = make_qr(p)
    draw_qr(c, qr, Rect(680, 60, 99.2, 99.2))
    c.showPage()
    c.save()
    return buf.getvalue()


def per_item(fn, items) -> float:  # type: ignore[no-untyped-def]
    t = time.perf_counter()
    for it in items:
        fn(it)
    return (time.perf_counter() - t) / len(items)


def main() -> None:
    n_batch = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    tpls = {tid: load_template(tid) for tid in ("classic", "modern", "minimal")}
    payloads = [payload(200, seed=i) for i in range(200)]
    datas = [demo_data(qr_payload=p) for p in payloads]
    render_certificate(datas[0], tpls["classic"], credential=CREDENTIAL)  # warm: fonts, images
    bare_page(payloads[0])

    bare = per_item(bare_page, payloads)
    print(f"bare reportlab page + QR : {bare * 1000:7.2f} ms")
    for tid, tpl in tpls.items():
        t = per_item(lambda d, tpl=tpl: render_certificate(d, tpl, credential=CREDENTIAL), datas)
        print(f"{tid:9s} cert+QR+attach: {t * 1000:7.2f} ms   ratio {t / bare:5.2f}x")

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        tpl = tpls["classic"]
        t0 = time.perf_counter()
        paths = []
        for i in range(n_batch):
            d = demo_data(qr_payload=payloads[i % len(payloads)])
            p = out / f"{i:04d}.pdf"
            p.write_bytes(render_certificate(d, tpl, credential=CREDENTIAL))
            paths.append(p)
        t1 = time.perf_counter()
        combine_certificates(paths, out / "print.pdf")
        t2 = time.perf_counter()
        for i in range(n_batch):
            (out / f"bare{i:04d}.pdf").write_bytes(bare_page(payloads[i % len(payloads)]))
        t3 = time.perf_counter()
        size = (out / "print.pdf").stat().st_size
    print(f"batch of {n_batch}: certificates {t1 - t0:6.2f} s, combined PDF {t2 - t1:5.2f} s "
          f"({size / 1e6:.0f} MB), total {t2 - t0:6.2f} s")  # fmt: skip
    print(f"bare pages x{n_batch} to disk: {t3 - t2:6.2f} s; batch ratio (certs only) "
          f"{(t1 - t0) / (t3 - t2):4.2f}x, with combined PDF {(t2 - t0) / (t3 - t2):4.2f}x")  # fmt: skip


if __name__ == "__main__":
    main()
