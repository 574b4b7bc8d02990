"""What was wrong with a file, however long the list: counted, grouped by where in the
file each problem is, and scrolling inside a window of a normal size."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mentordesk.errors import Problem
from mentordesk.ui.common.labels import plain_label
from mentordesk.ui.common.translation import translate

INDEX = re.compile(r"\[\d+\]")


def grouped(problems: Sequence[Problem]) -> str:
    """The problems as plain text, grouped by the part of the file they are in
    ("people", "pairs[3].goals" → "pairs … goals"), each group with its count."""
    groups: dict[str, list[Problem]] = {}
    for problem in problems:
        head = problem.where.split(".")[0] if problem.where else ""
        where = INDEX.sub("", head) or translate("ProblemsDialog", "the file")
        groups.setdefault(where, []).append(problem)
    parts = []
    for where, found in groups.items():
        heading = (
            translate("ProblemsDialog", "In {where} (1 problem):")
            if len(found) == 1
            else translate("ProblemsDialog", "In {where} ({count} problems):")
        )
        lines = [heading.format(where=where, count=len(found))]
        lines += [f"  • {p}" for p in found]
        parts.append("\n".join(lines))
    return "\n\n".join(parts)


class ProblemsDialog(QDialog):
    """A headline, the count, and the grouped list in a scrolling, copyable text box."""

    def __init__(
        self, headline: str, problems: Sequence[Problem], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("problems_dialog")
        self.setWindowTitle("MentorDesk")
        found = (
            translate("ProblemsDialog", "{headline}\n\n1 problem was found:")
            if len(problems) == 1
            else translate("ProblemsDialog", "{headline}\n\n{count} problems were found:")
        )
        self.headline = plain_label(found.format(headline=headline, count=len(problems)), wrap=True)
        self.details = QPlainTextEdit(grouped(problems))
        self.details.setObjectName("problem_list")
        self.details.setReadOnly(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.details, 1)
        layout.addWidget(close)
        self.resize(640, 420)  # a long list scrolls inside; the window stays this size
