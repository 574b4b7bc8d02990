"""Peer pairs in the GUI: the pair dialog names two peers, the Goals tab shows each
partner's goals under their name, a mentor's growth goal is one click away, and the
printed summary says whose goal is whose."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from mentordesk.domain.goals import GoalDraft, Skill
from mentordesk.domain.pairs import PairKind, Role
from mentordesk.domain.people import PersonDraft
from mentordesk.services import Services
from mentordesk.ui.goals.goal_dialog import GoalDialog
from mentordesk.ui.pairs.pair_dialog import PairDialog
from mentordesk.ui.printing.summary_html import report_html
from mentordesk.ui.window.main_window import MainWindow

START = date(2026, 9, 7)  # today is 21 Nov 2026, in quarter 1


def two_people(services: Services) -> tuple[int, int]:
    ana = services.people.create(PersonDraft("Ana Silva", "ana@example.org")).created
    ben = services.people.create(PersonDraft("Ben Okafor", "ben@example.org")).created
    assert ana is not None
    assert ben is not None
    return ana, ben


def test_a_new_pair_of_peers_by_keyboard(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services
) -> None:
    two_people(services)
    window = make_window()
    window.operations.new_pair(window.people_model)
    dialog = window.operations.dialog
    assert isinstance(dialog, PairDialog)
    label = dialog.form.labelForField(dialog.mentor)
    assert isinstance(label, QLabel)
    assert label.text() == "&Mentor:"
    qtbot.keyClicks(dialog.mentor, "Ana")
    qtbot.keyClicks(dialog.mentee, "Ben")
    qtbot.keyClicks(dialog.kind, "Peers")
    assert dialog.chosen_kind() is PairKind.PEERS
    assert label.text() == "&First peer:"
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    [pair] = services.pairs.all()
    assert (pair.kind, pair.title) == (PairKind.PEERS, "Ana Silva ↔ Ben Okafor")


def test_peers_each_have_their_goals_under_their_name(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services
) -> None:
    pair_id = services.pairs.create(*two_people(services), START, kind=PairKind.PEERS).created
    assert pair_id is not None
    window = make_window()
    window.pair_list.choose(pair_id)
    panel = window.workspace.goals
    sections = panel.sections
    assert sections[Role.MENTOR].isVisibleTo(panel)
    assert sections[Role.MENTEE].isVisibleTo(panel)
    assert sections[Role.MENTOR].heading.text() == "Ana Silva's goals"
    assert sections[Role.MENTEE].heading.text() == "Ben Okafor's goals"
    assert not panel.growth_button.isVisibleTo(panel)  # peers grow anyway
    layout = panel._slot_layout
    assert layout.indexOf(sections[Role.MENTOR]) < layout.indexOf(sections[Role.MENTEE])

    panel.cards[Role.MENTOR, Skill.SOFT].set_button.click()
    dialog = window.operations.dialog
    assert isinstance(dialog, GoalDialog)
    assert dialog.windowTitle() == "Set Ana Silva's soft-skill goal — quarter 1"
    qtbot.keyClicks(dialog.title, "Listen before answering")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    [plan, _next] = services.goals.quarters(pair_id)
    [goal] = plan.goals
    assert (goal.owner, goal.title) == (Role.MENTOR, "Listen before answering")
    card = panel.cards[Role.MENTOR, Skill.SOFT]
    assert card.goal_title.text() == "Listen before answering"
    assert panel.cards[Role.MENTEE, Skill.SOFT].goal is None


def test_a_mentor_adds_a_growth_goal_from_the_goals_tab(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services
) -> None:
    pair_id = services.pairs.create(*two_people(services), START).created
    assert pair_id is not None
    window = make_window()
    window.pair_list.choose(pair_id)
    panel = window.workspace.goals
    assert panel.sections[Role.MENTEE].heading.text() == "Ben Okafor's goals"
    assert not panel.sections[Role.MENTOR].isVisibleTo(panel)
    assert panel.growth_button.isVisibleTo(panel)
    assert panel.growth_button.text() == "Add a Growth Goal for Ana Silva Too…"
    panel.growth_button.click()
    assert panel.sections[Role.MENTOR].isVisibleTo(panel)
    assert panel.sections[Role.MENTOR].heading.text() == (
        "Ana Silva's growth goals (what I learn by teaching)"
    )
    assert not panel.growth_button.isVisibleTo(panel)


def test_a_mentors_growth_goal_shows_without_asking(
    make_window: Callable[[], MainWindow], services: Services
) -> None:
    pair_id = services.pairs.create(*two_people(services), START).created
    assert pair_id is not None
    draft = GoalDraft(1, Skill.TECHNICAL, "Explain designs", date(2026, 11, 30), owner=Role.MENTOR)
    services.goals.create(pair_id, draft)
    window = make_window()
    window.pair_list.choose(pair_id)
    panel = window.workspace.goals
    assert panel.sections[Role.MENTOR].isVisibleTo(panel)
    assert not panel.growth_button.isVisibleTo(panel)
    assert panel.cards[Role.MENTOR, Skill.TECHNICAL].goal_title.text() == "Explain designs"
    assert panel.cards[Role.MENTEE, Skill.TECHNICAL].goal is None


def test_the_summary_says_whose_goal_is_whose(services: Services) -> None:
    pair_id = services.pairs.create(*two_people(services), START, kind=PairKind.PEERS).created
    assert pair_id is not None
    for owner, title in ((Role.MENTOR, "Learn the pipeline"), (Role.MENTEE, "Lead a review")):
        draft = GoalDraft(1, Skill.TECHNICAL, title, date(2026, 11, 30), owner=owner)
        services.goals.create(pair_id, draft)
    html, _charts = report_html(services.reports.quarter_report(pair_id, 1))
    assert "<b>Peers:</b> Ana Silva and Ben Okafor" in html
    assert "<h3>Ana Silva&#x27;s technical skill: Learn the pipeline</h3>" in html
    assert "<h3>Ben Okafor&#x27;s technical skill: Lead a review</h3>" in html
    assert "<li>Ana Silva&#x27;s technical: Learn the pipeline — " in html
    assert "Peer: Ana Silva<br>" in html
