"""A credential whose achievement carries every EU micro-credential element verifies in the
reference JavaScript stack, and changing any element breaks it there too."""

from __future__ import annotations

import copy

import pytest

from tests.core.test_eu_elements import issued_first_aid

from .test_interop_js import js  # noqa: F401  (the warm node process fixture)


@pytest.mark.interop
def test_a_full_eu_micro_credential_verifies_in_the_reference_stack(js, demo_ws, tmp_path):  # noqa: F811
    doc = issued_first_aid(demo_ws, tmp_path)
    assert len(doc["credentialSubject"]["achievement"]["alignment"]) >= 10
    result = js.verify(doc)
    assert result["verified"], result.get("error")
    for change in (lambda d: d["issuer"]["address"].update(addressCountryCode="FR"),
                   lambda d: d["credentialSubject"]["achievement"]["alignment"][1].update(targetName="Anything")):
        forged = copy.deepcopy(doc)
        change(forged)
        assert not js.verify(forged)["verified"]
