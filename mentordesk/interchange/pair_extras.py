"""Reading what a pair keeps beside its goals and meetings: the wins log, health checks,
signed summaries, meeting feedback and, once it ended, the closing reflections."""

from __future__ import annotations

import base64
import binascii
import json
from datetime import date
from typing import Any

from mentordesk.domain.feedback import feedback_problems
from mentordesk.domain.health import score_problem
from mentordesk.domain.sessions import SessionStatus
from mentordesk.domain.signing import Signature, digest, pdf_problem
from mentordesk.domain.text import line_problem, shown, text_problem
from mentordesk.domain.wins import WIN_MAX
from mentordesk.interchange.plan import FeedbackEntry, HealthEntry, SignedEntry, WinEntry
from mentordesk.interchange.reading import MAX_QUARTER, ReaderBase
from mentordesk.interchange.values import EARLIEST

MAX_VERSION = 10_000  # versions of one quarter's summary


class PairExtras(ReaderBase):
    """The parts of a pair entry kept beside its goals, meetings and sessions."""

    def _closing(self, raw: dict[str, Any], path: str, ended: date | None) -> tuple[str, str]:
        """A pair's closing reflections (the mentor's, the mentee's), once it ended."""
        given = raw.get("closing_reflections") or {}
        words = tuple((given.get(role) or "").strip() for role in ("mentor", "mentee"))
        for role, text in zip(("mentor", "mentee"), words, strict=True):
            self._report(f"{path}.closing_reflections.{role}", text_problem(text, "a reflection"))
        if any(words) and ended is None:
            self._report(f"{path}.closing_reflections", "reflections close a pair that ended")
        return words[0], words[1]

    def _win(
        self, raw: dict[str, Any], path: str, partners: tuple[str, str], started: date | None
    ) -> WinEntry:
        self._identify("wins", raw["id"], path)
        by = raw.get("by")
        if by is not None and by not in partners:
            self._report(f"{path}.by", "a win is the mentor's, the mentee's or both (null)")
        text = " ".join(raw["text"].split())
        self._report(f"{path}.text", line_problem(text, "a win", required=True, limit=WIN_MAX))
        day = self.day(raw, "won_on", path) or EARLIEST
        if started is not None and day < started:
            self._report(f"{path}.won_on", f"the pair started on {started.isoformat()}")
        return WinEntry(path, raw["id"], day, text, by)

    def _health_check(
        self,
        raw: dict[str, Any],
        path: str,
        partners: tuple[str, str],
        answered: dict[tuple[str, int], str],
    ) -> HealthEntry:
        person, number = raw["person"], raw["quarter"]
        if number > MAX_QUARTER:
            self._report(f"{path}.quarter", f"a pair has at most {MAX_QUARTER} quarters")
        if person not in partners:
            self._report(f"{path}.person", "only the mentor and the mentee answer the health check")
        first = answered.setdefault((person, number), path)
        if first != path:
            self._report(path, f"{shown(person)} answered quarter {number} twice (also at {first})")
        scores = tuple(raw["scores"])
        self._report(f"{path}.scores", score_problem(scores))
        comment = (raw.get("comment") or "").strip()
        self._report(f"{path}.comment", text_problem(comment, "the comment"))
        day = self.day(raw, "answered_on", path) or EARLIEST
        return HealthEntry(path, person, number, scores, comment, day)

    def _signed_summary(
        self, raw: dict[str, Any], path: str, versions: dict[tuple[int, int], str]
    ) -> SignedEntry:
        self._identify("signed", raw["id"], path)
        number, version = raw["quarter"], raw["version"]
        if number > MAX_QUARTER:
            self._report(f"{path}.quarter", f"a pair has at most {MAX_QUARTER} quarters")
        if version > MAX_VERSION:
            self._report(f"{path}.version", f"a summary has at most {MAX_VERSION} versions")
        first = versions.setdefault((number, version), path)
        if first != path:
            self._report(
                f"{path}.version",
                f"version {version} of quarter {number} is given twice (also at {first})",
            )
        names = (raw["mentor_name"].strip(), raw["mentee_name"].strip())
        for field, name in zip(("mentor_name", "mentee_name"), names, strict=True):
            self._report(f"{path}.{field}", line_problem(name, "a name", required=True))
        try:
            pdf = base64.b64decode(raw["pdf"], validate=True)
        except (binascii.Error, ValueError):
            pdf = b""
            self._report(f"{path}.pdf", "not base64: the signed PDF cannot be read")
        else:
            if (problem := pdf_problem(pdf)) is not None:
                self._report(f"{path}.pdf", f"not a whole PDF: {problem}")
            elif digest(pdf) != raw["sha256"]:
                self._report(
                    f"{path}.sha256",
                    "the PDF is not the one signed: its SHA-256 differs (changed since)",
                )
        signature = Signature(
            self.day(raw, "signed_on", path) or EARLIEST, names[0], names[1], version
        )
        shown_json = raw.get("shown") or "{}"
        try:
            json.loads(shown_json)
        except ValueError:
            self._report(f"{path}.shown", "not JSON: what the signed summary showed is unreadable")
        return SignedEntry(path, raw["id"], number, signature, raw["sha256"], pdf, shown_json)

    def _feedback(
        self, raw: dict[str, Any], path: str, partners: tuple[str, str], held: date | None
    ) -> tuple[FeedbackEntry, ...]:
        """A session's feedback: the partners' answers, one each, on a held meeting."""
        found: list[FeedbackEntry] = []
        given = raw.get("feedback") or []
        if given and raw["status"] != SessionStatus.HELD.value:
            self._report(f"{path}.feedback", "feedback is given on a meeting that was held")
        for i, item in enumerate(given):
            where = f"{path}.feedback[{i}]"
            if item["person"] not in partners:
                self._report(f"{where}.person", "feedback is the mentor's or the mentee's")
            elif any(f.person == item["person"] for f in found):
                self._report(f"{where}.person", "each partner answers once per meeting")
            word = " ".join((item.get("word") or "").split())
            for problem in feedback_problems(item["useful"], item["balance"], word):
                self._report(f"{where}.{problem.where}", problem.message)
            day = self.day(item, "answered_on", where)
            found.append(
                FeedbackEntry(
                    item["person"], item["useful"], item["balance"], word, day or EARLIEST
                )
            )
        return tuple(found)
