"""Reminders in the running window, on a fixed clock: shown where this desktop can show
them (offscreen has no tray, so the status bar's line), opened with a click, never twice
a day, and turned off in View ▸ Reminders. The autostart entry is written and taken back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mentordesk.domain.sessions import SessionStatus
from mentordesk.services import Services
from mentordesk.services.autostart import entry_text, exec_line, set_autostart
from mentordesk.services.clock import FixedClock
from mentordesk.settings import SettingsStore
from mentordesk.ui.meetings.series_dialog import SeriesDialog
from mentordesk.ui.window.actions import ActionId
from mentordesk.ui.window.main_window import MainWindow
from mentordesk.ui.window.reminder_settings import ReminderSettingsDialog
from mentordesk.ui.window.reminders import WindowTarget


def record_until(services: Services, pair_id: int, count: int) -> None:
    for row in services.sessions.log(pair_id)[:count]:
        session_id, _ = services.sessions.open_for(pair_id, row.occurrence)
        services.sessions.save(session_id, SessionStatus.HELD, [], "")


def test_a_meeting_soon_shows_in_the_status_bar_and_a_click_opens_meeting_mode(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    pair_id: int,
    clock: FixedClock,
) -> None:
    record_until(services, pair_id, 3)  # 2, 9 and 16 Nov recorded
    clock.moment = datetime(2026, 11, 23, 14, 50, tzinfo=UTC)  # 15:50 in Berlin
    window = make_window()
    window.start_reminders()
    desk = window.reminders
    assert desk is not None
    assert desk.tray is None  # offscreen: no tray, the status bar instead
    desk.check()
    line = desk.button
    assert line.isVisible()
    assert line.text() == "Reminder: Ana Silva → Ben Okafor: meeting in 10 min"
    assert "Click to open meeting mode" in line.toolTip()
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
    meeting = window.companions.meeting_window
    assert meeting is not None
    assert meeting.pair_id == pair_id
    assert not line.isVisible()
    meeting.close()
    desk.check()  # the same minute, and later the same day: not again
    clock.moment = datetime(2026, 11, 23, 14, 55, tzinfo=UTC)
    desk.check()
    assert not line.isVisible()


def test_a_kind_turned_off_in_view_reminders_does_not_show(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    pair_id: int,
    clock: FixedClock,
    settings_store: SettingsStore,
) -> None:
    clock.moment = datetime(2026, 11, 21, 10, tzinfo=UTC)  # 16 Nov unrecorded
    window = make_window()
    window.start_reminders()
    window.action_map[ActionId.REMINDERS].trigger()
    dialog = window.operations.dialog
    assert isinstance(dialog, ReminderSettingsDialog)
    qtbot.waitExposed(dialog)
    assert not dialog.keep.isEnabled()  # no tray here
    assert not dialog.autostart.isEnabled()
    from mentordesk.domain.reminders import ReminderKind

    box = dialog.kinds[ReminderKind.UNRECORDED]
    assert box.isChecked()
    box.click()
    dialog.ok_button.click()
    assert settings_store.load().reminders_off == ("unrecorded",)
    desk = window.reminders
    assert desk is not None
    qtbot.waitUntil(lambda: not QApplication.activeModalWidget(), timeout=2000)
    desk.check()  # the dialog's save checks again too
    assert not desk.button.isVisible()


def test_the_autostart_entry_starts_mentordesk_in_the_tray(tmp_path: Path) -> None:
    entry = tmp_path / "autostart" / "mentordesk.desktop"
    set_autostart(True, entry, ["/opt/Mentor Desk/bin/mentordesk"])
    text = entry.read_text("utf-8")
    assert 'Exec="/opt/Mentor Desk/bin/mentordesk" --in-tray\n' in text
    assert text == entry_text(["/opt/Mentor Desk/bin/mentordesk"])
    set_autostart(False, entry)
    assert not entry.exists()
    set_autostart(False, entry)  # already gone: nothing to do


@pytest.mark.parametrize(
    ("command", "line"),
    [
        (["mentordesk"], "mentordesk"),
        (["/a b/python", "-m", "mentordesk"], '"/a b/python" -m mentordesk'),
        (['/x"y$z/m'], '"/x\\\\"y\\\\$z/m"'),  # doubled: the file's string escaping
        (["/p%q"], "/p%%q"),
    ],
)
def test_the_exec_line_quotes_as_the_desktop_entry_spec_says(command: list[str], line: str) -> None:
    assert exec_line(command) == line


def test_a_series_ending_opens_the_plan_carried_on_through_the_next_quarter(
    make_window: Callable[[], MainWindow], services: Services, pair_id: int, clock: FixedClock
) -> None:
    clock.moment = datetime(2026, 12, 8, 10, tzinfo=UTC)  # the series ends on 21 Dec
    window = make_window()
    window.start_reminders()
    desk = window.reminders
    assert desk is not None
    [ending] = [r for r in services.reminders.due([pair_id]) if r.kind.value == "series-ending"]
    WindowTarget(window).open_reminder(ending)
    dialog = window.operations.dialog
    assert isinstance(dialog, SeriesDialog)
    assert dialog.draft().until == date(2027, 3, 6)
