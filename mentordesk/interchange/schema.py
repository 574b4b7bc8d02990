"""Checking a document against the shipped JSON Schema, with errors named by JSON path."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from mentordesk.errors import Problem
from mentordesk.resource_files import resource

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError as SchemaError

MAX_PROBLEMS = 20


def json_path(parts: Iterable[str | int]) -> str:
    """`['pairs', 0, 'goals', 2]` as `pairs[0].goals[2]`."""
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(document)"


@cache
def _validator() -> Draft202012Validator:
    from jsonschema import Draft202012Validator  # loaded on first use, not at start-up

    schema = json.loads(resource("interchange-v1.schema.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


def schema_problems(document: Any) -> list[Problem]:
    """Every way `document` breaks the schema, as path and plain message, paths in order."""
    errors = sorted(_validator().iter_errors(document), key=lambda e: _sort_key(e.absolute_path))
    problems: list[Problem] = []
    for error in errors:
        for problem in _explain(error):
            if problem not in problems:
                problems.append(problem)
    return problems[:MAX_PROBLEMS]


def _sort_key(path: Sequence[str | int]) -> list[tuple[int, str]]:
    return [(0, f"{p:09d}") if isinstance(p, int) else (1, p) for p in path]


def _explain(error: SchemaError) -> list[Problem]:
    """Plain words for one schema error; the deepest cause for anyOf/oneOf choices."""
    path = list(error.absolute_path)
    keyword = error.validator
    if keyword == "additionalProperties":
        allowed = set(error.schema.get("properties", {}))
        extra = sorted(set(error.instance) - allowed)
        return [Problem(json_path([*path, name]), "unknown field") for name in extra]
    if keyword == "required":
        missing = error.message.split("'")[1]
        return [Problem(json_path([*path, missing]), "missing (this field is required)")]
    if keyword in ("anyOf", "oneOf") and error.context:
        deepest = max(error.context, key=lambda e: (len(e.absolute_path), e.validator != "type"))
        if deepest.validator != "type" or len(deepest.absolute_path) > len(path):
            return _explain(deepest)
    return [Problem(json_path(path), _message(error))]


def _message(error: SchemaError) -> str:
    keyword, value, found = error.validator, error.validator_value, error.instance
    if keyword == "pattern":
        return f"{found!r} is not in the expected form {_form(value)}"
    if keyword == "type":
        return f"expected {_type_words(value)}, found {found!r}"
    if keyword == "minLength":
        return "must not be empty" if value == 1 else f"{found!r} is too short"
    if keyword == "maxLength":
        return f"longer than {value} characters"
    if keyword == "enum":
        return f"{found!r} is not one of " + ", ".join(repr(v) for v in value if v is not None)
    return str(error.message)


def _form(pattern: str) -> str:
    if pattern == r"^\d{4}-\d{2}-\d{2}$":
        return "YYYY-MM-DD"
    if "[0-5]" in pattern and "T" not in pattern:
        return "HH:MM"
    return "of an ISO 8601 date and time"


def _type_words(kind: str | list[str]) -> str:
    words = {
        "string": "text",
        "integer": "a whole number",
        "boolean": "true or false",
        "array": "a list",
        "object": "an object",
        "null": "null",
        "number": "a number",
    }
    kinds = [kind] if isinstance(kind, str) else kind
    return " or ".join(words.get(k, k) for k in kinds)
