"""Use cases for calendar files: publish a pair's meetings, invite to or cancel a series.

A calendar file (PUBLISH) holds every live series of the pair. An invitation (REQUEST) or
a cancellation (CANCEL) is about one series, as iTIP wants: a pair that has replaced its
series has one message per series to send (the old one's new end, the new one).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date
from pathlib import Path

from mentordesk.calendar_files.method import Method
from mentordesk.domain.goals import GoalStatus, Skill
from mentordesk.domain.meetings import WEEKDAY_NAMES, WEEKDAYS, MeetingSeries
from mentordesk.domain.pairs import Pair
from mentordesk.errors import UserFacingError
from mentordesk.files import write_atomically
from mentordesk.services.changes import ChangeSet
from mentordesk.services.clock import Clock
from mentordesk.store.unit_of_work import Store, UnitOfWork


def _write(path: Path, data: bytes) -> None:
    try:
        write_atomically(path, data, mode=0o600)
    except OSError as exc:
        raise UserFacingError(f"cannot write {path}: {exc.strerror or exc}") from None


SKILL_WORDS = {Skill.TECHNICAL: "Technical", Skill.SOFT: "Soft skill"}


def series_label(series: MeetingSeries, *, state: bool = True) -> str:
    """'Mondays at 16:00, 2026-10-05 to 2026-12-07 (Europe/Berlin)', with `state` also
    whether it is cancelled."""
    draft = series.draft
    day = WEEKDAY_NAMES[WEEKDAYS.index(draft.weekday)]
    every = "" if draft.every_weeks == 1 else f" every {draft.every_weeks} weeks"
    text = (
        f"{day}s{every} at {draft.start_time:%H:%M}, {draft.first_date.isoformat()} to "
        f"{draft.until.isoformat()} ({draft.timezone})"
    )
    return text + (" — cancelled" if state and series.cancelled else "")


@dataclass(frozen=True)
class CalendarMessage:
    """One file to send or import: what it is for, about which series, and its bytes."""

    method: Method
    series_ids: tuple[int, ...]
    subject: str
    text: str
    data: bytes


class CalendarService:
    """Writes .ics files that Outlook, Google, Apple Calendar and Thunderbird import."""

    def __init__(self, store: Store, clock: Clock, drafts_dir: Path) -> None:
        self._store = store
        self._clock = clock
        self._drafts_dir = drafts_dir

    # -- which series a message can be about ------------------------------------------
    def candidates(self, pair_id: int, method: Method) -> list[MeetingSeries]:
        """The series a message of `method` can be about, oldest first.

        PUBLISH: every live series. REQUEST: the live series with a meeting today or
        later (a series ended early by a re-plan included: the invitation updates its end).
        CANCEL: those too, and the series withdrawn before their first meeting (replaced
        or undone), whose invitation may already have gone out.
        """
        with self._store.reading() as uow:
            return self._candidates(uow.meetings.of_pair(pair_id), method)

    def _candidates(self, every: list[MeetingSeries], method: Method) -> list[MeetingSeries]:
        today = self._clock.now().date()
        if method is Method.PUBLISH:
            return [s for s in every if not s.cancelled]
        upcoming = [s for s in every if not s.cancelled and s.draft.until >= today]
        if method is Method.REQUEST:
            return upcoming
        withdrawn = [s for s in every if s.cancelled and s.draft.first_date >= today]
        return sorted(upcoming + withdrawn, key=lambda s: (s.draft.first_date, s.id))

    # -- the messages ---------------------------------------------------------------
    def export(
        self, pair_id: int, method: Method = Method.PUBLISH, series_id: int | None = None
    ) -> tuple[CalendarMessage, ChangeSet]:
        """The pair's calendar file, or the invitation or cancellation of one series.

        Without `series_id`, a REQUEST or CANCEL is about the pair's only candidate and
        is refused, naming the candidates, when there are several. A CANCEL first cancels
        a live series (raising its SEQUENCE), so it withdraws what earlier files added.
        """
        return self._produce(pair_id, method, series_id, lambda _pair, _message: None)

    def write(
        self,
        pair_id: int,
        path: Path,
        method: Method = Method.PUBLISH,
        series_id: int | None = None,
        *,
        as_email: bool = False,
    ) -> ChangeSet:
        """Write the calendar file, or (with `as_email`) an e-mail draft that carries it,
        to `path` atomically. A cancellation is kept only once its file is written."""
        if as_email and method is Method.PUBLISH:
            raise UserFacingError("Only an invitation or a cancellation is sent as an e-mail.")
        if not path.parent.is_dir():
            raise UserFacingError(f"cannot write {path}: the folder {path.parent} does not exist")
        if path.is_dir():
            raise UserFacingError(f"cannot write {path}: it is a folder")

        def deliver(pair: Pair, message: CalendarMessage) -> None:
            data = self._email(pair, message) if as_email else message.data
            _write(path, data)

        return self._produce(pair_id, method, series_id, deliver)[1]

    def write_draft(
        self, pair_id: int, method: Method, series_id: int | None = None
    ) -> tuple[Path, ChangeSet]:
        """Write the invitation or cancellation of one series as an e-mail draft (.eml)
        into MentorDesk's drafts folder, for the person's mail program to open."""
        written: list[Path] = []

        def deliver(pair: Pair, message: CalendarMessage) -> None:
            kind = "cancellation" if method is Method.CANCEL else "invitation"
            stamp = self._clock.now().astimezone(UTC).strftime("%Y%m%dT%H%M%S")
            name = f"{kind}-{pair.external_id}-{message.series_ids[0]}-{stamp}.eml"
            self._drafts_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            _write(self._drafts_dir / name, self._email(pair, message))
            written.append(self._drafts_dir / name)

        if method is Method.PUBLISH:
            raise UserFacingError("Only an invitation or a cancellation is sent as an e-mail.")
        changes = self._produce(pair_id, method, series_id, deliver)[1]
        return written[0], changes

    def _produce(
        self,
        pair_id: int,
        method: Method,
        series_id: int | None,
        deliver: Callable[[Pair, CalendarMessage], None],
    ) -> tuple[CalendarMessage, ChangeSet]:
        now = self._clock.now()
        changes = ChangeSet()
        with self._store.writing() as uow:
            pair = uow.pairs.get(pair_id)
            chosen = self._chosen(uow, pair, method, series_id)
            if method is Method.CANCEL and not chosen[0].cancelled:
                uow.meetings.set_cancelled(chosen[0].id, True)
                chosen = [uow.meetings.get(chosen[0].id)]
                changes = ChangeSet(meetings=frozenset({chosen[0].id}), pairs=frozenset({pair_id}))
            goals = self._goal_titles(uow, pair, now.date())
            from mentordesk.calendar_files.ics import calendar_file  # icalendar: on use

            data = calendar_file(pair, chosen, goals, method, now)
            subject, text = self._words(pair, chosen, method)
            message = CalendarMessage(method, tuple(s.id for s in chosen), subject, text, data)
            deliver(pair, message)  # the file first: a failed write cancels nothing
            uow.commit()
        return message, changes

    def _email(self, pair: Pair, message: CalendarMessage) -> bytes:
        """An e-mail draft from the mentor to the mentee carrying `message` (iMIP)."""
        from mentordesk.calendar_files.email_draft import Mailbox, email_draft

        return email_draft(
            message.data,
            message.method,
            Mailbox(pair.mentor.name, pair.mentor.email),
            Mailbox(pair.mentee.name, pair.mentee.email),
            message.subject,
            message.text,
            self._clock.now(),
            "cancellation.ics" if message.method is Method.CANCEL else "invitation.ics",
        )

    # -- helpers -------------------------------------------------------------------
    def _chosen(
        self, uow: UnitOfWork, pair: Pair, method: Method, series_id: int | None
    ) -> list[MeetingSeries]:
        candidates = self._candidates(uow.meetings.of_pair(pair.id), method)
        if series_id is not None:
            picked = [s for s in candidates if s.id == series_id]
            if not picked:
                raise UserFacingError(
                    f"That meeting series of {pair.title} cannot be "
                    f"{'cancelled' if method is Method.CANCEL else 'sent'} now."
                )
            return picked
        if not candidates:
            raise UserFacingError(
                f"{pair.title} has no planned meetings"
                + (
                    " to cancel."
                    if method is Method.CANCEL
                    else " from today on."
                    if method is Method.REQUEST
                    else ": plan the weekly meeting first."
                )
            )
        if method is not Method.PUBLISH and len(candidates) > 1:
            listed = "; ".join(f"{s.external_id}: {series_label(s)}" for s in candidates)
            raise UserFacingError(
                f"{pair.title} has {len(candidates)} meeting series, and each gets its own "
                f"message: choose one ({listed})."
            )
        return candidates

    @staticmethod
    def _goal_titles(uow: UnitOfWork, pair: Pair, today: date) -> list[tuple[str, str]]:
        number = pair.current_quarter(today)
        return [
            (SKILL_WORDS[g.skill], g.title)
            for g in uow.goals.of_pair(pair.id)
            if g.quarter == number and g.status is not GoalStatus.DROPPED
        ]

    @staticmethod
    def _words(pair: Pair, chosen: list[MeetingSeries], method: Method) -> tuple[str, str]:
        what = {
            Method.PUBLISH: "Mentoring meetings",
            Method.REQUEST: "Invitation",
            Method.CANCEL: "Cancelled",
        }[method]
        subject = f"{what}: {pair.mentor.name} & {pair.mentee.name}"
        lines = [f"Hello {pair.mentee.name},", ""]
        if method is Method.CANCEL:
            lines.append("these meetings of ours are cancelled:")
        else:
            lines.append("here are our mentoring meetings, to add to your calendar:")
        for series in chosen:
            lines.append(f"  {series_label(series, state=False)}")
            if series.draft.location:
                lines.append(f"  Place: {series.draft.location}")
        lines += ["", pair.mentor.name]
        return subject, "\n".join(lines)
