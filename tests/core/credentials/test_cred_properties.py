"""Property-based: any text in any script survives build -> sign -> verify; and our faster
pyld processing produces exactly stock pyld's canonical form."""

from __future__ import annotations

from dataclasses import replace

from cred_factories import full_input
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyld import jsonld

from badgesmith.core.credentials import dataintegrity as di
from badgesmith.core.credentials import ob3
from badgesmith.core.credentials.loader import OfflineLoader

SCRIPTS = st.sampled_from(
    [
        "αβγδεζηθικλμνξοπρστυφχψωΆΈΉΊΌΎΏ",  # Greek
        "山田太郎李小龍王秀英東京北京한국어ひらがなカタカナ",  # CJK
        "محمدعليفاطمةالعربيةٱﻻ\u064e\u064f",  # Arabic (with harakat)
        "😀🎓🏅👩🏽‍🎓🇬🇷",  # emoji, ZWJ sequences, flags
        "ÅÉÎÕÜçñßøłžœ",  # Latin accents
        " \t\"'\\<>&#%{}[]\n",  # JSON / N-Quads escapes
    ]
)
# any character but C0 controls other than tab and line breaks (refused: see jsontext) and lone
# surrogates
TEXT = SCRIPTS.flatmap(lambda s: st.text(alphabet=s, min_size=1, max_size=40)) | st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="".join(
        chr(c) for c in [*range(0x20), 0x7F] if chr(c) not in "\t\n\r")),
    min_size=1, max_size=30,
)
NAME = TEXT.filter(lambda t: t.strip() != "")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=NAME, achievement=TEXT, description=TEXT)
def test_any_text_roundtrips_through_sign_and_verify(issuer_key, issuer_did, issuer_vm, name, achievement, description) -> None:
    cred = ob3.build_and_check(full_input(issuer_did, name=name, achievement_name=achievement, description=description))
    signed = di.sign(cred, issuer_key, issuer_vm, "2025-03-01T10:00:00Z")
    assert signed["credentialSubject"]["name"] == name.strip()
    assert signed["credentialSubject"]["achievement"]["name"] == achievement
    result = di.verify(signed)
    assert result.valid, result.reason
    # and the text is signed: changing it breaks the signature
    forged = dict(signed, credentialSubject=dict(signed["credentialSubject"], name=name.strip() + "x"))
    assert not di.verify(forged).valid


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=NAME, tags=st.lists(TEXT, max_size=4), with_email=st.booleans())
def test_fast_processor_equals_stock_pyld(issuer_did, name, tags, with_email) -> None:
    data = full_input(issuer_did, name=name, email="a@b.example" if with_email else None)
    data = replace(data, achievement=replace(data.achievement, tags=tuple(tags)))
    cred = ob3.build_credential(data)
    loader = OfflineLoader()
    fast = di.canonicalize(cred, loader)
    fast_again = di.canonicalize(cred, loader)  # warm memo
    plain = OfflineLoader()
    stock = jsonld.normalize(
        cred, {"algorithm": "URDNA2015", "format": "application/n-quads", "documentLoader": plain}
    )
    assert fast == fast_again == stock
