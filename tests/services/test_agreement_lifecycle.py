"""The agreement's lifecycle against a real store: how long the partnership runs and
when to review it (the review date reminds, through the attention rules), and ending
with each partner's closing reflection, which the final summary and the file carry."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from mentordesk.domain.pairs import AgreementText
from mentordesk.errors import ValidationError
from mentordesk.interchange.reader import read_document
from mentordesk.services import Services
from mentordesk.services.report import Moment

TEXT = AgreementText("Weekly", "Come prepared", True, "Either may end it")


def test_the_term_is_kept_and_checked(services: Services, pair: tuple[int, int, int]) -> None:
    pair_id = pair[0]  # started 7 Sep 2026; today is 21 Nov 2026
    term = replace(TEXT, runs_until=date(2027, 9, 6), review_on=date(2026, 12, 7))
    services.pairs.write_agreement(pair_id, term)
    agreement = services.pairs.get(pair_id).agreement
    assert agreement is not None
    assert (agreement.text.runs_until, agreement.text.review_on) == (
        date(2027, 9, 6),
        date(2026, 12, 7),
    )
    with pytest.raises(ValidationError) as caught:
        services.pairs.write_agreement(pair_id, replace(term, review_on=date(2027, 10, 1)))
    assert caught.value.for_field("review_on") == (
        "review the agreement before the partnership ends"
    )
    early = replace(term, runs_until=date(2026, 9, 1), review_on=None)
    with pytest.raises(ValidationError) as caught:
        services.pairs.write_agreement(pair_id, early)
    assert caught.value.for_field("runs_until") == "the pair started on 7 Sept 2026"


def test_the_review_date_reminds_once_it_has_come(
    services: Services, pair: tuple[int, int, int]
) -> None:
    pair_id = pair[0]
    services.pairs.write_agreement(pair_id, replace(TEXT, review_on=date(2026, 11, 22)))
    assert services.health.signals([pair_id])[pair_id].review_due is None  # tomorrow
    services.pairs.write_agreement(pair_id, replace(TEXT, review_on=date(2026, 11, 21)))
    signals = services.health.signals([pair_id])[pair_id]
    assert signals.review_due == date(2026, 11, 21)
    assert (
        "the agreement's review date (21 Nov 2026) has come: read it together and set the next one"
    ) in signals.reasons
    assert signals.suggested_checklist in ("scheduling", "expectations")


def test_ending_keeps_both_reflections_for_the_final_summary_and_the_file(
    services: Services, pair: tuple[int, int, int]
) -> None:
    pair_id = pair[0]
    step = services.pairs.end_pair(
        pair_id,
        date(2026, 11, 20),
        "Goals achieved.",
        ("  Teaching made me slow down. ", "I learnt to ask sooner."),
    )
    ended = services.pairs.get(pair_id)
    assert ended.closing == ("Teaching made me slow down.", "I learnt to ask sooner.")
    report = services.reports.quarter_report(pair_id, 1)
    assert report.moment is Moment.ENDED
    doc = services.interchange.export_document()
    assert doc["pairs"][0]["closing_reflections"] == {
        "mentor": "Teaching made me slow down.",
        "mentee": "I learnt to ask sooner.",
    }
    assert read_document(doc).pairs[0].closing == ended.closing
    step.inverse()  # reopened: the reflections go with the end
    assert services.pairs.get(pair_id).closing == ("", "")
    doc["pairs"][0]["ended_on"] = None
    with pytest.raises(ValidationError, match="reflections close a pair that ended"):
        read_document(doc)
