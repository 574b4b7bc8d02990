"""Merging an interchange document into data that already holds some of its records.

Both sides are documents in the same canonical form (each exported by MentorDesk), so
records are matched by their stable ids: people, pairs, and within a pair its goals,
meeting series, sessions, checklist runs, wins, signed summaries and health-check
answers (one partner's for one quarter). A record only in the file is added, one the
same on both sides is skipped, and one that differs is a `Difference` the person
settles: Keep Mine (this database's), Keep Theirs (the file's) or, for a session, Keep
Both (their topics and notes with mine added, as the session conflict window does).
Records only in this database stay as they are.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from mentordesk.domain.sessions import SessionContent, SessionStatus, keep_both
from mentordesk.domain.text import count

Record = dict[str, Any]


def _own_id(record: Record) -> str:
    return str(record["id"])


def _answer_key(record: Record) -> str:
    """A health-check answer is one partner's for one quarter."""
    return f"{record.get('person')}, quarter {record.get('quarter')}"


# The lists of a pair whose records are told apart (by their own id, or a partner's
# health-check answers by whose and which quarter), and what one of them is called.
RECORD_LISTS = {
    "goals": ("goal", _own_id),
    "meetings": ("meeting series", _own_id),
    "sessions": ("session", _own_id),
    "checklists": ("checklist run", _own_id),
    "wins": ("win", _own_id),
    "signed_summaries": ("signed summary", _own_id),
    "health_checks": ("health-check answer", _answer_key),
}


class Choice(StrEnum):
    """How a record that differs is settled."""

    MINE = "mine"  # this database's version
    THEIRS = "theirs"  # the file's version
    BOTH = "both"  # a session: their topics and notes with mine added


@dataclass(frozen=True)
class Difference:
    """A record on both sides that differs."""

    key: str  # unique in the plan: 'person:ana', 'pair:ana-ben', 'sessions:ana-ben:s1'
    kind: str  # 'person', 'pair', 'session', ...
    ref: str  # the record's id
    pair: str  # the id of the pair it belongs to ('' for a person)
    fields: tuple[str, ...]  # what differs
    mine: Record
    theirs: Record

    @property
    def can_keep_both(self) -> bool:
        """Only a session's words can be combined."""
        return self.kind == "session"

    @property
    def default(self) -> Choice:
        """Nothing lost where possible: a session keeps both, anything else mine."""
        return Choice.BOTH if self.can_keep_both else Choice.MINE

    def describe(self) -> str:
        """One line: which record, and what differs."""
        where = f" of pair {self.pair}" if self.pair and self.kind != "pair" else ""
        return f"{self.kind} {self.ref}{where}: {', '.join(self.fields)} differ"


@dataclass(frozen=True)
class MergePlan:
    """What merging a file would do, before anything is written."""

    people_added: tuple[Record, ...]
    pairs_added: tuple[Record, ...]
    records_added: int  # new records inside pairs both sides hold
    identical: int  # records the same on both sides (skipped)
    differences: tuple[Difference, ...]
    templates: tuple[Record, ...] = ()
    _ours: Mapping[str, Record] = field(default_factory=dict, repr=False)
    _theirs: Mapping[str, Record] = field(default_factory=dict, repr=False)

    @property
    def held(self) -> Mapping[str, Record]:
        """This database's pairs the file names too, as they were when compared."""
        return self._ours

    @property
    def changes_anything(self) -> bool:
        """False when the file holds nothing this database lacks or holds otherwise."""
        return bool(self.people_added or self.pairs_added or self.records_added or self.differences)

    def summary(self) -> str:
        """What the file brings, in words."""
        parts = [
            f"{count(len(self.people_added), 'new person', 'new people')}",
            f"{count(len(self.pairs_added), 'new pair', 'new pairs')}",
            f"{count(self.records_added, 'new record', 'new records')} in pairs held here",
            f"{count(self.identical, 'record', 'records')} the same on both sides (skipped)",
            count(len(self.differences), "record that differs", "records that differ"),
        ]
        return ", ".join(parts) + "."

    def choices(self, given: Mapping[str, Choice] | None = None) -> dict[str, Choice]:
        """Every difference's choice: the one given, else its default; Keep Both where
        it cannot be done is Keep Mine."""
        given = given or {}
        chosen = {}
        for d in self.differences:
            choice = given.get(d.key, d.default)
            chosen[d.key] = Choice.MINE if choice is Choice.BOTH and not d.can_keep_both else choice
        return chosen

    def document(
        self, given: Mapping[str, Choice] | None = None
    ) -> tuple[Record, dict[str, Record], list[str]]:
        """The document to import once the chosen pairs are taken out: (the document,
        the people to change by id, the ids of this database's pairs it replaces)."""
        choices = self.choices(given)
        people = {
            d.ref: d.theirs
            for d in self.differences
            if d.kind == "person" and choices[d.key] is Choice.THEIRS
        }
        rebuilt = []
        pairs = list(self.pairs_added)
        for ref, mine in self._ours.items():
            merged = merged_pair(mine, self._theirs[ref], choices)
            if merged != mine:
                rebuilt.append(ref)
                pairs.append(merged)
        document: Record = {
            "format": "mentordesk",
            "version": 1,
            "people": list(self.people_added),
            "pairs": pairs,
        }
        if self.templates:
            document["checklist_templates"] = list(self.templates)
        return document, people, rebuilt


def plan_merge(
    ours_people: Iterable[Record], ours_pairs: Iterable[Record], theirs: Record
) -> MergePlan:
    """Compare the file's document `theirs` with this database's people and pairs (those
    of its pairs the file names too, at least)."""
    mine_people = {p["id"]: p for p in ours_people}
    mine_pairs = {p["id"]: p for p in ours_pairs}
    added_people, added_pairs, differences = [], [], []
    identical = added_records = 0
    for person in theirs.get("people", []):
        mine = mine_people.get(person["id"])
        if mine is None:
            added_people.append(person)
        elif (fields := _differing(mine, person)) == ():
            identical += 1
        else:
            differences.append(
                Difference(
                    f"person:{person['id']}", "person", person["id"], "", fields, mine, person
                )
            )
    both: dict[str, Record] = {}
    theirs_pairs: dict[str, Record] = {}
    for pair in theirs.get("pairs", []):
        mine = mine_pairs.get(pair["id"])
        if mine is None:
            added_pairs.append(pair)
            continue
        both[pair["id"]], theirs_pairs[pair["id"]] = mine, pair
        found = _pair_differences(mine, pair)
        identical += found.identical
        added_records += found.added
        differences += found.differences
    return MergePlan(
        tuple(added_people),
        tuple(added_pairs),
        added_records,
        identical,
        tuple(differences),
        tuple(theirs.get("checklist_templates", ())),
        both,
        theirs_pairs,
    )


@dataclass
class _Found:
    identical: int = 0
    added: int = 0
    differences: list[Difference] = field(default_factory=list)


def _own_part(pair: Record) -> Record:
    """A pair without its lists of records."""
    return {k: v for k, v in pair.items() if k not in RECORD_LISTS}


def _pair_differences(mine: Record, theirs: Record) -> _Found:
    found = _Found()
    ref = mine["id"]
    own = _differing(_own_part(mine), _own_part(theirs))
    if own:
        found.differences.append(
            Difference(f"pair:{ref}", "pair", ref, ref, own, _own_part(mine), _own_part(theirs))
        )
    else:
        found.identical += 1
    for name, (kind, key_of) in RECORD_LISTS.items():
        records = {key_of(r): r for r in mine.get(name, [])}
        for record in theirs.get(name, []):
            record_key = key_of(record)
            kept = records.get(record_key)
            if kept is None:
                found.added += 1
            elif (fields := _differing(kept, record)) == ():
                found.identical += 1
            else:
                key = f"{name}:{ref}:{record_key}"
                found.differences.append(
                    Difference(key, kind, record_key, ref, fields, kept, record)
                )
    return found


def _differing(mine: Record, theirs: Record) -> tuple[str, ...]:
    """The fields whose values differ (a field missing on one side counts as None)."""
    return tuple(k for k in dict.fromkeys([*mine, *theirs]) if mine.get(k) != theirs.get(k))


def merged_pair(mine: Record, theirs: Record, choices: Mapping[str, Choice]) -> Record:
    """This database's pair with the file's records added and each difference settled."""
    ref = mine["id"]
    merged = copy.deepcopy(mine)
    if choices.get(f"pair:{ref}") is Choice.THEIRS:
        merged.update(copy.deepcopy(_own_part(theirs)))
        for gone in [k for k in _own_part(mine) if k not in theirs]:
            del merged[gone]
    for name, (_kind, key_of) in RECORD_LISTS.items():
        records: list[Record] = merged.get(name, [])
        position = {key_of(r): i for i, r in enumerate(records)}
        for record in theirs.get(name, []):
            at = position.get(key_of(record))
            if at is None:
                records.append(copy.deepcopy(record))
                continue
            choice = choices.get(f"{name}:{ref}:{key_of(record)}", Choice.MINE)
            if choice is Choice.THEIRS:
                records[at] = copy.deepcopy(record)
            elif choice is Choice.BOTH:
                records[at] = both_sessions(records[at], record)
        if records:
            merged[name] = records
    return merged


def both_sessions(mine: Record, theirs: Record) -> Record:
    """One session from two versions: their topics and notes with mine added (under a
    mark), my status; every action item and private note of either (mine where both
    have one), my feedback where I have some."""
    content = keep_both(_content(mine), _content(theirs))
    merged = copy.deepcopy(mine)
    merged["topics"] = list(content.topics)
    merged["notes"] = content.notes
    merged["action_items"] = _union(
        mine.get("action_items", []), theirs.get("action_items", []), "id"
    )
    notes = _union(mine.get("private_notes", []), theirs.get("private_notes", []), "author")
    if notes:
        merged["private_notes"] = notes
    if "feedback" not in merged and "feedback" in theirs:
        merged["feedback"] = copy.deepcopy(theirs["feedback"])
    return merged


def _content(session: Record) -> SessionContent:
    return SessionContent(
        SessionStatus(session["status"]), tuple(session.get("topics", ())), session.get("notes", "")
    )


def _union(mine: Sequence[Record], theirs: Sequence[Record], key: str) -> list[Record]:
    seen = {r.get(key) for r in mine}
    return [
        *copy.deepcopy(list(mine)),
        *(copy.deepcopy(r) for r in theirs if r.get(key) not in seen),
    ]
