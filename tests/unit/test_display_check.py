"""Before Qt can abort: is there a display, and does Qt's xcb plugin find its libraries?"""

from __future__ import annotations

from pathlib import Path

import pytest

from mentordesk.display_check import check_display, missing_libraries, qt_folder

NOWHERE = ":987"  # no X server answers there on a test machine


@pytest.fixture
def qt(tmp_path: Path) -> Path:
    """A Qt folder with the two files the check asks the linker about."""
    folder = tmp_path / "Qt"
    for name in ("plugins/platforms/libqxcb.so", "lib/libQt6XcbQpa.so.6"):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(b"")
    return folder


def linker(*missing: str) -> object:
    def ldd(library: Path) -> str:
        found = "\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f)\n"
        return found + "".join(f"\t{name} => not found\n" for name in missing)

    return ldd


def test_a_platform_without_a_display_needs_none() -> None:
    for platform in ("offscreen", "minimal", "vnc:size=800x600"):
        assert check_display({"QT_QPA_PLATFORM": platform}).ok
    assert check_display({}, platform="darwin").platform == "native"


def test_no_display_at_all_is_said_before_qt_aborts() -> None:
    found = check_display({"HOME": "/home/ana"}, platform="linux")
    assert not found.ok
    assert "there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set)" in found.message()
    gone = check_display({"DISPLAY": NOWHERE}, platform="linux")
    assert gone.message().endswith(
        f"DISPLAY is {NOWHERE}, and no X server answers there (no /tmp/.X11-unix/X987)"
    )


def test_the_platforms_are_tried_in_qts_order(qt: Path, tmp_path: Path) -> None:
    """A Wayland session with XWayland beside it uses Wayland, even where X11 lacks a
    library; a list in QT_QPA_PLATFORM is tried in its order."""
    (tmp_path / "wayland-0").write_bytes(b"")
    runtime = {"XDG_RUNTIME_DIR": str(tmp_path)}
    lacking = linker("libxcb-cursor.so.0")
    both = {**runtime, "WAYLAND_DISPLAY": "wayland-0", "DISPLAY": "remote.example.org:0"}
    assert check_display(both, qt, lacking, platform="linux").platform == "wayland"
    session = {**runtime, "XDG_SESSION_TYPE": "wayland"}  # Qt then looks for wayland-0
    assert check_display(session, qt, lacking, platform="linux").ok
    listed = {**runtime, "QT_QPA_PLATFORM": "xcb;wayland"}  # no DISPLAY: Wayland it is
    assert check_display(listed, qt, lacking, platform="linux").platform == "wayland"
    egl = {**runtime, "QT_QPA_PLATFORM": "wayland-egl"}
    assert check_display(egl, qt, lacking, platform="linux").ok
    x11 = {
        "QT_QPA_PLATFORM": "wayland;xcb",
        "XDG_RUNTIME_DIR": str(tmp_path / "none"),
        "DISPLAY": "remote.example.org:0",
    }
    assert check_display(x11, qt, linker(), platform="linux").platform == "xcb"
    neither = check_display({**x11, "DISPLAY": NOWHERE}, qt, linker(), platform="linux")
    assert not neither.ok
    assert "no Wayland display at" in neither.message()


def test_a_wayland_socket_is_a_display(tmp_path: Path) -> None:
    socket = tmp_path / "wayland-0"
    socket.write_bytes(b"")
    env = {"WAYLAND_DISPLAY": "wayland-0", "XDG_RUNTIME_DIR": str(tmp_path)}
    assert check_display(env, platform="linux").platform == "wayland"
    assert check_display(env, platform="linux").ok
    empty = tmp_path / "empty-runtime"
    empty.mkdir()
    asked = check_display(
        {"QT_QPA_PLATFORM": "wayland", "XDG_RUNTIME_DIR": str(empty)}, platform="linux"
    )
    assert "there is no display" in asked.message()


def test_missing_xcb_libraries_are_named_with_their_packages(qt: Path) -> None:
    env = {"DISPLAY": "remote.example.org:0"}  # a remote display: no socket to look for
    found = check_display(
        env, qt, linker("libxcb-cursor.so.0", "libxkbcommon-x11.so.0"), platform="linux"
    )
    assert found.missing == ("libxcb-cursor.so.0", "libxkbcommon-x11.so.0")
    message = found.message()
    assert "Qt's xcb platform plugin needs libraries this system lacks" in message
    assert "Debian or Ubuntu: sudo apt install libxcb-cursor0 libxkbcommon-x11-0" in message
    assert "Fedora: sudo dnf install libxkbcommon-x11 xcb-util-cursor" in message
    assert check_display(env, qt, linker(), platform="linux").ok


def test_a_check_that_found_everything_is_not_asked_again(qt: Path, tmp_path: Path) -> None:
    seen = tmp_path / "data" / "qt-libraries-found"
    assert missing_libraries(qt, linker(), seen) == ()
    assert seen.is_file()

    def never(_library: Path) -> str:
        raise AssertionError("the linker was asked again")

    assert missing_libraries(qt, never, seen) == ()  # type: ignore[arg-type]
    (qt / "lib" / "libQt6XcbQpa.so.6").write_bytes(b"a newer Qt")
    assert missing_libraries(qt, linker("libEGL.so.1"), seen) == ("libEGL.so.1",)


def test_the_real_linker_reads_the_real_plugin() -> None:
    """This machine's own Qt and ldd: the answer parses (whatever it is)."""
    assert isinstance(missing_libraries(None), tuple)
    folder = qt_folder()
    assert folder is not None
    assert (folder / "plugins" / "platforms" / "libqxcb.so").is_file()
    assert isinstance(missing_libraries(folder), tuple)
