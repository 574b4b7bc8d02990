"""Guidance: the scripts, conversation starters, cards and self-assessments a pair reads
at the meeting, written as small Markdown files with a few lines of front matter.

    ---
    id: starters-technical-start
    kind: starter
    title: Starting a technical goal
    skill: technical
    phase: start
    ---
    - What would you be able to do in twelve weeks that you cannot do today?

A starter's questions are its body's list items; a self-assessment's scale is five
numbered lines, 1 (lowest) to 5. `parse_guide` checks a file and says, in words, what is
wrong with it; `fitting` chooses what suits one meeting.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TypeVar

from mentordesk.domain.goals import Skill
from mentordesk.domain.quarters import Quarter
from mentordesk.domain.words import QT_TRANSLATE_NOOP, translate


class GuideKind(StrEnum):
    """What a guide is for."""

    SCRIPT = "script"  # how to run a meeting, step by step
    STARTER = "starter"  # questions to open a conversation with
    CARD = "card"  # a skill of the pairing itself: listening, feedback, SMART goals…
    SELF_ASSESSMENT = "self-assessment"  # a 1–5 scale for one kind of skill


class Phase(StrEnum):
    """Where a meeting falls in its quarter."""

    START = "start"
    MIDDLE = "middle"
    REVIEW = "review"


class Moment(StrEnum):
    """A meeting a guide is written for."""

    FIRST_MEETING = "first-meeting"
    GOAL_BEHIND = "goal-behind"
    QUARTER_END = "quarter-end"
    ENDING = "ending"  # the pair is about to end


# The first three weeks of a quarter are its start, the last three its review.
PHASE_WEEKS = 3
SCALE = 5  # a self-assessment's points
E = TypeVar("E", bound=StrEnum)
_KEYS = ("id", "kind", "title", "skill", "phase", "when", "order")
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_ITEM = re.compile(r"^\s*[-*]\s+(.+?)\s*$")
_NUMBERED = re.compile(r"^\s*(\d+)[.)]\s+(.+?)\s*$")


@dataclass(frozen=True)
class Guide:
    """One guide, as its file says it."""

    key: str
    kind: GuideKind
    title: str
    body: str  # Markdown
    skills: frozenset[Skill] = frozenset()  # empty: any
    phases: frozenset[Phase] = frozenset()  # empty: any
    moments: frozenset[Moment] = frozenset()
    order: int = 100
    source: str = ""  # the file it came from, for messages

    @property
    def starters(self) -> tuple[str, ...]:
        """A starter's questions: the body's list items."""
        return tuple(m.group(1) for line in self.body.splitlines() if (m := _ITEM.match(line)))

    @property
    def scale(self) -> tuple[str, ...]:
        """A self-assessment's five points, 1 first."""
        return tuple(m.group(2) for line in self.body.splitlines() if (m := _NUMBERED.match(line)))


class GuideError(ValueError):
    """A guidance file that cannot be used, and why (in words)."""


def parse_guide(text: str, source: str = "") -> Guide:
    """The guide in `text`; GuideError saying what is wrong when it is not one."""
    lines = text.lstrip("\ufeff").splitlines()
    if not lines or lines[0].strip() != "---":
        raise GuideError(
            translate("Guidance", "it does not start with a '---' line and its front matter")
        )
    try:
        end = next(i for i, line in enumerate(lines[1:], 1) if line.strip() == "---")
    except StopIteration:
        raise GuideError(
            translate("Guidance", "its front matter has no closing '---' line")
        ) from None
    fields: dict[str, str] = {}
    for number, line in enumerate(lines[1:end], 2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, colon, value = line.partition(":")
        key = key.strip().lower()
        if not colon:
            raise GuideError(
                translate("Guidance", "line {number} is not 'name: value'").format(number=number)
            )
        if key not in _KEYS:
            raise GuideError(
                translate(
                    "Guidance", "line {number}: unknown field '{key}' (known: {known})"
                ).format(number=number, key=key, known=", ".join(_KEYS))
            )
        if key in fields:
            raise GuideError(
                translate("Guidance", "line {number}: '{key}' is given twice").format(
                    number=number, key=key
                )
            )
        fields[key] = value.strip()
    body = "\n".join(lines[end + 1 :]).strip()
    return _guide(fields, body, source)


def _guide(fields: dict[str, str], body: str, source: str) -> Guide:
    for required in ("id", "kind", "title"):
        if not fields.get(required):
            raise GuideError(translate("Guidance", "it has no '{field}'").format(field=required))
    key = fields["id"]
    if not _ID.fullmatch(key):
        raise GuideError(
            translate(
                "Guidance", "its id '{key}' is not lowercase letters, digits and dashes"
            ).format(key=key)
        )
    kind = _one(GuideKind, fields["kind"], "kind")
    order = fields.get("order", "100")
    if not re.fullmatch(r"[0-9]{1,6}", order):
        raise GuideError(
            translate("Guidance", "its order '{order}' is not a whole number").format(order=order)
        )
    if not body:
        raise GuideError(translate("Guidance", "it has nothing below its front matter"))
    guide = Guide(
        key,
        kind,
        fields["title"],
        body,
        frozenset(_many(Skill, fields.get("skill", ""), "skill")),
        frozenset(_many(Phase, fields.get("phase", ""), "phase")),
        frozenset(_many(Moment, fields.get("when", ""), "when")),
        int(order),
        source,
    )
    if kind is GuideKind.STARTER and not guide.starters:
        raise GuideError(
            translate("Guidance", "a starter needs its questions as a list ('- …' lines)")
        )
    if kind is GuideKind.SELF_ASSESSMENT:
        if len(guide.skills) != 1:
            raise GuideError(
                translate("Guidance", "a self-assessment is for one skill: technical or soft")
            )
        if len(guide.scale) != SCALE:
            raise GuideError(
                translate(
                    "Guidance", "a self-assessment needs {scale} numbered lines, 1 to {scale}"
                ).format(scale=SCALE)
            )
    return guide


def _one(kind: type[E], value: str, name: str) -> E:
    try:
        return kind(value.strip().lower())
    except ValueError:
        known = ", ".join(e.value for e in kind)
        raise GuideError(
            translate("Guidance", "its {name} '{value}' is not one of: {known}").format(
                name=name, value=value, known=known
            )
        ) from None


def _many(kind: type[E], value: str, name: str) -> list[E]:
    return [_one(kind, part, name) for part in value.split(",") if part.strip()]


def merged(shipped: Iterable[Guide], own: Iterable[Guide]) -> list[Guide]:
    """The shipped guides with a team's own: one of the same id replaces the shipped
    one, the rest are added; in order, then by title."""
    found = {g.key: g for g in shipped}
    found.update((g.key, g) for g in own)
    return sorted(found.values(), key=lambda g: (g.order, g.title.lower(), g.key))


def phase_of(span: Quarter, day: date) -> Phase:
    """The phase of the quarter `span` on `day`: its first three weeks are the start,
    its last three the review, the rest the middle."""
    if (day - span.starts_on).days < 7 * PHASE_WEEKS:
        return Phase.START
    if (span.ends_on - day).days < 7 * PHASE_WEEKS:
        return Phase.REVIEW
    return Phase.MIDDLE


@dataclass(frozen=True)
class Situation:
    """What is known of one meeting when choosing its guidance."""

    first_meeting: bool  # no meeting of the pair has been recorded held yet
    phase: Phase
    skills: frozenset[Skill]  # the kinds of goal the pair has this quarter
    behind: frozenset[Skill] = frozenset()  # the kinds of goal that are behind
    ending: bool = False  # the pair ends within the quarter's review weeks

    @property
    def moments(self) -> frozenset[Moment]:
        """The moments this meeting is."""
        found = set()
        if self.first_meeting:
            found.add(Moment.FIRST_MEETING)
        if self.behind:
            found.add(Moment.GOAL_BEHIND)
        if self.phase is Phase.REVIEW:
            found.add(Moment.QUARTER_END)
        if self.ending:
            found.add(Moment.ENDING)
        return frozenset(found)


@dataclass(frozen=True)
class Offer:
    """A guide offered for a meeting, and why."""

    guide: Guide
    reason: str


_REASONS = {  # "… — for {reason}"; translated as offered
    Moment.FIRST_MEETING: QT_TRANSLATE_NOOP("Guidance", "your first meeting"),
    Moment.GOAL_BEHIND: QT_TRANSLATE_NOOP("Guidance", "a goal behind schedule"),
    Moment.QUARTER_END: QT_TRANSLATE_NOOP("Guidance", "the quarter's end"),
    Moment.ENDING: QT_TRANSLATE_NOOP("Guidance", "the end of the pairing"),
}
_PHASE_REASONS = {
    Phase.START: QT_TRANSLATE_NOOP("Guidance", "the start of the quarter"),
    Phase.MIDDLE: QT_TRANSLATE_NOOP("Guidance", "the middle of the quarter"),
    Phase.REVIEW: QT_TRANSLATE_NOOP("Guidance", "the review of the quarter"),
}


def fitting(guides: Sequence[Guide], situation: Situation) -> list[Offer]:
    """The guides that suit this meeting, the most fitting first: those written for one
    of its moments (a first meeting's script, starters to get unstuck when a goal is
    behind, review questions at quarter end), then starters for the quarter's phase and
    the pair's kinds of goal, then the cards, which always apply. Self-assessments are
    offered on the Goals tab, not here."""
    moments = situation.moments
    offers: list[tuple[int, Offer]] = []
    for guide in guides:
        if guide.kind is GuideKind.SELF_ASSESSMENT:
            continue
        wanted = situation.behind if Moment.GOAL_BEHIND in guide.moments else situation.skills
        skills_fit = not guide.skills or bool(guide.skills & wanted)
        if guide.moments:
            hit = [m for m in guide.moments if m in moments]
            if hit and skills_fit:
                offers.append((0, Offer(guide, translate("Guidance", _REASONS[hit[0]]))))
            continue
        if guide.kind is GuideKind.CARD:
            offers.append((2, Offer(guide, translate("Guidance", "any meeting"))))
        elif skills_fit and (not guide.phases or situation.phase in guide.phases):
            reason = translate("Guidance", _PHASE_REASONS[situation.phase])
            offers.append((1, Offer(guide, reason)))
    return [offer for _, offer in sorted(offers, key=lambda o: o[0])]
