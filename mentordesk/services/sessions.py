"""Use cases for the session log: record meetings, action items, the agenda, search."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from enum import Enum
from typing import Any

from mentordesk.domain.checklists import ChecklistRun
from mentordesk.domain.goals import GoalStatus, is_behind
from mentordesk.domain.meetings import MeetingSeries, Occurrence, next_occurrence, occurrences
from mentordesk.domain.pairs import raise_if
from mentordesk.domain.quarters import quarter
from mentordesk.domain.sessions import (
    ActionItem,
    LogRow,
    Session,
    SessionStatus,
    carried_items,
    default_due,
    is_overdue,
    log_rows,
)
from mentordesk.domain.text import line_problem, text_problem
from mentordesk.domain.words import translate
from mentordesk.errors import Problem, UserFacingError
from mentordesk.services.agenda import Agenda, GoalLine, MilestoneLine
from mentordesk.services.changes import ChangeSet
from mentordesk.services.clock import Clock
from mentordesk.services.ids import unique_id
from mentordesk.services.undo import Action, Step, apply, perform
from mentordesk.store.sessions import Fingerprints, StaleSessionError
from mentordesk.store.unit_of_work import Store, UnitOfWork

NOTES_MAX = 2_000_000  # characters: a 1 MB note fits comfortably
ITEM_TEXT_MAX = 2000  # characters of an action item


class Unchanged(Enum):
    """Marks a field that an edit of an action item leaves as it is."""

    KEEP = "keep"


KEEP = Unchanged.KEEP


@dataclass(frozen=True)
class SearchResult:
    """One match: where it is and a line of its text."""

    pair_id: int
    pair_title: str
    session_id: int
    when: datetime
    kind: str
    text: str


class ChangedElsewhereError(UserFacingError):
    """A save met a newer version of the session, saved by another install meanwhile."""

    def __init__(self, theirs: Session) -> None:
        super().__init__(
            translate(
                "Sessions",
                "This session was changed on another computer while you were editing it. "
                "Nothing was overwritten: choose which version to keep.",
            )
        )
        self.theirs = theirs


class SessionService:
    """The session log: each call is one transaction and returns what it changed."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    def now(self) -> datetime:
        """The time now, by this service's clock."""
        return self._clock.now()

    # -- reading ---------------------------------------------------------------------
    def log(self, pair_id: int) -> list[LogRow]:
        """Every meeting and session of the pair, missed ones marked."""
        with self._store.reading() as uow:
            series = uow.meetings.of_pair(pair_id)
            sessions = uow.sessions.of_pair(pair_id)
        found = [o for s in series if not s.cancelled for o in occurrences(s)]
        return log_rows(found, sessions, self.now())

    def get(self, session_id: int) -> Session:
        """One session."""
        with self._store.reading() as uow:
            return uow.sessions.get(session_id)

    def agenda(self, pair_id: int, on: date | None = None, *, at: datetime | None = None) -> Agenda:
        """The agenda of the meeting on at `at` (default: now; see `meeting_on_now`), or
        of the first meeting on or after the day `on`."""
        with self._store.reading() as uow:
            pair = uow.pairs.get(pair_id)
            series = uow.meetings.of_pair(pair_id)
            sessions = uow.sessions.of_pair(pair_id)
            goals = uow.goals.of_pair(pair_id)
            runs = uow.checklists.runs_of_pair(pair_id)
        start = at or (
            datetime.combine(on, time(0), tzinfo=self.now().tzinfo) if on else self.now()
        )
        meeting = next_occurrence(series, start)
        before = meeting.start if meeting else start
        planned = next(
            (
                s
                for s in sessions
                if meeting
                and s.series_id == meeting.series_id
                and s.occurrence_date == meeting.original_date
            ),
            None,
        )
        day = before.date()
        number = pair.current_quarter(day) or 1
        span = quarter(pair.started_on, pair.quarters, number)
        lines = tuple(
            GoalLine(
                g.skill, g.title, g.progress, is_behind(g, span, day), pair.person(g.owner).name
            )
            for g in goals
            if g.quarter == number and g.status is not GoalStatus.DROPPED
        )
        owners = {pair.mentor.id: pair.mentor.name, pair.mentee.id: pair.mentee.name}
        steps = tuple(
            MilestoneLine(m, pair.person(g.owner).name)
            for g in goals
            if g.quarter == number and g.is_open
            for m in g.milestones
            if m.reached_on is None or m.reached_on >= day
        )
        return Agenda(
            pair,
            meeting,
            tuple(carried_items(sessions, before)),
            lines,
            planned.topics if planned else (),
            owners,
            _follow_ups_due(runs, series, meeting, start),
            next(
                (
                    s
                    for s in reversed(sessions)
                    if s.status is SessionStatus.HELD and s.scheduled_for < before
                ),
                None,
            ),
            steps,
        )

    def search(self, query: str, limit: int = 50) -> list[SearchResult]:
        """Topics, shared notes and action items across every pair: the newest matches
        (store/search.RANKED of them), best first."""
        with self._store.reading() as uow:
            hits = uow.sessions.search(query, limit)
            places = uow.sessions.places({h.session_id for h in hits})
            pairs = uow.pairs.get_many({pair_id for pair_id, _ in places.values()})
        results = []
        for hit in hits:
            pair_id, when = places[hit.session_id]
            results.append(
                SearchResult(
                    pair_id,
                    pairs[pair_id].title,
                    hit.session_id,
                    when,
                    hit.kind,
                    _first_line(hit.text),
                )
            )
        return results

    # -- writing ---------------------------------------------------------------------
    def open_for(self, pair_id: int, occurrence: Occurrence | None = None) -> tuple[int, ChangeSet]:
        """The session of a meeting (created when first opened), or a new ad-hoc one."""
        with self._store.writing() as uow:
            pair = uow.pairs.get(pair_id)
            if occurrence is not None:
                found = uow.sessions.for_occurrence(occurrence.series_id, occurrence.original_date)
                if found is not None:
                    return found.id, ChangeSet()
            when = occurrence.start if occurrence else self.now()
            status = (
                SessionStatus.PLANNED
                if occurrence and occurrence.start > self.now()
                else SessionStatus.HELD
            )
            xid = unique_id(f"{pair.external_id}-{when:%Y%m%d}", uow.sessions.existing_external_ids)
            session_id = uow.sessions.add(
                pair_id,
                xid,
                when,
                status,
                series_id=occurrence.series_id if occurrence else None,
                occurrence_date=occurrence.original_date if occurrence else None,
            )
            uow.commit()
        return session_id, ChangeSet(sessions=frozenset({session_id}), created=session_id)

    def save(
        self,
        session_id: int,
        status: SessionStatus,
        topics: Sequence[str],
        notes: str,
        *,
        expected_version: int | None = None,
    ) -> ChangeSet:
        """Store a session's status, topics (blank ones dropped) and shared notes.

        With `expected_version` (the version the editor started from), a session changed
        meanwhile by someone else is not overwritten: ChangedElsewhereError carries
        their version. A successful save leaves the session at `expected_version + 1`.
        """
        topics = [t.strip() for t in topics if t.strip()]
        problems = [
            Problem(f"topics[{i}]", m)
            for i, t in enumerate(topics)
            if (m := line_problem(t, translate("Sessions", "a topic"), required=False, limit=1000))
        ]
        if message := text_problem(notes, translate("Sessions", "the notes")):
            problems.append(Problem("notes", message))
        if len(notes) > NOTES_MAX:
            problems.append(
                Problem(
                    "notes", translate("Sessions", "the notes are longer than 2 million characters")
                )
            )
        raise_if(problems)
        try:
            with self._store.writing() as uow:
                was = uow.sessions.set_content(session_id, status, topics, notes, expected_version)
                uow.commit()
        except StaleSessionError:
            raise ChangedElsewhereError(self.get(session_id)) from None
        if was is status:  # words only: what is counted from sessions stays as it was
            return ChangeSet(session_words=frozenset({session_id}))
        return ChangeSet(sessions=frozenset({session_id}))

    def changed_since(
        self, pair_id: int, seen: Fingerprints | None
    ) -> tuple[frozenset[int], Fingerprints]:
        """The pair's sessions saved (or given action items) since the fingerprints
        `seen`, and the fingerprints now: how an install notices another's work."""
        with self._store.reading() as uow:
            now = uow.sessions.fingerprints(pair_id)
        if seen is None:
            return frozenset(), now
        changed = {i for i, mark in now.items() if seen.get(i) != mark} | (seen.keys() - now)
        return frozenset(changed), now

    def save_private_note(self, session_id: int, author_id: int, body: str) -> ChangeSet:
        """The author's private note for a session (empty text removes it)."""
        with self._store.writing() as uow:
            session = uow.sessions.get(session_id)
            pair = uow.pairs.get(session.pair_id)
            if author_id not in (pair.mentor.id, pair.mentee.id):
                raise UserFacingError(
                    translate("Sessions", "Only the mentor or the mentee keep private notes here.")
                )
            uow.sessions.set_private_note(session_id, author_id, body)
            uow.commit()
        return ChangeSet(session_words=frozenset({session_id}))

    # -- action items ------------------------------------------------------------------
    def overdue_items(
        self, session: Session, meetings: Sequence[Occurrence] | None = None
    ) -> frozenset[int]:
        """The session's action items that are overdue now: open, and their due meeting
        (the last on their due day) is over. Reads the meetings only when an open item
        has a due date, and none are given (`meetings`: every meeting of the pair, as
        its log has just read them)."""
        dues = [i.due for i in session.action_items if i.is_open and i.due is not None]
        if not dues:
            return frozenset()
        if meetings is None:
            with self._store.reading() as uow:
                series = uow.meetings.of_pair(session.pair_id)
            meetings = _meetings_since(series, min(dues) - timedelta(days=1))
        now = self.now()
        return frozenset(i.id for i in session.action_items if is_overdue(i, meetings, now))

    def agree_action_item(
        self,
        session_id: int,
        owner_id: int,
        body: str,
        due: date | None = None,
        *,
        goal_id: int | None = None,
    ) -> Step:
        """Agree an action item, due by default at the next meeting after this one (see
        `default_due`); undone, it goes again."""
        action = self._adding(session_id, owner_id, body, due, goal_id)
        return perform(self._store, translate("Sessions", "Add Action Item"), action)

    def add_action_item(
        self,
        session_id: int,
        owner_id: int,
        body: str,
        due: date | None = None,
        *,
        goal_id: int | None = None,
    ) -> ChangeSet:
        """Agree an action item (as `agree_action_item`), keeping no way back."""
        return apply(self._store, self._adding(session_id, owner_id, body, due, goal_id))

    def edit_action_item(
        self,
        item_id: int,
        *,
        owner_id: int | Unchanged = KEEP,
        text: str | Unchanged = KEEP,
        due: date | Unchanged | None = KEEP,
        done_on: date | Unchanged | None = KEEP,
        goal_id: int | Unchanged | None = KEEP,
        dropped_on: date | Unchanged | None = KEEP,
    ) -> Step:
        """Change the fields given (reword, reassign, re-date, link to a goal or unlink,
        mark done or open again); undone, those fields are as they were. A change made
        meanwhile to another field (by the other partner, say) is kept either way."""
        given = {
            name: value
            for name, value in (
                ("owner_id", owner_id),
                ("text", text),
                ("due", due),
                ("done_on", done_on),
                ("goal_id", goal_id),
                ("dropped_on", dropped_on),
            )
            if value is not KEEP
        }
        return perform(self._store, _edit_name(given), self._editing(item_id, given))

    def update_action_item(
        self, item_id: int, owner_id: int, body: str, due: date | None, done_on: date | None
    ) -> ChangeSet:
        """Change an action item, or mark it done (with a date) or open again (None); its
        goal link stays. Keeps no way back."""
        fields = {"owner_id": owner_id, "text": body, "due": due, "done_on": done_on}
        return apply(self._store, self._editing(item_id, fields))

    def remove_action_item(self, item_id: int) -> Step:
        """Delete an action item; undone, it comes back as it was (its id may differ)."""
        return perform(
            self._store, translate("Sessions", "Delete Action Item"), self._deleting(item_id)
        )

    def delete_action_item(self, item_id: int) -> ChangeSet:
        """Delete an action item, keeping no way back."""
        return apply(self._store, self._deleting(item_id))

    def _adding(
        self, session_id: int, owner_id: int, body: str, due: date | None, goal_id: int | None
    ) -> Action:
        body = body.strip()
        raise_if([Problem("text", m) for m in [_item_text_problem(body)] if m])

        def add(uow: UnitOfWork) -> tuple[ChangeSet, Action]:
            session = uow.sessions.get(session_id)
            self._check_owner(uow, session.pair_id, owner_id)
            _check_goal(uow, session.pair_id, goal_id)
            when = due if due is not None else self._default_due(uow, session)
            xid = unique_id(f"{session.external_id}-a", uow.sessions.existing_external_ids)
            item_id = uow.sessions.add_action_item(
                session_id, xid, owner_id, body, due=when, goal_id=goal_id
            )
            changes = ChangeSet(sessions=frozenset({session_id}), created=item_id)
            return changes, self._deleting(item_id)

        return add

    def _default_due(self, uow: UnitOfWork, session: Session) -> date:
        now = self.now()
        since = max(session.scheduled_for, now).date() - timedelta(days=1)
        meetings = _meetings_since(uow.meetings.of_pair(session.pair_id), since)
        return default_due(session.scheduled_for, now, meetings)

    def _editing(self, item_id: int, fields: Mapping[str, Any]) -> Action:
        fields = {k: v.strip() if k == "text" else v for k, v in fields.items()}
        if "text" in fields:
            raise_if([Problem("text", m) for m in [_item_text_problem(fields["text"])] if m])

        def edit(uow: UnitOfWork) -> tuple[ChangeSet, Action]:
            item = uow.sessions.action_item(item_id)
            changed = {k: v for k, v in fields.items() if getattr(item, k) != v}
            if not changed:
                return ChangeSet(), edit
            if {"owner_id", "goal_id"} & changed.keys():
                pair_id = uow.sessions.get(item.session_id).pair_id
                self._check_owner(uow, pair_id, changed.get("owner_id", item.owner_id))
                _check_goal(uow, pair_id, changed.get("goal_id"))
            uow.sessions.update_action_item(replace(item, **changed))
            back = {k: getattr(item, k) for k in changed}
            return ChangeSet(sessions=frozenset({item.session_id})), self._editing(item_id, back)

        return edit

    def _deleting(self, item_id: int) -> Action:
        def delete(uow: UnitOfWork) -> tuple[ChangeSet, Action]:
            item = uow.sessions.action_item(item_id)
            uow.sessions.delete_action_item(item_id)
            return ChangeSet(sessions=frozenset({item.session_id})), self._restoring(item)

        return delete

    def _restoring(self, item: ActionItem) -> Action:
        def restore(uow: UnitOfWork) -> tuple[ChangeSet, Action]:
            goal_id = item.goal_id
            if goal_id is not None and goal_id not in uow.goals.get_many([goal_id]):
                goal_id = None  # the goal went meanwhile: the item comes back unlinked
            # Its own external id, unless an import took it meanwhile.
            xid = unique_id(item.external_id, uow.sessions.existing_external_ids)
            new_id = uow.sessions.add_action_item(  # a session deleted meanwhile says so
                item.session_id,
                xid,
                item.owner_id,
                item.text,
                due=item.due,
                done_on=item.done_on,
                goal_id=goal_id,
                dropped_on=item.dropped_on,
            )
            changes = ChangeSet(sessions=frozenset({item.session_id}), created=new_id)
            return changes, self._deleting(new_id)

        return restore

    @staticmethod
    def _check_owner(uow: UnitOfWork, pair_id: int, owner_id: int) -> None:
        pair = uow.pairs.get(pair_id)
        if owner_id not in (pair.mentor.id, pair.mentee.id):
            raise UserFacingError(
                translate("Sessions", "An action item belongs to the mentor or the mentee.")
            )


def _check_goal(uow: UnitOfWork, pair_id: int, goal_id: int | None) -> None:
    """An item may serve one of its own pair's goals."""
    if goal_id is None:
        return
    goal = uow.goals.get_many([goal_id]).get(goal_id)
    if goal is None or goal.pair_id != pair_id:
        raise UserFacingError(
            translate("Sessions", "An action item can serve only a goal of its own pair.")
        )


def _item_text_problem(body: str) -> str | None:
    return line_problem(
        body, translate("Sessions", "the action item"), required=True, limit=ITEM_TEXT_MAX
    )


def _meetings_since(series: Iterable[MeetingSeries], since: date) -> list[Occurrence]:
    """The meetings of these series originally on or after `since` (and any moved from
    before it), those of cancelled series left out."""
    return [o for s in series if not s.cancelled for o in occurrences(s, since)]


def _edit_name(fields: Mapping[str, object]) -> str:
    """What Edit ▸ Undo calls an edit of these fields of an action item."""
    if len(fields) != 1:
        return translate("Sessions", "Edit Action Item")
    [(name, value)] = fields.items()
    given = value is not None
    named = {
        "owner_id": translate("Sessions", "Reassign Action Item"),
        "due": translate("Sessions", "Change Due Date"),
        "goal_id": (
            translate("Sessions", "Link Action Item to Goal")
            if given
            else translate("Sessions", "Unlink Action Item")
        ),
        "done_on": (
            translate("Sessions", "Mark Action Item Done")
            if given
            else translate("Sessions", "Reopen Action Item")
        ),
        "dropped_on": (
            translate("Sessions", "Drop Action Item")
            if given
            else translate("Sessions", "Take Up Action Item Again")
        ),
    }
    return named.get(name) or translate("Sessions", "Edit Action Item")


def _follow_ups_due(
    runs: list[ChecklistRun],
    series: list[MeetingSeries],
    meeting: Occurrence | None,
    start: datetime,
) -> tuple[ChecklistRun, ...]:
    """Follow-ups whose date falls after the meeting before this one, up to this one:
    each shows on the agenda of the first meeting on or after its date."""
    until = meeting.start.date() if meeting else start.date()
    earlier = [
        o.start.date()
        for s in series
        if not s.cancelled
        for o in occurrences(s)
        if not o.skipped and (meeting is None or o.start < meeting.start)
    ]
    after = max(earlier) if earlier else date.min
    return tuple(r for r in runs if r.follow_up_on is not None and after < r.follow_up_on <= until)


def _first_line(value: str) -> str:
    line = value.strip().splitlines()[0] if value.strip() else ""
    return line if len(line) <= 160 else line[:159] + "…"
