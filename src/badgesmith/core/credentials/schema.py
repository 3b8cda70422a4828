"""Conformance to the official 1EdTech OB 3.0 AchievementCredential JSON Schema (offline)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from typing import Any

from jsonschema import Draft201909Validator, FormatChecker
from jsonschema.exceptions import ValidationError

from badgesmith.resources import resource_path

SCHEMA_FILE = "ob_v3p0_achievementcredential_schema.json"


@cache
def _validator() -> Draft201909Validator:
    schema = json.loads(resource_path("schema", SCHEMA_FILE).read_text(encoding="utf-8"))
    # the schema is self-contained ($defs only): no $ref ever leaves the file, so no network
    return Draft201909Validator(schema, format_checker=FormatChecker())


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


def schema_problems(credential: Mapping[str, Any]) -> list[str]:
    """Plain sentences, one per problem; an empty list means the credential conforms."""
    errors = sorted(_validator().iter_errors(dict(credential)), key=lambda e: list(map(str, e.absolute_path)))
    return [_sentence(e) for e in errors]
