"""Rejected rows read through the column mapping, and corrected by hand under the same rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from badgesmith.core.imports.learner_rows import LearnerFields, LearnerRow, RejectedRow, RowStatus
from badgesmith.core.imports.previews import preview_learners
from badgesmith.core.services import importing, learners

CLASS_LIST = (
    "Nachname;Vorname;E-Mail;Matrikelnummer\r\n"
    "Müller;Jürgen;juergen.mueller@schule.de;M-1\r\n"
    "Öztürk;Ayse;ayse.oeztuerk(at)schule.de;M-2\r\n"
    "Weiß;Zoë;zoe.weiss@schule.de;M-3\r\n"
    "Weiß;Zoë;zoe.weiss@schule.de;M-3\r\n"
)


@pytest.fixture
def class_list(tmp_path: Path) -> Path:
    f = tmp_path / "Klasse 7b.csv"
    f.write_bytes(CLASS_LIST.encode("cp1252"))
    return f


def test_a_rejected_row_reads_through_the_mapping(class_list: Path) -> None:
    p = preview_learners(class_list, None, None, set(), set())
    assert (p.encoding, p.delimiter) == ("cp1252", ";")
    bad, dup = p.report.rejected
    assert bad.status is RowStatus.REJECTED and bad.learner is None
    # first name, then last name; the e-mail as written: not the file's first two cells
    assert bad.fields == LearnerFields("Ayse Öztürk", "ayse.oeztuerk(at)schule.de", "M-2")
    assert dup.status is RowStatus.DUPLICATE_IN_FILE and dup.fields is not None
    assert dup.fields.name == "Zoë Weiß"


def test_a_corrected_row_is_checked_again_and_imported(ws, class_list: Path) -> None:
    learners.add_learner(ws, "Ayşe Öztürk", "ayse@familie.de")
    p = importing.preview_learner_import(ws, class_list)
    report = p.report
    assert report.summary() == "2 to import, 1 duplicate, 1 error"

    # still wrong: held back, with the new reason, in its place in the file
    out = report.correct(3, LearnerFields.typed("Ayse Öztürk", "ayse.oeztuerk@schule", "M-2"))
    assert isinstance(out, RejectedRow) and out.status is RowStatus.REJECTED
    assert "has no dot" in out.messages[0]
    assert [r.line_no for r in report.rejected] == [3, 5]
    # the same rules as the file's rows: an address the workspace has, or one a row above took
    out = report.correct(3, LearnerFields.typed("Ayşe Öztürk", " ayse@familie.de ", "M-2"))
    assert isinstance(out, RejectedRow) and out.status is RowStatus.ALREADY_IN_WORKSPACE
    out = report.correct(3, LearnerFields.typed("Ayşe Öztürk", "JUERGEN.mueller@schule.de", "M-2"))
    assert isinstance(out, RejectedRow) and out.status is RowStatus.DUPLICATE_IN_FILE
    assert out.messages == ("Duplicate of line 2: the same e-mail JUERGEN.mueller@schule.de.",)
    # right at last: accepted, in file order, cleaned as a file's cells are
    out = report.correct(3, LearnerFields.typed("  Ayşe   Öztürk ", "ayse.oeztuerk@SCHULE.de", " M-2 "))
    assert out == LearnerRow(3, "Ayşe Öztürk", "ayse.oeztuerk@schule.de", "M-2")
    assert [r.line_no for r in report.accepted] == [2, 3, 4]
    assert report.summary() == "3 to import, 1 duplicate"
    # and it is remembered: the duplicate row corrected to the same address is a duplicate of line 3
    out = report.correct(5, LearnerFields.typed("Zoë Weiß", "ayse.oeztuerk@schule.de", "M-5"))
    assert isinstance(out, RejectedRow) and "Duplicate of line 3" in out.messages[0]
    with pytest.raises(ValueError, match="Line 2 is not a row held back"):
        report.correct(2, LearnerFields.typed("X", "", ""))

    assert importing.commit_learner_import(ws, p) == 3
    assert {(r.name, r.email) for r in learners.list_learners(ws)} >= {
        ("Ayşe Öztürk", "ayse.oeztuerk@schule.de"), ("Jürgen Müller", "juergen.mueller@schule.de")}
