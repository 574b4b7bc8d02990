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

from mentordesk.domain.text import count
from mentordesk.errors import Problem
from mentordesk.ui.common.labels import plain_label

INDEX = re.compile(r"\[\d+\]")


def grouped(problems: Sequence[Problem]) -> str:
    """The problems as plain text, grouped by the part of the file they are in
    ("people", "pairs[3].goals" → "pairs … goals"), each group with its count."""
    groups: dict[str, list[Problem]] = {}
    for problem in problems:
        head = problem.where.split(".")[0] if problem.where else ""
        groups.setdefault(INDEX.sub("", head) or "the file", []).append(problem)
    parts = []
    for where, found in groups.items():
        lines = [f"In {where} ({count(found, 'problem', 'problems')}):"]
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
        self.headline = plain_label(
            f"{headline}\n\n{count(problems, 'problem was', 'problems were')} found:", wrap=True
        )
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
