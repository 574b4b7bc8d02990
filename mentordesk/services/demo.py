"""The demo team: a realistic small team to explore MentorDesk with.

The team is data (`resources/demo/team.toml`, read by `demo_data`); here it becomes an
interchange document dated relative to today and goes through the real import path, so
the demo exercises exactly what a person's own file would.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
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
from mentordesk.services.clock import Clock, FixedClock, today
from mentordesk.services.demo_data import (
    NEXT_MEETING,
    QUARTERS,
    DemoDataError,
    DemoGoal,
    DemoPair,
    DemoSeries,
    DemoTeam,
    LogEntry,
    When,
    demo_team,
)
from mentordesk.services.interchange import ImportResult, InterchangeService
from mentordesk.services.report import QuarterReport, ReportService
from mentordesk.services.signing import SigningService
from mentordesk.store.unit_of_work import Store


def demo_plan(on: date, team: DemoTeam | None = None, *, now: datetime | None = None) -> ImportPlan:
    """The demo team dated relative to `on`, checked as any imported file is; `now` (on
    `on`): today's meetings that have begun are held ones too."""
    team = team or demo_team()
    try:
        return read_document(demo_document(on, team, now=now))
    except ValidationError as error:
        raise DemoDataError(f"{team.source} does not make a valid team:\n{error}") from error


def demo_document(
    on: date, team: DemoTeam | None = None, *, now: datetime | None = None
) -> dict[str, Any]:
    """The demo team's interchange document, with dates relative to `on` (and today's
    meetings that have begun by `now` held)."""
    team = team or demo_team()
    pairs: list[dict[str, Any]] = []
    for plan in team.pairs:
        pair = _resolved(plan.fields, on)
        feedback = pair.pop("feedback", [])
        started = date.fromisoformat(pair["started_on"])
        mode = QuarterMode(pair.get("quarters") or "partnership")
        until = story_day(pair, on)  # an ended pair's story stops on its last day
        pair["goals"] = _goals(pair, started, mode, plan.goals, until)
        pair["meetings"] = _meetings(started, mode, plan.meetings, on, until)
        begun = _Begun(until, now if until == on else None)
        pair["sessions"] = _sessions(pair, plan, begun)
        _settle_follow_ups(pair, begun)
        _number_health_checks(pair, started, mode, until)
        _add_feedback(pair, feedback)
        pairs.append(pair)
    people = [dict(person) for person in team.people]
    return {"format": "mentordesk", "version": 1, "people": people, "pairs": pairs}


def story_day(pair: dict[str, Any], on: date) -> date:
    """The day a pair's demo story stands at: `on`, or the day an ended pair ended."""
    ended = pair.get("ended_on")
    return min(on, date.fromisoformat(ended)) if ended else on


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
    started: date, mode: QuarterMode, plans: tuple[DemoSeries, ...], on: date, until: date
) -> list[dict[str, Any]]:
    """The pair's series (first dates relative to `on`), each until the next one begins;
    the last to the end of the current quarter (two months on at least), or of an ended
    pair to the day before it ended (`until`)."""
    if until < on:
        end = until - timedelta(days=1)
    else:  # at least two months on: a series near its quarter's end still has meetings
        current = quarter(started, mode, quarter_number(started, mode, on) or 1)
        end = max(current.ends_on, on + timedelta(weeks=8))
    series: list[dict[str, Any]] = []
    for index, plan in enumerate(plans):
        first = _weekday_on_or_after(max(started, plan.first_date.on(on)), plan.weekday)
        following = plans[index + 1] if index + 1 < len(plans) else None
        last = (
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
                "until": max(last, first).isoformat(),
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


@dataclass(frozen=True)
class _Begun:
    """Which meetings have begun: those on days before `on`; and with `now`, those of
    `on` (or later) that started by then, which nobody has written up yet."""

    on: date
    now: datetime | None

    def before_today(self, start: datetime) -> bool:
        return start.date() < self.on

    def __call__(self, start: datetime) -> bool:
        return self.before_today(start) or (self.now is not None and start <= self.now)


def _past(pair: dict[str, Any], begun: Callable[[datetime], bool]) -> list[tuple[str, datetime]]:
    """The pair's meetings that have begun and were not skipped: (series id, start)."""
    return [
        (entry["id"], o.start)
        for entry in pair["meetings"]
        for o in occurrences(_series_record(entry))
        if not o.skipped and begun(o.start)
    ]


def _sessions(pair: dict[str, Any], plan: DemoPair, begun: _Begun) -> list[dict[str, Any]]:
    """A held session for each of the pair's meetings before today but those left
    missed, the newest telling the last entry of the pair's log (sessions older than
    the log were not written up); a meeting earlier today is held, its notes to come.
    An action item is due at the next meeting, and done by then unless its entry says
    it is still open."""
    past = _past(pair, begun.before_today)
    unrecorded = {len(past) - n for n in plan.missed}
    held = [(i, meeting) for i, meeting in enumerate(past) if i not in unrecorded]
    log = plan.log
    if held and not log:
        raise DemoDataError(f"{pair['id']} has held meetings but no [[pairs.log]] to tell them")
    today = [m for m in _past(pair, begun) if m not in past]
    sessions: list[dict[str, Any]] = []
    for number, (index, (series_id, start)) in enumerate(held):
        told = number - (len(held) - len(log))  # its entry in the log, if it has one
        entry = log[told] if told >= 0 else None
        session: dict[str, Any] = {
            "id": f"{pair['id']}-s{index + 1}",
            "meeting": series_id,
            "scheduled_for": start.isoformat(),
            "status": "held",
        }
        if entry is not None:
            due = past[index + 1][1].date() if index + 1 < len(past) else begun.on
            _tell(session, entry, pair, (f"{pair['id']}-a{index + 1}", due))
        sessions.append(session)
    sessions += [
        {
            "id": f"{pair['id']}-s{len(past) + n + 1}",
            "meeting": series_id,
            "scheduled_for": start.isoformat(),
            "status": "held",
        }
        for n, (series_id, start) in enumerate(today)
    ]
    return sessions


def _tell(
    session: dict[str, Any], entry: LogEntry, pair: dict[str, Any], item: tuple[str, date]
) -> None:
    """Put the words of the log's `entry` in `session`: topics, notes, the mentor's
    private note, its action item (`item`: its id and the day it is due)."""
    item_id, due = item
    session["topics"] = list(entry.topics)
    session["notes"] = entry.notes
    if entry.private_note:
        session["private_notes"] = [{"author": pair["mentor"], "text": entry.private_note}]
    if entry.action:
        session["action_items"] = [
            {
                "id": item_id,
                "owner": pair[entry.owner],
                "text": entry.action,
                "due": due.isoformat(),
                "done_on": None if entry.open else due.isoformat(),
            }
        ]


def _settle_follow_ups(pair: dict[str, Any], begun: _Begun) -> None:
    """A checklist follow-up set for the 'next meeting': the day of the pair's first
    meeting that has not begun (a week on when it has none)."""
    coming = [
        o.start.date()
        for entry in pair["meetings"]
        for o in occurrences(_series_record(entry))
        if not o.skipped and not begun(o.start)
    ]
    for run in pair.get("checklists", []):
        if run.get("follow_up_on") == NEXT_MEETING:
            run["follow_up_on"] = min(coming, default=begun.on + timedelta(days=7)).isoformat()


def _number_health_checks(pair: dict[str, Any], started: date, mode: QuarterMode, on: date) -> None:
    """Health checks name their quarter as 'last' or 'this': made its number."""
    current = quarter_number(started, mode, on) or 1
    for answer in pair.get("health_checks", []):
        answer["quarter"] = current + QUARTERS[answer["quarter"]]


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
        """Load the demo team; into a database with data only with `force`, replacing it.
        Its signed summaries follow with `sign_summaries` (drawing needs the GUI's thread)."""
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
        now = self._clock.now()
        plan = demo_plan(now.date(), now=now)
        return self._interchange.import_plan(plan, replace_all=force)

    def sign_summaries(self, draw: Callable[[QuarterReport], bytes]) -> int:
        """Sign the quarterly summaries the demo team signed (drawn by `draw`), each as
        on its day; how many. Run once, after `load`."""
        on = today(self._clock)
        signed = 0
        for plan in demo_team().pairs:
            if not plan.signed:
                continue
            with self._store.reading() as uow:
                pair = uow.pairs.by_external_id(plan.fields["id"])
            if pair is None:
                continue
            day = story_day(_resolved(plan.fields, on), on)
            current = quarter_number(pair.started_on, pair.quarters, day) or 1
            for signing in plan.signed:
                moment = datetime.combine(
                    signing.signed_on.on(on), time(12), tzinfo=self._clock.now().tzinfo
                )
                clock = FixedClock(moment)
                report = ReportService(self._store, clock).quarter_report(
                    pair.id, current + signing.quarter
                )
                service = SigningService(self._store, clock)
                prepared = service.prepare(report)
                service.sign(prepared, draw(prepared))
                signed += 1
        return signed
