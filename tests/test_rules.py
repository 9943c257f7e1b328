"""Example tests of the transition rules: what each does, and what it refuses (as an anomaly)."""

from __future__ import annotations

from datetime import date

import pytest

from negotiation import load_scenario, state_at
from negotiation.domain.state import OfferStatus, Phase

HEAD = """\
scenario: rules
parties: [A, B]
sources:
  s: {outlet: Wire, published: 2024-03-01}
events:
"""


def scenario(tmp_path, *events: str):
    path = tmp_path / "s.yaml"
    path.write_text(HEAD + "".join(f"  - {e}\n" for e in events))
    return load_scenario(path)


def test_extending_a_truce_not_in_effect_is_an_anomaly_with_its_place(tmp_path, cli):
    s = scenario(
        tmp_path,
        "{id: t, type: talks, date: 2024-03-01, by: [A, B], source: s}",
        "{id: x, type: truce_extension, date: 2024-03-02, days: 1, source: s}",
    )
    st = state_at(s, "2024-03-05")
    assert st.phase is Phase.TALKS
    [a] = st.anomaly_list()
    assert (a.event, a.rule, a.where.line, a.where.col, a.applied) == ("x", "extend_truce", 7, 5, False)
    result = cli("check", tmp_path / "s.yaml")
    assert result.exit_code == 1
    assert f"{tmp_path / 's.yaml'}:7:5: event x: extend_truce: cannot extend: no truce is in effect" in result.stderr


def test_a_truce_needs_a_deal(tmp_path):
    s = scenario(tmp_path, "{id: t1, type: truce_start, date: 2024-03-01, days: 3, source: s}")
    st = state_at(s, "2024-03-02")
    assert st.truce is None and st.phase is Phase.PRE_TALKS
    assert st.anomaly_list()[0].rule == "start_truce"


def test_an_extension_after_the_truce_ran_out_is_refused(tmp_path):
    s = scenario(
        tmp_path,
        "{id: d, type: agreement, date: 2024-03-01, terms: {truce_days: 2}, source: s}",
        "{id: t1, type: truce_start, date: 2024-03-02, source: s}",
        "{id: x, type: truce_extension, date: 2024-03-04, days: 1, source: s}",
    )
    st = state_at(s, "2024-03-04")
    assert st.truce.end == date(2024, 3, 3)
    assert st.phase is Phase.TALKS and st.phase_since == date(2024, 3, 4)
    assert "the last truce ended on 2024-03-03" in st.anomaly_list()[0].message


def test_release_beyond_every_claim_is_applied_and_flagged(tmp_path):
    s = scenario(
        tmp_path,
        "{id: c, type: claim, date: 2024-03-01, according_to: A, held: 5, source: s}",
        "{id: r1, type: release, date: 2024-03-02, hostages: 4, source: s}",
        "{id: r2, type: release, date: 2024-03-03, hostages: 2, source: s}",
    )
    st = state_at(s, "2024-03-03")
    assert st.released_hostages == 6
    [a] = st.anomaly_list()
    assert a.event == "r2" and a.applied and "at most 1 held" in a.message


def test_claims_of_different_sources_are_kept_apart(tmp_path):
    s = scenario(
        tmp_path,
        "{id: c1, type: claim, date: 2024-03-01, according_to: A, held: 200, holder: A, source: s}",
        "{id: c2, type: claim, date: 2024-03-01, according_to: A, held: 50, holder: others, source: s}",
        "{id: c3, type: claim, date: 2024-03-02, according_to: B, held: 240, source: s}",
        "{id: c4, type: claim, date: 2024-03-03, according_to: B, held: 236, source: s}",
    )
    held = [(c.event.according_to, c.event.holder, c.event.held) for c in state_at(s, "2024-03-04").claim_list()]
    assert held == [("A", "A", 200), ("A", "others", 50), ("B", None, 236)]


def test_offers_settle_once(tmp_path):
    s = scenario(
        tmp_path,
        "{id: o1, type: offer, date: 2024-03-01, by: A, gives: {hostages: 5}, source: s}",
        "{id: o2, type: offer, date: 2024-03-01, by: B, gives: {prisoners: 5}, source: s}",
        "{id: nay, type: rejection, date: 2024-03-02, offer: o1, by: B, source: s}",
        "{id: nay-again, type: withdrawal, date: 2024-03-03, offer: o1, by: A, source: s}",
        "{id: d, type: agreement, date: 2024-03-04, source: s}",
    )
    st = state_at(s, "2024-03-04")
    assert [(o.event.id, o.status) for o in st.offer_list()] == [("o1", OfferStatus.REJECTED.value), ("o2", OfferStatus.SUPERSEDED.value)]
    assert [a.event for a in st.anomaly_list()] == ["nay-again"]


def test_a_denied_report_of_an_offer(tmp_path):
    s = scenario(
        tmp_path,
        "{id: o, type: offer, date: 2024-03-01, by: A, gives: {hostages: 50}, wants: {truce_days: 5}, source: s}",
        "{id: nay, type: denial, date: 2024-03-02, denies: o, by: B, source: s}",
    )
    [offer] = state_at(s, "2024-03-02").offer_list()
    assert offer.status == "denied" and offer.settled_by.id == "nay"
    assert state_at(s, "2024-03-01").offer_list()[0].status == "open"


def test_a_denied_deal_is_void(tmp_path):
    s = scenario(
        tmp_path,
        "{id: t, type: talks, date: 2024-03-01, source: s}",
        "{id: d, type: agreement, date: 2024-03-02, terms: {hostages: 5, truce_days: 2}, source: s}",
        "{id: nay, type: denial, date: 2024-03-03, denies: d, source: s}",
        "{id: t1, type: truce_start, date: 2024-03-04, source: s}",
    )
    st = state_at(s, "2024-03-04")
    assert st.phase is Phase.TALKS and st.phase_since == date(2024, 3, 3)
    assert st.deal.denied_by == "nay"
    assert [a.rule for a in st.anomaly_list()] == ["start_truce"]


def test_breakdown_during_a_truce_ends_it_the_day_before(tmp_path):
    s = scenario(
        tmp_path,
        "{id: d, type: agreement, date: 2024-03-01, terms: {truce_days: 10}, source: s}",
        "{id: t1, type: truce_start, date: 2024-03-02, source: s}",
        "{id: b, type: breakdown, date: 2024-03-05, reason: rockets, blamed: A, source: s}",
        "{id: r, type: recall, date: 2024-03-06, by: B, source: s}",
    )
    st = state_at(s, "2024-03-07")
    assert st.truce.end == date(2024, 3, 4) and not st.truce.active and st.truce.ended_by == "b"
    assert st.phase is Phase.BREAKDOWN and st.phase_since == date(2024, 3, 5)
    assert st.recall.id == "r" and st.breakdown.blamed == ("A",)


def test_extension_term_earns_days_and_recorded_extensions_announce_them(tmp_path):
    s = scenario(
        tmp_path,
        "{id: d, type: agreement, date: 2024-03-01, terms: {hostages: 10, truce_days: 2, extension: {per_hostages: 5, days: 1}}, source: s}",
        "{id: t1, type: truce_start, date: 2024-03-02, source: s}",
        "{id: r1, type: release, date: 2024-03-02, hostages: 10, source: s}",
        "{id: r2, type: release, date: 2024-03-03, hostages: 12, source: s}",
        "{id: r3, type: release, date: 2024-03-03, hostages: 30, outside_deal: true, source: s}",
        "{id: x, type: truce_extension, date: 2024-03-04, days: 1, source: s}",
    )
    st = state_at(s, "2024-03-03")
    assert st.truce.earned_days == 2  # 12 beyond the 10 agreed: two steps of 5; r3 is outside the deal
    assert st.truce.end == date(2024, 3, 5)
    st = state_at(s, "2024-03-06")
    assert st.truce.recorded_days == 1 and st.truce.end == date(2024, 3, 5)  # the longer of 1 recorded and 2 earned
    assert st.phase is Phase.TALKS


@pytest.mark.parametrize("days_after, phase", [(0, Phase.DEAL), (1, Phase.TRUCE), (3, Phase.TRUCE), (4, Phase.TALKS)])
def test_the_state_depends_on_the_date_not_only_the_events(tmp_path, days_after, phase):
    s = scenario(
        tmp_path,
        "{id: d, type: agreement, date: 2024-03-01, terms: {truce_days: 3}, source: s}",
        "{id: t1, type: truce_start, date: 2024-03-02, source: s}",
    )
    assert state_at(s, date(2024, 3, 1 + days_after)).phase is phase


def test_precondition_met_and_dropped(tmp_path):
    s = scenario(
        tmp_path,
        "{id: fuel, type: precondition, date: 2024-03-01, by: A, demand: fuel, source: s}",
        "{id: water, type: precondition, date: 2024-03-01, by: A, demand: water, source: s}",
        "{id: fuel-in, type: precondition_met, date: 2024-03-02, precondition: fuel, source: s}",
        "{id: water-off, type: precondition_dropped, date: 2024-03-03, precondition: water, source: s}",
    )
    st = state_at(s, "2024-03-03")
    assert [(p.event.id, p.status) for p in st.precondition_list()] == [("fuel", "met"), ("water", "dropped")]
    assert st.phase is Phase.TALKS


def test_a_source_counting_several_holders_is_reduced_by_each_release_once(tmp_path):
    s = scenario(
        tmp_path,
        "{id: c1, type: claim, date: 2024-03-01, according_to: A, held: 200, holder: A, source: s}",
        "{id: c2, type: claim, date: 2024-03-01, according_to: A, held: 50, holder: others, source: s}",
        "{id: r1, type: release, date: 2024-03-02, hostages: 100, source: s}",
        "{id: r2, type: release, date: 2024-03-03, hostages: 140, source: s}",
        "{id: r3, type: release, date: 2024-03-04, hostages: 20, source: s}",
    )
    st = state_at(s, "2024-03-04")
    [a] = st.anomaly_list()  # 250 held per A: 100 + 140 fit, the last 20 do not
    assert a.event == "r3" and "at most 10 held" in a.message
