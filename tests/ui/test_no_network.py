"""MentorDesk needs no network: the main flows run with every socket refused."""

from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from mentordesk.cli import main
from mentordesk.services import Services
from mentordesk.ui.printing.report import write_pdf
from mentordesk.ui.window.main_window import MainWindow


class NetworkUsed(AssertionError):
    """Something tried to reach the network."""


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        raise NetworkUsed("MentorDesk tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_the_main_flows_run_with_sockets_blocked(
    no_network: None,
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    commands = [
        ["demo"],
        ["pairs", "--json"],
        ["export", "-o", str(tmp_path / "team.json")],
        ["ics", "ana-ben", "-o", str(tmp_path / "m.ics"), "--invite"],
        ["agenda", "ana-ben"],
        ["search", "review"],
        ["backup"],
        ["check"],
        ["--db", str(tmp_path / "other.sqlite3"), "import", str(tmp_path / "team.json")],
    ]
    for command in commands:
        assert main(command) == 0, (command, capsys.readouterr().err)
    services.demo.load()
    window = make_window()
    window.pair_list.table.selectRow(0)
    window.companions.show_search()
    pair = services.pairs.find("ana-ben")
    assert write_pdf(services.reports.quarter_report(pair.id), str(tmp_path / "r.pdf")) >= 1
    window.companions.open_meeting_mode(pair.id)
    assert window.companions.meeting_window is not None
    window.companions.meeting_window.close()
