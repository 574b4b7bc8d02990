"""Whether Qt can open a window here, asked before Qt tries: Qt aborts the process (exit
134, with its own terse message) when its platform plugin cannot load or finds no
display. On Linux this looks for a display (an X server's socket, a Wayland socket) and,
for X11, asks the dynamic linker (`ldd`) which libraries Qt's xcb plugin lacks, naming
the Debian/Ubuntu and Fedora packages that provide them. No Qt is loaded here."""

from __future__ import annotations

import contextlib
import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

# What Qt's xcb plugin loads, by soname: (Debian/Ubuntu package, Fedora package).
PACKAGES = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-xinerama.so.0": ("libxcb-xinerama0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
}

Ldd = Callable[[Path], str]


@dataclass(frozen=True)
class DisplayCheck:
    """What was found: the platform Qt will use, and what stops it, if anything."""

    platform: str  # 'xcb', 'wayland', 'offscreen', … ('native' off Linux)
    problem: str = ""  # why there is no window to open ('' when there is)
    missing: tuple[str, ...] = ()  # libraries Qt's plugin needs and cannot find

    @property
    def ok(self) -> bool:
        """True when Qt should be able to open its window."""
        return not self.problem and not self.missing

    def message(self) -> str:
        """What is wrong and how to mend it, for a person ('' when nothing is)."""
        if self.ok:
            return ""
        if self.problem:
            return f"MentorDesk cannot open its window: {self.problem}"
        debian = sorted({PACKAGES.get(n, (None, None))[0] or n for n in self.missing})
        fedora = sorted({PACKAGES.get(n, (None, None))[1] or n for n in self.missing})
        return (
            f"MentorDesk cannot open its window: Qt's {self.platform} platform plugin needs "
            f"libraries this system lacks: {', '.join(self.missing)}. Install them:\n"
            f"  Debian or Ubuntu: sudo apt install {' '.join(debian)}\n"
            f"  Fedora: sudo dnf install {' '.join(fedora)}\n"
            "The commands work without a window meanwhile (mentordesk --help)."
        )


def qt_folder() -> Path | None:
    """PySide6's Qt folder (plugins, libraries), found without loading Qt."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "Qt"


def check_display(
    env: Mapping[str, str] | None = None,
    qt: Path | None = None,
    ldd: Ldd | None = None,
    platform: str = sys.platform,
    seen: Path | None = None,
) -> DisplayCheck:
    """Whether Qt can open a window with `env` (the process's environment), trying the
    platforms in Qt's own order (QT_QPA_PLATFORM's list, else Wayland first in a Wayland
    session, then X11); `seen`: a file that remembers Qt's libraries were all found
    (asking the linker costs ~25 ms a start), until Qt or the system's libraries change.
    When it cannot tell, it lets Qt try."""
    env = os.environ if env is None else env
    if not platform.startswith("linux"):
        return DisplayCheck("native")
    asked = [n.split(":")[0].strip() for n in env.get("QT_QPA_PLATFORM", "").split(";")]
    asked = [n for n in asked if n]
    if not asked:
        wayland_session = env.get("XDG_SESSION_TYPE") == "wayland" or env.get("WAYLAND_DISPLAY")
        asked = ["wayland", "xcb"] if wayland_session else ["xcb"]
    found, reasons, missing = _first_usable(
        asked, env, lambda: missing_libraries(qt or qt_folder(), ldd, seen)
    )
    if found is not None:
        return found
    if missing:
        return DisplayCheck("xcb", missing=missing)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return DisplayCheck(
            asked[0],
            "there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set): run it in a "
            "graphical desktop session, or use the commands, which need none "
            "(mentordesk --help)",
        )
    return DisplayCheck(asked[0], "; ".join(reasons))


def _first_usable(
    asked: list[str], env: Mapping[str, str], xcb_missing: Callable[[], tuple[str, ...]]
) -> tuple[DisplayCheck | None, list[str], tuple[str, ...]]:
    """The first of the `asked` platforms that can open a window, else why none can
    (and what xcb lacks, when it lacks libraries)."""
    reasons: list[str] = []
    missing: tuple[str, ...] = ()
    for name in asked:
        if name.startswith("wayland"):
            why = _wayland_absent(env)
        elif name == "xcb":
            display = env.get("DISPLAY", "").strip()
            why = _x_server_absent(display) if display else "DISPLAY is not set"
            if why is None and (missing := xcb_missing()):
                continue
        else:  # offscreen, vnc, eglfs… or one Qt knows and this does not: let Qt try
            why = None
        if why is None:
            return DisplayCheck(name), reasons, missing
        reasons.append(why)
    return None, reasons, missing


def _wayland_absent(env: Mapping[str, str]) -> str | None:
    """Why there is no Wayland display to connect to, if it can tell."""
    name = env.get("WAYLAND_DISPLAY", "").strip() or "wayland-0"
    runtime = env.get("XDG_RUNTIME_DIR", "").strip()
    if name.startswith("/"):
        path = Path(name)
    elif runtime:
        path = Path(runtime) / name
    else:
        return None  # no runtime folder to look in: let Qt try
    return None if path.exists() else f"no Wayland display at {path}"


def _x_server_absent(display: str) -> str | None:
    """Why a local X server at `display` (':0') is not there, if it can tell."""
    host, _, rest = display.partition(":")
    number = rest.split(".")[0]
    sockets = Path("/tmp/.X11-unix")
    if host or not number.isdigit() or not sockets.is_dir():
        return None  # a remote display (ssh -X), or no socket folder to look in
    if (sockets / f"X{number}").exists():
        return None
    return f"DISPLAY is {display}, and no X server answers there (no {sockets}/X{number})"


def missing_libraries(
    qt: Path | None, ldd: Ldd | None = None, seen: Path | None = None
) -> tuple[str, ...]:
    """The libraries Qt's xcb plugin (and its XcbQpa library) need and the linker
    cannot find; () when `ldd` is not there to ask. With `seen`, a check that found
    them all is remembered there, for the same Qt files."""
    if qt is None:
        return ()
    wanted = [qt / "plugins" / "platforms" / "libqxcb.so", qt / "lib" / "libQt6XcbQpa.so.6"]
    present = [library for library in wanted if library.exists()]
    system = Path("/etc/ld.so.cache")  # changes when the system's libraries do
    stamped = [*present, system] if system.exists() else present
    stamp = "\n".join(f"{p}:{p.stat().st_mtime_ns}" for p in stamped)
    if seen is not None and _read(seen) == stamp:
        return ()
    run = ldd or _system_ldd
    missing: dict[str, None] = {}
    for library in present:
        for line in run(library).splitlines():
            name, arrow, where = line.strip().partition("=>")
            if arrow and where.strip().startswith("not found"):
                missing[name.strip()] = None
    if not missing and seen is not None:
        with contextlib.suppress(OSError):
            seen.parent.mkdir(parents=True, exist_ok=True)
            seen.write_text(stamp, encoding="utf-8")
    return tuple(missing)


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _system_ldd(library: Path) -> str:
    found = shutil.which("ldd")
    if found is None:
        return ""
    try:
        done = subprocess.run(
            [found, str(library)], capture_output=True, text=True, timeout=10, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout
