"""Change sets: what one user action changed, so each view refreshes only its part."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ChangeSet:
    """The ids of the records an action created, changed or removed, by kind."""

    people: frozenset[int] = frozenset()
    pairs: frozenset[int] = frozenset()
    goals: frozenset[int] = frozenset()
    meetings: frozenset[int] = frozenset()  # meeting series ids
    sessions: frozenset[int] = frozenset()
    # Sessions whose words alone changed (topics, notes, a private note): their log rows
    # and editors follow; nothing counted from sessions (health, the agenda) does.
    session_words: frozenset[int] = frozenset()
    checklists: frozenset[int] = frozenset()  # template and run ids
    wins: frozenset[int] = frozenset()
    created: int | None = None  # the record the action created, for selecting it

    @property
    def any_sessions(self) -> frozenset[int]:
        """Every session changed, in its words or otherwise."""
        return self.sessions | self.session_words

    @classmethod
    def of_people(cls, *ids: int, created: int | None = None) -> ChangeSet:
        """A change to these people."""
        return cls(people=frozenset(ids), created=created)

    @classmethod
    def of_pairs(cls, *ids: int, created: int | None = None) -> ChangeSet:
        """A change to these pairs."""
        return cls(pairs=frozenset(ids), created=created)

    @classmethod
    def of_goals(cls, *ids: int, created: int | None = None) -> ChangeSet:
        """A change to these goals."""
        return cls(goals=frozenset(ids), created=created)

    def __or__(self, other: ChangeSet) -> ChangeSet:
        return ChangeSet(
            people=self.people | other.people,
            pairs=self.pairs | other.pairs,
            goals=self.goals | other.goals,
            meetings=self.meetings | other.meetings,
            sessions=self.sessions | other.sessions,
            session_words=(self.session_words | other.session_words)
            - (self.sessions | other.sessions),
            checklists=self.checklists | other.checklists,
            wins=self.wins | other.wins,
            created=self.created if self.created is not None else other.created,
        )

    def __bool__(self) -> bool:
        return bool(
            self.people
            or self.pairs
            or self.goals
            or self.meetings
            or self.sessions
            or self.session_words
            or self.checklists
            or self.wins
        )
