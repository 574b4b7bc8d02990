"""Reading a document into an import plan: structure, then schema, then the domain rules.

Every problem carries the JSON path of what is wrong, and quotes values only through
`shown`, so a message stays short and prints safely whatever the file holds. Rules that
need the database (ids already taken, people who exist only there) are the importing
service's to check.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from mentordesk.domain.assessments import SelfAssessment, Stage, assessment_problems
from mentordesk.domain.checklists import RunStep, TemplateStep
from mentordesk.domain.goals import GoalDraft, GoalStatus, Outcome, Skill, goal_problems
from mentordesk.domain.meetings import (
    SeriesDraft,
    SeriesException,
    series_problems,
    wall,
)
from mentordesk.domain.milestones import milestone_problems
from mentordesk.domain.pairs import (
    END_REASON_MAX,
    Agreement,
    AgreementText,
    PairKind,
    Role,
    end_problems,
    pair_problems,
)
from mentordesk.domain.people import PersonDraft
from mentordesk.domain.quarters import QuarterMode, quarter
from mentordesk.domain.sessions import SessionStatus
from mentordesk.domain.text import line_problem, shown, text_problem
from mentordesk.errors import Problem, ValidationError
from mentordesk.interchange import FORMAT, VERSION
from mentordesk.interchange.json_text import parse_json, structure_problems
from mentordesk.interchange.pair_extras import PairExtras
from mentordesk.interchange.plan import (
    ActionItemEntry,
    CheckInEntry,
    ChecklistEntry,
    GoalEntry,
    ImportPlan,
    MeetingEntry,
    MilestoneEntry,
    PairEntry,
    PersonEntry,
    SessionEntry,
    TemplateEntry,
)
from mentordesk.interchange.reading import MAX_QUARTER
from mentordesk.interchange.schema import capped, describe, schema_problems
from mentordesk.interchange.values import EARLIEST, LATEST

SEQUENCE_MAX = 2**31 - 1  # a calendar SEQUENCE, stored as a 32-bit integer

__all__ = ["EARLIEST", "LATEST", "ImportPlan", "parse_json", "read_document"]

_UNKNOWN = datetime(2000, 1, 1, tzinfo=UTC)  # stands in for a date-time already reported


def read_document(document: Any) -> ImportPlan:
    """Check `document` and turn it into an import plan, or raise with every problem
    (the first MAX_PROBLEMS of them, and how many more there are)."""
    check_header(document)
    if problems := structure_problems(document):
        raise ValidationError(capped(problems))
    if problems := schema_problems(document):
        raise ValidationError(capped(problems))
    reader = Reader()
    when = document.get("exported_at")
    if when is not None:
        reader.when(when, "exported_at")
    people = tuple(reader.person(i, raw) for i, raw in enumerate(document.get("people") or []))
    pairs = tuple(reader.pair(i, raw) for i, raw in enumerate(document.get("pairs") or []))
    templates = tuple(
        reader.template(i, raw) for i, raw in enumerate(document.get("checklist_templates") or [])
    )
    if reader.problems:
        raise ValidationError(capped(reader.problems))
    return ImportPlan(people, pairs, templates)


def check_header(document: Any) -> None:
    """Refuse what is not a MentorDesk document of this version, before anything else."""
    if not isinstance(document, dict):
        raise ValidationError.single("(document)", "expected a JSON object with 'format'")
    for key in getattr(document, "duplicates", ()):
        if key in ("format", "version"):  # which one counts cannot be told
            raise ValidationError.single(key, "appears twice in one object (a key may appear once)")
    found = document.get("format")
    if not isinstance(found, str) or found != FORMAT:
        raise ValidationError.single(
            "format",
            f"expected 'mentordesk', found {describe(found)}: this is not a MentorDesk file",
        )
    version = document.get("version")
    if type(version) is not int or version != VERSION:
        newer = type(version) is int and version > VERSION
        hint = " (written by a newer MentorDesk)" if newer else ""
        raise ValidationError.single(
            "version",
            f"format version {describe(version)} is unknown{hint}; this MentorDesk reads 1",
        )


def _required_text(value: str, label: str, limit: int | None = None) -> str | None:
    """What is wrong with a text that may span lines but must be there."""
    if not value:
        return f"{label} is required"
    if limit is not None and len(value) > limit:
        return f"{label} is longer than {limit} characters"
    return text_problem(value, label)


def _meets_on(draft: SeriesDraft, day: date) -> bool:
    """Whether `day` is one of the series' dates (by arithmetic: a series may span years)."""
    return (
        draft.first_date <= day <= draft.until
        and (day - draft.first_date).days % (7 * draft.every_weeks) == 0
    )


class Reader(PairExtras):
    """Collects problems while turning raw entries into plan entries (a document's
    parts in the order of `read_document`: `exported_at`, people, pairs, templates)."""

    # -- entries ---------------------------------------------------------------------
    def person(self, index: int, raw: dict[str, Any]) -> PersonEntry:
        """A person of the file's `people`."""
        path = f"people[{index}]"
        self._identify("people", raw["id"], path)
        draft = PersonDraft(raw["name"], raw["email"], raw.get("department")).cleaned()
        self._add(path, draft.problems())
        return PersonEntry(path, raw["id"], draft)

    def template(self, index: int, raw: dict[str, Any]) -> TemplateEntry:
        """A checklist template of the file's `checklist_templates`."""
        path = f"checklist_templates[{index}]"
        self._identify("templates", raw["id"], path)
        self._key_length(raw["id"], f"{path}.id")
        title = raw["title"].strip()
        self._report(f"{path}.title", line_problem(title, "a title", required=True))
        steps = []
        for i, step in enumerate(raw["steps"]):
            text, guidance = step["text"].strip(), (step.get("guidance") or "").strip()
            self._report(f"{path}.steps[{i}].text", _required_text(text, "a step"))
            self._report(f"{path}.steps[{i}].guidance", text_problem(guidance, "the guidance"))
            steps.append(TemplateStep(text, guidance))
        return TemplateEntry(path, raw["id"], title, tuple(steps))

    def pair(self, index: int, raw: dict[str, Any]) -> PairEntry:
        """A pair of the file's `pairs`, with everything it owns."""
        path = f"pairs[{index}]"
        self._identify("pairs", raw["id"], path)
        for role in ("mentor", "mentee"):
            self._reference(raw[role], f"{path}.{role}")
        started = self.day(raw, "started_on", path)
        ended = self.day(raw, "ended_on", path)
        if started is not None:
            self._add(path, pair_problems(raw["mentor"], raw["mentee"], started, ended))
        else:
            self._add(path, pair_problems(raw["mentor"], raw["mentee"], EARLIEST, None))
        reason = raw.get("end_reason")
        if reason:
            self._end_reason(reason, started, ended, f"{path}.end_reason")
        quarters = QuarterMode(raw.get("quarters") or QuarterMode.PARTNERSHIP)
        partners = (raw["mentor"], raw["mentee"])
        goals = tuple(
            self._goal(raw_goal, f"{path}.goals[{i}]", started, quarters, partners)
            for i, raw_goal in enumerate(raw.get("goals") or [])
        )
        self._one_per_skill(goals)
        self._links(goals)
        meetings = tuple(
            self._meeting(raw_meeting, f"{path}.meetings[{i}]")
            for i, raw_meeting in enumerate(raw.get("meetings") or [])
        )
        booked: dict[tuple[str, date], str] = {}
        goal_ids = frozenset(g.external_id for g in goals)
        sessions = tuple(
            self._session(
                raw_session, f"{path}.sessions[{i}]", raw, meetings, booked, goal_ids=goal_ids
            )
            for i, raw_session in enumerate(raw.get("sessions") or [])
        )
        checklists = tuple(
            self._checklist(raw_run, f"{path}.checklists[{i}]")
            for i, raw_run in enumerate(raw.get("checklists") or [])
        )
        answered: dict[tuple[str, int], str] = {}
        health = tuple(
            self._health_check(raw_check, f"{path}.health_checks[{i}]", partners, answered)
            for i, raw_check in enumerate(raw.get("health_checks") or [])
        )
        versions: dict[tuple[int, int], str] = {}
        signed = tuple(
            self._signed_summary(raw_signed, f"{path}.signed_summaries[{i}]", versions)
            for i, raw_signed in enumerate(raw.get("signed_summaries") or [])
        )
        wins = tuple(
            self._win(raw_win, f"{path}.wins[{i}]", partners, started)
            for i, raw_win in enumerate(raw.get("wins") or [])
        )
        return PairEntry(
            path=path,
            external_id=raw["id"],
            mentor=raw["mentor"],
            mentee=raw["mentee"],
            started_on=started or EARLIEST,
            quarters=quarters,
            ended_on=ended,
            end_reason=reason or None,
            agreement=self._agreement(raw.get("agreement"), f"{path}.agreement"),
            goals=goals,
            meetings=meetings,
            sessions=sessions,
            checklists=checklists,
            health=health,
            signed=signed,
            wins=wins,
            kind=PairKind(raw.get("kind") or PairKind.MENTORING),
            closing=self._closing(raw, path, ended),
        )

    def _end_reason(self, reason: str, started: date | None, ended: date | None, at: str) -> None:
        if ended is not None and started is not None:
            problems = [p for p in end_problems(started, ended, reason) if p.where == "end_reason"]
            self.problems += [Problem(at, p.message) for p in problems]
        elif len(reason) > END_REASON_MAX:
            self._report(at, f"keep the reason under {END_REASON_MAX} characters")
        else:
            self._report(at, text_problem(reason, "the reason"))

    def _checklist(self, raw: dict[str, Any], path: str) -> ChecklistEntry:
        self._identify("checklists", raw["id"], path)
        self._reference(raw["template"], f"{path}.template")
        self._key_length(raw["template"], f"{path}.template")
        started = self.day(raw, "started_on", path)
        completed = self.day(raw, "completed_on", path)
        follow_up = self.day(raw, "follow_up_on", path)
        if started is not None and completed is not None and completed < started:
            self._report(
                f"{path}.completed_on",
                f"a run cannot close ({completed}) before it started ({started})",
            )
        if started is not None and follow_up is not None and follow_up < started:
            self._report(f"{path}.follow_up_on", "the follow-up is before the run started")
        steps = []
        for i, step in enumerate(raw.get("steps") or []):
            text, note = step["text"].strip(), step.get("note") or ""
            self._report(f"{path}.steps[{i}].text", _required_text(text, "a step"))
            self._report(f"{path}.steps[{i}].note", text_problem(note, "the note"))
            steps.append(RunStep(text, "", step["done"], note))
        outcome = (raw.get("outcome") or "").strip()
        self._report(f"{path}.outcome", text_problem(outcome, "the outcome"))
        return ChecklistEntry(
            path,
            raw["id"],
            raw["template"],
            started or EARLIEST,
            completed,
            tuple(steps),
            outcome,
            follow_up,
        )

    def _session(
        self,
        raw: dict[str, Any],
        path: str,
        pair: dict[str, Any],
        meetings: tuple[MeetingEntry, ...],
        booked: dict[tuple[str, date], str],
        *,
        goal_ids: frozenset[str],
    ) -> SessionEntry:
        self._identify("sessions", raw["id"], path)
        when = self.when(raw["scheduled_for"], f"{path}.scheduled_for")
        meeting = raw.get("meeting")
        series = next((m for m in meetings if m.external_id == meeting), None)
        if meeting is not None and series is None:
            self._report(
                f"{path}.meeting", f"'{shown(meeting)}' is not a meeting series of this pair"
            )
        day = None
        if series is not None and when is not None and series.path not in self._undated:
            day = self._meeting_day(series, when, path)
        if series is not None and day is not None:
            first = booked.setdefault((series.external_id, day), path)
            if first != path:
                self._report(
                    f"{path}.scheduled_for",
                    f"the meeting of {day} already has a session (at {first})",
                )
        partners = (pair["mentor"], pair["mentee"])
        notes: list[tuple[str, str]] = []
        for i, note in enumerate(raw.get("private_notes") or []):
            where = f"{path}.private_notes[{i}]"
            if note["author"] not in partners:
                self._report(f"{where}.author", "a private note's author is the mentor or mentee")
            elif any(author == note["author"] for author, _ in notes):
                self._report(f"{where}.author", "each partner keeps one private note per session")
            self._report(f"{where}.text", text_problem(note["text"], "the note"))
            notes.append((note["author"], note["text"]))
        items = [
            self._action_item(item, f"{path}.action_items[{i}]", partners, goal_ids)
            for i, item in enumerate(raw.get("action_items") or [])
        ]
        topics = []
        for i, topic in enumerate(raw.get("topics") or []):
            if topic := topic.strip():
                message = line_problem(topic, "a topic", required=False, limit=1000)
                self._report(f"{path}.topics[{i}]", message)
                topics.append(topic)
        body = raw.get("notes") or ""
        self._report(f"{path}.notes", text_problem(body, "the notes"))
        feedback = self._feedback(raw, path, partners, when.date() if when else None)
        return SessionEntry(
            path=path,
            external_id=raw["id"],
            meeting=meeting,
            occurrence_date=day,
            scheduled_for=when or _UNKNOWN,
            status=SessionStatus(raw["status"]),
            topics=tuple(topics),
            notes=body,
            private_notes=tuple(notes),
            action_items=tuple(items),
            feedback=feedback,
        )

    def _action_item(
        self,
        item: dict[str, Any],
        where: str,
        partners: tuple[str, str],
        goal_ids: frozenset[str],
    ) -> ActionItemEntry:
        self._identify("action items", item["id"], where)
        if item["owner"] not in partners:
            self._report(f"{where}.owner", "an action item belongs to the mentor or mentee")
        text = item["text"].strip()
        self._report(f"{where}.text", _required_text(text, "the action item", limit=2000))
        goal = item.get("goal")
        if goal is not None and goal not in goal_ids:
            self._report(f"{where}.goal", f"'{shown(goal)}' is not a goal of this pair")
        return ActionItemEntry(
            item["id"],
            item["owner"],
            text,
            self.day(item, "due", where),
            self.day(item, "done_on", where),
            goal,
            self.day(item, "dropped_on", where),
        )

    def _meeting_day(self, series: MeetingEntry, when: datetime, path: str) -> date | None:
        """The original date of the series' meeting at `when`, or a problem. A moved
        meeting is found at its new time; the first by original date wins."""
        draft, zone = series.draft, series.draft.zone
        moved = {e.date: e.moved_to for e in series.exceptions if e.moved_to is not None}
        found = [day for day, to in moved.items() if wall(to.date(), to.time(), zone) == when]
        local = when.astimezone(zone).date()
        for day in (local - timedelta(days=1), local, local + timedelta(days=1)):
            on_time = day not in moved and _meets_on(draft, day)
            if on_time and wall(day, draft.start_time, zone) == when:
                found.append(day)
        if not found:
            self._report(
                f"{path}.scheduled_for",
                f"the series '{shown(series.external_id)}' has no meeting at {when.isoformat()}",
            )
            return None
        return min(found)

    def _meeting(self, raw: dict[str, Any], path: str) -> MeetingEntry:
        self._identify("meetings", raw["id"], path)
        if raw.get("uid"):
            self._reference(raw["uid"], f"{path}.uid")
            self._unique("uids", raw["uid"], f"{path}.uid")
        if raw.get("sequence") is not None and raw["sequence"] > SEQUENCE_MAX:
            self._report(f"{path}.sequence", f"must be at most {SEQUENCE_MAX:,}")
        start = self._time(raw, "start_time", path)
        first = self.day(raw, "first_date", path)
        until = self.day(raw, "until", path)
        zone = self._report(f"{path}.timezone", self._zone_problem(raw["timezone"]))
        draft = SeriesDraft(
            weekday=raw["weekday"],
            start_time=start or time(0),
            duration_minutes=raw["duration_minutes"],
            timezone=raw["timezone"],
            first_date=first or EARLIEST,
            until=until or first or EARLIEST,
            every_weeks=raw.get("every_weeks") or 1,
            location=(raw.get("location") or "").strip(),
        )
        trusted = {"weekday", "duration_minutes", "every_weeks", "location"}
        if first is not None and until is not None:
            trusted |= {"first_date", "until"}
        self._add(path, [p for p in series_problems(draft) if p.where in trusted])
        if start is None or first is None or until is None or until < first or not zone:
            self._undated.add(path)  # no occurrences to check exceptions and sessions against
        known = len(self.problems)
        exceptions: list[SeriesException] = []
        for i, item in enumerate(raw.get("exceptions") or []):
            change = self._exception(item, f"{path}.exceptions[{i}]", draft, path)
            if change is None:
                continue
            if any(e.date == change.date for e in exceptions):
                self._report(f"{path}.exceptions[{i}].date", f"{change.date} has two exceptions")
            exceptions.append(change)
        if len(self.problems) > known:
            self._undated.add(path)  # sessions cannot be matched to wrong exceptions
        return MeetingEntry(
            path,
            raw["id"],
            draft,
            raw.get("uid"),
            raw.get("sequence") or 0,
            bool(raw.get("cancelled")),
            tuple(exceptions),
        )

    def _exception(
        self, item: dict[str, Any], where: str, draft: SeriesDraft, series: str
    ) -> SeriesException | None:
        day = self.day(item, "date", where)
        moved = self._moved(item.get("moved_to"), f"{where}.moved_to")
        location = item.get("location")
        if location is not None:
            message = line_problem(location.strip(), "the place", required=False, limit=500)
            self._report(f"{where}.location", message)
        if day is None:
            return None
        if series not in self._undated and not _meets_on(draft, day):
            self._report(f"{where}.date", f"the series does not meet on {day}")
        return SeriesException(day, skip=bool(item.get("skip")), moved_to=moved, location=location)

    def _goal(
        self,
        raw: dict[str, Any],
        path: str,
        started: date | None,
        mode: QuarterMode,
        partners: tuple[str, str],
    ) -> GoalEntry:
        self._identify("goals", raw["id"], path)
        owner = Role.MENTEE
        if raw.get("owner") is not None:
            if raw["owner"] not in partners:
                self._report(f"{path}.owner", "a goal belongs to the pair's mentor or mentee")
            elif raw["owner"] == partners[0]:
                owner = Role.MENTOR
        if raw.get("carried_from") is not None:
            self._reference(raw["carried_from"], f"{path}.carried_from")
        target = self.day(raw, "target_date", path)
        number = raw["quarter"]
        draft = GoalDraft(
            quarter=number,
            skill=Skill(raw["skill"]),
            title=raw["title"],
            target_date=target or started or EARLIEST,
            specific=raw.get("specific") or "",
            measure=raw.get("measure") or "",
            status=GoalStatus(raw.get("status") or GoalStatus.NOT_STARTED),
            owner=owner,
        ).cleaned()
        span = None
        if number > MAX_QUARTER:
            self._report(f"{path}.quarter", f"a pair has at most {MAX_QUARTER} quarters")
        elif started is not None and target is not None:
            span = quarter(started, mode, number)
        # Without the quarter's dates, only the rules on text apply.
        problems = goal_problems(draft, span or quarter(draft.target_date, mode, 1))
        self._add(path, [p for p in problems if span is not None or p.where != "target_date"])
        checkins = []
        for i, item in enumerate(raw.get("checkins") or []):
            where = f"{path}.checkins[{i}]"
            on = self.day(item, "on", where)
            note = (item.get("note") or "").strip()
            self._report(f"{where}.note", text_problem(note, "the note"))
            checkins.append(CheckInEntry(on or EARLIEST, item["progress"], note))
        milestones = []
        for i, item in enumerate(raw.get("milestones") or []):
            where = f"{path}.milestones[{i}]"
            text = " ".join(item["text"].split())
            due = self.day(item, "due", where)
            reached = self.day(item, "reached_on", where)
            if span is not None and due is not None:
                for problem in milestone_problems(text, due, span, i):
                    self._report(f"{where}.{problem.where}", problem.message)
            milestones.append(MilestoneEntry(text, due or EARLIEST, reached))
        assessments = []
        for stage, item in (raw.get("self_assessment") or {}).items():
            where = f"{path}.self_assessment.{stage}"
            evidence = " ".join(item["evidence"].split())
            on = self.day(item, "on", where)
            for problem in assessment_problems(item["score"], evidence):
                self._report(f"{where}.{problem.where}", problem.message)
            assessments.append(
                SelfAssessment(Stage(stage), item["score"], evidence, on or EARLIEST)
            )
        outcome = raw.get("outcome")
        reflection = (raw.get("reflection") or "").strip()
        self._report(f"{path}.reflection", text_problem(reflection, "the reflection"))
        return GoalEntry(
            path=path,
            external_id=raw["id"],
            draft=draft,
            progress=raw.get("progress") or 0,
            outcome=Outcome(outcome) if outcome else None,
            reflection=reflection,
            carried_from=raw.get("carried_from"),
            checkins=tuple(sorted(checkins, key=lambda c: c.on)),
            milestones=tuple(milestones),
            assessments=tuple(assessments),
        )

    def _one_per_skill(self, goals: tuple[GoalEntry, ...]) -> None:
        first: dict[tuple[int, Skill, Role], GoalEntry] = {}
        for goal in goals:
            if goal.draft.status is GoalStatus.DROPPED:
                continue
            key = (goal.draft.quarter, goal.draft.skill, goal.draft.owner)
            if (other := first.setdefault(key, goal)) is not goal:
                self._report(
                    f"{goal.path}.skill",
                    f"quarter {key[0]} already has a {key[1].value} goal of the "
                    f"{key[2].value}'s that is not dropped (at {other.path})",
                )

    def _links(self, goals: tuple[GoalEntry, ...]) -> None:
        ids = {g.external_id for g in goals}
        for goal in goals:
            if goal.carried_from is not None and (
                goal.carried_from not in ids or goal.carried_from == goal.external_id
            ):
                self._report(
                    f"{goal.path}.carried_from",
                    f"'{shown(goal.carried_from)}' is not another goal of this pair",
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
            runs_until=self.day(raw, "runs_until", path),
            review_on=self.day(raw, "review_on", path),
        ).cleaned()
        self._add(path, text.problems())
        mentor_on = self.day(raw, "signed_by_mentor_on", path)
        mentee_on = self.day(raw, "signed_by_mentee_on", path)
        return Agreement(text, mentor_on, mentee_on)
