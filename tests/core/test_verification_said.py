"""Red team of the verifier's sentences made translatable (core/said.py): nothing about what is
verified or printed changed, and a name is shown as it was signed, whatever it holds.

- ``badgesmith verify --json`` prints exactly what the code before the change (commit 0343aeb)
  printed, for genuine and forged certificates, credentials, records and QR text;
- names holding ``{0}``, ``{__class__}``, ``%1``, ``%n``, ``}{`` and right-to-left marks are shown
  verbatim in English and through ``ui.i18n.say`` in German, and survive the workers' pickling;
- a translation can hold no slot its English does not (a ``{x.attr}``, a ``!r``, a ``:>9999``, a
  stray brace), and every core sentence in every shipped language shows its data verbatim;
- a moment at the calendar's edge ("valid until 9999-12-31") is said east of UTC too.
"""

from __future__ import annotations

import io
import json
import os
import pickle
import shutil
import string
import subprocess
import sys
import tarfile
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from badgesmith.core.credentials.verify import Verdict
from badgesmith.core.languages import ENGLISH, SHIPPED
from badgesmith.core.said import CONTEXT, Said
from badgesmith.core.services import learner_record, learners, register, verification
from badgesmith.core.store.models import Credential
from tests.core import said_inputs
from tests.core.record_data import achievement, signed_award
from tests.core.said_inputs import ACHIEVEMENT, NAME, REASON, SIGNED_NAME

ROOT = Path(__file__).resolve().parents[2]
BEFORE = "0343aeb"  # the last commit whose verifier wrote its sentences as plain strings
CATALOGUES = ROOT / "resources" / "translations"
FIELDS = string.Formatter()


# --- 1. the command line's JSON, as before --------------------------------------------------------


def _old_tree(folder: Path) -> Path:
    """src, tests and resources as they were at BEFORE (read from git; the checkout is not touched)."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    known = subprocess.run(["git", "-C", str(ROOT), "cat-file", "-e", f"{BEFORE}^{{commit}}"], capture_output=True)
    if known.returncode != 0:
        pytest.skip(f"commit {BEFORE} is not in this clone")
    tar = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", BEFORE, "src", "tests", "resources"],
                         capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(tar)) as t:
        t.extractall(folder, filter="data")
    return folder


VERIFY = """import json, sys
from badgesmith.cli import main
if __name__ == "__main__":  # the verifier's workers import this file again
    sys.exit(main(["--workspace", sys.argv[1], "verify", "--json", *json.loads(open(sys.argv[2]).read())]))
"""


def _run(code_path: Path | None, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if code_path is not None:  # the old code, and its tests' helpers, before the installed package
        env["PYTHONPATH"] = f"{code_path / 'src'}{os.pathsep}{code_path}"
    else:
        env.pop("PYTHONPATH", None)
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env, timeout=600,
                          cwd=code_path or ROOT)


def test_verify_json_is_what_the_code_before_the_change_printed(tmp_path: Path) -> None:
    old = _old_tree(tmp_path / "old")
    base = tmp_path / "inputs"
    built = _run(old, str(Path(said_inputs.__file__)), str(base))  # made with the old code
    assert built.returncode == 0, built.stderr[-3000:]
    assert "/old/src/badgesmith/" in _run(old, "-c", "import badgesmith; print(badgesmith.__file__)").stdout
    shutil.copytree(base / "ws", base / "ws_now")  # opening it now upgrades it: a copy
    script = tmp_path / "verify.py"
    script.write_text(VERIFY)
    items = base / "items.json"
    before = _run(old, str(script), str(base / "ws"), str(items))
    now = _run(None, str(script), str(base / "ws_now"), str(items))
    assert before.returncode == now.returncode == 1, before.stderr[-2000:] + now.stderr[-2000:]
    was, new = json.loads(before.stdout), json.loads(now.stdout)
    assert len(was) == len(new) == len(json.loads(items.read_text()))
    for a, b in zip(was, new, strict=True):
        assert b == a, f"{a['source']}: {json.dumps(a, ensure_ascii=False)}\n!=\n{json.dumps(b, ensure_ascii=False)}"
    assert now.stdout == before.stdout  # byte for byte: key order and escaping too
    # the inputs are what they claim to be: every verdict, and the names as signed
    assert {r["verdict"] for r in new} >= {v.value for v in Verdict} - {Verdict.AMBIGUOUS.value}
    by_source = {r["source"]: r for r in new}
    assert by_source["signed_name.json"]["facts"]["Recipient"] == SIGNED_NAME
    assert by_source["revoked.json"]["summary"].endswith(": " + REASON)
    assert by_source["good.pdf"]["verified"] and by_source["transcript.pdf"]["verified"]


# --- 2. names as signed, in English and in German -------------------------------------------------


@pytest.fixture
def odd(demo_ws, tmp_path: Path) -> dict[str, verification.Report]:
    """Reports on credentials and a record whose names a format string would read as its own."""
    ws = demo_ws
    aid = achievement(ws, ACHIEVEMENT)
    zoe = learners.add_learner(ws, NAME, "zoe@example.org")
    own = signed_award(ws, zoe.id, aid, date(2025, 3, 1), passphrase="demo")
    record = learner_record.clr_credential(ws, zoe.id, "demo")
    signed = signed_award(ws, zoe.id, aid, date(2025, 3, 2), name=SIGNED_NAME, passphrase="demo")
    revoked = signed_award(ws, zoe.id, aid, date(2025, 3, 3), name=SIGNED_NAME, passphrase="demo")
    register.revoke(ws, revoked, REASON, "demo")
    docs = {"record": json.dumps(record, ensure_ascii=False)}
    with ws.read_session() as s:
        for key, cid in (("own", own), ("signed", signed), ("revoked", revoked)):
            row = s.get(Credential, cid)
            assert row is not None
            docs[key] = row.signed_json
    altered = json.loads(docs["signed"])
    altered["credentialSubject"]["achievement"]["name"] = ACHIEVEMENT + " {more}"
    docs["altered"] = json.dumps(altered, ensure_ascii=False)
    out = {}
    for key, text in docs.items():
        path = tmp_path / f"{key} {{0}} %1.json"
        path.write_text(text, encoding="utf-8")
        out[key] = verification.verify_path(ws, path)
    out["stored_name"] = zoe.name  # type: ignore[assignment]
    return out


def _texts(rep: verification.Report) -> list[object]:
    return [rep.source, rep.summary, rep.must_show, *rep.facts, *rep.facts.values(),
            *(c.message for c in rep.checks), *(n.reason for n in rep.parts)]


def test_names_are_shown_as_signed_in_english(odd) -> None:  # type: ignore[no-untyped-def]
    signed, revoked, record = odd["signed"], odd["revoked"], odd["record"]
    assert signed.verified and odd["own"].verified and record.verified
    assert signed.facts["Recipient"] == SIGNED_NAME and signed.facts["Achievement"] == ACHIEVEMENT
    assert signed.must_show is not None and signed.must_show.startswith(
        f"A genuine certificate shows: {SIGNED_NAME}, {ACHIEVEMENT}, ")
    assert revoked.verdict == Verdict.REVOKED and revoked.summary.endswith(f": {REASON}")
    assert next(c for c in revoked.checks if c.name == "revocation").message.endswith(f": {REASON}")
    assert record.facts["Learner"] == odd["stored_name"] and record.facts["Record"]
    assert odd["altered"].verdict == Verdict.NOT_VERIFIED and "{more}" not in odd["altered"].summary
    assert signed.source == "signed {0} %1.json"
    # the JSON the command line prints carries them as they are
    printed = json.loads(json.dumps(signed.as_dict(), ensure_ascii=False))
    assert printed["facts"]["Recipient"] == SIGNED_NAME and printed["summary"] == signed.summary
    assert any(SIGNED_NAME in line for line in signed.lines())


@pytest.fixture
def german(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    from badgesmith.ui import i18n

    translators = i18n.install(qapp, "de")
    try:
        yield
    finally:
        i18n.uninstall(qapp, translators)


def test_names_are_shown_as_signed_in_german(odd, german) -> None:  # type: ignore[no-untyped-def]
    from badgesmith.ui.i18n import say

    signed, revoked = odd["signed"], odd["revoked"]
    assert say(signed.facts["Recipient"]) == SIGNED_NAME and say(signed.facts["Achievement"]) == ACHIEVEMENT
    shown = say(signed.must_show)
    # the name carries U+202E: it is set apart in isolates (U+2068…U+2069), so it cannot turn the
    # German sentence around it; the plain achievement name needs none
    assert f"\u2068{SIGNED_NAME}\u2069" in shown
    shown = shown.replace("\u2068", "").replace("\u2069", "")
    assert shown != signed.must_show and f"{SIGNED_NAME}, {ACHIEVEMENT}, " in shown  # German words, same names
    assert say(revoked.summary).endswith(f": {REASON}") and say(revoked.summary) != revoked.summary
    assert say(signed.source) == "signed {0} %1.json"
    for key in ("own", "signed", "revoked", "record", "altered"):
        for text in _texts(odd[key]):
            if text is None:
                continue
            german_text = say(text).replace("\u2068", "").replace("\u2069", "")
            for piece in (SIGNED_NAME, ACHIEVEMENT, REASON, odd["stored_name"]):
                assert (piece in german_text) == (piece in str(text)), (piece, text, german_text)
    assert "Empfänger" in [say(k) for k in signed.facts]  # the labels are German


def test_reports_survive_the_workers_pickling(odd) -> None:  # type: ignore[no-untyped-def]
    for key in ("signed", "revoked", "record", "altered"):
        rep = odd[key]
        back = pickle.loads(pickle.dumps(rep))
        assert back.as_dict() == rep.as_dict()
        for a, b in zip(_texts(rep), _texts(back), strict=True):
            assert a == b and type(a) is type(b)
            if isinstance(a, Said):
                assert isinstance(b, Said) and (b.template, b.params) == (a.template, a.params)


# --- 3. translations: no slot of their own, every datum verbatim ----------------------------------


def _fields(text: str) -> list[tuple[str, str | None, str]]:
    return [(f, conv, spec) for _, f, spec, conv in FIELDS.parse(text) if f is not None]


def _messages(lang: str) -> list[tuple[str, str, list[str]]]:
    tree = ET.parse(CATALOGUES / f"badgesmith_{lang}.ts")
    out = []
    for ctx in tree.getroot().iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            assert tr is not None
            forms = [f.text or "" for f in tr.findall("numerusform")] or [tr.text or ""]
            out.append((ctx.findtext("name") or "", msg.findtext("source") or "", forms))
    return out


@pytest.mark.parametrize("lang", sorted(set(SHIPPED) - {ENGLISH}))
def test_a_translation_has_exactly_its_sources_slots(lang: str) -> None:
    """str.format reads "{x.y}", "{x!r}", "{x:>99999}" and "{0}" too, and a lone brace stops it:
    each translation of a sentence that is formatted has the source's bare slots, no others."""
    problems = []
    for context, source, forms in _messages(lang):
        try:
            wanted = _fields(source)
        except ValueError:
            continue  # not a str.format template (a sentence with braces of its own is not formatted)
        names = sorted({f for f, _, _ in wanted})
        for form in forms:
            try:
                got = _fields(form)
            except ValueError as exc:
                problems.append(f"{context}: {source!r} -> {form!r}: {exc}")
                continue
            if any(conv or spec or not f.isidentifier() for f, conv, spec in got) or \
                    sorted({f for f, _, _ in got}) != names:
                problems.append(f"{context}: {source!r} -> {form!r}")
    assert problems == [], "\n".join(problems[:30])


HOSTILE = "{0}{__class__}%1%n}}{{\u200f<b>x</b>\u202e"


def test_every_core_sentence_shows_its_data_verbatim_in_every_language(qapp) -> None:  # type: ignore[no-untyped-def]
    from badgesmith.ui import i18n
    from badgesmith.ui.i18n import say

    sources = sorted({s for c, s, _ in _messages("de") if c == CONTEXT})
    assert len(sources) > 100
    sentences = []
    for source in sources:
        names = {f for f, _, _ in _fields(source)}
        sentences.append(Said(source, {n: f"[{n}:{HOSTILE}]" for n in names}))
        english = sentences[-1]
        for n in names:
            assert f"[{n}:{HOSTILE}]" in english
    for lang in sorted(SHIPPED):
        translators = i18n.install(qapp, lang)
        try:
            for s in sentences:
                shown = say(s)
                if lang == ENGLISH:  # as signed, each datum set apart (it carries bidi controls)
                    assert shown == Said(s.template, {n: f"\u2068{v}\u2069" for n, v in s.params.items()})
                for n in s.params:
                    assert shown.count(f"[{n}:{HOSTILE}]") == s.count(f"[{n}:{HOSTILE}]"), (lang, s.template, shown)
        finally:
            i18n.uninstall(qapp, translators)


# --- 4. the calendar's edge -----------------------------------------------------------------------


@pytest.fixture
def east_of_utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_credential_valid_until_9999_is_said_east_of_utc(demo_ws, tmp_path, qapp, east_of_utc) -> None:  # type: ignore[no-untyped-def]
    from badgesmith.ui.i18n import say
    from badgesmith.ui.localized import datetime_text

    aid = achievement(demo_ws, "Forever")
    zoe = learners.add_learner(demo_ws, NAME, "zoe@example.org")
    cid = signed_award(demo_ws, zoe.id, aid, date(2025, 3, 1), passphrase="demo",
                       valid_until=datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC))
    with demo_ws.read_session() as s:
        row = s.get(Credential, cid)
        assert row is not None
        (tmp_path / "forever.json").write_text(row.signed_json, encoding="utf-8")
    rep = verification.verify_path(demo_ws, tmp_path / "forever.json")
    assert rep.verified and "Valid until 31 December 9999, 23:59 UTC." in [c.message for c in rep.checks]
    shown = [say(t) for t in _texts(rep) if t is not None]  # what the Verify page shows
    assert any("9999" in t for t in shown if "Valid until" in t), shown
    assert "9999" in datetime_text(datetime(9999, 12, 31, 23, 59, tzinfo=UTC))
