"""The command line run in-process, its output captured."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mentordesk.cli import main

Cli = Callable[..., tuple[int, str, str]]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Cli:
    """`cli("pairs", "--json")` runs `mentordesk pairs --json`: (exit status, out, err)."""

    def run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run
