"""Rules for text a person types: what a single-line field may hold."""

from __future__ import annotations

import re
import unicodedata

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# An addr-spec of dot-atoms (RFC 5322 3.4.1), non-ASCII letters allowed (RFC 6532): what
# a mailto: URI carries once percent-encoded (RFC 6068) and an e-mail draft's headers
# carry. Quoted local parts, comments and address literals are refused, not guessed at.
_ATOM = r"(?:[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]|[^\x00-\x7f\s])+"
_EMAIL = re.compile(rf"{_ATOM}(\.{_ATOM})*@{_ATOM}(\.{_ATOM})+")

NAME_MAX = 200
EMAIL_MAX = 254


def clean_line(value: str | None) -> str:
    """`value` as one line of text: NFC-normalised, surrounding blanks removed."""
    return unicodedata.normalize("NFC", value or "").strip()


def line_problem(value: str, label: str, *, required: bool, limit: int = NAME_MAX) -> str | None:
    """What is wrong with a single-line field, or None when it is fine."""
    if not value:
        return f"{label} is required" if required else None
    if "\n" in value or "\r" in value or _CONTROL.search(value):
        return f"{label} must be one line without control characters"
    if len(value) > limit:
        return f"{label} is longer than {limit} characters"
    return None


def email_problem(value: str) -> str | None:
    """What is wrong with an email address, or None when it looks deliverable."""
    if not value:
        return "an email address is required"
    if len(value) > EMAIL_MAX or _CONTROL.search(value) or not _EMAIL.fullmatch(value):
        return (
            f"'{value}' is not a valid email address (like name@example.org, without "
            "spaces, quotes, brackets, commas or semicolons, which invitations cannot carry)"
        )
    return None


def text_problem(value: str, label: str) -> str | None:
    """What is wrong with a multi-line text field (only control characters are)."""
    if _CONTROL.search(value.replace("\t", " ")):
        return f"{label} contains control characters"
    return None


def slugify(text: str, fallback: str) -> str:
    """A readable lower-case id made of `text`: 'Ana Silva' -> 'ana-silva'."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    return slug[:60].rstrip("-") or fallback
