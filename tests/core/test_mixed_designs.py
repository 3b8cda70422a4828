"""A re-sit after a design change (issue 14): the cohort's print file then holds certificates of
two designs, and the summary says whose certificate has the earlier one. A design is edited in
place (no new version), so each credential records the design its PDF was drawn with."""

from __future__ import annotations

from dataclasses import replace

from pypdf import PdfReader
from sqlalchemy import update

from badgesmith.core.services import achievements as ach
from badgesmith.core.services import issuing
from badgesmith.core.store.models import Credential
from tests.core.test_issuing import _cohort

PASS = "secret phrase"


def _issue(ws, tmp_path, n=4):  # type: ignore[no-untyped-def]
    cohort, ids = _cohort(ws, n=n)
    first = issuing.issue_batch(ws, cohort, PASS, tmp_path / "out", workers=1)
    assert len(first.issued) == n and not first.earlier_design
    return cohort, ids, first


def _achievement(ws, cohort: int) -> int:  # type: ignore[no-untyped-def]
    from badgesmith.core.services import cohorts

    return cohorts.get_cohort(ws, cohort).achievement_id


def test_a_resit_in_a_new_design_names_the_others(ws, tmp_path) -> None:
    cohort, ids, first = _issue(ws, tmp_path)
    # the same design again: renewing one learner mixes nothing
    same = issuing.issue_batch(ws, cohort, PASS, tmp_path / "out", learner_ids=[ids[0]], reissue=True, workers=1)
    assert len(same.issued) == 1 and same.earlier_design == []
    ach.save_design(ws, _achievement(ws, cohort), "classic", {"paper": "Letter", "orientation": "portrait"})
    resit = issuing.issue_batch(ws, cohort, PASS, tmp_path / "out", learner_ids=[ids[2]], reissue=True, workers=1)
    others = [(i.learner_id, i.name) for i in first.issued if i.learner_id != ids[2]]
    assert resit.earlier_design == others
    sentence = resit.mixed_designs()
    assert sentence.startswith("The print file mixes certificate designs: 3 certificates (Learner 0, Learner 1, "
                               "Learner 3) were drawn with an earlier design")
    assert sentence in resit.lines()
    assert resit.as_dict()["earlier_design"] == [{"learner_id": a, "name": b} for a, b in others]
    # the print file does hold both: A4 landscape pages and one Letter portrait page, in roster order
    sizes = [(round(float(p.mediabox.width)), round(float(p.mediabox.height)))
             for p in PdfReader(resit.combined_pdf).pages]
    assert sizes == [(842, 595), (842, 595), (612, 792), (842, 595)]
    # renewing everyone in the new design makes the print file one design again
    everyone = issuing.issue_batch(ws, cohort, PASS, tmp_path / "out", reissue=True, workers=1)
    assert len(everyone.issued) == 4 and everyone.earlier_design == []


def test_a_new_version_of_the_achievement_counts_as_a_different_certificate(ws, tmp_path) -> None:
    cohort, ids, _ = _issue(ws, tmp_path, n=2)
    aid = _achievement(ws, cohort)
    spec = ach.get_achievement(ws, aid).spec
    ach.update_achievement(ws, aid, replace(spec, description="Now with a practical part."))  # a new version
    resit = issuing.issue_batch(ws, cohort, PASS, tmp_path / "out", learner_ids=[ids[1]], reissue=True, workers=1)
    assert [lid for lid, _ in resit.earlier_design] == [ids[0]]


def test_credentials_issued_before_designs_were_recorded_count_their_versions_design(ws, tmp_path) -> None:
    cohort, ids, _ = _issue(ws, tmp_path, n=3)
    with ws.session() as s:  # as a workspace upgraded from schema 0005 has them
        s.execute(update(Credential).values(design=None))
    assert issuing.refresh_print_file(ws, cohort, tmp_path / "out").earlier_design == []
    resit = issuing.issue_batch(ws, cohort, PASS, tmp_path / "out", learner_ids=[ids[0]], reissue=True, workers=1)
    assert resit.earlier_design == []  # recorded now, the same as the version's: no false alarm
    aid = _achievement(ws, cohort)
    ach.update_achievement(ws, aid, replace(ach.get_achievement(ws, aid).spec, description="Revised."))
    again = issuing.issue_batch(ws, cohort, PASS, tmp_path / "out", learner_ids=[ids[1]], reissue=True, workers=1)
    assert [lid for lid, _ in again.earlier_design] == [ids[0], ids[2]]
