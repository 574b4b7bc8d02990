"""Use cases for calendar files: publish a pair's meetings, invite to or cancel a series.

A calendar file (PUBLISH) holds every live series of the pair. An invitation (REQUEST) or
a cancellation (CANCEL) is about one series, as iTIP wants: a pair that has replaced its
series has one message per series to send (the old one's new end, the new one). Each
series remembers the SEQUENCE last sent to the mentee, so that a series changed since
(shortened by a re-plan, withdrawn by an undo) is offered again until its news went out.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date
from pathlib import Path

from mentordesk.calendar_files.method import Method
from mentordesk.domain.date_words import date_range, time_text
from mentordesk.domain.goals import GoalStatus, Skill, by_partner
from mentordesk.domain.meetings import WEEKDAYS, MeetingSeries
from mentordesk.domain.pairs import Pair, PairStatus
from mentordesk.domain.text import email_problem
from mentordesk.domain.words import QT_TRANSLATE_NOOP, translate
from mentordesk.errors import UserFacingError
from mentordesk.files import write_atomically
from mentordesk.services.changes import ChangeSet
from mentordesk.services.clock import Clock
from mentordesk.services.meetings import cancelling
from mentordesk.services.undo import Action, Step, chain, undoable
from mentordesk.store.unit_of_work import Store, UnitOfWork

# Whose goal and which kind, as the calendar file's description lists it.
SKILL_WORDS = {
    Skill.TECHNICAL: QT_TRANSLATE_NOOP("Calendar", "{name}, technical"),
    Skill.SOFT: QT_TRANSLATE_NOOP("Calendar", "{name}, soft skill"),
}
# A series' day and time, a whole phrase for each weekday (WEEKDAYS' order): every week,
# and every {n} weeks.
DAY_AT = (
    QT_TRANSLATE_NOOP("Calendar", "Mondays at {time}"),
    QT_TRANSLATE_NOOP("Calendar", "Tuesdays at {time}"),
    QT_TRANSLATE_NOOP("Calendar", "Wednesdays at {time}"),
    QT_TRANSLATE_NOOP("Calendar", "Thursdays at {time}"),
    QT_TRANSLATE_NOOP("Calendar", "Fridays at {time}"),
    QT_TRANSLATE_NOOP("Calendar", "Saturdays at {time}"),
    QT_TRANSLATE_NOOP("Calendar", "Sundays at {time}"),
)
DAY_EVERY_AT = (
    QT_TRANSLATE_NOOP("Calendar", "Mondays every {n} weeks at {time}"),
    QT_TRANSLATE_NOOP("Calendar", "Tuesdays every {n} weeks at {time}"),
    QT_TRANSLATE_NOOP("Calendar", "Wednesdays every {n} weeks at {time}"),
    QT_TRANSLATE_NOOP("Calendar", "Thursdays every {n} weeks at {time}"),
    QT_TRANSLATE_NOOP("Calendar", "Fridays every {n} weeks at {time}"),
    QT_TRANSLATE_NOOP("Calendar", "Saturdays every {n} weeks at {time}"),
    QT_TRANSLATE_NOOP("Calendar", "Sundays every {n} weeks at {time}"),
)
SUBJECTS = {  # the subject of a message, by what it is for
    Method.PUBLISH: QT_TRANSLATE_NOOP("Calendar", "Mentoring meetings: {mentor} & {mentee}"),
    Method.REQUEST: QT_TRANSLATE_NOOP("Calendar", "Invitation: {mentor} & {mentee}"),
    Method.CANCEL: QT_TRANSLATE_NOOP("Calendar", "Cancelled: {mentor} & {mentee}"),
}


def _only_invitations() -> str:
    return translate("Calendar", "Only an invitation or a cancellation is sent as an e-mail.")


def _write(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_atomically(path, data, mode=0o600)
    except OSError as exc:
        raise UserFacingError(
            translate("Calendar", "cannot write {path}: {reason}").format(
                path=path, reason=exc.strerror or exc
            )
        ) from None


def _day_at(series: MeetingSeries) -> str:
    """'Mondays at 16:00', 'Mondays every 2 weeks at 16:00'."""
    draft = series.draft
    day = WEEKDAYS.index(draft.weekday)
    time = time_text(draft.start_time)
    if draft.every_weeks == 1:
        return translate("Calendar", DAY_AT[day]).format(time=time)
    return translate("Calendar", DAY_EVERY_AT[day]).format(n=draft.every_weeks, time=time)


def series_label(series: MeetingSeries, *, state: bool = True) -> str:
    """'Mondays at 16:00, 5 Oct – 7 Dec 2026 (Europe/Berlin)', with `state` also
    whether it is cancelled."""
    draft = series.draft
    text = f"{_day_at(series)}, {date_range(draft.first_date, draft.until)} ({draft.timezone})"
    if state and series.cancelled:
        return translate("Calendar", "{series} — cancelled").format(series=text)
    return text


def cadence_of(series: MeetingSeries) -> str:
    """How often the pair meets, as an agreement says it: 'Weekly, 45 minutes, Tuesdays
    at 17:00 (Europe/Berlin)'. Stored in the agreement the pair signs, where the window
    writes it in English whatever it speaks (words.english): one wording, never changed
    by a change of language."""
    draft = series.draft
    day = WEEKDAYS.index(draft.weekday)
    time = time_text(draft.start_time)
    if draft.every_weeks == 1:
        text = translate("Calendar", "Weekly, {minutes} minutes, {day_at} ({zone})")
    else:
        text = translate("Calendar", "Every {n} weeks, {minutes} minutes, {day_at} ({zone})")
    return text.format(
        n=draft.every_weeks,
        minutes=draft.duration_minutes,
        day_at=translate("Calendar", DAY_AT[day]).format(time=time),
        zone=draft.timezone,
    )


@dataclass(frozen=True)
class CalendarMessage:
    """One file to send or import: what it is for, about which series, and its bytes."""

    method: Method
    series_ids: tuple[int, ...]
    subject: str
    text: str
    data: bytes


Deliver = Callable[[Pair, CalendarMessage], Path | None]


class CalendarService:
    """Writes .ics files that Outlook, Google, Apple Calendar and Thunderbird import."""

    def __init__(self, store: Store, clock: Clock, drafts_dir: Path) -> None:
        self._store = store
        self._clock = clock
        self._drafts_dir = drafts_dir

    # -- which series a message can be about ------------------------------------------
    def candidates(self, pair_id: int, method: Method) -> list[MeetingSeries]:
        """The series a message of `method` can be about, oldest first.

        PUBLISH: every live series. REQUEST (for an ended pair, only the invited series
        its end cut short, as an update): the live series
        with a last date today or later, and those changed since their last invitation
        (a series a re-plan ended early). CANCEL: the live series with a last date today
        or later, and the cancelled ones whose cancellation has not gone out since an
        invitation did (or, for series from before MentorDesk kept track, that have not
        ended yet).
        """
        with self._store.reading() as uow:
            pair = uow.pairs.get(pair_id)
            return self._candidates(pair, uow.meetings.of_pair(pair_id), method)

    def _candidates(
        self, pair: Pair, every: list[MeetingSeries], method: Method
    ) -> list[MeetingSeries]:
        today = self._clock.now().date()
        if method is Method.PUBLISH:
            return [s for s in every if not s.cancelled]
        live = [
            s for s in every if not s.cancelled and (s.draft.until >= today or s.changed_since_sent)
        ]
        if method is Method.REQUEST:
            if pair.status(today) is PairStatus.ENDED:  # an update of what was invited
                return [s for s in live if s.changed_since_sent and s.sent_sequence is not None]
            return live
        withdrawn = [
            s
            for s in every
            if s.cancelled
            and (s.changed_since_sent or (s.sent_sequence is None and s.draft.until >= today))
        ]
        return sorted(live + withdrawn, key=lambda s: (s.draft.first_date, s.id))

    def nothing_to_send(self, pair_id: int, method: Method) -> str:
        """Why there is no series to put in a message of `method`, in plain words."""
        with self._store.reading() as uow:
            pair = uow.pairs.get(pair_id)
        return self._nothing(pair, method)

    # -- the messages ---------------------------------------------------------------
    def export(
        self, pair_id: int, method: Method = Method.PUBLISH, series_id: int | None = None
    ) -> CalendarMessage:
        """The pair's calendar file, or the invitation or cancellation of one series, as
        it would be written; changes nothing (a cancellation is kept only by `write`).

        Without `series_id`, a REQUEST or CANCEL is about the pair's only candidate and
        is refused, naming the candidates, when there are several.
        """
        with self._store.reading() as uow:
            pair = uow.pairs.get(pair_id)
            chosen = self._chosen(uow, pair, method, [series_id] if series_id else None)
            if method is Method.CANCEL:
                chosen = [_cancelled(s) for s in chosen]
            return self._message(uow, pair, chosen, method)

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
            raise UserFacingError(_only_invitations())
        if not path.parent.is_dir():
            raise UserFacingError(
                translate(
                    "Calendar", "cannot write {path}: the folder {folder} does not exist"
                ).format(path=path, folder=path.parent)
            )
        if path.is_dir():
            raise UserFacingError(
                translate("Calendar", "cannot write {path}: it is a folder").format(path=path)
            )

        def deliver(pair: Pair, message: CalendarMessage) -> Path:
            _write(path, self._email(pair, message) if as_email else message.data)
            return path

        return self._produce(pair_id, method, [series_id] if series_id else None, deliver)[1]

    def send_drafts(
        self, pair_id: int, method: Method, series_ids: Sequence[int] | None = None
    ) -> tuple[list[Path], Step | None]:
        """Write the drafts as `write_drafts` does; with them, the step that takes back
        the cancellation they made ("Cancel Meetings": the series are live again, the
        drafts stay), or None when nothing was cancelled."""
        paths, changes, undo = self._drafts(pair_id, method, series_ids)
        if not changes:
            return paths, None
        return paths, undoable(self._store, translate("Calendar", "Cancel Meetings"), changes, undo)

    def write_drafts(
        self, pair_id: int, method: Method, series_ids: Sequence[int] | None = None
    ) -> tuple[list[Path], ChangeSet]:
        """Write the invitation or cancellation of each chosen series (by default the
        only candidate) as an e-mail draft (.eml) in MentorDesk's drafts folder, for the
        person's mail program to open; one transaction for all of them."""
        paths, changes, _ = self._drafts(pair_id, method, series_ids)
        return paths, changes

    def _drafts(
        self, pair_id: int, method: Method, series_ids: Sequence[int] | None
    ) -> tuple[list[Path], ChangeSet, Action]:
        if method is Method.PUBLISH:
            raise UserFacingError(_only_invitations())
        kind = "cancellation" if method is Method.CANCEL else "invitation"
        stamp = self._clock.now().astimezone(UTC).strftime("%Y%m%dT%H%M%S")

        def deliver(pair: Pair, message: CalendarMessage) -> Path:
            name = f"{kind}-{pair.external_id}-{message.series_ids[0]}-{stamp}.eml"
            _write(self._drafts_dir / name, self._email(pair, message))
            return self._drafts_dir / name

        return self._produce(pair_id, method, series_ids, deliver)

    def _produce(
        self, pair_id: int, method: Method, series_ids: Sequence[int] | None, deliver: Deliver
    ) -> tuple[list[Path], ChangeSet, Action]:
        """One message per chosen series (one file for PUBLISH), delivered, then kept: a
        cancellation cancels its series, and the SEQUENCE sent is remembered. Files are
        written before the commit, and removed again if the commit fails. Returns the
        files, the series cancelled, and the action that makes them live again."""
        written: list[Path] = []
        changes = ChangeSet()
        undo: list[Action] = []
        publish = method is Method.PUBLISH  # a plain calendar file changes nothing
        try:
            with self._store.reading() if publish else self._store.writing() as uow:
                pair = uow.pairs.get(pair_id)
                chosen = self._chosen(uow, pair, method, series_ids)
                if method is not Method.PUBLISH:
                    self._check_addresses(pair)
                groups = [chosen] if method is Method.PUBLISH else [[s] for s in chosen]
                for group in groups:
                    for series in group:
                        if method is Method.CANCEL and not series.cancelled:
                            cancelled, back = cancelling(series.id)(uow)
                            changes |= cancelled
                            undo.insert(0, back)
                        if method is not Method.PUBLISH:
                            uow.meetings.mark_sent(series.id)
                    fresh = [uow.meetings.get(s.id) for s in group]
                    if (path := deliver(pair, self._message(uow, pair, fresh, method))) is not None:
                        written.append(path)
                if not publish:
                    uow.commit()
        except BaseException:
            for path in written:
                path.unlink(missing_ok=True)
            raise
        return written, changes, chain(*undo)

    def _message(
        self, uow: UnitOfWork, pair: Pair, chosen: list[MeetingSeries], method: Method
    ) -> CalendarMessage:
        now = self._clock.now()
        goals = self._goal_titles(uow, pair, now.date())
        from mentordesk.calendar_files.ics import calendar_file  # icalendar: on use

        data = calendar_file(pair, chosen, goals, method, now)
        subject, text = self._words(pair, chosen, method)
        return CalendarMessage(method, tuple(s.id for s in chosen), subject, text, data)

    def _email(self, pair: Pair, message: CalendarMessage) -> bytes:
        """An e-mail draft from the mentor to the mentee carrying `message` (iMIP)."""
        from mentordesk.calendar_files.email_draft import Mailbox, email_draft

        try:
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
        except ValueError as error:  # checked before; a safety net, never a crash
            raise UserFacingError(
                translate("Calendar", "The e-mail could not be written: {reason}").format(
                    reason=error
                )
            ) from None

    # -- helpers -------------------------------------------------------------------
    def _chosen(
        self, uow: UnitOfWork, pair: Pair, method: Method, series_ids: Sequence[int] | None
    ) -> list[MeetingSeries]:
        candidates = self._candidates(pair, uow.meetings.of_pair(pair.id), method)
        if series_ids is not None:
            picked = [s for s in candidates if s.id in series_ids]
            if len(picked) != len(set(series_ids)):
                raise UserFacingError(
                    (
                        translate(
                            "Calendar", "That meeting series of {pair} cannot be cancelled now."
                        )
                        if method is Method.CANCEL
                        else translate(
                            "Calendar", "That meeting series of {pair} cannot be sent now."
                        )
                    ).format(pair=pair.title)
                )
            return picked
        if not candidates:
            raise UserFacingError(self._nothing(pair, method))
        if method is not Method.PUBLISH and len(candidates) > 1:
            listed = "; ".join(f"{s.external_id}: {series_label(s)}" for s in candidates)
            raise UserFacingError(
                translate(
                    "Calendar",
                    "{pair} has {n} meeting series, and each gets its own message: "
                    "choose one ({listed}).",
                ).format(pair=pair.title, n=len(candidates), listed=listed)
            )
        return candidates

    def _nothing(self, pair: Pair, method: Method) -> str:
        if method is Method.REQUEST and pair.status(self._clock.now().date()) is PairStatus.ENDED:
            text = translate("Calendar", "{pair} has ended: there are no meetings to invite to.")
        elif method is Method.CANCEL:
            text = translate("Calendar", "{pair} has no planned meetings to cancel.")
        elif method is Method.REQUEST:
            text = translate("Calendar", "{pair} has no planned meetings from today on.")
        else:
            text = translate(
                "Calendar", "{pair} has no planned meetings: plan the weekly meeting first."
            )
        return text.format(pair=pair.title)

    @staticmethod
    def _check_addresses(pair: Pair) -> None:
        """An invitation names both people by address: refuse one that cannot be sent."""
        for person in (pair.mentor, pair.mentee):
            if email_problem(person.email) is not None:
                raise UserFacingError(
                    translate(
                        "Calendar",
                        "{name}'s e-mail address ({address}) cannot be put in an invitation: "
                        "correct it in People (Ctrl+Shift+P), then send again.",
                    ).format(name=person.name, address=repr(person.email))
                )

    @staticmethod
    def _goal_titles(uow: UnitOfWork, pair: Pair, today: date) -> list[tuple[str, str]]:
        number = pair.current_quarter(today)
        return [
            (
                translate("Calendar", SKILL_WORDS[g.skill]).format(name=pair.person(g.owner).name),
                g.title,
            )
            for g in by_partner(pair.peers, uow.goals.of_pair(pair.id))
            if g.quarter == number and g.status is not GoalStatus.DROPPED
        ]

    @staticmethod
    def _words(pair: Pair, chosen: list[MeetingSeries], method: Method) -> tuple[str, str]:
        subject = translate("Calendar", SUBJECTS[method]).format(
            mentor=pair.mentor.name, mentee=pair.mentee.name
        )
        lines = [translate("Calendar", "Hello {name},").format(name=pair.mentee.name), ""]
        if method is Method.CANCEL:
            lines.append(translate("Calendar", "these meetings of ours are cancelled:"))
        elif pair.peers:
            lines.append(
                translate(
                    "Calendar", "here are our peer mentoring meetings, to add to your calendar:"
                )
            )
        else:
            lines.append(
                translate("Calendar", "here are our mentoring meetings, to add to your calendar:")
            )
        for series in chosen:
            lines.append(f"  {series_label(series, state=False)}")
            if series.draft.location:
                place = translate("Calendar", "Place: {place}").format(place=series.draft.location)
                lines.append(f"  {place}")
        lines += ["", pair.mentor.name]
        return subject, "\n".join(lines)


def _cancelled(series: MeetingSeries) -> MeetingSeries:
    """The series as its cancellation will leave it (for a message not yet kept)."""
    if series.cancelled:
        return series
    return replace(series, cancelled=True, sequence=series.sequence + 1)
