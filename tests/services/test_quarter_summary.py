"""The quarterly summary tells a quarter as it stood (issue 24): a past quarter as of the
end of its last day, unchanged by what happens later; the current one as of now; and its
figures add up.

Ana mentors Ben from Mon 7 Sep 2026; they meet Mondays at 16:00 in Berlin from 2 Nov.
Quarter 1 runs to Sun 6 Dec, quarter 2 from Mon 7 Dec.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from mentordesk.domain.goals import GoalDraft, Outcome, Skill
from mentordesk.domain.sessions import SessionStatus
from mentordesk.errors import UserFacingError
from mentordesk.services import Services
from mentordesk.services.clock import FixedClock
from mentordesk.services.report import Moment, QuarterReport, manager_copy


def record(services: Services, pair_id: int, index: int, topic: str) -> int:
    """Meeting `index` of the log (0: Mon 2 Nov) recorded as held; its session's id."""
    occurrence = services.sessions.log(pair_id)[index].occurrence
    session_id, _ = services.sessions.open_for(pair_id, occurrence)
    services.sessions.save(session_id, SessionStatus.HELD, [topic], "")
    return session_id


def told(report: QuarterReport) -> dict[str, Any]:
    """What a summary says, as plain values."""

    def lines(found: tuple[Any, ...]) -> list[tuple[str, str, Any, bool]]:
        return sorted((x.owner, x.item.text, x.item.done_on, x.overdue) for x in found)

    return {
        "current": report.current,
        "meetings": report.figures,
        "items": report.items,
        "open": lines(report.open_at_end),
        "completed": lines(report.completed),
        "goals": [(g.goal.title, g.progress, g.behind) for g in report.goals],
        "held": [s.scheduled_for for s in report.held_sessions],
    }


def assert_reconciles(report: QuarterReport) -> None:
    m, i = report.figures, report.items
    assert m.planned == m.held + m.missed + m.cancelled + m.to_come
    assert i.carried_in + i.created == i.completed + i.dropped + i.open_at_end
    assert i.reconciles
    assert i.open_at_end == len(report.open_at_end)
    assert i.completed == len(report.completed)
    assert i.overdue_at_end == len(report.overdue)
    open_ids = {id(x.item) for x in report.open_at_end}
    shown_twice = open_ids & {id(x.item) for x in report.completed}
    assert not shown_twice


def test_a_past_quarter_is_told_as_it_stood_and_stays_so(
    services: Services, pair: tuple[int, int, int], clock: FixedClock
) -> None:
    pair_id, ana, ben = pair
    goal = services.goals.create(
        pair_id, GoalDraft(1, Skill.TECHNICAL, "Write production-grade SQL", date(2026, 12, 4))
    ).created
    assert goal is not None
    services.goals.add_checkin(goal, date(2026, 11, 20), 40, "First PR")
    first = record(services, pair_id, 0, "Kick-off")  # Mon 2 Nov
    record(services, pair_id, 1, "Reviews")  # Mon 9 Nov; 16 Nov nobody recorded
    s = services.sessions
    s.add_action_item(first, ben, "Read the style guide", date(2026, 11, 9))
    s.add_action_item(first, ana, "Book the room", date(2026, 11, 30))
    s.add_action_item(first, ben, "Ship the report", date(2026, 12, 14))
    clock.moment = datetime(2026, 11, 25, 9, tzinfo=UTC)
    [guide] = [a for a in s.get(first).action_items if a.text == "Read the style guide"]
    s.update_action_item(guide.id, guide.owner_id, guide.text, guide.due, date(2026, 11, 25))

    clock.moment = datetime(2026, 12, 8, 9, tzinfo=UTC)  # quarter 2 has begun
    before = services.reports.quarter_report(pair_id, 1)
    assert not before.current
    assert before.as_of == datetime(2026, 12, 7, tzinfo=UTC)
    assert_reconciles(before)
    assert before.figures.planned == 5  # Mondays 2 Nov to 30 Nov
    assert (before.figures.held, before.figures.missed, before.figures.to_come) == (2, 3, 0)
    assert told(before)["open"] == [
        ("Ana Silva", "Book the room", None, True),  # due at the 30 Nov meeting
        ("Ben Okafor", "Ship the report", None, False),  # due in quarter 2
    ]
    assert told(before)["goals"] == [("Write production-grade SQL", 40, False)]

    # Quarter 2 goes on: the room is booked, a late check-in, a new session and item.
    clock.moment = datetime(2026, 12, 15, 9, tzinfo=UTC)
    [room] = [a for a in s.get(first).action_items if a.text == "Book the room"]
    s.update_action_item(room.id, room.owner_id, room.text, room.due, date(2026, 12, 15))
    services.goals.add_checkin(goal, date(2026, 12, 14), 90, "Merged at last")
    later = record(services, pair_id, 5, "Quarter 2 begins")  # Mon 7 Dec
    s.add_action_item(later, ana, "Plan quarter 2", date(2026, 12, 21))

    after = services.reports.quarter_report(pair_id, 1)
    assert told(after) == told(before)
    assert after.goals[0].goal.progress == 90  # the goal is at 90 now; the summary at 40

    # Quarter 2, as of now: carried in are what quarter 1 left open.
    now = services.reports.quarter_report(pair_id, 2)
    assert now.current
    assert_reconciles(now)
    assert (now.items.carried_in, now.items.created, now.items.completed) == (2, 1, 1)


def test_before_the_first_meeting_its_meetings_are_still_to_come(
    services: Services, pair: tuple[int, int, int], clock: FixedClock
) -> None:
    pair_id, _, _ = pair
    clock.moment = datetime(2026, 11, 2, 9, tzinfo=UTC)  # Mon 2 Nov, before 16:00 Berlin
    report = services.reports.quarter_report(pair_id, 1)
    assert report.current
    assert_reconciles(report)
    assert (report.figures.planned, report.figures.held, report.figures.to_come) == (5, 0, 5)
    assert report.figures.attendance is None


def test_a_goal_reviewed_partly_and_carried_over_says_so(
    services: Services, pair: tuple[int, int, int], clock: FixedClock
) -> None:
    pair_id, _, _ = pair
    goal = services.goals.create(
        pair_id, GoalDraft(1, Skill.SOFT, "Lead two design reviews", date(2026, 12, 4))
    ).created
    assert goal is not None
    clock.moment = datetime(2026, 12, 8, 9, tzinfo=UTC)
    services.goals.review(goal, Outcome.PARTLY, "One of two")
    services.goals.carry_over(goal)
    [line] = services.reports.quarter_report(pair_id, 1).goals
    assert line.carried_to == 2
    assert not line.behind  # a past quarter is reviewed, not behind
    assert line.goal.outcome is Outcome.PARTLY


def test_a_meeting_moved_into_the_next_quarter_counts_where_it_took_place(
    services: Services, pair: tuple[int, int, int], clock: FixedClock
) -> None:
    pair_id, _, _ = pair
    series = services.sessions.log(pair_id)[0].occurrence
    assert series is not None
    services.meetings.move(series.series_id, date(2026, 11, 30), datetime(2026, 12, 8, 17))
    clock.moment = datetime(2026, 12, 9, 9, tzinfo=UTC)
    moved = next(
        r.occurrence for r in services.sessions.log(pair_id) if r.occurrence and r.occurrence.moved
    )
    session_id, _ = services.sessions.open_for(pair_id, moved)
    services.sessions.save(session_id, SessionStatus.HELD, ["Moved"], "")
    first = services.reports.quarter_report(pair_id, 1)
    second = services.reports.quarter_report(pair_id, 2)
    for report in (first, second):
        assert_reconciles(report)
        assert report.figures.held == len(report.held_sessions)  # the count and the table
    assert first.figures.planned == 4  # 2, 9, 16, 23 Nov: the 30th went to 8 Dec
    assert first.figures.to_come == 0  # a past quarter has nothing still to come
    assert (second.figures.held, [s.topics for s in second.held_sessions]) == (1, [("Moved",)])


def test_a_quarter_ahead_is_told_as_planned_and_cannot_be_signed(
    services: Services, pair: tuple[int, int, int]
) -> None:
    pair_id, _, _ = pair
    ahead = services.reports.quarter_report(pair_id, 2)  # begins Mon 7 Dec; today 21 Nov
    assert ahead.moment is Moment.AHEAD
    with pytest.raises(UserFacingError, match="has not begun"):
        services.signing.prepare(ahead)


def test_the_quarter_a_pair_ended_in_is_told_as_it_stood_when_it_ended(
    services: Services, pair: tuple[int, int, int], clock: FixedClock
) -> None:
    pair_id, _, _ = pair
    services.pairs.end(pair_id, date(2026, 11, 20), "moved teams")
    report = services.reports.quarter_report(pair_id, 1)
    assert report.moment is Moment.ENDED
    assert report.as_of == datetime(2026, 11, 21, tzinfo=UTC)
    assert report.figures.to_come == 0
    assert_reconciles(report)


def test_signing_again_is_refused_only_while_the_summary_shows_the_same(
    services: Services, pair: tuple[int, int, int], clock: FixedClock
) -> None:
    pair_id, _, _ = pair
    record(services, pair_id, 0, "Kick-off")
    pdf = b"%PDF-1.7\n% drawn\n%%EOF\n"
    services.signing.sign(services.signing.prepare(services.reports.quarter_report(pair_id)), pdf)
    clock.moment = datetime(2026, 11, 21, 10, 5, tzinfo=UTC)  # minutes later, same day
    with pytest.raises(UserFacingError, match="nothing in it has changed"):
        services.signing.prepare(services.reports.quarter_report(pair_id))
    # A topic is what the page prints: changed, the summary may be signed again.
    session_id = services.sessions.log(pair_id)[0].session
    assert session_id is not None
    services.sessions.save(session_id.id, SessionStatus.HELD, ["Kick-off, and goals"], "")
    again = services.signing.prepare(services.reports.quarter_report(pair_id))
    assert again.signature is not None
    assert again.signature.version == 2


def test_the_manager_copy_holds_none_of_what_the_pair_keeps_between_them(
    services: Services, pair: tuple[int, int, int]
) -> None:
    pair_id, ana, _ = pair
    first = record(services, pair_id, 0, "Kick-off")
    services.sessions.save_private_note(first, ana, "Only mine")
    goal = services.goals.create(
        pair_id, GoalDraft(1, Skill.SOFT, "Lead two design reviews", date(2026, 12, 4))
    ).created
    services.goals.review(goal or 0, Outcome.PARTLY, "Between us: I froze once")
    copy = manager_copy(services.reports.quarter_report(pair_id, 1))
    assert all(s.topics == () and s.private_notes == () for s in copy.held_sessions)
    assert [line.goal.reflection for line in copy.goals] == [""]
    assert copy.health == ()
    assert "I froze once" not in repr(copy)


def test_a_dropped_item_is_counted_as_dropped_not_open_nor_carried_nor_overdue(
    services: Services, pair: tuple[int, int, int], clock: FixedClock
) -> None:
    pair_id, ana, ben = pair
    first = record(services, pair_id, 0, "Kick-off")  # Mon 2 Nov
    s = services.sessions
    s.add_action_item(first, ben, "Rewrite the billing service", date(2026, 11, 9))
    s.add_action_item(first, ana, "Book the room", date(2026, 11, 9))
    [rewrite] = [a for a in s.get(first).action_items if a.text.startswith("Rewrite")]
    step = s.edit_action_item(rewrite.id, dropped_on=date(2026, 11, 20))
    assert step.text == "Drop Action Item"
    report = services.reports.quarter_report(pair_id, 1)
    assert_reconciles(report)
    assert (report.items.created, report.items.dropped, report.items.open_at_end) == (2, 1, 1)
    assert [line.item.text for line in report.dropped] == ["Rewrite the billing service"]
    assert [line.item.text for line in report.overdue] == ["Book the room"]
    assert services.health.signals([pair_id])[pair_id].overdue_items == 1
    agenda = s.agenda(pair_id)
    assert "Rewrite the billing service" not in agenda.as_text()  # not carried
    # Dropped after the quarter ended: it was still open (and overdue) then.
    step.inverse()  # Edit ▸ Undo: taken up again
    clock.moment = datetime(2026, 12, 9, 9, tzinfo=UTC)
    s.edit_action_item(rewrite.id, dropped_on=date(2026, 12, 9))
    past = services.reports.quarter_report(pair_id, 1)
    assert_reconciles(past)
    assert past.items.dropped == 0
    assert "Rewrite the billing service" in [line.item.text for line in past.overdue]
    now = services.reports.quarter_report(pair_id, 2)
    assert_reconciles(now)
    assert (now.items.carried_in, now.items.dropped) == (2, 1)
