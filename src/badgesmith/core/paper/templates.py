"""Certificate templates as data: one JSON file per built-in in ``resources/templates``.

A template carries what a user tunes in the app (colours, wording, fonts, logo placement,
an optional background image, up to three signatories); the ``layout`` names which of the
built-in page compositions draws it. The user's edits are a dict merged over a template
(``load_template``) and checked with clear messages (``TemplateError``).

Wording comes in every shipped language from ``resources/templates/wording/<lang>.json``
(phrases per design, labels, month names and the date's pattern). A design's ``language`` is the
language its own wording edits are written in; ``languages`` (one, or two for a bilingual
certificate) are the languages a certificate is printed in. Edits apply to their own language;
a design without ``language`` applies them to whatever it prints (designs made before there were
languages keep printing as they did).

Images inside a template (background, signatures) are given as a ``data:`` URI, a path
(relative paths resolve against ``resources/templates``) or, in overrides, raw bytes.
"""

from __future__ import annotations

import base64
import copy
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, Literal, cast

from badgesmith.core.errors import ValidationError
from badgesmith.core.fileio import read_limited
from badgesmith.core.paper.errors import CertificateImageError, TemplateError
from badgesmith.core.paper.fonts import TEMPLATE_FACES
from badgesmith.core.paper.images import MAX_IMAGE_BYTES, check_image
from badgesmith.resources import resource_path

Layout = Literal["classic", "modern", "minimal"]
LAYOUTS: tuple[str, ...] = ("classic", "modern", "minimal")
LOGO_POSITIONS: tuple[str, ...] = ("top-left", "top-center", "top-right", "none")
MAX_SIGNATORIES = 3
ENGLISH_MONTHS: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")
DEFAULT_LANGUAGE = "en"
BILINGUAL_SEPARATOR = " / "
LANGUAGE_KEYS = ("language", "second_language", "languages")  # in overrides, beside the design


@dataclass(frozen=True)
class Colours:
    primary: str = "#1F3A5F"
    accent: str = "#B08D57"
    text: str = "#222222"
    muted: str = "#6B6B6B"
    paper: str = "#FFFFFF"


@dataclass(frozen=True)
class Wording:
    title: str = "Certificate of Achievement"
    presented: str = "This certifies that"
    completed: str = "has successfully completed"
    after_achievement: str = ""  # German word order: "… am Lehrgang X erfolgreich teilgenommen hat"
    issued_label: str = "Date of issue"
    expires_label: str = "Valid until"
    credential_label: str = "Credential ID"
    fingerprint_label: str = "Issuer key"
    verify: str = "Verify: scan the QR code or open the PDF's embedded credential"
    endorsed_label: str = "Endorsed by"  # over the achievement's current endorsers' names
    months: tuple[str, ...] = ENGLISH_MONTHS
    date_pattern: str = "{day} {month} {year}"
    second_months: tuple[str, ...] = ()  # a bilingual certificate's second language
    second_date_pattern: str = ""

    def date(self, d: date) -> str:
        """A date as this wording writes it ("14. März 2026"; both languages when bilingual)."""
        text = self.date_pattern.format(day=d.day, month=self.months[d.month - 1], year=d.year)
        if self.second_months:
            text += BILINGUAL_SEPARATOR + self.second_date_pattern.format(
                day=d.day, month=self.second_months[d.month - 1], year=d.year)
        return text


@dataclass(frozen=True)
class Fonts:
    title: str = "NotoSerif-Bold"
    name: str = "NotoSerif-Italic"
    achievement: str = "NotoSerif-Bold"
    body: str = "NotoSerif-Regular"
    small: str = "NotoSans-Regular"


@dataclass(frozen=True)
class LogoPlacement:
    position: str = "top-center"
    max_height_mm: float = 20.0


@dataclass(frozen=True)
class Signatory:
    name: str
    title: str = ""
    signature_image: bytes | None = None  # PNG or JPEG; drawn above the signature line


@dataclass(frozen=True)
class Template:
    id: str
    name: str
    layout: Layout
    description: str = ""
    colours: Colours = field(default_factory=Colours)
    wording: Wording = field(default_factory=Wording)
    fonts: Fonts = field(default_factory=Fonts)
    logo: LogoPlacement = field(default_factory=LogoPlacement)
    background_image: bytes | None = None
    signatories: tuple[Signatory, ...] = ()
    supplement: bool = True  # the EU micro-credential page after the certificate, when it has one (supplement.py)
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)


# ---------------------------------------------------------------------------- loading


def _templates_dir() -> Path:
    return resource_path("templates")


@cache
def _builtin_raw() -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for p in sorted(_templates_dir().glob("*.json")):
        data = json.loads(p.read_text(encoding="utf-8"))
        out[data.get("id", p.stem)] = data
    return out


def list_templates() -> list[tuple[str, str]]:
    """``(id, display name)`` of the built-in templates, in a stable order."""
    order = {k: i for i, k in enumerate(LAYOUTS)}
    items = sorted(_builtin_raw().items(), key=lambda kv: (order.get(kv[0], 99), kv[0]))
    return [(k, str(v.get("name", k))) for k, v in items]


@cache
def _wording_presets() -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for p in sorted((_templates_dir() / "wording").glob("*.json")):
        data = json.loads(p.read_text(encoding="utf-8"))
        out[data.get("language", p.stem)] = data
    return out


def wording_languages() -> tuple[str, ...]:
    """The languages certificates can be printed in (a wording preset each)."""
    return tuple(_wording_presets())


def wording_preset(template_id: str, language: str) -> dict[str, Any]:
    """A built-in design's wording in ``language``: labels, months and date pattern shared by
    every design, then the design's own title and phrases."""
    preset = _wording_presets().get(language) or _wording_presets()[DEFAULT_LANGUAGE]
    return {**preset["wording"], **preset["designs"].get(template_id, {})}


def supplement_wording(language: str) -> dict[str, Any]:
    """The EU micro-credential page's labels, patterns and choice words in ``language``
    (``supplement`` in the wording presets; English for any the language lacks)."""
    english = _wording_presets()[DEFAULT_LANGUAGE]["supplement"]
    own = (_wording_presets().get(language) or {}).get("supplement", {})
    return {**english, **own, "choices": {**english["choices"], **own.get("choices", {})}}


def print_languages(overrides: Mapping[str, Any]) -> tuple[str, ...]:
    """The language(s) a design prints in: ``languages`` when the issue chose them, else the
    design's own ``language`` (and ``second_language``), else English."""
    chosen = overrides.get("languages")
    if isinstance(chosen, list | tuple) and chosen:
        return tuple(str(x) for x in chosen)
    first = overrides.get("language") or DEFAULT_LANGUAGE
    second = overrides.get("second_language")
    return (str(first), str(second)) if second and second != first else (str(first),)


def parse_languages(text: str | None) -> tuple[str, ...]:
    """A stored choice of certificate language: "de", or "de+fr" for a bilingual certificate;
    raises ``ValidationError`` naming the languages there are."""
    if not text:
        return ()
    codes = tuple(dict.fromkeys(x.strip() for x in text.split("+") if x.strip()))
    if not 1 <= len(codes) <= 2 or any(c not in _wording_presets() for c in codes):
        raise ValidationError(f"'{text}' is not a certificate language: choose one of "
                              f"{', '.join(wording_languages())}, or two joined by + for a bilingual certificate.")
    return codes


def load_template(template_id: str, overrides: Mapping[str, Any] | None = None) -> Template:
    """A built-in template, with the user's ``overrides`` merged over it and its wording in the
    language(s) it prints in (``print_languages``)."""
    raw = _builtin_raw().get(template_id)
    if raw is None:
        known = ", ".join(k for k, _ in list_templates())
        raise TemplateError(template_id, [f"no such template (built-in: {known})"])
    over = dict(overrides or {})
    edits = over.pop("wording", None)
    own = over.get("language")
    wordings = []
    for lang in print_languages(over):
        wording: dict[str, Any] = wording_preset(template_id, lang)
        if isinstance(edits, Mapping) and (own is None or own == lang):
            wording = merge(wording, edits)
        elif edits is not None and not isinstance(edits, Mapping):
            wording = edits  # reported by template_from_dict
        wordings.append(wording)
    merged = merge(raw, over)
    merged["wordings"] = wordings
    return template_from_dict(merged)



def merge(base: Mapping[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    """Deep merge: dicts merge key by key, everything else (lists too) is replaced."""
    out: dict[str, Any] = copy.deepcopy(dict(base))
    for k, v in over.items():
        if isinstance(v, Mapping) and isinstance(out.get(k), Mapping):
            out[k] = merge(out[k], v)
        else:
            out[k] = copy.deepcopy(v) if not isinstance(v, bytes) else v
    return out


# ---------------------------------------------------------------------------- validation


def _load_image_ref(ref: Any, where: str, problems: list[str]) -> bytes | None:
    data = _image_bytes(ref, where, problems)
    if data is not None:
        try:
            check_image(data, "image")  # the same rule certificates print with: refused when chosen
        except CertificateImageError as exc:
            problems.append(f"{where}: {exc.message}")
            return None
    return data


def _image_bytes(ref: Any, where: str, problems: list[str]) -> bytes | None:
    if ref is None or ref == "":
        return None
    if isinstance(ref, bytes | bytearray):
        return bytes(ref)
    if not isinstance(ref, str):
        problems.append(f"{where}: expected a data: URI, a file path or bytes")
        return None
    if ref.startswith("data:"):
        try:
            return base64.b64decode(ref.split(",", 1)[1], validate=True)
        except (IndexError, ValueError):
            problems.append(f"{where}: the data: URI is not valid base64")
            return None
    path = Path(ref)
    if not path.is_absolute():
        path = _templates_dir() / path
    try:
        return read_limited(path, MAX_IMAGE_BYTES, "an image Badgesmith takes")
    except ValidationError as e:
        problems.append(f"{where}: {e.message}")
        return None


def _section(
    raw: Mapping[str, Any], key: str, cls: type, problems: list[str], check: dict[str, Any]
) -> Any:
    """Build dataclass ``cls`` from ``raw[key]``, reporting unknown keys and bad values."""
    sec = raw.get(key, {})
    if not isinstance(sec, Mapping):
        problems.append(f"{key}: expected an object")
        return cls()
    known = {f.name for f in fields(cls)}
    kwargs: dict[str, Any] = {}
    for k, v in sec.items():
        if k not in known:
            problems.append(f"{key}.{k}: unknown setting (known: {', '.join(sorted(known))})")
            continue
        checker = check.get(k, check.get("*"))
        msg = checker(v) if checker else None
        if msg:
            problems.append(f"{key}.{k}: {msg}")
        else:
            kwargs[k] = tuple(v) if isinstance(v, list) else v
    return cls(**kwargs)


def _colour(v: Any) -> str | None:
    return None if isinstance(v, str) and _HEX.match(v) else f"expected #RRGGBB, got {v!r}"


def _face(v: Any) -> str | None:
    if v in TEMPLATE_FACES:
        return None
    return f"unknown font {v!r} (choose one of {', '.join(TEMPLATE_FACES)})"


def _text(limit: int) -> Any:
    def check(v: Any) -> str | None:
        if not isinstance(v, str):
            return f"expected text, got {type(v).__name__}"
        if len(v) > limit:
            return f"too long ({len(v)} characters, at most {limit})"
        return None

    return check


def _months(v: Any) -> str | None:
    if isinstance(v, list | tuple) and len(v) == 12 and all(isinstance(m, str) for m in v):
        return None
    return "expected a list of 12 month names"


def _position(v: Any) -> str | None:
    return None if v in LOGO_POSITIONS else f"expected one of {', '.join(LOGO_POSITIONS)}"


def _height(v: Any) -> str | None:
    ok = isinstance(v, int | float) and not isinstance(v, bool) and 5 <= v <= 40
    return None if ok else "expected a number of millimetres between 5 and 40"


_WORDING_CHECKS = {"months": _months, "second_months": _months, "*": _text(200)}


def _wording(raw: Mapping[str, Any], problems: list[str]) -> Wording:
    """``wording``, or ``wordings`` (one per language, from load_template): a bilingual
    certificate says every phrase in both, "first / second", and gives dates in both."""
    parts = raw.get("wordings")
    if not isinstance(parts, list) or not parts:
        return cast(Wording, _section(raw, "wording", Wording, problems, _WORDING_CHECKS))
    first, *rest = [cast(Wording, _section({"wording": w}, "wording", Wording, problems, _WORDING_CHECKS))
                    for w in parts[:2]]
    if not rest:
        return first
    second = rest[0]
    joined: dict[str, Any] = {f.name: BILINGUAL_SEPARATOR.join(t for t in (getattr(first, f.name), getattr(second, f.name)) if t)
              for f in fields(Wording) if isinstance(getattr(first, f.name), str) and "date_pattern" not in f.name}
    return replace(first, **joined, second_months=second.months, second_date_pattern=second.date_pattern)


def template_from_dict(raw: Mapping[str, Any]) -> Template:
    """Validate template data and build a ``Template``; raises ``TemplateError`` listing all
    problems at once."""
    tid = str(raw.get("id", "custom"))
    problems: list[str] = []
    # "paper" and "orientation" are stored beside a design's overrides: they choose the page it is
    # drawn on (render.page_size, at render time), not the template, which passes them by
    known_top = {"id", "name", "description", "layout", "colours", "wording", "wordings", "fonts",
                 "logo", "background_image", "signatories", "$comment", "paper", "orientation",
                 "supplement", *LANGUAGE_KEYS}  # fmt: skip
    for k in raw:
        if k not in known_top:
            problems.append(f"{k}: unknown setting")
    name = raw.get("name", tid)
    if not isinstance(name, str) or not name.strip():
        problems.append("name: expected a non-empty text")
        name = tid
    layout = raw.get("layout")
    if layout not in LAYOUTS:
        problems.append(f"layout: expected one of {', '.join(LAYOUTS)}, got {layout!r}")
        layout = "classic"
    colours = _section(raw, "colours", Colours, problems, {"*": _colour})
    for key in ("language", "second_language"):
        if raw.get(key) is not None and raw[key] not in _wording_presets():
            problems.append(f"{key}: expected one of {', '.join(wording_languages())}, got {raw[key]!r}")
    languages = raw.get("languages")
    if languages is not None and (not isinstance(languages, list | tuple) or not 1 <= len(languages) <= 2
                                  or any(x not in _wording_presets() for x in languages)):
        problems.append(f"languages: expected one or two of {', '.join(wording_languages())}")
    wording = _wording(raw, problems)
    fonts = _section(raw, "fonts", Fonts, problems, {"*": _face})
    logo = _section(
        raw, "logo", LogoPlacement, problems, {"position": _position, "max_height_mm": _height}
    )
    background = _load_image_ref(raw.get("background_image"), "background_image", problems)
    sigs: list[Signatory] = []
    raw_sigs = raw.get("signatories", [])
    if not isinstance(raw_sigs, list):
        problems.append("signatories: expected a list")
        raw_sigs = []
    if len(raw_sigs) > MAX_SIGNATORIES:
        problems.append(f"signatories: at most {MAX_SIGNATORIES}, got {len(raw_sigs)}")
    for i, s in enumerate(raw_sigs[:MAX_SIGNATORIES]):
        where = f"signatories[{i}]"
        if not isinstance(s, Mapping) or not isinstance(s.get("name"), str) or not s["name"]:
            problems.append(f"{where}: expected an object with a non-empty name")
            continue
        title = s.get("title", "")
        if not isinstance(title, str):
            problems.append(f"{where}.title: expected text")
            title = ""
        img = _load_image_ref(s.get("signature_image"), f"{where}.signature_image", problems)
        sigs.append(Signatory(s["name"], title, img))
    supplement = raw.get("supplement", True)
    if not isinstance(supplement, bool):
        problems.append(f"supplement: expected true or false, got {supplement!r}")
    if problems:
        raise TemplateError(tid, problems)
    return Template(
        id=tid,
        name=name,
        layout=cast(Layout, layout),
        description=str(raw.get("description", "")),
        colours=colours,
        wording=wording,
        fonts=fonts,
        logo=logo,
        background_image=background,
        signatories=tuple(sigs),
        supplement=supplement is not False,
        raw=copy.deepcopy({k: v for k, v in raw.items()}),
    )
