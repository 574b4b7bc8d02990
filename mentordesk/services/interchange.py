"""Use cases for interchange files: import all or nothing, export deterministically."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from mentordesk.domain.health import ChecklistRun
from mentordesk.domain.pairs import Pair, raise_if
from mentordesk.domain.text import shown
from mentordesk.errors import Problem, UserFacingError, ValidationError
from mentordesk.files import write_atomically
from mentordesk.interchange import writer
from mentordesk.interchange.plan import (
    ChecklistEntry,
    GoalEntry,
    ImportPlan,
    MeetingEntry,
    SessionEntry,
)
from mentordesk.interchange.reader import parse_json, read_document
from mentordesk.interchange.schema import capped
from mentordesk.services.changes import ChangeSet
from mentordesk.services.clock import Clock
from mentordesk.services.health import builtin_templates
from mentordesk.store.pairs import NewPair
from mentordesk.store.sessions import SessionContent
from mentordesk.store.unit_of_work import Store, UnitOfWork


@dataclass(frozen=True)
class ImportResult:
    """How many records an import added, and which."""

    people: int
    pairs: int
    changes: ChangeSet


class InterchangeService:
    """Moves people and pairs in and out as interchange documents."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    def import_file(self, path: Path) -> ImportResult:
        """Import the document in `path`: everything in it, or nothing at all."""
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise UserFacingError(f"cannot read {path}: {exc.strerror or exc}") from None
        return self.import_text(_decoded(raw))

    def import_text(self, text: str) -> ImportResult:
        """Import a document given as JSON text."""
        return self.import_plan(read_document(parse_json(text)))

    def import_plan(self, plan: ImportPlan, *, replace_all: bool = False) -> ImportResult:
        """Write a checked plan in one transaction; `replace_all` first erases everything."""
        with self._store.writing() as uow:
            if replace_all:
                uow.erase_everything()
            person_ids = self._check_and_resolve(uow, plan)
            template_ids = self._put_templates(uow, plan)
            for entry in plan.people:
                person_ids[entry.external_id] = uow.people.add(entry.draft, entry.external_id)
            pair_ids: list[int] = []
            goal_ids: list[int] = []
            meeting_ids: list[int] = []
            session_ids: list[int] = []
            run_ids: list[int] = []
            for pair in plan.pairs:
                new = NewPair(
                    pair.external_id,
                    person_ids[pair.mentor],
                    person_ids[pair.mentee],
                    pair.started_on,
                    pair.quarters,
                    pair.ended_on,
                    pair.end_reason,
                )
                pair_ids.append(uow.pairs.add(new))
                if pair.agreement is not None:
                    uow.pairs.set_agreement(pair_ids[-1], pair.agreement)
                goal_ids += self._add_goals(uow, pair_ids[-1], pair.goals)
                series_ids = self._add_meetings(uow, pair_ids[-1], pair.meetings)
                meeting_ids += list(series_ids.values())
                run_ids += self._add_runs(uow, pair_ids[-1], pair.checklists)
                session_ids += self._add_sessions(
                    uow, pair_ids[-1], pair.sessions, series_ids, person_ids
                )
            uow.commit()
        self._store.refresh_statistics()  # the planner's figures for the grown tables
        added_people = frozenset(person_ids[e.external_id] for e in plan.people)
        changes = ChangeSet(
            people=added_people,
            pairs=frozenset(pair_ids),
            goals=frozenset(goal_ids),
            meetings=frozenset(meeting_ids),
            sessions=frozenset(session_ids),
            checklists=frozenset(run_ids) | frozenset(template_ids),
        )
        return ImportResult(len(plan.people), len(plan.pairs), changes)

    @staticmethod
    def _add_goals(uow: UnitOfWork, pair_id: int, goals: tuple[GoalEntry, ...]) -> list[int]:
        ids: dict[str, int] = {}
        for goal in goals:  # unlinked first, so a link always finds its goal
            ids[goal.external_id] = uow.goals.add(
                pair_id, goal.external_id, goal.draft, goal.progress
            )
            uow.goals.set_review(ids[goal.external_id], goal.outcome, goal.reflection)
            for checkin in goal.checkins:
                uow.goals.add_checkin(
                    ids[goal.external_id], checkin.on, checkin.progress, checkin.note
                )
        for goal in goals:
            if goal.carried_from is not None:
                uow.goals.link(ids[goal.external_id], ids[goal.carried_from])
        return list(ids.values())

    @staticmethod
    def _add_meetings(
        uow: UnitOfWork, pair_id: int, meetings: tuple[MeetingEntry, ...]
    ) -> dict[str, int]:
        ids = {}
        for meeting in meetings:
            uid = meeting.uid or f"{uuid.uuid4()}@mentordesk"
            series_id = uow.meetings.add(
                pair_id,
                meeting.external_id,
                uid,
                meeting.draft,
                sequence=meeting.sequence,
                cancelled=meeting.cancelled,
            )
            uow.meetings.put_exceptions(series_id, meeting.exceptions)
            ids[meeting.external_id] = series_id
        return ids

    @staticmethod
    def _add_sessions(
        uow: UnitOfWork,
        pair_id: int,
        sessions: tuple[SessionEntry, ...],
        series_ids: dict[str, int],
        person_ids: dict[str, int],
    ) -> list[int]:
        batch = []
        for entry in sessions:
            content = SessionContent(
                series_id=series_ids.get(entry.meeting) if entry.meeting else None,
                occurrence_date=entry.occurrence_date,
                topics=entry.topics,
                notes=entry.notes,
                action_items=[
                    (i.external_id, person_ids[i.owner], i.text, i.due, i.done_on)
                    for i in entry.action_items
                ],
                private_notes=[(person_ids[a], body) for a, body in entry.private_notes],
                goal_links={i.external_id: i.goal for i in entry.action_items if i.goal},
            )
            batch.append((entry.external_id, entry.scheduled_for, entry.status, content))
        ids = uow.sessions.add_complete(pair_id, batch)
        return ids

    @staticmethod
    def _put_templates(uow: UnitOfWork, plan: ImportPlan) -> list[int]:
        """Store the file's templates that are new, or replace unchanged built-ins."""
        ids = []
        for entry in plan.templates:
            existing = uow.checklists.template(entry.key)
            if existing is None or existing.steps != entry.steps or existing.title != entry.title:
                ids.append(
                    uow.checklists.put_template(
                        entry.key,
                        entry.title,
                        entry.steps,
                        builtin=existing is not None and existing.builtin,
                    )
                )
        return ids

    @staticmethod
    def _add_runs(uow: UnitOfWork, pair_id: int, runs: tuple[ChecklistEntry, ...]) -> list[int]:
        ids = []
        for entry in runs:
            template = uow.checklists.template(entry.template)
            guidance = {s.text: s.guidance for s in template.steps} if template else {}
            steps = tuple(replace(s, guidance=guidance.get(s.text, "")) for s in entry.steps)
            ids.append(
                uow.checklists.add_run(
                    ChecklistRun(
                        0,
                        entry.external_id,
                        pair_id,
                        entry.template,
                        template.title if template else entry.template,
                        entry.started_on,
                        steps,
                        entry.outcome,
                        entry.follow_up_on,
                        entry.completed_on,
                    )
                )
            )
        return ids

    def _check_and_resolve(self, uow: UnitOfWork, plan: ImportPlan) -> dict[str, int]:
        """Refuse ids already taken and unknown people; returns known people's ids."""
        goals = [g for pair in plan.pairs for g in pair.goals]
        meetings = [m for pair in plan.pairs for m in pair.meetings]
        sessions = [s for pair in plan.pairs for s in pair.sessions]
        runs = [r for pair in plan.pairs for r in pair.checklists]
        items = [
            _Located(f"{s.path}.action_items[{i}]", a.external_id)
            for s in sessions
            for i, a in enumerate(s.action_items)
        ]
        problems = [
            *_taken("person", "id", plan.people, uow.people.existing_external_ids),
            *_taken("pair", "id", plan.pairs, uow.pairs.existing_external_ids),
            *_taken("goal", "id", goals, uow.goals.existing_external_ids),
            *_taken("meeting series", "id", meetings, uow.meetings.existing_external_ids),
            *_taken("session", "id", sessions, uow.sessions.existing_external_ids),
            *_taken("checklist run", "id", runs, uow.checklists.existing_external_ids),
            *_template_problems(uow, plan, runs),
            *_taken("action item", "id", items, uow.sessions.existing_external_ids),
            *_taken(
                "meeting series", "uid", [m for m in meetings if m.uid], uow.meetings.existing_uids
            ),
        ]
        in_file = {e.external_id for e in plan.people}
        resolved: dict[str, int] = {}
        for pair in plan.pairs:
            for role, ref in (("mentor", pair.mentor), ("mentee", pair.mentee)):
                if ref in in_file or ref in resolved:
                    continue
                person = uow.people.by_external_id(ref)
                if person is None:
                    message = (
                        f"unknown person '{shown(ref)}' (not in this file nor in the database)"
                    )
                    problems.append(Problem(f"{pair.path}.{role}", message))
                else:
                    resolved[ref] = person.id
        raise_if(capped(problems))
        return resolved

    def export_document(
        self, pair_refs: Sequence[str] = (), *, include_private: bool = False
    ) -> dict[str, Any]:
        """The document for the named pairs (all pairs and people when none are named).

        Private notes are written only with `include_private`.
        """
        with self._store.reading() as uow:
            if pair_refs:
                pairs = [self._pair_by_ref(uow, ref) for ref in dict.fromkeys(pair_refs)]
                people = {p.id: p for pair in pairs for p in (pair.mentor, pair.mentee)}.values()
            else:
                pairs = list(uow.pairs.get_many(uow.pairs.ids()).values())
                people = uow.people.get_many(uow.people.ids()).values()
            # A few statements whatever the number of pairs (one pair at a time was three
            # and more for each).
            goals = uow.goals.of_pairs(pair.id for pair in pairs)
            meetings = uow.meetings.of_pairs(pair.id for pair in pairs)
            sessions = uow.sessions.of_pairs(pair.id for pair in pairs)
            people_by_id = {p.id: p for pair in pairs for p in (pair.mentor, pair.mentee)}
            runs = uow.checklists.runs_of_pairs(pair.id for pair in pairs)
            shipped = {key: (title, steps) for key, title, steps in builtin_templates()}
            templates = [
                t for t in uow.checklists.templates() if shipped.get(t.key) != (t.title, t.steps)
            ]
            return writer.document(
                people,
                pairs,
                goals,
                meetings,
                self._clock.now(),
                sessions=writer.SessionParts(sessions, people_by_id, include_private),
                checklists=writer.ChecklistParts(runs, templates),
            )

    def export_file(
        self, path: Path, pair_refs: Sequence[str] = (), *, include_private: bool = False
    ) -> dict[str, Any]:
        """Write the document to `path` atomically; returns it."""
        doc = self.export_document(pair_refs, include_private=include_private)
        try:
            write_atomically(path, writer.dumps(doc).encode("utf-8"))
        except OSError as exc:
            raise UserFacingError(f"cannot write {path}: {exc.strerror or exc}") from None
        return doc

    @staticmethod
    def _pair_by_ref(uow: UnitOfWork, ref: str) -> Pair:
        pair = uow.pairs.by_external_id(ref)
        if pair is None:
            raise ValidationError.single(
                "", f"there is no pair '{shown(ref)}' (see 'mentordesk pairs')"
            )
        return pair


def _template_problems(
    uow: UnitOfWork, plan: ImportPlan, runs: Sequence[ChecklistEntry]
) -> list[Problem]:
    """A file's template may not silently overwrite a template someone edited, and every
    run must name a template the file or the database knows."""
    shipped = {key: (title, steps) for key, title, steps in builtin_templates()}
    for key, (title, steps) in shipped.items():
        if uow.checklists.template(key) is None:
            uow.checklists.put_template(key, title, steps, builtin=True)
    problems = []
    for entry in plan.templates:
        existing = uow.checklists.template(entry.key)
        if existing is None or (existing.title, existing.steps) == (entry.title, entry.steps):
            continue
        unchanged_builtin = existing.builtin and shipped.get(existing.key) == (
            existing.title,
            existing.steps,
        )
        if not unchanged_builtin:
            problems.append(
                Problem(
                    f"{entry.path}.id",
                    f"a different checklist template '{shown(entry.key)}' already exists",
                )
            )
    known = {t.key for t in uow.checklists.templates()} | {t.key for t in plan.templates}
    problems += [
        Problem(f"{r.path}.template", f"unknown checklist template '{shown(r.template)}'")
        for r in runs
        if r.template not in known
    ]
    return problems


@dataclass(frozen=True)
class _Located:
    """Anything with a JSON path and an external id (for the 'already taken' check)."""

    path: str
    external_id: str


def _taken(
    kind: str, field: str, entries: Sequence[Any], existing: Callable[[Iterable[str]], set[str]]
) -> list[Problem]:
    """A problem for each entry whose id (or uid) the database already holds."""
    attribute = "uid" if field == "uid" else "external_id"

    def value(entry: Any) -> str:
        return str(getattr(entry, attribute))

    taken = existing(value(e) for e in entries)
    article = "an" if kind[0] in "aeiou" else "a"
    return [
        Problem(
            f"{e.path}.{field}", f"{article} {kind} with {field} '{shown(value(e))}' already exists"
        )
        for e in entries
        if value(e) in taken
    ]


# Byte order marks of the encodings a JSON file is most often saved in by mistake.
_OTHER_ENCODINGS = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


def _decoded(raw: bytes) -> str:
    """The file's text: UTF-8, with or without a byte order mark; else a problem saying
    where the first byte that is not UTF-8 is."""
    for mark, name in _OTHER_ENCODINGS:
        if raw.startswith(mark):
            raise ValidationError.single("", f"the file is {name} text; save it as UTF-8")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise ValidationError.single(
            "", f"not UTF-8 text (line {line}, column {column}: byte {exc.start})"
        ) from None
