"""A quick yes-or-no check against the JSON Schema, for the common case: a valid file.

`jsonschema` explains every error well and is slow to find none: most of a large
import's time went into it. Here the schema is compiled once into plain functions that
answer only "valid?"; the importer asks jsonschema for the words only about a part that
this check refuses. The keywords the format's schema uses are decided exactly as
jsonschema decides them (Draft 2020-12, with `integer` as redefined in `schema`); a
schema with any other keyword compiles to a check that refuses everything, which only
sends every part to jsonschema.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

from mentordesk.interchange.schema import document_schema

Check = Callable[[Any], bool]

_TYPES: dict[str, Callable[[Any], bool]] = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
}
_IGNORED = {"$schema", "$id", "title", "description", "$defs"}
_OBJECT_KEYS = {"type", "additionalProperties", "required", "properties"}


class _Unsupported(Exception):
    """A keyword this module does not decide."""


def _refuse(_value: Any) -> bool:
    return False


@cache
def conforms_to(definition: str | None = None) -> Check:
    """A check of the whole document, or of one of the schema's `$defs` (say, a pair)."""
    root = document_schema()
    compiler = _Compiler(root["$defs"])
    try:
        return compiler.compile(root if definition is None else root["$defs"][definition])
    except _Unsupported:
        return _refuse


class _Compiler:
    def __init__(self, definitions: dict[str, Any]) -> None:
        self._definitions = definitions
        self._compiled: dict[str, Check] = {}

    def compile(self, schema: Any) -> Check:
        """A function that says whether a value is valid under `schema`."""
        if schema is True:
            return lambda v: True
        if not isinstance(schema, dict) or schema is False:
            raise _Unsupported
        keys = set(schema) - _IGNORED
        if schema.get("type") == "object" and keys <= _OBJECT_KEYS:
            return self._object(schema)
        checks = [self._keyword(k, v, schema) for k, v in schema.items() if k not in _IGNORED]
        if len(checks) == 1:
            return checks[0]

        def every(value: Any) -> bool:
            for check in checks:  # noqa: SIM110 (a loop, not all(): quicker, and this is hot)
                if not check(value):
                    return False
            return True

        return every

    def _object(self, schema: dict[str, Any]) -> Check:
        """An object's usual keywords in one function (the bulk of the work)."""
        checks = {name: self.compile(s) for name, s in schema.get("properties", {}).items()}
        closed = schema.get("additionalProperties", True)
        if closed is not True and closed is not False:
            raise _Unsupported
        allowed = frozenset(checks) if closed is False else None
        required = tuple(schema.get("required", ()))

        def check(value: Any) -> bool:
            if not isinstance(value, dict):
                return False
            if allowed is not None and not allowed.issuperset(value):
                return False
            for name in required:
                if name not in value:
                    return False
            for name, item in value.items():
                test = checks.get(name)
                if test is not None and not test(item):
                    return False
            return True

        return check

    def _reference(self, ref: str) -> Check:
        name = ref.removeprefix("#/$defs/")
        if name == ref or name not in self._definitions:
            raise _Unsupported
        compiled = self._compiled
        if name in compiled:
            found = compiled[name]
            if found is not _refuse:
                return found
            # A definition that refers to itself: looked up when used, once compiled.
            return lambda v: compiled[name](v)  # noqa: PLW0108
        compiled[name] = _refuse  # while it is being compiled
        compiled[name] = self.compile(self._definitions[name])
        return compiled[name]

    def _properties(self, properties: dict[str, Any]) -> Check:
        checks = {name: self.compile(s) for name, s in properties.items()}

        def check(value: Any) -> bool:
            if not isinstance(value, dict):
                return True
            for name, item in value.items():
                test = checks.get(name)
                if test is not None and not test(item):
                    return False
            return True

        return check

    def _keyword(self, key: str, value: Any, schema: dict[str, Any]) -> Check:
        if (build := _VALUE_KEYWORDS.get(key)) is not None:
            return build(value)
        builders: dict[str, Callable[[], Check]] = {
            "$ref": lambda: self._reference(value),
            "items": lambda: _each(self.compile(value)),
            "required": lambda: _required(value),
            "properties": lambda: self._properties(value),
            "additionalProperties": lambda: _closed(value, schema),
            "anyOf": lambda: _any_of([self.compile(s) for s in value]),
            "oneOf": lambda: _one_of([self.compile(s) for s in value]),
        }
        if key not in builders:
            raise _Unsupported
        return builders[key]()


def _required(names: list[str]) -> Check:
    return lambda v: not isinstance(v, dict) or all(n in v for n in names)


def _closed(value: Any, schema: dict[str, Any]) -> Check:
    if value is not False or "patternProperties" in schema:
        raise _Unsupported
    allowed = frozenset(schema.get("properties", {}))
    return lambda v: not isinstance(v, dict) or allowed.issuperset(v)


def _one_of(options: list[Check]) -> Check:
    return lambda v: sum(1 for option in options if option(v)) == 1


def _type(value: str | list[str]) -> Check:
    kinds = [value] if isinstance(value, str) else value
    if set(kinds) <= {"string", "array", "object", "null"}:  # no bool-int subtleties
        classes = tuple(
            {"string": str, "array": list, "object": dict}.get(k, type(None)) for k in kinds
        )
        return lambda v: isinstance(v, classes)
    tests = [_TYPES[k] for k in kinds]
    return lambda v: any(test(v) for test in tests)


def _each(item: Check) -> Check:
    def items(value: Any) -> bool:
        if isinstance(value, list):
            for x in value:  # a loop, not all(): this runs for every list in a file
                if not item(x):
                    return False
        return True

    return items


def _any_of(options: list[Check]) -> Check:
    def any_of(value: Any) -> bool:
        for option in options:  # noqa: SIM110 (a loop, not any(): quicker, and this is hot)
            if option(value):
                return True
        return False

    return any_of


def _pattern(pattern: str) -> Check:
    search = re.compile(pattern).search  # jsonschema: re.search, unanchored
    return lambda v: not isinstance(v, str) or search(v) is not None


def _enum(allowed: list[Any]) -> Check:
    """Membership as jsonschema decides it for texts, booleans, numbers and null: true is
    not 1 there, 1.0 is 1. Any other kind of allowed value is not decided here."""
    if not all(a is None or isinstance(a, str | bool | int | float) for a in allowed):
        raise _Unsupported
    choices = {_key(a) for a in allowed}
    return lambda v: _key(v) in choices if v is None or isinstance(v, str | int | float) else False


def _key(value: Any) -> tuple[str, Any]:
    if isinstance(value, bool):
        return ("boolean", value)
    if isinstance(value, int | float):
        return ("number", value)
    return (type(value).__name__, value)


_VALUE_KEYWORDS: dict[str, Callable[[Any], Check]] = {
    "type": _type,
    "enum": _enum,
    "const": lambda value: _enum([value]),
    "minLength": lambda n: lambda v: not isinstance(v, str) or len(v) >= n,
    "maxLength": lambda n: lambda v: not isinstance(v, str) or len(v) <= n,
    "pattern": _pattern,
    "minimum": lambda n: lambda v: not _TYPES["number"](v) or v >= n,
    "maximum": lambda n: lambda v: not _TYPES["number"](v) or v <= n,
    "minItems": lambda n: lambda v: not isinstance(v, list) or len(v) >= n,
}
