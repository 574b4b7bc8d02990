"""The demo team: a realistic small team to explore MentorDesk with.

The team is data (`resources/demo/team.toml`, read by `demo_data`); here it becomes an
interchange document dated relative to today and goes through the real import path, so
the demo exercises exactly what a person's own file would.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from mentordesk.domain.meetings import (
    WEEKDAYS,
    MeetingSeries,
    SeriesDraft,
    SeriesException,
    occurrences,
)
from mentordesk.domain.quarters import QuarterMode, quarter, quarter_number
from mentordesk.domain.text import count
from mentordesk.errors import UserFacingError, ValidationError
from mentordesk.interchange.plan import ImportPlan
from mentordesk.interchange.reader import read_document
from mentordesk.services.clock import Clock, today
from mentordesk.services.demo_data import (
    DemoDataError,
    DemoGoal,
    DemoSeries,
    DemoTeam,
    SessionWords,
    When,
    demo_team,
)
from mentordesk.services.interchange import ImportResult, InterchangeService
from mentordesk.store.unit_of_work import Store


def demo_plan(on: date, team: DemoTeam | None = None) -> ImportPlan:
    """The demo team dated relative to `on`, checked as any imported file is."""
    team = team or demo_team()
    try:
        return read_document(demo_document(on, team))
    except ValidationError as error:
        raise DemoDataError(f"{team.source} does not make a valid team:\n{error}") from error


def demo_document(on: date, team: DemoTeam | None = None) -> dict[str, Any]:
    """The demo team's interchange document, with dates relative to `on`."""
    team = team or demo_team()
    pairs: list[dict[str, Any]] = []
    for plan in team.pairs:
        pair = _resolved(plan.fields, on)
        feedback = pair.pop("feedback", [])
        if not pair.get("ended_on"):  # the quarters of an ended pair are over
            started = date.fromisoformat(pair["started_on"])
            mode = QuarterMode(pair.get("quarters") or "partnership")
            pair["goals"] = _goals(pair, started, mode, plan.goals, on)
            pair["meetings"] = _meetings(pair["id"], started, mode, plan.meetings, on)
        else:
            pair["goals"], pair["meetings"] = [], []
        pair["sessions"] = _sessions(pair, team.sessions, on)
        _add_feedback(pair, feedback)
        pairs.append(pair)
    people = [dict(person) for person in team.people]
    return {"format": "mentordesk", "version": 1, "people": people, "pairs": pairs}


def _resolved(value: Any, on: date) -> Any:
    """`value` with every relative day made a date, as the interchange format writes it."""
    if isinstance(value, When):
        return value.on(on).isoformat()
    if isinstance(value, dict):
        return {key: _resolved(item, on) for key, item in value.items()}
    if isinstance(value, list):
        return [_resolved(item, on) for item in value]
    return value


def _goals(
    pair: dict[str, Any], started: date, mode: QuarterMode, plans: tuple[DemoGoal, ...], on: date
) -> list[dict[str, Any]]:
    """Goals in the quarters around the current one; a goal with an earlier one's title
    is carried over from it; a goal names its owner (else it is the mentee's)."""
    pair_id = pair["id"]
    current = quarter_number(started, mode, on) or 1
    goals: list[dict[str, Any]] = []
    for plan in plans:
        number = current + plan.quarter
        if number < 1:
            continue
        span = quarter(started, mode, number)
        checkins = [
            {"on": day.isoformat(), "progress": c.progress, "note": c.note}
            for c in plan.checkins
            if (day := span.starts_on + timedelta(days=c.day)) <= on
        ]
        title = plan.fields["title"]
        owner = plan.fields.get("owner") or pair["mentee"]
        suffix = "" if owner == pair["mentee"] else f"-{owner}"
        goal: dict[str, Any] = {
            "id": f"{pair_id}-q{number}-{plan.fields['skill']}{suffix}",
            "quarter": number,
            **plan.fields,
            "target_date": max(span.starts_on, span.ends_on - timedelta(days=14)).isoformat(),
            "status": plan.fields.get("status") or ("in_progress" if checkins else "not_started"),
            "progress": checkins[-1]["progress"] if checkins else 0,
            "checkins": checkins,
        }
        if plan.milestones:
            goal["milestones"] = [
                {
                    "text": m.text,
                    "due": min(span.starts_on + timedelta(days=m.day), span.ends_on).isoformat(),
                    "reached_on": (
                        reached.isoformat()
                        if m.reached is not None
                        and (reached := span.starts_on + timedelta(days=m.reached)) <= on
                        else None
                    ),
                }
                for m in plan.milestones
            ]
        ratings = {
            r.stage: {"score": r.score, "evidence": r.evidence, "on": day.isoformat()}
            for r in plan.ratings
            if (day := span.starts_on + timedelta(days=r.day)) <= on
        }
        if ratings:
            goal["self_assessment"] = ratings
        earlier = next((g for g in goals if g["title"] == title and g["quarter"] < number), None)
        if earlier is not None:
            goal["carried_from"] = earlier["id"]
        goals.append(goal)
    return goals


def _weekday_on_or_after(day: date, weekday: int) -> date:
    return day + timedelta(days=(weekday - day.weekday()) % 7)


def _meetings(
    pair_id: str, started: date, mode: QuarterMode, plans: tuple[DemoSeries, ...], on: date
) -> list[dict[str, Any]]:
    """The pair's series, each until the next one begins; the last to the quarter's end."""
    end = quarter(started, mode, quarter_number(started, mode, on) or 1).ends_on
    series: list[dict[str, Any]] = []
    for index, plan in enumerate(plans):
        first = _weekday_on_or_after(max(started, plan.first_date.on(on)), plan.weekday)
        following = plans[index + 1] if index + 1 < len(plans) else None
        until = (
            end
            if following is None
            else _weekday_on_or_after(following.first_date.on(on), plan.weekday) - timedelta(days=7)
        )
        exceptions: list[dict[str, Any]] = []
        for change in plan.exceptions:
            day = first + timedelta(weeks=change.week)
            exception: dict[str, Any] = {"date": day.isoformat()}
            if change.skip:
                exception["skip"] = True
            if change.move_by_days is not None:
                moved = day + timedelta(days=change.move_by_days)
                exception["moved_to"] = f"{moved}T{plan.start_time}"
            if change.location is not None:
                exception["location"] = change.location
            exceptions.append(exception)
        series.append(
            {
                "id": plan.id,
                "weekday": WEEKDAYS[plan.weekday],
                "start_time": plan.start_time,
                "duration_minutes": plan.duration_minutes,
                "timezone": plan.timezone,
                "location": plan.location,
                "first_date": first.isoformat(),
                "until": max(until, first).isoformat(),
                "every_weeks": plan.every_weeks,
                "exceptions": exceptions,
            }
        )
    return series


def _series_record(entry: dict[str, Any]) -> MeetingSeries:
    hours, minutes = (int(x) for x in entry["start_time"].split(":"))
    draft = SeriesDraft(
        entry["weekday"],
        time(hours, minutes),
        entry["duration_minutes"],
        entry["timezone"],
        date.fromisoformat(entry["first_date"]),
        date.fromisoformat(entry["until"]),
        entry["every_weeks"],
        entry["location"],
    )
    exceptions = tuple(
        SeriesException(
            date.fromisoformat(e["date"]),
            skip=bool(e.get("skip")),
            moved_to=datetime.fromisoformat(e["moved_to"]) if e.get("moved_to") else None,
            location=e.get("location"),
        )
        for e in entry["exceptions"]
    )
    return MeetingSeries(0, entry["id"], 0, draft, "", exceptions=exceptions)


def _sessions(pair: dict[str, Any], words: SessionWords, on: date) -> list[dict[str, Any]]:
    """A held session for each of the pair's past meetings but one (left missed): topics,
    notes and action items in turn, a private note on every fourth, recent items open."""
    past = [
        (entry["id"], o)
        for entry in pair["meetings"]
        for o in occurrences(_series_record(entry))
        if not o.skipped and o.start.date() < on
    ]
    topics, actions = words.topics, words.action_items
    sessions: list[dict[str, Any]] = []
    for index, (series_id, occurrence) in enumerate(past):
        if index == len(past) - 3:
            continue  # one week nobody recorded: the log shows it as missed
        owner = (pair["mentee"], pair["mentor"])[index % 3 == 2]
        due = past[index + 1][1].start.date() if index + 1 < len(past) else on
        recent = index >= len(past) - 4
        topic = topics[index % len(topics)]
        sessions.append(
            {
                "id": f"{pair['id']}-s{index + 1}",
                "meeting": series_id,
                "scheduled_for": occurrence.start.isoformat(),
                "status": "held",
                "topics": [topic, topics[(index * 5 + 3) % len(topics)]],
                "notes": words.notes.replace("{topic}", topic.lower()),
                "private_notes": (
                    [{"author": pair["mentor"], "text": words.private_note}]
                    if index % 4 == 1
                    else []
                ),
                "action_items": [
                    {
                        "id": f"{pair['id']}-a{index + 1}",
                        "owner": owner,
                        "text": actions[index % len(actions)],
                        "due": due.isoformat(),
                        "done_on": None if recent and index % 2 else due.isoformat(),
                    }
                ],
            }
        )
    return sessions


def _add_feedback(pair: dict[str, Any], feedback: list[dict[str, Any]]) -> None:
    """Both partners' feedback on the pair's last held meetings, one entry per meeting
    (oldest first): `mentor` and `mentee` each [useful, balance], and optional words."""
    held = [s for s in pair["sessions"] if s["status"] == "held"]
    for entry, session in zip(feedback, held[-len(feedback) :] if feedback else [], strict=True):
        day = session["scheduled_for"][:10]
        session["feedback"] = [
            {
                "person": pair[role],
                "useful": entry[role][0],
                "balance": entry[role][1],
                "word": entry.get(f"{role}_word", ""),
                "answered_on": day,
            }
            for role in ("mentor", "mentee")
        ]


class DemoService:
    """Fills a database with the demo team."""

    def __init__(self, store: Store, clock: Clock, interchange: InterchangeService) -> None:
        self._store = store
        self._clock = clock
        self._interchange = interchange

    def load(self, *, force: bool = False) -> ImportResult:
        """Load the demo team; into a database with data only with `force`, replacing it."""
        with self._store.reading() as uow:
            people, pairs = uow.people.count(), uow.pairs.count()
        if (people or pairs) and self._store.is_server:
            raise UserFacingError(
                "The shared team database already holds data: MentorDesk never replaces "
                "a team's data with the demo team. Try the demo on this computer's own "
                "database (start MentorDesk without --db)."
            )
        if (people or pairs) and not force:
            raise UserFacingError(
                f"The database already holds {count(people, 'person', 'people')} and "
                f"{count(pairs, 'pair', 'pairs')}. "
                "Use 'mentordesk demo --force' to replace them with the demo team."
            )
        plan = demo_plan(today(self._clock))
        return self._interchange.import_plan(plan, replace_all=force)
