"""The achievement's image on the designs with room for it (modern, minimal; not classic): drawn
as an image on the page, inside the frame, clear of every line of text and of the QR code
(quiet zone included), for long names too, and the QR still scans."""

from __future__ import annotations

import io
import shutil

import pytest
from _demo import NAMES, demo_data
from PIL import Image, ImageDraw
from pypdf import PdfReader

from badgesmith.core.paper.qrread import decode_qr_from_pdf
from badgesmith.core.paper.render import (
    LAYOUTS,
    PlacedImage,
    Plan,
    Rect,
    _fit_image,
    load_image,
    plan_certificate,
    render_certificate,
)
from badgesmith.core.paper.templates import load_template

PAGES = [("A4", "landscape"), ("A4", "portrait"), ("Letter", "landscape"), ("Letter", "portrait")]
LONG_NAME = " ".join(["Maximiliana-Wilhelmina"] * 9)[:200]
needs_poppler = pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils missing")


def _badge(w: int = 400, h: int = 400) -> bytes:
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    ImageDraw.Draw(im).regular_polygon((w / 2, h / 2, min(w, h) / 2 - 2), 6, fill="#C0392B")
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()


def _drawn(image: PlacedImage) -> Rect:
    return _fit_image(load_image(image.data, image.what, max_px=image.max_px), image.box, image.align)


def _overlap(a: Rect, b: Rect) -> bool:
    return a.x < b.x1 and b.x < a.x1 and a.y < b.y1 and b.y < a.y1


def _achievement_images(plan: Plan) -> list[PlacedImage]:
    return [i for i in plan.images if i.what == "achievement image"]


def test_which_designs_have_room() -> None:
    assert {tid for tid, spec in LAYOUTS.items() if spec.image} == {"modern", "minimal"}


@pytest.mark.parametrize("tid", ["classic", "modern", "minimal"])
@pytest.mark.parametrize("name", [NAMES["latin"], LONG_NAME, "王" * 200])
@pytest.mark.parametrize("shape", [(400, 400), (900, 300), (300, 900)])
@pytest.mark.parametrize("long_texts", [False, True])
def test_the_image_keeps_clear_of_text_and_qr(tid: str, name: str, shape: tuple[int, int], long_texts: bool) -> None:
    texts = {"achievement_name": "Advanced Occupational First Aid at Work: Emergency Response, Casualty "
                                 "Assessment and Care of the Injured " * 2,
             "description": "Practical training in casualty assessment and care. " * 8,
             "issuer_name": "Northbridge Training Academy for Health, Safety and Emergency Care Professionals"
             } if long_texts else {}
    template = load_template(tid, {"wording": {"title": "Certificate of Achievement in Professional Practice "
                                                        "and Emergency Care"}} if long_texts else None)
    for paper, orientation in PAGES:
        plan = plan_certificate(demo_data(name, achievement_image=_badge(*shape), **texts), template,
                                paper, orientation)
        images = _achievement_images(plan)
        if not LAYOUTS[tid].image:
            assert images == [], (tid, paper, orientation)
            continue
        assert len(images) == 1, (tid, paper, orientation)
        r = _drawn(images[0])
        iw, ih = load_image(images[0].data, "x").getSize()
        assert r.w / r.h == pytest.approx(iw / ih, rel=0.01)  # aspect ratio kept
        assert max(r.w, r.h) <= LAYOUTS[tid].image_mm * 72 / 25.4 * min(plan.width, plan.height) / 595 + 0.01
        assert Rect(0, 0, plan.width, plan.height).contains(r)
        assert plan.qr is not None
        quiet = 4 * plan.qr.w / len(plan.qr_matrix.matrix)  # type: ignore[union-attr]
        qr = Rect(plan.qr.x - quiet, plan.qr.y - quiet, plan.qr.w + 2 * quiet, plan.qr.h + 2 * quiet)
        assert not _overlap(r, qr), (tid, paper, orientation)
        for t in plan.texts:
            for ink in t.extents():
                assert not _overlap(r, ink), (tid, paper, orientation, t.field)


def test_the_page_has_the_image_and_the_qr_still_scans() -> None:
    for tid in ("classic", "modern", "minimal"):
        for paper, orientation in PAGES:
            # no logo and no signatures: the achievement's image is the only picture there can be
            data = demo_data(LONG_NAME, achievement_image=_badge(), issuer_logo=None, signatories=())
            pdf = render_certificate(data, load_template(tid), paper, orientation)
            resources = PdfReader(io.BytesIO(pdf)).pages[0]["/Resources"]
            xobjects = resources.get("/XObject", {})
            images = [x for x in xobjects.values() if x.get_object()["/Subtype"] == "/Image"]
            assert bool(images) == (tid != "classic"), (tid, paper, orientation)
            if paper == "A4":
                assert decode_qr_from_pdf(pdf, dpi=150) == [data.qr_payload], (tid, orientation)


def test_a_page_without_room_leaves_the_image_out() -> None:
    """A design with four lines of description and signatories on a short page still fits."""
    data = demo_data(LONG_NAME, achievement_image=_badge(), description="Long text. " * 60)
    for paper, orientation in PAGES:
        plan = plan_certificate(data, load_template("modern"), paper, orientation)
        for image in _achievement_images(plan):
            r = _drawn(image)
            for t in plan.texts:
                assert all(not _overlap(r, ink) for ink in t.extents()), t.field
