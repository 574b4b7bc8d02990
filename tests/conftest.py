"""Fixtures every test layer shares: a private data folder, a fixed clock, a real store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mentordesk.services import Services
from mentordesk.services.clock import FixedClock
from mentordesk.store.opening import open_store
from mentordesk.store.unit_of_work import Store

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder; nothing touches the real one."""
    folder = tmp_path / "data"
    monkeypatch.setenv("MENTORDESK_DATA_DIR", str(folder))
    monkeypatch.delenv("MENTORDESK_DB", raising=False)
    return folder


@pytest.fixture
def clock() -> FixedClock:
    """Saturday 21 November 2026, 10:00 UTC."""
    return FixedClock(NOW)


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """A SQLite file of the test's own."""
    return f"sqlite:///{tmp_path / 'test.sqlite3'}"


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    """A migrated store on a real SQLite file."""
    opened = open_store(db_url)
    yield opened
    opened.close()


@pytest.fixture
def services(store: Store, clock: FixedClock) -> Services:
    """The services over the test's store, on the fixed clock."""
    return Services.over(store, clock)
