"""What a calendar file is for (its METHOD); apart from the writer so that choosing one
does not load icalendar."""

from __future__ import annotations

from enum import StrEnum


class Method(StrEnum):
    """What the file is for."""

    PUBLISH = "PUBLISH"  # add to my calendar
    REQUEST = "REQUEST"  # an invitation from the mentor to the mentee
    CANCEL = "CANCEL"  # withdraw the series
