"""How dates and times read in a message or on screen: never ISO (that is for files).

The words depend on the person's locale, which only the window knows (Qt carries the
locale's month names and orders): it installs its own `DateWords` with `use`. Until then,
and on the command line, dates read in British English, day first ('Wed, 2 Dec 2026,
16:00'), which no reader can take for another day.

Where a meeting's own time zone is not the machine's, a time carries the zone and the
time here, so that two zones never meet silently (`zone_note`).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo

from mentordesk.domain.words import translate

# English names whatever C library locale the process runs in (strftime would follow it).
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_DAYS = tuple(name[:3] for name in _DAY_NAMES)
_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_MONTHS = tuple("Sept" if name == "September" else name[:3] for name in _MONTH_NAMES)


class DateWords:
    """British English (day first, 24-hour clock, as Qt's en_GB locale writes them): the
    default, and what the command line prints."""

    def day(self, day: date, *, weekday: bool = False, year: bool = True) -> str:
        """'2 Dec 2026'; with `weekday` 'Wed, 2 Dec 2026'; without `year` '2 Dec'."""
        text = f"{day.day} {_MONTHS[day.month - 1]}" + (f" {day.year}" if year else "")
        return f"{_DAYS[day.weekday()]}, {text}" if weekday else text

    def long_day(self, day: date) -> str:
        """'Wednesday, 2 December 2026': a heading's date, written out."""
        name = _DAY_NAMES[day.weekday()]
        return f"{name}, {day.day} {_MONTH_NAMES[day.month - 1]} {day.year}"

    def time(self, at: time) -> str:
        """'16:00'."""
        return f"{at:%H:%M}"


_in_use = [DateWords()]  # one process, one locale: the window replaces it with its own


def use(words: DateWords) -> None:
    """Read every date from now on with `words` (the window installs its locale's)."""
    _in_use[0] = words


def day_text(day: date | None, *, weekday: bool = False, year: bool = True) -> str:
    """A date as a message says it ('2 Dec 2026' in English); empty for no date."""
    return _in_use[0].day(day, weekday=weekday, year=year) if day else ""


def long_day_text(day: date) -> str:
    """A date written out, for a heading ('Wednesday 2 December 2026' in English)."""
    return _in_use[0].long_day(day)


def time_text(at: time | datetime) -> str:
    """A time of day ('16:00', or '4:00 PM' where the locale says so)."""
    return _in_use[0].time(at.time() if isinstance(at, datetime) else at)


def when_text(moment: datetime, *, weekday: bool = True, year: bool = True) -> str:
    """A date with its time: 'Wed 2 Dec 2026, 16:00'."""
    return f"{day_text(moment.date(), weekday=weekday, year=year)}, {time_text(moment)}"


def span_text(start: datetime, end: datetime, *, year: bool = True) -> str:
    """A meeting's date and times: 'Wed 2 Dec 2026, 16:00–16:45'."""
    return f"{when_text(start, year=year)}–{time_text(end)}"


def date_range(start: date, end: date) -> str:
    """'24 Sep – 23 Dec 2026', or with both years when they differ."""
    first = day_text(start, year=start.year != end.year)
    return f"{first} – {day_text(end)}"


def zone_note(moment: datetime, here: tzinfo | None = None) -> str:
    """Where `moment`'s zone is not the machine's at that moment, ' (Europe/Berlin; 10:00
    here)' — with the other day when it differs; else an empty string. 'Here' is `here`,
    or the C library's local time, as the process's own clock has it (TZ in any form)."""
    if moment.tzinfo is None:
        return ""
    local = moment.astimezone(here)
    if local.utcoffset() == moment.utcoffset():
        return ""
    at = time_text(local)
    if local.date() != moment.date():
        at = f"{day_text(local.date(), weekday=True, year=False)}, {at}"
    return " " + translate("DateWords", "({zone}; {time} here)").format(
        zone=zone_name(moment), time=at
    )


def zone_name(moment: datetime) -> str:
    """An IANA name for `moment`'s zone ('Europe/Berlin'), or its fixed offset as
    'UTC+02:00'."""
    key = getattr(moment.tzinfo, "key", None)
    if key:
        return str(key)
    offset = moment.utcoffset() or timedelta(0)
    sign = "-" if offset < timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def words() -> DateWords:
    """The words in use."""
    return _in_use[0]
