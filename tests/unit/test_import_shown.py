"""`shown`: any text from a file or a person, safe to quote in a message."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mentordesk.domain.text import shown

BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Ana Silva", "Ana Silva"),
        ("", ""),
        ("\x1b[31mred\x1b[0m", "\\x1b[31mred\\x1b[0m"),
        ("a\x00b\x7fc\x85d\x9be", "a\\x00b\\x7fc\\x85d\\x9be"),
        ("two\nlines\tand\rmore", "two\\nlines\\tand\\rmore"),
        ("\ud800 alone", "\\ud800 alone"),
        ("abc\u202edcba\u2066x\u2069\u200f", "abc\\u202edcba\\u2066x\\u2069\\u200f"),
        ("\ufeffBOM and \u2028separator", "\\ufeffBOM and \\u2028separator"),
        ("שלום 😀 café", "שלום 😀 café"),
    ],
)
def test_control_surrogate_and_bidi_characters_are_written_escaped(
    value: str, expected: str
) -> None:
    assert shown(value) == expected


def test_long_text_is_cut_saying_how_much_is_left_out() -> None:
    assert shown("x" * 100) == "x" * 80 + "… (20 more characters)"
    assert shown("y" * 11, limit=10) == "y" * 10 + "… (1 more character)"
    assert shown("z" * 2_000_000).endswith("… (1,999,920 more characters)")
    assert shown("x" * 80) == "x" * 80


def test_escapes_count_towards_the_limit() -> None:
    cut = shown("\x1b" * 100)
    assert cut == "\\x1b" * 20 + "… (80 more characters)"


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.text(max_size=300), st.integers(min_value=1, max_value=120))
def test_the_result_is_short_and_prints_as_it_reads(value: str, limit: int) -> None:
    result = shown(value, limit)
    assert len(result) <= limit + 40
    assert not [c for c in result if unicodedata.category(c) in ("Cc", "Cs") or c in BIDI]
    result.encode("utf-8")  # always encodable: no lone surrogate survives
    if len(value) <= limit and value.isprintable() and value.isascii():
        assert result == value
