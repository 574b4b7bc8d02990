"""A long list of problems in a file is counted, grouped by where they are, and scrolls
inside a window of a normal size."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from mentordesk.errors import Problem
from mentordesk.ui.common.problems_dialog import ProblemsDialog, grouped


def test_problems_are_grouped_by_where_they_are_with_counts() -> None:
    problems = [
        Problem("people[0].email", "'nope' is not a valid email address"),
        Problem("people[3].name", "a name is required"),
        Problem("pairs[1].goals[0].title", "a title is required"),
        Problem("", "the file is not a MentorDesk file"),
    ]
    assert grouped(problems) == (
        "In people (2 problems):\n"
        "  • people[0].email: 'nope' is not a valid email address\n"
        "  • people[3].name: a name is required\n\n"
        "In pairs (1 problem):\n"
        "  • pairs[1].goals[0].title: a title is required\n\n"
        "In the file (1 problem):\n"
        "  • the file is not a MentorDesk file"
    )


def test_five_hundred_problems_scroll_inside_a_normal_window(qtbot: QtBot) -> None:
    problems = [Problem(f"people[{i}].email", "not a valid email address") for i in range(500)]
    dialog = ProblemsDialog("team.json was not imported; nothing was changed.", problems)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert "500 problems were found" in dialog.headline.text()
    assert dialog.height() <= 600  # the offscreen screen is 800 x 600
    bar = dialog.details.verticalScrollBar()
    assert bar.maximum() > 0  # the list scrolls inside
    assert dialog.details.toPlainText().count("•") == 500
