"""Feedback after each held meeting against a real store: private until both answered,
only the partners on a held meeting, and what it tells the attention rules: meetings of
little use, partners far apart, one partner carrying the talking and work or the items."""

from __future__ import annotations

from datetime import date

import pytest

from mentordesk.domain.feedback import FeedbackTrend
from mentordesk.domain.health import HealthSignals
from mentordesk.domain.pairs import PairKind
from mentordesk.domain.people import PersonDraft
from mentordesk.domain.sessions import SessionStatus
from mentordesk.errors import UserFacingError, ValidationError
from mentordesk.interchange.reader import read_document
from mentordesk.services import Services


def held(services: Services, pair_id: int, row: int) -> int:
    """The session of the pair's meeting at log row `row`, recorded as held."""
    session_id, _ = services.sessions.open_for(
        pair_id, services.sessions.log(pair_id)[row].occurrence
    )
    services.sessions.save(session_id, SessionStatus.HELD, [], "")
    return session_id


def test_answers_stay_private_until_both_have_answered(
    services: Services, pair: tuple[int, int, int]
) -> None:
    pair_id, ana, ben = pair
    session_id = held(services, pair_id, 0)
    services.feedback.give(session_id, ana, 4, 3, "  clear   next steps ")
    state = services.feedback.about(session_id)
    assert (state.answered_by, state.revealed) == (frozenset({ana}), None)
    assert services.feedback.history(pair_id) == []
    services.feedback.give(session_id, ben, 2, 1, "")
    state = services.feedback.about(session_id)
    assert state.revealed is not None
    assert (state.revealed.mentor.word, state.revealed.mentee.useful) == ("clear next steps", 2)
    assert (state.revealed.useful, state.revealed.gap, state.revealed.lean) == (
        3.0,
        2,
        -1.0,
    )  # Ana: even; Ben: he did almost all
    services.feedback.give(session_id, ben, 5, 3, "better on reflection")  # answered again
    [meeting] = services.feedback.history(pair_id)
    assert (meeting.mentee.useful, meeting.mentee.word) == (5, "better on reflection")


def test_only_the_partners_answer_and_only_about_a_held_meeting(
    services: Services, pair: tuple[int, int, int]
) -> None:
    pair_id, ana, _ben = pair
    cara = services.people.create(PersonDraft("Cara Diaz", "cara@example.org")).created or 0
    session_id = held(services, pair_id, 0)
    with pytest.raises(UserFacingError, match="Only the two partners"):
        services.feedback.give(session_id, cara, 3, 3)
    with pytest.raises(ValidationError) as caught:
        services.feedback.give(session_id, ana, 0, 6, "x" * 201)
    assert caught.value.for_field("useful") == "choose an answer from 1 to 5"
    assert caught.value.for_field("balance") == "choose an answer from 1 to 5"
    assert caught.value.for_field("word")
    missed, _ = services.sessions.open_for(pair_id, services.sessions.log(pair_id)[1].occurrence)
    services.sessions.save(missed, SessionStatus.MISSED, [], "")
    with pytest.raises(UserFacingError, match="held"):
        services.feedback.give(missed, ana, 3, 3)
    assert services.feedback.about(missed).answered_by == frozenset()


def test_the_last_meetings_feedback_reaches_the_attention_rules(
    services: Services, pair: tuple[int, int, int]
) -> None:
    pair_id, ana, ben = pair
    for row in range(3):  # the meetings of 2, 9 and 16 Nov
        session_id = held(services, pair_id, row)
        services.feedback.give(session_id, ana, 2, 1)  # Ana: I did almost all of it
        services.feedback.give(session_id, ben, 2, 5)  # Ben: my partner did almost all
    signals = services.health.signals([pair_id])[pair_id]
    assert signals.feedback == FeedbackTrend(3, 2.0, 0.0, 2.0)
    assert signals.leaning == "Ana Silva"
    assert "meetings felt of little use (2.0 of 5, last 3 meetings)" in signals.reasons
    assert "Ana Silva did most of the talking and the work, as you both saw it" in (signals.reasons)
    assert signals.suggested_checklist == "imbalance"


def test_who_owns_the_items_is_counted_and_a_lopsided_load_is_noticed(
    services: Services, pair: tuple[int, int, int]
) -> None:
    pair_id, ana, ben = pair
    session_id = held(services, pair_id, 2)
    for n in range(4):
        services.sessions.add_action_item(session_id, ben, f"Ben's {n}")
    done = services.sessions.add_action_item(session_id, ana, "Ana's").created or 0
    services.sessions.update_action_item(done, ana, "Ana's", None, date(2026, 11, 21))
    mentor, mentee = services.feedback.items(pair_id)
    assert (mentor.name, mentor.open, mentor.done) == ("Ana Silva", 0, 1)
    assert (mentee.name, mentee.open, mentee.done) == ("Ben Okafor", 4, 0)
    # A mentee holding the items is how mentoring goes: no sign of trouble.
    assert services.health.signals([pair_id])[pair_id].items_lead is None
    # Between peers, one holding them all is.
    mode = services.pairs.get(pair_id).quarters
    services.pairs.update(pair_id, date(2026, 9, 7), mode, PairKind.PEERS)
    signals = services.health.signals([pair_id])[pair_id]
    assert signals.items_lead == ("Ben Okafor", 4, 4)
    assert "Ben Okafor owns 4 of the 4 open action items" in signals.reasons
    assert signals.suggested_checklist == "imbalance"


def test_a_mentor_holding_most_items_is_noticed() -> None:
    signals = HealthSignals(3, 0, 0, 0, 0, 1.0, names=("Ana", "Ben"), open_items=(4, 1))
    assert signals.items_lead == ("Ana", 4, 5)
    assert (
        HealthSignals(3, 0, 0, 0, 0, 1.0, names=("Ana", "Ben"), open_items=(1, 4)).items_lead
        is None
    )


def test_feedback_on_a_meeting_no_longer_held_is_set_aside(
    services: Services, pair: tuple[int, int, int]
) -> None:
    pair_id, ana, ben = pair
    session_id = held(services, pair_id, 0)
    services.feedback.give(session_id, ana, 1, 1)
    services.feedback.give(session_id, ben, 1, 5)
    services.sessions.save(session_id, SessionStatus.MISSED, [], "")
    assert services.feedback.history(pair_id) == []
    doc = services.interchange.export_document(include_private=True)
    assert all("feedback" not in s for s in doc["pairs"][0]["sessions"])
    read_document(doc)  # the file reads back
    services.sessions.save(session_id, SessionStatus.HELD, [], "")
    assert len(services.feedback.history(pair_id)) == 1


def test_diverging_and_quiet_goals_ask_for_the_expectations_checklist() -> None:
    apart = HealthSignals(3, 0, 0, 0, 0, 1.0, feedback=FeedbackTrend(2, 3.0, 3.0, 0.0))
    assert apart.reasons == ["the two of you rate the meetings 3.0 points apart"]
    assert apart.suggested_checklist == "expectations"
    quiet = HealthSignals(3, 0, 0, 0, 0, 1.0, days_since_checkin=35)
    assert quiet.reasons == ["no check-in on this quarter's goals for 35 days"]
    assert quiet.suggested_checklist == "expectations"
    calm = HealthSignals(
        3, 0, 0, 0, 0, 1.0, feedback=FeedbackTrend(3, 4.0, 1.0, 0.5), days_since_checkin=20
    )
    assert calm.standing == "Doing well"


def test_a_lone_answer_leaves_in_a_file_only_with_the_private_notes(
    services: Services, pair: tuple[int, int, int]
) -> None:
    pair_id, ana, ben = pair
    both, lone = held(services, pair_id, 0), held(services, pair_id, 1)
    services.feedback.give(both, ana, 4, 3, "kept to time")
    services.feedback.give(both, ben, 4, 3)
    services.feedback.give(lone, ana, 1, 1, "not yet for Ben's eyes")

    def feedback(include_private: bool) -> list[list[tuple[str, int]]]:
        doc = services.interchange.export_document(include_private=include_private)
        return [
            [(f["person"], f["useful"]) for f in s.get("feedback", [])]
            for s in doc["pairs"][0]["sessions"]
            if s["status"] == "held"
        ]

    assert feedback(include_private=False) == [[("ana-silva", 4), ("ben-okafor", 4)], []]
    assert feedback(include_private=True) == [
        [("ana-silva", 4), ("ben-okafor", 4)],
        [("ana-silva", 1)],
    ]
