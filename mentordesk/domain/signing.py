"""Signed quarterly summaries: what a pair signed, kept as signed."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from mentordesk.domain.words import translate


@dataclass(frozen=True)
class Signature:
    """Who signs a summary, when, and which version of it that makes."""

    signed_on: date
    mentor_name: str
    mentee_name: str
    version: int


@dataclass(frozen=True)
class SignedSummary:
    """A quarterly summary as a pair signed it (its PDF is read on its own)."""

    id: int
    external_id: str
    pair_id: int
    quarter: int
    signature: Signature
    sha256: str


PDF_START = b"%PDF-"
PDF_END = b"%%EOF"
_TAIL = 1024  # a PDF ends with %%EOF and at most a line break or two after it


def pdf_problem(data: bytes) -> str | None:
    """What is wrong with the bytes of a PDF, if anything: nothing drawn, not a PDF, or
    cut short (no %%EOF at the end)."""
    if not data:
        return translate("Signing", "nothing was drawn")
    if not data.startswith(PDF_START):
        return translate("Signing", "what was drawn is not a PDF")
    if not data[-_TAIL:].rstrip().endswith(PDF_END):
        return translate("Signing", "the PDF was cut short")
    return None


def digest(data: bytes) -> str:
    """The SHA-256 of a PDF's bytes, in hex: what tells a signed PDF unchanged."""
    return hashlib.sha256(data).hexdigest()
