"""Signing a quarterly summary: the PDF kept as signed, a new version for each change,
and `verify` telling a signed PDF unchanged.

The window draws the PDF (services never paint): `prepare` says who signs and which
version it will be, the window renders that, and `sign` keeps exactly those bytes, with
their SHA-256 and the figures the summary showed."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from mentordesk.domain.date_words import day_text
from mentordesk.domain.goals import Goal
from mentordesk.domain.pairs import Role
from mentordesk.domain.signing import Signature, SignedSummary, digest, pdf_problem
from mentordesk.errors import UserFacingError, ValidationError
from mentordesk.services.clock import Clock, today
from mentordesk.services.ids import unique_id
from mentordesk.services.report import ItemLine, Moment, QuarterReport, save_pdf
from mentordesk.store.unit_of_work import Store


@dataclass(frozen=True)
class Verification:
    """What `verify` found: the signed summary a PDF is, unchanged, or none; in words."""

    signed: SignedSummary | None
    message: str


def shown(report: QuarterReport) -> str:
    """What a summary shows, as JSON kept with its signature: everything its pages print
    (but the moment of printing, told by the day), so that two summaries that show the
    same are told the same, and one that shows anything else is not."""

    def item(line: ItemLine) -> list[Any]:
        a = line.item
        return [line.owner, a.external_id, a.text, _day(a.due), _day(a.done_on), line.overdue]

    facts: dict[str, Any] = {
        # A peer pair's kind and a mentor's goals are told (what a mentor → mentee pair
        # signed before peer pairs existed shows the same as it did).
        "pair": [report.pair.external_id, report.pair.mentor.name, report.pair.mentee.name]
        + ([report.pair.kind.value] if report.pair.peers else [])
        + ([list(report.pair.closing)] if any(report.pair.closing) else []),
        "quarter": report.span.number,
        "span": [_day(report.span.starts_on), _day(report.span.ends_on)],
        "moment": [report.moment.value, _day(report.as_of.date())],
        "manager_copy": report.manager_copy,
        "meetings": vars(report.figures),
        "items": vars(report.items),
        "open": [item(line) for line in report.open_at_end],
        "completed": [item(line) for line in report.completed],
        "dropped": [[*item(line), _day(line.item.dropped_on)] for line in report.dropped],
        "goals": [
            [
                line.goal.external_id,
                line.goal.skill.value,
                line.goal.title,
                line.goal.specific,
                line.goal.measure,
                _day(line.goal.target_date),
                line.goal.status.value if report.current else None,
                line.progress,
                line.behind,
                line.goal.outcome.value if line.goal.outcome else None,
                line.goal.reflection,
                line.carried_to,
                [
                    [_day(c.on), c.progress]
                    for c in line.goal.checkins
                    if c.on <= report.as_of.date()
                ],
                *_owner(line.goal),
            ]
            for line in report.goals
        ],
        "held": [
            [s.external_id, s.scheduled_for.isoformat(), list(s.topics)]
            for s in report.held_sessions
        ],
        "runs": [
            [r.external_id, r.title, _day(r.started_on), _day(r.completed_on), r.outcome]
            for r in report.runs
        ],
        "health": [[name, list(a.scores), a.comment] for name, a in report.health],
        "next_goals": [
            [g.external_id, g.title, _day(g.target_date), *_owner(g)] for g in report.next_goals
        ],
        "wins": [[who, _day(w.won_on), w.text] for who, w in report.wins],
    }
    return json.dumps(facts, sort_keys=True, ensure_ascii=False)


def _owner(goal: Goal) -> list[Any]:
    """Whose goal, when it is not the mentee's, its milestones and its self-assessments,
    when it has some (else nothing: what was signed before they existed shows the same)."""
    extra: list[Any] = [] if goal.owner is Role.MENTEE else [goal.owner.value]
    if goal.milestones:
        extra.append([[m.text, _day(m.due), _day(m.reached_on)] for m in goal.milestones])
    if goal.assessments:
        extra.append(
            {a.stage.value: [a.score, a.evidence, _day(a.assessed_on)] for a in goal.assessments}
        )
    return extra


def _day(day: date | None) -> str | None:
    return day.isoformat() if day else None


class SigningService:
    """Signs quarterly summaries and tells signed PDFs; each call is one transaction."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    def prepare(self, report: QuarterReport) -> QuarterReport:
        """`report` as it will be signed today by both partners: the next version of its
        quarter's summary. Refused when that summary was signed and nothing in it has
        changed since."""
        if report.moment is Moment.AHEAD:
            raise UserFacingError(
                f"Quarter {report.span.number} has not begun: its summary is signed once "
                "there is something to sign, at the earliest on "
                f"{day_text(report.span.starts_on)}."
            )
        with self._store.reading() as uow:
            latest = uow.signed.latest(report.pair.id, report.span.number)
            if latest is not None and uow.signed.shown(latest.id) == shown(report):
                raise UserFacingError(
                    f"Quarter {report.span.number}'s summary was signed on "
                    f"{day_text(latest.signature.signed_on)} (version "
                    f"{latest.signature.version}), and nothing in it has changed since."
                )
        version = latest.signature.version + 1 if latest else 1
        pair = report.pair
        signature = Signature(today(self._clock), pair.mentor.name, pair.mentee.name, version)
        return replace(report, signature=signature)

    def sign(self, report: QuarterReport, pdf: bytes) -> SignedSummary:
        """Keep `pdf`, the prepared `report` as drawn, as its signed version."""
        signature = report.signature
        if signature is None:
            raise ValueError("prepare the report for signing first")
        if (problem := pdf_problem(pdf)) is not None:
            raise ValidationError.single("pdf", f"the summary cannot be signed: {problem}")
        pair, number = report.pair, report.span.number
        sha = digest(pdf)
        with self._store.writing() as uow:
            latest = uow.signed.latest(pair.id, number)
            if latest is not None and latest.signature.version >= signature.version:
                raise UserFacingError(
                    f"Version {latest.signature.version} of this summary was signed "
                    "meanwhile; prepare it again to sign the next version."
                )
            xid = unique_id(
                f"{pair.external_id}-q{number}-v{signature.version}",
                uow.signed.existing_external_ids,
            )
            summary_id = uow.signed.add(
                pair.id, xid, number, signature, pdf=pdf, sha256=sha, shown=shown(report)
            )
            uow.commit()
        return SignedSummary(summary_id, xid, pair.id, number, signature, sha)

    def history(self, pair_id: int) -> list[SignedSummary]:
        """A pair's signed summaries, by quarter and version."""
        with self._store.reading() as uow:
            return uow.signed.of_pair(pair_id)

    def pdf(self, summary_id: int) -> bytes:
        """A signed summary's PDF, byte for byte as signed."""
        with self._store.reading() as uow:
            return uow.signed.pdf(summary_id)

    def save_copy(self, summary_id: int, path: Path) -> None:
        """Write a signed summary's PDF to `path`, byte for byte as signed."""
        save_pdf(path, self.pdf(summary_id))

    def verify(self, data: bytes) -> Verification:
        """Whether `data` is a summary signed in this database, unchanged since."""
        with self._store.reading() as uow:
            found = uow.signed.by_digest(digest(data))
            titles = {s.pair_id: uow.pairs.get(s.pair_id).title for s in found[:1]}
        if not found:
            return Verification(
                None,
                "This PDF is no signed summary of this database: no summary signed here has "
                "these exact bytes. It was changed after it was signed, signed with another "
                "database, or never signed.",
            )
        signed = found[0]
        s = signed.signature
        return Verification(
            signed,
            f"Signed summary of quarter {signed.quarter} of {titles[signed.pair_id]}, version "
            f"{s.version}, signed on {day_text(s.signed_on)} by {s.mentor_name} and "
            f"{s.mentee_name}. Unchanged: its SHA-256 is the one kept when it was signed.",
        )
