"""Writing records as an interchange document: deterministic, in the format's own order."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any

from mentordesk.domain.goals import Goal
from mentordesk.domain.meetings import MeetingSeries, SeriesException
from mentordesk.domain.pairs import Agreement, Pair
from mentordesk.domain.people import Person
from mentordesk.interchange import FORMAT, VERSION


def document(
    people: Iterable[Person],
    pairs: Iterable[Pair],
    goals: Mapping[int, Sequence[Goal]],
    meetings: Mapping[int, Sequence[MeetingSeries]],
    exported_at: datetime,
) -> dict[str, Any]:
    """The document for these people and pairs (with each pair's goals and meetings)."""
    stamp = exported_at.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": stamp,
        "people": [_person(p) for p in sorted(people, key=lambda p: p.external_id)],
        "pairs": [
            _pair(p, goals.get(p.id, ()), meetings.get(p.id, ()))
            for p in sorted(pairs, key=lambda p: p.external_id)
        ],
    }


def dumps(doc: dict[str, Any]) -> str:
    """The document as UTF-8 JSON text, the same bytes for the same data."""
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _person(person: Person) -> dict[str, Any]:
    return {
        "id": person.external_id,
        "name": person.name,
        "email": person.email,
        "department": person.department,
    }


def _pair(pair: Pair, goals: Sequence[Goal], meetings: Sequence[MeetingSeries]) -> dict[str, Any]:
    return {
        "id": pair.external_id,
        "mentor": pair.mentor.external_id,
        "mentee": pair.mentee.external_id,
        "started_on": pair.started_on.isoformat(),
        "quarters": pair.quarters.value,
        "ended_on": _iso(pair.ended_on),
        "end_reason": pair.end_reason,
        "agreement": _agreement(pair.agreement),
        "goals": _goals(goals),
        "meetings": _meetings(meetings),
        "sessions": [],
        "checklists": [],
    }


def _agreement(agreement: Agreement | None) -> dict[str, Any] | None:
    if agreement is None:
        return None
    text = agreement.text
    return {
        "cadence": text.cadence,
        "expectations": text.expectations,
        "confidentiality": text.confidentiality,
        "ending": text.ending,
        "signed_by_mentor_on": _iso(agreement.signed_by_mentor_on),
        "signed_by_mentee_on": _iso(agreement.signed_by_mentee_on),
    }


def _goals(goals: Sequence[Goal]) -> list[dict[str, Any]]:
    """Goals by quarter, then skill, then id; links named by external id."""
    xids = {g.id: g.external_id for g in goals}
    ordered = sorted(goals, key=lambda g: (g.quarter, g.skill.value, g.external_id))
    return [
        {
            "id": g.external_id,
            "quarter": g.quarter,
            "skill": g.skill.value,
            "title": g.title,
            "specific": g.specific,
            "measure": g.measure,
            "target_date": g.target_date.isoformat(),
            "status": g.status.value,
            "progress": g.progress,
            "outcome": g.outcome.value if g.outcome else None,
            "reflection": g.reflection,
            "carried_from": xids.get(g.carried_from) if g.carried_from else None,
            "checkins": [
                {"on": c.on.isoformat(), "progress": c.progress, "note": c.note} for c in g.checkins
            ],
        }
        for g in ordered
    ]


def _meetings(series: Sequence[MeetingSeries]) -> list[dict[str, Any]]:
    """Series by id, exceptions by date; wall-clock times in the series' zone."""
    return [
        {
            "id": s.external_id,
            "weekday": s.draft.weekday,
            "start_time": s.draft.start_time.strftime("%H:%M"),
            "duration_minutes": s.draft.duration_minutes,
            "timezone": s.draft.timezone,
            "location": s.draft.location,
            "first_date": s.draft.first_date.isoformat(),
            "until": s.draft.until.isoformat(),
            "every_weeks": s.draft.every_weeks,
            "uid": s.uid,
            "sequence": s.sequence,
            "cancelled": s.cancelled,
            "exceptions": [_exception(e) for e in sorted(s.exceptions, key=lambda e: e.date)],
        }
        for s in sorted(series, key=lambda s: s.external_id)
    ]


def _exception(change: SeriesException) -> dict[str, Any]:
    if change.skip:
        return {"date": change.date.isoformat(), "skip": True}
    assert change.moved_to is not None
    return {
        "date": change.date.isoformat(),
        "moved_to": change.moved_to.strftime("%Y-%m-%dT%H:%M"),
        "location": change.location,
    }
