"""Use cases for interchange files: import all or nothing, export deterministically.

A team's file is read and written a pair at a time: an import reads the file's top level
first, then each pair in turn, checks it and writes it with the others of its batch in
bulk (all in one transaction, committed only when the whole file was found good); an
export reads the pairs a batch at a time and writes each to the file as it comes. Neither
holds the whole document, so memory stays flat however large the team.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from mentordesk.domain.checklists import ChecklistTemplate
from mentordesk.domain.feedback import Feedback
from mentordesk.domain.pairs import Pair
from mentordesk.domain.text import shown
from mentordesk.domain.words import translate
from mentordesk.errors import Problem, UserFacingError, ValidationError
from mentordesk.files import write_atomically
from mentordesk.interchange import streaming, writer
from mentordesk.interchange.findings import Findings, Stage
from mentordesk.interchange.pieces import READING_GROUPS, PieceReader
from mentordesk.interchange.plan import (
    ChecklistEntry,
    ImportPlan,
    PairEntry,
    PersonEntry,
    TemplateEntry,
)
from mentordesk.interchange.reader import parse_json, read_document
from mentordesk.services.changes import ChangeSet
from mentordesk.services.clock import Clock
from mentordesk.services.health import builtin_templates
from mentordesk.store.bulk_import import BulkImport
from mentordesk.store.unit_of_work import Store, UnitOfWork

# Records (sessions, action items, topics, goals...) written in one batch of pairs: the
# batch's rows go in with one statement a table, and are dropped once written.
BATCH_ROWS = 20_000
# Pairs read for export in one go (a few statements each time).
EXPORT_BATCH = 100

# Where the database's refusals are listed, in the order of the whole-file check:
# ids already taken by kind, templates, then people the file names but nobody has.
DATABASE_GROUPS = (
    "people",
    "pairs",
    "goals",
    "meetings",
    "sessions",
    "runs",
    "signed summaries",
    "wins",
    "templates",
    "action items",
    "uids",
    "unknown people",
)


@dataclass(frozen=True)
class ImportResult:
    """How many records an import added, and which."""

    people: int
    pairs: int
    changes: ChangeSet


class InterchangeService:
    """Moves people and pairs in and out as interchange documents."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        *,
        batch_rows: int = BATCH_ROWS,
        export_batch: int = EXPORT_BATCH,
    ) -> None:
        self._store = store
        self._clock = clock
        self._batch_rows = batch_rows
        self._export_batch = export_batch

    # -- import ----------------------------------------------------------------------
    def import_file(self, path: Path) -> ImportResult:
        """Import the document in `path`: everything in it, or nothing at all."""
        try:
            with path.open("rb") as handle:

                def text() -> Iterator[str]:
                    handle.seek(0)
                    return streaming.text_chunks(handle)

                return self._import_stream(text)
        except streaming.NotStreamable:
            pass  # read whole below, which says what is wrong exactly
        except OSError as exc:
            raise UserFacingError(
                translate("Interchange", "cannot read {path}: {reason}").format(
                    path=path, reason=exc.strerror or exc
                )
            ) from None
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise UserFacingError(
                translate("Interchange", "cannot read {path}: {reason}").format(
                    path=path, reason=exc.strerror or exc
                )
            ) from None
        return self._import_whole(_decoded(raw))

    def import_text(self, text: str) -> ImportResult:
        """Import a document given as JSON text."""
        try:
            return self._import_stream(lambda: iter((text,)))
        except streaming.NotStreamable:
            return self._import_whole(text)

    def _import_whole(self, text: str) -> ImportResult:
        """Import text the streaming reader does not follow (it is malformed, mostly):
        read whole, as a document in memory, which words any problem exactly."""
        return self.import_plan(read_document(parse_json(text)))

    def _import_stream(self, text: Callable[[], Iterator[str]]) -> ImportResult:
        """Import the document whose text `text()` gives (twice: once for the top
        level, once for the pairs, a pair at a time)."""
        outline = streaming.outline(text())
        findings = Findings({**READING_GROUPS, Stage.DATABASE: DATABASE_GROUPS})
        reader = PieceReader(findings)
        people, templates = reader.head(outline.head)
        with self._store.writing() as uow:
            run = _ImportRun(uow, findings, people, templates, self._batch_rows)
            for index, raw in enumerate(streaming.pairs(text())):
                if (entry := reader.pair(index, raw)) is not None:
                    run.add(entry)
            return self._finish(uow, run, findings, len(people), outline.pair_count)

    def import_plan(
        self,
        plan: ImportPlan,
        *,
        replace_all: bool = False,
        first: Callable[[UnitOfWork], None] | None = None,
        then: Callable[[UnitOfWork], None] | None = None,
    ) -> ImportResult:
        """Write a checked plan in one transaction; `replace_all` first erases everything,
        `first` makes room in the same transaction and `then` finishes before it commits
        (a merge takes out the pairs it puts back whole, and then sets again what the
        format does not carry)."""
        findings = Findings({Stage.DATABASE: DATABASE_GROUPS})
        with self._store.writing() as uow:
            if replace_all:
                uow.erase_everything()
            if first is not None:
                first(uow)
            run = _ImportRun(uow, findings, plan.people, plan.templates, self._batch_rows)
            for entry in plan.pairs:
                run.add(entry)
            return self._finish(uow, run, findings, len(plan.people), len(plan.pairs), then=then)

    def _finish(
        self,
        uow: UnitOfWork,
        run: _ImportRun,
        findings: Findings,
        people: int,
        pairs: int,
        *,
        then: Callable[[UnitOfWork], None] | None = None,
    ) -> ImportResult:
        """Write the last batch and commit, or raise what was found (nothing is kept)."""
        run.flush()
        findings.raise_first()
        if then is not None:
            then(uow)
        uow.commit()
        self._store.refresh_statistics()  # the planner's figures for the grown tables
        return ImportResult(people, pairs, run.changes())

    # -- export ----------------------------------------------------------------------
    def export_document(
        self, pair_refs: Sequence[str] = (), *, include_private: bool = False
    ) -> dict[str, Any]:
        """The document for the named pairs (all pairs and people when none are named).

        Private notes are written only with `include_private`.
        """
        with self._store.reading(one_moment=True) as uow:  # a consistent document
            doc, pairs = self._export_head(uow, pair_refs)
            doc["pairs"] = list(self._exported_pairs(uow, pairs, include_private))
            return doc

    def export_file(
        self, path: Path, pair_refs: Sequence[str] = (), *, include_private: bool = False
    ) -> dict[str, Any]:
        """Write the document to `path` atomically, a batch of pairs at a time; returns
        its outline: the document with its people, and only the ids of its pairs."""
        with self._store.reading(one_moment=True) as uow:  # a consistent document
            doc, pairs = self._export_head(uow, pair_refs)
            pieces = writer.text_pieces(doc, self._exported_pairs(uow, pairs, include_private))
            _write_atomically(path, pieces)
        return {**doc, "pairs": [{"id": pair.external_id} for pair in pairs]}

    def _export_head(
        self, uow: UnitOfWork, pair_refs: Sequence[str]
    ) -> tuple[dict[str, Any], list[Pair]]:
        """The document without its pairs, and the pairs in the document's order."""
        if pair_refs:
            pairs = [self._pair_by_ref(uow, ref) for ref in dict.fromkeys(pair_refs)]
            people = {p.id: p for pair in pairs for p in (pair.mentor, pair.mentee)}.values()
        else:
            pairs = list(uow.pairs.get_many(uow.pairs.ids()).values())
            people = uow.people.get_many(uow.people.ids()).values()
        shipped = {key: (title, steps) for key, title, steps in builtin_templates()}
        templates = [
            t for t in uow.checklists.templates() if shipped.get(t.key) != (t.title, t.steps)
        ]
        doc = writer.head(people, self._clock.now(), templates)
        return doc, sorted(pairs, key=lambda pair: pair.external_id)

    def _exported_pairs(
        self, uow: UnitOfWork, pairs: Sequence[Pair], include_private: bool
    ) -> Iterator[dict[str, Any]]:
        """Each pair as the document holds it, read a batch of pairs at a time: the same
        few statements per batch, whatever the number of pairs in it."""
        for start in range(0, len(pairs), self._export_batch):
            batch = pairs[start : start + self._export_batch]
            ids = [pair.id for pair in batch]
            goals = uow.goals.of_pairs(ids)
            meetings = uow.meetings.of_pairs(ids)
            sessions = uow.sessions.of_pairs(ids)
            runs = uow.checklists.runs_of_pairs(ids)
            answers = uow.health_answers.answers_of_pairs(ids)
            signed = uow.signed.whole_of_pairs(ids)
            wins = uow.wins.of_pairs(ids)
            given = uow.feedback.of_pairs(ids)
            feedback: dict[int, list[Feedback]] = {}
            for answers_of_pair in given.values():
                for _held, answer in answers_of_pair:
                    feedback.setdefault(answer.session_id, []).append(answer)
            people = {p.id: p for pair in batch for p in (pair.mentor, pair.mentee)}
            parts = writer.SessionParts(sessions, people, include_private, feedback)
            for pair in batch:
                yield writer.pair_entry(
                    pair,
                    goals[pair.id],
                    meetings[pair.id],
                    parts,
                    runs[pair.id],
                    answers=answers[pair.id],
                    signed=signed[pair.id],
                    wins=wins[pair.id],
                )

    @staticmethod
    def _pair_by_ref(uow: UnitOfWork, ref: str) -> Pair:
        pair = uow.pairs.by_external_id(ref)
        if pair is None:
            raise ValidationError.single(
                "", f"there is no pair '{shown(ref)}' (see 'mentordesk pairs')"
            )
        return pair


class _ImportRun:
    """One import inside its unit of work: pairs are gathered into batches, and each
    batch checked against the database and written in bulk, while nothing was found
    wrong. Problems go to `findings`; the caller raises them, before committing."""

    def __init__(
        self,
        uow: UnitOfWork,
        findings: Findings,
        people: Sequence[PersonEntry],
        templates: Sequence[TemplateEntry],
        batch_rows: int,
    ) -> None:
        self._uow = uow
        self._findings = findings
        self._batch_rows = batch_rows
        self._pending: list[PairEntry] = []
        self._rows = 0
        self._in_file = {entry.external_id for entry in people}
        self._bulk = BulkImport(uow)
        self._person_ids: dict[str, int] = {}
        self._templates: dict[str, ChecklistTemplate] = {}
        self._known_templates: set[str] = set()
        self._added: dict[str, list[int]] = {
            k: [] for k in ("people", "pairs", "goals", "meetings", "sessions", "checklists")
        }
        if not findings.before(Stage.DATABASE):
            self._start(people, templates)

    def _start(self, people: Sequence[PersonEntry], templates: Sequence[TemplateEntry]) -> None:
        """Check and write what comes before the pairs: templates and people."""
        found, bulk = self._findings, self._bulk
        found.add(
            Stage.DATABASE,
            "people",
            _taken("person", "id", people, lambda ids: bulk.taken("people", ids)),
        )
        found.add(Stage.DATABASE, "templates", self._template_problems(templates))
        if found.any():
            return
        self._added["checklists"] += self._put_templates(templates)
        self._templates = {t.key: t for t in self._uow.checklists.templates()}
        self._person_ids = bulk.add_people([(e.external_id, e.draft) for e in people])
        self._added["people"] += self._person_ids.values()

    def add(self, pair: PairEntry) -> None:
        """Take a pair; its batch is checked and written once it is full."""
        self._pending.append(pair)
        self._rows += 1 + len(pair.goals) + len(pair.meetings) + len(pair.checklists)
        self._rows += sum(
            1 + len(s.topics) + len(s.action_items) + len(s.private_notes) for s in pair.sessions
        )
        if self._rows >= self._batch_rows:
            self.flush()

    def flush(self) -> None:
        """Check the pending pairs against the database, and write them when nothing
        was found wrong anywhere so far."""
        batch, self._pending, self._rows = self._pending, [], 0
        if not batch or self._findings.before(Stage.DATABASE):
            return
        self._check(batch)
        if self._findings.any():
            return
        added = self._bulk.add_pairs(
            batch, self._person_ids, self._templates, lambda: f"{uuid.uuid4()}@mentordesk"
        )
        self._added["pairs"] += added.pairs
        self._added["goals"] += added.goals
        self._added["meetings"] += added.meetings
        self._added["sessions"] += added.sessions
        self._added["checklists"] += added.runs

    def changes(self) -> ChangeSet:
        """What the import added."""
        added = {kind: frozenset(ids) for kind, ids in self._added.items()}
        return ChangeSet(
            people=added["people"],
            pairs=added["pairs"],
            goals=added["goals"],
            meetings=added["meetings"],
            sessions=added["sessions"],
            checklists=added["checklists"],
        )

    def _check(self, pairs: Sequence[PairEntry]) -> None:
        """Refuse ids already taken, unknown templates and unknown people."""
        bulk, found = self._bulk, self._findings
        goals = [g for pair in pairs for g in pair.goals]
        meetings = [m for pair in pairs for m in pair.meetings]
        sessions = [s for pair in pairs for s in pair.sessions]
        runs = [r for pair in pairs for r in pair.checklists]
        signed = [s for pair in pairs for s in pair.signed]
        wins = [w for pair in pairs for w in pair.wins]
        items = [
            _Located(f"{s.path}.action_items[{i}]", a.external_id)
            for s in sessions
            for i, a in enumerate(s.action_items)
        ]
        for group, kind, key, entries in (
            ("pairs", "pair", "pairs", pairs),
            ("goals", "goal", "goals", goals),
            ("meetings", "meeting series", "meetings", meetings),
            ("sessions", "session", "sessions", sessions),
            ("runs", "checklist run", "runs", runs),
            ("signed summaries", "signed summary", "signed", signed),
            ("wins", "win", "wins", wins),
            ("action items", "action item", "sessions", items),
        ):
            found.add(
                Stage.DATABASE,
                group,
                _taken(kind, "id", entries, partial(bulk.taken, key)),
            )
        found.add(Stage.DATABASE, "templates", self._unknown_templates(runs))
        with_uid = [m for m in meetings if m.uid]
        found.add(
            Stage.DATABASE,
            "uids",
            _taken("meeting series", "uid", with_uid, lambda ids: bulk.taken("uids", ids)),
        )
        found.add(Stage.DATABASE, "unknown people", self._unknown_people(pairs))

    def _unknown_people(self, pairs: Sequence[PairEntry]) -> list[Problem]:
        """A problem for each mentor or mentee who is neither in the file nor in the
        database; those in the database are remembered by id."""
        wanted = {
            ref
            for pair in pairs
            for ref in (pair.mentor, pair.mentee)
            if ref not in self._in_file and ref not in self._person_ids
        }
        self._person_ids.update(self._bulk.person_ids(wanted))
        problems = []
        for pair in pairs:
            for role, ref in (("mentor", pair.mentor), ("mentee", pair.mentee)):
                if ref not in self._in_file and ref not in self._person_ids:
                    message = (
                        f"unknown person '{shown(ref)}' (not in this file nor in the database)"
                    )
                    problems.append(Problem(f"{pair.path}.{role}", message))
        return problems

    def _template_problems(self, templates: Sequence[TemplateEntry]) -> list[Problem]:
        """A file's template may not silently overwrite a template someone edited (the
        built-ins are stored first, where missing)."""
        checklists = self._uow.checklists
        shipped = {key: (title, steps) for key, title, steps in builtin_templates()}
        for key, (title, steps) in shipped.items():
            if checklists.template(key) is None:
                checklists.put_template(key, title, steps, builtin=True)
        problems = []
        for entry in templates:
            existing = checklists.template(entry.key)
            if existing is None or (existing.title, existing.steps) == (entry.title, entry.steps):
                continue
            unchanged_builtin = existing.builtin and shipped.get(existing.key) == (
                existing.title,
                existing.steps,
            )
            if not unchanged_builtin:
                problems.append(
                    Problem(
                        f"{entry.path}.id",
                        f"a different checklist template '{shown(entry.key)}' already exists",
                    )
                )
        known = {t.key for t in checklists.templates()} | {t.key for t in templates}
        self._known_templates = known
        return problems

    def _unknown_templates(self, runs: Sequence[ChecklistEntry]) -> list[Problem]:
        """Every run must name a template the file or the database knows."""
        return [
            Problem(f"{r.path}.template", f"unknown checklist template '{shown(r.template)}'")
            for r in runs
            if r.template not in self._known_templates
        ]

    def _put_templates(self, templates: Sequence[TemplateEntry]) -> list[int]:
        """Store the file's templates that are new, or replace unchanged built-ins."""
        checklists = self._uow.checklists
        ids = []
        for entry in templates:
            existing = checklists.template(entry.key)
            if existing is None or existing.steps != entry.steps or existing.title != entry.title:
                ids.append(
                    checklists.put_template(
                        entry.key,
                        entry.title,
                        entry.steps,
                        builtin=existing is not None and existing.builtin,
                    )
                )
        return ids


@dataclass(frozen=True)
class _Located:
    """Anything with a JSON path and an external id (for the 'already taken' check)."""

    path: str
    external_id: str


def _taken(
    kind: str, field: str, entries: Sequence[Any], existing: Callable[[Iterable[str]], set[str]]
) -> list[Problem]:
    """A problem for each entry whose id (or uid) the database already holds."""
    attribute = "uid" if field == "uid" else "external_id"

    def value(entry: Any) -> str:
        return str(getattr(entry, attribute))

    if not entries:
        return []
    taken = existing(value(e) for e in entries)
    article = "an" if kind[0] in "aeiou" else "a"
    return [
        Problem(
            f"{e.path}.{field}", f"{article} {kind} with {field} '{shown(value(e))}' already exists"
        )
        for e in entries
        if value(e) in taken
    ]


def _write_atomically(path: Path, pieces: Iterable[str]) -> None:
    """Write the text `pieces` to `path` whole or not at all, as `write_atomically` does
    (its temporary file, durability, mode, rename and wording of failures), the text
    going to the temporary file a piece at a time rather than held whole."""

    def fill(temporary: Path) -> str | None:
        with temporary.open("ab") as handle:
            for piece in pieces:
                handle.write(piece.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        return None  # nothing wrong with it

    write_atomically(path, b"", check=fill)


# Byte order marks of the encodings a JSON file is most often saved in by mistake.
_OTHER_ENCODINGS = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


def _decoded(raw: bytes) -> str:
    """The file's text: UTF-8, with or without a byte order mark; else a problem saying
    where the first byte that is not UTF-8 is."""
    for mark, name in _OTHER_ENCODINGS:
        if raw.startswith(mark):
            raise ValidationError.single("", f"the file is {name} text; save it as UTF-8")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise ValidationError.single(
            "", f"not UTF-8 text (line {line}, column {column}: byte {exc.start})"
        ) from None
