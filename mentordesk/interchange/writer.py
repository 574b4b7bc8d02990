"""Writing records as an interchange document: deterministic, in the format's own order."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from mentordesk.domain.checklists import ChecklistRun, ChecklistTemplate
from mentordesk.domain.feedback import Feedback
from mentordesk.domain.goals import Goal
from mentordesk.domain.health import HealthAnswer
from mentordesk.domain.meetings import MeetingSeries, SeriesException
from mentordesk.domain.pairs import Agreement, Pair
from mentordesk.domain.people import Person
from mentordesk.domain.sessions import ActionItem, Session
from mentordesk.domain.signing import SignedSummary
from mentordesk.domain.wins import Win
from mentordesk.interchange import FORMAT, VERSION


@dataclass(frozen=True)
class SessionParts:
    """Each pair's sessions (by pair id), the partners by id, and whether to write
    private notes."""

    sessions: Mapping[int, Sequence[Session]] = field(default_factory=dict)
    people: Mapping[int, Person] = field(default_factory=dict)
    include_private: bool = False
    feedback: Mapping[int, Sequence[Feedback]] = field(default_factory=dict)  # by session


def head(
    people: Iterable[Person], exported_at: datetime, templates: Sequence[ChecklistTemplate] = ()
) -> dict[str, Any]:
    """The document without its pairs (`pairs` is empty, in its place)."""
    stamp = exported_at.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    doc: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": stamp,
        "people": [_person(p) for p in sorted(people, key=lambda p: p.external_id)],
        "pairs": [],
    }
    if templates:
        doc["checklist_templates"] = [
            {
                "id": t.key,
                "title": t.title,
                "steps": [{"text": s.text, "guidance": s.guidance} for s in t.steps],
            }
            for t in sorted(templates, key=lambda t: t.key)
        ]
    return doc


def dumps(doc: dict[str, Any]) -> str:
    """The document as UTF-8 JSON text, the same bytes for the same data."""
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


# Where the pairs go in a head's text: the only line at the top level that opens them
# (a text value never holds a raw line break, so none can look like it).
_PAIRS_SLOT = '\n  "pairs": [\n    0\n  ]'
_PAIR_INDENT = "    "


def text_pieces(doc_head: dict[str, Any], pairs: Iterable[dict[str, Any]]) -> Iterator[str]:
    """The text of `dumps` for `doc_head` with `pairs` in its place, a pair at a time
    (the pairs are taken one by one, never held together)."""
    pending = iter(pairs)
    first = next(pending, None)
    if first is None:
        yield dumps({**doc_head, "pairs": []})
        return
    text = dumps({**doc_head, "pairs": [0]})
    slot = text.index(_PAIRS_SLOT)
    yield text[:slot] + '\n  "pairs": [\n'
    yield _indented(first)
    for pair in pending:
        yield ",\n"
        yield _indented(pair)
    yield "\n  ]" + text[slot + len(_PAIRS_SLOT) :]


def _indented(pair: dict[str, Any]) -> str:
    """A pair as `dumps` writes it inside the document's `pairs`."""
    text = json.dumps(pair, ensure_ascii=False, indent=2)
    return _PAIR_INDENT + text.replace("\n", "\n" + _PAIR_INDENT)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _person(person: Person) -> dict[str, Any]:
    return {
        "id": person.external_id,
        "name": person.name,
        "email": person.email,
        "department": person.department,
    }


def pair_entry(
    pair: Pair,
    goals: Sequence[Goal],
    meetings: Sequence[MeetingSeries],
    parts: SessionParts,
    runs: Sequence[ChecklistRun],
    *,
    answers: Sequence[HealthAnswer] = (),
    signed: Sequence[tuple[SignedSummary, bytes, str]] = (),
    wins: Sequence[Win] = (),
) -> dict[str, Any]:
    """A pair as the document holds it, with everything it owns (its health checks and
    signed summaries only when it has some: files without them read as before)."""
    entry = {
        "id": pair.external_id,
        "mentor": pair.mentor.external_id,
        "mentee": pair.mentee.external_id,
        "started_on": pair.started_on.isoformat(),
        "quarters": pair.quarters.value,
        "kind": pair.kind.value,
        "ended_on": _iso(pair.ended_on),
        "end_reason": pair.end_reason,
        "agreement": _agreement(pair.agreement),
        "goals": _goals(pair, goals),
        "meetings": _meetings(meetings),
        "sessions": _sessions(parts.sessions.get(pair.id, ()), meetings, goals, parts),
        "checklists": [
            {
                "id": r.external_id,
                "template": r.template_key,
                "started_on": r.started_on.isoformat(),
                "completed_on": _iso(r.completed_on),
                "steps": [{"text": s.text, "done": s.done, "note": s.note} for s in r.steps],
                "outcome": r.outcome,
                "follow_up_on": _iso(r.follow_up_on),
            }
            for r in sorted(runs, key=lambda r: r.external_id)
        ],
    }
    if any(pair.closing):
        entry["closing_reflections"] = dict(zip(("mentor", "mentee"), pair.closing, strict=True))
    if answers:
        entry["health_checks"] = _health_checks(pair, answers)
    if wins:
        partners = {
            pair.mentor.id: pair.mentor.external_id,
            pair.mentee.id: pair.mentee.external_id,
        }
        entry["wins"] = [
            {
                "id": w.external_id,
                "won_on": w.won_on.isoformat(),
                "text": w.text,
                "by": partners.get(w.person_id) if w.person_id is not None else None,
            }
            for w in sorted(wins, key=lambda w: (w.won_on, w.external_id))
        ]
    if signed:
        entry["signed_summaries"] = [_signed(summary, pdf, shown) for summary, pdf, shown in signed]
    return entry


def _health_checks(pair: Pair, answers: Sequence[HealthAnswer]) -> list[dict[str, Any]]:
    partners = {pair.mentor.id: pair.mentor.external_id, pair.mentee.id: pair.mentee.external_id}
    rows = [
        {
            "person": partners[a.person_id],
            "quarter": a.quarter,
            "scores": list(a.scores),
            "comment": a.comment,
            "answered_on": a.answered_on.isoformat(),
        }
        for a in answers
        if a.person_id in partners
    ]
    return sorted(rows, key=lambda row: (row["quarter"], row["person"]))


def _signed(summary: SignedSummary, pdf: bytes, shown: str) -> dict[str, Any]:
    s = summary.signature
    return {
        "id": summary.external_id,
        "quarter": summary.quarter,
        "version": s.version,
        "signed_on": s.signed_on.isoformat(),
        "mentor_name": s.mentor_name,
        "mentee_name": s.mentee_name,
        "sha256": summary.sha256,
        "shown": shown,
        "pdf": base64.b64encode(pdf).decode("ascii"),
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
        # The term, when the pair set one (files without it read as before).
        **({"runs_until": _iso(text.runs_until)} if text.runs_until else {}),
        **({"review_on": _iso(text.review_on)} if text.review_on else {}),
    }


def _goals(pair: Pair, goals: Sequence[Goal]) -> list[dict[str, Any]]:
    """Goals by quarter, then skill, then id; links and owners named by external id."""
    xids = {g.id: g.external_id for g in goals}
    ordered = sorted(goals, key=lambda g: (g.quarter, g.skill.value, g.external_id))
    return [
        {
            "id": g.external_id,
            "quarter": g.quarter,
            "skill": g.skill.value,
            "owner": pair.person(g.owner).external_id,
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
            **_milestones(g),
            **_assessments(g),
        }
        for g in ordered
    ]


def _milestones(goal: Goal) -> dict[str, Any]:
    """A goal's milestones, when it has some (files without them read as before)."""
    if not goal.milestones:
        return {}
    return {
        "milestones": [
            {"text": m.text, "due": m.due.isoformat(), "reached_on": _iso(m.reached_on)}
            for m in goal.milestones
        ]
    }


def _assessments(goal: Goal) -> dict[str, Any]:
    """The owner's self-assessment, when there is one (files without it read as before)."""
    if not goal.assessments:
        return {}
    return {
        "self_assessment": {
            a.stage.value: {
                "score": a.score,
                "evidence": a.evidence,
                "on": a.assessed_on.isoformat(),
            }
            for a in goal.assessments
        }
    }


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


def _sessions(
    sessions: Sequence[Session],
    meetings: Sequence[MeetingSeries],
    goals: Sequence[Goal],
    parts: SessionParts,
) -> list[dict[str, Any]]:
    """Sessions by time; action items by id; private notes only when asked for."""
    series = {m.id: m.external_id for m in meetings}
    goal_ids = {g.id: g.external_id for g in goals}
    people = parts.people
    found = []
    for s in sorted(sessions, key=lambda s: (s.scheduled_for, s.external_id)):
        entry: dict[str, Any] = {
            "id": s.external_id,
            "meeting": series.get(s.series_id) if s.series_id else None,
            "scheduled_for": s.scheduled_for.isoformat(),
            "status": s.status.value,
            "topics": list(s.topics),
            "notes": s.notes,
        }
        if parts.include_private:
            entry["private_notes"] = [
                {"author": people[n.author_id].external_id, "text": n.text}
                for n in sorted(s.private_notes, key=lambda n: people[n.author_id].external_id)
            ]
        entry["action_items"] = [
            _action_item(a, people, goal_ids)
            for a in sorted(s.action_items, key=lambda a: a.external_id)
        ]
        if given := _feedback(parts.feedback.get(s.id, ()), people, parts.include_private):
            entry["feedback"] = given
        found.append(entry)
    return found


def _feedback(
    given: Sequence[Feedback], people: Mapping[int, Person], include_private: bool
) -> list[dict[str, Any]]:
    """A meeting's feedback: both partners' answers once both answered; a lone answer,
    still private, only with the private notes."""
    answered = [f for f in given if f.person_id in people]
    if len(answered) < 2 and not include_private:
        return []
    rows = [
        {
            "person": people[f.person_id].external_id,
            "useful": f.useful,
            "balance": f.balance,
            "word": f.word,
            "answered_on": f.answered_on.isoformat(),
        }
        for f in answered
    ]
    return sorted(rows, key=lambda row: row["person"])


def _action_item(
    item: ActionItem, people: Mapping[int, Person], goals: Mapping[int, str]
) -> dict[str, Any]:
    """An action item; `goal` only when it serves one (an optional field is left out)."""
    entry: dict[str, Any] = {
        "id": item.external_id,
        "owner": people[item.owner_id].external_id,
        "text": item.text,
        "due": _iso(item.due),
        "done_on": _iso(item.done_on),
    }
    if item.goal_id is not None and item.goal_id in goals:
        entry["goal"] = goals[item.goal_id]
    if item.dropped_on is not None:
        entry["dropped_on"] = _iso(item.dropped_on)
    return entry
