"""`mentordesk demo` when the shipped demo team is broken or gone: a failure of the
installation, told plainly in the log, and nothing loaded."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from mentordesk.services import demo_data
from mentordesk.services.demo_data import demo_team

Cli = Callable[..., tuple[int, str, str]]  # the `cli` fixture


@pytest.fixture
def demo_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Where the demo team is read from, for this test: a file that does not exist yet."""
    file = tmp_path / "team.toml"
    monkeypatch.setattr(demo_data, "resource", lambda _name: file)
    demo_team.cache_clear()
    yield file
    demo_team.cache_clear()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (None, "The demo team cannot be read from {file}: [Errno 2] No such file"),
        ("[[people]\n", "{file} is not valid TOML: "),
    ],
)
def test_a_missing_or_broken_demo_team_fails_plainly(
    cli: Cli, demo_file: Path, data_dir: Path, text: str | None, message: str
) -> None:
    if text is not None:
        demo_file.write_text(text, encoding="utf-8")
    code, out, err = cli("demo")
    assert code == 1
    assert out == ""
    assert "mentordesk: unexpected error; details are in " in err
    log = (data_dir / "logs" / "mentordesk.log").read_text(encoding="utf-8")
    assert f"DemoDataError: {message.format(file=demo_file)}" in log
    assert cli("pairs", "--json")[1].strip() == "[]"
