"""The session log through the services: sessions, action items, agenda, search."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from mentordesk.domain.goals import GoalDraft, Skill
from mentordesk.domain.sessions import SessionStatus
from mentordesk.errors import UserFacingError, ValidationError
from mentordesk.services import Services
from mentordesk.services.clock import FixedClock


def test_the_log_shows_held_missed_and_planned(
    services: Services, pair: tuple[int, int, int]
) -> None:
    pair_id, _, _ = pair
    first = next(r.occurrence for r in services.sessions.log(pair_id))
    assert first is not None
    session_id, changes = services.sessions.open_for(pair_id, first)
    assert changes.created == session_id
    assert services.sessions.open_for(pair_id, first)[0] == session_id  # opened once only
    services.sessions.save(session_id, SessionStatus.HELD, ["Goals", " ", "Reviews"], "Notes")
    rows = services.sessions.log(pair_id)
    assert [r.status.value for r in rows[:4]] == ["held", "missed", "missed", "planned"]
    assert services.sessions.get(session_id).topics == ("Goals", "Reviews")


def test_action_items_default_to_the_next_meeting_and_carry_over(
    services: Services, pair: tuple[int, int, int]
) -> None:
    pair_id, ana, ben = pair
    rows = services.sessions.log(pair_id)
    first, third = (services.sessions.open_for(pair_id, rows[i].occurrence)[0] for i in (0, 2))
    services.sessions.save(first, SessionStatus.HELD, [], "")
    services.sessions.save(third, SessionStatus.HELD, [], "")
    item = services.sessions.add_action_item(first, ben, "Read the style guide").created
    services.sessions.add_action_item(first, ana, "Book the room", due=date(2026, 11, 5))
    items = services.sessions.get(first).action_items
    assert items[0].due == date(2026, 11, 23)  # the next meeting from today
    assert item is not None
    services.sessions.update_action_item(
        item, ben, "Read the style guide", items[0].due, date(2026, 11, 20)
    )
    agenda = services.sessions.agenda(pair_id)
    assert agenda.meeting is not None
    assert agenda.meeting.start.date() == date(2026, 11, 23)
    assert [(c.item.text, c.carried) for c in agenda.carried] == [("Book the room", 1)]
    assert "  [ ] Ana Silva: Book the room (due 5 Nov 2026) (carried 1×)" in agenda.as_text()
    with pytest.raises(UserFacingError, match="mentor or the mentee"):
        services.sessions.add_action_item(first, 999, "Nobody's")
    with pytest.raises(ValidationError):
        services.sessions.add_action_item(first, ana, "   ")


def test_agenda_has_goals_and_items_added_ahead(
    services: Services, pair: tuple[int, int, int]
) -> None:
    pair_id, _, _ = pair
    services.goals.create(pair_id, GoalDraft(1, Skill.TECHNICAL, "Write SQL", date(2026, 11, 30)))
    upcoming = next(
        r.occurrence for r in services.sessions.log(pair_id) if r.status is SessionStatus.PLANNED
    )
    assert upcoming is not None
    session_id, _ = services.sessions.open_for(pair_id, upcoming)
    assert services.sessions.get(session_id).status is SessionStatus.PLANNED
    services.sessions.save(session_id, SessionStatus.PLANNED, ["Ask about on-call"], "")
    agenda = services.sessions.agenda(pair_id, date(2026, 11, 22))
    assert agenda.added == ("Ask about on-call",)
    assert [(g.title, g.progress, g.behind) for g in agenda.goals] == [("Write SQL", 0, True)]
    later = services.sessions.agenda(pair_id, date(2026, 11, 24))
    assert later.meeting is not None
    assert later.meeting.start.date() == date(2026, 11, 30)
    assert later.added == ()
    assert agenda.last_held is None


def test_agenda_recalls_the_last_session_held_before_its_meeting(
    services: Services, pair: tuple[int, int, int]
) -> None:
    pair_id, _, _ = pair
    rows = services.sessions.log(pair_id)  # Mondays 2, 9, 16, 23 Nov...
    ids = [services.sessions.open_for(pair_id, r.occurrence)[0] for r in rows[:4]]
    services.sessions.save(ids[0], SessionStatus.HELD, ["First"], "")
    services.sessions.save(ids[1], SessionStatus.HELD, ["Second"], "")
    services.sessions.save(ids[2], SessionStatus.MISSED, [], "")
    services.sessions.save(ids[3], SessionStatus.HELD, ["Ahead of time"], "")
    last = services.sessions.agenda(pair_id, date(2026, 11, 23)).last_held
    assert last is not None
    assert last.topics == ("Second",)  # not the missed one, nor the meeting's own
    assert services.sessions.agenda(pair_id, date(2026, 11, 3)).last_held is not None
    assert services.sessions.agenda(pair_id, date(2026, 11, 2)).last_held is None


def test_search_shows_pair_and_date_and_never_private_notes(
    services: Services, pair: tuple[int, int, int]
) -> None:
    pair_id, ana, _ = pair
    session_id, _ = services.sessions.open_for(
        pair_id, services.sessions.log(pair_id)[0].occurrence
    )
    services.sessions.save(session_id, SessionStatus.HELD, ["Résumé review"], "Long notes")
    services.sessions.save_private_note(session_id, ana, "Confidential résumé worry")
    results = services.sessions.search("resume")
    assert [(r.pair_title, r.when.date(), r.kind, r.text) for r in results] == [
        ("Ana Silva → Ben Okafor", date(2026, 11, 2), "topic", "Résumé review")
    ]
    assert services.sessions.search("confidential") == []
    assert services.sessions.get(session_id).private_note_of(ana) is not None


def test_a_one_megabyte_note_with_emoji_and_rtl_text(
    services: Services, pair: tuple[int, int, int]
) -> None:
    pair_id, _, _ = pair
    session_id, _ = services.sessions.open_for(pair_id)
    notes = ("مرحبا 🚀 " * 110_000)[:1_000_000]
    services.sessions.save(session_id, SessionStatus.HELD, [], notes)
    assert services.sessions.get(session_id).notes == notes
    with pytest.raises(ValidationError, match="control characters"):
        services.sessions.save(session_id, SessionStatus.HELD, [], "bell \x07")


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (datetime(2026, 11, 23, 14, 40, tzinfo=UTC), date(2026, 11, 23)),  # 20 min ahead
        (datetime(2026, 11, 23, 15, 30, tzinfo=UTC), date(2026, 11, 23)),  # under way
        (datetime(2026, 11, 23, 15, 50, tzinfo=UTC), date(2026, 11, 30)),  # just ended
    ],
)
def test_meeting_mode_the_agenda_and_the_pair_list_agree_on_the_meeting_on_now(
    services: Services, pair: tuple[int, int, int], clock: FixedClock, now: datetime, expected: date
) -> None:
    """One rule (domain.meetings.meeting_on_now) for every place that asks."""
    pair_id, _, _ = pair
    clock.moment = now  # Mondays 16:00 in Berlin: 15:00 to 15:45 UTC
    listed = services.meetings.next_meetings([pair_id])[pair_id]
    assert listed is not None
    assert listed.start.date() == expected
    assert services.sessions.agenda(pair_id).meeting == listed  # the command line's agenda
    assert services.sessions.agenda(pair_id, at=listed.start).meeting == listed  # meeting mode


def test_a_session_prepared_ahead_is_missed_once_its_meeting_passes_unrecorded(
    services: Services, pair: tuple[int, int, int], clock: FixedClock
) -> None:
    pair_id, _, _ = pair
    upcoming = next(r for r in services.sessions.log(pair_id) if r.status.value == "planned")
    assert upcoming.occurrence is not None
    services.sessions.open_for(pair_id, upcoming.occurrence)  # topics prepared ahead
    row = next(r for r in services.sessions.log(pair_id) if r.when == upcoming.when)
    assert row.status.value == "planned"
    clock.moment = upcoming.occurrence.end + timedelta(minutes=1)  # it passed, unrecorded
    row = next(r for r in services.sessions.log(pair_id) if r.when == upcoming.when)
    assert row.status.value == "missed"
