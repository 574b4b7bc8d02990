"""An import plan: what a checked document adds, each entry with its place in the file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from mentordesk.domain.assessments import SelfAssessment
from mentordesk.domain.checklists import RunStep, TemplateStep
from mentordesk.domain.goals import GoalDraft, Outcome
from mentordesk.domain.meetings import SeriesDraft, SeriesException
from mentordesk.domain.pairs import Agreement, PairKind
from mentordesk.domain.people import PersonDraft
from mentordesk.domain.quarters import QuarterMode
from mentordesk.domain.sessions import SessionStatus
from mentordesk.domain.signing import Signature


@dataclass(frozen=True)
class PersonEntry:
    """A person to add, with where it stands in the file."""

    path: str
    external_id: str
    draft: PersonDraft


@dataclass(frozen=True)
class CheckInEntry:
    """A goal's check-in as the file gives it."""

    on: date
    progress: int
    note: str


@dataclass(frozen=True)
class MilestoneEntry:
    """A goal's milestone (the meeting it was reached in is not carried)."""

    text: str
    due: date
    reached_on: date | None


@dataclass(frozen=True)
class GoalEntry:
    """A goal to add, with its check-ins and review; `carried_from` names a goal's id."""

    path: str
    external_id: str
    draft: GoalDraft
    progress: int
    outcome: Outcome | None
    reflection: str
    carried_from: str | None
    checkins: tuple[CheckInEntry, ...]
    milestones: tuple[MilestoneEntry, ...] = ()
    assessments: tuple[SelfAssessment, ...] = ()


@dataclass(frozen=True)
class MeetingEntry:
    """A meeting series to add, with its calendar identity when the file carries one."""

    path: str
    external_id: str
    draft: SeriesDraft
    uid: str | None
    sequence: int
    cancelled: bool
    exceptions: tuple[SeriesException, ...]


@dataclass(frozen=True)
class ActionItemEntry:
    """An action item, its owner named by person id and the goal it serves (if any) by
    the id of a goal of the same pair."""

    external_id: str
    owner: str
    text: str
    due: date | None
    done_on: date | None
    goal: str | None = None
    dropped_on: date | None = None


@dataclass(frozen=True)
class FeedbackEntry:
    """A partner's answers after a held meeting, naming the partner by id."""

    person: str
    useful: int
    balance: int
    word: str
    answered_on: date


@dataclass(frozen=True)
class SessionEntry:
    """A session to add; `meeting` names a series of the same pair, if any."""

    path: str
    external_id: str
    meeting: str | None
    occurrence_date: date | None  # which meeting of the series it records
    scheduled_for: datetime
    status: SessionStatus
    topics: tuple[str, ...]
    notes: str
    private_notes: tuple[tuple[str, str], ...]  # (author id, text)
    action_items: tuple[ActionItemEntry, ...]
    feedback: tuple[FeedbackEntry, ...] = ()


@dataclass(frozen=True)
class ChecklistEntry:
    """A checklist run; its template is named by key."""

    path: str
    external_id: str
    template: str
    started_on: date
    completed_on: date | None
    steps: tuple[RunStep, ...]
    outcome: str
    follow_up_on: date | None


@dataclass(frozen=True)
class TemplateEntry:
    """A checklist template carried by the file."""

    path: str
    key: str
    title: str
    steps: tuple[TemplateStep, ...]


@dataclass(frozen=True)
class HealthEntry:
    """A partner's health-check answers for a quarter; the partner named by person id."""

    path: str
    person: str
    quarter: int
    scores: tuple[int, ...]
    comment: str
    answered_on: date


@dataclass(frozen=True)
class SignedEntry:
    """A signed quarterly summary: its PDF, checked against its SHA-256."""

    path: str
    external_id: str
    quarter: int
    signature: Signature
    sha256: str
    pdf: bytes
    shown: str


@dataclass(frozen=True)
class WinEntry:
    """A win of the pair; `by` names a partner by person id (None: both)."""

    path: str
    external_id: str
    won_on: date
    text: str
    by: str | None


@dataclass(frozen=True)
class PairEntry:
    """A pair to add, naming its people by external id."""

    path: str
    external_id: str
    mentor: str
    mentee: str
    started_on: date
    quarters: QuarterMode
    ended_on: date | None
    end_reason: str | None
    agreement: Agreement | None
    goals: tuple[GoalEntry, ...] = ()
    kind: PairKind = PairKind.MENTORING
    closing: tuple[str, str] = ("", "")
    meetings: tuple[MeetingEntry, ...] = ()
    sessions: tuple[SessionEntry, ...] = ()
    checklists: tuple[ChecklistEntry, ...] = ()
    health: tuple[HealthEntry, ...] = ()
    signed: tuple[SignedEntry, ...] = ()
    wins: tuple[WinEntry, ...] = ()


@dataclass(frozen=True)
class ImportPlan:
    """Everything a document adds, checked against every rule that needs no database."""

    people: tuple[PersonEntry, ...]
    pairs: tuple[PairEntry, ...]
    templates: tuple[TemplateEntry, ...] = ()
