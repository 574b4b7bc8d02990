"""JSON text to a document, refusing what JSON lets through but a document must not hold.

`json.loads` merges duplicated keys silently, reads `NaN` and `Infinity`, accepts escaped
lone surrogates (`"\\ud800"`, which no database can store) and nests as deep as the
interpreter's stack. Here each of those is a problem named by its JSON path.
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections.abc import Callable
from typing import Any

from mentordesk.domain.text import TEXT_MAX
from mentordesk.errors import Problem, ValidationError
from mentordesk.interchange.schema import json_path, path_order

# The format nests seven levels (document, pairs, a pair, its sessions, a session, its
# action items, an item): anything much deeper is not a MentorDesk document.
MAX_DEPTH = 16

_SURROGATE = re.compile(r"[\ud800-\udfff]")
# Tokens of JSON text, enough to follow where a value is: strings, punctuation, the rest.
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"?|[{}\[\],:]|[^\s{}\[\],:"]+')


class _DuplicatedKeys(dict[str, Any]):
    """An object in which some keys appear more than once (`dict` keeps the last value)."""

    def __init__(self, pairs: list[tuple[str, Any]], duplicates: tuple[str, ...]) -> None:
        super().__init__(pairs)
        self.duplicates = duplicates


class NotANumber:
    """Where the text says `NaN`, `Infinity` or `-Infinity`, which JSON does not allow."""

    def __init__(self, word: str) -> None:
        self.word = word

    def __repr__(self) -> str:
        return self.word


def object_hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object as a dict; one with a key given twice remembers which
    (`duplicates`)."""
    found = dict(pairs)
    if len(found) == len(pairs):
        return found
    seen: set[str] = set()
    duplicates: dict[str, None] = {}
    for key, _ in pairs:
        if key in seen:
            duplicates[key] = None
        seen.add(key)
    return _DuplicatedKeys(pairs, tuple(duplicates))


def parse_json(text: str) -> Any:
    """The JSON value in `text`, or a ValidationError saying where it is malformed."""
    try:
        return json.loads(text, object_pairs_hook=object_hook, parse_constant=NotANumber)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise ValidationError.single("", f"not valid JSON ({where}): {exc.msg}") from None
    except RecursionError:
        path = _locate(text, lambda token: False)
        raise ValidationError.single(path, _too_deep()) from None
    except ValueError:  # a whole number with more digits than Python converts
        limit = sys.get_int_max_str_digits() or sys.maxsize
        path = _locate(text, lambda token: len(token.lstrip("-")) > limit)
        raise ValidationError.single(
            path, "a number with thousands of digits is too large"
        ) from None


def _too_deep() -> str:
    return f"nested more than {MAX_DEPTH} levels deep (a MentorDesk document has at most 7)"


def structure_problems(document: Any, at: tuple[str | int, ...] = ()) -> list[Problem]:
    """Duplicated keys, NaN and infinite numbers, lone surrogates, texts over TEXT_MAX
    characters and nesting deeper than MAX_DEPTH, each at its JSON path, in path order.

    `at` is where `document` stands in a larger one (a pair read alone: its problems
    are named, and its depth counted, as in the whole document)."""
    return [problem for _, problem in structure_findings(document, at)]


def structure_findings(
    document: Any, at: tuple[str | int, ...] = ()
) -> list[tuple[tuple[str | int, ...], Problem]]:
    """`structure_problems`, each with its path as a tuple."""
    if not isinstance(document, dict | list):
        message = _scalar_problem(document)
        return [(at, Problem(json_path(at), message))] if message else []
    found: list[tuple[tuple[str | int, ...], str]] = []
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(document, at)]
    while stack:
        container, path = stack.pop()
        if len(path) >= MAX_DEPTH:
            found.append((path, _too_deep()))
            continue
        if isinstance(container, dict):
            for key in getattr(container, "duplicates", ()):
                found.append(((*path, key), "appears twice in one object (a key may appear once)"))
            items: Any = container.items()
        else:
            items = enumerate(container)
        for key, value in items:
            if isinstance(key, str) and not key.isascii() and _SURROGATE.search(key):
                found.append(((*path, key), "the field's name holds a lone surrogate, not text"))
            if isinstance(value, dict | list):
                stack.append((value, (*path, key)))
            elif type(value) is str and len(value) <= TEXT_MAX and value.isascii():
                continue  # most text, and no surrogate is ASCII: the quick way
            elif (message := _scalar_problem(value)) is not None:
                found.append(((*path, key), message))
    found.sort(key=lambda item: path_order(item[0]))
    return [(path, Problem(json_path(path), message)) for path, message in found]


def _scalar_problem(value: Any) -> str | None:
    if isinstance(value, str):
        if _SURROGATE.search(value):
            return "holds a lone surrogate (like \\ud800), which is not text"
        if len(value) > TEXT_MAX:
            return f"longer than {TEXT_MAX:,} characters"
    elif isinstance(value, float) and not math.isfinite(value):
        return "a number too large to hold"
    elif isinstance(value, NotANumber):
        return f"{value.word} is not a number JSON allows"
    return None


def _locate(text: str, wanted: Callable[[str], bool]) -> str:
    """The JSON path of the first container nested deeper than MAX_DEPTH, or of the first
    other token for which `wanted(token)` is true; for text `json` could not read."""
    stack: list[list[Any]] = []  # per open container: [kind, key or index, expecting a key]
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token in ("{", "["):
            if len(stack) >= MAX_DEPTH:
                break
            stack.append([token, None, True] if token == "{" else [token, 0, False])
        elif token in ("}", "]"):
            if stack:
                stack.pop()
        elif stack and token in (",", ":"):
            _punctuation(stack[-1], token)
        elif token.startswith('"'):
            if stack and stack[-1][0] == "{" and stack[-1][2]:
                stack[-1][1] = _key(token)
        elif wanted(token):
            break
    else:
        return ""
    return json_path([entry[1] for entry in stack if entry[1] is not None])


def _punctuation(top: list[Any], token: str) -> None:
    if token == ":":
        top[2] = False
    elif top[0] == "{":
        top[2] = True
    else:
        top[1] += 1


def _key(token: str) -> str:
    try:
        key = json.loads(token)
    except ValueError:
        return token.strip('"')
    return key if isinstance(key, str) else token
