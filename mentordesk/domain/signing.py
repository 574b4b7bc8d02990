"""Signed quarterly summaries: what a pair signed, kept as signed."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date


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


def digest(data: bytes) -> str:
    """The SHA-256 of a PDF's bytes, in hex: what tells a signed PDF unchanged."""
    return hashlib.sha256(data).hexdigest()
