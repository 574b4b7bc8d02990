"""Files and folders MentorDesk makes: private from the first byte, whole or not at all.

Every file MentorDesk creates is readable by its owner only (0600) and every folder it
makes is 0700, whatever the umask: files are opened with that mode and set to it, folders
are set after `mkdir` (a umask only takes bits away, and an odd one may take the owner's).
That includes files the person saves where they choose (a PDF, an export, a calendar
file): they carry the pair's goals, notes and names, so they start private like the
database, and sharing them stays the person's own step.

A file that must never be seen half-written is written to a temporary file in its own
folder, made durable and checked, then renamed over the target: a full disk, a crash or
a bad target leaves the old file (or none), never a broken one, and the reason is told
in plain words (`FileAccessError`).
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from mentordesk.errors import UserFacingError

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
_POSIX = os.name == "posix"
_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


class FileAccessError(UserFacingError):
    """A file or folder MentorDesk needs cannot be made, written or kept private;
    the message names it and says why."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


def plain_reason(error: OSError, path: Path) -> str:
    """Why making or writing `path` failed, in words a person can act on."""
    code = error.errno
    if code in _DISK_FULL:
        return "the disk is full"
    if code == errno.ENOENT:
        return f"the folder {path.parent} does not exist"
    if code == errno.ENOTDIR:
        return f"{path.parent} is not a folder"
    return _REASONS.get(code or 0, error.strerror or str(error))


_REASONS = {
    errno.EROFS: "the disk is read-only",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EISDIR: "it is a folder",
    errno.EFBIG: "the file is too large for this disk",
}


def _folder_problem(path: Path, error: OSError | None) -> str:
    """What keeps MentorDesk from using the folder `path`; permission problems are told
    apart (another user's folder, a read-only disk) where that can be seen."""
    if error is not None and error.errno not in (errno.EACCES, errno.EPERM):
        return plain_reason(error, path)
    with contextlib.suppress(OSError):
        if _POSIX and path.stat().st_uid != os.geteuid():
            return "it belongs to another user"
        if hasattr(os, "statvfs") and os.statvfs(path).f_flag & os.ST_RDONLY:
            return "the disk is read-only"
    return "permission denied"


def ensure_private_dir(path: Path, what: str = "the folder") -> None:
    """Make `path` a folder that only its owner can open, creating it and any missing
    parents as such (0700, as the XDG base directory spec asks for new ones).

    A folder that cannot be made, kept private or written in raises FileAccessError
    naming `what` (say, "the data folder"), the folder and the reason.
    """
    try:
        missing = [folder for folder in (path, *path.parents) if not folder.exists()]
        for folder in reversed(missing):
            folder.mkdir(mode=PRIVATE_FOLDER, exist_ok=True)
            if _POSIX:
                folder.chmod(PRIVATE_FOLDER)
        if not path.is_dir():
            raise FileAccessError(f"cannot use {what} {path}: it is a file, not a folder", path)
        if _POSIX and stat.S_IMODE(path.stat().st_mode) != PRIVATE_FOLDER:
            path.chmod(PRIVATE_FOLDER)
    except OSError as error:
        reason = _folder_problem(path, error)
        raise FileAccessError(f"cannot use {what} {path}: {reason}", path) from None
    if not os.access(path, os.W_OK | os.X_OK):
        reason = _folder_problem(path, None)
        raise FileAccessError(f"cannot use {what} {path}: {reason}", path)


def make_private(path: Path) -> None:
    """Take group and others' access away from the file at `path`, if there is one."""
    if not _POSIX:
        return
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            path.chmod(mode & 0o700)
    except FileNotFoundError:
        return
    except OSError as error:
        reason = plain_reason(error, path)
        raise FileAccessError(f"cannot make {path} private: {reason}", path) from None


def create_private(path: Path) -> None:
    """An empty file at `path` readable by its owner only, unless a file is there already
    (which is then made private): a program that keeps the mode of a file it rewrites,
    such as Qt's QSettings, then writes it privately too."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        make_private(path)
        return
    except OSError as error:
        raise FileAccessError(f"cannot create {path}: {plain_reason(error, path)}", path) from None
    try:
        if _POSIX:
            os.fchmod(fd, PRIVATE_FILE)
    finally:
        os.close(fd)


def append_private(path: Path, encoding: str = "utf-8") -> io.TextIOWrapper:
    """`path` opened to append text, created readable by its owner only (an existing
    file is made so); raises OSError when it cannot be opened."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE)
    try:
        if _POSIX and (mode := stat.S_IMODE(os.fstat(fd).st_mode)) != PRIVATE_FILE:
            os.fchmod(fd, (mode & 0o700) | PRIVATE_FILE)
        return open(fd, "a", encoding=encoding)  # the caller closes it
    except BaseException:
        os.close(fd)
        raise


def write_atomically(
    path: Path,
    data: bytes,
    mode: int = PRIVATE_FILE,
    check: Callable[[Path], str | None] | None = None,
) -> None:
    """Write `data` to `path` whole or not at all.

    The bytes go to a temporary file in `path`'s folder, made durable (fsync), checked
    (`check` returns what is wrong with the written file, if anything), given `mode`
    whatever the umask, then renamed over `path`. The folder must exist (it is never
    made here). On any failure the temporary file is removed, `path` is left as it was,
    and FileAccessError says why: "… is a folder", "the folder … does not exist",
    "the disk is full", "permission denied".
    """
    if path.is_dir():
        raise FileAccessError(f"cannot write {path}: it is a folder", path)
    if not path.parent.is_dir():
        raise FileAccessError(f"cannot write {path}: the folder {path.parent} does not exist", path)
    temporary: Path | None = None
    try:
        fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-", suffix=".tmp")
        temporary = Path(name)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if check is not None and (problem := check(temporary)) is not None:
            raise FileAccessError(f"cannot write {path}: {problem}", path)
        os.chmod(temporary, mode)
        os.replace(temporary, path)
        temporary = None
        _sync_folder(path.parent)
    except OSError as error:
        raise FileAccessError(f"cannot write {path}: {plain_reason(error, path)}", path) from None
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (where the system allows opening a folder)."""
    if not _POSIX:
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
