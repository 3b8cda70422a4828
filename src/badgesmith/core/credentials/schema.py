"""Conformance to the official 1EdTech OB 3.0 JSON Schemas (offline): AchievementCredential, and
EndorsementCredential for endorsements."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import datetime
from functools import cache
from typing import Any

from jsonschema import Draft201909Validator, FormatChecker
from jsonschema.exceptions import ValidationError

from badgesmith.resources import resource_path

SCHEMA_FILE = "ob_v3p0_achievementcredential_schema.json"
ENDORSEMENT_SCHEMA_FILE = "ob_v3p0_endorsementcredential_schema.json"


# RFC 3339 date-time as the schema's "format": "date-time" means it (jsonschema only checks it
# when the optional rfc3339-validator is installed; we check it ourselves so that the
# conformance check really enforces the official schema).
_DATE_TIME = re.compile(
    r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$"
)


def _is_date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True  # the schema's "type" check reports non-strings
    if not _DATE_TIME.match(value):
        return False
    try:
        datetime.fromisoformat(value.upper().replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def _format_checker() -> FormatChecker:
    checker = FormatChecker()
    checker.checks("date-time")(_is_date_time)
    return checker


@cache
def _validator(name: str = SCHEMA_FILE) -> Draft201909Validator:
    schema = json.loads(resource_path("schema", name).read_text(encoding="utf-8"))
    # the schema is self-contained ($defs only): no $ref ever leaves the file, so no network
    return Draft201909Validator(schema, format_checker=_format_checker())


def _where(error: ValidationError) -> str:
    path = ""
    for part in error.absolute_path:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path or "the credential"


def _sentence(error: ValidationError) -> str:
    where = _where(error)
    v = error.validator
    if v == "required":
        missing = error.message.split("'")[1] if "'" in error.message else error.message
        return f"{where} lacks the required property '{missing}'."
    if v == "type":
        return f"{where} must be of type {error.validator_value} (the schema wants this shape)."
    if v in ("enum", "oneOf", "anyOf"):
        return f"{where} has a value the schema does not allow ({json.dumps(error.instance, ensure_ascii=False)[:80]})."
    if v == "format":
        return f"{where} is not a valid {error.validator_value} ({json.dumps(error.instance)[:60]})."
    if v == "additionalProperties":
        return f"{where} has a property the schema does not allow: {error.message}."
    return f"{where}: {error.message}."


def schema_problems(credential: Mapping[str, Any], *, endorsement: bool = False) -> list[str]:
    """Plain sentences, one per problem; an empty list means the credential conforms (to the
    EndorsementCredential schema when ``endorsement``, else to the AchievementCredential one)."""
    validator = _validator(ENDORSEMENT_SCHEMA_FILE if endorsement else SCHEMA_FILE)
    errors = sorted(validator.iter_errors(dict(credential)), key=lambda e: list(map(str, e.absolute_path)))
    return [_sentence(e) for e in errors]
