"""`mentordesk desktop-entry install|uninstall`: MentorDesk in the application menu, the
files checked by the freedesktop tools nobody here wrote (appstreamcli, desktop-file-validate)."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from mentordesk.services.autostart import start_command
from mentordesk.services.desktop_entry import APP_ID, ICON_SIZES
from tests.cli.conftest import Cli

REQUIRED = os.environ.get("MENTORDESK_REQUIRE_READERS") == "1"  # CI installs the tools


def tool(name: str) -> str | None:
    found = shutil.which(name)
    if found is None and REQUIRED:
        pytest.fail(f"{name} is missing (.ci/run installs it)")
    return found


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(target))
    return target


def test_install_puts_the_entry_icons_and_metainfo_where_desktops_look(
    cli: Cli, home: Path
) -> None:
    code, out, err = cli("desktop-entry", "install")
    assert (code, err) == (0, "")
    assert f"9 icons written under {home}" in out
    entry = home / "applications" / f"{APP_ID}.desktop"
    text = entry.read_text(encoding="utf-8")
    assert f"Exec={start_command()[0]}" in text.splitlines()  # the command beside Python
    assert f"Icon={APP_ID}" in text.splitlines()
    for size in ICON_SIZES:
        png = home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png_size(png) == (size, size)
    assert (home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    metainfo = home / "metainfo" / f"{APP_ID}.metainfo.xml"
    if (appstream := tool("appstreamcli")) is not None:
        checked = subprocess.run(
            [appstream, "validate", "--no-net", str(metainfo)],
            check=False,
            capture_output=True,
            text=True,
        )
        assert checked.returncode == 0, checked.stdout + checked.stderr
    if (validate := tool("desktop-file-validate")) is not None:
        checked = subprocess.run(
            [validate, str(entry)], check=False, capture_output=True, text=True
        )
        assert checked.returncode == 0, checked.stdout + checked.stderr
        assert checked.stdout == ""  # not even a hint


def test_uninstall_takes_out_only_what_install_put_in(cli: Cli, home: Path) -> None:
    assert cli("desktop-entry", "install")[0] == 0
    other = home / "applications" / "someone-else.desktop"
    other.write_text("[Desktop Entry]\n")
    code, out, _ = cli("desktop-entry", "uninstall")
    assert code == 0
    assert out.startswith("Removed 11 files of MentorDesk's")
    assert other.is_file()
    assert sorted(p.name for p in home.rglob("*") if p.is_file()) == ["someone-else.desktop"]
    assert cli("desktop-entry", "uninstall")[1].startswith("Removed 0 files")


def test_a_folder_that_cannot_be_written_is_named(cli: Cli, home: Path) -> None:
    home.mkdir()
    (home / "applications").write_text("a file where the folder goes")
    code, out, err = cli("desktop-entry", "install")
    assert code == 2
    assert out == ""
    assert err.startswith("mentordesk: cannot write ")
