"""Feedback on the Health tab, as a person gives it: the dialog answers in a few keys,
the answers stay hidden until the partner answers too, then show side by side with the
trend and who owns the action items."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from mentordesk.domain.feedback import FeedbackTrend
from mentordesk.domain.health import HealthSignals
from mentordesk.domain.sessions import SessionStatus
from mentordesk.services import Services
from mentordesk.settings import SettingsStore
from mentordesk.ui.common.tones import CHART_DONE
from mentordesk.ui.health.feedback_dialog import FeedbackDialog
from mentordesk.ui.health.team_health_model import feedback_text
from mentordesk.ui.window.actions import ActionId
from mentordesk.ui.window.main_window import MainWindow


def test_feedback_from_both_partners_shows_side_by_side(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    settings_store: SettingsStore,
    pair_id: int,
) -> None:
    pair = services.pairs.get(pair_id)
    occurrence = services.sessions.log(pair_id)[1].occurrence
    session_id, _ = services.sessions.open_for(pair_id, occurrence)
    services.sessions.save(session_id, SessionStatus.HELD, [], "")
    services.sessions.add_action_item(session_id, pair.mentee.id, "Read the guide")
    window = make_window()
    window.pair_list.choose(pair_id)
    window.action_map[ActionId.SHOW_HEALTH].trigger()
    box = window.workspace.health.feedback
    assert box.isVisibleTo(window)
    assert box.status.text().startswith("Feedback on the meeting of ")
    assert box.status.text().endswith(": not given yet.")
    assert box.items.text() == (
        "Action items — Ana Silva: 0 open, 0 completed · Ben Okafor: 1 open, 0 completed"
    )

    box.give_button.click()  # as Ana, the current user
    dialog = window.operations.dialog
    assert isinstance(dialog, FeedbackDialog)
    assert dialog.windowTitle().startswith("Meeting Feedback — Ana Silva, meeting of ")
    qtbot.keyClicks(dialog.useful, "5")  # the first key of an answer chooses it
    qtbot.keyClick(dialog.useful, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.balance, "2")
    qtbot.keyClick(dialog.balance, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.word, "Good questions")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: window.operations.dialog is None)
    assert box.status.text().endswith(
        ": Ana Silva answered; the answers show once Ben Okafor has too."
    )
    assert not box.answers.isVisibleTo(box)
    assert box.give_button.text() == "Change My Feedback…"

    window.bridge.run(lambda: services.feedback.give(session_id, pair.mentee.id, 4, 4, ""))
    assert box.status.text().endswith(": both of you answered.")
    assert box.answers.isVisibleTo(box)
    cells = [
        [box.answers.item(r, c).text() for c in range(3)] for r in range(box.answers.rowCount())
    ]
    assert cells == [
        ["How useful was this meeting for you?", "5 of 5", "4 of 5"],
        ["Who did the talking and the work?", "I did more", "My partner did more"],
        ["A word", "Good questions", "–"],
    ]
    # Ana says she did more; Ben says his partner did: it leant Ana's way.
    assert box.trend.text() == (
        "Over the last meeting: useful 4.5 of 5 on average; Ana Silva did more of the "
        "talking and the work."
    )
    # One meeting is a mood, not a pattern: the attention rules wait for a second.
    signals = services.health.signals([pair_id])[pair_id]
    assert signals.leaning is None
    assert box.chart.isVisibleTo(box)
    assert len(box.chart.meetings) == 1
    box.chart.resize(box.chart.sizeHint())  # the test window is small: the chart as drawn
    image = box.chart.grab().toImage()
    useful, _balance = box.chart.points(QRectF(box.chart.rect()))
    dot = useful[0].toPoint()
    assert image.pixelColor(dot) == CHART_DONE.colour()  # the usefulness dot is painted there


def test_the_team_overview_says_the_feedback_trend_in_words() -> None:
    def signals(trend: FeedbackTrend | None) -> HealthSignals:
        return HealthSignals(3, 0, 0, 0, 0, 1.0, feedback=trend)

    assert feedback_text(signals(None)) == "–"
    assert feedback_text(signals(FeedbackTrend(1, 4.0, 0.0, 0.0))) == "4.0 of 5"
    falling = FeedbackTrend(3, 3.3, 1.0, 0.5, change=-1.5)
    assert feedback_text(signals(falling)) == "3.3 of 5, falling"
    assert FeedbackTrend(3, 3.0, 0.0, 0.0, change=1.0).direction == "rising"
    assert FeedbackTrend(3, 3.0, 0.0, 0.0, change=0.5).direction == "steady"
