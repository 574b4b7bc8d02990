"""`mentordesk ics` end to end, and the file imported into a real calendar client (khal)."""

from __future__ import annotations

import email
import email.policy
import shutil
import subprocess
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from mentordesk.app import open_app
from mentordesk.cli import main
from mentordesk.domain.meetings import SeriesDraft
from mentordesk.domain.people import PersonDraft

KHAL = shutil.which("khal")
PAIR = "ana-silva-ben-okafor"


def first_monday() -> date:
    """A Monday a week or more from today: the command line runs on the real clock."""
    soon = date.today() + timedelta(days=7)
    return soon + timedelta(days=-soon.weekday() % 7)


def plan_pair(zone: str = "Europe/Berlin") -> list[datetime]:
    """A pair meeting Mondays 16:00 for seven weeks from `first_monday()`, its third week
    skipped and its fourth moved to the Tuesday at 17:30; the starts."""
    first = first_monday()
    app = open_app()
    try:
        services = app.services
        ana = services.people.create(PersonDraft("Ana Silva", "ana@example.org")).created
        ben = services.people.create(PersonDraft("Ben Okafor", "ben@example.org")).created
        pair = services.pairs.create(ana, ben, date(2026, 9, 7)).created or 0
        draft = SeriesDraft(
            "MO",
            time(16),
            45,
            zone,
            first,
            first + timedelta(weeks=6),
            1,
            'Room 3.14; "blue", 2nd floor',
        )
        series = services.meetings.plan(pair, draft).created or 0
        services.meetings.skip(series, first + timedelta(weeks=2))
        moved_to = datetime.combine(first + timedelta(weeks=3, days=1), time(17, 30))
        services.meetings.move(series, first + timedelta(weeks=3), moved_to, "Cafe")
        return [o.start for o in services.meetings.occurrences(pair) if not o.skipped]
    finally:
        app.close()


def test_publish_invite_cancel_from_the_command_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    plan_pair()
    for flag, method in (([], "PUBLISH"), (["--invite"], "REQUEST"), (["--cancel"], "CANCEL")):
        target = tmp_path / f"{method}.ics"
        assert main(["ics", PAIR, "-o", str(target), *flag]) == 0
        assert Calendar.from_ical(target.read_bytes())["METHOD"] == method
    assert "Cancellation for Ana Silva → Ben Okafor" in capsys.readouterr().out
    # Its cancellation went out: there is nothing left to cancel.
    assert main(["ics", PAIR, "-o", str(tmp_path / "again.ics"), "--cancel"]) == 2
    assert "has no planned meetings to cancel" in capsys.readouterr().err
    assert not (tmp_path / "again.ics").exists()


def test_an_invitation_as_an_email_draft(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    plan_pair()
    target = tmp_path / "invitation.eml"
    assert main(["ics", PAIR, "--invite", "--eml", "-o", str(target)]) == 0
    assert "an e-mail draft to open in your mail program" in capsys.readouterr().out
    message = email.message_from_bytes(target.read_bytes(), policy=email.policy.default)
    assert isinstance(message, email.message.EmailMessage)
    assert message["X-Unsent"] == "1"
    inline = next(p for p in message.walk() if p.get_content_type() == "text/calendar")
    assert inline.get_param("method") == "REQUEST"
    assert Calendar.from_ical(inline.get_payload(decode=True))["METHOD"] == "REQUEST"
    assert main(["ics", PAIR, "--eml", "-o", str(tmp_path / "x.eml")]) == 2
    assert "use it with --invite or --cancel" in capsys.readouterr().err
    assert not (tmp_path / "x.eml").exists()


def test_two_series_need_a_choice_and_each_gets_its_message(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    plan_pair()
    app = open_app()
    try:
        pair = app.services.pairs.find(PAIR)
        later = first_monday() + timedelta(weeks=4, days=1)
        draft = SeriesDraft("TU", time(9), 30, "Europe/Berlin", later, later + timedelta(weeks=8))
        app.services.meetings.plan(pair.id, draft)
        old, new = (s.external_id for s in app.services.meetings.series_of(pair.id))
    finally:
        app.close()
    target = tmp_path / "invitation.ics"
    assert main(["ics", PAIR, "--invite", "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert f"{old}: Mondays at 16:00" in err
    assert f"{new}: Tuesdays at 09:00" in err
    assert not target.exists()
    uids = set()
    for series in (old, new):
        assert main(["ics", PAIR, "--invite", "--series", series, "-o", str(target)]) == 0
        events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
        assert len({str(e["UID"]) for e in events}) == 1
        uids.add(str(events[0]["UID"]))
    assert len(uids) == 2
    assert main(["ics", PAIR, "--invite", "--series", "nope", "-o", str(target)]) == 2
    assert "has no meeting series 'nope'" in capsys.readouterr().err


def test_bad_ics_requests_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["ics", "nobody", "-o", str(tmp_path / "x.ics")]) == 2
    assert "no pair 'nobody'" in capsys.readouterr().err
    assert main(["demo"]) == 0
    capsys.readouterr()
    app = open_app()
    try:  # a pair formed today: no meeting planned yet
        people = {p.external_id: p.id for p in app.services.people.all()}
        unplanned = app.services.pairs.create(people["ana"], people["hana"], date.today())
        assert unplanned.created is not None
        key = app.services.pairs.get(unplanned.created).external_id
    finally:
        app.close()
    assert main(["ics", key, "-o", str(tmp_path / "x.ics")]) == 2
    assert "plan the weekly meeting first" in capsys.readouterr().err
    assert main(["ics", "gabriel-dana", "--cancel", "-o", str(tmp_path / "x.ics")]) == 2
    assert "has no planned meetings to cancel" in capsys.readouterr().err
    assert not (tmp_path / "x.ics").exists()
    with pytest.raises(SystemExit):
        main(["ics", "ana-ben", "-o", "x.ics", "--invite", "--cancel"])
    plan_pair()
    missing = tmp_path / "no-such-folder" / "x.ics"
    assert main(["ics", PAIR, "-o", str(missing)]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert not missing.parent.exists()
    assert main(["ics", PAIR, "-o", str(tmp_path)]) == 2
    assert "it is a folder" in capsys.readouterr().err


@pytest.mark.skipif(KHAL is None, reason="Debian's khal is not installed (.ci/run installs it)")
@pytest.mark.parametrize("zone", ["Europe/Berlin", "America/New_York"])
def test_khal_imports_exactly_the_planned_meetings(tmp_path: Path, zone: str) -> None:
    starts = plan_pair(zone)
    target = tmp_path / "meetings.ics"
    assert main(["ics", PAIR, "-o", str(target)]) == 0
    (tmp_path / "calendar").mkdir()
    config = tmp_path / "khal.conf"
    config.write_text(
        f"[calendars]\n[[mentoring]]\npath = {tmp_path / 'calendar'}\ntype = calendar\n"
        f"[sqlite]\npath = {tmp_path / 'khal.db'}\n"
        "[locale]\ntimeformat = %H:%M\ndateformat = %Y-%m-%d\nlongdateformat = %Y-%m-%d\n"
        "datetimeformat = %Y-%m-%d %H:%M\nlongdatetimeformat = %Y-%m-%d %H:%M\n"
        f"local_timezone = {zone}\ndefault_timezone = {zone}\n"
        "[default]\ndefault_calendar = mentoring\n",
        encoding="utf-8",
    )
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    khal = [str(KHAL), "-c", str(config)]
    subprocess.run(
        [*khal, "import", "--batch", "-a", "mentoring", str(target)],
        check=True,
        env=env,
        capture_output=True,
        timeout=60,
    )
    listed = subprocess.run(
        [
            *khal,
            "list",
            "--format",
            "{start} {location}",
            "--day-format",
            "",
            first_monday().isoformat(),
            "60d",
        ],
        check=True,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout.split("\n")
    local = ZoneInfo(zone)  # khal shows times in its own zone: the series zone here
    want = [
        f"{s.astimezone(local):%Y-%m-%d %H:%M} "
        + ("Cafe" if s.weekday() == 1 else 'Room 3.14; "blue", 2nd floor')
        for s in starts
    ]
    got = [line for line in listed if line.strip()]
    assert got == want, "\n".join(["khal:", *got, "app:", *want])


def test_a_plain_calendar_file_is_a_read_an_invitation_a_write() -> None:
    """A plain .ics changes nothing, so it opens as a read command (no full integrity check,
    no lock); an invitation or a cancellation records what was sent."""
    from mentordesk.cli import _writes, build_parser

    parser = build_parser()
    assert not _writes(parser.parse_args(["ics", "ana-ben", "-o", "x.ics"]))
    assert _writes(parser.parse_args(["ics", "ana-ben", "-o", "x.ics", "--invite"]))
    assert _writes(parser.parse_args(["ics", "ana-ben", "-o", "x.ics", "--cancel"]))
