"""Pair ▸ Next Meeting's Agenda and Meeting Recap as a person uses them: the text to
read, Copy (plain or Markdown), and E-mail Draft handed to the mail program."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from email import message_from_bytes, policy

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot
from windows import MailProgram

from mentordesk.domain.sessions import SessionStatus
from mentordesk.services import Services
from mentordesk.ui.sessions.share_dialog import ShareDialog
from mentordesk.ui.window.actions import ActionId
from mentordesk.ui.window.main_window import MainWindow


def shown(window: MainWindow) -> ShareDialog:
    dialog = window.operations.dialog
    assert isinstance(dialog, ShareDialog)
    return dialog


def test_the_agenda_ahead_is_copied_as_text_or_markdown_and_mailed(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    pair_id: int,
    mail_program: MailProgram,
) -> None:
    pair = services.pairs.get(pair_id)
    session_id, _ = services.sessions.open_for(
        pair_id, services.sessions.log(pair_id)[2].occurrence
    )
    services.sessions.save(session_id, SessionStatus.HELD, ["Estimates"], "")
    services.sessions.add_action_item(
        session_id, pair.mentee.id, "Read *chapter* 3", date(2026, 11, 20)
    )
    window = make_window()
    window.pair_list.choose(pair_id)
    qtbot.keyClick(
        window,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = shown(window)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Agenda: Ana Silva → Ben Okafor — Mon, 23 Nov"
    assert "[ ] Ben Okafor: Read *chapter* 3" in dialog.text.toPlainText()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == dialog.text.toPlainText()
    assert dialog.status.text() == "Copied as plain text: paste it where your partner reads it."
    qtbot.mouseClick(dialog.markdown, Qt.MouseButton.LeftButton)
    assert "- [ ] Ben Okafor: Read \\*chapter\\* 3" in dialog.text.toPlainText()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text().startswith("## Agenda: Ana Silva")
    qtbot.mouseClick(dialog.mail_button, Qt.MouseButton.LeftButton)
    [draft] = mail_program.opened
    assert draft.parent == services.drafts_dir
    mail = message_from_bytes(draft.read_bytes(), policy=policy.default)
    assert mail["Subject"] == dialog.windowTitle()
    assert dialog.status.text().startswith(f"Opened {draft.name} in your mail program")


def test_the_recap_of_the_last_meeting_held_when_none_is_chosen(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, pair_id: int
) -> None:
    window = make_window()
    window.pair_list.choose(pair_id)
    warned: list[str] = []
    window.operations.report = warned.append  # type: ignore[method-assign]
    window.action_map[ActionId.SHARE_RECAP].trigger()
    assert warned == ["This pair has held no meeting yet: there is nothing to recap."]
    session_id, _ = services.sessions.open_for(
        pair_id, services.sessions.log(pair_id)[1].occurrence
    )
    services.sessions.save(session_id, SessionStatus.HELD, ["Onboarding"], "Decided: weekly demos")
    window.action_map[ActionId.SHARE_RECAP].trigger()
    dialog = shown(window)
    assert dialog.windowTitle() == "Recap: Ana Silva → Ben Okafor — Monday, 9 November 2026"
    assert dialog.text.toPlainText().splitlines()[:3] == [
        "Discussed: Onboarding",
        "Decided:",
        "  • weekly demos",
    ]
