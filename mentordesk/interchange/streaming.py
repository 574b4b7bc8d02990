"""A document read a piece at a time: its top level whole, its pairs one by one.

A team's file can hold hundreds of megabytes of pairs; read whole, as Python objects, it
takes several times that. Here the top-level object is followed by hand and each of its
values is read by the same decoder, with the same hooks, as `parse_json` uses (so a value
comes out exactly as it would from the whole text), from a window of the text that slides
along the file. The pairs are skipped on a first pass (`outline`) and handed out one at a
time on a second (`pairs`), so a pair is checked and written, then dropped.

Anything this reader does not follow (malformed JSON, a top level that is not an object,
a key given twice there) raises NotStreamable: the caller then reads the text whole, as
before, which words the problem exactly.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from mentordesk.interchange.json_text import NotANumber, object_hook

CHUNK = 1 << 20  # characters read at a time
_WHITESPACE = " \t\n\r"  # JSON's, as the json module reads it
_DECODER = json.JSONDecoder(object_pairs_hook=object_hook, parse_constant=NotANumber)
_SKIPPER = json.JSONDecoder()  # for values that are only stepped over


class NotStreamable(Exception):
    """The text is not a document this reader follows; read it whole instead."""


@dataclass(frozen=True)
class Outline:
    """A document's top level with `pairs` left empty, and how many pairs it holds."""

    head: dict[str, Any]
    pair_count: int


def text_chunks(stream: BinaryIO, size: int = CHUNK) -> Iterator[str]:
    """The UTF-8 text of a binary stream (a byte order mark dropped), a chunk at a time;
    NotStreamable when it is not UTF-8."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    try:
        while block := stream.read(size):
            if text := decoder.decode(block):
                yield text
        if text := decoder.decode(b"", final=True):
            yield text
    except UnicodeDecodeError:
        raise NotStreamable from None


def outline(chunks: Iterable[str]) -> Outline:
    """The top level of the document in `chunks`, its pairs stepped over and counted."""
    head: list[tuple[str, Any]] = []
    count = 0
    for key, value in _Scanner(chunks).members(lambda key: key != "pairs"):
        if key != "pairs":
            head.append((key, value))
            continue
        if not isinstance(value, _Pairs):  # not a list: read whole, as before
            raise NotStreamable
        count += sum(1 for _ in value)
        head.append((key, []))
    document = object_hook(head)
    if getattr(document, "duplicates", ()):
        raise NotStreamable
    return Outline(document, count)


def pairs(chunks: Iterable[str]) -> Iterator[Any]:
    """The elements of the document's `pairs` list, one at a time, as `parse_json` reads
    them (call `outline` first: it checks the rest)."""
    for key, value in _Scanner(chunks).members(lambda key: False, decode=True):
        if key == "pairs" and isinstance(value, _Pairs):
            yield from value


class _Pairs:
    """The `pairs` list being read: iterating reads its elements in turn."""

    def __init__(self, scanner: _Scanner, decode: bool) -> None:
        self._scanner = scanner
        self._decode = decode

    def __iter__(self) -> Iterator[Any]:
        return self._scanner.elements(self._decode)


class _Scanner:
    """JSON text followed through a sliding window: whitespace, punctuation, values."""

    def __init__(self, chunks: Iterable[str]) -> None:
        self._chunks = iter(chunks)
        self._text = ""
        self._at = 0
        self._ended = False

    def members(
        self, whole: Callable[[str], bool], *, decode: bool = False
    ) -> Iterator[tuple[str, Any]]:
        """The top-level object's (key, value) pairs in order. A value whose key `whole`
        accepts is read whole; a `pairs` list is handed out as _Pairs (to be iterated
        before the next member), other values are stepped over (None)."""
        self._expect("{")
        if self._peek() == "}":
            self._at += 1
        else:
            while True:
                key = self._value(_DECODER)
                if not isinstance(key, str):
                    raise NotStreamable
                self._expect(":")
                if whole(key):
                    yield key, self._value(_DECODER)
                elif key == "pairs" and self._peek() == "[":
                    yield key, _Pairs(self, decode)
                else:
                    yield key, self._value(_SKIPPER)
                if self._punctuation(",}") == "}":
                    break
        if self._peek() != "":  # only whitespace may follow
            raise NotStreamable

    def elements(self, decode: bool) -> Iterator[Any]:
        """The elements of the list that starts here, each read whole (or stepped over)."""
        self._expect("[")
        if self._peek() == "]":
            self._at += 1
            return
        decoder = _DECODER if decode else _SKIPPER
        while True:
            value = self._value(decoder)
            yield value if decode else None
            if self._punctuation(",]") == "]":
                return

    # -- the window ------------------------------------------------------------------
    def _more(self) -> bool:
        """Read the next chunk into the window (dropping what was read); False at the end."""
        if self._ended:
            return False
        chunk = next(self._chunks, None)
        if chunk is None:
            self._ended = True
            return False
        self._text = self._text[self._at :] + chunk
        self._at = 0
        return True

    def _peek(self) -> str:
        """The next character that is not whitespace ('' at the end), not taken."""
        while True:
            text, at = self._text, self._at
            while at < len(text) and text[at] in _WHITESPACE:
                at += 1
            self._at = at
            if at < len(text):
                return text[at]
            if not self._more():
                return ""

    def _expect(self, character: str) -> None:
        if self._peek() != character:
            raise NotStreamable
        self._at += 1

    def _punctuation(self, allowed: str) -> str:
        found = self._peek()
        if found == "" or found not in allowed:
            raise NotStreamable
        self._at += 1
        return found

    def _value(self, decoder: json.JSONDecoder) -> Any:
        """The JSON value that starts here. A value is complete only when the text goes
        on after it (a number may go on in the next chunk) or the text has ended; a
        value cut off by the window's end is read again with more of the text, the
        window at least doubled each time."""
        self._peek()
        while True:
            try:
                value, end = decoder.raw_decode(self._text, self._at)
            except (ValueError, RecursionError):  # JSONDecodeError is a ValueError
                if not self._grow():
                    raise NotStreamable from None
                continue
            if end < len(self._text) or not self._grow():
                self._at = end
                return value

    def _grow(self) -> bool:
        """At least double what is left in the window; False when the text has ended."""
        wanted = 2 * (len(self._text) - self._at) + 1
        grew = False
        while len(self._text) - self._at < wanted and self._more():
            grew = True
        return grew
