"""Calendar files read back by independent readers: the same meetings the app lists."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import recurring_ical_events
from ical.calendar_stream import IcsCalendarStream
from icalendar import Calendar
from sqlalchemy import text

from mentordesk.calendar_files.method import Method
from mentordesk.domain.meetings import SeriesDraft
from mentordesk.domain.people import PersonDraft
from mentordesk.errors import UserFacingError, ValidationError
from mentordesk.services import Services
from mentordesk.services.clock import FixedClock
from mentordesk.store.unit_of_work import Store

WEEKDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
TRICKY = 'Room 3.14, 2nd floor; "blue door"\nthen left 🚀 — غرفة'


def make_pair(services: Services, mentor: str = "Ana Silva", mentee: str = "Ben Okafor") -> int:
    ana = services.people.create(PersonDraft(mentor, "ana@example.org")).created
    ben = services.people.create(PersonDraft(mentee, "ben@example.org")).created
    created = services.pairs.create(ana, ben, date(2026, 9, 7)).created
    assert created is not None
    return created


def plan(
    services: Services,
    pair_id: int,
    zone: str,
    first: date,
    until: date,
    every: int = 1,
    location: str = "Room 3.14",
) -> int:
    draft = SeriesDraft(WEEKDAY[first.weekday()], time(16), 45, zone, first, until, every, location)
    return services.meetings.plan(pair_id, draft).created or 0


def expected(services: Services, pair_id: int) -> list[tuple[datetime, str]]:
    return [
        (o.start.astimezone(UTC), o.location)
        for o in services.meetings.occurrences(pair_id)
        if not o.skipped
    ]


def by_recurring_ical_events(data: bytes) -> list[tuple[datetime, str]]:
    events = recurring_ical_events.of(Calendar.from_ical(data)).between(
        datetime(2025, 1, 1, tzinfo=UTC), datetime(2028, 1, 1, tzinfo=UTC)
    )
    return sorted((e["DTSTART"].dt.astimezone(UTC), str(e.get("LOCATION", ""))) for e in events)


def by_ical(data: bytes) -> list[tuple[datetime, str]]:
    calendar = IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))
    return sorted(
        (e.start.astimezone(UTC), e.location or "") for e in calendar.timeline_tz(ZoneInfo("UTC"))
    )


def own_vtimezone_only(data: bytes, zone: str) -> bytes:
    """The file with its zone renamed, so a reader must use the VTIMEZONE inside it.

    The new name is unique per zone: icalendar caches VTIMEZONEs by TZID per process.
    """
    alias = f"MentorDesk-Test-{zone.replace('/', '-')}".encode()
    return data.replace(f"TZID:{zone}".encode(), b"TZID:" + alias).replace(
        f"TZID={zone}".encode(), b"TZID=" + alias
    )


@pytest.mark.parametrize(
    ("zone", "first", "until", "every"),
    [
        ("Europe/Berlin", date(2026, 10, 5), date(2027, 4, 26), 1),
        ("America/New_York", date(2026, 10, 20), date(2027, 3, 23), 2),
        ("Australia/Sydney", date(2026, 9, 24), date(2027, 4, 15), 1),
        ("Asia/Kolkata", date(2026, 11, 4), date(2026, 12, 30), 2),
    ],
)
def test_readers_expand_what_the_app_lists(
    services: Services, zone: str, first: date, until: date, every: int
) -> None:
    pair_id = make_pair(services)
    series_id = plan(services, pair_id, zone, first, until, every)
    dates = [o.original_date for o in services.meetings.occurrences(pair_id)]
    services.meetings.skip(series_id, dates[1])
    services.meetings.move(series_id, dates[2], datetime.combine(dates[2], time(9, 30)), "Cafe")
    data = services.calendar.export(pair_id).data
    want = expected(services, pair_id)
    assert want[-1][0].astimezone(ZoneInfo(zone)).date() == until  # until is a meeting day
    assert by_recurring_ical_events(data) == want
    assert by_ical(data) == want
    alone = own_vtimezone_only(data, zone)
    assert b"TZID=MentorDesk-Test-" in alone
    assert zone.encode() not in alone
    assert by_recurring_ical_events(alone) == want
    assert by_ical(alone) == want


def test_methods_people_and_alarm(services: Services) -> None:
    pair_id = make_pair(services, 'Ana "Boss" Silva', "Ben; Okafor, Jr.")
    plan(services, pair_id, "Europe/Berlin", date(2026, 11, 23), date(2026, 12, 21))
    published = Calendar.from_ical(services.calendar.export(pair_id, Method.PUBLISH).data)
    assert published["METHOD"] == "PUBLISH"
    event = published.walk("VEVENT")[0]
    assert "ATTENDEE" not in event  # RFC 5546 3.2.1: PUBLISH names the organizer only
    assert str(event["ORGANIZER"]) == "mailto:ana@example.org"
    assert event.walk("VALARM")[0]["TRIGGER"].dt.total_seconds() == -15 * 60
    assert str(event["SUMMARY"]) == 'Mentoring: Ana "Boss" Silva & Ben; Okafor, Jr.'
    assert event["DTSTAMP"].dt == datetime(2026, 11, 21, 10, tzinfo=UTC)

    invite = Calendar.from_ical(services.calendar.export(pair_id, Method.REQUEST).data)
    event = invite.walk("VEVENT")[0]
    assert invite["METHOD"] == "REQUEST"
    assert str(event["ORGANIZER"]) == "mailto:ana@example.org"
    assert event["ORGANIZER"].params["CN"] == "Ana Boss Silva"  # no quotes inside CN
    assert str(event["ATTENDEE"]) == "mailto:ben@example.org"
    assert event["ATTENDEE"].params["RSVP"] == "TRUE"
    assert event["ATTENDEE"].params["CN"] == "Ben; Okafor, Jr."


def test_uid_stays_sequence_grows_and_cancel_exceeds_it(services: Services, tmp_path: Path) -> None:
    pair_id = make_pair(services)
    series_id = plan(services, pair_id, "Europe/Berlin", date(2026, 11, 23), date(2026, 12, 21))

    def event() -> tuple[str, int]:
        found = Calendar.from_ical(services.calendar.export(pair_id).data).walk("VEVENT")[0]
        return str(found["UID"]), int(found["SEQUENCE"])

    uid, first = event()
    services.meetings.skip(series_id, date(2026, 11, 30))
    assert event() == (uid, first + 1)
    assert event() == (uid, first + 1)  # exporting again changes nothing
    services.meetings.move(series_id, date(2026, 12, 7), datetime(2026, 12, 8, 17))
    _, last_published = event()
    assert last_published == first + 2
    preview = services.calendar.export(pair_id, Method.CANCEL)
    assert not services.meetings.get(series_id).cancelled  # a preview changes nothing
    changes = services.calendar.write(pair_id, tmp_path / "cancel.ics", Method.CANCEL)
    cancel = Calendar.from_ical((tmp_path / "cancel.ics").read_bytes())
    assert cancel.to_ical() == Calendar.from_ical(preview.data).to_ical()
    assert cancel["METHOD"] == "CANCEL"
    events = cancel.walk("VEVENT")
    assert {str(e["UID"]) for e in events} == {uid}
    assert all(str(e["STATUS"]) == "CANCELLED" for e in events)
    assert all(int(e["SEQUENCE"]) > last_published for e in events)
    assert changes.meetings == {series_id}
    assert services.meetings.get(series_id).cancelled


def test_any_text_comes_back_unchanged(services: Services) -> None:
    pair_id = make_pair(services, "Zoë «Z» O'Neil, PhD", '李小龙; "Bruce"')
    plan(
        services,
        pair_id,
        "Europe/Berlin",
        date(2026, 11, 23),
        date(2026, 12, 21),
        location=TRICKY.replace("\n", " "),
    )
    data = services.calendar.export(pair_id, Method.REQUEST).data
    event = Calendar.from_ical(data).walk("VEVENT")[0]
    assert str(event["LOCATION"]) == TRICKY.replace("\n", " ")
    assert str(event["SUMMARY"]) == 'Mentoring: Zoë «Z» O\'Neil, PhD & 李小龙; "Bruce"'
    assert '李小龙; "Bruce" (mentee)' in str(event["DESCRIPTION"])
    strict = IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))
    assert strict.events[0].location == TRICKY.replace("\n", " ")


def test_the_description_names_the_quarters_goals(services: Services) -> None:
    from mentordesk.domain.goals import GoalDraft, Skill

    pair_id = make_pair(services)
    services.goals.create(
        pair_id, GoalDraft(1, Skill.TECHNICAL, "Write SQL; fast, safe", date(2026, 11, 30))
    )
    plan(services, pair_id, "Europe/Berlin", date(2026, 11, 23), date(2026, 12, 21))
    event = Calendar.from_ical(services.calendar.export(pair_id).data).walk("VEVENT")[0]
    assert "- Ben Okafor, technical: Write SQL; fast, safe" in str(event["DESCRIPTION"])


def test_one_vtimezone_per_zone_over_every_series_of_the_file(services: Services) -> None:
    pair_id = make_pair(services)
    plan(services, pair_id, "Europe/Berlin", date(2026, 11, 23), date(2027, 1, 25))
    plan(services, pair_id, "Europe/Berlin", date(2027, 2, 2), date(2027, 11, 30))
    calendar = Calendar.from_ical(services.calendar.export(pair_id).data)
    [zone] = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/Berlin"
    assert len({str(e["UID"]) for e in calendar.walk("VEVENT")}) == 2


def test_a_series_replaced_before_its_first_meeting_can_be_withdrawn(
    services: Services, tmp_path: Path
) -> None:
    pair_id = make_pair(services)
    first = plan(services, pair_id, "Europe/Berlin", date(2026, 12, 7), date(2027, 3, 29))
    services.calendar.write(pair_id, tmp_path / "invite.ics", Method.REQUEST)
    sent = Calendar.from_ical((tmp_path / "invite.ics").read_bytes()).walk("VEVENT")[0]
    second = plan(services, pair_id, "Europe/Berlin", date(2026, 12, 2), date(2027, 3, 31))
    assert services.meetings.get(first).cancelled  # it never met: cancelled, not shortened
    requests = services.calendar.candidates(pair_id, Method.REQUEST)
    assert [s.id for s in requests] == [second]
    cancels = services.calendar.candidates(pair_id, Method.CANCEL)
    assert [s.id for s in cancels] == [second, first]
    with pytest.raises(UserFacingError, match="each gets its own message"):
        services.calendar.export(pair_id, Method.CANCEL)
    changes = services.calendar.write(pair_id, tmp_path / "cancel.ics", Method.CANCEL, first)
    assert not changes.meetings  # it was cancelled already: nothing changes
    [event] = Calendar.from_ical((tmp_path / "cancel.ics").read_bytes()).walk("VEVENT")
    assert str(event["UID"]) == str(sent["UID"])
    assert int(event["SEQUENCE"]) > int(sent["SEQUENCE"])
    # Its cancellation went out: it is no longer offered; the live series still is.
    assert [s.id for s in services.calendar.candidates(pair_id, Method.CANCEL)] == [second]


def test_a_series_a_replan_ended_before_today_is_offered_until_its_news_went_out(
    services: Services, clock: FixedClock, tmp_path: Path
) -> None:
    """Invited on Mondays until March; on Saturday the pair moves to Sundays from
    tomorrow, which ends the Mondays last Monday (before today): the mentee still has
    every Monday until March, so the old series is offered until its update is sent."""
    pair_id = make_pair(services)
    mondays = plan(services, pair_id, "Europe/Berlin", date(2026, 11, 9), date(2027, 3, 29))
    services.calendar.write(pair_id, tmp_path / "invite.ics", Method.REQUEST)
    sundays = plan(services, pair_id, "Europe/Berlin", date(2026, 11, 22), date(2027, 3, 28))
    assert services.meetings.get(mondays).draft.until == date(2026, 11, 16)  # before today
    offered = [s.id for s in services.calendar.candidates(pair_id, Method.REQUEST)]
    assert offered == [mondays, sundays]
    services.calendar.write(pair_id, tmp_path / "update.ics", Method.REQUEST, mondays)
    update = Calendar.from_ical((tmp_path / "update.ics").read_bytes()).walk("VEVENT")[0]
    assert "UNTIL=20261116" in update["RRULE"].to_ical().decode()
    offered = [s.id for s in services.calendar.candidates(pair_id, Method.REQUEST)]
    assert offered == [sundays]


def test_an_ended_pair_invites_no_more_but_can_withdraw(services: Services, tmp_path: Path) -> None:
    pair_id = make_pair(services)
    series_id = plan(services, pair_id, "Europe/Berlin", date(2026, 11, 23), date(2027, 3, 29))
    services.pairs.end(pair_id, date(2026, 11, 20), "no-fault exit")
    assert services.calendar.candidates(pair_id, Method.REQUEST) == []
    with pytest.raises(UserFacingError, match="has ended"):
        services.calendar.write(pair_id, tmp_path / "x.ics", Method.REQUEST)
    assert not (tmp_path / "x.ics").exists()
    services.calendar.write(pair_id, tmp_path / "cancel.ics", Method.CANCEL)
    assert services.meetings.get(series_id).cancelled


def test_an_address_no_invitation_can_carry_is_a_message_not_a_crash(
    services: Services, store: Store, tmp_path: Path
) -> None:
    """An address stored before the stricter rule, such as 'ben..okafor@example.org'."""
    pair_id = make_pair(services)
    series_id = plan(services, pair_id, "Europe/Berlin", date(2026, 11, 23), date(2027, 3, 29))
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE people SET email = 'ben..okafor@example.org' WHERE id = 2"))
    with pytest.raises(UserFacingError, match="correct it in People"):
        services.calendar.write_drafts(pair_id, Method.CANCEL)
    assert not services.meetings.get(series_id).cancelled  # nothing was kept
    assert not services.drafts_dir.exists() or not list(services.drafts_dir.iterdir())


def test_bad_places_and_zones_are_refused_at_their_fields(services: Services) -> None:
    pair_id = make_pair(services)
    good = SeriesDraft("MO", time(16), 45, "Europe/Berlin", date(2026, 11, 23), date(2026, 12, 21))
    for field, draft in (
        ("location", replace(good, location="Room 1\nthen left")),
        ("location", replace(good, location="Room\x1b[31m 1")),
        ("timezone", replace(good, timezone="Mars/Olympus")),
        ("timezone", replace(good, timezone="Europe/Berlin\r\nX-EVIL:1")),
    ):
        with pytest.raises(ValidationError) as caught:
            services.meetings.plan(pair_id, draft)
        assert caught.value.for_field(field), field
    assert services.meetings.series_of(pair_id) == []
