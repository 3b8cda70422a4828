"""Maintainer tool: write resources/country_names.json, the countries' names in each language
certificates print in (the EU micro-credential page names the issuer's country), from the Unicode
CLDR as Babel ships it. English names stay in resources/countries.json.

Babel is not a dependency of Badgesmith; install it for the occasion, outside the virtual
environment::

    .venv/bin/python -m pip install --target /tmp/babel babel
    PYTHONPATH=/tmp/babel .venv/bin/python packaging/country_names.py
"""

from __future__ import annotations

import json
from pathlib import Path

import babel  # type: ignore[import-not-found]
from babel import Locale  # type: ignore[import-not-found]

from badgesmith.core.languages import ENGLISH, SHIPPED

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    codes = json.loads((ROOT / "resources" / "countries.json").read_text(encoding="utf-8"))
    out: dict[str, object] = {"$comment": f"Country names from the Unicode CLDR (Babel {babel.__version__}), "
                                          "Unicode License v3: see Unicode-3.0.txt beside this file. "
                                          "Written by packaging/country_names.py."}
    for lang in SHIPPED:
        if lang == ENGLISH:
            continue
        names = Locale.parse(lang).territories
        out[lang] = {code: names[code] for code in sorted(codes) if code in names}
    path = ROOT / "resources" / "country_names.json"
    path.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(path, {lang: len(v) for lang, v in out.items() if isinstance(v, dict)})


if __name__ == "__main__":
    main()
