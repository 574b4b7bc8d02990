"""Why a file could not be written, in plain words; what makes a PDF whole (no disk here:
the files themselves are tried in tests/store/test_file_modes.py and
tests/ui/test_report_file.py)."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from mentordesk.domain.signing import pdf_problem
from mentordesk.errors import UserFacingError
from mentordesk.files import FileAccessError, plain_reason

TARGET = Path("/home/ana/Reports/summary.pdf")


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        (errno.ENOSPC, "the disk is full"),
        (errno.EDQUOT, "the disk is full"),
        (errno.EROFS, "the disk is read-only"),
        (errno.EACCES, "permission denied"),
        (errno.EPERM, "permission denied"),
        (errno.EISDIR, "it is a folder"),
        (errno.ENOENT, "the folder /home/ana/Reports does not exist"),
        (errno.ENOTDIR, "/home/ana/Reports is not a folder"),
        (errno.EFBIG, "the file is too large for this disk"),
        (errno.EIO, "Input/output error"),  # anything else: the system's own words
    ],
)
def test_a_failure_is_told_in_plain_words(code: int, reason: str) -> None:
    error = OSError(code, "Input/output error" if code == errno.EIO else "ignored")
    assert plain_reason(error, TARGET) == reason


def test_a_file_problem_is_a_user_facing_error_that_names_the_file() -> None:
    error = FileAccessError(f"cannot write {TARGET}: the disk is full", TARGET)
    assert isinstance(error, UserFacingError)
    assert (error.path, error.message) == (TARGET, f"cannot write {TARGET}: the disk is full")


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n", None),
        (b"%PDF-1.4\n%%EOF", None),
        (b"%PDF-1.4\n%%EOF\r\n", None),
        (b"", "nothing was drawn"),
        (b"<html>not a pdf</html>", "what was drawn is not a PDF"),
        (b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<", "the PDF was cut short"),
        (b"%PDF-1.4\n%%EOF\n" + b"\0" * 4096, "the PDF was cut short"),
    ],
)
def test_a_pdf_is_whole_when_it_starts_as_one_and_ends_with_eof(
    data: bytes, problem: str | None
) -> None:
    assert pdf_problem(data) == problem
