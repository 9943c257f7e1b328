"""The model is not fitted to one story: two other real exchanges, asked what they say."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from negotiation import load_scenario, state_at
from negotiation.domain.state import Phase

SCENARIOS = Path(__file__).resolve().parent.parent / "scenarios"


def test_shalit_exchange_in_two_stages():
    s = load_scenario(SCENARIOS / "shalit-exchange-2011.yaml")
    before = state_at(s, "2011-10-17")
    assert before.phase is Phase.DEAL and before.deal.event.date == date(2011, 10, 11)
    first = state_at(s, "2011-10-18")
    assert first.released_hostages == 1 and first.released_prisoners - before.released_prisoners == 477
    done = state_at(s, "2011-12-18")
    assert done.phase is Phase.CONCLUDED
    assert done.released_prisoners - before.released_prisoners == 1027  # 477 + 550, beside the 20 women of 2009
    assert not done.anomaly_list()


def test_us_iran_swap_in_one_day_with_an_earlier_claim_denied():
    s = load_scenario(SCENARIOS / "us-iran-prisoner-swap-2023.yaml")
    on = state_at(s, "2023-09-18")
    swap = [r for r in on.release_list() if r.date == date(2023, 9, 18)]
    assert sorted((r.hostages, r.prisoners) for r in swap) == [(0, 5), (5, 0)]
    assert on.phase is Phase.CONCLUDED and on.phase_since == date(2023, 9, 18)
    assert "Qatar" in on.mediators
    march = state_at(s, "2023-03-13")
    assert march.deal is None or march.deal.denied_by is not None
