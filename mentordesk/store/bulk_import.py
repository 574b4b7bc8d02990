"""Writing an import in bulk: whole pairs with Core `insert()` executemany, a batch of
pairs at a time, inside the unit of work's transaction.

The repositories write one record at a time through the ORM, which is right for what a
person does and about seven times the cost of the rows themselves for a team's file.
Here every row of a batch is laid out first, its id taken in advance (SQLite: after the
largest id, the write lock being held; PostgreSQL: from the table's sequence), so that
children name their parents without a round trip, and each table gets one executemany.
What the ORM path keeps alongside is kept here too: the search index of each session
(the entries of `store/sessions._entries`, in its order and rowids), private notes
wherever this install keeps them, and the default version of a new session.

The records are described by what is read from them (the protocols of import_records),
so the importing service hands over its import plan's entries as they are.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC
from typing import Any

from sqlalchemy import Connection, Table, bindparam, func, insert, select, text, update

from mentordesk.domain.checklists import ChecklistTemplate
from mentordesk.domain.date_words import zone_name
from mentordesk.domain.people import PersonDraft
from mentordesk.store import tables
from mentordesk.store.import_records import PairLike
from mentordesk.store.in_lists import among, chunks
from mentordesk.store.private_notes import PrivateNoteRepository
from mentordesk.store.search import ROWS_PER_SESSION, normalise
from mentordesk.store.unit_of_work import UnitOfWork

# The columns an import's ids must not already be in, by what the ids name. Session and
# action item ids share one space (a link names either).
KEYS = {
    "people": (tables.people.c.external_id,),
    "pairs": (tables.pairs.c.external_id,),
    "goals": (tables.goals.c.external_id,),
    "meetings": (tables.meeting_series.c.external_id,),
    "uids": (tables.meeting_series.c.uid,),
    "sessions": (tables.sessions.c.external_id, tables.action_items.c.external_id),
    "runs": (tables.checklist_runs.c.external_id,),
    "signed": (tables.signed_summaries.c.external_id,),
    "wins": (tables.wins.c.external_id,),
}

_FTS5_ROWS = text(
    "INSERT INTO search_index (rowid, kind, ref_id, session_id, shown, body) "
    "VALUES (:id, :k, :r, :s, :t, :b)"
)
_POSTGRES_ROWS = text(
    "INSERT INTO search_index (kind, ref_id, session_id, shown, body) "
    "VALUES (:k, :r, :s, :t, to_tsvector('simple', :b))"
)


@dataclass
class Added:
    """The ids of what was written, by kind."""

    pairs: list[int] = field(default_factory=list)
    goals: list[int] = field(default_factory=list)
    meetings: list[int] = field(default_factory=list)
    sessions: list[int] = field(default_factory=list)
    runs: list[int] = field(default_factory=list)


def _normalised(body: str) -> str:
    """`search.normalise`, the quick way for ASCII text (casefolded: lower case; no
    accents, CJK or emoji to treat)."""
    return body.lower() if body.isascii() else normalise(body)


class BulkImport:
    """Checks an import's ids against the database and writes its records in bulk,
    within one unit of work."""

    def __init__(self, uow: UnitOfWork) -> None:
        # The unit of work's own connection: the same transaction as its repositories.
        self._conn: Connection = uow.connection()
        self._private: PrivateNoteRepository = uow.private_notes
        self._server = self._conn.dialect.name != "sqlite"
        self._next: dict[str, int] = {}  # SQLite: the next free id, by table
        self._floor: dict[str, int] = {}  # the first id this import gave, by table

    # -- checks ----------------------------------------------------------------------
    def taken(self, key: str, candidates: Iterable[str]) -> set[str]:
        """Which of `candidates` the database held before this import, in the columns
        of KEYS[key] (rows this import wrote do not count)."""
        found: set[str] = set()
        wanted = list(candidates)
        for column in KEYS[key]:
            table = column.table
            assert isinstance(table, Table)
            older = self._floor.get(table.name)
            for batch in chunks(wanted):
                query = select(column).where(among(self._conn, column, batch))
                if older is not None:
                    query = query.where(table.c.id < older)
                found.update(self._conn.scalars(query))
        return found

    def person_ids(self, external_ids: Iterable[str]) -> dict[str, int]:
        """The ids of the people with these external ids (those found)."""
        people = tables.people.c
        return {
            xid: pid
            for batch in chunks(external_ids)
            for xid, pid in self._conn.execute(
                select(people.external_id, people.id).where(
                    among(self._conn, people.external_id, batch)
                )
            )
        }

    # -- writes ----------------------------------------------------------------------
    def add_people(self, people: Sequence[tuple[str, PersonDraft]]) -> dict[str, int]:
        """Store people given as (external id, draft); returns their ids by external id."""
        ids = self._ids(tables.people, len(people))
        self._insert(
            tables.people,
            [
                {
                    "id": pid,
                    "external_id": xid,
                    "name": draft.name,
                    "email": draft.email,
                    "department": draft.department,
                }
                for pid, (xid, draft) in zip(ids, people, strict=True)
            ],
        )
        return {xid: pid for pid, (xid, _) in zip(ids, people, strict=True)}

    def add_pairs(
        self,
        pairs: Sequence[PairLike],
        person_ids: Mapping[str, int],
        templates: Mapping[str, ChecklistTemplate],
        new_uid: Callable[[], str],
    ) -> Added:
        """Store whole pairs (ids checked before); people are resolved by `person_ids`,
        runs' titles and guidance come from `templates` (by key), and `new_uid()` names a
        series that has none."""
        added = Added(pairs=self._ids(tables.pairs, len(pairs)))
        self._insert(
            tables.pairs,
            [
                {
                    "id": pair_id,
                    "external_id": pair.external_id,
                    "mentor_id": person_ids[pair.mentor],
                    "mentee_id": person_ids[pair.mentee],
                    "started_on": pair.started_on,
                    "quarters": pair.quarters.value,
                    "kind": pair.kind.value,
                    "mentor_closing": pair.closing[0],
                    "mentee_closing": pair.closing[1],
                    "ended_on": pair.ended_on,
                    "end_reason": pair.end_reason,
                }
                for pair_id, pair in zip(added.pairs, pairs, strict=True)
            ],
        )
        self._insert(
            tables.agreements,
            [
                {
                    "pair_id": pair_id,
                    "cadence": a.text.cadence,
                    "expectations": a.text.expectations,
                    "confidentiality": a.text.confidentiality,
                    "ending": a.text.ending,
                    "signed_by_mentor_on": a.signed_by_mentor_on,
                    "signed_by_mentee_on": a.signed_by_mentee_on,
                    "runs_until": a.text.runs_until,
                    "review_on": a.text.review_on,
                }
                for pair_id, pair in zip(added.pairs, pairs, strict=True)
                if (a := pair.agreement) is not None
            ],
        )
        goal_ids = self._add_goals(pairs, added)
        series_ids = self._add_meetings(pairs, added, new_uid)
        self._add_runs(pairs, added, templates)
        self._add_sessions(pairs, added, person_ids, goal_ids, series_ids)
        self._add_health_and_signed(pairs, added, person_ids)
        return added

    def _add_health_and_signed(
        self, pairs: Sequence[PairLike], added: Added, person_ids: Mapping[str, int]
    ) -> None:
        """Health-check answers, signed summaries (kept as they were signed) and wins."""
        answers, signed, wins = [], [], []
        for pair_id, pair in zip(added.pairs, pairs, strict=True):
            wins += [
                {
                    "external_id": w.external_id,
                    "pair_id": pair_id,
                    "won_on": w.won_on,
                    "text": w.text,
                    "person_id": person_ids[w.by] if w.by is not None else None,
                }
                for w in pair.wins
            ]
            answers += [
                {
                    "pair_id": pair_id,
                    "person_id": person_ids[a.person],
                    "quarter": a.quarter,
                    "scores": ",".join(str(s) for s in a.scores),
                    "comment": a.comment,
                    "answered_on": a.answered_on,
                }
                for a in pair.health
            ]
            signed += [
                {
                    "external_id": s.external_id,
                    "pair_id": pair_id,
                    "quarter": s.quarter,
                    "version": s.signature.version,
                    "signed_on": s.signature.signed_on,
                    "mentor_name": s.signature.mentor_name,
                    "mentee_name": s.signature.mentee_name,
                    "sha256": s.sha256,
                    "pdf": s.pdf,
                    "shown": s.shown,
                }
                for s in pair.signed
            ]
        self._insert(tables.health_answers, answers)
        self._insert(tables.signed_summaries, signed)
        self._insert(tables.wins, wins)

    def _add_goals(self, pairs: Sequence[PairLike], added: Added) -> list[dict[str, int]]:
        """Goals and check-ins; returns each pair's goal ids by external id."""
        goals = [goal for pair in pairs for goal in pair.goals]
        ids = iter(self._ids(tables.goals, len(goals)))
        by_pair = [{goal.external_id: next(ids) for goal in pair.goals} for pair in pairs]
        rows, checkins, links = [], [], []
        milestones: list[dict[str, Any]] = []
        ratings: list[dict[str, Any]] = []
        for pair_id, pair, goal_ids in zip(added.pairs, pairs, by_pair, strict=True):
            for goal in pair.goals:
                goal_id, draft = goal_ids[goal.external_id], goal.draft
                rows.append(
                    {
                        "id": goal_id,
                        "external_id": goal.external_id,
                        "pair_id": pair_id,
                        "quarter": draft.quarter,
                        "skill": draft.skill.value,
                        "owner": draft.owner.value,
                        "title": draft.title,
                        "specific": draft.specific,
                        "measure": draft.measure,
                        "target_date": draft.target_date,
                        "status": draft.status.value,
                        "progress": goal.progress,
                        "outcome": goal.outcome.value if goal.outcome else None,
                        "reflection": goal.reflection,
                        "carried_from_id": None,
                    }
                )
                checkins += [
                    {"goal_id": goal_id, "on": c.on, "progress": c.progress, "note": c.note}
                    for c in goal.checkins
                ]
                milestones += [
                    {"goal_id": goal_id, "due": m.due, "text": m.text, "reached_on": m.reached_on}
                    for m in goal.milestones
                ]
                ratings += [
                    {
                        "goal_id": goal_id,
                        "stage": a.stage.value,
                        "score": a.score,
                        "evidence": a.evidence,
                        "assessed_on": a.assessed_on,
                    }
                    for a in goal.assessments
                ]
                if goal.carried_from is not None:  # linked once every goal is there
                    links.append({"goal": goal_id, "from": goal_ids[goal.carried_from]})
                added.goals.append(goal_id)
        self._insert(tables.goals, rows)
        self._insert(tables.checkins, checkins)
        self._insert(tables.milestones, milestones)
        self._insert(tables.self_assessments, ratings)
        if links:
            goals_c = tables.goals.c
            self._conn.execute(
                update(tables.goals)
                .where(goals_c.id == bindparam("goal"))
                .values(carried_from_id=bindparam("from")),
                links,
            )
        return by_pair

    def _add_meetings(
        self, pairs: Sequence[PairLike], added: Added, new_uid: Callable[[], str]
    ) -> list[dict[str, int]]:
        """Series and their exceptions; returns each pair's series ids by external id."""
        count = sum(len(pair.meetings) for pair in pairs)
        ids = iter(self._ids(tables.meeting_series, count))
        rows, exceptions, by_pair = [], [], []
        for pair_id, pair in zip(added.pairs, pairs, strict=True):
            series_ids: dict[str, int] = {}
            for meeting in pair.meetings:
                series_id = series_ids[meeting.external_id] = next(ids)
                draft = meeting.draft
                rows.append(
                    {
                        "id": series_id,
                        "external_id": meeting.external_id,
                        "pair_id": pair_id,
                        "uid": meeting.uid or new_uid(),
                        "sequence": meeting.sequence,
                        "weekday": draft.weekday,
                        "start_time": draft.start_time,
                        "duration_minutes": draft.duration_minutes,
                        "timezone": draft.timezone,
                        "location": draft.location,
                        "first_date": draft.first_date,
                        "until": draft.until,
                        "every_weeks": draft.every_weeks,
                        "cancelled": meeting.cancelled,
                        "sent_sequence": None,
                    }
                )
                exceptions += [
                    {
                        "series_id": series_id,
                        "on_date": change.date,
                        "skip": change.skip,
                        "moved_to": change.moved_to,
                        "location": change.location,
                    }
                    for change in meeting.exceptions
                ]
                added.meetings.append(series_id)
            by_pair.append(series_ids)
        self._insert(tables.meeting_series, rows)
        self._insert(tables.series_exceptions, exceptions)
        return by_pair

    def _add_runs(
        self, pairs: Sequence[PairLike], added: Added, templates: Mapping[str, ChecklistTemplate]
    ) -> None:
        """Checklist runs with their steps (guidance copied from the template)."""
        count = sum(len(pair.checklists) for pair in pairs)
        ids = iter(self._ids(tables.checklist_runs, count))
        rows, steps = [], []
        for pair_id, pair in zip(added.pairs, pairs, strict=True):
            for run in pair.checklists:
                run_id = next(ids)
                template = templates.get(run.template)
                guidance = {s.text: s.guidance for s in template.steps} if template else {}
                rows.append(
                    {
                        "id": run_id,
                        "external_id": run.external_id,
                        "pair_id": pair_id,
                        "template_key": run.template,
                        "title": template.title if template else run.template,
                        "started_on": run.started_on,
                        "completed_on": run.completed_on,
                        "outcome": run.outcome,
                        "follow_up_on": run.follow_up_on,
                    }
                )
                steps += [
                    {
                        "run_id": run_id,
                        "position": i,
                        "text": s.text,
                        "guidance": guidance.get(s.text, ""),
                        "done": s.done,
                        "note": s.note,
                    }
                    for i, s in enumerate(run.steps)
                ]
                added.runs.append(run_id)
        self._insert(tables.checklist_runs, rows)
        self._insert(tables.checklist_run_steps, steps)

    def _add_sessions(
        self,
        pairs: Sequence[PairLike],
        added: Added,
        person_ids: Mapping[str, int],
        goal_ids: Sequence[Mapping[str, int]],
        series_ids: Sequence[Mapping[str, int]],
    ) -> None:
        """Sessions with topics, action items, private notes and their search entries."""
        count = sum(len(pair.sessions) for pair in pairs)
        session_ids = self._ids(tables.sessions, count)
        topic_ids = iter(
            self._ids(
                tables.session_topics,
                sum(len(s.topics) for pair in pairs for s in pair.sessions),
            )
        )
        item_ids = iter(
            self._ids(
                tables.action_items,
                sum(len(s.action_items) for pair in pairs for s in pair.sessions),
            )
        )
        next_session = iter(session_ids)
        rows: list[dict[str, Any]] = []
        topics: list[dict[str, Any]] = []
        items: list[dict[str, Any]] = []
        notes: list[tuple[int, int, str]] = []
        feedback: list[dict[str, Any]] = []
        index: list[dict[str, Any]] = []
        for pair_id, pair, goals, series in zip(
            added.pairs, pairs, goal_ids, series_ids, strict=True
        ):
            for session in pair.sessions:
                session_id = next(next_session)
                when = session.scheduled_for
                rows.append(
                    {
                        "id": session_id,
                        "external_id": session.external_id,
                        "pair_id": pair_id,
                        "series_id": series.get(session.meeting) if session.meeting else None,
                        "occurrence_date": session.occurrence_date,
                        "scheduled_for": when.astimezone(UTC).replace(tzinfo=None),
                        "timezone": zone_name(when),
                        "status": session.status.value,
                        "notes": session.notes,
                    }
                )
                entries = [("notes", session_id, session.notes)]
                for position, body in enumerate(session.topics):
                    topic_id = next(topic_ids)
                    topics.append(
                        {
                            "id": topic_id,
                            "session_id": session_id,
                            "position": position,
                            "text": body,
                        }
                    )
                    entries.append(("topic", topic_id, body))
                for item in session.action_items:
                    item_id = next(item_ids)
                    items.append(
                        {
                            "id": item_id,
                            "external_id": item.external_id,
                            "session_id": session_id,
                            "owner_id": person_ids[item.owner],
                            "text": item.text,
                            "due": item.due,
                            "done_on": item.done_on,
                            "dropped_on": item.dropped_on,
                            "goal_id": goals.get(item.goal) if item.goal else None,
                        }
                    )
                    entries.append(("action", item_id, item.text))
                index += self._index_rows(session_id, entries)
                notes += [
                    (session_id, person_ids[author], body) for author, body in session.private_notes
                ]
                feedback += [
                    {
                        "session_id": session_id,
                        "person_id": person_ids[f.person],
                        "useful": f.useful,
                        "balance": f.balance,
                        "word": f.word,
                        "answered_on": f.answered_on,
                    }
                    for f in session.feedback
                ]
        added.sessions += session_ids
        self._insert(tables.sessions, rows)
        self._insert(tables.session_topics, topics)
        self._insert(tables.action_items, items)
        self._insert(tables.meeting_feedback, feedback)
        if index:
            self._conn.execute(_POSTGRES_ROWS if self._server else _FTS5_ROWS, index)
        self._private.add_many(notes)

    def _index_rows(
        self, session_id: int, entries: list[tuple[str, int, str]]
    ) -> list[dict[str, Any]]:
        """A new session's search entries, as `SearchIndex.replace_session` stores them."""
        first = session_id * ROWS_PER_SESSION
        return [
            {
                **({} if self._server else {"id": first + n}),
                "k": kind,
                "r": ref_id,
                "s": session_id,
                "t": body,
                "b": _normalised(body),
            }
            for n, (kind, ref_id, body) in enumerate(entries[:ROWS_PER_SESSION])
            if body.strip()
        ]

    # -- rows and ids ----------------------------------------------------------------
    def _insert(self, table: Table, rows: list[dict[str, Any]]) -> None:
        if rows:
            self._conn.execute(insert(table), rows)

    def _ids(self, table: Table, count: int) -> list[int]:
        """`count` new ids for `table`, in increasing order."""
        if count == 0:
            return []
        if self._server:
            sequence = func.pg_get_serial_sequence(table.name, "id")
            ids = sorted(
                self._conn.scalars(
                    select(func.nextval(sequence)).select_from(func.generate_series(1, count))
                )
            )
        else:
            first = self._next.get(table.name)
            if first is None:  # the write lock is held: nobody else adds rows meanwhile
                first = (self._conn.scalar(select(func.max(table.c.id))) or 0) + 1
            self._next[table.name] = first + count
            ids = list(range(first, first + count))
        self._floor.setdefault(table.name, ids[0])
        return ids
