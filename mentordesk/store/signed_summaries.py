"""The signed summaries repository: each signed PDF as it was signed, never changed."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, Row, insert, select
from sqlalchemy.exc import IntegrityError

from mentordesk.domain.signing import Signature, SignedSummary
from mentordesk.errors import NotFoundError, UserFacingError
from mentordesk.store import tables
from mentordesk.store.handles import Handle
from mentordesk.store.in_lists import among, chunks, existing_values

SIGNED = tables.signed_summaries.c
# Everything but the PDF, in the order `_record` reads it.
OUTLINE = (
    SIGNED.id,
    SIGNED.external_id,
    SIGNED.pair_id,
    SIGNED.quarter,
    SIGNED.version,
    SIGNED.signed_on,
    SIGNED.mentor_name,
    SIGNED.mentee_name,
    SIGNED.sha256,
)


def _record(row: Row[*tuple[Any, ...]] | tuple[Any, ...]) -> SignedSummary:
    id_, xid, pair_id, quarter, version, signed_on, mentor, mentee, sha = row
    return SignedSummary(
        id_, xid, pair_id, quarter, Signature(signed_on, mentor, mentee, version), sha
    )


class SignedSummaryRepository:
    """Reads and adds signed summaries within one unit of work (Core: no model)."""

    def __init__(self, session: Handle) -> None:
        self._session = session

    def of_pair(self, pair_id: int) -> list[SignedSummary]:
        """A pair's signed summaries, by quarter, then version."""
        where = SIGNED.pair_id == pair_id
        return self._read(where, SIGNED.quarter, SIGNED.version)

    def by_digest(self, sha256: str) -> list[SignedSummary]:
        """The signed summaries whose PDF has this SHA-256 (one, in practice)."""
        return self._read(SIGNED.sha256 == sha256, SIGNED.id)

    def latest(self, pair_id: int, quarter: int) -> SignedSummary | None:
        """The latest version signed of a pair's quarter, if any."""
        found = self._read(
            (SIGNED.pair_id == pair_id) & (SIGNED.quarter == quarter), SIGNED.version
        )
        return found[-1] if found else None

    def whole_of_pairs(
        self, pair_ids: Iterable[int]
    ) -> dict[int, list[tuple[SignedSummary, bytes, str]]]:
        """Several pairs' signed summaries with their PDF and what they showed, by
        quarter and version (for an export; one query per chunk of pairs)."""
        wanted = list(pair_ids)
        found: dict[int, list[tuple[SignedSummary, bytes, str]]] = {p: [] for p in wanted}
        for batch in chunks(wanted):
            query = (
                select(*OUTLINE, SIGNED.pdf, SIGNED.shown)
                .where(among(self._session, SIGNED.pair_id, batch))
                .order_by(SIGNED.quarter, SIGNED.version)
            )
            for row in self._session.execute(query):
                summary = _record(row[: len(OUTLINE)])
                found[summary.pair_id].append((summary, bytes(row.pdf), str(row.shown)))
        return found

    def pdf(self, summary_id: int) -> bytes:
        """The PDF as it was signed, byte for byte."""
        data = self._session.scalar(select(SIGNED.pdf).where(SIGNED.id == summary_id))
        if data is None:
            raise NotFoundError(f"there is no signed summary with id {summary_id}")
        return bytes(data)

    def shown(self, summary_id: int) -> str:
        """What the signed summary showed, as the JSON kept with it."""
        found = self._session.scalar(select(SIGNED.shown).where(SIGNED.id == summary_id))
        if found is None:
            raise NotFoundError(f"there is no signed summary with id {summary_id}")
        return str(found)

    def existing_external_ids(self, candidates: Iterable[str]) -> set[str]:
        """Which of `candidates` are already a signed summary's external id."""
        return existing_values(self._session, SIGNED.external_id, candidates)

    def add(
        self,
        pair_id: int,
        external_id: str,
        quarter: int,
        signature: Signature,
        *,
        pdf: bytes,
        sha256: str,
        shown: str,
    ) -> int:
        """Keep a signed summary; returns its id. Another install that kept the same
        version meanwhile (a shared server) is told as UserFacingError."""
        try:
            result = self._session.execute(
                insert(tables.signed_summaries)
                .values(
                    external_id=external_id,
                    pair_id=pair_id,
                    quarter=quarter,
                    version=signature.version,
                    signed_on=signature.signed_on,
                    mentor_name=signature.mentor_name,
                    mentee_name=signature.mentee_name,
                    sha256=sha256,
                    pdf=pdf,
                    shown=shown,
                )
                .returning(SIGNED.id)
            )
        except IntegrityError:
            raise UserFacingError(
                f"Version {signature.version} of this summary was signed meanwhile on another "
                "computer; prepare it again to sign the next version."
            ) from None
        return int(result.scalar_one())

    def _read(self, where: ColumnElement[bool], *order: ColumnElement[Any]) -> list[SignedSummary]:
        query = select(*OUTLINE).where(where).order_by(*order)
        return [_record(row) for row in self._session.execute(query)]
