"""What a pair sends each other: the next meeting's agenda, prepared ahead, and a
meeting's recap (topics, decisions, action items by owner) — as plain text or Markdown,
to copy, print, or write as an e-mail draft for the person's own mail program.

Private notes are never part of either: a recap is built from what both partners see.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path

from mentordesk.domain.date_words import day_text, long_day_text, time_text, zone_note
from mentordesk.domain.meetings import Occurrence, meeting_on_now, occurrences
from mentordesk.domain.pairs import Pair
from mentordesk.domain.sessions import Session
from mentordesk.domain.words import translate
from mentordesk.errors import UserFacingError
from mentordesk.files import write_atomically
from mentordesk.services.agenda import Agenda
from mentordesk.services.clock import Clock
from mentordesk.services.sessions import SessionService
from mentordesk.store.unit_of_work import Store

# A line of the shared notes that records a decision: "Decided: …", "Agreed – …".
_DECISION = re.compile(r"^\s*(?:decided|decision|agreed)\b\s*[:\-–—]?\s*(.+)$", re.IGNORECASE)
_MARKDOWN = re.compile(r"([\\`*_{}\[\]<>#|~&])")  # ( ) and ! mean nothing without [ ]
# What starts a block at a line's start: a list item, a numbered one, a rule, a heading
# underline ("- ", "+ ", "1. ", "---", "===").
_LINE_START = re.compile(r"^(\s*)(\d+)([.)])|^(\s*)([-+=])", re.M)


def md(text: str) -> str:
    """`text` as Markdown shows it literally, on every line (its own * or # are no
    markup, a line of its own that starts with '- ' or '1. ' is no list)."""
    escaped = _MARKDOWN.sub(r"\\\1", text)
    return _LINE_START.sub(
        lambda m: f"{m[1]}{m[2]}\\{m[3]}" if m[2] else f"{m[4]}\\{m[5]}", escaped
    )


def decisions(notes: str) -> list[str]:
    """The decisions among shared notes: the lines that start with Decided, Decision or
    Agreed."""
    return [m.group(1).strip() for line in notes.splitlines() if (m := _DECISION.match(line))]


@dataclass(frozen=True)
class Shared:
    """One text to share, in both forms, with the subject an e-mail of it carries."""

    subject: str
    text: str
    markdown: str
    kind: str = "text"  # what it is, in an e-mail draft's file name: "agenda", "recap"


def when_words(meeting: Occurrence) -> str:
    """'Monday, 30 November 2026, 16:00 (Europe/Berlin; 15:00 here), Room 3.14'."""
    start = meeting.start
    place = f", {meeting.location}" if meeting.location else ""
    return f"{long_day_text(start.date())}, {time_text(start)}{zone_note(start)}{place}"


def agenda_markdown(agenda: Agenda) -> str:
    """The agenda as Markdown: the sections of its plain text, the pair's words escaped."""
    when = (
        when_words(agenda.meeting) if agenda.meeting else translate("Sharing", "no meeting planned")
    )
    title = translate("Sharing", "Agenda: {title}").format(title=md(agenda.pair.title))
    meeting = translate("Sharing", "Meeting:")
    lines = [f"## {title}", "", f"**{meeting}** {md(when)}"]
    for heading, entries in agenda.sections():
        lines += ["", f"**{heading}**"]
        lines += [
            f"- {mark} {md(words)}" if mark.startswith("[") else f"- {md(words)}"
            for mark, words in entries
        ]
        lines += [] if entries else [f"- {translate('Sharing', 'none')}"]
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class Recap:
    """What a meeting did, from what both partners see."""

    pair: Pair
    session: Session
    owners: dict[int, str]  # person id -> name
    checkins: tuple[tuple[str, int], ...]  # goal title, progress
    next_meeting: Occurrence | None

    @property
    def new_items(self) -> list[tuple[str, list[str]]]:
        """The action items agreed in this meeting, by owner: (name, item lines)."""
        items = [i for i in self.session.action_items if i.session_id == self.session.id]
        found = []
        for owner in sorted({i.owner_id for i in items}, key=lambda o: self.owners.get(o, "")):
            found.append(
                (
                    self.owners.get(owner, "?"),
                    [
                        translate("Sharing", "{item} (by {day})").format(
                            item=i.text, day=day_text(i.due, year=False)
                        )
                        if i.due
                        else i.text
                        for i in items
                        if i.owner_id == owner
                    ],
                )
            )
        return found

    @property
    def day(self) -> str:
        """The meeting's day, in words."""
        return long_day_text(self.session.scheduled_for.date())

    def _next(self) -> str:
        if self.next_meeting is None:
            return translate("Sharing", "No next meeting is planned: plan one on the Meetings tab.")
        return translate("Sharing", "Next meeting: {when}.").format(
            when=when_words(self.next_meeting)
        )

    def as_text(self) -> str:
        """The recap in plain lines (the meeting's recap box shows this)."""
        topics = self.session.topics
        lines = [
            translate("Sharing", "Discussed: {topics}").format(topics=", ".join(topics))
            if topics
            else translate("Sharing", "Discussed: no topics noted")
        ]
        if decided := decisions(self.session.notes):
            lines.append(translate("Sharing", "Decided:"))
            lines += [f"  • {d}" for d in decided]
        for name, items in self.new_items:
            lines.append(translate("Sharing", "{name} will:").format(name=name))
            lines += [f"  • {line}" for line in items]
        if not self.new_items:
            lines.append(translate("Sharing", "No new action items."))
        lines += [
            translate("Sharing", "Checked in: {title} at {progress}%").format(
                title=title, progress=progress
            )
            for title, progress in self.checkins
        ]
        lines.append(self._next())
        return "\n".join(lines)

    def as_markdown(self) -> str:
        """The recap as Markdown."""
        heading = translate("Sharing", "Recap: {title} — {day}").format(
            title=md(self.pair.title), day=self.day
        )
        lines = [f"## {heading}", ""]
        topics = self.session.topics
        lines += [f"**{translate('Sharing', 'Discussed')}**"] + (
            [f"- {md(t)}" for t in topics] or [f"- {translate('Sharing', 'no topics noted')}"]
        )
        if decided := decisions(self.session.notes):
            lines += ["", f"**{translate('Sharing', 'Decided')}**"] + [
                f"- {md(d)}" for d in decided
            ]
        for name, items in self.new_items:
            will = translate("Sharing", "{name} will").format(name=md(name))
            lines += ["", f"**{will}**"] + [f"- [ ] {md(line)}" for line in items]
        if not self.new_items:
            lines += ["", translate("Sharing", "No new action items.")]
        if self.checkins:
            lines += ["", f"**{translate('Sharing', 'Checked in')}**"]
            lines += [f"- {md(title)}: {progress} %" for title, progress in self.checkins]
        lines += ["", md(self._next())]
        return "\n".join(lines) + "\n"


class SharingService:
    """The agenda and the recap as texts to share, and as e-mail drafts."""

    def __init__(
        self, store: Store, clock: Clock, sessions: SessionService, drafts_dir: Path
    ) -> None:
        self._store, self._clock, self._sessions = store, clock, sessions
        self._drafts_dir = drafts_dir

    def agenda(self, pair_id: int) -> Shared:
        """The agenda of the pair's meeting on now, or else its next one."""
        agenda = self._sessions.agenda(pair_id)
        if agenda.meeting:
            subject = translate("Sharing", "Agenda: {title} — {day}").format(
                title=agenda.pair.title,
                day=day_text(agenda.meeting.start.date(), weekday=True, year=False),
            )
        else:
            subject = translate("Sharing", "Agenda: {title}").format(title=agenda.pair.title)
        return Shared(subject, agenda.as_text(), agenda_markdown(agenda), "agenda")

    def recap(self, session_id: int) -> Recap:
        """What the session did, and when the pair meets next."""
        with self._store.reading() as uow:
            session = uow.sessions.get(session_id)
            pair = uow.pairs.get(session.pair_id)
            goals = uow.goals.of_pair(pair.id)
            series = uow.meetings.of_pair(pair.id)
        checkins = tuple(
            (g.title, c.progress) for g in goals for c in g.checkins if c.session_id == session.id
        )
        after = max(session.scheduled_for, self._clock.now())
        later = [
            o
            for s in series
            if not s.cancelled
            for o in occurrences(s, after.date())
            if not o.skipped and o.start > session.scheduled_for and o.start >= after
        ]
        owners = {pair.mentor.id: pair.mentor.name, pair.mentee.id: pair.mentee.name}
        upcoming = meeting_on_now(sorted(later, key=lambda o: o.start), after)
        return Recap(pair, session, owners, checkins, upcoming)

    def shared_recap(self, session_id: int) -> Shared:
        """The session's recap as a text to share."""
        recap = self.recap(session_id)
        subject = translate("Sharing", "Recap: {title} — {day}").format(
            title=recap.pair.title, day=recap.day
        )
        return Shared(subject, recap.as_text() + "\n", recap.as_markdown(), "recap")

    def email_draft(self, pair_id: int, shared: Shared, sender_id: int | None) -> Path:
        """`shared` as an e-mail draft (.eml, plain text) from `sender_id` (when a partner;
        else the mentor, or the peer named first) to the other partner, in the drafts
        folder, for the mail program to open and send."""
        from mentordesk.calendar_files.email_draft import Mailbox, text_draft

        with self._store.reading() as uow:
            pair = uow.pairs.get(pair_id)
        sender, recipient = pair.mentor, pair.mentee
        if sender_id == pair.mentee.id:
            sender, recipient = recipient, sender
        now = self._clock.now()
        try:
            data = text_draft(
                Mailbox(sender.name, sender.email),
                Mailbox(recipient.name, recipient.email),
                shared.subject,
                shared.text,
                now,
            )
        except ValueError as error:
            raise UserFacingError(
                translate("Sharing", "The e-mail could not be written: {reason}").format(
                    reason=error
                )
            ) from None
        stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%S")
        path = self._drafts_dir / f"{shared.kind}-{pair.external_id}-{stamp}.eml"
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            write_atomically(path, data, mode=0o600)
        except OSError as exc:
            raise UserFacingError(
                translate("Sharing", "cannot write {path}: {reason}").format(
                    path=path, reason=exc.strerror or exc
                )
            ) from None
        return path
