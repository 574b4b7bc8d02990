"""The guidance library: the guides shipped in resources/guidance/, with a team's own in
the data folder's `guidance/` folder (a file of the same id replaces a shipped one, a
new id adds one); and what of it suits a pair's meeting.

A file that cannot be read or is not a guide is named with what is wrong and left out:
the rest of the library still loads.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from importlib.resources.abc import Traversable
from pathlib import Path

from mentordesk.domain.goals import GoalStatus, Skill, is_behind
from mentordesk.domain.guidance import (
    PHASE_WEEKS,
    Guide,
    GuideError,
    Offer,
    Situation,
    fitting,
    merged,
    parse_guide,
    phase_of,
)
from mentordesk.domain.quarters import quarter
from mentordesk.domain.words import language, translate
from mentordesk.resource_files import resource
from mentordesk.services.clock import Clock
from mentordesk.store.unit_of_work import Store

log = logging.getLogger(__name__)

SUFFIX = ".md"


@dataclass(frozen=True)
class Library:
    """Every usable guide, and a line for each file that could not be used."""

    guides: tuple[Guide, ...]
    problems: tuple[str, ...] = ()
    own_folder: Path | None = None  # where a team's own guides go

    def get(self, key: str) -> Guide | None:
        """The guide with id `key`, if there is one."""
        return next((g for g in self.guides if g.key == key), None)


def read_guides(files: Iterable[Traversable], where: str) -> tuple[list[Guide], list[str]]:
    """The guides in `files` (Markdown only, by name), and what is wrong with the others."""
    guides, problems = [], []
    seen: dict[str, str] = {}
    for file in sorted(files, key=lambda f: f.name):
        if not file.name.endswith(SUFFIX) or file.name.startswith("."):
            continue
        name = f"{where}/{file.name}"
        try:
            guide = parse_guide(file.read_text(encoding="utf-8"), name)
        except UnicodeDecodeError:
            problems.append(
                translate("Guidance", "{file}: not UTF-8 text; left out").format(file=name)
            )
            continue
        except OSError as error:
            problems.append(
                translate("Guidance", "{file}: cannot be read ({reason}); left out").format(
                    file=name, reason=error.strerror or error
                )
            )
            continue
        except GuideError as error:
            problems.append(
                translate("Guidance", "{file}: {problem}; left out").format(
                    file=name, problem=error
                )
            )
            continue
        if guide.key in seen:
            problems.append(
                translate("Guidance", "{file}: its id '{key}' is also {other}'s; left out").format(
                    file=name, key=guide.key, other=seen[guide.key]
                )
            )
            continue
        seen[guide.key] = name
        guides.append(guide)
    return guides, problems


def shipped_guides() -> tuple[list[Guide], list[str]]:
    """The guides shipped with MentorDesk, in the language in use where they are
    translated (resources/guidance/<language>/, by id), else in English."""
    folder = resource("guidance")
    guides, problems = read_guides(folder.iterdir(), "guidance")
    spoken = folder / language()
    if language() != "en" and spoken.is_dir():
        translated, more = read_guides(spoken.iterdir(), f"guidance/{language()}")
        guides, problems = merged(guides, translated), problems + more
    return guides, problems


def load_library(own_folder: Path | None) -> Library:
    """The shipped guides merged with those in `own_folder` (when it exists)."""
    shipped, problems = shipped_guides()
    own: list[Guide] = []
    if own_folder is not None and own_folder.is_dir():
        try:
            own, more = read_guides(list(own_folder.iterdir()), str(own_folder))
        except OSError as error:
            more = [
                translate("Guidance", "{folder}: cannot be read ({reason})").format(
                    folder=own_folder, reason=error.strerror or error
                )
            ]
        problems += more
    for problem in problems:
        log.warning("guidance: %s", problem)
    return Library(tuple(merged(shipped, own)), tuple(problems), own_folder)


class GuidanceService:
    """The library, read once and again on request, and the guides that suit a meeting."""

    def __init__(self, store: Store, clock: Clock, own_folder: Path | None) -> None:
        self._store, self._clock, self._own = store, clock, own_folder
        self._library: Library | None = None

    def library(self) -> Library:
        """The library (read from the files the first time)."""
        if self._library is None:
            self._library = load_library(self._own)
        return self._library

    def reload(self) -> Library:
        """Read the files again (a team edited its own guides)."""
        self._library = None
        return self.library()

    def situation(self, pair_id: int, at: datetime | None = None) -> Situation:
        """What is known of the pair's meeting at `at` (default: now) to choose guidance."""
        now = at or self._clock.now()
        day = now.date()
        with self._store.reading() as uow:
            pair = uow.pairs.get(pair_id)
            # a meeting held before this one's day (this one may be recorded held by now)
            earlier = uow.sessions.last_held([pair_id], datetime.combine(day, time(0), now.tzinfo))
            goals = uow.goals.of_pair(pair_id)
        number = pair.current_quarter(day) or 1
        span = quarter(pair.started_on, pair.quarters, number)
        current = [g for g in goals if g.quarter == number and g.status is not GoalStatus.DROPPED]
        first = pair_id not in earlier
        ends = pair.ended_on or (pair.agreement.text.runs_until if pair.agreement else None)
        ending = ends is not None and day <= ends < day + timedelta(weeks=PHASE_WEEKS)
        return Situation(
            first_meeting=first,
            phase=phase_of(span, day),
            skills=frozenset(g.skill for g in current) or frozenset(Skill),
            behind=frozenset(g.skill for g in current if is_behind(g, span, day)),
            ending=ending,
        )

    def for_meeting(self, pair_id: int, at: datetime | None = None) -> list[Offer]:
        """The guides that suit the pair's meeting at `at`, the most fitting first."""
        return fitting(self.library().guides, self.situation(pair_id, at))
