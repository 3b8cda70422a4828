"""Countries by ISO 3166-1 alpha-2 code, with their English names (the names a credential's
``issuer.address.addressCountry`` carries). The list in resources/countries.json was written from
Qt's CLDR territory table; groupings that are not countries (EU, UN) are left out. Their names in
the other languages certificates print in are CLDR's too, in resources/country_names.json (written
by packaging/country_names.py)."""

from __future__ import annotations

import json
from functools import cache

from badgesmith.core.errors import ValidationError
from badgesmith.resources import resource_path


@cache
def countries() -> dict[str, str]:
    return json.loads(resource_path("countries.json").read_text(encoding="utf-8"))


def check_country(code: str | None) -> str | None:
    """The code upper-cased, None for none, or ValidationError for a code that is no country."""
    code = (code or "").strip().upper()
    if not code:
        return None
    if code not in countries():
        raise ValidationError(f"'{code}' is not a country code such as DE, FR or IE (ISO 3166-1).")
    return code


@cache
def _localized() -> dict[str, dict[str, str]]:
    names = json.loads(resource_path("country_names.json").read_text(encoding="utf-8"))
    return {lang: v for lang, v in names.items() if isinstance(v, dict)}


def country_name(code: str | None, language: str = "en") -> str | None:
    """The country's name in ``language`` (a certificate language), else in English."""
    english = countries().get(code or "")
    return _localized().get(language, {}).get(code or "", english) if english else None
