"""Fixtures of the reader tests: each independent reader in turn."""

from __future__ import annotations

import pytest
from calendar_readers import READERS, reader
from reader_files import Reader


@pytest.fixture(params=sorted(READERS))
def name(request: pytest.FixtureRequest) -> str:
    """The name of each reader in turn."""
    return str(request.param)


@pytest.fixture
def read(name: str) -> Reader:
    """Each reader in turn (skips when its tools are missing, fails in CI)."""
    return reader(name)
