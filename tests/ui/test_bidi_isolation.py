"""A name or comment a credential signs (an endorser's, say) is set apart from the sentence the app
puts it in: whatever directional controls it holds, the rest of the sentence keeps its order."""

from __future__ import annotations

import pytest
from bidi import get_display

from badgesmith.core.credentials.verify import ENDORSED_BY_COMMENT
from badgesmith.core.said import said
from badgesmith.ui.i18n import isolated, say

TAIL = " and then the rest of the sentence"
HOSTILE = [
    "ok\u2069\u202e!dehsilbup",  # closes the isolate around it, then overrides the rest
    "\u2069\u2069\u202eSiemens",  # two closers
    "\u2067Siemens",  # an isolate left open
    "\u202bSiemens\u202c\u202c\u202e",  # one PDF too many, an override left open
    "Guild \u2066of\u2069 \u202dEmployers",  # balanced controls: kept as they are
]


@pytest.mark.parametrize("text", HOSTILE)
def test_directional_controls_in_a_parameter_stay_inside_it(text: str) -> None:
    shown = get_display("Comment: " + isolated(text) + TAIL)
    assert shown.startswith("Comment: ") and shown.endswith(TAIL), repr(shown)


def test_balanced_controls_are_kept_and_plain_text_is_untouched() -> None:
    assert isolated("Guild \u2066of\u2069 \u202dEmployers") == "\u2068Guild \u2066of\u2069 \u202dEmployers\u2069"
    assert isolated("Guild of Employers") == "Guild of Employers"
    assert isolated("فاطمة") == "\u2068فاطمة\u2069"


def test_an_endorsement_line_keeps_its_order_whatever_the_comment_says(qapp) -> None:  # type: ignore[no-untyped-def]
    line = say(said(ENDORSED_BY_COMMENT, endorser="Guild of Employers", did="did:key:z6Mk", day="5 January 2026",
                    comment="Great.\u2069\u202e!dehsilbup"))
    shown = get_display(line)
    assert shown.startswith("Endorsed by Guild of Employers (did:key:z6Mk) on 5 January 2026: “"), repr(shown)
    assert shown.endswith("”"), repr(shown)
