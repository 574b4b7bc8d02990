"""Reading a document into an import plan: schema first, then the domain rules.

Every problem carries the JSON path of what is wrong. Rules that need the database (ids
already taken, people who exist only there) are the importing service's to check.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from mentordesk.domain.goals import GoalDraft, GoalStatus, Outcome, Skill, goal_problems
from mentordesk.domain.health import RunStep, TemplateStep
from mentordesk.domain.meetings import (
    MeetingSeries,
    SeriesDraft,
    SeriesException,
    occurrence_dates,
    occurrences,
    series_problems,
)
from mentordesk.domain.pairs import Agreement, AgreementText, end_problems, pair_problems
from mentordesk.domain.people import PersonDraft
from mentordesk.domain.quarters import QuarterMode, quarter
from mentordesk.domain.sessions import SessionStatus
from mentordesk.domain.text import text_problem
from mentordesk.errors import Problem, ValidationError
from mentordesk.interchange import FORMAT, VERSION
from mentordesk.interchange.schema import json_path, schema_problems


@dataclass(frozen=True)
class PersonEntry:
    """A person to add, with where it stands in the file."""

    path: str
    external_id: str
    draft: PersonDraft


@dataclass(frozen=True)
class CheckInEntry:
    """A goal's check-in as the file gives it."""

    on: date
    progress: int
    note: str


@dataclass(frozen=True)
class GoalEntry:
    """A goal to add, with its check-ins and review; `carried_from` names a goal's id."""

    path: str
    external_id: str
    draft: GoalDraft
    progress: int
    outcome: Outcome | None
    reflection: str
    carried_from: str | None
    checkins: tuple[CheckInEntry, ...]


@dataclass(frozen=True)
class MeetingEntry:
    """A meeting series to add, with its calendar identity when the file carries one."""

    path: str
    external_id: str
    draft: SeriesDraft
    uid: str | None
    sequence: int
    cancelled: bool
    exceptions: tuple[SeriesException, ...]


@dataclass(frozen=True)
class ActionItemEntry:
    """An action item, its owner named by person id."""

    external_id: str
    owner: str
    text: str
    due: date | None
    done_on: date | None


@dataclass(frozen=True)
class SessionEntry:
    """A session to add; `meeting` names a series of the same pair, if any."""

    path: str
    external_id: str
    meeting: str | None
    occurrence_date: date | None  # which meeting of the series it records
    scheduled_for: datetime
    status: SessionStatus
    topics: tuple[str, ...]
    notes: str
    private_notes: tuple[tuple[str, str], ...]  # (author id, text)
    action_items: tuple[ActionItemEntry, ...]


@dataclass(frozen=True)
class ChecklistEntry:
    """A checklist run; its template is named by key."""

    path: str
    external_id: str
    template: str
    started_on: date
    completed_on: date | None
    steps: tuple[RunStep, ...]
    outcome: str
    follow_up_on: date | None


@dataclass(frozen=True)
class TemplateEntry:
    """A checklist template carried by the file."""

    path: str
    key: str
    title: str
    steps: tuple[TemplateStep, ...]


@dataclass(frozen=True)
class PairEntry:
    """A pair to add, naming its people by external id."""

    path: str
    external_id: str
    mentor: str
    mentee: str
    started_on: date
    quarters: QuarterMode
    ended_on: date | None
    end_reason: str | None
    agreement: Agreement | None
    goals: tuple[GoalEntry, ...] = ()
    meetings: tuple[MeetingEntry, ...] = ()
    sessions: tuple[SessionEntry, ...] = ()
    checklists: tuple[ChecklistEntry, ...] = ()


@dataclass(frozen=True)
class ImportPlan:
    """Everything a document adds, checked against every rule that needs no database."""

    people: tuple[PersonEntry, ...]
    pairs: tuple[PairEntry, ...]
    templates: tuple[TemplateEntry, ...] = ()


def parse_json(text: str) -> Any:
    """The JSON value in `text`, or a ValidationError saying where it is malformed."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise ValidationError.single("", f"not valid JSON ({where}): {exc.msg}") from None


def read_document(document: Any) -> ImportPlan:
    """Check `document` and turn it into an import plan, or raise with every problem."""
    _check_header(document)
    if problems := schema_problems(document):
        raise ValidationError(problems)
    reader = _Reader()
    people = tuple(reader.person(i, raw) for i, raw in enumerate(document.get("people") or []))
    pairs = tuple(reader.pair(i, raw) for i, raw in enumerate(document.get("pairs") or []))
    templates = tuple(
        TemplateEntry(
            f"checklist_templates[{i}]",
            raw["id"],
            raw["title"].strip(),
            tuple(
                TemplateStep(s["text"].strip(), (s.get("guidance") or "").strip())
                for s in raw["steps"]
            ),
        )
        for i, raw in enumerate(document.get("checklist_templates") or [])
    )
    for entry in templates:
        reader.unique("templates", entry.key, entry.path)
    if reader.problems:
        raise ValidationError(reader.problems)
    return ImportPlan(people, pairs, templates)


def _check_header(document: Any) -> None:
    if not isinstance(document, dict):
        raise ValidationError.single("(document)", "expected a JSON object with 'format'")
    if document.get("format") != FORMAT:
        found = document.get("format")
        raise ValidationError.single(
            "format", f"expected 'mentordesk', found {found!r}: this is not a MentorDesk file"
        )
    version = document.get("version")
    if version != VERSION:
        newer = isinstance(version, int) and version > VERSION
        hint = " (written by a newer MentorDesk)" if newer else ""
        raise ValidationError.single(
            "version", f"format version {version!r} is unknown{hint}; this MentorDesk reads 1"
        )


class _Reader:
    """Collects problems while turning raw entries into plan entries."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self._seen: dict[tuple[str, str], str] = {}

    def person(self, index: int, raw: dict[str, Any]) -> PersonEntry:
        path = json_path(["people", index])
        self._unique("people", raw["id"], path)
        draft = PersonDraft(raw["name"], raw["email"], raw.get("department")).cleaned()
        self._add(path, draft.problems())
        return PersonEntry(path, raw["id"], draft)

    def pair(self, index: int, raw: dict[str, Any]) -> PairEntry:
        path = json_path(["pairs", index])
        self._unique("pairs", raw["id"], path)
        started = self._date(raw, "started_on", path) or date.min
        ended = self._date(raw, "ended_on", path)
        rules = pair_problems(raw["mentor"], raw["mentee"], started, ended)
        reason = raw.get("end_reason")
        if ended is not None and reason:
            rules += [p for p in end_problems(started, ended, reason) if p.where == "end_reason"]
        self._add(path, rules)
        quarters = QuarterMode(raw.get("quarters") or QuarterMode.PARTNERSHIP)
        goals = tuple(
            self._goal(raw_goal, f"{path}.goals[{i}]", started, quarters)
            for i, raw_goal in enumerate(raw.get("goals") or [])
        )
        self._one_per_skill(goals)
        self._links(goals)
        meetings = tuple(
            self._meeting(raw_meeting, f"{path}.meetings[{i}]")
            for i, raw_meeting in enumerate(raw.get("meetings") or [])
        )
        sessions = tuple(
            self._session(raw_session, f"{path}.sessions[{i}]", raw, meetings)
            for i, raw_session in enumerate(raw.get("sessions") or [])
        )
        checklists = tuple(
            self._checklist(raw_run, f"{path}.checklists[{i}]")
            for i, raw_run in enumerate(raw.get("checklists") or [])
        )
        return PairEntry(
            path=path,
            external_id=raw["id"],
            mentor=raw["mentor"],
            mentee=raw["mentee"],
            started_on=started,
            quarters=quarters,
            ended_on=ended,
            end_reason=reason or None,
            agreement=self._agreement(raw.get("agreement"), f"{path}.agreement"),
            goals=goals,
            meetings=meetings,
            sessions=sessions,
            checklists=checklists,
        )

    def _checklist(self, raw: dict[str, Any], path: str) -> ChecklistEntry:
        self._unique("checklists", raw["id"], path)
        started = self._date(raw, "started_on", path) or date.min
        completed = self._date(raw, "completed_on", path)
        follow_up = self._date(raw, "follow_up_on", path)
        if completed is not None and completed < started:
            self.problems.append(
                Problem(
                    f"{path}.completed_on",
                    f"a run cannot close ({completed}) before it started ({started})",
                )
            )
        if follow_up is not None and follow_up < started:
            self.problems.append(
                Problem(f"{path}.follow_up_on", "the follow-up is before the run started")
            )
        steps = tuple(
            RunStep(s["text"].strip(), "", bool(s["done"]), (s.get("note") or ""))
            for s in raw.get("steps") or []
        )
        return ChecklistEntry(
            path,
            raw["id"],
            raw["template"],
            started,
            completed,
            steps,
            (raw.get("outcome") or "").strip(),
            follow_up,
        )

    def _session(
        self,
        raw: dict[str, Any],
        path: str,
        pair: dict[str, Any],
        meetings: tuple[MeetingEntry, ...],
    ) -> SessionEntry:
        self._unique("sessions", raw["id"], path)
        when = datetime.fromisoformat(raw["scheduled_for"].replace("Z", "+00:00"))
        meeting = raw.get("meeting")
        series = next((m for m in meetings if m.external_id == meeting), None)
        if meeting is not None and series is None:
            self.problems.append(
                Problem(f"{path}.meeting", f"'{meeting}' is not a meeting series of this pair")
            )
        day = self._meeting_day(series, when, path) if series is not None else None
        partners = (pair["mentor"], pair["mentee"])
        notes = []
        for i, note in enumerate(raw.get("private_notes") or []):
            if note["author"] not in partners:
                self.problems.append(
                    Problem(
                        f"{path}.private_notes[{i}].author",
                        "a private note's author is the mentor or mentee",
                    )
                )
            notes.append((note["author"], note["text"]))
        items = []
        for i, item in enumerate(raw.get("action_items") or []):
            where = f"{path}.action_items[{i}]"
            self._unique("action items", item["id"], where)
            if item["owner"] not in partners:
                self.problems.append(
                    Problem(f"{where}.owner", "an action item belongs to the mentor or mentee")
                )
            items.append(
                ActionItemEntry(
                    item["id"],
                    item["owner"],
                    item["text"].strip(),
                    self._date(item, "due", where),
                    self._date(item, "done_on", where),
                )
            )
        topics = tuple(t.strip() for t in raw.get("topics") or [] if t.strip())
        body = raw.get("notes") or ""
        if message := text_problem(body, "the notes"):
            self.problems.append(Problem(f"{path}.notes", message))
        return SessionEntry(
            path=path,
            external_id=raw["id"],
            meeting=meeting,
            occurrence_date=day,
            scheduled_for=when,
            status=SessionStatus(raw["status"]),
            topics=topics,
            notes=body,
            private_notes=tuple(notes),
            action_items=tuple(items),
        )

    def _meeting_day(self, series: MeetingEntry, when: datetime, path: str) -> date | None:
        """The original date of the series' meeting at `when`, or a problem."""
        record = MeetingSeries(
            0, series.external_id, 0, series.draft, "", exceptions=series.exceptions
        )
        day = next((o.original_date for o in occurrences(record) if o.start == when), None)
        if day is None:
            self.problems.append(
                Problem(
                    f"{path}.scheduled_for",
                    f"the series '{series.external_id}' has no meeting at {when.isoformat()}",
                )
            )
        return day

    def _meeting(self, raw: dict[str, Any], path: str) -> MeetingEntry:
        self._unique("meetings", raw["id"], path)
        if raw.get("uid"):
            self._unique("uids", raw["uid"], f"{path}.uid")
        hours, minutes = (int(part) for part in raw["start_time"].split(":"))
        first = self._date(raw, "first_date", path) or date.min
        draft = SeriesDraft(
            weekday=raw["weekday"],
            start_time=time(hours, minutes),
            duration_minutes=raw["duration_minutes"],
            timezone=raw["timezone"],
            first_date=first,
            until=self._date(raw, "until", path) or first,
            every_weeks=raw.get("every_weeks") or 1,
            location=(raw.get("location") or "").strip(),
        )
        self._add(path, series_problems(draft))
        days = set(occurrence_dates(draft)) if draft.until >= draft.first_date else set()
        exceptions: list[SeriesException] = []
        for i, item in enumerate(raw.get("exceptions") or []):
            where = f"{path}.exceptions[{i}]"
            day = self._date(item, "date", where)
            if day is None:
                continue
            if day not in days:
                self.problems.append(Problem(f"{where}.date", f"the series does not meet on {day}"))
            if any(e.date == day for e in exceptions):
                self.problems.append(Problem(f"{where}.date", f"{day} has two exceptions"))
            moved = item.get("moved_to")
            exceptions.append(
                SeriesException(
                    day,
                    skip=bool(item.get("skip")),
                    moved_to=datetime.fromisoformat(moved) if moved else None,
                    location=item.get("location"),
                )
            )
        return MeetingEntry(
            path,
            raw["id"],
            draft,
            raw.get("uid"),
            raw.get("sequence") or 0,
            bool(raw.get("cancelled")),
            tuple(exceptions),
        )

    def _goal(self, raw: dict[str, Any], path: str, started: date, mode: QuarterMode) -> GoalEntry:
        self._unique("goals", raw["id"], path)
        target = self._date(raw, "target_date", path) or started
        draft = GoalDraft(
            quarter=raw["quarter"],
            skill=Skill(raw["skill"]),
            title=raw["title"],
            target_date=target,
            specific=raw.get("specific") or "",
            measure=raw.get("measure") or "",
            status=GoalStatus(raw.get("status") or GoalStatus.NOT_STARTED),
        ).cleaned()
        self._add(path, goal_problems(draft, quarter(started, mode, draft.quarter)))
        checkins = []
        for i, item in enumerate(raw.get("checkins") or []):
            on = self._date(item, "on", f"{path}.checkins[{i}]") or started
            checkins.append(CheckInEntry(on, item["progress"], (item.get("note") or "").strip()))
        outcome = raw.get("outcome")
        return GoalEntry(
            path=path,
            external_id=raw["id"],
            draft=draft,
            progress=raw.get("progress") or 0,
            outcome=Outcome(outcome) if outcome else None,
            reflection=(raw.get("reflection") or "").strip(),
            carried_from=raw.get("carried_from"),
            checkins=tuple(sorted(checkins, key=lambda c: c.on)),
        )

    def _one_per_skill(self, goals: tuple[GoalEntry, ...]) -> None:
        first: dict[tuple[int, Skill], GoalEntry] = {}
        for goal in goals:
            if goal.draft.status is GoalStatus.DROPPED:
                continue
            key = (goal.draft.quarter, goal.draft.skill)
            if (other := first.setdefault(key, goal)) is not goal:
                self.problems.append(
                    Problem(
                        f"{goal.path}.skill",
                        f"quarter {key[0]} already has a {key[1].value} goal that is not dropped "
                        f"(at {other.path})",
                    )
                )

    def _links(self, goals: tuple[GoalEntry, ...]) -> None:
        ids = {g.external_id for g in goals}
        for goal in goals:
            if goal.carried_from is not None and (
                goal.carried_from not in ids or goal.carried_from == goal.external_id
            ):
                self.problems.append(
                    Problem(
                        f"{goal.path}.carried_from",
                        f"'{goal.carried_from}' is not another goal of this pair",
                    )
                )

    def _agreement(self, raw: dict[str, Any] | None, path: str) -> Agreement | None:
        if raw is None:
            return None
        confidentiality = raw.get("confidentiality")
        text = AgreementText(
            cadence=raw.get("cadence") or "",
            expectations=raw.get("expectations") or "",
            confidentiality=True if confidentiality is None else confidentiality,
            ending=raw.get("ending") or "",
        ).cleaned()
        self._add(path, text.problems())
        mentor_on = self._date(raw, "signed_by_mentor_on", path)
        mentee_on = self._date(raw, "signed_by_mentee_on", path)
        return Agreement(text, mentor_on, mentee_on)

    def _date(self, raw: dict[str, Any], field: str, path: str) -> date | None:
        value = raw.get(field)
        if value is None:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            self.problems.append(Problem(f"{path}.{field}", f"{value!r} is not a real date"))
            return None

    def unique(self, kind: str, external_id: str, path: str) -> None:
        """Report an id used twice in the file."""
        self._unique(kind, external_id, path)

    def _unique(self, kind: str, external_id: str, path: str) -> None:
        first = self._seen.setdefault((kind, external_id), path)
        if first != path:
            self.problems.append(
                Problem(f"{path}.id", f"id '{external_id}' is used twice (also at {first})")
            )

    def _add(self, path: str, problems: list[Problem]) -> None:
        self.problems += [Problem(f"{path}.{p.where}", p.message) for p in problems]
