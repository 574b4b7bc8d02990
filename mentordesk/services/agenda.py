"""The agenda of a pair's next meeting, as the services build it and as it is shared:
carried action items, this quarter's goals and milestones, checklist follow-ups and what
either partner added ahead of time. (Its words keep the "Sessions" context of the
translations, where they were first marked.)"""

from __future__ import annotations

from dataclasses import dataclass

from mentordesk.domain.checklists import ChecklistRun
from mentordesk.domain.date_words import day_text, when_text
from mentordesk.domain.goals import Skill
from mentordesk.domain.meetings import Occurrence
from mentordesk.domain.milestones import Milestone
from mentordesk.domain.pairs import Pair
from mentordesk.domain.sessions import CarriedItem, Session
from mentordesk.domain.words import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class GoalLine:
    """A goal as the agenda shows it."""

    skill: Skill
    title: str
    progress: int
    behind: bool
    whose: str = ""  # the partner whose goal it is


@dataclass(frozen=True)
class MilestoneLine:
    """A milestone as the agenda shows it: still to reach, or reached since the day
    the agenda is for (ticked)."""

    milestone: Milestone
    whose: str


SKILL_WORDS = {  # a goal's skill in an agenda line
    Skill.TECHNICAL: QT_TRANSLATE_NOOP("Sessions", "technical"),
    Skill.SOFT: QT_TRANSLATE_NOOP("Sessions", "soft"),
}


@dataclass(frozen=True)
class Agenda:
    """What the next meeting should cover."""

    pair: Pair
    meeting: Occurrence | None
    carried: tuple[CarriedItem, ...]
    goals: tuple[GoalLine, ...]
    added: tuple[str, ...]  # items either partner put on the agenda ahead of time
    owners: dict[int, str]  # person id -> name, for the action items
    follow_ups: tuple[ChecklistRun, ...] = ()  # checklist follow-ups that fall due
    last_held: Session | None = None  # the last session held before this meeting
    milestones: tuple[MilestoneLine, ...] = ()  # of this quarter's open goals

    def sections(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """The agenda's sections, each a heading and its lines as (mark, words): '[ ]'
        or '[x]' for a line to tick, '-' for a plain item, '' for a statement. The plain
        text and the Markdown both show these."""
        items = [("[ ]", self._item_line(c)) for c in self.carried]
        goals = [
            (
                "",
                (
                    translate(
                        "Sessions", "{whose}, {skill}: {title} — {progress}% (behind schedule)"
                    )
                    if g.behind
                    else translate("Sessions", "{whose}, {skill}: {title} — {progress}%")
                ).format(
                    whose=g.whose,
                    skill=translate("Sessions", SKILL_WORDS[g.skill]),
                    title=g.title,
                    progress=g.progress,
                ),
            )
            for g in self.goals
        ]
        goals += [
            (
                "[x]" if m.milestone.reached else "[ ]",
                translate("Sessions", "Milestone ({whose}): {text}, due {day}").format(
                    whose=m.whose, text=m.milestone.text, day=day_text(m.milestone.due)
                ),
            )
            for m in self.milestones
        ]
        follow_ups = [
            (
                "",
                translate("Sessions", "{title}: {outcome} (follow-up {day})").format(
                    title=run.title,
                    outcome=run.outcome or translate("Sessions", "no outcome yet"),
                    day=day_text(run.follow_up_on) or translate("Sessions", "not set"),
                ),
            )
            for run in self.follow_ups
        ]
        return [
            (translate("Sessions", "Open action items"), items),
            (translate("Sessions", "This quarter's goals"), goals),
            (translate("Sessions", "Checklist follow-ups"), follow_ups),
            (translate("Sessions", "Added ahead of time"), [("-", item) for item in self.added]),
        ]

    def _item_line(self, carried: CarriedItem) -> str:
        """A carried action item: whose, what, and when due and how often carried."""
        item = carried.item
        line = translate("Sessions", "{owner}: {text}").format(
            owner=self.owners.get(item.owner_id, "?"), text=item.text
        )
        if item.due:
            line += translate("Sessions", " (due {day})").format(day=day_text(item.due))
        if carried.carried:
            line += translate("Sessions", " (carried {n}×)").format(n=carried.carried)
        return line

    def as_text(self) -> str:
        """The agenda as plain text (the command line prints this)."""
        when = (
            translate("Sessions", "{when} ({place})").format(
                when=when_text(self.meeting.start),
                place=self.meeting.location or translate("Sessions", "no place"),
            )
            if self.meeting
            else translate("Sessions", "no meeting planned")
        )
        lines = [
            translate("Sessions", "Agenda: {title}").format(title=self.pair.title),
            translate("Sessions", "Meeting: {when}").format(when=when),
        ]
        none = translate("Sessions", "none")
        for heading, entries in self.sections():
            lines += ["", f"{heading}:"]
            lines += [f"  {mark} {words}" if mark else f"  {words}" for mark, words in entries]
            lines += [] if entries else [f"  {none}"]
        return "\n".join(lines)
