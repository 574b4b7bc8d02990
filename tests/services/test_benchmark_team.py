"""The benchmark team is a team as in life: a few pairs need attention, not every one
(with every pair flagged, the health view measured nothing a person would see)."""

from __future__ import annotations

import sys
from pathlib import Path

from mentordesk.interchange.reader import read_document
from mentordesk.services import Services
from mentordesk.services.clock import FixedClock

sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
from team import OVERDUE_EVERY, TROUBLE_EVERY, team_document


def test_only_the_pairs_in_trouble_need_attention(services: Services, clock: FixedClock) -> None:
    pairs = 24
    doc = team_document(clock.now().date(), pairs=pairs, weeks=30)
    services.interchange.import_plan(read_document(doc))
    by_id = {p.external_id: p.id for p in services.pairs.all()}
    signals = services.health.signals(list(by_id.values()))
    flagged = sorted(key for key, pair_id in by_id.items() if signals[pair_id].needs_attention)
    quiet = {f"pair{i:03d}" for i in range(pairs) if i % TROUBLE_EVERY == TROUBLE_EVERY // 2}
    late = {f"pair{i:03d}" for i in range(pairs) if i % OVERDUE_EVERY == OVERDUE_EVERY // 2}
    assert flagged == sorted(quiet | late)
    assert len(flagged) < pairs // 4
