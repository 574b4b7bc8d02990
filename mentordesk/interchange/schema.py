"""Checking a document against the shipped JSON Schema, with errors named by JSON path."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from mentordesk.domain.text import shown
from mentordesk.errors import Problem
from mentordesk.resource_files import resource

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError as SchemaError
    from jsonschema.protocols import Validator

MAX_PROBLEMS = 20  # listed in one refusal; the rest are counted
KEY_SHOWN = 40  # characters of a field's name in a path (a file may carry any name)


def json_path(parts: Iterable[str | int]) -> str:
    """`['pairs', 0, 'goals', 2]` as `pairs[0].goals[2]`; names safe to print."""
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            name = shown(part, KEY_SHOWN) if part else "''"
            text += f".{name}" if text else name
    return text or "(document)"


def path_order(path: Iterable[str | int]) -> list[tuple[int, str]]:
    """A sort key that puts JSON paths in document order (indexes as numbers)."""
    return [(0, f"{p:020d}") if isinstance(p, int) else (1, p) for p in path]


def capped(
    problems: Sequence[Problem], limit: int = MAX_PROBLEMS, total: int | None = None
) -> list[Problem]:
    """The first `limit` problems, safe to print, then one line counting the rest (of
    `total`, when only the first ones were kept)."""
    kept = [Problem(shown(p.where, 200), shown(p.message, 400)) for p in problems[:limit]]
    if (rest := (len(problems) if total is None else total) - limit) > 0:
        kept.append(Problem("", f"and {rest:,} more problem{'' if rest == 1 else 's'}"))
    return kept


def describe(value: Any) -> str:
    """A value from a document as a message quotes it: short, escaped, in JSON's words."""
    if isinstance(value, str):
        return f"'{shown(value)}'"
    if isinstance(value, bool) or value is None:
        return {True: "true", False: "false", None: "null"}[value]
    if isinstance(value, int) and value.bit_length() > 100:
        return f"a number of about {int(value.bit_length() * 0.30103) + 1:,} digits"
    if isinstance(value, list | dict):
        kind = "list" if isinstance(value, list) else "object"
        return f"an empty {kind}" if not value else f"a{'n' if kind == 'object' else ''} {kind}"
    return shown(str(value) if isinstance(value, int) else repr(value), 40)


def _is_integer(_checker: object, instance: object) -> bool:
    """A whole number as JSON writes one: not true or false, not 5.0."""
    return isinstance(instance, int) and not isinstance(instance, bool)


@cache
def document_schema() -> dict[str, Any]:
    """The shipped JSON Schema of the format."""
    found: dict[str, Any] = json.loads(
        resource("interchange-v1.schema.json").read_text(encoding="utf-8")
    )
    return found


@cache
def _validator(definition: str | None = None) -> Validator:
    """A validator for the document, or for one of its `$defs` (say, a pair)."""
    from jsonschema import Draft202012Validator, validators  # loaded on first use

    schema = document_schema()
    if definition is not None:
        schema = {"$defs": schema["$defs"], "$ref": f"#/$defs/{definition}"}
    checker = Draft202012Validator.TYPE_CHECKER.redefine("integer", _is_integer)
    strict = validators.extend(Draft202012Validator, type_checker=checker)
    return strict(schema)


def schema_problems(
    document: Any, at: tuple[str | int, ...] = (), definition: str | None = None
) -> list[Problem]:
    """Every way `document` breaks the schema, as path and plain message, paths in order.

    With `definition`, `document` is checked as that part of a document (one of the
    schema's `$defs`, say a pair) standing `at` that path: the problems are those the
    whole document's check finds there."""
    return [problem for _, problem in schema_findings(document, at, definition)]


def schema_findings(
    document: Any, at: tuple[str | int, ...] = (), definition: str | None = None
) -> list[tuple[list[str | int], Problem]]:
    """`schema_problems`, each with the path of the error it explains (relative to
    `document`), by which they are ordered."""
    validator = _validator(definition)
    errors = sorted(validator.iter_errors(document), key=lambda e: path_order(e.absolute_path))
    problems: dict[Problem, list[str | int]] = {}
    for error in errors:
        for problem in _explain(error, at):
            problems.setdefault(problem, list(error.absolute_path))
    return [(path, problem) for problem, path in problems.items()]


def _explain(error: SchemaError, at: tuple[str | int, ...] = ()) -> list[Problem]:
    """Plain words for one schema error; the deepest cause for anyOf/oneOf choices.
    `at` is the path of the part the error was found in."""
    own = list(error.absolute_path)
    path = [*at, *own]
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
        if deepest.validator != "type" or len(deepest.absolute_path) > len(own):
            return _explain(deepest, at)
    return [Problem(json_path(path), _message(error))]


_MESSAGES: dict[str, Callable[[Any, Any], str]] = {
    "pattern": lambda value, found: f"{describe(found)} is not in the expected form {_form(value)}",
    "type": lambda value, found: f"expected {_type_words(value)}, found {describe(found)}",
    "minLength": lambda value, found: (
        "must not be empty" if value == 1 else f"{describe(found)} is too short"
    ),
    "maxLength": lambda value, found: f"longer than {value} characters",
    "enum": lambda value, found: (
        f"{describe(found)} is not one of " + ", ".join(repr(v) for v in value if v is not None)
    ),
    "const": lambda value, found: f"expected {describe(value)}, found {describe(found)}",
    "minimum": lambda value, found: f"{describe(found)} is less than the minimum of {value}",
    "maximum": lambda value, found: f"{describe(found)} is greater than the maximum of {value}",
    "minItems": lambda value, found: f"needs at least {value} item{'' if value == 1 else 's'}",
    "oneOf": lambda value, found: f"{describe(found)} is not one of the forms this field takes",
    "anyOf": lambda value, found: f"{describe(found)} is not one of the forms this field takes",
}


def _message(error: SchemaError) -> str:
    explain = _MESSAGES.get(str(error.validator))
    if explain is None:
        return shown(str(error.message), 200)
    return explain(error.validator_value, error.instance)


def _form(pattern: str) -> str:
    if pattern == "^[0-9a-f]{64}$":
        return "of a SHA-256: 64 digits and letters a to f, in lower case"
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
