"""A document checked a part at a time: its top level first, then each pair alone.

`read_document` checks a whole document held in memory; `PieceReader` does the same
checks, with the same problems in the same order, on a document handed over as its top
level (with `pairs` empty) and then its pairs one by one, so that a pair can be written
and dropped before the next is read. A valid pair is confirmed by a quick check against
the schema (`conformance`); jsonschema words the problems of a pair it refuses.
"""

from __future__ import annotations

from typing import Any

from mentordesk.errors import Problem
from mentordesk.interchange.conformance import conforms_to
from mentordesk.interchange.findings import Findings, Stage
from mentordesk.interchange.json_text import structure_findings
from mentordesk.interchange.plan import PairEntry, PersonEntry, TemplateEntry
from mentordesk.interchange.reader import Reader, check_header
from mentordesk.interchange.schema import schema_findings

# Where each stage's problems are listed: structure and schema problems in path order
# (the top level's keys before and after "pairs" around the pairs'), the rules' in the
# order the reader takes the parts.
READING_GROUPS = {
    Stage.STRUCTURE: ("before pairs", "pairs", "after pairs"),
    Stage.SCHEMA: ("before pairs", "pairs", "after pairs"),
    Stage.RULES: ("head", "pairs", "templates"),
}


class PieceReader:
    """Checks a document's top level, then its pairs, noting problems in `findings`."""

    def __init__(self, findings: Findings) -> None:
        self.findings = findings
        self._reader = Reader()
        self._conforms = conforms_to("pair")

    def head(self, head: dict[str, Any]) -> tuple[list[PersonEntry], list[TemplateEntry]]:
        """The people and templates of a document's top level (`pairs` left empty);
        raises at once for a document that is not a MentorDesk one of this version."""
        check_header(head)
        found = self.findings
        for stage, findings in (
            (Stage.STRUCTURE, structure_findings),
            (Stage.SCHEMA, schema_findings),
        ):
            for path, problem in findings(head):
                group = "after pairs" if path and str(path[0]) > "pairs" else "before pairs"
                found.add(stage, group, [problem])
            if found.found(stage):
                return [], []
        reader = self._reader
        if (when := head.get("exported_at")) is not None:
            reader.when(when, "exported_at")
        people = [reader.person(i, raw) for i, raw in enumerate(head.get("people") or [])]
        found.add(Stage.RULES, "head", self._drained())
        templates = [
            reader.template(i, raw) for i, raw in enumerate(head.get("checklist_templates") or [])
        ]
        found.add(Stage.RULES, "templates", self._drained())
        return people, templates

    def pair(self, index: int, raw: Any) -> PairEntry | None:
        """The pair at `pairs[index]`, or None when it (or any part before it) has a
        problem; its problems are noted."""
        found = self.findings
        at = ("pairs", index)
        if problems := [p for _, p in structure_findings(raw, at)]:
            found.add(Stage.STRUCTURE, "pairs", problems)
            return None
        if found.before(Stage.SCHEMA):
            return None
        if not self._conforms(raw):
            problems = [p for _, p in schema_findings(raw, at, "pair")]
            found.add(Stage.SCHEMA, "pairs", problems)
            if problems:
                return None
        if found.before(Stage.RULES):
            return None
        entry = self._reader.pair(index, raw)
        problems = self._drained()
        found.add(Stage.RULES, "pairs", problems)
        return None if problems or found.found(Stage.RULES) else entry

    def _drained(self) -> list[Problem]:
        problems, self._reader.problems = self._reader.problems, []
        return problems
