"""The "Endorsed by" block a certificate prints for the endorsements its credential carries, in the
bottom band under the dates: on every design and page, inside the band, clear of every other line
and of the QR code, for long names and many endorsers too; absent when there is none; in the
certificate's wording."""

from __future__ import annotations

import pytest
from _demo import NAMES, demo_data

from badgesmith.core.paper.render import Rect, plan_certificate
from badgesmith.core.paper.templates import load_template, wording_preset

PAGES = [("A4", "landscape"), ("A4", "portrait"), ("Letter", "landscape"), ("Letter", "portrait")]
LONG_NAME = " ".join(["Maximiliana-Wilhelmina"] * 9)[:200]
MANY = ("Riverside Employers' Association", "Chamber of Commerce and Industry of the Northern Counties",
        "Institute of Occupational Safety Professionals", "Ассоциация работодателей")


def _overlap(a: Rect, b: Rect) -> bool:
    return a.x < b.x1 - 0.5 and b.x < a.x1 - 0.5 and a.y < b.y1 - 0.5 and b.y < a.y1 - 0.5


@pytest.mark.parametrize("tid", ["classic", "modern", "minimal"])
@pytest.mark.parametrize("name", [NAMES["latin"], LONG_NAME])
@pytest.mark.parametrize("endorsers", [MANY[:1], MANY])
@pytest.mark.parametrize("expires", [True, False])
def test_the_block_keeps_clear_of_everything(tid: str, name: str, endorsers: tuple[str, ...], expires: bool) -> None:
    template = load_template(tid)
    for paper, orientation in PAGES:
        data = demo_data(name, endorsed_by=endorsers, **({} if expires else {"expiry_date": None}))
        plan = plan_certificate(data, template, paper, orientation)
        [label] = [t for t in plan.texts if t.field.startswith("endorsed_label")]
        [value] = [t for t in plan.texts if t.field.startswith("endorsed_value")]
        assert _text(label) == "ENDORSED BY"  # the band's labels are set in capitals
        if len(endorsers) == 1:  # one name prints whole
            assert _text(value) == "Riverside Employers' Association", (tid, paper, orientation)
        else:
            assert _text(value).startswith("Riverside Employers"), _text(value)
        page = Rect(0, 0, plan.width, plan.height)
        assert plan.qr is not None
        for placed in (label, value):
            for ink in placed.extents():
                assert page.contains(ink) and ink.y1 <= plan.qr.y1, (tid, paper, orientation)  # in the band
                assert not _overlap(ink, plan.qr), (tid, paper, orientation)
                for other in plan.texts:
                    if other is not placed:
                        assert not any(_overlap(ink, o) for o in other.extents()), \
                            (tid, paper, orientation, placed.field, other.field)


def _text(placed) -> str:  # type: ignore[no-untyped-def]
    return " ".join("".join(r.text for r in runs) for runs in placed.lines)


def test_no_endorsement_no_block_and_the_label_is_the_wordings() -> None:
    plan = plan_certificate(demo_data(NAMES["latin"]), load_template("classic"))
    assert not any(t.field.startswith("endorsed") for t in plan.texts)
    assert wording_preset("classic", "en")["endorsed_label"] == "Endorsed by"
    assert all(wording_preset(t, lang)["endorsed_label"] for t in ("classic", "modern", "minimal")
               for lang in ("de", "fr", "ar", "ja"))  # every language has one (the translator words it)
    plan = plan_certificate(demo_data(NAMES["latin"], endorsed_by=("Gilde",)),
                            load_template("classic", {"wording": {"endorsed_label": "Empfohlen von"}}))
    [label] = [t for t in plan.texts if t.field.startswith("endorsed_label")]
    assert _text(label) == "EMPFOHLEN VON"  # the band's labels are set in capitals
