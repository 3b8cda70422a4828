"""Certificate rendering cost against a bare reportlab page with a QR, in the same run.

    LANG=C.UTF-8 .venv/bin/python benchmarks/render_certificate.py [N_BATCH]

Bare page: a reportlab canvas with three lines of Helvetica (not embedded) and the same
claim QR drawn as a vector path. It is measured twice: with the QR encoded by stock segno
(``qrclaim.make_qr``, the baseline issue 4 was written against) and with ``qrfast`` (the
same symbol, which ``render`` uses), so the ratio is shown against both.

Per certificate: render (template, fonts, logo, two signatures) + QR + embedded credential;
best of 3 passes over 200 certificates whose names cycle through seven scripts.

Batch: N certificates with N different names (one in ten in a non-Latin script), each
written to disk, then the combined print PDF; once in this process and once spread over
two worker processes (as ``badgesmith issue`` does). Peak memory is the largest resident
set of this process and of any worker.
"""

from __future__ import annotations

import io
import multiprocessing as mp
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "core" / "paper"))

from _demo import NAMES, demo_data, payload  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from badgesmith.core.paper import qrclaim  # noqa: E402
from badgesmith.core.paper.batchpdf import combine_certificates  # noqa: E402
from badgesmith.core.paper.render import Rect, draw_qr, make_qr, render_certificate  # noqa: E402
from badgesmith.core.paper.templates import load_template  # noqa: E402

CREDENTIAL = {"@context": ["https://www.w3.org/ns/credentials/v2"], "id": "urn:uuid:x",
              "credentialSubject": {"name": "x" * 40}, "proof": [{"proofValue": "z" * 88}]}  # fmt: skip
CREDENTIAL["padding"] = "x" * 3000  # a signed OB 3.0 credential is ~3-4 KB

FIRST = ["Zoë", "Ñúñez", "Ana", "Łukasz", "Søren", "Ingrid", "José", "Chloé", "Mateo", "Aoife",
         "Björn", "Émile", "Fatima", "Grzegorz", "Hélène", "Iñaki", "Jürgen", "Kofi", "Leïla",
         "Mårten", "Niamh", "Oğuz", "Paulina", "Quentin", "Raúl", "Siobhán", "Tomás", "Ugo",
         "Valérie", "Wojciech"]  # fmt: skip
LAST = ["Çelik", "Okafor", "O'Donnell", "Kowalski", "Müller", "García", "Nørgaard", "Dubois",
        "Ferreira", "Nakamura", "Rossi", "Schäfer", "Yılmaz", "Eriksson", "Novák", "Papadakis",
        "Brennan", "Lefèvre", "Costa", "Horváth"]  # fmt: skip
OTHER = [NAMES[k] for k in ("greek", "cyrillic", "chinese", "japanese", "arabic", "hebrew")]
CJK = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"


def batch_names(n: int) -> list[str]:
    rng = random.Random(6)
    out = []
    for i in range(n):
        if i % 10 == 9:
            base = OTHER[(i // 10) % len(OTHER)]
            out.append(base + " " + rng.choice(CJK) if "chinese" in base else base + f" {i}")
        else:
            out.append(f"{rng.choice(FIRST)} {rng.choice(FIRST)} {rng.choice(LAST)}")
    return out


def bare_page(p: str, qr_maker=make_qr) -> bytes:  # type: ignore[no-untyped-def]
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=landscape(A4))
    c.setFont("Helvetica-Bold", 30)
    c.drawCentredString(421, 480, "Certificate of Achievement")
    c.setFont("Helvetica", 40)
    c.drawCentredString(421, 360, "Zoe Nunez-Celik")
    c.setFont("Helvetica", 14)
    c.drawCentredString(421, 300, "First Aid at Work: Emergency Response")
    qr = qr_maker(p)
    draw_qr(c, qr, Rect(680, 60, 99.2, 99.2))
    c.showPage()
    c.save()
    return buf.getvalue()


def per_item(fn, items, rounds: int = 3) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(rounds):
        t = time.perf_counter()
        for it in items:
            fn(it)
        best = min(best, (time.perf_counter() - t) / len(items))
    return best


def _render_to(args: tuple[int, str, str, str]) -> str:
    i, name, p, out = args
    path = Path(out) / f"{i:04d}.pdf"
    path.write_bytes(render_certificate(demo_data(name, qr_payload=p), _TPL, credential=CREDENTIAL))
    return str(path)


_TPL = load_template("classic")


def _peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def batch(n: int, names: list[str], payloads: list[str], workers: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        jobs = [(i, names[i], payloads[i % len(payloads)], tmp) for i in range(n)]
        t0 = time.perf_counter()
        if workers == 1:
            paths = [_render_to(j) for j in jobs]
        else:
            with mp.get_context("fork").Pool(workers) as pool:
                paths = pool.map(_render_to, jobs, chunksize=16)
        t1 = time.perf_counter()
        out = Path(tmp) / "print.pdf"
        pages = combine_certificates(paths, out, title="Benchmark")
        t2 = time.perf_counter()
        size = out.stat().st_size
        per_cert = sum(Path(p).stat().st_size for p in paths) / n
    assert pages == n
    print(f"batch of {n}, {workers} process{'es' if workers > 1 else ''}: certificates "
          f"{t1 - t0:5.2f} s ({(t1 - t0) / n * 1000:5.2f} ms each, {per_cert / 1e3:.0f} KB each), "
          f"combined PDF {t2 - t1:5.2f} s ({size / 1e6:.1f} MB), total {t2 - t0:5.2f} s")  # fmt: skip


def main() -> None:
    n_batch = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    tpls = {tid: load_template(tid) for tid in ("classic", "modern", "minimal")}
    payloads = [payload(200, seed=i) for i in range(200)]
    scripts = sorted(NAMES)
    datas = [demo_data(NAMES[scripts[i % len(scripts)]], qr_payload=p) for i, p in enumerate(payloads)]
    for tpl in tpls.values():  # warm: fonts, images, subsets of the seven demo names
        for d in datas[: len(scripts)]:
            render_certificate(d, tpl, credential=CREDENTIAL)
    bare_page(payloads[0])
    bare_page(payloads[0], qrclaim.make_qr)

    bare_segno = per_item(lambda p: bare_page(p, qrclaim.make_qr), payloads)
    bare = per_item(bare_page, payloads)
    print(f"bare reportlab page + QR (stock segno)  : {bare_segno * 1000:6.2f} ms")
    print(f"bare reportlab page + QR (qrfast)       : {bare * 1000:6.2f} ms")
    for tid, tpl in tpls.items():
        t = per_item(lambda d, tpl=tpl: render_certificate(d, tpl, credential=CREDENTIAL), datas)
        print(f"{tid:9s} cert+QR+attach: {t * 1000:6.2f} ms   ratio {t / bare_segno:5.2f}x "
              f"(vs stock-segno bare), {t / bare:5.2f}x (vs qrfast bare)")  # fmt: skip

    names = batch_names(n_batch)
    batch(n_batch, names, payloads, workers=1)
    batch(n_batch, names, payloads, workers=2)
    print(f"peak memory: this process {_peak_mb(resource.RUSAGE_SELF):.0f} MB, "
          f"largest worker {_peak_mb(resource.RUSAGE_CHILDREN):.0f} MB")  # fmt: skip


if __name__ == "__main__":
    main()
