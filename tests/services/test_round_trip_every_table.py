"""Everything the app stores travels through export and import (issue 24): a team with a
row in every table of the store is exported, imported into an empty database and
exported again; the two documents are the same and every table holds as many rows.

A new table fails here until the test team fills it and the file format carries it (or
it is listed in NOT_DATA with the reason)."""

from __future__ import annotations

import base64
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from mentordesk.domain.checklists import TemplateStep
from mentordesk.domain.sessions import SessionStatus
from mentordesk.domain.signing import digest
from mentordesk.errors import ValidationError
from mentordesk.services import Services
from mentordesk.services.clock import FixedClock
from mentordesk.store import tables
from mentordesk.store.unit_of_work import Store
from tests.conftest import open_install

# Tables that hold no team data: what names this database file, and nothing else.
NOT_DATA = {"database_identity": "names the database file itself, not its data"}
PDF = b"%PDF-1.7\n% the summary as the window drew it for signing\n%%EOF\n"


def fill_every_table(services: Services) -> None:
    """The demo team, and what it lacks: both partners' health checks, a template of the
    team's own, a checklist run of it, a win, meeting feedback (both partners' on one
    meeting, a lone answer on another) and a signed summary."""
    services.demo.load()
    pair = services.pairs.find("ana-ben")
    for person, scores in ((pair.mentor.id, [4, 5, 4, 3, 5]), (pair.mentee.id, [3, 4, 4, 4, 4])):
        services.health.answer(pair.id, person, scores, "Honest, in my own words")
    own = services.health.save_template(
        None, "Our own check", [TemplateStep("Name what worries us", "Briefly")]
    )
    assert own.created is not None
    key = next(t.key for t in services.health.templates() if t.id == own.created)
    services.health.start(pair.id, key)
    services.wins.add(pair.id, date(2026, 11, 20), "Led the design review", pair.mentee.id)
    item = next(
        a
        for s in services.sessions.log(pair.id)
        if s.session
        for a in s.session.action_items
        if a.is_open
    )
    services.sessions.edit_action_item(item.id, dropped_on=date(2026, 11, 20))
    held = [
        r.session.id
        for r in services.sessions.log(pair.id)
        if r.session and r.session.status is SessionStatus.HELD
    ]
    services.feedback.give(held[-1], pair.mentor.id, 4, 2, "We kept to time")
    services.feedback.give(held[-1], pair.mentee.id, 5, 4, "")
    services.feedback.give(held[-2], pair.mentee.id, 3, 3, "a lone answer, still private")
    prepared = services.signing.prepare(services.reports.quarter_report(pair.id, 1))
    services.signing.sign(prepared, PDF)


def counts(store: Store) -> dict[str, int]:
    with store.engine.connect() as connection:
        return {
            table.name: connection.scalar(select(func.count()).select_from(table)) or 0
            for table in tables.metadata.sorted_tables
            if table.name not in NOT_DATA
        }


def without_moment(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in doc.items() if k != "exported_at"}


def test_export_import_export_keeps_every_table(
    services: Services,
    store: Store,
    empty_db_url: str,
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    fill_every_table(services)
    before = counts(store)
    on_server = store.local_file is not None  # private notes in this computer's own file
    empty = sorted(
        name for name, n in before.items() if n == 0 and not (on_server and name == "private_notes")
    )
    assert not empty, f"fill these tables in fill_every_table: {empty}"
    first = services.interchange.export_document(include_private=True)

    other = open_install(empty_db_url, tmp_path / "other-install")
    try:
        again = Services.over(other, clock, tmp_path / "other-install" / "backups")
        again.interchange.import_text(json.dumps(first))
        second = again.interchange.export_document(include_private=True)
        assert without_moment(second) == without_moment(first)
        if not on_server:
            assert counts(other) == before
        else:
            assert {k: v for k, v in counts(other).items() if k != "private_notes"} == {
                k: v for k, v in before.items() if k != "private_notes"
            }
        # The signed summary came across byte for byte: it verifies in the new database.
        found = again.signing.verify(PDF)
        assert found.signed is not None
        assert found.signed.sha256 == digest(PDF)
        pair = again.pairs.find("ana-ben")
        assert [a.comment for a in again.health.results(pair.id).revealed] == [
            "Honest, in my own words"
        ] * 2
    finally:
        other.close()


def test_a_signed_summary_whose_pdf_was_changed_is_refused(
    services: Services, empty_db_url: str, clock: FixedClock, tmp_path: Path
) -> None:
    fill_every_table(services)
    doc = services.interchange.export_document(["ana-ben"])
    [signed] = doc["pairs"][0]["signed_summaries"]
    signed["pdf"] = base64.b64encode(PDF.replace(b"window", b"forger")).decode()
    other = open_install(empty_db_url, tmp_path / "other-install")
    try:
        again = Services.over(other, clock, tmp_path / "other-install" / "backups")
        with pytest.raises(ValidationError) as refused:
            again.interchange.import_text(json.dumps(doc))
        assert "pairs[0].signed_summaries[0].sha256: the PDF is not the one signed" in str(
            refused.value
        )
        assert again.pairs.ids() == []  # nothing written
    finally:
        other.close()


@pytest.mark.parametrize(
    ("field", "value", "said"),
    [
        ("sha256", "A" * 64, "of a SHA-256: 64 digits and letters a to f, in lower case"),
        ("pdf", "not base64!", "not base64"),
        ("quarter", 999, "a pair has at most 400 quarters"),
        ("shown", "{not json", "not JSON"),
    ],
)
def test_a_signed_summary_that_is_not_right_is_refused_saying_why(
    services: Services, field: str, value: object, said: str
) -> None:
    fill_every_table(services)
    doc = services.interchange.export_document(["ana-ben"])
    doc["pairs"][0]["signed_summaries"][0][field] = value
    doc["pairs"][0]["id"] = "another-pair"  # the same people, a pair not yet there
    with pytest.raises(ValidationError) as refused:
        services.interchange.import_text(json.dumps(doc))
    assert f"signed_summaries[0].{field}" in str(refused.value)
    assert said in str(refused.value)
