"""Use cases for pair health: checklists, health checks, and signals that need attention."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from mentordesk.domain.checklists import ChecklistRun, ChecklistTemplate, RunStep, TemplateStep
from mentordesk.domain.date_words import day_text
from mentordesk.domain.feedback import trend
from mentordesk.domain.goals import GoalProgress, is_behind
from mentordesk.domain.health import (
    GOALS_BEHIND,
    NEW_PAIR_DAYS,
    HealthAnswer,
    HealthSignals,
    score_problem,
)
from mentordesk.domain.meetings import Occurrence, occurrences, on_wall_clock
from mentordesk.domain.pairs import Pair, PairStatus, Role, raise_if
from mentordesk.domain.quarters import quarter
from mentordesk.domain.sessions import SessionMark, SessionStatus, attendance, due_meeting_over
from mentordesk.domain.text import line_problem, slugify, text_problem
from mentordesk.domain.words import translate
from mentordesk.errors import NotFoundError, Problem, UserFacingError, ValidationError
from mentordesk.resource_files import resource
from mentordesk.services.changes import ChangeSet
from mentordesk.services.clock import Clock
from mentordesk.services.feedback import answered_together
from mentordesk.services.ids import unique_id
from mentordesk.services.undo import Action, Step, apply, perform
from mentordesk.store.unit_of_work import Store, UnitOfWork

# Missed meetings in a row and attendance are counted over this much recent history.
RECENT = timedelta(weeks=13)
# Open items due this close to today are counted by `due_meeting_over`, those due earlier
# in SQL: whatever the zones of the clock and of the meetings (at most 26 hours apart) and
# however long a meeting lasts (at most 8 hours), the due meeting of an item due 3 days
# ago is over and that of an item due in 3 days not yet begun.
DUE_WINDOW = timedelta(days=2)


@cache
def builtin_templates() -> tuple[tuple[str, str, tuple[TemplateStep, ...]], ...]:
    """The built-in templates shipped in resources/checklists.json: (key, title, steps)."""
    raw = json.loads(resource("checklists.json").read_text(encoding="utf-8"))
    return tuple(
        (t["key"], t["title"], tuple(TemplateStep(s["text"], s["guidance"]) for s in t["steps"]))
        for t in raw["templates"]
    )


TeamHealth = tuple[Pair, HealthSignals]
# How many of the team's pairs to hand over early, and to what (see `HealthService.team`).
Early = tuple[int, Callable[[list[TeamHealth]], None]]


@dataclass(frozen=True)
class HealthResults:
    """Who has answered a quarter's health check, and the answers once both have."""

    quarter: int
    answered_by: frozenset[int]
    revealed: tuple[HealthAnswer, ...]  # empty until both partners have answered


class HealthService:
    """Checklists, health checks and health signals; each call is one transaction.

    `start_checklist` and `save_checklist` are what the person does, and return a `Step`
    that can take it back; `start`, `update` and `close` apply the same rules without
    undo."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    def today(self) -> date:
        """Today, by this service's clock."""
        return self._clock.now().date()

    # -- templates ---------------------------------------------------------------------
    def templates(self) -> list[ChecklistTemplate]:
        """Every checklist template (the built-ins are put in place on first use)."""
        with self._store.writing() as uow:
            known = {t.key for t in uow.checklists.templates()}
            for key, title, steps in builtin_templates():
                if key not in known:
                    uow.checklists.put_template(key, title, steps, builtin=True)
            uow.commit()
            return uow.checklists.templates()

    def template(self, key: str) -> ChecklistTemplate:
        """One template."""
        found = next((t for t in self.templates() if t.key == key), None)
        if found is None:
            raise NotFoundError(
                translate("Health", "there is no checklist template '{key}'").format(key=key)
            )
        return found

    def save_template(
        self, key: str | None, title: str, steps: Sequence[TemplateStep]
    ) -> ChangeSet:
        """Create a template (key None) or reword, reorder, add and remove its steps."""
        title = title.strip()
        steps = [TemplateStep(s.text.strip(), s.guidance.strip()) for s in steps if s.text.strip()]
        problems = [
            Problem("title", m)
            for m in [line_problem(title, translate("Health", "a title"), required=True)]
            if m
        ]
        if not steps:
            problems.append(
                Problem("steps", translate("Health", "a checklist needs at least one step"))
            )
        problems += [
            Problem(f"steps[{i}]", m)
            for i, s in enumerate(steps)
            if (m := text_problem(s.text + s.guidance, translate("Health", "a step")))
        ]
        raise_if(problems)
        self.templates()  # built-ins first, so a new key never takes one of theirs
        with self._store.writing() as uow:
            existing = uow.checklists.template(key) if key else None
            if key is not None and existing is None:
                raise NotFoundError(
                    translate("Health", "there is no checklist template '{key}'").format(key=key)
                )
            new_key = key or unique_id(
                slugify(title, "checklist"),
                lambda ks: {k for k in ks if uow.checklists.template(k)},
            )
            template_id = uow.checklists.put_template(
                new_key, title, steps, builtin=bool(existing and existing.builtin)
            )
            uow.commit()
        return ChangeSet(checklists=frozenset({template_id}), created=template_id)

    def delete_template(self, key: str) -> ChangeSet:
        """Remove a template of your own (built-ins can be edited and restored instead)."""
        template = self.template(key)
        if template.builtin:
            raise UserFacingError(
                translate("Health", "Built-in checklists stay; edit them, or restore them.")
            )
        with self._store.writing() as uow:
            uow.checklists.delete_template(key)
            uow.commit()
        return ChangeSet(checklists=frozenset({template.id}))

    def restore_builtins(self) -> ChangeSet:
        """Put the built-in templates back as shipped."""
        with self._store.writing() as uow:
            ids = {
                uow.checklists.put_template(key, title, steps, builtin=True)
                for key, title, steps in builtin_templates()
            }
            uow.commit()
        return ChangeSet(checklists=frozenset(ids))

    # -- runs ------------------------------------------------------------------------------
    def runs(self, pair_id: int) -> list[ChecklistRun]:
        """A pair's checklist runs, oldest first (the history)."""
        with self._store.reading() as uow:
            return uow.checklists.runs_of_pair(pair_id)

    def run(self, run_id: int) -> ChecklistRun:
        """One run."""
        with self._store.reading() as uow:
            return uow.checklists.run(run_id)

    def start_checklist(self, pair_id: int, key: str) -> Step:
        """Start working through a checklist; undone, the run is removed."""
        return perform(
            self._store, translate("Health", "Start Checklist"), self._starting(pair_id, key)
        )

    def start(self, pair_id: int, key: str) -> ChangeSet:
        """Start working through a checklist; its steps are copied into the run."""
        return apply(self._store, self._starting(pair_id, key))

    def save_checklist(self, run: ChecklistRun, close: bool) -> Step:
        """Store a run's ticks, step notes, outcome and follow-up date, and with `close`
        close it today, all in one; undone, the run is as it was."""
        if close:
            run = self._closed(run, run.outcome, run.follow_up_on)
        _check_run(run)
        return perform(self._store, translate("Health", "Edit Checklist"), _run_as(run))

    def update(self, run: ChecklistRun) -> ChangeSet:
        """Store a run's ticks, step notes, outcome, follow-up date and closing."""
        _check_run(run)
        return apply(self._store, _run_as(run))

    def close(self, run_id: int, outcome: str, follow_up_on: date | None) -> ChangeSet:
        """Close a run with the agreed outcome and an optional follow-up date."""
        return self.update(self._closed(self.run(run_id), outcome, follow_up_on))

    def _closed(self, run: ChecklistRun, outcome: str, follow_up_on: date | None) -> ChecklistRun:
        if not outcome.strip():
            raise ValidationError.single(
                "outcome", translate("Health", "write down what you agreed")
            )
        return replace(
            run, outcome=outcome.strip(), follow_up_on=follow_up_on, completed_on=self.today()
        )

    def _starting(self, pair_id: int, key: str) -> Action:
        template = self.template(key)
        today = self.today()

        def start(uow: UnitOfWork) -> tuple[ChangeSet, Action]:
            pair = self._open_pair(uow, pair_id)
            xid = f"{pair.external_id}-{key}-{today:%Y%m%d}"  # made unique as it is added
            steps = tuple(RunStep(s.text, s.guidance) for s in template.steps)
            return _run_added(ChecklistRun(0, xid, pair_id, key, template.title, today, steps))(uow)

        return start

    # -- health checks -------------------------------------------------------------------
    def answer(
        self, pair_id: int, person_id: int, scores: Sequence[int], comment: str
    ) -> ChangeSet:
        """Record a partner's private answers for the current quarter."""
        if message := score_problem(tuple(scores)):
            raise ValidationError.single("scores", message)
        if message := text_problem(comment, translate("Health", "the comment")):
            raise ValidationError.single("comment", message)
        with self._store.writing() as uow:
            pair = self._open_pair(uow, pair_id)
            if person_id not in (pair.mentor.id, pair.mentee.id):
                raise UserFacingError(
                    translate("Health", "Only the mentor and the mentee answer the health check.")
                )
            number = pair.current_quarter(self.today()) or 1
            uow.health_answers.put_answer(
                pair_id,
                HealthAnswer(person_id, number, tuple(scores), comment.strip(), self.today()),
            )
            uow.commit()
        return ChangeSet(pairs=frozenset({pair_id}))

    def results(self, pair_id: int, number: int | None = None) -> HealthResults:
        """Who answered the quarter's check; the answers only once both have."""
        with self._store.reading() as uow:
            pair = uow.pairs.get(pair_id)
            number = number or pair.current_quarter(self.today()) or 1
            answers = uow.health_answers.answers(pair_id, number)
        by = frozenset(a.person_id for a in answers)
        both = {pair.mentor.id, pair.mentee.id} <= by
        ordered = sorted(answers, key=lambda a: a.person_id != pair.mentor.id)
        return HealthResults(number, by, tuple(ordered) if both else ())

    # -- signals ---------------------------------------------------------------------------
    def team(self, early: Early | None = None) -> list[TeamHealth]:
        """Every pair that has not ended, in the pair list's order, with its signals.

        `early`: (count, hand): the first `count` of them are handed to `hand` as soon
        as their signals are read, and the rest read after them in the same transaction
        (one snapshot): a large team's first screen of rows need not wait for the whole
        team. A team of `count` pairs or fewer is read at once, and not handed early."""
        now = self._clock.now()  # one reading of the clock for both parts too
        today = now.date()
        with self._store.reading() as uow:
            ids = uow.pairs.ids()
            pairs = uow.pairs.get_many(ids)
            active = [i for i in ids if pairs[i].status(today) is not PairStatus.ENDED]
            count, hand = early if early is not None else (0, None)
            if hand is None or not 0 < count < len(active):
                signals = self._signals(uow, {i: pairs[i] for i in active}, now)
                return [(pairs[i], signals[i]) for i in active]
            first = self._signals(uow, {i: pairs[i] for i in active[:count]}, now)
            hand([(pairs[i], first[i]) for i in active[:count]])
            rest = self._signals(uow, {i: pairs[i] for i in active[count:]}, now)
        signals = first | rest
        return [(pairs[i], signals[i]) for i in active]

    def signals(self, pair_ids: Sequence[int]) -> dict[int, HealthSignals]:
        """Each pair's health signals (pairs that do not exist are left out)."""
        with self._store.reading() as uow:
            return self._signals(uow, uow.pairs.get_many(pair_ids))

    def _signals(
        self, uow: UnitOfWork, pairs: dict[int, Pair], now: datetime | None = None
    ) -> dict[int, HealthSignals]:
        """The pairs' signals, read in a handful of queries whatever their number (no
        notes, topics, or goals of other quarters are read). An item is overdue by the
        session editor's rule (`due_meeting_over`): SQL counts those due well before
        today, and the few due near today are counted against the pair's meetings."""
        if not pairs:
            return {}
        now = now or self._clock.now()
        today = now.date()
        since = now - RECENT  # the signals need recent weeks, not years of history
        until = today + 2 * DUE_WINDOW  # nor the meetings to come, but those due near now
        series = uow.meetings.of_pairs(pairs)
        runs = uow.checklists.runs_of_pairs(pairs)
        recorded = uow.sessions.recorded(pairs, since)
        last_held = _held_lately(recorded, now)  # else asked: one lookup a pair
        last_held |= uow.sessions.last_held([i for i in pairs if i not in last_held], now)
        open_items = uow.sessions.open_items(pairs, today - DUE_WINDOW)
        due_near = uow.sessions.open_items_due(pairs, today - DUE_WINDOW, today + DUE_WINDOW)
        current = {i: n for i, p in pairs.items() if (n := p.current_quarter(today))}
        goals = uow.goals.progress_in_quarters(current)  # behind: progress
        checks = uow.health_answers.answers_of_pairs(pairs)
        given = uow.feedback.of_pairs(pairs, since)
        found = {}
        for pair_id, pair in pairs.items():
            meetings = [
                o
                for s in series[pair_id]
                if not s.cancelled
                for o in _since(occurrences(s, since.date(), until), since, s.draft.zone)
            ]
            counted = attendance(meetings, recorded[pair_id], now)
            late = sum(
                n for day, n in due_near[pair_id].items() if due_meeting_over(day, meetings, now)
            )
            behind: list[GoalProgress] = []
            if pair_id in current:
                span = quarter(pair.started_on, pair.quarters, current[pair_id])
                behind = [g for g in goals[pair_id] if is_behind(g, span, today)]
            held_last = last_held.get(pair_id)
            young = pair.started_on > today - timedelta(days=NEW_PAIR_DAYS)
            found[pair_id] = HealthSignals(
                days_since_meeting=(
                    (today - held_last.astimezone(now.tzinfo).date()).days if held_last else None
                ),
                missed_in_a_row=counted.missed_in_a_row,
                overdue_items=open_items[pair_id][0] + late,
                goals_behind=len(behind),
                open_runs=sum(1 for r in runs[pair_id] if r.is_open),
                attendance=counted.held / counted.past if counted.past else None,
                health_check=_latest_check(pair, checks[pair_id]),
                new=young and counted.held < 2,
                feedback=trend(answered_together(pair, given[pair_id])),
                names=(pair.mentor.name, pair.mentee.name),
                open_items=(
                    open_items[pair_id][1].get(pair.mentor.id, 0),
                    open_items[pair_id][1].get(pair.mentee.id, 0),
                ),
                days_since_checkin=_days_since_checkin(goals.get(pair_id, []), today),
                behind_of=_behind_of(pair, behind),
                peers=pair.peers,
                review_due=_review_due(pair, today),
            )
        return found

    def _open_pair(self, uow: UnitOfWork, pair_id: int) -> Pair:
        pair = uow.pairs.get(pair_id)
        if pair.status(self.today()) is PairStatus.ENDED:
            raise UserFacingError(
                translate("Health", "{pair} ended on {day}.").format(
                    pair=pair.title, day=day_text(pair.ended_on)
                )
            )
        return pair


def _held_lately(recorded: dict[int, list[SessionMark]], now: datetime) -> dict[int, datetime]:
    """When each pair last held a session up to `now`, for the pairs that held one among
    their recent sessions `recorded` (as `last_held` answers: aware, in UTC)."""
    until = now.astimezone(UTC).replace(tzinfo=None)
    found = {}
    for pair_id, marks in recorded.items():
        held = (m.utc for m in reversed(marks) if m.status is SessionStatus.HELD and m.utc <= until)
        if (last := next(held, None)) is not None:
            found[pair_id] = last.replace(tzinfo=UTC)
    return found


def _since(meetings: list[Occurrence], since: datetime, zone: ZoneInfo) -> list[Occurrence]:
    """The meetings from `since` on (compared on the series' wall clock where exact)."""
    start = on_wall_clock(since, zone)
    return [o for o in meetings if o.start >= start]


def _days_since_checkin(goals: Sequence[GoalProgress], today: date) -> int | None:
    """Days since the last check-in on the quarter's open goals that had one (None when
    none has: when a goal was set is not kept, and an untouched goal is told as behind
    schedule instead)."""
    days = [g.last_checkin for g in goals if g.is_open and g.last_checkin is not None]
    return (today - max(days)).days if days else None


def _review_due(pair: Pair, today: date) -> date | None:
    """The agreement's review date, once it has come (None before, or without one)."""
    review = pair.agreement.text.review_on if pair.agreement else None
    return review if review is not None and review <= today else None


def _behind_of(pair: Pair, behind: Sequence[GoalProgress]) -> str | None:
    """The partner with GOALS_BEHIND or more of their goals behind schedule, if one has."""
    for role in pair.growing + tuple(r for r in Role if r not in pair.growing):
        if sum(1 for g in behind if g.owner is role) >= GOALS_BEHIND:
            return pair.person(role).name
    return None


def _latest_check(pair: Pair, answers: Sequence[HealthAnswer]) -> float | None:
    """The mean answer of the latest quarter's health check both partners answered (its
    answers are shown only once both have: so is what they add up to)."""
    partners = {pair.mentor.id, pair.mentee.id}
    by_quarter: dict[int, list[HealthAnswer]] = {}
    for answer in answers:
        if answer.person_id in partners:
            by_quarter.setdefault(answer.quarter, []).append(answer)
    both = [q for q, given in by_quarter.items() if {a.person_id for a in given} == partners]
    if not both:
        return None
    scores = [s for a in by_quarter[max(both)] for s in a.scores]
    return sum(scores) / len(scores)


def _run_added(run: ChecklistRun) -> Action:
    """Store `run` as a new run (its id is ignored, its external id made unique); back:
    it is removed."""

    def add(uow: UnitOfWork) -> tuple[ChangeSet, Action]:
        xid = unique_id(run.external_id, uow.checklists.existing_external_ids)
        run_id = uow.checklists.add_run(replace(run, external_id=xid))
        changes = ChangeSet(checklists=frozenset({run_id}), pairs=frozenset({run.pair_id}))
        return replace(changes, created=run_id), _run_removed(run_id)

    return add


def _run_removed(run_id: int) -> Action:
    """Remove a run; back: it is stored again, as it was, under a new id."""

    def remove(uow: UnitOfWork) -> tuple[ChangeSet, Action]:
        run = uow.checklists.run(run_id)
        uow.checklists.delete_run(run_id)
        changes = ChangeSet(checklists=frozenset({run_id}), pairs=frozenset({run.pair_id}))
        return changes, _run_added(run)

    return remove


def _check_run(run: ChecklistRun) -> None:
    problems = [
        Problem(f"steps[{i}].note", m)
        for i, s in enumerate(run.steps)
        if (m := text_problem(s.note, translate("Health", "the note")))
    ]
    if message := text_problem(run.outcome, translate("Health", "the outcome")):
        problems.append(Problem("outcome", message))
    if run.follow_up_on is not None and run.follow_up_on < run.started_on:
        problems.append(
            Problem("follow_up_on", translate("Health", "the follow-up is before the run started"))
        )
    if run.completed_on is not None and run.completed_on < run.started_on:
        problems.append(
            Problem("completed_on", translate("Health", "a run cannot close before it started"))
        )
    raise_if(problems)


def _run_as(run: ChecklistRun) -> Action:
    """Store a run's ticks, notes, outcome, follow-up and closing as `run` has them;
    back: as they were."""

    def put(uow: UnitOfWork) -> tuple[ChangeSet, Action]:
        before = uow.checklists.run(run.id)
        uow.checklists.update_run(run)
        changes = ChangeSet(checklists=frozenset({run.id}), pairs=frozenset({run.pair_id}))
        return changes, _run_as(before)

    return put
