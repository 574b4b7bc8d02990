"""Rules for text a person types: what a single-line field may hold, and how any text
is quoted safely in a message."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sized

from mentordesk.domain.words import one_or_many, translate

# C0 (but tab and line breaks, which the rules below treat on their own), DEL and C1.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# What `shown` writes escaped: every control character, lone surrogates, the controls
# that reorder text (bidi embeddings, overrides, isolates and marks, which can make a
# message say something other than it does), line and paragraph separators, and BOMs.
_UNSAFE = re.compile(
    r"[\x00-\x1f\x7f-\x9f\ud800-\udfff\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]"
)
# An addr-spec of dot-atoms (RFC 5322 3.4.1), non-ASCII letters allowed (RFC 6532): what
# a mailto: URI carries once percent-encoded (RFC 6068) and an e-mail draft's headers
# carry. Quoted local parts, comments and address literals are refused, not guessed at.
_ATOM = r"(?:[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]|[^\x00-\x7f\s])+"
_EMAIL = re.compile(rf"{_ATOM}(\.{_ATOM})*@{_ATOM}(\.{_ATOM})+")

NAME_MAX = 200
EMAIL_MAX = 254
TEXT_MAX = 2_000_000  # characters in any one text: a 1 MB note fits comfortably


def shown(value: str, limit: int = 80) -> str:
    """`value` made safe to put in a message printed to a terminal or shown in a dialog.

    Control characters (so escape sequences such as ESC [31m), lone surrogates and the
    characters that reorder or break lines are written as escapes (`\\x1b`, `\\u202e`);
    text longer than `limit` characters is cut, saying how much was left out.
    """
    if len(value) <= limit:
        return _UNSAFE.sub(_escape, value)
    kept: list[str] = []
    width = 0
    for char in value:
        piece = _escape_char(char) if _UNSAFE.match(char) else char
        if width + len(piece) > limit:
            break
        kept.append(piece)
        width += len(piece)
    rest = len(value) - len(kept)
    return "".join(kept) + one_or_many(
        rest,
        translate("Text", "… ({count} more character)"),
        translate("Text", "… ({count} more characters)"),
        count=f"{rest:,}",
    )


def _escape(match: re.Match[str]) -> str:
    return _escape_char(match.group())


_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape_char(char: str) -> str:
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def clean_line(value: str | None) -> str:
    """`value` as one line of text: NFC-normalised, surrounding blanks removed."""
    return unicodedata.normalize("NFC", value or "").strip()


def line_problem(value: str, label: str, *, required: bool, limit: int = NAME_MAX) -> str | None:
    """What is wrong with a single-line field, or None when it is fine."""
    if not value:
        return translate("Text", "{label} is required").format(label=label) if required else None
    if "\n" in value or "\r" in value or _CONTROL.search(value):
        return translate("Text", "{label} must be one line without control characters").format(
            label=label
        )
    if len(value) > limit:
        return translate("Text", "{label} is longer than {limit} characters").format(
            label=label, limit=limit
        )
    return None


def email_problem(value: str) -> str | None:
    """What is wrong with an email address, or None when it looks deliverable."""
    if not value:
        return translate("Text", "an email address is required")
    if len(value) > EMAIL_MAX or _CONTROL.search(value) or not _EMAIL.fullmatch(value):
        return translate(
            "Text",
            "'{address}' is not a valid email address (like name@example.org, without "
            "spaces, quotes, brackets, commas or semicolons, which invitations cannot carry)",
        ).format(address=shown(value))
    return None


def text_problem(value: str, label: str) -> str | None:
    """What is wrong with a multi-line text field (only control characters are)."""
    if _CONTROL.search(value.replace("\t", " ")):
        return translate("Text", "{label} contains control characters").format(label=label)
    return None


def slugify(text: str, fallback: str) -> str:
    """A readable lower-case id made of `text`: 'Ana Silva' -> 'ana-silva'."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    return slug[:60].rstrip("-") or fallback


def count(items: Sized | int, one: str, many: str) -> str:
    """'1 person', '3 people': a number with the right form of its noun."""
    n = items if isinstance(items, int) else len(items)
    return f"{n} {one if n == 1 else many}"
